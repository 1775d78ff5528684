"""A poll's engine events: the close at its deadline and one reminder before it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.polls import reminder_moments
from handlers.kit.services import Services
from handlers.kit.turn import Turn
from storage.due import DueRepo
from storage.polls import PollRepo

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


async def close_overdue(svc: Services) -> None:
    """A poll whose deadline passed while its group had removed the bot (the engine gives up on
    such a group's events) is closed, with its result, once the bot is back: at start-up and
    daily, never left open with a closing time in the past."""
    now = svc.clock.now()
    async with svc.db.transaction() as conn:
        overdue = await PollRepo(conn).overdue_unplanned(now, CLOSE_KIND)
        for poll_id, chat_id, tz in overdue:
            await svc.engine.schedule(
                conn, CLOSE_KIND, chat_id, now, timezone=tz, target_id=poll_id
            )
    if overdue:
        await svc.engine.changed()
