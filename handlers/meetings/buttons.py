"""The `mtg:` buttons: RSVP under an announcement or reminder, and the board's buttons of the
listing (move, with its reply prompt; cancel; chair and minute-taker, with rotation)."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from telegram.constants import ParseMode
from telegram.error import TelegramError

from domain.errors import DomainError
from domain.meetings import Answer, Meeting, MeetingState, clean_place, next_in_rotation, rhythm
from domain.roles import Role
from handlers.kit.turn import Turn
from handlers.meetings.create import ends_of
from handlers.meetings.ics import calendar_file
from handlers.meetings.keyboards import job_buttons, rsvp_buttons
from handlers.meetings.lifecycle import (
    carry_over,
    drop_events,
    ensure_series_next,
    schedule_rhythm,
)
from handlers.meetings.listing import listing
from handlers.meetings.text import (
    announcement,
    day_text,
    items_target,
    render_shown,
    when_text,
)
from storage.meetings import MeetingRepo

log = logging.getLogger(__name__)

ANSWERS = {"yes": Answer.YES, "maybe": Answer.MAYBE, "no": Answer.NO}
JOBS = {"c": "chair", "m": "minute_taker"}


async def on_callback(turn: Turn) -> None:
    """mtg:rsvp|move|cancel|job|set|list — every press re-checks the chat and the rights."""
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    action = parts[1] if len(parts) > 1 else ""
    if action == "list":
        await turn.require(Role.BOARD)
        text, buttons = await listing(turn, with_buttons=True)
        await turn.edit(text, buttons)
        return
    meeting = await _meeting_here(turn, _int(parts, 2))
    if action == "rsvp" and len(parts) == 4 and parts[3] in ANSWERS:
        await _rsvp(turn, meeting, ANSWERS[parts[3]])
        return
    await turn.require(Role.BOARD)
    if action == "move":
        meeting.require_planned()
        shown = when_text(meeting, turn.lang, turn.tz, turn.now())
        await turn.ask(
            turn.t("meeting.ask_move", when=shown), "meeting_move", {"meeting": meeting.id}
        )
    elif action == "cancel":
        await _cancel(turn, meeting)
    elif action == "job" and len(parts) == 4 and parts[3] in JOBS:
        meeting.require_planned()
        await _choose_job(turn, meeting, parts[3])
    elif action == "set" and len(parts) == 5 and parts[3] in JOBS:
        meeting.require_planned()
        await _set_job(turn, meeting, parts[3], _int(parts, 4))
    else:
        raise DomainError("error.stale_button")


async def _meeting_here(turn: Turn, meeting_id: int) -> Meeting:
    meeting = await MeetingRepo(await turn.conn()).get(meeting_id)
    if meeting is None or meeting.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    return meeting


# --- RSVP -------------------------------------------------------------------------------------
async def _rsvp(turn: Turn, meeting: Meeting, answer: Answer) -> None:
    if meeting.state is not MeetingState.PLANNED or meeting.ends_at <= turn.now():
        raise DomainError("meeting.rsvp_closed")
    assert turn.user is not None
    assert turn.message is not None
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.answer(meeting.id, turn.user.id, answer, turn.now())
    shown = await repo.message(turn.chat.id, turn.message.message_id)
    kind = shown[1] if shown else "announce"
    text = await render_shown(conn, meeting, turn.chat, turn.now(), kind)
    await turn.edit(text, rsvp_buttons(meeting, turn.lang))
    await turn.notice(turn.t(f"meeting.rsvp.saved.{answer.value}"))


# --- moving and cancelling --------------------------------------------------------------------
async def on_move_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new moment of a meeting being moved ("Verplaatsen")."""
    await turn.require(Role.BOARD)
    meeting = await _meeting_here(turn, int(payload.get("meeting", 0)))
    meeting.require_planned()
    now = turn.now()
    tz = turn.tz
    rest, when = turn.split_when(answer, evening_hours=True)
    if when is None:
        await turn.ask(turn.t("meeting.move_no_date"), "meeting_move", payload)
        return
    length = meeting.length
    if when.has_time:
        starts = when.moment
        length = ends_of(when) - starts if when.until is not None else length
    else:
        old = meeting.starts_at.astimezone(tz)
        starts = datetime.combine(when.moment.astimezone(tz).date(), old.time(), tzinfo=tz)
    if starts <= now:
        await turn.ask(turn.t("meeting.move_past"), "meeting_move", payload)
        return
    place = clean_place(rest.removeprefix("naar ").removeprefix("naar")) or meeting.place
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    before = when_text(meeting, turn.lang, tz, now)
    await repo.move(meeting.id, starts, starts + length, place, now)
    await drop_events(conn, meeting.id)
    settings = await turn.group_settings()
    moved = await repo.get(meeting.id)
    assert moved is not None
    closes = rhythm(moved.starts_at, moved.ends_at, settings)
    if any(kind == "meeting.close" and moment > now for kind, moment in closes):
        await repo.set_message(meeting.id, "agenda_message_id", None)  # the agenda opens again
        moved = await repo.get(meeting.id)
        assert moved is not None
    await schedule_rhythm(conn, turn.svc, moved, settings, turn.chat.timezone, now)
    text = turn.t("meeting.moved", before=before, after=when_text(moved, turn.lang, tz, now))
    if moved.place:
        text += "\n" + turn.t("meeting.place", place=moved.place)
    await turn.reply(text, rsvp_buttons(moved, turn.lang))
    await _refresh_announcement(turn, moved)
    filename, data = await calendar_file(await turn.conn(), moved, turn.chat, now)
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption_changed"))
    await turn.svc.engine.changed()


async def _cancel(turn: Turn, meeting: Meeting) -> None:
    meeting.require_planned()
    now = turn.now()
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.set_state(meeting.id, MeetingState.CANCELLED, now)
    await drop_events(conn, meeting.id)
    if meeting.series_id is not None:
        await ensure_series_next(conn, turn.svc, meeting.series_id, turn.chat, now)
    items, following = await carry_over(conn, meeting, now, held=False)
    cancelled = await repo.get(meeting.id)
    assert cancelled is not None
    text = turn.t("meeting.cancelled", when=when_text(meeting, turn.lang, turn.tz, now))
    if items:
        target = items_target(turn.lang, following, turn.tz, now)
        text += "\n" + turn.t("meeting.items_moved", count=len(items), target=target)
    await turn.reply(text)
    await _refresh_announcement(turn, cancelled)
    filename, data = await calendar_file(await turn.conn(), cancelled, turn.chat, now)
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption_cancelled"))
    await turn.svc.engine.changed()
    if (
        turn.query is not None
        and turn.message is not None
        and (turn.message.message_id != meeting.announce_message_id)
    ):
        text, buttons = await listing(turn, with_buttons=True)
        await turn.edit(text, buttons)


async def _refresh_announcement(turn: Turn, meeting: Meeting) -> None:
    """Show the change in the original announcement too (its RSVP buttons stay or go)."""
    if meeting.announce_message_id is None:
        return
    text = await announcement(await turn.conn(), meeting, turn.chat, turn.now())
    buttons = rsvp_buttons(meeting, turn.lang) if meeting.state is MeetingState.PLANNED else None
    await turn.unit.commit()
    try:
        await turn.bot.edit_message_text(
            text,
            chat_id=turn.chat.id,
            message_id=meeting.announce_message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=turn.keyboard(buttons),
            disable_web_page_preview=True,
        )
    except TelegramError as exc:  # too old to edit, or deleted: the new message says it all
        log.info("could not update the announcement of meeting %s: %s", meeting.id, exc)


# --- chair and minute-taker --------------------------------------------------------------------
async def board_members(turn: Turn) -> list[tuple[int, str]]:
    """(id, name) of the board: Telegram admins and /bestuur members, in name order."""
    named = dict(await turn.svc.admins.named(turn.bot, turn.chat.id))
    for person in await (await turn.roles()).members(turn.chat.id, Role.BOARD):
        named.setdefault(person.id, person.full_name)
    return sorted(named.items(), key=lambda pair: (pair[1].casefold(), pair[0]))


async def _choose_job(turn: Turn, meeting: Meeting, job: str) -> None:
    board = await board_members(turn)
    if not board:
        raise DomainError("meeting.no_board")
    repo = MeetingRepo(await turn.conn())
    previous = await repo.previous_in_job(turn.chat.id, JOBS[job], meeting.starts_at)
    skip = meeting.chair_id if job == "m" else None
    suggestion = next_in_rotation([member for member, _ in board], previous, skip=skip)
    names_by_id = dict(board)
    lines = [
        turn.t(f"meeting.job.ask.{job}", when=when_text(meeting, turn.lang, turn.tz, turn.now()))
    ]
    if suggestion is not None:
        lines.append(turn.t("meeting.job.suggest", name=names_by_id[suggestion]))
    await turn.edit("\n".join(lines), job_buttons(meeting, job, board, suggestion, turn.lang))


async def _set_job(turn: Turn, meeting: Meeting, job: str, user_id: int) -> None:
    board = dict(await board_members(turn))
    if user_id not in board:
        raise DomainError("error.stale_button")
    await MeetingRepo(await turn.conn()).set_role(meeting.id, JOBS[job], user_id, turn.now())
    day = day_text(meeting.starts_at, turn.lang, turn.tz, turn.now())
    text, buttons = await listing(turn, with_buttons=True)
    await turn.edit(text, buttons)
    await turn.notice(turn.t(f"meeting.job.set.{job}", name=board[user_id], day=day))


def _int(parts: list[str], index: int) -> int:
    try:
        return int(parts[index])
    except (IndexError, ValueError):
        raise DomainError("error.stale_button") from None
