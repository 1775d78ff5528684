"""English texts of /besluit, /actie and /verslag. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.besluit.description": "log a decision (board)",
    "cmd.besluit.example": "/decision 3: we apply for a grant for the street party",
    "cmd.besluit.usage": (
        "/decision text, or /decision 3: text for agenda item 3; /decision 4 shows decision 4,"
        " to change or remove it"
    ),
    "cmd.besluiten.description": "look up decisions",
    "cmd.besluiten.example": "/decisions grant",
    "cmd.besluiten.usage": "/decisions, or /decisions word to search",
    "cmd.actie.description": "log an action, with who and by when",
    "cmd.actie.example": "/action send the residents' letter @jan by friday",
    "cmd.actie.usage": (
        "/action what [@who or a name, municipality, district, PEP, community officer]"
        " [by when], or /action as a reply to a message; /action 12 shows action 12, to change it"
    ),
    "cmd.acties.description": "open actions: tick off or postpone",
    "cmd.acties.example": "/actions mine",
    "cmd.acties.usage": "/actions, or /actions mine for only yours",
    "decision.logged": "📌 Decision {number}: {what}",
    "decision.logged_on_item": "📌 Decision {number} on item {item_number} ‘{item}’: {what}",
    "decision.renumbered": (
        "⚠️ Item {number} was just moved, so that number can mean two items. Which item does"
        " this decision belong to?"
    ),
    "decision.too_long": "That is a long decision: keep it to {limit} characters at most.",
    "decision.list.title": "📌 <b>Decisions of {group}</b> ({count})",
    "decision.list.title.search": "📌 <b>Decisions with “{search}”</b> ({count})",
    "decision.list.heading.none": "<b>Outside a meeting</b>",
    "decision.list.item": "{number}. {what} <i>({day})</i>",
    "decision.list.empty": (
        "No decisions logged yet. A board member logs one with <code>/decision text</code>."
    ),
    "decision.list.none_found": "No decisions found with “{search}”.",
    "action.private_how": (
        "Here /action with a number shows an action, for example /action 12; /actions lists"
        " all your open actions. A new action is logged in your group's chat."
    ),
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
    "action.not_created": "All right, nothing was stored.",
    "action.only_self": (
        "You can only log an action for yourself. A board member can give actions to others."
    ),
    "action.already_done": "Action {number} is done already.",
    "action.already_dropped": "Action {number} was dropped already.",
    "action.already_yours": "Action {number} is yours already.",
    "action.other_group": "This button belongs to an action of another group.",
    "action.not_found": "I cannot find action {number}. See the actions with /actions.",
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
        "No open actions. 🎉 Log one with <code>/action what @who by when</code>."
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
    "action.remind.before": {
        "one": "⏰ Tomorrow: action {number}, {what} (by {due}).",
        "other": "⏰ In {days} days: action {number}, {what} (by {due}).",
    },
    # numbers as words in running text, "in two days" (higher ones in digits)
    "action.remind.numbers": "zero one two three four five six seven eight nine ten eleven twelve",
    "action.remind.due": "⏰ Today is the day: action {number}, {what} (by {due}).",
    "action.remind.overdue": (
        "⚠️ Action {number}, {what}, was due by {due}. Did it work out? Tick it off, or postpone it."
    ),
    "action.remind.to.private": "privately to {name}",
    "action.remind.to.group": "in the group to {name}",
    "action.digest.title": "🗓️ <b>Weekly overview: open actions of {group}</b> ({count})",
    "action.digest.hint": "<i>Tick off, postpone or take over: /actions</i>",
    "action.export.file": "actions-{day}.csv",
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
    "cmd.verslag.description": "report of the meeting: decisions, actions, who came",
    "cmd.verslag.example": "/report",
    "cmd.verslag.usage": "/report (of the meeting going on now, or the last one)",
    "decision.ask": (
        "What was decided? Reply to this message, for example:"
        " <i>we apply for a grant for the street party</i>. If it belongs to an agenda item,"
        " start with its number: <i>3: we apply for a grant</i>"
    ),
    "decision.ask.item": (
        "What was decided on agenda item {number}? Reply to this message, for example:"
        " <i>we apply for a grant for the street party</i>"
    ),
    "decision.no_item": "The meeting has no agenda item {number}.",
    "decision.in_meeting": "In the meeting of {day}.",
    "decision.on_item": "Agenda item {number}: {item}",
    "decision.which_item": "Which agenda item does this decision belong to?",
    "item.no_meeting": (
        "Agenda item {number} belongs to a meeting, but no meeting is going on or just over."
        " Without the number in front I log it apart from a meeting."
    ),
    "action.item_or_text": (
        "Does this action go with agenda item {number} ‘{item}’? Without an item the text"
        " stays as you typed it: “{text}”"
    ),
    "decision.item_or_text": (
        "Does this decision go with agenda item {number} ‘{item}’? Without an item the text"
        " stays as you typed it: “{text}”"
    ),
    "decision.button.at_item": "With item {number} ({item})",
    "decision.button.plain": "Without an agenda item",
    "decision.chosen.at_item": "With agenda item {number}.",
    "decision.chosen.plain": "Without an agenda item.",
    "decision.button.no_item": "None of them",
    "decision.list.heading": "<b>Meeting of {day}</b>",
    "report.no_meeting": "There has been no meeting to report on yet. Plan one with /meeting.",
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
    "report.excused": "Absent with apologies: {names}",
    "report.no_items": "There were no items on the agenda.",
    "report.item": "{number}. {text}",
    "report.decision": "   📌 Decision {number}: {text}",
    "report.no_actions": "No new actions.",
    "report.button.attendance": "👥 Correct who came",
    "report.button.back": "↩️ Done",
    "report.attendance": "👥 Who came to the meeting of {day}? Tap a name to switch it.",
    "report.doc.caption": "📄 The report, ready to print (A4).",
    "report.doc.heading": "Report: {kind}, {day}",
    "report.doc.footer": "Made by Wijkbot on {moment}.",
    "report.doc.place": "Place",
    "report.doc.chair": "Chair",
    "report.doc.minute_taker": "Minutes",
    "report.doc.present": "Present",
    "report.doc.excused": "Absent with apologies",
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
    "report.list.hint": "<i>Tick off, postpone or take over: /actions. The full report: /report</i>",
}
