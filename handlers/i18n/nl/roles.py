"""Dutch texts of /bestuur and /gemeente. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.bestuur.description": "wie er in het bestuur zit; toevoegen of weghalen",
    "cmd.bestuur.example": "/bestuur toevoegen @piet_janssen",
    "cmd.bestuur.usage": "/bestuur, /bestuur toevoegen @naam of /bestuur weg @naam",
    "cmd.gemeente.description": "contactpersonen van de gemeente; toevoegen of weghalen",
    "cmd.gemeente.example": "/gemeente toevoegen @carla_gemeente",
    "cmd.gemeente.usage": "/gemeente, /gemeente toevoegen @naam of /gemeente weg @naam",
    # Roles
    "roles.board.title": "👥 <b>Bestuur van {group}</b>",
    "roles.gemeente.title": "🏛️ <b>Contactpersonen van de gemeente in {group}</b>",
    "roles.admins": "Beheerders van de groep (automatisch bestuur):",
    "roles.added_members": "Toegevoegd:",
    "roles.board.empty": "Nog niemand toegevoegd. Beheerders van de groep horen er vanzelf bij.",
    "roles.gemeente.empty": "Nog geen contactpersonen van de gemeente.",
    "roles.entry": "• {name}",
    "roles.button.add": "➕ Toevoegen",
    "roles.button.remove": "✖️ {name}",
    "roles.board.ask": (
        "Wie wil je aan het bestuur toevoegen? Antwoord op dit bericht met @gebruikersnaam of de naam,"
        " of stuur /bestuur toevoegen als antwoord op een bericht van die persoon."
    ),
    "roles.gemeente.ask": (
        "Wie wil je als contactpersoon van de gemeente toevoegen? Antwoord op dit bericht met"
        " @gebruikersnaam, of stuur /gemeente toevoegen als antwoord op een bericht van die"
        " persoon."
    ),
    "roles.board.ask_remove": (
        "Wie wil je uit het bestuur halen? Antwoord op dit bericht met @gebruikersnaam."
    ),
    "roles.gemeente.ask_remove": (
        "Wie wil je als contactpersoon van de gemeente weghalen? Antwoord op dit bericht met"
        " @gebruikersnaam."
    ),
    "roles.board.added": "✅ {name} hoort nu bij het bestuur.",
    "roles.gemeente.added": "✅ {name} is nu contactpersoon van de gemeente.",
    "roles.board.already": "{name} hoorde al bij het bestuur.",
    "roles.gemeente.already": "{name} was al contactpersoon van de gemeente.",
    "roles.board.removed": "{name} hoort niet meer bij het bestuur.",
    "roles.gemeente.removed": "{name} is geen contactpersoon van de gemeente meer.",
    "roles.left.board": "{name} heeft de groep verlaten en hoort niet meer bij het bestuur.",
    "roles.left.gemeente": "{name} heeft de groep verlaten en is geen contactpersoon van de gemeente meer.",
    "roles.board.not_there": "{name} was niet aan het bestuur toegevoegd.",
    "roles.gemeente.not_there": "{name} was geen contactpersoon van de gemeente.",
    "roles.admin_stays": (
        "{name} is beheerder van de groep en hoort daardoor altijd bij het bestuur."
    ),
    "roles.unknown_user": (
        "Ik ken {who} nog niet in deze groep. Vraag die persoon eerst iets in de groep te"
        " sturen aan mij (bijvoorbeeld /help), of stuur de opdracht als antwoord op een"
        " bericht van die persoon."
    ),
    "roles.ambiguous": "Er zijn meer mensen die {who} heten. Gebruik hun @gebruikersnaam, of stuur de opdracht als antwoord op een bericht van die persoon.",
    "roles.no_bots": "Een bot kan geen rol krijgen.",
}
