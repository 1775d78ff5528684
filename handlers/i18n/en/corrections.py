"""English texts for correcting what was logged (issue 17): decisions, actions and advices.
Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    # --- decisions ------------------------------------------------------------------------------
    "decision.button.edit": "✏️ Change",
    "decision.button.text": "📝 Text",
    "decision.button.item": "📍 Agenda item",
    "decision.button.remove": "🗑️ Remove",
    "decision.button.remove_yes": "🗑️ Yes, remove",
    "decision.button.remove_no": "No, keep it",
    "decision.card.title": "📌 <b>Decision {number}</b>: {what}",
    "decision.card.removed": "🗑️ Removed",
    "decision.card.timeline": "<b>History</b>",
    "decision.timeline.created": "• {when}: logged by {by}",
    "decision.timeline.text": "• {when}: text changed by {by} (was: {detail})",
    "decision.timeline.item": "• {when}: agenda item changed by {by} (was: {detail})",
    "decision.timeline.removed": "• {when}: removed by {by}",
    "decision.timeline.no_item": "no agenda item",
    "decision.not_found": "I cannot find decision {number}. See the decisions with /decisions.",
    "decision.removed": "Decision {number} was removed; it cannot change any more.",
    "decision.empty": "There is nothing in it. Write down what was decided.",
    "decision.same_text": "That is the same text; decision {number} did not change.",
    "decision.ask_text": (
        "What is the new text of decision {number}? Reply to this message.\nNow: <i>{what}</i>"
    ),
    "decision.text_changed": "✏️ Decision {number} was changed: {what}",
    "decision.no_items": "The meeting of decision {number} has no agenda items.",
    "decision.item_open_again": "“{item}” is open on the agenda again.",
    "decision.confirm_remove": (
        "Are you sure? Decision {number} (<i>{what}</i>) goes off /decisions and the report."
        " The history keeps who removed it."
    ),
    "decision.removed_done": "🗑️ Decision {number} was removed: <s>{what}</s>",
    "decision.undone": "↩️ Decision {number} was undone: <s>{what}</s>",
    "decision.list.hint": "<i>Tap a 📌 number to view or change that decision.</i>",
    # --- actions --------------------------------------------------------------------------------
    "action.button.edit": "✏️ Change",
    "action.button.text": "📝 Text",
    "action.button.who": "👤 Who",
    "action.button.date": "📅 Date",
    "action.button.to_card": "↩️ Back",
    "action.button.link": "🔗 {name} is {member}",
    "action.who.member": "👤 {name}",
    "action.who.as_name": "✍️ “{name}” as a name",
    "action.who.nothing": "✖️ Store nothing",
    "action.who.unknown": (
        "🤔 I do not know {typed} in this group (I only know people who asked me something"
        " here). Do you mean {plain} as a name, without Telegram?"
    ),
    "action.who.unknown.one": "🤔 I do not know {typed} in this group. Do you mean {name}?",
    "action.who.unknown.several": "🤔 I do not know {typed} in this group. Whom do you mean?",
    "action.who.name.one": "🤔 By “{typed}”, do you mean {name}?",
    "action.who.name.several": "🤔 Whom do you mean by “{typed}”?",
    "action.who.subject": "🤔 I do not know {typed} in this group. Is {typed} the owner?",
    "action.who.self": "🙋 Me ({name})",
    "action.who.chosen_self": "🙋 {name} does it ({typed} is not the owner)",
    "action.who.chosen": "👤 {typed}: {name}",
    "action.who.chosen_name": "✍️ {typed}: {plain} as a name, without Telegram",
    "action.ask_text": (
        "What is the new text of action {number}? Reply to this message.\nNow: <i>{what}</i>"
    ),
    "action.ask_owners": (
        "Who does action {number} ({what})? Reply to this message with @names or names,"
        " for example <i>@jan and municipality</i>, or <i>me</i>.\nNow: {who}"
    ),
    "action.ask_date": (
        "What is the new date of action {number} ({what})? Reply to this message, for example"
        " <i>Friday 11 December</i>, or <i>none</i> for no date.\nNow: {due}"
    ),
    "action.no_due": "no date",
    "action.same": "That is what it was; action {number} did not change.",
    "action.no_owners": "Who does it? I read no name in your answer.",
    "action.owners_only_self": (
        "You can only add yourself or take others off. A board member can give the action to"
        " others."
    ),
    "action.owners_in_group": "Who does an action is changed in the group itself.",
    "action.changed": "✏️ Action {number} was changed: {summary}",
    "action.summary": "{what}. {who}",
    "action.summary_due": "{what}. {who}, by {due}",
    "action.linked": "🔗 {name} is now {member}, who gets the reminders.",
    "action.undone": "↩️ Action {number} was undone: <s>{what}</s>",
    "action.timeline.text": "• {when}: text changed by {by} (was: {detail})",
    "action.timeline.owners": "• {when}: who does it changed by {by} (was: {detail})",
    "action.timeline.due": "• {when}: date changed by {by}, {detail}",
    "action.timeline.linked": "• {when}: “{detail}” linked to a member by {by}",
    # --- advices -------------------------------------------------------------------------------
    "advice.button.edit": "✏️ Change",
    "advice.button.fix_subject": "📝 Subject",
    "advice.button.fix_sent": "📅 Sent",
    "advice.button.fix_to": "✉️ To",
    "advice.button.to_card": "↩️ Back",
    "advice.fix.which": "What do you want to correct?",
    "advice.fix.ask_subject": (
        "What is the subject of advice {number}? Reply to this message.\nNow: <i>{now}</i>"
    ),
    "advice.fix.ask_sent": (
        "When was advice {number} sent? Reply to this message, for example <i>3 November</i>."
        " The deadlines count from that day.\nNow: {now}"
    ),
    "advice.fix.ask_to": (
        "Whom did advice {number} go to? Reply with a name and/or e-mail address, for example"
        " <i>district office Centrum centrum@denhaag.nl</i>.\nNow: {now}"
    ),
    "advice.fix.nobody": "not filled in",
    "advice.fix.no_subject": "The subject of advice {number} cannot be empty.",
    "advice.fix.no_date": "Which date? Write for example <code>/advice {number} sent 3 November</code>.",
    "advice.fix.no_recipient": (
        "To whom? Write a name and/or e-mail address, for example"
        " <code>/advice {number} to district office Centrum</code>."
    ),
    "advice.fix.same": "That is what it was; advice {number} did not change.",
    "advice.fix.after_reply": (
        "That date is after the acknowledgement or the reply to advice {number}; nothing changed."
    ),
    "advice.fixed.subject": "✏️ Advice {number} is now called: {subject}",
    "advice.fixed.sent": (
        "✏️ Advice {number} was sent on {date}. The acknowledgement is now due by {ack}, the"
        " reply by {reply}."
    ),
    "advice.fixed.sent_reply": "✏️ Advice {number} was sent on {date}. The reply is now due by {reply}.",
    "advice.fixed.sent_closed": "✏️ Advice {number} was sent on {date}.",
    "advice.fixed.to": "✏️ Advice {number} went to: {to}",
    "advice.tl.subject_changed": "subject changed by {by} (was: {old})",
    "advice.tl.sent_changed": "sending date changed by {by} (was: {old})",
    "advice.tl.to_changed": "addressee changed by {by} (was: {old})",
    "advice.undo.mailed": (
        "Mail about advice {number} went out already; it can no longer be undone. Withdraw it with"
        " /advice {number} withdraw."
    ),
    "advice.undone": "↩️ Advice {number} was undone: <s>{subject}</s>",
}
