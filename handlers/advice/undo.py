"""What the advices' "Ongedaan maken" button takes back (handlers/kit/undo.py): an advice just
registered is gone again with its timeline and planned chases, in one transaction; once a mail
about it went out or came in, it stays (withdraw it with /advies 4 intrekken)."""

from __future__ import annotations

from domain.errors import DomainError
from handlers.advice.keyboards import UNDO_NEW
from handlers.advice.plan import CHASE_KINDS
from handlers.kit.turn import Turn
from handlers.kit.undo import Made, Undo
from storage.advice import AdviceRepo
from storage.due import DueRepo


async def _made(turn: Turn, advice_id: int) -> Made | None:
    advice = await AdviceRepo(await turn.conn()).get(advice_id)
    if advice is None or advice.created_at is None:
        return None
    return Made(advice.chat_id, advice.created_by, advice.created_at)


async def _undo(turn: Turn, advice_id: int) -> None:
    conn = await turn.conn()
    repo = AdviceRepo(conn)
    advice = await repo.get(advice_id)
    assert advice is not None  # `_made` found it in this same unit of work
    if await repo.mailed(advice.id):
        raise DomainError("advice.undo.mailed", number=advice.number)
    due = DueRepo(conn)
    for kind in CHASE_KINDS:
        await due.cancel_target(kind, advice.id)
    await repo.delete(advice.id)
    await turn.edit_or_say(turn.t("advice.undone", number=advice.number, subject=advice.subject))
    await turn.svc.engine.changed()


UNDO = {UNDO_NEW: Undo(_made, _undo)}
