"""Dutch texts of /herinner and /herinneringen. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.herinner.description": "een herinnering zetten",
    "cmd.herinner.example": "/herinner volgende dinsdag 19:30 bestuursvergadering",
    "cmd.herinner.usage": "/herinner wanneer wat",
    "cmd.herinneringen.description": "openstaande herinneringen bekijken en annuleren",
    "cmd.herinneringen.example": "/herinneringen",
    "cmd.herinneringen.usage": "/herinneringen",
    "remind.ask": (
        "Wanneer, en waaraan moet ik herinneren? Antwoord op dit bericht, bijvoorbeeld:"
        " <code>volgende dinsdag 19:30 bestuursvergadering</code>"
    ),
    "remind.no_date": (
        "Ik zie geen datum of tijd. Antwoord op dit bericht met wanneer en wat, bijvoorbeeld:"
        " <code>morgen 10:00 zaal reserveren</code> of"
        " <code>elke maandag 9:00 wijkkrant rondbrengen</code>"
    ),
    "remind.past": (
        "{moment} is al voorbij. Antwoord op dit bericht met een moment in de toekomst,"
        " bijvoorbeeld <code>over een uur koffie zetten</code>."
    ),
    "remind.ask_what": "Waaraan moet ik herinneren? Antwoord op dit bericht.",
    "remind.too_long": "Dat is een lange herinnering: houd het bij hooguit {limit} tekens.",
    "remind.shifted": (
        "Let op: dat tijdstip bestaat niet door de zomertijd; ik heb het een uur later gezet."
    ),
    "remind.confirm.group": "✅ Ik herinner jullie op {moment} aan: {what}",
    "remind.confirm.private": "✅ Ik herinner je op {moment} aan: {what}",
    "remind.confirm_recurring.group": (
        "✅ Ik herinner jullie {rule} aan: {what}\nDe eerste keer: {moment}."
    ),
    "remind.confirm_recurring.private": (
        "✅ Ik herinner je {rule} aan: {what}\nDe eerste keer: {moment}."
    ),
    "remind.button.cancel": "Annuleren",
    "remind.button.cancel_n": "✖️ {number} annuleren",
    "remind.button.later": "⏰ Later",
    "remind.button.done": "✅ Klaar",
    "remind.button.h1": "Over 1 uur",
    "remind.button.tm": "Morgen {time}",
    "remind.button.nw": "Volgende week",
    "remind.button.back": "↩️ Terug",
    "remind.cancelled": "❌ Geannuleerd: {what}",
    "remind.already_handled": "Die herinnering is hier al afgehandeld.",
    "remind.already_cancelled": "Die herinnering was al geannuleerd.",
    "remind.list.title": "⏰ <b>Openstaande herinneringen</b> ({count})",
    "remind.list.item": "{number}. {moment}\n    {what} <i>({who})</i>",
    "remind.list.repeats": "🔁 {rule}",
    "remind.list.in_group": "in {group}",
    "remind.list.empty": (
        "Er staan geen herinneringen open. Zet er een met bijvoorbeeld"
        " <code>/herinner vrijdag 10:00 nieuwsbrief versturen</code>."
    ),
    "remind.fire.title": {
        "one": "⏰ <b>Herinnering</b>",
        "other": "⏰ <b>Herinneringen</b>",
    },
    "remind.fire.item": {
        "one": "{what}\n<i>Gezet door {who}</i>",
        "other": "{number}. {what}\n<i>Gezet door {who}</i>",
    },
    "remind.fire.repeats": "🔁 {rule}",
    "remind.fire.done": "✅ Klaar ({name})",
    "remind.fire.snoozed": "⏰ Uitgesteld tot {moment}",
}
