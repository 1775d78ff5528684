"""Dutch texts of the meeting report as a secretary keeps it: attendance with afberichten and
guests. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "report.absent": "Afwezig zonder bericht: {names}",
    "report.guests": "Gasten: {names}",
    "report.with_reason": "{name} ({reason})",
    "report.doc.absent": "Afwezig zonder bericht",
    "report.doc.guests": "Gasten",
    "report.guest.empty": "Zet de naam van de gast erbij, bijvoorbeeld <code>Carla (stadsdeel)</code>.",
    "report.guest.too_long": "Die naam is te lang: hooguit {limit} tekens.",
    "report.guest.ask": (
        "Wie was er als gast bij het overleg van {day}? Antwoord op dit bericht met de naam,"
        " bijvoorbeeld <code>Carla (stadsdeel)</code>."
    ),
    "report.guest.added": "👤 {name} staat als gast bij het overleg van {day}.",
    "report.guest.known": "{name} staat al als gast bij het overleg van {day}.",
    "report.button.guest": "➕ Gast",
    "report.button.unguest": "✖️ {name}",
    "meeting.reason.ask": (
        "{name}, wil je een reden geven voor je afbericht (voor het verslag)? Antwoord op dit"
        " bericht; het hoeft niet."
    ),
    "meeting.reason.saved": "Genoteerd: {name} is afwezig met bericht ({reason}).",
    "meeting.reason.empty": "Er staat geen reden in.",
    "meeting.reason.too_long": "Die reden is te lang: hooguit {limit} tekens.",
    "meeting.reason.not_no": "Je staat niet (meer) als afwezig voor dit overleg.",
}
