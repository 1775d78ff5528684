"""English texts of the meeting formats (kinds of meeting, standard agendas). Texts are HTML;
{placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "format.bestuur.name": "Board meeting",
    "format.alv.name": "General members' meeting",
    "format.stadsdeel.name": "District office meeting",
    "format.thermometer.name": "Thermometer talk",
    "format.evaluatie.name": "Evaluation",
    "format.item.opening_agenda": "Opening and adoption of the agenda",
    "format.item.opening": "Opening",
    "format.item.opening_intro": "Opening and introductions",
    "format.item.minutes_previous": "Report of the previous meeting",
    "format.item.minutes_alv": "Report of the previous members' meeting",
    "format.item.minutes_actions": "Report and action list of the previous meeting",
    "format.item.news": "Announcements and correspondence",
    "format.item.news_stadsdeel": "News from the district office",
    "format.item.news_residents": "News from the residents' organisation",
    "format.item.annual": "Annual and financial report",
    "format.item.look_back": "Looking back: what went well, what could be better",
    "format.item.agreements": "Agreements for the coming year",
    "format.item.rondvraag": "Any other business",
    "format.item.closing": "Closing",
    "format.invited.board": "the board",
    "format.invited.board_gemeente": "the board and the municipality",
    "format.invited.members": "all members",
    "format.kind_line": "🗂 {name} · invited: {invited}",
    "format.standard": "▫️ {text}",
    "format.list.title": "🗂 <b>Kinds of meeting</b>",
    "format.list.line": "<b>{name}</b> (<code>/meeting {word} …</code>): invited {invited}",
    "format.list.hint": (
        "Plan one with, for example, <code>/meeting district Thu 14 Jan 15:00 District"
        " office</code>; without a kind it is a board meeting. The board changes a kind with the"
        " buttons."
    ),
    "format.card.title": "🗂 <b>{name}</b>",
    "format.card.word": "To plan: <code>/meeting {word} …</code>",
    "format.card.invited": "Invited: {invited}",
    "format.card.leads": "Items asked for: {call} ahead · agenda closes: {close} ahead",
    "format.card.own": "{value}",
    "format.card.group": "{value} (the group's setting)",
    "format.card.agenda": "The standard agenda:",
    "format.card.members": "▫️ <i>the members' items</i>",
    "format.button.open": "🗂 {name}",
    "format.button.before": "✏️ Before",
    "format.button.after": "✏️ After",
    "format.button.invited": "👥 Invited",
    "format.button.leads": "⏱ Lead times",
    "format.button.reset": "↩️ Default",
    "format.button.remove": "🗑 Remove",
    "format.button.add": "➕ New kind",
    "format.button.back": "↩️ All kinds",
    "format.ask.before": (
        "Which standard items come before the members' items at {name}? One a line, or"
        " <code>none</code> for none. Reply to this message."
    ),
    "format.ask.after": (
        "Which standard items come after the members' items at {name}? One a line, or"
        " <code>none</code> for none. Reply to this message."
    ),
    "format.ask.name": (
        "What is the new kind of meeting called? Reply to this message, for example"
        " <code>Neighbourhood walk</code>."
    ),
    "format.ask.leads": (
        "How long ahead do I ask for agenda items at {name}, and how long ahead does the agenda"
        " close? Reply to this message, for example <code>3 weeks, 1 week</code>, or"
        " <code>default</code> for the group's settings."
    ),
    "format.name.empty": "There is no name in it.",
    "format.name.taken": "There is a kind of meeting with that name already: {name}.",
    "format.too_long": "That is too long: {limit} characters at most.",
    "format.too_many": "{maximum} standard items at most.",
    "format.too_many_kinds": "{maximum} kinds of meeting at most.",
    "format.bad_leads": (
        "I cannot read that as two lead times. For example <code>3 weeks, 1 week</code>, or"
        " <code>default</code>."
    ),
    "format.saved": "✅ Saved.",
    "format.removed": "🗑 {name} is removed; meetings of that kind are board meetings now.",
    "settings.button.formats": "🗂 Kinds of meeting",
    "agenda.doc.heading_kind": "Agenda: {kind}, {day}",
}
