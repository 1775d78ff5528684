"""English texts of the thermometer (/thermometer). Texts are HTML; {placeholders} are filled
escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.thermometer.description": "the thermometer: how the board and the municipality see their collaboration",
    "cmd.thermometer.example": "/thermometer",
    "cmd.thermometer.usage": (
        "/thermometer (where it stands: the board starts and closes it);"
        " /thermometer result; /thermometer statements (changed by the board)"
    ),
    "thermo.default.1": "We are informed in time",
    "thermo.default.2": "Our advice is acknowledged and answered",
    "thermo.default.3": "Agreements are kept",
    "thermo.default.4": "We know who our regular contact is",
    "thermo.default.5": "Questions are shared before there is a plan",
    "thermo.default.6": "The collaboration improved this year",
    "thermo.default.question": "What could be better?",
    "thermo.title": "🌡️ <b>Thermometer {group}</b>",
    "thermo.intro": {
        "one": (
            "The board and the municipality contacts each give their view on the collaboration"
            " in private: {count} statement from 1 (strongly disagree) to 5 (strongly agree) and"
            " one open question. Answers are anonymous: the result shows only each side's"
            " average."
        ),
        "other": (
            "The board and the municipality contacts each give their view on the collaboration"
            " in private: {count} statements from 1 (strongly disagree) to 5 (strongly agree)"
            " and one open question. Answers are anonymous: the result shows only each side's"
            " average."
        ),
    },
    "thermo.who": "Asked: {board} and {gemeente}.",
    "thermo.count.board": {"one": "{count} board member", "other": "{count} board members"},
    "thermo.count.gemeente": {
        "one": "{count} municipality contact",
        "other": "{count} municipality contacts",
    },
    "thermo.start_hint": "Once started, everyone can answer until {deadline}.",
    "thermo.last": "Last result: {date} (/thermometer result).",
    "thermo.status.open": "Open until {deadline}. Answered: {answered} of {total}.",
    "thermo.need_both": (
        "The thermometer needs people on both sides; now there are {board} and {gemeente}."
        " Add them with /board add and /municipality add."
    ),
    "thermo.already_open": "A thermometer is open already, until {deadline}.",
    "thermo.button.start": "▶️ Start the thermometer",
    "thermo.button.close": "⏹ Close now",
    "thermo.button.texts": "✏️ Change the statements",
    "thermo.button.skip": "Skip",
    "thermo.button.back": "↩️ Previous",
    "thermo.button.edit": "✏️ {number}",
    "thermo.button.remove": "🗑 {number}",
    "thermo.button.add": "➕ Statement",
    "thermo.button.question": "✏️ Open question",
    "thermo.button.reset": "↩️ Default",
    "thermo.started": "🌡️ <b>The thermometer of {group} has started</b>",
    "thermo.deadline": "Answers are welcome until {deadline}.",
    "thermo.link": 'Answering is private: <a href="{url}">open the chat with me</a> and press Start.',
    "thermo.sent_privately": {
        "one": "{count} person got the questions in private already.",
        "other": "{count} people got the questions in private already.",
    },
    "thermo.mention": {
        "one": "{names}: you get the questions once you press Start through the link.",
        "other": "{names}: you get the questions once you press Start through the link.",
    },
    "thermo.closed_notice": "The thermometer is closed; the result is in the group.",
    "thermo.q": (
        "🌡️ <b>Thermometer {group}</b>\nStatement {number} of {total}:\n<b>{statement}</b>\n\n"
        "<i>1 = strongly disagree · 3 = neutral · 5 = strongly agree</i>"
    ),
    "thermo.q.open": (
        "🌡️ <b>Thermometer {group}</b>\n✅ All statements answered.\nOne open question left:"
        " <b>{question}</b>\nReply to my next message, or press Skip."
    ),
    "thermo.q.prompt": "✍️ {question}",
    "thermo.done": (
        "✅ Thank you! Your answers count anonymously: the result shows only each side's"
        " average. The thermometer closes {deadline}."
    ),
    "thermo.already_answered": "You answered the thermometer already. Thank you!",
    "thermo.closed": "This thermometer is closed.",
    "thermo.stale": "You gave that answer already.",
    "thermo.not_asked": "The thermometer is for the board and the municipality contacts of the group.",
    "thermo.unfinished": "Answer all statements first; the open question comes after them.",
    "thermo.remark.too_long": "That answer is too long: {limit} characters at most.",
    "thermo.remind.group": {
        "one": "🌡️ 1 of the {total} people has not answered the thermometer yet. It closes {deadline}.",
        "other": "🌡️ {count} of the {total} people have not answered the thermometer yet. It closes {deadline}.",
    },
    "thermo.remind.private": "⏰ You have not answered the thermometer of {group} yet. It closes {deadline}.",
    "thermo.result.title": "🌡️ <b>Thermometer result {group}</b>, {date}",
    "thermo.result.turnout": (
        "Answered: board {board} of {board_total} · municipality {gemeente} of {gemeente_total}."
    ),
    "thermo.result.scale": "Each side's average, from 1 (strongly disagree) to 5 (strongly agree).",
    "thermo.result.previous": "In brackets: the previous thermometer, of {date}.",
    "thermo.result.section": "<b>Statements</b>",
    "thermo.result.line": "{number}. {text}",
    "thermo.result.scores": "   Board {board} · Municipality {gemeente} · gap {gap}",
    "thermo.result.was": "{value} (was {last})",
    "thermo.result.no_value": "–",
    "thermo.result.remarks": "<b>{question}</b>",
    "thermo.result.side.board": "Board",
    "thermo.result.side.gemeente": "Municipality",
    "thermo.result.remark": "• {side}: {text}",
    "thermo.result.no_remarks": "No answers.",
    "thermo.result.none_yet": "There is no result yet: start the thermometer with /thermometer.",
    "thermo.chart.title": "Thermometer {group}, {date}",
    "thermo.chart.x": "average: 1 = strongly disagree, 5 = strongly agree",
    "thermo.chart.last": "last time",
    "thermo.chart.caption": "📊 For each statement the average of the board and the municipality.",
    "thermo.doc.caption": "📎 The result as a printable document.",
    "thermo.doc.heading": "Thermometer result",
    "thermo.doc.statement": "Statement",
    "thermo.doc.gap": "Gap",
    "thermo.doc.previous": "Last time",
    "thermo.doc.footer": "Made by Wijkbot on {moment}.",
    "thermo.texts.title": "✏️ <b>The thermometer's statements</b>",
    "thermo.texts.line": "{number}. {text}",
    "thermo.texts.question": "Open question: {text}",
    "thermo.texts.default": "<i>These are the default statements.</i>",
    "thermo.texts.hint": (
        "The board changes them with the buttons ({minimum} to {maximum} statements). A"
        " thermometer already open keeps its questions."
    ),
    "thermo.ask.edit": "What should statement {number} say? Now: {text}\nReply to this message with the new text.",
    "thermo.ask.add": "Which statement should be added? Reply to this message.",
    "thermo.ask.question": "What should the open question be? Now: {text}\nReply to this message.",
    "thermo.text.empty": "There is no text in it.",
    "thermo.text.too_long": "That is too long: {limit} characters at most.",
    "thermo.text.too_many": "There can be {maximum} statements at most.",
    "thermo.text.too_few": "There must be {minimum} statements at least.",
    "thermo.texts.saved": "✅ Saved.",
    "setting.thermometer.open_for.label": "Thermometer open for",
    "setting.thermometer.open_for.help": "This long the board and the municipality can answer the thermometer.",
    "setting.thermometer.lead.label": "Thermometer ahead",
    "setting.thermometer.lead.help": "This long before a thermometer talk I start the thermometer (once a year; or off).",
    "thermo.agenda_item": "Thermometer result ({date})",
}
