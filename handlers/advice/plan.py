"""Planning the chases and the weekly overview as engine events.

Each advice has up to three engine events (kinds below), scheduled the day after its
acknowledgement deadline, its reply deadline and its very-late date, at the group's default
time. A chase is recorded in `advice_chases` under its deadline, so neither a restart nor a
rescheduling ever sends it twice; a deadline moved by a verdaging is a new deadline and gets
its own chase. The weekly overview is one event per group that schedules its next one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from domain.advice.model import Advice, AdviceState
from domain.advice.settings import OVERVIEW
from domain.models import Chat
from domain.settings import next_weekly
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo
from storage.due import DueRepo
from storage.settings import SettingsRepo

ACK_KIND = "advice_ack"
REPLY_KIND = "advice_reply"
VERY_LATE_KIND = "advice_very_late"
OVERVIEW_KIND = "advice_overview"
CHASE_KINDS = {ACK_KIND: "ack", REPLY_KIND: "reply", VERY_LATE_KIND: "very_late"}


def local_today(now: datetime, tz: ZoneInfo) -> date:
    return now.astimezone(tz).date()


def deadline_of(advice: Advice, chase: str) -> date:
    """The deadline a chase is about."""
    due = advice.deadlines
    return {"ack": due.ack.end, "reply": due.reply.end, "very_late": due.very_late.end}[chase]


def owed(advice: Advice, chase: str) -> bool:
    """Whether the gemeente still owes what this chase is about."""
    if chase == "ack":
        return advice.state is AdviceState.SENT
    return advice.is_open


async def schedule_chases(
    conn: aiosqlite.Connection, engine: object, advice: Advice, chat: Chat
) -> None:
    """(Re)plan the chases of one advice after any change: cancel, then add what is still owed."""
    due = DueRepo(conn)
    repo = AdviceRepo(conn)
    tz = ZoneInfo(chat.timezone)
    for kind, chase in CHASE_KINDS.items():
        await due.cancel_target(kind, advice.id)
        if not owed(advice, chase):
            continue
        deadline = deadline_of(advice, chase)
        if await repo.chase(advice.id, chase, deadline) is not None:
            continue  # this very deadline was chased already
        moment = datetime.combine(deadline + timedelta(days=1), chat.default_time, tzinfo=tz)
        await engine.schedule(  # type: ignore[attr-defined]
            conn,
            kind,
            chat.id,
            moment,
            timezone=chat.timezone,
            target_id=advice.id,
            payload={"deadline": deadline.isoformat()},
        )


async def ensure_overview(turn: Turn) -> None:
    """Keep the group's one weekly-overview event at the moment its setting names."""
    await plan_overview(await turn.conn(), turn.svc.engine, turn.chat, turn.now())


async def plan_overview(
    conn: aiosqlite.Connection, engine: object, chat: Chat, now: datetime
) -> None:
    settings = await SettingsRepo(conn).of(chat.id)
    weekly = settings.weekly(OVERVIEW)
    due = DueRepo(conn)
    pending = await due.pending_for_target(OVERVIEW_KIND, chat.id)
    tz = ZoneInfo(chat.timezone)
    if weekly is None:
        # switched off: look again in a week, so switching it on needs nothing else
        wanted = now + timedelta(days=7)
        if pending:
            return
    else:
        last = await due.last_taken(OVERVIEW_KIND, chat.id)
        wanted = next_weekly(weekly, tz, now, last=last)
        if len(pending) == 1 and pending[0].fire_at == wanted:
            return
    await due.cancel_target(OVERVIEW_KIND, chat.id)
    await engine.schedule(  # type: ignore[attr-defined]
        conn, OVERVIEW_KIND, chat.id, wanted, timezone=chat.timezone, target_id=chat.id
    )
