"""The `mtg:` buttons: RSVP under an announcement or reminder, and the board's buttons of the
listing (move, with its reply prompt; cancel; chair and minute-taker, with rotation)."""

from __future__ import annotations

from typing import Any

from domain.attendance import clean_reason
from domain.errors import DomainError
from domain.meetings import (
    Answer,
    Meeting,
    MeetingState,
    next_in_rotation,
)
from domain.roles import Role
from handlers.kit.callbacks import StaleButton
from handlers.kit.outbox import mention
from handlers.kit.turn import Turn
from handlers.meetings import series
from handlers.meetings.access import access_meeting
from handlers.meetings.ahead import on_ahead_answer
from handlers.meetings.by_text import on_pick
from handlers.meetings.changes import (
    ask_cancel,
    ask_move,
    on_cancel_answer,
    planned_for_board,
)
from handlers.meetings.keyboards import (
    AheadConfirm,
    CancelConfirm,
    CancelPress,
    Job,
    JobPress,
    ListPress,
    MovePress,
    NewPress,
    PickPress,
    RsvpPress,
    SeriesPress,
    SetJobPress,
    announce_buttons,
    job_buttons,
    rsvp_buttons,
)
from handlers.meetings.listing import ask_new, listing
from handlers.meetings.text import (
    SHARED,
    day_text,
    render_shown,
    when_text,
)
from storage.meetings import MeetingRepo

REASON_PROMPT = "rsvp_reason"
JOB_COLUMN = {Job.CHAIR: "chair", Job.MINUTES: "minute_taker"}
JOB_ASK_KEY = {Job.CHAIR: "meeting.job.ask.c", Job.MINUTES: "meeting.job.ask.m"}
JOB_SET_KEY = {Job.CHAIR: "meeting.job.set.c", Job.MINUTES: "meeting.job.set.m"}
SAVED_KEY = {
    Answer.YES: "meeting.rsvp.saved.yes",
    Answer.MAYBE: "meeting.rsvp.saved.maybe",
    Answer.NO: "meeting.rsvp.saved.no",
}


async def on_callback(turn: Turn) -> None:
    """mtg:rsvp|move|cancel|job|set|list: every press re-checks the chat and the rights."""
    data = turn.query.data if turn.query is not None else None
    if NewPress.matches(data):
        turn.button(NewPress)
        await turn.require(Role.BOARD)
        await ask_new(turn)
    elif ListPress.matches(data):
        turn.button(ListPress)
        await turn.require(Role.BOARD)
        text, buttons = await listing(turn, with_buttons=True)
        await turn.edit(text, buttons)
    elif RsvpPress.matches(data):
        rsvp = turn.button(RsvpPress)
        await _rsvp(turn, await access_meeting(turn, rsvp.meeting_id), rsvp.answer)
    elif MovePress.matches(data):
        await ask_move(turn, await planned_for_board(turn, turn.button(MovePress).meeting_id))
    elif SeriesPress.matches(data):
        await series.on_press(turn, turn.button(SeriesPress))
    elif PickPress.matches(data):
        await on_pick(turn, turn.button(PickPress))
    elif AheadConfirm.matches(data):
        await on_ahead_answer(turn, turn.button(AheadConfirm))
    elif CancelConfirm.matches(data):
        await on_cancel_answer(turn, turn.button(CancelConfirm))
    elif CancelPress.matches(data):
        meeting = await planned_for_board(turn, turn.button(CancelPress).meeting_id)
        await ask_cancel(
            turn, meeting, listing_id=turn.message.message_id if turn.message else None
        )
    elif JobPress.matches(data):
        press = turn.button(JobPress)
        await _choose_job(turn, await planned_for_board(turn, press.meeting_id), press.job)
    elif SetJobPress.matches(data):
        chosen = turn.button(SetJobPress)
        meeting = await planned_for_board(turn, chosen.meeting_id)
        await _set_job(turn, meeting, chosen.job, chosen.member)
    else:
        raise StaleButton()


# --- RSVP -------------------------------------------------------------------------------------
async def _rsvp(turn: Turn, meeting: Meeting, answer: Answer) -> None:
    if meeting.state is not MeetingState.PLANNED or meeting.ends_at <= turn.now():
        raise DomainError("meeting.rsvp_closed")
    assert turn.user is not None
    assert turn.message is not None
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    changed = await repo.answer(meeting.id, turn.user.id, answer, turn.now())
    shown = await repo.message(turn.chat.id, turn.message.message_id)
    kind = shown[1] if shown else "announce"
    if kind == SHARED:  # the message says more than this meeting: it stays as it is
        await turn.notice(turn.t(SAVED_KEY[answer]))
        return
    text = await render_shown(conn, meeting, turn.chat, turn.now(), kind)
    buttons = (
        announce_buttons(meeting, turn.lang, turn.now())
        if kind == "announce"
        else rsvp_buttons(meeting, turn.lang)
    )
    await turn.edit(text, buttons)
    await turn.notice(turn.t(SAVED_KEY[answer]))
    if changed and answer is Answer.NO:  # an afbericht may carry a reason, for the report
        name = mention(turn.user.id, turn.user.first_name)
        await turn.ask(
            turn.t("meeting.reason.ask", name=name), REASON_PROMPT, {"meeting": meeting.id}
        )


async def on_reason_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The reason of an afbericht ("ik kom niet"), shown in the report."""
    assert turn.user is not None
    meeting = await access_meeting(turn, int(payload.get("meeting", 0)))
    reason = clean_reason(answer)
    if not await MeetingRepo(await turn.conn()).set_reason(meeting.id, turn.user.id, reason):
        raise DomainError("meeting.reason.not_no")
    await turn.reply(turn.t("meeting.reason.saved", name=turn.user.first_name, reason=reason))


# --- moving and cancelling --------------------------------------------------------------------
# --- chair and minute-taker --------------------------------------------------------------------
async def _choose_job(turn: Turn, meeting: Meeting, job: Job) -> None:
    board = await turn.board()
    if not board:
        raise DomainError("meeting.no_board")
    repo = MeetingRepo(await turn.conn())
    previous = await repo.previous_in_job(turn.chat.id, JOB_COLUMN[job], meeting.starts_at)
    skip = meeting.chair_id if job is Job.MINUTES else None
    suggestion = next_in_rotation([person.id for person in board], previous, skip=skip)
    lines = [turn.t(JOB_ASK_KEY[job], when=when_text(meeting, turn.lang, turn.tz, turn.now()))]
    if suggestion is not None:
        name = next(person.full_name for person in board if person.id == suggestion)
        lines.append(turn.t("meeting.job.suggest", name=name))
    await turn.edit("\n".join(lines), job_buttons(meeting, job, board, suggestion, turn.lang))


async def _set_job(turn: Turn, meeting: Meeting, job: Job, user_id: int) -> None:
    board = {person.id: person.full_name for person in await turn.board()}
    if user_id not in board:
        raise StaleButton()  # no longer on the board
    await MeetingRepo(await turn.conn()).set_role(meeting.id, JOB_COLUMN[job], user_id, turn.now())
    day = day_text(meeting.starts_at, turn.lang, turn.tz, turn.now())
    text, buttons = await listing(turn, with_buttons=True)
    await turn.edit(text, buttons)
    await turn.notice(turn.t(JOB_SET_KEY[job], name=board[user_id], day=day))
