"""English texts of the kit and setup: greeting, help, errors, settings, dates, the engine. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "greeting": (
        "👋 Hello {group}! I am Wijkbot. I help keep your meetings on track: agendas,"
        " decisions and actions, advice to the municipality, polls and reminders.\n\n"
        "To get started:\n"
        "1. Make the board members admins of the group, or add them with /board add.\n"
        "2. Add municipality staff with /municipality add.\n"
        "3. See what I can do with /help, and set a first reminder with"
        " /remind next tuesday 19:30 board meeting."
    ),
    "greeting.back": (
        "👋 Hello {group}, Wijkbot is back! Everything from before is still here: /agenda, /actions,"
        " /reminders. What I should have sent while I was away was not sent: check whether"
        " anything is left waiting."
    ),
    "start.private": (
        "👋 Hello {name}! I am Wijkbot, the assistant of your residents' meetings.\n\n"
        "Here in the private chat I can send you personal reminders, and you can use /remind"
        " and /reminders for yourself. In the group I do the rest: agenda, decisions,"
        " actions, advice and polls.\n\nAdd me to your group chat to begin. /help shows it all."
    ),
    "cmd.help.description": "what Wijkbot can do; help per command or topic",
    "cmd.help.example": "/help",
    "cmd.help.usage": "/help; /help command; /help topic; /help dates",
    "cmd.start.description": "meet Wijkbot",
    "cmd.start.example": "/start",
    "cmd.start.usage": "/start",
    "cmd.instellingen.description": "language, time zone and name of the group",
    "cmd.instellingen.example": "/settings timezone Europe/Amsterdam",
    "cmd.instellingen.usage": (
        "/settings, or /settings language nl | timezone Europe/Amsterdam"
        " | name BO Duindorp | time 09:00"
    ),
    "cmd.export.description": "the group's data as a file (board)",
    "cmd.export.example": "/export actions",
    "cmd.export.usage": "/export actions or /export advice (a CSV file for Excel or LibreOffice); a bare /export for everything (a ZIP of JSON and CSV)",
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
    # Undo (handlers/kit/undo.py)
    "undo.button": "↩️ Undo",
    "undo.too_late": "Undo works for 10 minutes after saving. Change it the usual way now.",
    "undo.not_yours": "Only {name} can undo this.",
    "undo.gone": "This was already undone.",
    "prompt.already_answered": "That question was already answered. Send the command again to change something.",
    "error.not_your_prompt": "This question was for {name}.",
    "prompt.cancelled": "👍 OK, stopped. I saved or changed nothing.",
    "prompt.expired": "That question has expired. Send the command again.",
    # What reached the bot and nothing else took (handlers/kit/addressed.py)
    "addressed.use_buttons": "I don't read text on that message: use its buttons, or send a command (/help).",
    "addressed.nothing_asked": (
        "That message asked nothing. Send a command, such as /agenda with your item;"
        " /help shows what I can do."
    ),
    "addressed.text_only": "I only read text. Type your answer as a reply to my question.",
    "addressed.private": "Hello! Here I work with commands, such as /remind or /actions. /help shows what I can do.",
    "addressed.mention": "Hello! I work with commands, such as /agenda or /action. /help shows what I can do.",
    "addressed.unknown": "I don't know {command}. /help shows what I can do.",
    "addressed.did_you_mean": "Did you mean {commands}?",
    "addressed.did_you_mean.line": (
        "Did you mean {commands}? Tap the line below to copy it:\n<code>{line}</code>"
    ),
    "addressed.or": "{first} or {last}",
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
    "setting.duration.m": {
        "one": "{count} minute",
        "other": "{count} minutes",
    },
    "setting.duration.h": {
        "one": "{count} hour",
        "other": "{count} hours",
    },
    "setting.duration.d": {
        "one": "{count} day",
        "other": "{count} days",
    },
    "setting.duration.w": {
        "one": "{count} week",
        "other": "{count} weeks",
    },
    "date.at": "'at'",
    "engine.failed": {
        "one": (
            "⚠️ I could not deliver a message on time, not even after a few tries."
            " See /reminders for what is still pending."
        ),
        "other": (
            "⚠️ I could not deliver {count} messages on time, not even after a few tries."
            " See /reminders for what is still pending."
        ),
    },
    "engine.late": "<i>(sent late, the bot was offline)</i>",
    "setting.unit.months": {
        "one": "{count} month",
        "other": "{count} months",
    },
    "flood.slow_down": {
        "one": (
            "🐢 Easy, {name}: that was a lot of commands in a row. For the next minute I will not"
            " answer your commands, so the others get their turn too."
        ),
        "other": (
            "🐢 Easy, {name}: that was a lot of commands in a row. For the next {count} minutes I"
            " will not answer your commands, so the others get their turn too."
        ),
    },
    # --- dates: asking back (issue 11)
    "help.dates_hint": "    🗓️ type dates as you say them: /help dates",
    "help.dates": (
        "🗓️ <b>Type dates and times as you say them</b> (Dutch or English)\n"
        "• <b>Days</b>: today, tomorrow, Tuesday, next Friday, December 3, 3-12, vandaag,"
        " morgen, volgende week dinsdag, 3 december\n"
        "• <b>Times</b>: 19:30, 7pm, noon, midnight, tonight, tomorrow morning, 20 uur,"
        " half acht (7:30), kwart over zeven\n"
        "• <b>From now</b>: in 2 hours, in two weeks, over een kwartier, binnen 5 werkdagen"
        " (working days: no weekends or public holidays)\n"
        "• <b>Periods</b>: end of January, week 50, this weekend, next weekend, volgende maand,"
        " in maart, the first Tuesday of the month\n"
        "• <b>From–to</b>: 7 t/m 18 december, van 19.30 tot 21.30 uur\n"
        "• <b>Moved</b>: verplaatst van 3 naar 10 december, woensdag i.p.v. dinsdag\n"
        "• <b>Holidays</b>: Christmas, Christmas Eve, New Year's Day, Easter, Good Friday,"
        " Pinksteren, Koningsdag\n"
        "• <b>Deadlines</b>: uiterlijk volgende week (that Friday), uiterlijk maart (31 March)\n"
        "• <b>Repeating</b> (/remind, /meeting): every Monday 9:00, elke 2e di vd maand 19:30,"
        " elke eerste en derde dinsdag van de maand, om de week op vrijdag\n"
        "\nFor <i>om 3 uur</i> (3 o'clock) I ask whether you mean 03:00 or 15:00; for"
        " <i>binnenkort</i> (soon) or <i>na de zomer</i> (after the summer) I ask when exactly;"
        " for a meeting at <i>half 8</i> I ask whether it is 07:30 or 19:30. A date that does not"
        " exist (<i>30 February</i>) is named, and nothing is stored."
    ),
    "when.ask.which": "🕒 Which time do you mean? Choose below.",
    "when.ask.weekday": "📅 {date} is a {actual}, not a {typed}. Which day do you mean?",
    "when.button": "{time} · {day}",
    "when.chosen": "🕒 Chosen: {moment}",
    "when.ask.day": (
        "🗓️ When exactly? Reply to this message with a day and, if you like, a time,"
        " for example: <i>next Tuesday 19:30</i> or <i>3 December</i>."
    ),
    "when.ask.words": (
        "🗓️ When exactly? I can't read “{words}” as a date for sure, and I don't guess. Reply"
        " to this message with the day and, if you like, the time, for example:"
        " <i>Thursday 10:00</i> or <i>3 December</i>."
    ),
    "when.ask.hour": "🕙 What time do you mean by “{words}”? Pick one below, or reply to this message with the day and the time.",
    "when.ask.again": (
        "🤔 I cannot find a day in “{answer}” yet. When exactly? Reply to this message,"
        " for example: <i>Friday 4 December 19:30</i> or <i>in two weeks</i>."
    ),
    "when.impossible": "There is no {value}.",
    "when.be_precise": (
        "🤔 That time can be read two ways. Write it exactly, for example <i>15:00</i>"
        " instead of <i>3 o'clock</i>, or <i>3 December</i> instead of <i>soon</i>."
    ),
    "setting.unit.per_year": {
        "one": "{count} per year",
        "other": "{count} per year",
    },
    "setting.unit.workdays": {
        "one": "{count} working day",
        "other": "{count} working days",
    },
    "error.permission.action_owner": (
        "Only someone who owns the action, or a board member, can do this."
    ),
    # Repeating moments in words (handlers/kit/text.py)
    "rec.daily": {
        "one": "every day",
        "other": "every {count} days",
    },
    "rec.weekly": {
        "one": "every {weekday}",
        "other": "every {count} weeks on {weekday}",
    },
    "rec.monthly_day": {
        "one": "every month on day {day}",
        "other": "every {count} months on day {day}",
    },
    "rec.monthly_nth": "every {nth} {weekday} of the month",
    "rec.at": " at {time}",
    "rec.nth.1": "first",
    "rec.nth.2": "second",
    "rec.nth.3": "third",
    "rec.nth.4": "fourth",
    "rec.nth.5": "fifth",
    "rec.nth.-1": "last",
    "rec.nth.and": "{first} and {last}",
}
