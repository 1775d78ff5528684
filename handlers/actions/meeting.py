"""Which meeting (and agenda item) a decision, action or note belongs to, and how a meeting is
named in lists."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.agenda import AgendaItem
from domain.meetings import Meeting
from handlers.i18n import format_moment
from handlers.kit.turn import Turn
from storage.agenda import AgendaRepo
from storage.report import ReportRepo

MEETING_LINK = timedelta(days=2)  # logged this long after a meeting, it still belongs to it


async def meeting_now(turn: Turn) -> Meeting | None:
    """The meeting in progress, or the one held most recently (within `MEETING_LINK`)."""
    return await ReportRepo(await turn.conn()).in_progress_or_held(
        turn.chat.id, turn.now(), MEETING_LINK
    )


async def item_numbered(
    conn: Any, chat_id: int, meeting: Meeting, number: int
) -> AgendaItem | None:
    """The agenda item a number names at a meeting ("/besluit 3:", "/actie 3:", "/notulen 3:"):
    the one numbered so on its agenda, also when it has moved on since (carried over)."""
    for item in await AgendaRepo(conn).of_meeting(chat_id, meeting.id):
        if item.position == number:
            return item
    for was, item in await AgendaRepo(conn).left(meeting.id):
        if was == number:
            return item
    return None


def meeting_day(meeting: Meeting, lang: str, tz: ZoneInfo, now: datetime) -> str:
    """ "dinsdag 8 december": how a meeting is named in lists and headings."""
    return format_moment(meeting.starts_at, lang, tz, with_time=False, now=now)
