"""Dutch texts for correcting what was logged (issue 17): decisions, actions and advices.
Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    # --- decisions ------------------------------------------------------------------------------
    "decision.button.edit": "✏️ Wijzigen",
    "decision.button.text": "📝 Tekst",
    "decision.button.item": "📍 Agendapunt",
    "decision.button.remove": "🗑️ Verwijderen",
    "decision.button.remove_yes": "🗑️ Ja, verwijderen",
    "decision.button.remove_no": "Nee, laten staan",
    "decision.card.title": "📌 <b>Besluit {number}</b>: {what}",
    "decision.card.removed": "🗑️ Verwijderd",
    "decision.card.timeline": "<b>Geschiedenis</b>",
    "decision.timeline.created": "• {when}: vastgelegd door {by}",
    "decision.timeline.text": "• {when}: tekst gewijzigd door {by} (was: {detail})",
    "decision.timeline.item": "• {when}: agendapunt gewijzigd door {by} (was: {detail})",
    "decision.timeline.removed": "• {when}: verwijderd door {by}",
    "decision.timeline.no_item": "geen agendapunt",
    "decision.not_found": "Besluit {number} kan ik niet vinden. Bekijk de besluiten met /besluiten.",
    "decision.removed": "Besluit {number} is verwijderd; daar verandert niets meer aan.",
    "decision.empty": "Er staat niets in. Schrijf op wat er besloten is.",
    "decision.same_text": "Dat is dezelfde tekst; besluit {number} is niet veranderd.",
    "decision.ask_text": (
        "Wat is de nieuwe tekst van besluit {number}? Antwoord op dit bericht.\nNu: <i>{what}</i>"
    ),
    "decision.text_changed": "✏️ Besluit {number} is gewijzigd: {what}",
    "decision.no_items": "Het overleg van besluit {number} heeft geen agendapunten.",
    "decision.item_open_again": "“{item}” staat weer open op de agenda.",
    "decision.confirm_remove": (
        "Weet je het zeker? Besluit {number} (<i>{what}</i>) verdwijnt uit /besluiten en uit"
        " het verslag. In de geschiedenis blijft staan wie het verwijderde."
    ),
    "decision.removed_done": "🗑️ Besluit {number} is verwijderd: <s>{what}</s>",
    "decision.undone": "↩️ Besluit {number} is ongedaan gemaakt: <s>{what}</s>",
    "decision.list.hint": "<i>Een besluit wijzigen of verwijderen: /besluit en het nummer.</i>",
}
