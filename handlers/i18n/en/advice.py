"""English texts of /advies and /adviezen. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.advies.description": "record advice to the municipality and follow it up",
    "cmd.advies.example": "/advice Redesign of Duinplein sent 3 November to district Scheveningen requested",
    "cmd.advies.usage": (
        "/advice subject [sent date] [to whom or e-mail address] [requested|unrequested];"
        " /advice 4 for the timeline; /advice 4 terms [acknowledgement 15 working days]"
        " [reply 8 weeks]; /advice 4 received [date]; /advice 4 answered [date]"
        " outcome: summary; /advice 4 postponed date reason; /advice 4 withdraw;"
        " corrections: /advice 4 subject text, /advice 4 sent date, /advice 4 to whom"
    ),
    "cmd.adviezen.description": "all advice with its status; figures per year",
    "cmd.adviezen.example": "/advicelist figures",
    "cmd.adviezen.usage": "/advicelist or /advicelist figures",
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
        " <code>Redesign of Duinplein sent 3 November to district Scheveningen</code>"
    ),
    "advice.registered": "✅ Recorded as advice {number}.",
    "advice.too_long": "That is too long: at most {limit} characters.",
    "advice.bad.future": (
        "{date} is in the future; record advice once it has been sent. Nothing was saved.\n"
        "How to use it: {usage}"
    ),
    "advice.bad.date": (
        "I do not understand the date: {value}. Write for example <code>sent 3 November</code>."
        " Nothing was saved.\nHow to use it: {usage}"
    ),
    "advice.bad.email": "{value} is not a valid e-mail address. Nothing was saved.\nHow to use it: {usage}",
    "advice.unknown": (
        "There is no advice {number} in this group. /advicelist shows all of them.\n"
        "How to use it: {usage}"
    ),
    "advice.refused.ontvangen": "Advice {number} was already acknowledged; nothing changed.",
    "advice.refused.beantwoord": "Advice {number} has been answered; it cannot change any more.",
    "advice.refused.ingetrokken": "Advice {number} was withdrawn; it cannot change any more.",
    "advice.refused.verzonden": "That is not possible for advice {number} now; nothing changed.",
    "advice.answer.no_summary": "Put a short summary of the reply to advice {number} after the colon.",
    "advice.answer.no_outcome": (
        "Which outcome? Choose adopted, partly adopted, not adopted or deferred,"
        " for example <code>/advice 4 answered partly adopted: the trees stay</code>."
    ),
    "advice.postpone.no_reason": "Give the reason for postponing advice {number} too, for example <code>/advice 4 postponed 15 January because of the council debate</code>.",
    "advice.postpone.not_later": "A postponement must be later than the current reply deadline of advice {number}.",
    "advice.date_before_sent": "That date is before advice {number} was sent.",
    "advice.terms.ack_workdays": "The acknowledgement deadline counts working days, for example <code>acknowledgement 15 working days</code>.",
    "advice.terms.reply_weeks": "The reply deadline counts weeks or days, for example <code>reply 8 weeks</code>.",
    "advice.state.sent": "sent",
    "advice.state.acknowledged": "acknowledged",
    "advice.state.answered": "answered",
    "advice.state.withdrawn": "withdrawn",
    "advice.late.te_laat": ", ⚠️ late",
    "advice.late.lang_te_laat": ", 🚨 very late",
    "advice.period.workdays": {"one": "{count} working day", "other": "{count} working days"},
    "advice.period.weeks": {"one": "{count} week", "other": "{count} weeks"},
    "advice.period.days": {"one": "{count} day", "other": "{count} days"},
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
        " <code>/advice Redesign of Duinplein sent 3 November to district Scheveningen</code>."
    ),
    "advice.list.item": "<b>{number}. {subject}</b>\n    {state} · sent {sent} · {waited}{next}",
    "advice.list.owed": "{number}. {subject}: {state}{next}",
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
    "advice.tl.terms": "deadlines changed by {by}: acknowledgement {ack}, reply {reply}",
    "advice.tl.chased_ack": "reminder sent: no acknowledgement (deadline {deadline})",
    "advice.tl.chased_reply": "reminder sent: no substantive reply (deadline {deadline})",
    "advice.tl.escalated": "very late ({deadline}): escalation suggested to the board",
    "advice.tl.mailed": "mailed to {to} by {by} ({what})",
    "advice.terms.title": "🧮 <b>Deadlines of advice {number}: {subject}</b>",
    "advice.terms.sent": "Sent on {date}.",
    "advice.terms.ack": "⏳ <b>Acknowledgement: by {date}</b>\n{period} after {start}.",
    "advice.terms.reply": "⏳ <b>Substantive reply: by {date}</b>\n{period} after {start}.",
    "advice.terms.very_late": "🚨 <b>Very late after {date}</b>\n{period} after {start}.",
    "advice.terms.weekend_days": {
        "one": "Not counted: {count} weekend day.",
        "other": "Not counted: {count} weekend days.",
    },
    "advice.terms.skipped": "Not counted: {date}, {name}.",
    "advice.terms.moved": "{raw} falls in the {reason}; the deadline runs to the first working day after it.",
    "advice.terms.because_weekend": "weekend",
    "advice.terms.ack_command": {
        "one": "acknowledgement {count} working day",
        "other": "acknowledgement {count} working days",
    },
    "advice.terms.postponed": "⏳ <b>Substantive reply: by {date}</b>\nPostponed by the municipality: {reason}.",
    "advice.terms.footer": (
        "Working days follow the Dutch Algemene termijnenwet: no weekends or public holidays."
        " Change (board): <code>/advice {number} terms {ack}</code> or"
        " <code>/advice {number} terms reply 8 weeks</code>. Very late at {percent}% of"
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
    "advice.outcome_typed.again": (
        "What is the outcome for advice {number}? Tap a button, or type for example"
        " <code>partly adopted: the trees stay</code>."
    ),
    "advice.outcome_chosen": "Outcome of advice {number}: {outcome}.",
    "advice.ask_summary": "Advice {number}: {outcome}. Summarise the reply briefly: reply to this message.",
    "advice.chase.greeting": "Dear {names},",
    "advice.chase.greeting_nobody": "Dear municipality,",
    "advice.chase.ack": (
        "{greeting}\n\non {sent} we sent advice {number}, <b>{subject}</b>,{to}. We expected"
        " the acknowledgement by {deadline}, but have not received it yet. We have now waited"
        " {workdays} ({days}). Could you acknowledge receipt with the button"
        " below? Thank you!"
    ),
    "advice.chase.reply": (
        "{greeting}\n\non {sent} we sent advice {number}, <b>{subject}</b>,{to}. We expected"
        " the substantive reply by {deadline}, but it has not come yet. We have now waited"
        " {workdays} ({days}). Could you let us know when to expect it? The"
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
        "; set an escalation contact in /settings (advice and mail), e.g. the district director"
    ),
    "advice.escalate.board": "Board",
    "advice.forward.text": (
        'Dear {contact},\n\n{group} sent advice {number}, "{subject}", to the municipality.'
        " Despite reminders we have had no substantive reply after {workdays}."
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
    "advice.overview.footer": "<i>For the board. /advicelist shows everything; /advice {number} the timeline of advice {number}.</i>",
    "advice.mail.subject": "Advice {number}: {subject} ({group})",
    "advice.mail.body.ack": (
        'Dear Sir or Madam,\n\nOn {sent} {group} sent you advice {number}, "{subject}". We'
        " expected an acknowledgement by {deadline} and have not received it yet. We have now"
        " waited {workdays}.\n\nCould you acknowledge receipt? You can reply to"
        " this e-mail.\n\nKind regards,\n{group}"
    ),
    "advice.mail.body.reply": (
        'Dear Sir or Madam,\n\nOn {sent} {group} sent you advice {number}, "{subject}". We'
        " expected a substantive reply by {deadline} and have not received it yet. We have now"
        " waited {workdays}.\n\nCould you let us know when to expect it? You can"
        " reply to this e-mail.\n\nKind regards,\n{group}"
    ),
    "advice.mail.body.very_late": (
        'Dear Sir or Madam,\n\nOn {sent} {group} sent you advice {number}, "{subject}".'
        " After {workdays} we have no substantive reply.\n\nKind regards,\n{group}"
    ),
    "advice.mail.you": "you",
    "advice.mail.already": "This reminder was already mailed on {date}.",
    "advice.mail.no_address_yet": "(no address yet: set it in /settings)",
    "advice.mail.copy": (
        "✉️ No mail server is set up, so send this e-mail yourself. Tap a block to copy it.\n\n"
        "To: <code>{to}</code>{reply_to}\nSubject: <code>{subject}</code>\n\n"
        "<pre>{body}</pre>\n\nWijkbot can mail itself once the administrator sets SMTP_URL and"
        " MAIL_FROM; the municipality's and the secretary's addresses are in /settings"
        " (advice and mail)."
    ),
    "advice.mail.no_address": (
        "I do not know the municipality's e-mail address yet. Set it with"
        " <code>/settings municipalitymail district@denhaag.nl</code>, or give it with the"
        " advice (to address@municipality.nl). Nothing was mailed."
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
        " address in /settings."
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
    "advice.figures.count": {"one": "{count} advice", "other": "{count} pieces of advice"},
    "advice.figures.percent": "{percent}% ({part} of {whole})",
    "advice.figures.workdays": {"one": "{n} working day", "other": "{n} working days"},
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
    "advice.csv.caption": {
        "one": "📎 {count} advice, to open in Excel or LibreOffice.",
        "other": "📎 {count} pieces of advice, to open in Excel or LibreOffice.",
    },
    "advice.csv.requested.yes": "requested",
    "advice.csv.requested.no": "unsolicited",
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
    "cmd.post.description": "the mailbox: mail from the municipality that belongs to no advice (board)",
    "cmd.post.example": "/mailbox",
    "cmd.post.usage": "/mailbox",
    "advice.tl.mail_in": "mail received from {sender}: {subject}",
    "advice.mailin.title": "📧 <b>Mail about advice {number}</b>: {subject}",
    "advice.mailin.from": "From: {sender}\nDate: {date}\nSubject: {subject}",
    "advice.mailin.text": "{text}",
    "advice.mailin.empty": "<i>(no text)</i>",
    "advice.mailin.too_big": "⚠️ This mail was too big to read in full; it is in the bot's mailbox.",
    "advice.mailin.attachments": "📎 {names}",
    "advice.mailin.refused": "📎 {name} ({size}) is bigger than {cap}, so it is only in the bot's mailbox.",
    "advice.mailin.auto.out_of_office": "🤖 An automatic reply (out of office). Nothing changes for the advice.",
    "advice.mailin.auto.acknowledgement": "🤖 An automatic confirmation of receipt. Does it count as the acknowledgement for you?",
    "advice.mailin.auto.bounce": "⚠️ A mail about this advice was not delivered. Check the address in /settings.",
    "advice.mailin.auto.other": "🤖 An automatic message. Nothing changes for the advice.",
    "advice.mailin.button.ack": "✅ This is the acknowledgement",
    "advice.mailin.button.reply": "📨 This is the reply",
    "advice.mailin.button.neither": "✖️ Neither",
    "advice.mailin.button.assign": "🔗 To an advice",
    "advice.mailin.button.dismiss": "🗑️ Throw away",
    "advice.mailin.button.advice": "Advice {number}: {subject}",
    "advice.mailin.ask_outcome": "What is the outcome of the reply to advice {number}?",
    "advice.mailin.neither": "Noted: neither an acknowledgement nor a reply.",
    "advice.mailin.decided": "This mail has been dealt with already.",
    "advice.mailin.dismissed": "🗑️ Taken out of the mailbox list. The mail itself stays in the bot's mailbox.",
    "advice.mailin.postvak.notice": "📬 There is mail from the municipality that belongs to no advice. The board sees it with /mailbox.",
    "advice.mailin.postvak.title_one": "📬 <b>Mail in the mailbox</b>",
    "advice.mailin.postvak.title": {
        "one": "📬 <b>Mailbox</b>: 1 mail that belongs to no advice.",
        "other": "📬 <b>Mailbox</b>: {count} mails that belong to no advice.",
    },
    "advice.mailin.postvak.empty": "📭 The mailbox is empty.",
    "advice.mailin.postvak.pick": "Which advice does this mail belong to?",
    "advice.mailin.postvak.none_open": "There is no open advice to put this mail with.",
    "cmd.overzicht.description": "municipal contact: everything open in all your groups, in a private chat",
    "cmd.overzicht.example": "/overview weekly monday 9:00",
    "cmd.overzicht.usage": "/overview; /overview weekly <day> <time>|off; /overview mail <address>|off; /overview private on|off",
    "official.private_only": "I send your overview in a private chat: open a chat with me and type /overview there.",
    "official.none": "You are the municipal contact in no group. A group's admin adds you with /municipality add.",
    "official.title": {
        "one": "🏛️ <b>Your overview</b> · 1 group",
        "other": "🏛️ <b>Your overview</b> · {count} groups",
    },
    "official.nothing": "Nothing open: every advice and action has been dealt with. 👍",
    "official.item.ack": "{mark} <b>{group}</b> · advice {number}: {title}\n    acknowledgement due {deadline}{late} · {waited}",
    "official.item.reply": "{mark} <b>{group}</b> · advice {number}: {title}\n    reply due {deadline}{late} · {waited}",
    "official.item.action": "{mark} <b>{group}</b> · action {number}: {title}\n    due {deadline}{late} · {waited}",
    "official.no_date": "no date",
    "official.late": {
        "one": " (1 working day late)",
        "other": " ({count} working days late)",
    },
    "official.waited": {
        "one": "waiting 1 working day",
        "other": "waiting {count} working days",
    },
    "official.more": {
        "one": "… and 1 more",
        "other": "… and {count} more",
    },
    "official.figures.title": "📊 <b>Response times per organisation</b> (last 20 pieces of advice, by name; no ranking)",
    "official.figures.line": "{group}: {advices} · {ack} · {reply}",
    "official.figures.advices": {
        "one": "1 piece of advice",
        "other": "{count} pieces of advice",
    },
    "official.figures.none": "{group}: no advice yet",
    "official.figures.part": "{what} {days}, {share} on time",
    "official.figures.part_days": "{what} {days}",
    "official.figures.part_none": "no {what} yet, {share} on time",
    "official.figures.part_unknown": "{what} not known yet",
    "official.figures.what_ack": "acknowledgement",
    "official.figures.what_reply": "reply",
    "official.figures.days": {
        "one": "median 1 working day",
        "other": "median {count} working days",
    },
    "official.button.ack": "✅ Received {number} · {group}",
    "official.button.answer": "📨 Reply {number} · {group}",
    "official.done.ack": "✅ Receipt of advice {number} ({group}) confirmed and reported in the group.",
    "official.done.answer": "📨 The reply to advice {number} ({group}) is recorded and reported in the group.",
    "official.via": "<i>(through {name}'s overview)</i>",
    "official.ask_outcome": "What is the outcome of the reply to advice {number} ({group})?",
    "official.digest.label": "weekly overview",
    "official.digest.help": "When you get the overview of all your groups each week.",
    "official.digest.set": "📅 You get the overview every {moment}: {ways}.",
    "official.digest.off": "The weekly overview is off. To switch it on: /overview weekly monday 9:00",
    "official.digest.private": "here in this chat",
    "official.digest.mail": "by e-mail to {address}",
    "official.digest.bad_mail": "{value} is not an e-mail address. Example: /overview mail name@denhaag.nl",
    "official.digest.title": {
        "one": "📅 <b>Weekly overview</b> · 1 group",
        "other": "📅 <b>Weekly overview</b> · {count} groups",
    },
    "official.digest.subject": "Wijkbot weekly overview: what your groups still expect",
    "official.digest.since": "New since {day}:",
    "official.news.group": "<b>{group}</b>",
    "official.news.ack.due": "⏰ advice {number}: {title}\n    acknowledgement due today",
    "official.news.ack.overdue": "🔴 advice {number}: {title}\n    acknowledgement was due {deadline}{late}",
    "official.news.reply.due": "⏰ advice {number}: {title}\n    reply due today",
    "official.news.reply.overdue": "🔴 advice {number}: {title}\n    reply was due {deadline}{late}",
    "official.news.reply.very_late": "🚨 advice {number}: {title}\n    very late now: reply was due {deadline}{late}",
    "official.news.action.due": "⏰ action {number}: {title}\n    due today",
    "official.news.action.overdue": "🔴 action {number}: {title}\n    was due {deadline}{late}",
    "official.digest.open": {
        "one": "1 open in all: /overview for everything",
        "other": "{count} open in all: /overview for everything",
    },
    "official.digest.open_mail": {
        "one": "1 open in all: type /overview in your chat with the bot for everything",
        "other": "{count} open in all: type /overview in your chat with the bot for everything",
    },
    "official.digest.quiet": {
        "one": "📅 Nothing new this week; 1 still open: /overview",
        "other": "📅 Nothing new this week; {count} still open: /overview",
    },
    "official.digest.quiet_mail": {
        "one": "Nothing new this week; 1 still open: type /overview in your chat with the bot",
        "other": "Nothing new this week; {count} still open: type /overview in your chat with the bot",
    },
    "advice.figures.by_mail": "📧 By e-mail: {replies}, {acks} ({mails} received).",
    "advice.figures.mail_replies": {"one": "1 reply", "other": "{count} replies"},
    "advice.figures.mail_acks": {"one": "1 acknowledgement", "other": "{count} acknowledgements"},
    "advice.figures.mails": {"one": "1 mail", "other": "{count} mails"},
    "advice.button.mail_advice": "✉️ Mail the advice",
    "advice.mail.what.advice": "the advice",
    "advice.mail.body.advice": (
        "Dear Sir or Madam,\n\n"
        "On {sent} {group} sent {to} advice {number}: {subject}.\n"
        "The advice: {link}\n\n"
        "We look forward to your acknowledgement by {ack}, and to your reply by {reply}."
        " You can simply reply to this e-mail.\n\n"
        "Kind regards,\n{group}"
    ),
}
