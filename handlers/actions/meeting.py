"""Which meeting (and agenda item) a decision, action or note belongs to, and how a meeting is
named in lists."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from domain.meetings import Meeting
from handlers.i18n import format_moment
from handlers.kit.turn import Turn
from storage.report import ReportRepo

MEETING_LINK = timedelta(days=2)  # logged this long after a meeting, it still belongs to it


async def meeting_now(turn: Turn) -> Meeting | None:
    """The meeting in progress, or the one held most recently (within `MEETING_LINK`)."""
    return await ReportRepo(await turn.conn()).in_progress_or_held(
        turn.chat.id, turn.now(), MEETING_LINK
    )


def meeting_day(meeting: Meeting, lang: str, tz: ZoneInfo, now: datetime) -> str:
    """ "dinsdag 8 december": how a meeting is named in lists and headings."""
    return format_moment(meeting.starts_at, lang, tz, with_time=False, now=now)
