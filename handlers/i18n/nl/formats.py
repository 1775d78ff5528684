"""Dutch texts of the meeting formats (kinds of meeting, standard agendas). Texts are HTML;
{placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "format.bestuur.name": "Bestuursvergadering",
    "format.alv.name": "Ledenvergadering (ALV)",
    "format.stadsdeel.name": "Stadsdeeloverleg",
    "format.thermometer.name": "Thermometergesprek",
    "format.evaluatie.name": "Evaluatie",
    "format.item.opening_agenda": "Opening en vaststellen agenda",
    "format.item.opening": "Opening",
    "format.item.opening_intro": "Opening en kennismaking",
    "format.item.minutes_previous": "Verslag vorige vergadering",
    "format.item.minutes_alv": "Verslag vorige ledenvergadering",
    "format.item.minutes_actions": "Verslag en actielijst vorig overleg",
    "format.item.news": "Mededelingen en ingekomen stukken",
    "format.item.news_stadsdeel": "Mededelingen stadsdeel",
    "format.item.news_residents": "Mededelingen bewonersorganisatie",
    "format.item.annual": "Jaarverslag en financieel verslag",
    "format.item.look_back": "Terugblik: wat ging goed, wat kan beter",
    "format.item.agreements": "Afspraken voor het komende jaar",
    "format.item.rondvraag": "Rondvraag",
    "format.item.closing": "Sluiting",
    "format.invited.board": "het bestuur",
    "format.invited.board_gemeente": "het bestuur en de gemeente",
    "format.invited.members": "alle leden",
    "format.kind_line": "🗂 {name} · uitgenodigd: {invited}",
    "format.standard": "▫️ {text}",
    "format.list.title": "🗂 <b>Soorten overleg</b>",
    "format.list.line": "<b>{name}</b> (<code>/overleg {word} …</code>): uitgenodigd {invited}",
    "format.list.hint": (
        "Plan er een met bijvoorbeeld <code>/overleg stadsdeeloverleg do 14 jan 15:00"
        " Stadsdeelkantoor</code>; zonder soort is het een bestuursvergadering. Het bestuur past"
        " een soort aan met de knoppen."
    ),
    "format.card.title": "🗂 <b>{name}</b>",
    "format.card.word": "Plannen: <code>/overleg {word} …</code>",
    "format.card.invited": "Uitgenodigd: {invited}",
    "format.card.leads": "Agendapunten gevraagd: {call} vooraf · agenda sluit: {close} vooraf",
    "format.card.own": "{value}",
    "format.card.group": "{value} (instelling van de groep)",
    "format.card.agenda": "De vaste agenda:",
    "format.card.members": "▫️ <i>de punten van de leden</i>",
    "format.button.open": "🗂 {name}",
    "format.button.before": "✏️ Vooraf",
    "format.button.after": "✏️ Achteraf",
    "format.button.invited": "👥 Uitgenodigd",
    "format.button.leads": "⏱ Termijnen",
    "format.button.reset": "↩️ Standaard",
    "format.button.remove": "🗑 Verwijderen",
    "format.button.add": "➕ Nieuwe soort",
    "format.button.back": "↩️ Alle soorten",
    "format.ask.before": (
        "Welke vaste punten komen bij {name} vóór de punten van de leden? Eén per regel, of"
        " <code>geen</code>. Antwoord op dit bericht."
    ),
    "format.ask.after": (
        "Welke vaste punten komen bij {name} na de punten van de leden? Eén per regel, of"
        " <code>geen</code>. Antwoord op dit bericht."
    ),
    "format.ask.name": (
        "Hoe heet de nieuwe soort overleg? Antwoord op dit bericht, bijvoorbeeld"
        " <code>Buurtschouw</code>."
    ),
    "format.ask.leads": (
        "Hoe lang vooraf vraag ik bij {name} om agendapunten, en hoe lang vooraf sluit de"
        " agenda? Antwoord op dit bericht, bijvoorbeeld <code>3 weken, 1 week</code>, of"
        " <code>standaard</code> voor de instellingen van de groep."
    ),
    "format.name.empty": "Er staat geen naam in.",
    "format.name.taken": "Er is al een soort overleg die zo heet: {name}.",
    "format.too_long": "Dat is te lang: hooguit {limit} tekens.",
    "format.too_many": "Hooguit {maximum} vaste punten.",
    "format.too_many_kinds": "Hooguit {maximum} soorten overleg.",
    "format.bad_leads": (
        "Dat lees ik niet als twee termijnen. Bijvoorbeeld <code>3 weken, 1 week</code>, of"
        " <code>standaard</code>."
    ),
    "format.saved": "✅ Opgeslagen.",
    "format.removed": "🗑 {name} is verwijderd; overleggen van die soort zijn nu bestuursvergaderingen.",
    "settings.button.formats": "🗂 Soorten overleg",
    "agenda.doc.heading_kind": "Agenda: {kind}, {day}",
}
