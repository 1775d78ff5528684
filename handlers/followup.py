"""The action list that follows a meeting: one engine event per meeting, at its end plus the
group's delay (default 3 hours), kept in step with the meetings table.

Meetings are planned and moved by /overleg (handlers/meetings/); rather than reaching into
it, `ensure_after_meeting` runs whenever decisions or actions are logged or listed and after
each digest: every meeting that has not had its list yet gets one pending event, moved when
the meeting moved. The sender (handlers/report.py) checks again at firing time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from domain.actions import LIST_AFTER_MEETING
from domain.models import Chat
from domain.settings import GroupSettings
from storage.due import DueRepo
from storage.report import ReportRepo

KIND = "action.after_meeting"
# Meetings that ended longer ago than this are not followed up any more (the bot learned late).
LOOK_BACK = timedelta(days=2)


async def ensure_after_meeting(
    svc: Any, conn: aiosqlite.Connection, chat: Chat, settings: GroupSettings, now: datetime
) -> None:
    delay = settings.duration(LIST_AFTER_MEETING)
    if delay is None:
        return
    reports = ReportRepo(conn)
    due = DueRepo(conn)
    for meeting in await reports.ending_after(chat.id, now - delay - LOOK_BACK):
        if await reports.posted(meeting.id) is not None:
            continue
        wanted = max(meeting.ends_at + delay, now)
        pending = await due.pending_for_target(KIND, meeting.id)
        if len(pending) == 1 and abs(pending[0].fire_at - wanted) < timedelta(minutes=1):
            continue
        if pending and meeting.ends_at + delay <= now:
            continue  # due already; it goes out with the engine's next run
        for event in pending:
            await due.cancel(event.id)
        await svc.engine.schedule(
            conn, KIND, chat.id, wanted, timezone=chat.timezone, target_id=meeting.id
        )
