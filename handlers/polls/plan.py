"""A poll's engine events: the close at its deadline and one reminder before it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.polls import reminder_moments
from handlers.kit.turn import Turn
from storage.due import DueRepo

CLOSE_KIND = "poll_close"
REMIND_KIND = "poll_remind"


async def plan(turn: Turn, poll_id: int, closes_at: datetime) -> None:
    """The close at the deadline and the reminder ahead of it (`reminder_moments`), in the turn's
    unit."""
    conn = await turn.conn()
    engine = turn.svc.engine
    tz = turn.chat.timezone
    await engine.schedule(conn, CLOSE_KIND, turn.chat.id, closes_at, timezone=tz, target_id=poll_id)
    for moment, tag in reminder_moments(closes_at, turn.now()):
        await engine.schedule(
            conn,
            REMIND_KIND,
            turn.chat.id,
            moment,
            timezone=tz,
            target_id=poll_id,
            payload={"lead": tag},
        )


async def unplan(conn: Any, poll_id: int) -> None:
    """A closed poll needs neither its close nor its reminders any more."""
    due = DueRepo(conn)
    await due.cancel_target(CLOSE_KIND, poll_id)
    await due.cancel_target(REMIND_KIND, poll_id)
