"""English texts of the meeting report as a secretary keeps it: attendance with apologies and
guests. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "report.absent": "Absent without word: {names}",
    "report.guests": "Guests: {names}",
    "report.with_reason": "{name} ({reason})",
    "report.doc.absent": "Absent without word",
    "report.doc.guests": "Guests",
    "report.guest.empty": "Give the guest's name, for example <code>Carla (stadsdeel)</code>.",
    "report.guest.too_long": "That name is too long: {limit} characters at most.",
    "report.guest.ask": (
        "Who was a guest at the meeting of {day}? Reply to this message with the name, for"
        " example <code>Carla (stadsdeel)</code>."
    ),
    "report.guest.added": "👤 {name} is listed as a guest at the meeting of {day}.",
    "report.guest.known": "{name} is listed as a guest at the meeting of {day} already.",
    "report.button.guest": "➕ Guest",
    "report.button.unguest": "✖️ {name}",
    "meeting.reason.ask": (
        "{name}, would you like to give a reason for your apologies (for the report)? Reply to"
        " this message; you need not."
    ),
    "meeting.reason.saved": "Noted: {name} sent apologies ({reason}).",
    "meeting.reason.empty": "There is no reason in it.",
    "meeting.reason.too_long": "That reason is too long: {limit} characters at most.",
    "meeting.reason.not_no": "You are not (or no longer) down as absent for this meeting.",
}
