"""What the meetings' "Ongedaan maken" buttons take back (handlers/kit/undo.py): a meeting just
planned is taken off the plan again, with a cancelling calendar file for whoever saved it; a
meeting just moved goes back to where it was, with an updated calendar file."""

from __future__ import annotations

from domain.agenda import ItemState
from domain.meetings import Meeting
from handlers.kit.text import short
from handlers.kit.turn import Turn
from handlers.kit.undo import Made, Undo
from handlers.meetings.access import access_item, access_meeting
from handlers.meetings.agenda_buttons import refresh_final
from handlers.meetings.changes import refresh_announcement, take_off
from handlers.meetings.ics import send_calendar
from handlers.meetings.keyboards import UNDO_ITEM, UNDO_MOVE, UNDO_NEW
from handlers.meetings.lifecycle import move_meeting
from handlers.meetings.text import when_text
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo

QUOTED = 80  # an item's text quoted when it is taken back


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
    when = when_text(meeting, turn.lang, turn.tz, turn.now())
    said = turn.t("meeting.undone", when=when)
    back = await _ahead_back(turn, meeting)
    if back is not None:  # planned by moving a later date of a series: that date is on again
        said += "\n" + turn.t(
            "meeting.ahead.back", when=when_text(back, turn.lang, turn.tz, turn.now())
        )
    began = await _series_began_with(turn, meeting)
    series_caption = (
        turn.t("meeting.ics.caption_series_undone")
        if began
        else turn.t("meeting.ics.caption_series_cancelled", when=when)
    )
    await take_off(
        turn,
        meeting,
        said,
        turn.t("meeting.ics.caption_undone"),
        series_caption,
        series_goes_on=not began,
    )
    if back is not None:
        shown = when_text(back, turn.lang, turn.tz, turn.now())
        series_back = turn.t("meeting.ics.caption_series_back", when=shown)
        await send_calendar(turn, back, series_back, series_back)


async def _ahead_back(turn: Turn, meeting: Meeting) -> Meeting | None:
    """The later date of a series the one-off `meeting` was moved from, put back on its series
    (in the same transaction as the undo); None for any other meeting."""
    if meeting.series_id is not None:
        return None
    repo = MeetingRepo(await turn.conn())
    ahead = await repo.ahead_made_with(meeting)
    if ahead is None or ahead.series_id is None:
        return None
    await repo.drop_ahead(ahead.id)
    await repo.series_changed(ahead.series_id)
    return ahead


async def _series_began_with(turn: Turn, meeting: Meeting) -> bool:
    """Whether the meeting is the first of a series planned by the same command."""
    if meeting.series_id is None:
        return False
    series = await MeetingRepo(await turn.conn()).series(meeting.series_id)
    return series is not None and series.created_at == meeting.created_at


async def _made_move(turn: Turn, move_id: int) -> Made | None:
    """A move while it is the meeting's last and not taken back yet."""
    repo = MeetingRepo(await turn.conn())
    move = await repo.get_move(move_id)
    if move is None or move.undone_at is not None:
        return None
    latest = await repo.latest_move(move.meeting_id)
    if latest is None or latest.id != move.id:
        return None  # moved again since: that move's own button takes it back
    return Made(move.chat_id, move.moved_by, move.moved_at)


async def _undo_move(turn: Turn, move_id: int) -> None:
    """The meeting goes back to its moment and place before the move, its events with it."""
    repo = MeetingRepo(await turn.conn())
    move = await repo.get_move(move_id)
    assert move is not None
    meeting = await access_meeting(turn, move.meeting_id)
    meeting.require_planned()
    now = turn.now()
    back, _ = await move_meeting(
        await turn.conn(),
        turn.svc,
        meeting,
        move.old_starts_at,
        move.old_ends_at,
        move.old_place,
        now,
        timezone=turn.chat.timezone,
        moved_by=turn.user.id if turn.user else None,
        remember=False,
    )
    await repo.move_undone(move.id, now)
    when = when_text(back, turn.lang, turn.tz, now)
    await turn.edit_or_say(turn.t("meeting.move_undone", when=when))
    await turn.svc.engine.changed()
    await refresh_announcement(turn, back)
    await send_calendar(
        turn,
        back,
        turn.t("meeting.ics.caption_changed"),
        turn.t("meeting.ics.caption_series_back", when=when),
    )


async def _made_item(turn: Turn, item_id: int) -> Made | None:
    item = await AgendaRepo(await turn.conn()).get(item_id)
    if item is None or item.state is ItemState.REMOVED or item.created_at is None:
        return None
    return Made(item.chat_id, item.added_by, item.created_at)


async def _undo_item(turn: Turn, item_id: int) -> None:
    """The item goes off the agenda again (no other number shifts); a posted final agenda
    follows."""
    item = await access_item(turn, item_id)
    await AgendaRepo(await turn.conn()).set_state(item.id, ItemState.REMOVED, turn.now())
    await turn.edit_or_say(
        turn.t("agenda.undone", number=item.number, text=short(item.text, QUOTED))
    )
    if item.meeting_id is not None:
        meeting = await MeetingRepo(await turn.conn()).get(item.meeting_id)
        if meeting is not None:
            await refresh_final(turn, meeting)


UNDO = {
    UNDO_NEW: Undo(_made_new, _undo_new),
    UNDO_MOVE: Undo(_made_move, _undo_move),
    UNDO_ITEM: Undo(_made_item, _undo_item),
}
