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
    "decision.not_found": "I cannot find decision {number}. See the decisions with /besluiten.",
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
        "Are you sure? Decision {number} (<i>{what}</i>) goes off /besluiten and the report."
        " The history keeps who removed it."
    ),
    "decision.removed_done": "🗑️ Decision {number} was removed: <s>{what}</s>",
    "decision.undone": "↩️ Decision {number} was undone: <s>{what}</s>",
    "decision.list.hint": "<i>To change or remove a decision: /besluit and its number.</i>",
}
