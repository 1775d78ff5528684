"""English texts of /privacy, /vergeet, /vergeetgroep and /export. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.privacy.description": "what Wijkbot stores, why, and for how long",
    "cmd.privacy.example": "/privacy",
    "cmd.privacy.usage": "/privacy",
    "cmd.vergeet.description": "have your name and your private chat with Wijkbot erased",
    "cmd.vergeet.example": "/forget",
    "cmd.vergeet.usage": "/forget (in a private chat with Wijkbot)",
    "cmd.vergeetgroep.description": "erase all of this group's data for good (admin)",
    "cmd.vergeetgroep.example": "/forgetgroup",
    "cmd.vergeetgroep.usage": "/forgetgroup (then confirm with the button)",
    "privacy.explain": (
        "🔒 <b>What Wijkbot stores</b>\n\n"
        "• What you record yourselves: reminders, agenda items, meetings and who comes,"
        " decisions, actions, advice to the municipality and polls.\n"
        "• About the group: its name, its settings, who is on the board and who speaks for"
        " the municipality.\n"
        "• About people who use Wijkbot: first name, last name and username as in Telegram,"
        " and in which group I saw you.\n"
        "• Of mail the municipality sends about an advice (when the bot reads a mailbox): sender,"
        " date, subject, the new text and the names and sizes of attachments, with that group,"
        " for as long as the rest of the group's data. Other mail in the mailbox I do not keep;"
        " I do not delete or mark any of it either.\n\n"
        "I do not read or keep other messages: I only see commands and replies to my own"
        " questions.\n\n"
        "<b>Why?</b> So I can remind you on time, show lists and keep track of your dealings"
        " with the municipality. I share nothing with anyone; one group's data is never"
        " visible in another.\n\n"
        "<b>For how long?</b> As long as the group uses Wijkbot. When a group removes me, I"
        " erase everything of that group after {retention}\n\n"
        "<b>Do it yourself</b>\n"
        "• /forget in a private chat with me: your name and username are erased, as is"
        " everything in our private chat. What you recorded in a group stays, as"
        ' "oud-lid" (former member).\n'
        "• /export (board): all of the group's data as a ZIP file.\n"
        "• /forgetgroup (admin): erase everything of the group for good, right now.\n"
        "• /settings → Privacy: change the retention period."
    ),
    "privacy.retention.group": {
        "one": "{count} month (the setting of {group}).",
        "other": "{count} months (the setting of {group}).",
    },
    "privacy.retention.default": {
        "one": "{count} month. Each group can set this period itself with /settings.",
        "other": "{count} months. Each group can set this period itself with /settings.",
    },
    "privacy.kept": "Fine, nothing was erased.",
    "privacy.button.no": "No, erase nothing",
    "forget.private_only": (
        "Send /forget in a private chat with me and I will erase your data there. I do not"
        " do it in the group, so nobody does it for someone else by mistake."
    ),
    "forget.confirm": (
        "Do you want me to forget you? I will erase your name and username, and everything"
        " in this private chat (your personal reminders too). What you recorded in a group"
        ' stays, but under the name "oud-lid" (former member). If you message me later, I'
        " will know you again from then on."
    ),
    "forget.button.yes": "Yes, forget me",
    "forget.done": "✅ Done: I erased your name and our private chat.",
    "wipe.confirm": {
        "one": (
            "⚠️ Are you sure? I will erase <b>everything</b> of {group} for good: {count} row of"
            " reminders, agenda, decisions, actions, advice, polls, settings and roles. This"
            " cannot be undone. Want a copy first? Send /export.\n\nThis button works for 10"
            " minutes."
        ),
        "other": (
            "⚠️ Are you sure? I will erase <b>everything</b> of {group} for good: {count} rows"
            " of reminders, agenda, decisions, actions, advice, polls, settings and roles. This"
            " cannot be undone. Want a copy first? Send /export.\n\nThis button works for 10"
            " minutes."
        ),
    },
    "wipe.button.yes": "Yes, erase everything for good",
    "wipe.done": (
        "🗑️ All data of {group} is erased. If you no longer want Wijkbot in this group,"
        " remove me from it; otherwise I simply start afresh."
    ),
    "wipe.expired": "This button has expired. Send /forgetgroup again to erase everything.",
    "setting.privacy.retention.label": "Retention after removal",
    "setting.privacy.retention.help": (
        "When the group removes Wijkbot, I erase all its data after this many months."
        " Erase everything right now: /forgetgroup."
    ),
    "export.everything.caption": {
        "one": "📦 All data of {group} ({count} row), as JSON and CSV.",
        "other": "📦 All data of {group} ({count} rows), as JSON and CSV.",
    },
}
