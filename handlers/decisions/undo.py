"""What the decisions' "Ongedaan maken" button takes back (handlers/kit/undo.py): a decision just
logged is gone again, as if never typed; the agenda item it closed is open again."""

from __future__ import annotations

from handlers.decisions.changes import released
from handlers.decisions.keyboards import UNDO_NEW
from handlers.kit.turn import Turn
from handlers.kit.undo import Made, Undo
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo


async def _made(turn: Turn, decision_id: int) -> Made | None:
    decision = await DecisionRepo(await turn.conn()).get(decision_id)
    if decision is None or decision.removed_at is not None:
        return None
    return Made(decision.chat_id, decision.created_by, decision.created_at)


async def _undo(turn: Turn, decision_id: int) -> None:
    """Deleted with its history in one transaction; its number is free again."""
    conn = await turn.conn()
    decision = await DecisionRepo(conn).get(decision_id)
    assert decision is not None  # `_made` found it in this same unit of work
    item = None
    if decision.agenda_item_id is not None:
        item = await AgendaRepo(conn).get(decision.agenda_item_id)
    await DecisionRepo(conn).delete(decision.id)
    lines = [turn.t("decision.undone", number=decision.number, what=decision.text)]
    lines += await released(turn, decision, item)
    await turn.edit_or_say("\n".join(lines))  # told even when the edit is refused


UNDO = {UNDO_NEW: Undo(_made, _undo)}
