"""Changing a planned meeting, whether by a button, a reply or a typed /overleg: cancelling it
(after "Weet je het zeker?", since it reaches everyone) and showing the change wherever the
meeting was shown (the announcement, the listing, a calendar file)."""

from __future__ import annotations

from domain.meetings import Meeting, MeetingState
from domain.roles import Role
from handlers.kit.turn import Turn
from handlers.meetings.access import access_meeting
from handlers.meetings.ics import calendar_file
from handlers.meetings.keyboards import CancelConfirm, announce_buttons, cancel_confirm_buttons
from handlers.meetings.lifecycle import cancel_meeting
from handlers.meetings.listing import listing
from handlers.meetings.text import announcement, day_text, items_target, when_text
from storage.meetings import MeetingRepo


async def planned_for_board(turn: Turn, meeting_id: int) -> Meeting:
    """This group's meeting, for the board, while it is planned."""
    meeting = await access_meeting(turn, meeting_id)
    await turn.require(Role.BOARD)
    meeting.require_planned()
    return meeting


# --- cancelling ---------------------------------------------------------------------------------
async def ask_cancel(turn: Turn, meeting: Meeting, *, listing_id: int | None = None) -> None:
    """ "Weet je het zeker?" with Ja/Nee: a cancellation reaches everyone and cannot be taken
    back. `listing_id`: the /overleg list the button was pressed in (shown anew after)."""
    when = when_text(meeting, turn.lang, turn.tz, turn.now())
    await turn.reply(
        turn.t("meeting.cancel.sure", when=when),
        cancel_confirm_buttons(meeting, turn.lang, listing_id),
        quote=turn.query is None,
    )


async def on_cancel_answer(turn: Turn, answer: CancelConfirm) -> None:
    """Ja: cancel (the question becomes the cancellation); Nee: nothing changes."""
    meeting = await planned_for_board(turn, answer.meeting_id)
    if not answer.yes:
        when = when_text(meeting, turn.lang, turn.tz, turn.now())
        await turn.edit(turn.t("meeting.cancel.kept", when=when))
        return
    await cancel(turn, meeting)
    if answer.listing is not None:
        text, buttons = await listing(turn, with_buttons=True)
        await turn.edit_message(answer.listing, text, buttons)


async def cancel(turn: Turn, meeting: Meeting) -> None:
    """Cancel in one transaction, then say so in the pressed message, the announcement and a
    cancelling calendar file (METHOD:CANCEL, same UID, raised SEQUENCE)."""
    now = turn.now()
    conn = await turn.conn()
    cancelled, items, following = await cancel_meeting(conn, turn.svc, meeting, now)
    text = turn.t("meeting.cancelled", when=when_text(meeting, turn.lang, turn.tz, now))
    if items:
        target = items_target(turn.lang, following, turn.tz, now)
        text += "\n" + turn.t("meeting.items_moved", count=len(items), target=target)
    if await _series_runs(turn, meeting):
        day = day_text(meeting.starts_at, turn.lang, turn.tz, now)
        text += "\n" + turn.t("meeting.series_goes_on", day=day)
    await turn.edit(text)
    await turn.svc.engine.changed()
    await refresh_announcement(turn, cancelled)
    filename, data = await calendar_file(await turn.conn(), cancelled, turn.chat, now)
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption_cancelled"))


async def _series_runs(turn: Turn, meeting: Meeting) -> bool:
    if meeting.series_id is None:
        return False
    series = await MeetingRepo(await turn.conn()).series(meeting.series_id)
    return series is not None and series.active


async def refresh_announcement(turn: Turn, meeting: Meeting) -> None:
    """Show the change in the original announcement too (its RSVP buttons stay or go); one too
    old to edit, or deleted, is left: the new message says it all."""
    if meeting.announce_message_id is None:
        return
    text = await announcement(await turn.conn(), meeting, turn.chat, turn.now())
    planned = meeting.state is MeetingState.PLANNED
    buttons = announce_buttons(meeting, turn.lang, turn.now()) if planned else None
    await turn.edit_message(meeting.announce_message_id, text, buttons)
