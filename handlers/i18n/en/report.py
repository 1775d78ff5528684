"""English texts of the meeting report as a secretary keeps it: attendance with apologies and
guests. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "report.absent": "Absent without notice: {names}",
    "report.guests": "Guests: {names}",
    "report.with_reason": "{name} ({reason})",
    "report.doc.file": "report-{day}.html",
    "report.doc.absent": "Absent without notice",
    "report.doc.guests": "Guests",
    "report.guest.empty": "Give the guest's name, for example <code>Carla (district office)</code>.",
    "report.guest.too_long": "That name is too long: {limit} characters at most.",
    "report.guest.ask": (
        "Who was a guest at the meeting of {day}? Reply to this message with the name, for"
        " example <code>Carla (district office)</code>."
    ),
    "report.guest.added": "👤 {name} is listed as a guest at the meeting of {day}.",
    "report.guest.known": "{name} is listed as a guest at the meeting of {day} already.",
    "report.button.guest": "➕ Guest",
    "report.button.unguest": "✖️ {name}",
    "meeting.reason.ask": (
        "{name}, would you like to give a reason for your apologies (for the report)? Reply to"
        " this message; you need not."
    ),
    "meeting.reason.saved": "Noted: {name} sent apologies ({reason}).",
    "meeting.reason.empty": "There is no reason in it.",
    "meeting.reason.too_long": "That reason is too long: {limit} characters at most.",
    "meeting.reason.not_no": "You are not (or no longer) down as absent for this meeting.",
    "report.note": "   ✍️ {text}",
    "report.item_action": "   ➡️ Action {number}: {text} ({owners})",
    "report.item_action.due": "   ➡️ Action {number}: {text} ({owners}), due {due}",
    "report.carried": "{number}. {text} — carried over to {day}",
    "report.carried_waiting": "{number}. {text} — carried over to the next meeting",
    "report.section.rondvraag": "<b>Any other business</b>",
    "report.doc.rondvraag": "Any other business",
    "report.doc.carried": "carried over to {day}",
    "report.doc.carried_waiting": "carried over to the next meeting",
    "cmd.notulen.description": "minutes for an agenda item or any other business (minute-taker or board)",
    "cmd.notulen.example": "/minutes 2: Residents want delivery hours; the district office looks into it.",
    "cmd.notulen.usage": (
        "/minutes item: text, or /minutes aob: text (any other business); also as a reply to"
        " the meeting's agenda"
    ),
    "minutes.saved": "✍️ Noted at item {number}: {item}",
    "minutes.saved_rondvraag": "✍️ Noted under any other business.",
    "minutes.no_meeting": (
        "No meeting is going on or just over. Minutes are taken during the meeting or in the two"
        " days after."
    ),
    "minutes.not_allowed": "Minutes are taken by the minute-taker ({name}) or the board.",
    "minutes.empty": "There is no text in it.",
    "minutes.too_long": "That is too long: {limit} characters at most.",
    "minutes.which": "Which item is it for? The agenda of the meeting of {day}:",
    "minutes.pick": "✍️ Which item does this go with? “{note}” Pick one below, or reply with its number.",
    "minutes.pick_again": "Pick an item with the buttons, or reply with the item's number (or <i>any other business</i>).",
    "minutes.button.item": "{number}. {text}",
    "minutes.button.rondvraag": "Any other business",
    "minutes.line": "{number}. {text}",
    "minutes.how": "Type <code>/minutes 2: what was discussed</code>, or with a word of a standard item: <code>/minutes announcements: …</code>, <code>/minutes aob: …</code>.",
    "minutes.saved_standard": "✍️ Noted at {title}.",
    "report.status.concept": "📄 Draft: the next meeting of this kind approves the report.",
    "report.status.approved": "✅ Approved on {day}.",
    "report.previous.approved": "   ✅ The report of {day} is approved.",
    "report.previous.concept": "   📄 The report of {day} is still a draft: the board approves it with the button under /report.",
    "report.button.approve": "✅ Approve report {day}",
    "report.button.mail": "✉️ Mail the report",
    "report.approved": "✅ The report of {day} is approved. Below, the approved report.",
    "report.approve.none": "There is no earlier report of this kind of meeting to approve.",
    "report.approve.already": "The report of {day} is approved already.",
    "report.mail.subject": "Report {kind} {group}, {day} ({version})",
    "report.mail.intro": "The report of the {kind} of {group} on {day} ({version}). The printable report is attached to this mail.",
    "report.mail.version.concept": "draft",
    "report.mail.version.vastgesteld": "approved",
    "report.mail.sent": "✉️ The report ({version}) was mailed to {to}.",
    "report.mail.already": "✉️ This report ({version}) was mailed already, on {day}.",
    "report.mail.busy": "✉️ The report is being sent already.",
    "report.mail.no_address": "Set the addresses for the report first: <code>/settings reportmail members@example.org</code>.",
    "report.mail.no_server": "✉️ No mail server is set up (SMTP_URL and MAIL_FROM). Forward the file above yourself.",
    "setting.report.mail.label": "Mail the report to",
    "setting.report.mail.help": "✉️ Mail the report sends it to these addresses (for members without Telegram).",
}
