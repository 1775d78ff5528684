"""English messages. Texts are HTML; {placeholders} are filled escaped."""

MESSAGES: dict[str, str] = {
    "greeting": (
        "👋 Hello {group}! I am Wijkbot. I help keep your meetings on track: agendas,"
        " decisions and actions, advice to the municipality, polls and reminders.\n\n"
        "To get started:\n"
        "1. Make the board members admins of the group, or add them with /bestuur toevoegen.\n"
        "2. Add municipality staff with /gemeente toevoegen.\n"
        "3. See what I can do with /help, and set a first reminder with"
        " /herinner next tuesday 19:30 board meeting."
    ),
    "start.private": (
        "👋 Hello {name}! I am Wijkbot, the assistant of your residents' meetings.\n\n"
        "Here in the private chat I can send you personal reminders, and you can use /herinner"
        " and /herinneringen for yourself. In the group I do the rest: agenda, decisions,"
        " actions, advice and polls.\n\nAdd me to your group chat to begin. /help shows it all."
    ),
    "help.title.group": "📋 <b>What Wijkbot can do</b>",
    "help.title.private": "📋 <b>What Wijkbot can do</b> (in this private chat)",
    "help.line": "{command} — {description}\n    <i>{example}</i>",
    "help.aliases": " (also {aliases})",
    "help.footer": "A command without details? I will ask for them step by step.",
    "cmd.help.description": "every command with an example",
    "cmd.help.example": "/help",
    "cmd.help.usage": "/help",
    "cmd.start.description": "meet Wijkbot",
    "cmd.start.example": "/start",
    "cmd.start.usage": "/start",
    "cmd.bestuur.description": "who is on the board; add or remove",
    "cmd.bestuur.example": "/bestuur add @piet_janssen",
    "cmd.bestuur.usage": "/bestuur, /bestuur add @name or /bestuur remove @name",
    "cmd.gemeente.description": "municipality contacts; add or remove",
    "cmd.gemeente.example": "/gemeente add @carla_gemeente",
    "cmd.gemeente.usage": "/gemeente, /gemeente add @name or /gemeente remove @name",
    "cmd.instellingen.description": "language, time zone and name of the group",
    "cmd.instellingen.example": "/instellingen timezone Europe/Amsterdam",
    "cmd.instellingen.usage": (
        "/instellingen, or /instellingen language nl | timezone Europe/Amsterdam"
        " | name BO Duindorp | time 09:00"
    ),
    "cmd.herinner.description": "set a reminder",
    "cmd.herinner.example": "/herinner next tuesday 19:30 board meeting",
    "cmd.herinner.usage": "/herinner when what",
    "cmd.herinneringen.description": "see and cancel pending reminders",
    "cmd.herinneringen.example": "/herinneringen",
    "cmd.herinneringen.usage": "/herinneringen",
    "cmd.export.description": "the group's data as a file (board)",
    "cmd.export.example": "/export acties",
    "cmd.export.usage": "/export acties or /export adviezen (a CSV file for Excel or LibreOffice), or a bare /export for everything (a ZIP of JSON and CSV)",
    "error.generic": (
        "😕 Sorry, something went wrong on my side. Please try again in a moment; if it still"
        " fails, tell the group's admin."
    ),
    "error.usage": "How to use it: {usage}\nFor example: <code>{example}</code>",
    "error.permission.board": "Only board members can do this.",
    "error.permission.admin": "Only admins of the group can do this.",
    "error.permission.gemeente": "Only municipality contacts can do this.",
    "error.permission.owner": "Only whoever made this, or a board member, can do this.",
    "error.group_only": "This only works in your group chat.",
    "error.not_found": "I cannot find that (any more).",
    "error.stale_button": "This button belongs to something that no longer exists.",
    "prompt.already_answered": "That question was already answered. Send the command again to change something.",
    "error.not_your_prompt": "This question was for {name}.",
    "role.board": "board",
    "role.gemeente": "municipality",
    "roles.board.title": "👥 <b>Board of {group}</b>",
    "roles.gemeente.title": "🏛️ <b>Municipality contacts in {group}</b>",
    "roles.admins": "Group admins (board automatically):",
    "roles.added_members": "Added:",
    "roles.board.empty": "Nobody added yet. Group admins belong to the board automatically.",
    "roles.gemeente.empty": "No municipality contacts yet.",
    "roles.entry": "• {name}",
    "roles.button.add": "➕ Add",
    "roles.button.remove": "✖️ {name}",
    "roles.board.ask": (
        "Who should join the board? Reply to this message with @username, or send"
        " /bestuur add as a reply to a message of that person."
    ),
    "roles.gemeente.ask": (
        "Who is the municipality contact to add? Reply to this message with @username, or"
        " send /gemeente add as a reply to a message of that person."
    ),
    "roles.board.ask_remove": "Who should leave the board? Reply to this message with @username.",
    "roles.gemeente.ask_remove": (
        "Which municipality contact should be removed? Reply to this message with @username."
    ),
    "roles.board.added": "✅ {name} is now on the board.",
    "roles.gemeente.added": "✅ {name} is now a municipality contact.",
    "roles.board.already": "{name} was already on the board.",
    "roles.gemeente.already": "{name} was already a municipality contact.",
    "roles.board.removed": "{name} is no longer on the board.",
    "roles.gemeente.removed": "{name} is no longer a municipality contact.",
    "roles.board.not_there": "{name} had not been added to the board.",
    "roles.gemeente.not_there": "{name} was not a municipality contact.",
    "roles.admin_stays": "{name} is an admin of the group and so always on the board.",
    "roles.unknown_user": (
        "I do not know {who} in this group yet. Ask them to send me something in the group"
        " first (for example /help), or send the command as a reply to one of their messages."
    ),
    "roles.ambiguous": "More than one person is called {who}. Use their @username, or send the command as a reply to one of their messages.",
    "roles.no_bots": "A bot cannot have a role.",
    "settings.title": (
        "⚙️ <b>Settings for {group}</b>\n"
        "Language: {language}\n"
        "Time zone: {timezone}\n"
        "Name: {name}\n"
        "Default time for reminders: {default_time}"
    ),
    "settings.language.nl": "Nederlands",
    "settings.language.en": "English",
    "settings.button.timezone": "🕒 Time zone",
    "settings.button.name": "✏️ Name",
    "settings.button.default_time": "⏰ Default time",
    "settings.button.done": "Done",
    "settings.closed": "⚙️ Settings saved.",
    "settings.ask.timezone": "Which time zone? Reply to this message, e.g. <code>Europe/London</code>.",
    "settings.ask.name": "What name should I use for this group? Reply to this message.",
    "settings.ask.default_time": (
        "At what time should I send reminders that have no time? Reply to this message,"
        " e.g. <code>09:00</code>."
    ),
    "settings.bad.language": "I do not know that language. Choose <code>nl</code> or <code>en</code>.",
    "settings.bad.timezone": "Unknown time zone: {value}. Use a name like <code>Europe/Amsterdam</code>.",
    "settings.bad.default_time": "That is not a time: {value}. Use e.g. 09:00.",
    "settings.bad.name": "That name is empty or too long (at most 64 characters).",
    "settings.saved.language": "✅ I will speak English here from now on.",
    "settings.saved.timezone": "✅ The time zone is now {value}.",
    "settings.saved.name": "✅ I will call this group {value} from now on.",
    "settings.saved.default_time": "✅ Reminders without a time will go out at {value}.",
    # Feature settings, by area (domain/settings.py)
    "settings.area.meetings": "📅 Meetings and agenda",
    "settings.area.actions": "✅ Actions",
    "settings.area.advice": "📨 Advice and mail",
    "settings.area.polls": "🗳️ Polls",
    "settings.area.privacy": "🔒 Privacy",
    "settings.area.title": "⚙️ <b>{area}</b> ({group})",
    "settings.area.line": "• {label}: <b>{value}</b>\n   <i>{help}</i>",
    "settings.button.back": "◀️ Back",
    "settings.button.change": "✏️ {label}",
    "settings.button.toggle": "{label}: {value}",
    "settings.ask.feature": (
        "What should <b>{label}</b> be? Now: {value}.\n<i>{help}</i>\nReply to this message."
    ),
    "settings.saved.feature": "✅ {label}: {value}.",
    "settings.bad.duration": (
        "I can't read that as a duration: {value}. Write for example <code>7 days</code>,"
        " <code>2 hours</code> or <code>off</code>."
    ),
    "settings.bad.number": "That won't do: {value}. Choose a number from {minimum} to {maximum}.",
    "settings.bad.percent": "That won't do: {value}. Choose a percentage, for example <code>50%</code>.",
    "settings.bad.flag": "Choose <code>on</code> or <code>off</code>, not {value}.",
    "settings.bad.weekly": (
        "I can't read that: {value}. Write a day and a time, for example"
        " <code>monday 09:00</code>, or <code>off</code>."
    ),
    "settings.bad.emails": (
        "That is not a valid e-mail address: {value}. For example <code>district@denhaag.nl</code>;"
        " separate several addresses with commas, and <code>none</code> clears them."
    ),
    "settings.bad.email": (
        "That is not a valid e-mail address: {value}. For example <code>secretary@example.nl</code>,"
        " or <code>none</code> to clear it."
    ),
    "settings.bad.text": "That is too long: {limit} characters at most.",
    "setting.value.on": "on",
    "setting.value.off": "off",
    "setting.value.none": "none",
    "setting.duration.m.one": "{n} minute",
    "setting.duration.m.many": "{n} minutes",
    "setting.duration.h.one": "{n} hour",
    "setting.duration.h.many": "{n} hours",
    "setting.duration.d.one": "{n} day",
    "setting.duration.d.many": "{n} days",
    "setting.duration.w.one": "{n} week",
    "setting.duration.w.many": "{n} weeks",
    "date.at": "'at'",
}
MESSAGES.update(
    {
        "engine.failed": (
            "⚠️ I could not deliver {count} message(s) on time, not even after a few tries."
            " See /herinneringen for what is still pending."
        ),
        "engine.late": "<i>(sent late, the bot was offline)</i>",
    }
)
MESSAGES.update(
    {
        "remind.ask": (
            "When, and what should I remind you of? Reply to this message, for example:"
            " <code>next tuesday 19:30 board meeting</code>"
        ),
        "remind.no_date": (
            "I see no date or time. Reply to this message with when and what, for example:"
            " <code>tomorrow 10:00 book the hall</code> or"
            " <code>elke maandag 9:00 deliver the newsletter</code>"
        ),
        "remind.past": (
            "{moment} has already passed. Reply to this message with a moment in the future,"
            " for example <code>in 1 hour make coffee</code>."
        ),
        "remind.bad_date": (
            "{value} does not exist. Reply to this message with when and what,"
            " for example <code>28 February 10:00 book the hall</code>."
        ),
        "remind.bad_time": (
            "{value} is not a valid time. Reply to this message with when and what,"
            " for example <code>tomorrow 10:00 book the hall</code>."
        ),
        "remind.ask_what": "What should I remind you of? Reply to this message.",
        "remind.too_long": "That is a long reminder: keep it to {limit} characters at most.",
        "remind.shifted": (
            "Note: that time does not exist because of daylight saving time; I moved it an hour later."
        ),
        "remind.weekday_mismatch": (
            "Note: the weekday does not match the date. I kept the date: {moment}."
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
            " <code>/herinner friday 10:00 send the newsletter</code>."
        ),
        "remind.fire.title.one": "⏰ <b>Reminder</b>",
        "remind.fire.title.many": "⏰ <b>Reminders</b>",
        "remind.fire.item.one": "{what}\n<i>Set by {who}</i>",
        "remind.fire.item.many": "{number}. {what}\n<i>Set by {who}</i>",
        "remind.fire.repeats": "🔁 {rule}",
        "remind.fire.done": "✅ Done ({name})",
        "remind.fire.snoozed": "⏰ Snoozed until {moment}",
        "rec.daily": "every day",
        "rec.daily_n": "every {n} days",
        "rec.weekly": "every {weekday}",
        "rec.weekly_n": "every {n} weeks on {weekday}",
        "rec.monthly_day": "every month on day {day}",
        "rec.monthly_day_n": "every {n} months on day {day}",
        "rec.monthly_nth": "every {nth} {weekday} of the month",
        "rec.at": " at {time}",
        "rec.nth.1": "first",
        "rec.nth.2": "second",
        "rec.nth.3": "third",
        "rec.nth.4": "fourth",
        "rec.nth.5": "fifth",
        "rec.nth.-1": "last",
    }
)
# --- trust: flood control, privacy, export (issue 12)
MESSAGES.update(
    {
        "cmd.privacy.description": "what Wijkbot stores, why, and for how long",
        "cmd.privacy.example": "/privacy",
        "cmd.privacy.usage": "/privacy",
        "cmd.vergeet.description": "have your name and your private chat with Wijkbot erased",
        "cmd.vergeet.example": "/vergeet",
        "cmd.vergeet.usage": "/vergeet (in a private chat with Wijkbot)",
        "cmd.vergeetgroep.description": "erase all of this group's data for good (admin)",
        "cmd.vergeetgroep.example": "/vergeetgroep",
        "cmd.vergeetgroep.usage": "/vergeetgroep (then confirm with the button)",
        "privacy.explain": (
            "🔒 <b>What Wijkbot stores</b>\n\n"
            "• What you record yourselves: reminders, agenda items, meetings and who comes,"
            " decisions, actions, advice to the municipality and polls.\n"
            "• About the group: its name, its settings, who is on the board and who speaks for"
            " the municipality.\n"
            "• About people who use Wijkbot: first name, last name and username as in Telegram,"
            " and in which group I saw you.\n\n"
            "I do not read or keep other messages: I only see commands and replies to my own"
            " questions.\n\n"
            "<b>Why?</b> So I can remind you on time, show lists and keep track of your dealings"
            " with the municipality. I share nothing with anyone; one group's data is never"
            " visible in another.\n\n"
            "<b>For how long?</b> As long as the group uses Wijkbot. When a group removes me, I"
            " erase everything of that group after {retention}\n\n"
            "<b>Do it yourself</b>\n"
            "• /vergeet in a private chat with me: your name and username are erased, as is"
            " everything in our private chat. What you recorded in a group stays, as"
            ' "oud-lid" (former member).\n'
            "• /export (board): all of the group's data as a ZIP file.\n"
            "• /vergeetgroep (admin): erase everything of the group for good, right now.\n"
            "• /instellingen → Privacy: change the retention period."
        ),
        "privacy.retention.group": "{months} months (the setting of {group}).",
        "privacy.retention.default": (
            "{months} months. Each group can set this period itself with /instellingen."
        ),
        "privacy.kept": "Fine, nothing was erased.",
        "privacy.button.no": "No, erase nothing",
        "forget.private_only": (
            "Send /vergeet in a private chat with me and I will erase your data there. I do not"
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
        "wipe.confirm": (
            "⚠️ Are you sure? I will erase <b>everything</b> of {group} for good: {rows} rows of"
            " reminders, agenda, decisions, actions, advice, polls, settings and roles. This"
            " cannot be undone. Want a copy first? Send /export.\n\nThis button works for 10"
            " minutes."
        ),
        "wipe.button.yes": "Yes, erase everything for good",
        "wipe.done": (
            "🗑️ All data of {group} is erased. If you no longer want Wijkbot in this group,"
            " remove me from it; otherwise I simply start afresh."
        ),
        "wipe.expired": "This button has expired. Send /vergeetgroep again to erase everything.",
        "export.everything.caption": "📦 All data of {group} ({rows} rows), as JSON and CSV.",
        "setting.privacy.retention.label": "Retention after removal",
        "setting.privacy.retention.help": (
            "When the group removes Wijkbot, I erase all its data after this many months."
            " Erase everything right now: /vergeetgroep."
        ),
        "setting.unit.months": "months",
        "flood.slow_down": (
            "🐢 Easy, {name}: that was a lot of commands in a row. For the next {minutes}"
            " minute I will not answer your commands, so the others get their turn too."
        ),
        # --- dates: asking back (issue 11)
        "when.ask.which": "🕒 Which time do you mean? Choose below.",
        "when.button": "{time} · {day}",
        "when.chosen": "🕒 Chosen: {moment}",
        "when.ask.day": (
            "🗓️ When exactly? Reply to this message with a day and, if you like, a time,"
            " for example: <i>next Tuesday 19:30</i> or <i>3 December</i>."
        ),
        "when.ask.again": (
            "🤔 I cannot find a day in “{answer}” yet. When exactly? Reply to this message,"
            " for example: <i>Friday 4 December 19:30</i> or <i>in two weeks</i>."
        ),
        "when.be_precise": (
            "🤔 That time can be read two ways. Write it exactly, for example <i>15:00</i>"
            " instead of <i>3 o'clock</i>, or <i>3 December</i> instead of <i>soon</i>."
        ),
    }
)
