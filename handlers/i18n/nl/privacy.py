"""Dutch texts of /privacy, /vergeet, /vergeetgroep and /export. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.privacy.description": "wat Wijkbot bewaart, waarom en hoe lang",
    "cmd.privacy.example": "/privacy",
    "cmd.privacy.usage": "/privacy",
    "cmd.vergeet.description": "je naam en je privégesprek met Wijkbot laten wissen",
    "cmd.vergeet.example": "/vergeet",
    "cmd.vergeet.usage": "/vergeet (in een privégesprek met Wijkbot)",
    "cmd.vergeetgroep.description": "alle gegevens van deze groep voorgoed wissen (beheerder)",
    "cmd.vergeetgroep.example": "/vergeetgroep",
    "cmd.vergeetgroep.usage": "/vergeetgroep (daarna bevestigen met de knop)",
    "privacy.explain": (
        "🔒 <b>Wat Wijkbot bewaart</b>\n\n"
        "• Wat jullie zelf vastleggen: herinneringen, agendapunten, overleggen en wie komt,"
        " besluiten, acties, adviezen aan de gemeente en peilingen.\n"
        "• Van de groep: de naam, de instellingen, wie bestuur is en wie de gemeente.\n"
        "• Van wie Wijkbot gebruikt: voornaam, achternaam en gebruikersnaam zoals in"
        " Telegram, en in welke groep we je zagen.\n"
        "• Van mail die de gemeente over een advies stuurt (als de bot een mailbox leest):"
        " afzender, datum, onderwerp, de nieuwe tekst en de namen en grootte van bijlagen, bij"
        " die groep, zo lang als de rest van de groep. Andere mail in de mailbox bewaar ik"
        " niet; ik wis of markeer er ook niets.\n\n"
        "Andere berichten lees of bewaar ik niet: ik zie alleen opdrachten en antwoorden op"
        " mijn eigen vragen.\n\n"
        "<b>Waarom?</b> Zodat ik op tijd kan herinneren, lijsten kan tonen en jullie afspraken"
        " met de gemeente kan bijhouden. Ik deel niets met anderen; gegevens van de ene groep"
        " zijn nooit te zien in een andere.\n\n"
        "<b>Hoe lang?</b> Zolang de groep Wijkbot gebruikt. Haalt een groep mij weg, dan wis"
        " ik alles van die groep na {retention}\n\n"
        "<b>Zelf doen</b>\n"
        "• /vergeet in een privégesprek met mij: je naam en gebruikersnaam worden gewist, net als"
        " alles uit ons privégesprek. Wat je in een groep vastlegde blijft staan, als"
        ' "oud-lid".\n'
        "• /export (bestuur): alle gegevens van de groep als ZIP-bestand.\n"
        "• /vergeetgroep (beheerder): alles van de groep nu meteen voorgoed wissen.\n"
        "• /instellingen → Privacy: de bewaartermijn aanpassen."
    ),
    "privacy.retention.group": {
        "one": "{count} maand (zo staat het voor {group} ingesteld).",
        "other": "{count} maanden (zo staat het voor {group} ingesteld).",
    },
    "privacy.retention.default": {
        "one": "{count} maand. Elke groep kan die termijn zelf instellen met /instellingen.",
        "other": "{count} maanden. Elke groep kan die termijn zelf instellen met /instellingen.",
    },
    "privacy.kept": "Goed, er is niets gewist.",
    "privacy.button.no": "Nee, niets wissen",
    "forget.private_only": (
        "Stuur /vergeet in een privégesprek met mij, dan wis ik daar je gegevens. In de groep"
        " doe ik dat niet, zodat niemand het per ongeluk voor een ander doet."
    ),
    "forget.confirm": (
        "Wil je dat ik je vergeet? Dan wis ik je naam en gebruikersnaam, en alles uit dit"
        " privégesprek (ook je persoonlijke herinneringen). Wat je in een groep vastlegde"
        ' blijft staan, maar op naam van "oud-lid". Stuur je me later weer iets, dan ken ik'
        " je vanaf dan opnieuw."
    ),
    "forget.button.yes": "Ja, vergeet mij",
    "forget.done": "✅ Gedaan: ik heb je naam en ons privégesprek gewist.",
    "wipe.confirm": {
        "one": (
            "⚠️ Weet je het zeker? Ik wis dan <b>alles</b> van {group} voorgoed: {count} regel"
            " met herinneringen, agenda, besluiten, acties, adviezen, peilingen, instellingen en"
            " rollen. Dat kan niet ongedaan worden. Wil je eerst een kopie, stuur dan"
            " /export.\n\nDeze knop werkt 10 minuten."
        ),
        "other": (
            "⚠️ Weet je het zeker? Ik wis dan <b>alles</b> van {group} voorgoed: {count} regels"
            " met herinneringen, agenda, besluiten, acties, adviezen, peilingen, instellingen en"
            " rollen. Dat kan niet ongedaan worden. Wil je eerst een kopie, stuur dan"
            " /export.\n\nDeze knop werkt 10 minuten."
        ),
    },
    "wipe.button.yes": "Ja, alles voorgoed wissen",
    "wipe.done": (
        "🗑️ Alle gegevens van {group} zijn gewist. Wil je Wijkbot niet meer in deze groep,"
        " haal mij dan uit de groep; anders begin ik gewoon opnieuw."
    ),
    "wipe.expired": "Deze knop is verlopen. Stuur /vergeetgroep opnieuw als je alles wilt wissen.",
    "setting.privacy.retention.label": "Bewaartermijn na verwijderen",
    "setting.privacy.retention.help": (
        "Haalt de groep Wijkbot weg, dan wis ik alle gegevens na zoveel maanden."
        " Alles nu meteen wissen: /vergeetgroep."
    ),
    "export.everything.caption": {
        "one": "📦 Alle gegevens van {group} ({count} regel), als JSON en CSV.",
        "other": "📦 Alle gegevens van {group} ({count} regels), als JSON en CSV.",
    },
}
