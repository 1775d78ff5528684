"""What the meetings' "Ongedaan maken" buttons take back (handlers/kit/undo.py): a meeting just
planned is taken off the plan again, with a cancelling calendar file for whoever saved it."""

from __future__ import annotations

from domain.meetings import Meeting
from handlers.kit.turn import Turn
from handlers.kit.undo import Made, Undo
from handlers.meetings.access import access_meeting
from handlers.meetings.ics import calendar_file
from handlers.meetings.keyboards import UNDO_NEW
from handlers.meetings.lifecycle import cancel_meeting
from handlers.meetings.text import items_target, when_text
from storage.meetings import MeetingRepo


async def _made_new(turn: Turn, meeting_id: int) -> Made | None:
    meeting = await MeetingRepo(await turn.conn()).get(meeting_id)
    if meeting is None or meeting.created_at is None:
        return None
    return Made(meeting.chat_id, meeting.created_by, meeting.created_at)


async def _undo_new(turn: Turn, meeting_id: int) -> None:
    """The meeting goes (cancelled: its events dropped, its items back to waiting); a series
    planned with it stops with it. The announcement says so, and a cancelling .ics follows."""
    meeting = await access_meeting(turn, meeting_id)
    meeting.require_planned()
    now = turn.now()
    conn = await turn.conn()
    undone, items, following = await cancel_meeting(
        conn, turn.svc, meeting, now, series_goes_on=not await _series_began_with(turn, meeting)
    )
    lines = [turn.t("meeting.undone", when=when_text(meeting, turn.lang, turn.tz, now))]
    if items:
        target = items_target(turn.lang, following, turn.tz, now)
        lines.append(turn.t("meeting.items_moved", count=len(items), target=target))
    await turn.edit("\n".join(lines))
    await turn.svc.engine.changed()
    filename, data = await calendar_file(await turn.conn(), undone, turn.chat, now)
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption_undone"))


async def _series_began_with(turn: Turn, meeting: Meeting) -> bool:
    """Whether the meeting is the first of a series planned by the same command."""
    if meeting.series_id is None:
        return False
    series = await MeetingRepo(await turn.conn()).series(meeting.series_id)
    return series is not None and series.created_at == meeting.created_at


UNDO = {UNDO_NEW: Undo(_made_new, _undo_new)}
