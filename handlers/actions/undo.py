"""What the actions' "Ongedaan maken" button takes back (handlers/kit/undo.py): an action just
logged is gone again with its owners, history and planned reminders, in one transaction."""

from __future__ import annotations

from handlers.actions.events import REMIND
from handlers.actions.keyboards import UNDO_NEW
from handlers.kit.turn import Turn
from handlers.kit.undo import Made, Undo
from storage.actions import ActionRepo
from storage.due import DueRepo


async def _made(turn: Turn, action_id: int) -> Made | None:
    action = await ActionRepo(await turn.conn()).get(action_id)
    if action is None:
        return None
    return Made(action.chat_id, action.created_by, action.created_at)


async def _undo(turn: Turn, action_id: int) -> None:
    conn = await turn.conn()
    repo = ActionRepo(conn)
    action = await repo.get(action_id)
    assert action is not None  # `_made` found it in this same unit of work
    await DueRepo(conn).cancel_target(REMIND, action.id)
    await repo.delete(action.id)
    await turn.edit_or_say(turn.t("action.undone", number=action.number, what=action.text))
    await turn.svc.engine.changed()


UNDO = {UNDO_NEW: Undo(_made, _undo)}
