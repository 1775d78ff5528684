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
            "• <b>Repeating</b> (/remind): every Monday 9:00, elke eerste dinsdag van de maand\n"
            "\nFor <i>om 3 uur</i> (3 o'clock) I ask whether you mean 03:00 or 15:00; for"
            " <i>binnenkort</i> (soon) or <i>na de zomer</i> (after the summer) I ask when exactly."
        ),
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
# --- meetings and agenda (issue 7)
MESSAGES.update(
    {
        "cmd.overleg.description": "plan and view meetings (with RSVP and the agenda rhythm)",
        "cmd.overleg.example": "/overleg tue 8 dec 19:30 Community centre De Boog",
        "cmd.overleg.usage": (
            "/overleg when [where] (board), /overleg every first tuesday of the month 19:30"
            " [where] for a series, /overleg to see the coming ones, /overleg jaar for the"
            " year's planning"
        ),
        "cmd.agenda.description": "put an item on the agenda or view the agenda",
        "cmd.agenda.example": "/agenda Parking problems Duinstraat",
        "cmd.agenda.usage": (
            "/agenda item, or /agenda as a reply to a message; /agenda alone shows the agenda,"
            " /agenda document sends it as a printable file"
        ),
        "meeting.usage_because": "{reason}\nHow to use it: {usage}\nFor example: <code>{example}</code>",
        "meeting.no_date": "I see no date and time for the meeting.",
        "meeting.no_time_series": "Add a time, so everyone knows when the meetings start.",
        "meeting.past": "That moment has passed; meetings are planned in the future.",
        "meeting.bad_date": "{value} does not exist.",
        "meeting.bad_time": "{value} is not a valid time.",
        "meeting.place_too_long": "That place is too long: at most {limit} characters.",
        "meeting.ask_time": (
            "What time does the meeting on {day} start? Reply to this message with a time,"
            " for example <code>19:30</code>."
        ),
        "meeting.not_planned.held": "That meeting has already taken place.",
        "meeting.not_planned.cancelled": "That meeting was cancelled.",
        "meeting.not_planned.planned": "That meeting is planned.",
        "meeting.title": "📅 <b>Meeting {group}</b>",
        "meeting.title.cancelled": "❌ <b>Cancelled: meeting {group}</b>",
        "meeting.when": "{start} until {end}",
        "meeting.when_line": "🕒 {when}",
        "meeting.place": "📍 {place}",
        "meeting.chair": "🪑 Chair: {name}",
        "meeting.minute_taker": "✍️ Minutes: {name}",
        "meeting.series": "🔁 Series: {rule}. I always plan the next meeting myself.",
        "meeting.rsvp.yes": "✅ Coming ({count})",
        "meeting.rsvp.maybe": "🤔 Maybe ({count})",
        "meeting.rsvp.no": "❌ Not coming ({count})",
        "meeting.rsvp.hint": "<i>Use the buttons to say whether you come. The agenda: /agenda</i>",
        "meeting.rsvp.saved.yes": "Noted: you are coming.",
        "meeting.rsvp.saved.maybe": "Noted: maybe.",
        "meeting.rsvp.saved.no": "Noted: you are not coming.",
        "meeting.rsvp_closed": "You can no longer reply for this meeting.",
        "meeting.button.yes": "I'm coming",
        "meeting.button.maybe": "Maybe",
        "meeting.button.no": "Not coming",
        "meeting.button.move": "Move",
        "meeting.button.cancel": "Cancel",
        "meeting.button.chair": "Chair",
        "meeting.button.minutes": "Minutes",
        "meeting.button.back": "↩️ Back",
        "meeting.ics.title": "Meeting {group}",
        "meeting.ics.alarm": "Tomorrow: meeting {group}",
        "meeting.ics.caption": "📎 Add the meeting to your calendar with this file.",
        "meeting.ics.caption_changed": "📎 The changed meeting for your calendar.",
        "meeting.ics.caption_cancelled": "📎 Remove the meeting from your calendar with this file.",
        "meeting.ask_move": (
            "When do we move the meeting of {when} to? Reply to this message, for example"
            " <code>thursday 10 december 20:00</code>."
        ),
        "meeting.move_no_date": (
            "I see no date. Reply to this message with the new moment, for example"
            " <code>thursday 10 december 20:00</code>."
        ),
        "meeting.move_past": "That moment has passed. Reply to this message with a future moment.",
        "meeting.moved": "📅 <b>The meeting has moved</b>\nWas: {before}\nNow: {after}",
        "meeting.cancelled": "❌ <b>The meeting of {when} is cancelled.</b>",
        "meeting.items_to": "the meeting of {day}",
        "meeting.items_wait": "the next meeting (not planned yet)",
        "meeting.items_moved": "The {count} agenda item(s) go to {target}.",
        "meeting.no_board": "There are no board members yet. Add them with /bestuur toevoegen.",
        "meeting.job.ask.c": "🪑 Who chairs the meeting of {when}?",
        "meeting.job.ask.m": "✍️ Who takes the minutes at the meeting of {when}?",
        "meeting.job.suggest": "Next in the rotation: ⭐ {name}",
        "meeting.job.set.c": "{name} chairs on {day}.",
        "meeting.job.set.m": "{name} takes the minutes on {day}.",
        "meeting.list.empty": (
            "No meeting is planned yet. Plan one with for example"
            " <code>/overleg tue 8 dec 19:30 Community centre</code>."
        ),
        "meeting.list.title": "📅 <b>Coming meetings of {group}</b>",
        "meeting.list.rsvp": "✅ {yes} coming · 🤔 {maybe} maybe · ❌ {no} not",
        "meeting.year.title": "📆 <b>Meetings in {year}</b> ({group})",
        "meeting.year.held": "✔️ {when} (held)",
        "meeting.year.planned": "🗓️ {when} (planned)",
        "meeting.year.none": "No meetings this year yet.",
        "meeting.year.count": "Total: {count} ({held} held, {planned} planned).",
        "meeting.year.below": "⚠️ That is fewer than the agreed minimum of {minimum} a year.",
        "meeting.year.enough": "The agreed minimum of {minimum} a year is met.",
        "meeting.day.title": "⏰ <b>Tomorrow: meeting {group}</b>",
        "meeting.day.agenda": "<b>Agenda</b>",
        "meeting.hour.title": "⏰ <b>In an hour: meeting {group}</b>",
        "meeting.end.title": "✔️ The meeting of {day} has taken place.",
        "meeting.end.carried": "{count} item(s) were not discussed and move on to {target}:",
        "meeting.end.item": "• {text}",
        "meeting.end.next": "📅 The next meeting: {when}. Use the buttons to say whether you come.",
        "meeting.half_year": (
            "📆 Board: {count} meeting(s) are planned or held for {year}, fewer than the agreed"
            " minimum of {minimum}. Plan meetings with /overleg and see the planning with"
            " /overleg jaar."
        ),
        "agenda.more": "<i>… and {count} more item(s); /agenda document has them all.</i>",
        "agenda.none": "<i>No items yet. Add one with /agenda and your item.</i>",
        "agenda.empty": "The agenda item is empty.",
        "agenda.too_long": "An agenda item can have at most {limit} characters; this one has {length}.",
        "agenda.of_meeting": "the agenda of {day}",
        "agenda.of_waiting": "the list for the next meeting",
        "agenda.duplicate": "This is already on {where} as item {number}; I won't add it twice.",
        "agenda.added": "✅ Item {number} on the agenda of the meeting of {when}:\n{text}",
        "agenda.added_waiting": (
            "✅ Noted as item {number} for the next meeting (none is planned yet; it goes along"
            " as soon as there is one):\n{text}"
        ),
        "agenda.closed_note": (
            "ℹ️ The agenda of {day} has already closed, so this item goes to the meeting after."
        ),
        "agenda.button.force": "On this agenda anyway",
        "agenda.forced": "✅ Put on the agenda of {day} anyway as item {number}:\n{text}",
        "agenda.line": "{number}. {text} <i>({who})</i>",
        "agenda.carried": "<i>— carried over from {day}</i>",
        "agenda.discussed": "✅ <i>discussed</i>",
        "agenda.link": '<a href="{url}">↗ message</a>',
        "agenda.title": "📋 <b>Agenda meeting {group}</b>",
        "agenda.title_waiting": (
            "📋 <b>Items for the next meeting of {group}</b>\n<i>No meeting is planned yet.</i>"
        ),
        "agenda.is_closed": "<i>The agenda has closed; new items go to the meeting after.</i>",
        "agenda.button.up": "⬆️ {n}",
        "agenda.button.down": "⬇️ {n}",
        "agenda.button.defer": "⏭️ {n}",
        "agenda.button.done": "✅ {n}",
        "agenda.button.reopen": "↩️ {n}",
        "agenda.button.remove": "✖️ {n}",
        "agenda.meeting_over": "That meeting has taken place or was cancelled.",
        "agenda.nothing_after": "This item is already waiting for the next meeting.",
        "agenda.removed": "Removed: {text}",
        "agenda.deferred": "Moved on to {target}.",
        "agenda.final.title": "📋 <b>Final agenda meeting {group}</b>",
        "agenda.final.closed": "<i>The agenda has closed. New items go to the meeting after.</i>",
        "agenda.call.title": "📣 <b>Agenda items wanted: meeting {group}</b>",
        "agenda.call.how": (
            "Got an item? Send <code>/agenda</code> with your item, or reply to a message with"
            " <code>/agenda</code> to put that message on the agenda."
        ),
        "agenda.call.closes": "The agenda closes {moment}.",
        "agenda.pin_refused": (
            "📌 I was not allowed to pin the agenda. Want me to? Make me an administrator of the"
            " group with the right ‘Pin messages’ (group info → Administrators → Wijkbot)."
            " I say this only once; the agenda is above."
        ),
        "agenda.doc.heading": "Agenda",
        "agenda.doc.no_meeting": "Next meeting (date not known yet)",
        "agenda.doc.place": "Place",
        "agenda.doc.chair": "Chair",
        "agenda.doc.minute_taker": "Minutes",
        "agenda.doc.carried": "carried over from {day}",
        "agenda.doc.discussed": "discussed",
        "agenda.doc.empty": "There are no items on the agenda yet.",
        "agenda.doc.footer": "Made by Wijkbot on {moment}.",
        "agenda.doc.caption": "📄 The agenda, ready to print (A4).",
        "setting.agenda.call.label": "Call for agenda items",
        "setting.agenda.call.help": "This long before the meeting I ask for agenda items (or off).",
        "setting.agenda.close.label": "Agenda closes",
        "setting.agenda.close.help": (
            "This long before the meeting the agenda closes; then I pin the final agenda."
        ),
        "setting.meetings.remind_day.label": "First reminder",
        "setting.meetings.remind_day.help": "This long before the meeting I remind with agenda and replies.",
        "setting.meetings.remind_hour.label": "Last reminder",
        "setting.meetings.remind_hour.help": "This long before the start I remind once more.",
        "setting.meetings.minimum.label": "Minimum per year",
        "setting.meetings.minimum.help": (
            "This many meetings a year; with fewer I warn the board every half year (0 is off)."
        ),
        "setting.unit.per_year": "per year",
    }
)
# --- advice (issue 9)
MESSAGES.update(
    {
        "cmd.advies.description": "record advice to the municipality and follow it up",
        "cmd.advies.example": "/advies Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen gevraagd",
        "cmd.advies.usage": (
            "/advies subject [verzonden date] [aan whom or e-mail address] [gevraagd|ongevraagd];"
            " /advies 4 for the timeline; /advies 4 termijnen [ontvangst 15 werkdagen]"
            " [reactie 8 weken]; /advies 4 ontvangen [date]; /advies 4 beantwoord [date]"
            " outcome: summary; /advies 4 verdaagd date reason; /advies 4 intrekken"
        ),
        "cmd.adviezen.description": "all advice with its status; figures per year",
        "cmd.adviezen.example": "/adviezen cijfers",
        "cmd.adviezen.usage": "/adviezen or /adviezen cijfers",
        "setting.unit.workdays": "working days",
        "setting.advice.ack_days.label": "Acknowledgement deadline",
        "setting.advice.ack_days.help": "working days after sending (default 10)",
        "setting.advice.reply_period.label": "Reply deadline",
        "setting.advice.reply_period.help": "after sending, for example 6 weeks",
        "setting.advice.very_late.label": "Very late at",
        "setting.advice.very_late.help": "percent of the reply period; 200% is twice as long",
        "setting.advice.overview.label": "Weekly advice overview",
        "setting.advice.overview.help": "day and time of the board's overview, or off",
        "setting.advice.escalation.label": "Escalation contact",
        "setting.advice.escalation.help": "whom the board escalates to, e.g. the district director",
        "setting.advice.gemeente_mail.label": "Municipality e-mail",
        "setting.advice.gemeente_mail.help": "where 'Mail the municipality' sends to; several addresses with commas",
        "setting.advice.reply_to.label": "Secretary's reply-to",
        "setting.advice.reply_to.help": "replies to the e-mails go to this address",
        "advice.ask": (
            "Which advice is it? Reply to this message with the subject, and when and to whom it"
            " went if you like, for example:"
            " <code>Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen</code>"
        ),
        "advice.registered": "✅ Recorded as advice {number}.",
        "advice.too_long": "That is too long: at most {limit} characters.",
        "advice.bad.future": (
            "{date} is in the future; record advice once it has been sent. Nothing was saved.\n"
            "How to use it: {usage}"
        ),
        "advice.bad.date": (
            "I do not understand the date: {value}. Write for example <code>verzonden 3 november</code>."
            " Nothing was saved.\nHow to use it: {usage}"
        ),
        "advice.bad.email": "{value} is not a valid e-mail address. Nothing was saved.\nHow to use it: {usage}",
        "advice.unknown": (
            "There is no advice {number} in this group. /adviezen shows all of them.\n"
            "How to use it: {usage}"
        ),
        "advice.refused.ontvangen": "Advice {number} was already acknowledged; nothing changed.",
        "advice.refused.beantwoord": "Advice {number} has been answered; it cannot change any more.",
        "advice.refused.ingetrokken": "Advice {number} was withdrawn; it cannot change any more.",
        "advice.refused.verzonden": "That is not possible for advice {number} now; nothing changed.",
        "advice.answer.no_summary": "Put a short summary of the reply to advice {number} after the colon.",
        "advice.answer.no_outcome": (
            "Which outcome? Choose overgenomen, deels overgenomen, niet overgenomen or aangehouden,"
            " for example <code>/advies 4 beantwoord deels overgenomen: the trees stay</code>."
        ),
        "advice.postpone.no_reason": "Give the reason for postponing advice {number} too, for example <code>/advies 4 verdaagd 15 januari council debate</code>.",
        "advice.postpone.not_later": "A postponement must be later than the current reply deadline of advice {number}.",
        "advice.date_before_sent": "That date is before advice {number} was sent.",
        "advice.terms.ack_workdays": "The acknowledgement deadline counts working days, for example <code>ontvangst 15 werkdagen</code>.",
        "advice.terms.reply_weeks": "The reply deadline counts weeks or days, for example <code>reactie 8 weken</code>.",
        "advice.state.sent": "sent",
        "advice.state.acknowledged": "acknowledged",
        "advice.state.answered": "answered",
        "advice.state.withdrawn": "withdrawn",
        "advice.late.te_laat": ", ⚠️ late",
        "advice.late.lang_te_laat": ", 🚨 very late",
        "advice.period.workdays": "{n} working days",
        "advice.period.weeks": "{n} weeks",
        "advice.period.days": "{n} days",
        "advice.to": " to {recipient}",
        "advice.to_email": " ({email})",
        "advice.requested": " (requested advice)",
        "advice.unrequested": " (unsolicited advice)",
        "advice.card.title": "📨 <b>Advice {number}: {subject}</b>",
        "advice.card.sent": "Sent on {date}{to}{requested}",
        "advice.card.document": "📎 {name}",
        "advice.card.state": "Status: <b>{state}</b>",
        "advice.card.acknowledged": "✅ Acknowledged on {date}",
        "advice.card.ack_due": "⏳ Acknowledgement due by {date} ({period})",
        "advice.card.answered": "✅ Reply on {date}: <b>{outcome}</b>\n{summary}",
        "advice.card.reply_due": "⏳ Substantive reply due by {date} ({period})",
        "advice.card.reply_postponed": "⏳ Substantive reply due by {date} (postponed: {reason})",
        "advice.card.very_late": "Very late after {date}",
        "advice.button.ack": "✅ Acknowledge receipt",
        "advice.button.answer": "💬 Give the reply",
        "advice.button.mail": "✉️ Mail the municipality",
        "advice.button.mailed": "✉️ Mailed on {date}",
        "advice.list.title": "📨 <b>Advice</b> ({count})",
        "advice.list.empty": (
            "No advice recorded yet. The board does that with for example"
            " <code>/advies Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen</code>."
        ),
        "advice.list.item": "<b>{number}. {subject}</b>\n    {state} · sent {sent} · {days} working days{next}",
        "advice.list.next.ack": " · acknowledgement due {date}",
        "advice.list.next.reply": " · reply due {date}",
        "advice.list.button": "📄 {number}",
        "advice.timeline.title": "<b>Timeline</b>",
        "advice.timeline.item": "• {at}: {text}",
        "advice.tl.registered": "recorded by {by} (sent {sent})",
        "advice.tl.acknowledged": "receipt acknowledged ({on}), recorded by {by}",
        "advice.tl.answered": "reply received ({on}): {outcome}, recorded by {by}. {summary}",
        "advice.tl.withdrawn": "withdrawn by {by}",
        "advice.tl.postponed": "postponed to {to}, recorded by {by}: {reason}",
        "advice.tl.terms": "deadlines changed by {by}: acknowledgement {ack} working days, reply {reply} days",
        "advice.tl.chased_ack": "reminder sent: no acknowledgement (deadline {deadline})",
        "advice.tl.chased_reply": "reminder sent: no substantive reply (deadline {deadline})",
        "advice.tl.escalated": "very late ({deadline}): escalation suggested to the board",
        "advice.tl.mailed": "mailed to {to} by {by} ({what})",
        "advice.terms.title": "🧮 <b>Deadlines of advice {number}: {subject}</b>",
        "advice.terms.sent": "Sent on {date}.",
        "advice.terms.ack": "⏳ <b>Acknowledgement: by {date}</b>\n{period} after {start}.",
        "advice.terms.reply": "⏳ <b>Substantive reply: by {date}</b>\n{period} after {start}.",
        "advice.terms.very_late": "🚨 <b>Very late after {date}</b>\n{period} after {start}.",
        "advice.terms.weekend_days": "Not counted: {n} weekend days.",
        "advice.terms.skipped": "Not counted: {date}, {name}.",
        "advice.terms.moved": "{raw} falls in the {reason}; the deadline runs to the first working day after it.",
        "advice.terms.because_weekend": "weekend",
        "advice.terms.postponed": "⏳ <b>Substantive reply: by {date}</b>\nPostponed by the municipality: {reason}.",
        "advice.terms.footer": (
            "Working days follow the Dutch Algemene termijnenwet: no weekends or public holidays."
            " Change (board): <code>/advies {number} termijnen ontvangst {ack} werkdagen</code> or"
            " <code>/advies {number} termijnen reactie 8 weken</code>. Very late at {percent}% of"
            " the reply period."
        ),
        "advice.withdrawn": "↩️ Advice {number} was withdrawn. I will send no more reminders about it.",
        "advice.postponed": (
            "📅 Advice {number} was postponed: the substantive reply is due by {date} ({reason})."
            " Very late after {very_late}."
        ),
        "advice.acknowledged": "✅ Receipt of advice {number} is acknowledged ({date}). Thank you!",
        "advice.answered": "✅ Advice {number} has been answered ({date}): {outcome}.",
        "advice.outcome.adopted": "adopted",
        "advice.outcome.partly": "partly adopted",
        "advice.outcome.rejected": "not adopted",
        "advice.outcome.deferred": "deferred",
        "advice.ask_outcome": "What is the outcome of the reply to advice {number}?",
        "advice.outcome_chosen": "Outcome of advice {number}: {outcome}.",
        "advice.ask_summary": "Advice {number}: {outcome}. Summarise the reply briefly: reply to this message.",
        "advice.chase.greeting": "Dear {names},",
        "advice.chase.greeting_nobody": "Dear municipality,",
        "advice.chase.ack": (
            "{greeting}\n\non {sent} we sent advice {number}, <b>{subject}</b>,{to}. We expected"
            " the acknowledgement by {deadline}, but have not received it yet. We have now waited"
            " {workdays} working days ({days} days). Could you acknowledge receipt with the button"
            " below? Thank you!"
        ),
        "advice.chase.reply": (
            "{greeting}\n\non {sent} we sent advice {number}, <b>{subject}</b>,{to}. We expected"
            " the substantive reply by {deadline}, but it has not come yet. We have now waited"
            " {workdays} working days ({days} days). Could you let us know when to expect it? The"
            " button below records the reply."
        ),
        "advice.chase.what.ack": "acknowledgement reminder",
        "advice.chase.what.reply": "reply reminder",
        "advice.chase.what.very_late": "escalation",
        "advice.escalate": (
            "🚨 <b>Advice {number} is very late</b>\n\n{board}: on {sent} we sent <b>{subject}</b>,"
            " and after {very_late} there is still no reply. Time to escalate{who}. Below is a text"
            " to forward (tap it to copy):\n\n<pre>{text}</pre>"
        ),
        "advice.escalate.contact": " to {contact}",
        "advice.escalate.no_contact": (
            "; set an escalation contact in /instellingen (advice and mail), e.g. the district"
            " director"
        ),
        "advice.escalate.board": "Board",
        "advice.forward.text": (
            'Dear {contact},\n\n{group} sent advice {number}, "{subject}", to the municipality.'
            " Despite reminders we have had no substantive reply after {workdays} working days."
            "\n\nWhat happened:\n{facts}\n\nCould you make sure we receive a reply soon?\n\nKind"
            " regards,\n{group}"
        ),
        "advice.forward.anyone": "Sir or Madam",
        "advice.forward.sent": "- {date}: advice sent{to}",
        "advice.forward.acknowledged": "- {date}: receipt acknowledged",
        "advice.forward.no_ack": "- {date}: acknowledgement deadline passed without acknowledgement",
        "advice.forward.postponed": "- postponed to {date}: {reason}",
        "advice.forward.no_reply": "- {date}: reply deadline passed",
        "advice.overview.title": "📋 <b>Weekly advice overview</b>: {count} open",
        "advice.overview.footer": "<i>For the board. /adviezen shows everything; /advies 4 the timeline of advice 4.</i>",
        "advice.mail.subject": "Advice {number}: {subject} ({group})",
        "advice.mail.body.ack": (
            'Dear Sir or Madam,\n\nOn {sent} {group} sent you advice {number}, "{subject}". We'
            " expected an acknowledgement by {deadline} and have not received it yet. We have now"
            " waited {workdays} working days.\n\nCould you acknowledge receipt? You can reply to"
            " this e-mail.\n\nKind regards,\n{group}"
        ),
        "advice.mail.body.reply": (
            'Dear Sir or Madam,\n\nOn {sent} {group} sent you advice {number}, "{subject}". We'
            " expected a substantive reply by {deadline} and have not received it yet. We have now"
            " waited {workdays} working days.\n\nCould you let us know when to expect it? You can"
            " reply to this e-mail.\n\nKind regards,\n{group}"
        ),
        "advice.mail.body.very_late": (
            'Dear Sir or Madam,\n\nOn {sent} {group} sent you advice {number}, "{subject}".'
            " After {workdays} working days we have no substantive reply.\n\nKind regards,\n{group}"
        ),
        "advice.mail.you": "you",
        "advice.mail.already": "This reminder was already mailed on {date}.",
        "advice.mail.no_address_yet": "(no address yet: set it in /instellingen)",
        "advice.mail.copy": (
            "✉️ No mail server is set up, so send this e-mail yourself. Tap a block to copy it.\n\n"
            "To: <code>{to}</code>{reply_to}\nSubject: <code>{subject}</code>\n\n"
            "<pre>{body}</pre>\n\nWijkbot can mail itself once the administrator sets SMTP_URL and"
            " MAIL_FROM; the municipality's and the secretary's addresses are in /instellingen"
            " (advice and mail)."
        ),
        "advice.mail.no_address": (
            "I do not know the municipality's e-mail address yet. Set it with"
            " <code>/instellingen gemeentemail stadsdeel@denhaag.nl</code>, or give it with the"
            " advice (aan address@municipality.nl). Nothing was mailed."
        ),
        "advice.mail.failed.down": (
            "⚠️ The mail server cannot be reached ({reason}). Nothing was mailed; try the same"
            " button again later."
        ),
        "advice.mail.failed.login": (
            "⚠️ The mail server refuses the login ({reason}). Nothing was mailed; ask the"
            " administrator to check SMTP_URL."
        ),
        "advice.mail.failed.refused": (
            "⚠️ The mail server refuses the message ({reason}). Nothing was mailed; check the"
            " address in /instellingen."
        ),
        "advice.mail.reply_to": "\nReply to: <code>{address}</code>",
        "advice.figures.title": "📊 <b>Advice of {group}: figures per year</b>",
        "advice.figures.year": (
            "<b>{year}</b>: {count} ({withdrawn} withdrawn)\n"
            "• Acknowledged on time: {ack}\n"
            "• Answered on time: {reply}\n"
            "• Median to acknowledgement: {ack_days}\n"
            "• Median to substantive reply: {reply_days}\n"
            "• Outcomes: {outcomes}"
        ),
        "advice.figures.count.one": "{n} advice",
        "advice.figures.count.many": "{n} pieces of advice",
        "advice.figures.percent": "{percent}% ({part} of {whole})",
        "advice.figures.workdays": "{n} working days",
        "advice.figures.nothing_yet": "nothing to measure yet",
        "advice.figures.no_outcomes": "none yet",
        "advice.figures.footer": (
            "<i>An advice counts once it is acknowledged or answered, or once its deadline has"
            " passed. Working days as the Dutch Algemene termijnenwet counts them.</i>"
        ),
        "advice.figures.chart_caption": "Working days to acknowledgement and reply, per advice",
        "advice.chart.title": "The municipality's response time per advice",
        "advice.chart.x": "advice",
        "advice.chart.y": "working days after sending",
        "advice.chart.ack": "to acknowledgement",
        "advice.chart.reply": "to substantive reply",
        "advice.chart.deadline": "deadline",
        "advice.chart.open": "still open (until today)",
        "advice.lateness.op_tijd": "",
        "advice.lateness.te_laat": "late",
        "advice.lateness.lang_te_laat": "very late",
        "advice.csv.caption": "📎 {count} advice, to open in Excel or LibreOffice.",
        "advice.csv.requested.True": "requested",
        "advice.csv.requested.False": "unsolicited",
        "advice.csv.number": "number",
        "advice.csv.subject": "subject",
        "advice.csv.recipient": "to",
        "advice.csv.requested": "requested",
        "advice.csv.sent": "sent",
        "advice.csv.ack_due": "acknowledgement due",
        "advice.csv.reply_due": "reply due",
        "advice.csv.very_late": "very late after",
        "advice.csv.state": "status",
        "advice.csv.late": "late",
        "advice.csv.acknowledged": "acknowledged on",
        "advice.csv.answered": "answered on",
        "advice.csv.outcome": "outcome",
        "advice.csv.summary": "summary",
        "advice.csv.ack_days": "working days to acknowledgement",
        "advice.csv.reply_days": "working days to reply",
        "advice.csv.postponed_to": "postponed to",
        "advice.csv.postpone_reason": "reason for postponement",
        "advice.csv.document": "document",
        "advice.mail.sent": "✉️ Mailed to {to}.",
    }
)

# --- polls (issue 10)
MESSAGES.update(
    {
        "cmd.peiling.description": "a poll among the board (or a proposal: for/against)",
        "cmd.peiling.example": "/peiling Which date for the street party? | 12 June | 19 June sluit Friday 17:00",
        "cmd.peiling.usage": (
            "/peiling question | option | option … [sluit when] [meerdere] (2 to 10 options),"
            " /peiling proposal (then you vote for, against or abstain),"
            " or /peiling herinner"
        ),
        "cmd.peilingen.description": "open and recently closed polls",
        "cmd.peilingen.example": "/peilingen",
        "cmd.peilingen.usage": "/peilingen",
        "setting.polls.duration.label": "Poll closes after",
        "setting.polls.duration.help": "how long a poll stays open when no closing time is given",
        "setting.polls.quorum.label": "Quorum",
        "setting.polls.quorum.help": "which share of the board must vote for a valid result",
        "poll.bad.no_question": "What is the question?",
        "poll.bad.question_long": "The question is too long ({length} characters, at most {limit}).",
        "poll.bad.empty_option": "There is an empty option between two | signs.",
        "poll.bad.one_option": "One option is no choice: give at least two, or none (then it is for/against).",
        "poll.bad.many_options": "That is {count} options; a poll has at most {limit}.",
        "poll.bad.option_long": "An option is too long (at most {limit} characters): {option}",
        "poll.bad.same_option": "Two options are the same.",
        "poll.bad.closing_unread": "I do not understand when the poll should close: {value}",
        "poll.bad.closing_past": "The closing time is in the past: {moment}.",
        "poll.option.for": "For",
        "poll.option.against": "Against",
        "poll.option.abstain": "Abstain",
        "poll.ask": (
            "What do you want to ask the board? Reply to this message, for example:\n"
            "<code>Which date for the street party? | 12 June | 19 June sluit Friday 17:00</code>\n"
            "Without options it is a proposal: for, against or abstain."
        ),
        "poll.button.close": "🔒 Close",
        "poll.button.close_n": "🔒 Close {number}",
        "poll.button.decide": "📌 Log as decision",
        "poll.error.decided": "This poll has been logged as a decision already.",
        "poll.decided": "📌 Logged as decision {number} by {who}.",
        "poll.decided.notice": "Logged as decision {number}.",
        "poll.decision": (
            "Poll: {question} — outcome: {outcome} ({counts}; {turnout} of {board}"
            " board members voted)"
        ),
        "poll.button.reopen": "🔁 Reopen",
        "poll.opened": (
            "🗳️ {who}'s poll is open until <b>{moment}</b>. Only the board's votes count"
            " ({board} members); quorum {percent}% ({needed}). Board members who have not voted"
            " get a reminder 24 hours and 1 hour before it closes."
        ),
        "poll.closed_notice": "The poll is closed.",
        "poll.result.title": "🗳️ <b>Result: {question}</b>",
        "poll.result.count": "• {option}: <b>{count}</b>",
        "poll.result.who": "<b>Who voted what</b> (board):",
        "poll.result.voter": "• {name}: {choice}",
        "poll.result.not_counted": "<b>Not counted</b> (not on the board):",
        "poll.result.absent": "Did not vote: {names}",
        "poll.result.quorum_met": (
            "Turnout: {turnout} of {board} board members ({percent}%). Quorum {quorum}%"
            " ({needed}): met ✅"
        ),
        "poll.result.quorum_missed": (
            "Turnout: {turnout} of {board} board members ({percent}%). Quorum {quorum}%"
            " ({needed}): not met ❌"
        ),
        "poll.result.outcome": "Outcome: <b>{outcome}</b>",
        "poll.outcome.no_quorum": "no valid result, the quorum was not met",
        "poll.outcome.none": "nobody on the board voted",
        "poll.outcome.adopted": "adopted",
        "poll.outcome.rejected": "rejected",
        "poll.outcome.tie": "a tie",
        "poll.outcome.winner": "{options}",
        "poll.remind.group": (
            "⏰ {left} left to vote on <b>{question}</b> (closes {moment})."
            " Voted: {turnout} of {board} board members.\nNot voted yet: {names}"
        ),
        "poll.remind.private": (
            "⏰ You have not voted yet in {group}: <b>{question}</b>. The poll closes {moment};"
            " you vote in the group."
        ),
        "poll.remind.everyone_voted": "The whole board has voted on {question}. 👍",
        "poll.left.minutes": "{n} minutes",
        "poll.left.hours": "{n} hours",
        "poll.error.none_open": "You have no open poll.",
        "poll.error.not_owner": "Only whoever made the poll, or an admin, can do this.",
        "poll.error.closed": "This poll is closed already.",
        "poll.error.open": "This poll is still open.",
        "poll.reopen.ask": (
            "Until when does <b>{question}</b> open again? Reply to this message, for example"
            " <code>Sunday 20:00</code> or <code>in 2 days</code>."
        ),
        "poll.reopened": (
            "🔁 The poll is open again until <b>{moment}</b>. Earlier votes still count; vote in"
            " the new poll to change yours."
        ),
        "poll.list.empty": (
            "There are no polls. Start one with, for example,"
            " <code>/peiling Shall we have a Christmas drink?</code>"
        ),
        "poll.list.open": "🗳️ <b>Open polls</b> ({count})",
        "poll.list.open_item": (
            "{number}. {question}\n    closes {moment}; {turnout} of {board} board members voted"
        ),
        "poll.list.closed": "<b>Recently closed</b>",
        "poll.list.closed_item": "• {question}\n    closed {moment}: {outcome} ({turnout} of {board})",
    }
)
# --- decisions, actions and the report (issue 8)
MESSAGES.update(
    {
        "cmd.besluit.description": "log a decision (board)",
        "cmd.besluit.example": "/besluit 3: we apply for a grant for the street party",
        "cmd.besluit.usage": "/besluit text, or /besluit 3: text for agenda item 3",
        "cmd.besluiten.description": "look up decisions",
        "cmd.besluiten.example": "/besluiten grant",
        "cmd.besluiten.usage": "/besluiten, or /besluiten word to search",
        "cmd.actie.description": "log an action, with who and by when",
        "cmd.actie.example": "/actie send the residents' letter @jan by friday",
        "cmd.actie.usage": (
            "/actie what [@who or a name, gemeente, stadsdeel, PEP, wijkagent] [by when],"
            " or /actie as a reply to a message; /actie 12 shows action 12"
        ),
        "cmd.acties.description": "open actions: tick off or postpone",
        "cmd.acties.example": "/acties mijn",
        "cmd.acties.usage": "/acties, or /acties mijn for only yours",
        "decision.logged": "📌 Decision {number}: {what}",
        "decision.too_long": "That is a long decision: keep it to {limit} characters at most.",
        "decision.list.title": "📌 <b>Decisions of {group}</b> ({count})",
        "decision.list.title.search": "📌 <b>Decisions with “{search}”</b> ({count})",
        "decision.list.heading.none": "<b>Outside a meeting</b>",
        "decision.list.item": "{number}. {what} <i>({day})</i>",
        "decision.list.empty": (
            "No decisions logged yet. A board member logs one with <code>/besluit text</code>."
        ),
        "decision.list.none_found": "No decisions found with “{search}”.",
        "action.ask": (
            "What is the action, who does it and by when? Reply to this message, for example:"
            " <i>send the residents' letter @jan by friday</i>"
        ),
        "action.bad": "{reason}\n\nHow to use it: {usage}\nFor example: <code>{example}</code>",
        "action.bad.no_text": "What needs doing? The action itself is missing.",
        "action.bad.past": "The date {moment} has passed. Choose a date from today on.",
        "action.too_long": "That is a long action: keep it to {limit} characters at most.",
        "action.too_many_owners": (
            "Too many owners: an action has {limit} at most. Split it into smaller actions."
        ),
        "action.unknown_user": (
            "🤔 I don't know {names} in this group (I only know people who asked me something"
            " here). Do you mean {plain} as a name, without Telegram? Then reply <b>yes</b> to"
            " this message. Otherwise nothing is stored; send /actie again.\n\n"
            "How to use it: {usage}"
        ),
        "action.not_created": "All right, nothing was stored.",
        "action.only_self": (
            "You can only log an action for yourself. A board member can give actions to others."
        ),
        "error.permission.action_owner": (
            "Only someone who owns the action, or a board member, can do this."
        ),
        "action.already_done": "Action {number} is done already.",
        "action.already_dropped": "Action {number} was dropped already.",
        "action.already_yours": "Action {number} is yours already.",
        "action.other_group": "This button belongs to an action of another group.",
        "action.not_found": "I cannot find action {number}. See the actions with /acties.",
        "action.party.gemeente": "municipality",
        "action.party.stadsdeel": "district office",
        "action.party.pep": "PEP",
        "action.party.wijkagent": "community officer",
        "action.party.politie": "police",
        "action.party.woningcorporatie": "housing corporation",
        "action.created": "✅ Action {number}: {what}. {who}",
        "action.created_due": "✅ Action {number}: {what}. {who}, by {due}",
        "action.line": "{number}. {what}, by {due}",
        "action.line.overdue": "⚠️ {number}. {what}, by {due} <b>(overdue)</b>",
        "action.line.no_due": "{number}. {what}",
        "action.line.owners": " ({who})",
        "action.card.title": "📋 <b>Action {number}</b>: {what}",
        "action.card.group": "Group: {group}",
        "action.card.owners": "👤 {who}",
        "action.card.due": "📅 by {due}",
        "action.card.due.overdue": "⚠️ by {due} <b>(overdue)</b>",
        "action.card.state.done": "✅ Done",
        "action.card.state.dropped": "🚫 Dropped: {reason}",
        "action.card.timeline": "<b>History</b>",
        "action.timeline.created": "• {when}: created by {by}",
        "action.timeline.done": "• {when}: done, reported by {by}",
        "action.timeline.dropped": "• {when}: dropped by {by} ({detail})",
        "action.timeline.postponed": "• {when}: postponed by {by}, {detail}",
        "action.timeline.moved": "from {old} to {new}",
        "action.timeline.taken_over": "• {when}: taken over by {by} (was: {detail})",
        "action.timeline.reminded": "• {when}: reminder {detail}",
        "action.button.done": "✅ Done",
        "action.button.drop": "🚫 Won't do",
        "action.button.later": "📅 Postpone",
        "action.button.take": "🙋 Take over",
        "action.button.back": "↩️ Back to the list",
        "action.list.title": "📋 <b>Open actions of {group}</b> ({count})",
        "action.list.title.mine": "📋 <b>Your open actions</b> ({count})",
        "action.list.title.private": "📋 <b>Your open actions, from all your groups</b> ({count})",
        "action.list.heading.owner": "<b>👤 {who}</b>",
        "action.list.heading.group": "<b>👥 {group}</b>",
        "action.list.hint": "<i>Tap a number to tick off, postpone or take over that action.</i>",
        "action.list.empty.a": (
            "No open actions. 🎉 Log one with <code>/actie what @who by when</code>."
        ),
        "action.list.empty.m": "You have no open actions. 🎉",
        "action.list.empty.p": "You have no open actions in any group. 🎉",
        "action.done": "✅ Action {number} is done. Thank you!",
        "action.taken": "🙋 Action {number} is yours now.",
        "action.ask_reason": (
            "Why is action {number} ({what}) not going ahead? Reply to this message with the"
            " reason; it goes into the history."
        ),
        "action.dropped": "🚫 Action {number} ({what}) is dropped: {reason}",
        "action.ask_due": (
            "Until when do you postpone action {number} ({what})? Reply to this message, for"
            " example: <i>next friday</i>."
        ),
        "action.bad_due": "I cannot read a date in that.",
        "action.bad_due_past": "That date has passed.",
        "action.postponed": "📅 Action {number} ({what}) is postponed to {due}.",
        "action.remind.private": "⏰ <b>From {group}</b>",
        "action.remind.before": "⏰ In two days: action {number}, {what} (by {due}).",
        "action.remind.due": "⏰ Today is the day: action {number}, {what} (by {due}).",
        "action.remind.overdue": (
            "⚠️ Action {number}, {what}, was due by {due}. Did it work out? Tick it off, or"
            " postpone it."
        ),
        "action.remind.to.private": "privately to {name}",
        "action.remind.to.group": "in the group to {name}",
        "action.digest.title": "🗓️ <b>Weekly overview: open actions of {group}</b> ({count})",
        "action.digest.hint": "<i>Tick off, postpone or take over: /acties</i>",
        "action.export.caption": "📊 All actions of {group} ({count}), for Excel or LibreOffice.",
        "action.export.empty": "There are no actions to export yet.",
        "action.export.header": (
            "Number;Action;Owners;Due;Status;Reason;Created on;Created by;Closed on;Last change"
        ),
        "action.state.open": "open",
        "action.state.done": "done",
        "action.state.dropped": "won't do",
        "setting.actions.digest.label": "Weekly overview of the actions",
        "setting.actions.digest.help": "Which day and time the open actions go to the group, or off.",
        "setting.actions.reminders.label": "Reminders to owners",
        "setting.actions.reminders.help": (
            "Two days before the date, on the day itself, then weekly (three times at most)."
        ),
        "setting.actions.after_meeting.label": "Action list after a meeting",
        "setting.actions.after_meeting.help": (
            "This long after a meeting I send its actions, unless a report was posted already."
        ),
    }
)
# --- the meeting report (issue 8)
MESSAGES.update(
    {
        "cmd.verslag.description": "report of the meeting: decisions, actions, who came",
        "cmd.verslag.example": "/verslag",
        "cmd.verslag.usage": "/verslag (of the meeting going on now, or the last one)",
        "decision.no_item": "The meeting has no agenda item {number}.",
        "decision.in_meeting": "In the meeting of {day}.",
        "decision.on_item": "Agenda item {number}: {item}",
        "decision.which_item": "Which agenda item does this decision belong to?",
        "decision.button.no_item": "None of them",
        "decision.list.heading": "<b>Meeting of {day}</b>",
        "report.no_meeting": "There has been no meeting to report on yet. Plan one with /overleg.",
        "report.title": "📝 <b>Report of the meeting of {day}</b>\n{group}",
        "report.section.meeting": "<b>Meeting</b>",
        "report.section.agenda": "<b>Agenda and decisions</b>",
        "report.section.decisions": "<b>Other decisions</b>",
        "report.section.new_actions": "<b>New actions</b>",
        "report.section.open_before": "<b>Still open from before</b>",
        "report.when": "🕖 {when}",
        "report.time": "{start} to {end}",
        "report.place": "📍 {place}",
        "report.chair": "Chair: {name}",
        "report.minute_taker": "Minutes: {name}",
        "report.present": "👥 Present ({count}): {names}",
        "report.excused": "Sent apologies: {names}",
        "report.no_items": "There were no items on the agenda.",
        "report.item": "{number}. {text}",
        "report.decision": "   📌 Decision {number}: {text}",
        "report.no_actions": "No new actions.",
        "report.button.attendance": "👥 Correct who came",
        "report.button.back": "↩️ Done",
        "report.attendance": "👥 Who came to the meeting of {day}? Tap a name to switch it.",
        "report.doc.caption": "📄 The report, ready to print (A4).",
        "report.doc.heading": "Report of the meeting of {day}",
        "report.doc.footer": "Made by Wijkbot on {moment}.",
        "report.doc.place": "Place",
        "report.doc.chair": "Chair",
        "report.doc.minute_taker": "Minutes",
        "report.doc.present": "Present",
        "report.doc.excused": "Sent apologies",
        "report.doc.agenda": "Agenda and decisions",
        "report.doc.no_items": "There were no items on the agenda.",
        "report.doc.decision": "Decision",
        "report.doc.decisions": "Other decisions",
        "report.doc.new_actions": "New actions",
        "report.doc.no_actions": "No new actions.",
        "report.doc.open_before": "Still open from before",
        "report.doc.action": "Action",
        "report.doc.owners": "Who",
        "report.doc.due": "Due",
        "report.doc.overdue": "overdue",
        "report.list.title": "📋 <b>Actions from the meeting of {day}</b>",
        "report.list.hint": "<i>Tick off, postpone or take over: /acties. The full report: /verslag</i>",
    }
)
