"""English texts of /overleg and /agenda. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.overleg.description": "plan and view meetings (with RSVP and the agenda rhythm)",
    "cmd.overleg.example": "/meeting tue 8 dec 19:30 Community centre De Boog",
    "cmd.overleg.usage": (
        "/meeting when [where] (board); /meeting every first tuesday of the month 19:30"
        " [where] for a series; /meeting move 8 dec to 10 dec 19:30; /meeting cancel 22"
        " december; /meeting series stop; /meeting alone shows the coming ones and asks step"
        " by step for a new one; /meeting year for the year's planning"
    ),
    "cmd.agenda.description": "put an item on the agenda or view the agenda",
    "cmd.agenda.example": "/agenda Parking problems Duinstraat",
    "cmd.agenda.usage": (
        "/agenda item, or /agenda as a reply to a message; /agenda alone shows the agenda and"
        " asks step by step for a new item (➕); /agenda document sends it as a printable file"
    ),
    "meeting.usage_because": "{reason}\nHow to use it: {usage}\nFor example: <code>{example}</code>",
    "meeting.no_date": "I see no date and time for the meeting.",
    "meeting.ask_time_series": "🕰️ What time do the meetings ({rule}) start? Reply to this message with the time, and the place if you like, for example: <i>19:30 at the community centre</i>.",
    "meeting.no_time_series": "Add a time, so everyone knows when the meetings start.",
    "meeting.past": "That moment has passed; meetings are planned in the future.",
    "meeting.bad_time": "{value} is not a valid time.",
    "meeting.place_too_long": "That place is too long: at most {limit} characters.",
    "meeting.ask_time": (
        "What time does the meeting on {day} start? Reply to this message with a time,"
        " for example <code>19:30</code>."
    ),
    "meeting.ask_day": (
        "🗓️ On which day is the meeting at {time}? Reply to this message with a day,"
        " for example <i>Tuesday 8 December</i>."
    ),
    "meeting.ask_day_again": (
        "🤔 I see no day in “{answer}”. On which day is the meeting at {time}? Reply to this"
        " message, for example <i>Tuesday 8 December</i> or <i>next Thursday</i>."
    ),
    "meeting.ask_when": (
        "🗓️ When exactly is the meeting? In “{words}” I see a date I am not sure of, and I plan"
        " nothing by guessing. Reply to this message with the day and the time, for example"
        " <i>Tuesday 8 December 19:30</i> or <i>every second Tuesday of the month 19:30</i>."
    ),
    "meeting.not_planned.held": "That meeting has already taken place.",
    "meeting.not_planned.cancelled": "That meeting was cancelled.",
    "meeting.title": "📅 <b>Meeting {group}</b>",
    "meeting.title.cancelled": "❌ <b>Cancelled: meeting {group}</b>",
    "meeting.when": "{start} until {end}",
    "meeting.when_line": "🕒 {when}",
    "meeting.place": "📍 {place}",
    "meeting.chair": "🪑 Chair: {name}",
    "meeting.minute_taker": "✍️ Minutes: {name}",
    "meeting.already_planned": "This meeting is already planned: {when}{where}. I won't plan it twice.",
    "meeting.already_planned.link": '<a href="{url}">↗ announcement</a>',
    "meeting.already_planned.above": "See the announcement ↑",
    "meeting.same_day": {
        "one": "Note: there is another meeting that day, at {times}.",
        "other": "Note: there are {count} other meetings that day, at {times}.",
    },
    "meeting.series_after_planned": "A meeting was already planned on {when}; the series starts the time after.",
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
    "meeting.button.cancel_yes": "Yes, cancel it",
    "meeting.button.cancel_no": "No",
    "meeting.button.series_change": "🔁 Change series",
    "meeting.button.series_stop": "🔁 Stop series",
    "meeting.button.series_stop_yes": "Yes, stop it",
    "meeting.button.series_stop_no": "No",
    "meeting.button.chair": "Chair",
    "meeting.button.minutes": "Minutes",
    "meeting.button.back": "↩️ Back",
    "meeting.button.new": "➕ New meeting",
    "meeting.ask_new": (
        "📅 When is the meeting, and where? Reply to this message, for example"
        " <i>Tuesday 8 December 19:30 Community centre</i> or <i>every second Tuesday of the month"
        " 19:30 De Kroon</i>."
    ),
    "meeting.ics.title": "Meeting {group}",
    "meeting.ics.alarm": "Tomorrow: meeting {group}",
    "meeting.ics.caption": "📎 Add the meeting to your calendar with this file.",
    "meeting.ics.caption_changed": "📎 The changed meeting for your calendar.",
    "meeting.ics.caption_cancelled": "📎 Remove the meeting from your calendar with this file.",
    "meeting.ics.caption_undone": (
        "📎 Already put the meeting in your calendar? This file takes it out again."
    ),
    "meeting.ics.title_kind": "{kind} {group}",
    "meeting.ics.file": "meeting-{day}.ics",
    "meeting.ics.series_file": "meeting-series-{day}.ics",
    "meeting.ics.series_description": "Regular series: {rule}. Each meeting's agenda is in the group.",
    "meeting.ics.caption_series": (
        "📎 Add the whole series to your calendar with this one file: every meeting of the"
        " series, the coming ones too."
    ),
    "meeting.ics.caption_series_moved": (
        "📎 Update the series in your calendar: the meeting of {when} has moved. Open this"
        " file and it moves in your calendar too."
    ),
    "meeting.ics.caption_series_moved_out": "📎 Update the series in your calendar: the meeting of {when} has moved. Open this file and that date leaves your calendar; the file above adds the new meeting.",
    "meeting.ics.caption_series_cancelled": (
        "📎 Update the series in your calendar: the meeting of {when} is off. Open this file"
        " and it leaves your calendar; the rest of the series stays."
    ),
    "meeting.ics.caption_series_back": (
        "📎 Update the series in your calendar: the meeting is back on {when}. Open this file"
        " and your calendar is right again."
    ),
    "meeting.ics.caption_series_rhythm": (
        "📎 Update the series in your calendar: from now on {rule}. Open this file and your"
        " calendar follows the new rhythm."
    ),
    "meeting.ics.caption_series_stopped": (
        "📎 The series has stopped. Open this file and your calendar shows no meetings of the"
        " series after {when}."
    ),
    "meeting.ics.caption_series_undone": (
        "📎 Already put the series in your calendar? This file takes the whole series out."
    ),
    "meeting.ask_move": (
        "When do we move the meeting of {when} to? Reply to this message, for example"
        " <code>thursday 10 december 20:00</code>."
    ),
    "meeting.move_no_date": (
        "I see no date. Reply to this message with the new moment, for example"
        " <code>thursday 10 december 20:00</code>."
    ),
    "meeting.move_past": "That moment has passed. Reply to this message with a future moment.",
    "meeting.move_ask_time": (
        "What time does the meeting on {day} start? Reply to this message with a time,"
        " for example <code>{old}</code> (its time now)."
    ),
    "meeting.move_unclear": (
        "🤔 In “{words}” I see a date I am not sure of. When does the meeting move to? Reply"
        " to this message, for example <code>Thursday 10 December 20:00</code>."
    ),
    "meeting.move_same": "The meeting is already on {when}; nothing changes.",
    "meeting.move_undone": "↩️ <b>Undone:</b> the meeting stays on {when}.",
    "meeting.move_no_new": "In “{words}” I see no new date for the meeting.",
    "meeting.none_planned": (
        "No meeting is planned that could change. Plan one with, for example,"
        " <code>/meeting tue 8 dec 19:30 Community centre</code>."
    ),
    "meeting.pick": "Which meeting do you mean? Choose below.",
    "meeting.pick_no_day": "I see no day in “{words}”. Which meeting do you mean? Choose below.",
    "meeting.none_on": (
        "There is no meeting on {day}. Which meeting do you mean? Choose below; nothing has"
        " changed yet."
    ),
    "meeting.picked": "Chosen: the meeting of {when}.",
    "meeting.series.none": (
        "No regular series is running. Plan one with, for example,"
        " <code>/meeting every second Tuesday of the month 19:30 De Kroon</code>."
    ),
    "meeting.series.which": "Which regular series do you mean? Choose below.",
    "meeting.series.shown": "🔁 <b>Regular series:</b> {rule}\n📍 {place}",
    "meeting.series.coming": "The coming meetings of the series (as your calendar shows them too):",
    "meeting.series.coming_line": "• {when}",
    "meeting.series.coming_moved": "• {when} — {place} (moved)",
    "meeting.series.sure": (
        "⚠️ <b>Are you sure?</b> The regular series ({rule}) stops: I plan no new meetings."
        " A meeting already planned stays."
    ),
    "meeting.series.kept": "👍 Nothing changed: the regular series ({rule}) goes on.",
    "meeting.series.stopped": "🔁 The regular series ({rule}) has stopped; I plan no new meetings.",
    "meeting.series.stays": (
        "The meeting of {when} stays. Is that off too? Cancel it with /meeting cancel."
    ),
    "meeting.series.stopped_already": "That regular series has stopped already.",
    "meeting.series.ask": (
        "🔁 Now: {rule}. What is the new rhythm? Reply to this message, for example"
        " <code>every third Thursday of the month 20:00</code> (with the place if it changes)."
    ),
    "meeting.series.unclear": (
        "🤔 In “{words}” I see no whole rhythm with a day and a time. What is the new rhythm?"
        " Reply to this message, for example <code>every third Thursday of the month"
        " 20:00</code>."
    ),
    "meeting.series.changed": "🔁 The regular series has changed: {rule}.",
    "meeting.moved": "📅 <b>The meeting has moved</b>\nWas: {before}\nNow: {after}",
    "meeting.cancelled": "❌ <b>The meeting of {when} is cancelled.</b>",
    "meeting.cancel.sure": (
        "⚠️ <b>Are you sure?</b> The meeting of {when} will be cancelled. Everyone in the"
        " group is told, with a file to take it out of their calendar."
    ),
    "meeting.cancel.kept": "👍 Nothing changed: the meeting of {when} goes ahead.",
    "meeting.ahead.back": "🔁 The meeting of {when} is back in the series.",
    "meeting.ahead.others_stay": "🔁 The other dates of the series stay.",
    "meeting.ahead.on_series": "The series already meets on {when}; nothing changed.",
    "meeting.ahead.gone": "That date of the series has been planned, moved or cancelled meanwhile; nothing changed.",
    "meeting.ahead.cancelled": (
        "🚫 The meeting of {day} is off. The other dates of the series stay."
    ),
    "meeting.undone": "↩️ <b>Undone:</b> the meeting of {when} is no longer planned.",
    "meeting.series_goes_on": (
        "🔁 The regular series goes on: I will plan the next meeting after {day}."
    ),
    "meeting.series_next": (
        "📅 The next meeting of the regular series: {when}. Use the buttons to say whether you come."
    ),
    "meeting.items_to": "the meeting of {day}",
    "meeting.items_wait": "the next meeting (not planned yet)",
    "meeting.items_moved": {
        "one": "The agenda item goes to {target}.",
        "other": "The {count} agenda items go to {target}.",
    },
    "meeting.no_board": "There are no board members yet. Add them with /board add.",
    "meeting.job.ask.c": "🪑 Who chairs the meeting of {when}?",
    "meeting.job.ask.m": "✍️ Who takes the minutes at the meeting of {when}?",
    "meeting.job.suggest": "Next in the rotation: ⭐ {name}",
    "meeting.job.set.c": "{name} chairs on {day}.",
    "meeting.job.set.m": "{name} takes the minutes on {day}.",
    "meeting.list.empty": (
        "No meeting is planned yet. Plan one with for example"
        " <code>/meeting tue 8 dec 19:30 Community centre</code>."
    ),
    "meeting.list.title": "📅 <b>Coming meetings of {group}</b>",
    "meeting.list.rsvp": "{yes} · {maybe} · {no}",
    "meeting.list.yes": {"one": "✅ {count} coming", "other": "✅ {count} coming"},
    "meeting.list.maybe": "🤔 {count} maybe",
    "meeting.list.no": "❌ {count} not",
    "meeting.year.title": "📆 <b>Meetings in {year}</b> ({group})",
    "meeting.year.held": "✔️ {when} (held)",
    "meeting.year.planned": "🗓️ {when} (planned)",
    "meeting.year.none": "No meetings this year yet.",
    "meeting.year.count": "Total: {count} ({held} held, {planned} planned).",
    "meeting.year.below": "⚠️ That is fewer than the agreed minimum of {minimum} a year.",
    "meeting.year.enough": "The agreed minimum of {minimum} a year is met.",
    "meeting.day.title": "⏰ <b>Tomorrow: meeting {group}</b>",
    "meeting.day.title.today": "⏰ <b>Today: meeting {group}</b>",
    "meeting.day.title.ahead": {
        "one": "⏰ <b>In {count} day: meeting {group}</b>",
        "other": "⏰ <b>In {count} days: meeting {group}</b>",
    },
    "meeting.day.agenda": "<b>Agenda</b>",
    "meeting.hour.title": "⏰ <b>In an hour: meeting {group}</b>",
    "meeting.end.title": "✔️ The meeting of {day} has taken place.",
    "meeting.end.carried": {
        "one": "One item was not discussed and moves on to {target}:",
        "other": "{count} items were not discussed and move on to {target}:",
    },
    "meeting.end.item": "• {text}",
    "meeting.end.next": "📅 The next meeting: {when}. Use the buttons to say whether you come.",
    "meeting.half_year": {
        "one": (
            "📆 Board: {count} meeting is planned or held for {year}, fewer than the agreed"
            " minimum of {minimum}. Plan meetings with /meeting and see the planning with"
            " /meeting year."
        ),
        "other": (
            "📆 Board: {count} meetings are planned or held for {year}, fewer than the agreed"
            " minimum of {minimum}. Plan meetings with /meeting and see the planning with"
            " /meeting year."
        ),
    },
    "agenda.more": {
        "one": "<i>… and {count} more item; /agenda document has them all.</i>",
        "other": "<i>… and {count} more items; /agenda document has them all.</i>",
    },
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
    "agenda.button.offer_yes": "➕ On the agenda",
    "agenda.button.offer_no": "No",
    "agenda.offer.ask": "Shall I put this on the agenda? “{text}”",
    "agenda.offer.yes_or_no": "Answer yes or no, or use the buttons under the question.",
    "agenda.offer.declined": "OK, I won't put that on the agenda.",
    "agenda.offer.gone": "That message is gone; send <code>/agenda</code> with your item.",
    "agenda.offer.not_yours": "Only whoever wrote it (or the board) can choose this.",
    "agenda.button.force": "On this agenda anyway",
    "agenda.button.add": "➕ Add an item",
    "agenda.ask_item": (
        "📋 Which item do you want on the agenda? Reply to this message, for example"
        " <i>Parking problems Duinstraat</i>."
    ),
    "agenda.forced": "✅ Put on the agenda of {day} anyway as item {number}:\n{text}",
    "agenda.line": "{number}. {text} <i>({who})</i>",
    "agenda.carried": "<i>— carried over from {day}</i>",
    "agenda.edited": "<i>— changed by {who}</i>",
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
    "agenda.button.edit": "✏️ {n}",
    "agenda.button.edit_text": "✏️ Change text",
    "agenda.undone": "↩️ <b>Undone:</b> item {number} (‘{text}’) is off the agenda again.",
    "agenda.renumbered": "Moved: now item {number}. The list above shows the new numbers.",
    "agenda.ask_text": (
        "✏️ What is the new text of item {number}? Now: “{text}”. Reply to this message."
    ),
    "agenda.edit_denied": "Only the board, or whoever proposed the item, can change its text.",
    "agenda.text_changed": "✏️ Item {number} changed:\n{text}",
    "agenda.number.removed": (
        "Item {number} (‘{text}’) was taken off the agenda. The other items kept their numbers;"
        " see /agenda for the item you mean."
    ),
    "agenda.number.deferred": (
        "Item {number} (‘{text}’) was moved on to {target}. See /agenda for the item you mean."
    ),
    "agenda.number.moved": (
        "⚠️ Item {number} was just moved: item {number} is now ‘{text}’, and ‘{other}’ is"
        " item {other_number}. Type it again with the number as it is now."
    ),
    "agenda.meeting_over": "That meeting has taken place or was cancelled.",
    "agenda.nothing_after": "This item is already waiting for the next meeting.",
    "agenda.removed": "Item {number} removed: {text}. The other items keep their numbers.",
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
}
