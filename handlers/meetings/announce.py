"""Planning one meeting and announcing it: stored with its agenda and reminders, then the
announcement with RSVP buttons and its calendar file (a typed /overleg, a series' first, a
later date of a series moved to another day)."""

from __future__ import annotations

from datetime import datetime

from domain.formats import DEFAULT_KIND
from domain.meetings import Meeting
from handlers.kit.turn import Turn
from handlers.meetings.ics import send_calendar
from handlers.meetings.keyboards import announce_buttons
from handlers.meetings.lifecycle import create_meeting
from handlers.meetings.text import announcement
from storage.meetings import MeetingRepo


async def plan_meeting(
    turn: Turn,
    starts: datetime,
    ends: datetime,
    place: str,
    *,
    series_id: int | None = None,
    kind: str = DEFAULT_KIND,
    now: datetime | None = None,
) -> Meeting:
    """Store a meeting, give it the waiting agenda items and schedule its rhythm. `now`: the
    moment of a change it is part of (a move of a series' date keeps both rows together)."""
    assert turn.user is not None
    return await create_meeting(
        await turn.conn(),
        turn.svc,
        turn.chat,
        starts,
        ends,
        place,
        await turn.group_settings(),
        now or turn.now(),
        created_by=turn.user.id,
        series_id=series_id,
        kind=kind,
    )


async def announce(
    turn: Turn, meeting: Meeting, *, series: str | None = None, note: str | None = None
) -> None:
    """The announcement with its RSVP buttons (a note under it only now: a press redraws it
    without), then the calendar file."""
    conn = await turn.conn()
    text = await announcement(conn, meeting, turn.chat, turn.now(), series=series)
    if note:
        text += "\n\n" + note
    sent = await turn.reply(text, announce_buttons(meeting, turn.lang, turn.now()))
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.set_message(meeting.id, "announce_message_id", sent.message_id)
    await repo.record_message(turn.chat.id, sent.message_id, meeting.id, "announce")
    await send_calendar(
        turn, meeting, turn.t("meeting.ics.caption"), turn.t("meeting.ics.caption_series")
    )
    await turn.svc.engine.changed()
