"""Dutch texts of /help: the short overview by topic, and each command's examples for
/help <opdracht>. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "help.title.group": "📋 <b>Wat Wijkbot kan</b>",
    "help.title.private": "📋 <b>Wat Wijkbot kan</b> (in dit privégesprek)",
    "help.topic_line": "{topic}: {commands}",
    "help.topic.meetings": "🗓️ <b>Overleg en agenda</b>",
    "help.topic.decisions": "📌 <b>Besluiten en acties</b>",
    "help.topic.advice": "📨 <b>Adviezen</b>",
    "help.topic.polls": "🗳️ <b>Peilingen</b>",
    "help.topic.reminders": "⏰ <b>Herinneringen</b>",
    "help.topic.group": "👥 <b>Groep en privacy</b>",
    "help.topic.meetings.word": "vergaderen",
    "help.topic.decisions.word": "besluiten",
    "help.topic.advice.word": "adviezen",
    "help.topic.polls.word": "peilingen",
    "help.topic.reminders.word": "herinneringen",
    "help.topic.group.word": "groep",
    "help.footer": (
        "Uitleg met voorbeelden: /help actie; een onderwerp: /help adviezen;"
        " datums typen: /help datums.\n"
        "Een opdracht zonder tekst erachter? Dan vraag ik stap voor stap wat ik moet weten."
    ),
    "help.aliases": " (ook {aliases})",
    "help.command.title": "<b>{command}</b> — {description}",
    "help.command.usage": "<b>Zo gebruik je het</b>",
    "help.usage_line": "• {usage}",
    "help.command.examples": "<b>Voorbeelden</b>",
    "help.example_line": "Bijvoorbeeld: <code>{example}</code>",
    "help.command.more": "Meer over {topic}: /help {word}",
    "help.topic.more": "Alle voorbeelden van één opdracht: {command}",
    "help.unknown": "Daar heb ik geen uitleg over: {word}. /help laat zien wat ik kan.",
    # /help <opdracht>: examples, one a line
    "cmd.help.examples": (
        "<code>/help</code> — alle opdrachten in het kort\n"
        "<code>/help actie</code> — één opdracht met voorbeelden\n"
        "<code>/help adviezen</code> — alles over één onderwerp\n"
        "<code>/help datums</code> — hoe je datums en tijden typt"
    ),
    "cmd.start.examples": "<code>/start</code> — in een privégesprek: dan mag ik je berichten sturen",
    "cmd.instellingen.examples": (
        "<code>/instellingen</code> — alles, met knoppen om te wijzigen\n"
        "<code>/instellingen taal en</code> — Engels in deze groep\n"
        "<code>/instellingen tijd 19:00</code> — de standaardtijd van herinneringen\n"
        "<code>/instellingen stil 22:00-08:00</code> — 's nachts stuur ik niets uit mezelf"
    ),
    "cmd.bestuur.examples": (
        "<code>/bestuur</code> — wie er in het bestuur zit\n"
        "<code>/bestuur toevoegen @piet_janssen</code>\n"
        "<code>/bestuur weg @piet_janssen</code>"
    ),
    "cmd.gemeente.examples": (
        "<code>/gemeente</code> — de contactpersonen van de gemeente\n"
        "<code>/gemeente toevoegen @carla_gemeente</code>\n"
        "<code>/gemeente weg @carla_gemeente</code>"
    ),
    "cmd.herinner.examples": (
        "<code>/herinner volgende dinsdag 19:30 bestuursvergadering</code>\n"
        "<code>/herinner morgen 9:00 kliko buiten zetten</code>\n"
        "<code>/herinner elke maandag 9:00 nieuwsbrief versturen</code> — elke week\n"
        "<code>/herinner</code> — dan vraag ik wanneer en wat"
    ),
    "cmd.herinneringen.examples": (
        "<code>/herinneringen</code> — wat er nog openstaat, met knoppen om te annuleren"
    ),
    "cmd.overleg.examples": (
        "<code>/overleg di 8 dec 19:30 Wijkcentrum De Boog</code> — één overleg\n"
        "<code>/overleg elke tweede dinsdag van de maand 19:30 De Kroon</code> — een vaste reeks\n"
        "<code>/overleg verplaatsen 8 dec naar 10 dec 19:30</code>\n"
        "<code>/overleg afzeggen 22 december</code>\n"
        "<code>/overleg reeks stoppen</code>\n"
        "↩️ <i>Ongedaan maken</i> onder een nieuw of verplaatst overleg: 10 minuten lang\n"
        "<code>/overleg stadsdeeloverleg do 14 jan 15:00 Stadsdeelkantoor</code> — een soort"
        " overleg, met zijn eigen vaste agenda\n"
        "<code>/overleg soorten</code> — de soorten overleg en hun vaste agenda\n"
        "<code>/overleg</code> — de komende overleggen; <code>/overleg jaar</code> — de jaarplanning"
    ),
    "cmd.agenda.examples": (
        "<code>/agenda Parkeeroverlast Duinstraat</code> — een punt erbij\n"
        "<code>/agenda</code> — de agenda bekijken; ➕ zet er stap voor stap een punt op, ✏️ wijzigt"
        " de tekst van een punt (bestuur of wie het inbracht)\n"
        "<code>/agenda document</code> — de agenda als printbaar bestand\n"
        "Of antwoord met <code>/agenda</code> op een bericht: dat bericht wordt het punt."
    ),
    "cmd.besluit.examples": (
        "<code>/besluit we doen mee aan NLdoet</code>\n"
        "<code>/besluit 3: we vragen subsidie aan voor het buurtfeest</code> — bij agendapunt 3\n"
        "<code>/besluit 4</code> — besluit 4 bekijken, wijzigen of verwijderen\n"
        "<code>/besluit</code> — dan vraag ik wat het besluit is"
    ),
    "cmd.besluiten.examples": (
        "<code>/besluiten</code> — de nieuwste eerst\n<code>/besluiten subsidie</code> — zoeken"
    ),
    "cmd.actie.examples": (
        "<code>/actie bewonersbrief rondsturen @jan uiterlijk vrijdag</code>\n"
        "<code>/actie subsidie aanvragen Anna uiterlijk eind volgende maand</code>\n"
        "<code>/actie lantaarnpaal melden gemeente uiterlijk 15 januari</code>\n"
        "<code>/actie 12</code> — actie 12 bekijken; met ✏️ Wijzigen pas je tekst, wie of datum"
        " aan\n"
        "<code>/actie</code> — dan vraag ik wat, wie en wanneer"
    ),
    "cmd.acties.examples": (
        "<code>/acties</code> — alle open acties\n<code>/acties mijn</code> — alleen die van jou"
    ),
    "cmd.verslag.examples": (
        "<code>/verslag</code> — van het overleg van nu of het laatste, ook als bestand\n"
        "<code>/verslag gast Carla (stadsdeel)</code> — een gast die niet op Telegram zit\n"
        "<code>/verslag vaststellen</code> — het verslag van het vorige overleg is vastgesteld"
    ),
    "cmd.notulen.examples": (
        "<code>/notulen 2: bewoners willen venstertijden</code> — bij agendapunt 2\n"
        "<code>/notulen rondvraag: de speeltuin is weer open</code>\n"
        "<code>/notulen mededelingen: de wijkagent stelt zich voor</code> — bij een vast punt\n"
        "Of antwoord met <code>2: ...</code> op de agenda van het overleg."
    ),
    "cmd.advies.examples": (
        "<code>/advies Herinrichting Duinplein verzonden 3 november aan stadsdeel"
        " Scheveningen gevraagd</code>\n"
        "<code>/advies 4</code> — de tijdlijn van advies 4\n"
        "<code>/advies 4 ontvangen 10 november</code>\n"
        "<code>/advies 4 beantwoord deels overgenomen: de bomen blijven staan</code>\n"
        "<code>/advies 4 verdaagd 15 januari wegens de raadsbehandeling</code>\n"
        "<code>/advies 4 termijnen reactie 8 weken</code>\n"
        "<code>/advies 4 verzonden 13 november</code> — verbeteren; de termijnen schuiven mee\n"
        "<code>/advies 4 aan stadsdeel Centrum centrum@denhaag.nl</code>"
    ),
    "cmd.adviezen.examples": (
        "<code>/adviezen</code> — alle adviezen met hun stand\n"
        "<code>/adviezen cijfers</code> — de cijfers per jaar, met een grafiek"
    ),
    "cmd.post.examples": "<code>/post</code> — mail van de gemeente die nog bij geen advies hoort",
    "cmd.overzicht.examples": (
        "<code>/overzicht</code> — alles wat openstaat in al je groepen\n"
        "<code>/overzicht wekelijks maandag 9:00</code>\n"
        "<code>/overzicht mail naam@denhaag.nl</code>"
    ),
    "cmd.peiling.examples": (
        "<code>/peiling Welke datum voor de buurtborrel? | 12 juni | 19 juni sluit vrijdag"
        " 17:00</code>\n"
        "<code>/peiling We kopen een nieuwe partytent</code> — een voorstel: voor, tegen of"
        " onthouding\n"
        "<code>/peiling Welke avonden kun je? ma / di / do meerdere</code>\n"
        "<code>/peiling Welke avond? di of do</code>\n"
        "<code>/peiling herinner</code> — wie nog niet stemde een seintje"
    ),
    "cmd.peilingen.examples": "<code>/peilingen</code> — open en pas gesloten peilingen",
    "cmd.thermometer.examples": (
        "<code>/thermometer</code> — de stand\n"
        "<code>/thermometer uitslag</code>\n"
        "<code>/thermometer stellingen</code>"
    ),
    "cmd.export.examples": (
        "<code>/export acties</code> — een CSV-bestand\n"
        "<code>/export adviezen</code>\n"
        "<code>/export</code> — alles, als ZIP"
    ),
    "cmd.privacy.examples": "<code>/privacy</code> — wat ik bewaar, waarom en hoe lang",
    "cmd.vergeet.examples": "<code>/vergeet</code> — in een privégesprek met mij",
    "cmd.vergeetgroep.examples": (
        "<code>/vergeetgroep</code> — daarna bevestigen met de knop (alleen beheerders)"
    ),
}
