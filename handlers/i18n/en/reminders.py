"""English texts of /herinner and /herinneringen. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.herinner.description": "set a reminder",
    "cmd.herinner.example": "/remind next tuesday 19:30 board meeting",
    "cmd.herinner.usage": "/remind when what",
    "cmd.herinneringen.description": "see and cancel pending reminders",
    "cmd.herinneringen.example": "/reminders",
    "cmd.herinneringen.usage": "/reminders",
    "remind.ask": (
        "When, and what should I remind you of? Reply to this message, for example:"
        " <code>next tuesday 19:30 board meeting</code>"
    ),
    "remind.no_date": (
        "I see no date or time. Reply to this message with when and what, for example:"
        " <code>tomorrow 10:00 book the hall</code> or"
        " <code>every monday 9:00 deliver the newsletter</code>"
    ),
    "remind.past": (
        "{moment} has already passed. Reply to this message with a moment in the future,"
        " for example <code>in 1 hour make coffee</code>."
    ),
    "remind.ask_what": "What should I remind you of? Reply to this message.",
    "remind.too_long": "That is a long reminder: keep it to {limit} characters at most.",
    "remind.shifted": (
        "Note: that time does not exist because of daylight saving time; I moved it an hour later."
    ),
    "remind.confirm.group": "✅ I will remind you all on {moment} of: {what}",
    "remind.confirm.private": "✅ I will remind you on {moment} of: {what}",
    "remind.confirm_recurring.group": (
        "✅ I will remind you all {rule} of: {what}\nThe first time: {moment}."
    ),
    "remind.confirm_recurring.private": (
        "✅ I will remind you {rule} of: {what}\nThe first time: {moment}."
    ),
    "remind.button.cancel": "Cancel",
    "remind.button.cancel_n": "✖️ Cancel {number}",
    "remind.button.later": "⏰ Later",
    "remind.button.done": "✅ Done",
    "remind.button.h1": "In 1 hour",
    "remind.button.tm": "Tomorrow {time}",
    "remind.button.nw": "Next week",
    "remind.button.back": "↩️ Back",
    "remind.cancelled": "❌ Cancelled: {what}",
    "remind.already_handled": "That reminder was already dealt with here.",
    "remind.already_cancelled": "That reminder was already cancelled.",
    "remind.list.title": "⏰ <b>Pending reminders</b> ({count})",
    "remind.list.item": "{number}. {moment}\n    {what} <i>({who})</i>",
    "remind.list.repeats": "🔁 {rule}",
    "remind.list.in_group": "in {group}",
    "remind.list.empty": (
        "No reminders are pending. Set one with, for example,"
        " <code>/remind friday 10:00 send the newsletter</code>."
    ),
    "remind.fire.title": {
        "one": "⏰ <b>Reminder</b>",
        "other": "⏰ <b>Reminders</b>",
    },
    "remind.fire.item": {
        "one": "{what}\n<i>Set by {who}</i>",
        "other": "{number}. {what}\n<i>Set by {who}</i>",
    },
    "remind.fire.repeats": "🔁 {rule}",
    "remind.fire.done": "✅ Done ({name})",
    "remind.fire.snoozed": "⏰ Snoozed until {moment}",
}
