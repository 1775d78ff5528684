"""Changing a planned meeting, whether by a button, a reply or a typed /overleg: moving it
(asking what is missing, never guessing a day or time), cancelling it (after "Weet je het
zeker?", since it reaches everyone), and showing the change wherever the meeting was shown (the
announcement, the listing, a calendar file with the same UID and a raised SEQUENCE)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from domain.meetings import Meeting, MeetingState, clean_place
from domain.roles import Role
from handlers.i18n import format_moment
from handlers.kit.turn import Button, Turn
from handlers.kit.undo import undo_button
from handlers.meetings.access import access_meeting
from handlers.meetings.ics import send_calendar
from handlers.meetings.keyboards import (
    UNDO_MOVE,
    CancelConfirm,
    announce_buttons,
    cancel_confirm_buttons,
    rsvp_buttons,
)
from handlers.meetings.lifecycle import cancel_meeting, move_meeting
from handlers.meetings.listing import listing
from handlers.meetings.reading import (
    clock_only,
    date_words,
    ends_of,
    has_time,
    names_a_day,
    time_typed,
)
from handlers.meetings.text import (
    announcement,
    day_text,
    items_target,
    span_text,
    when_text,
)
from storage.meetings import MeetingRepo

MOVE = "meeting_move"  # the prompt "Naar wanneer?"
MOVE_TIME = "meeting_move_time"  # the prompt "Hoe laat?" after a day without a time


async def planned_for_board(turn: Turn, meeting_id: int) -> Meeting:
    """This group's meeting, for the board, while it is planned."""
    meeting = await access_meeting(turn, meeting_id)
    await turn.require(Role.BOARD)
    meeting.require_planned()
    return meeting


# --- moving ------------------------------------------------------------------------------------
async def ask_move(turn: Turn, meeting: Meeting) -> None:
    """ "Naar wanneer verplaatsen we het overleg van ...?" (a reply prompt)."""
    shown = when_text(meeting, turn.lang, turn.tz, turn.now())
    await turn.ask(turn.t("meeting.ask_move", when=shown), MOVE, {"meeting": meeting.id})


async def on_move_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Naar wanneer?": the new moment (and perhaps a new place)."""
    meeting = await planned_for_board(turn, int(payload.get("meeting", 0)))
    await move_to(turn, meeting, answer)


async def on_move_time_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Hoe laat?" for a meeting moved to a day without a time."""
    meeting = await planned_for_board(turn, int(payload.get("meeting", 0)))
    text = await retime(turn, moving(meeting), answer, payload)
    if text is not None:
        await move_to(turn, meeting, text, place=str(payload.get("place", "")))


@dataclass(frozen=True)
class Moving:
    """What a move starts from (a planned meeting, or a later date of a series the bot has not
    planned yet) and the questions that carry it along: "Naar wanneer?" and "Hoe laat?"."""

    starts_at: datetime
    ends_at: datetime
    place: str
    payload: dict[str, Any]
    ask: str = MOVE
    ask_time: str = MOVE_TIME


def moving(meeting: Meeting) -> Moving:
    return Moving(meeting.starts_at, meeting.ends_at, meeting.place, {"meeting": meeting.id})


async def retime(turn: Turn, m: Moving, answer: str, payload: dict[str, Any]) -> str | None:
    """The answer to "Hoe laat?" as a moment to move to; None when it is no time (asked again)."""
    day = date.fromisoformat(str(payload["day"]))
    if not has_time(turn, answer):
        on = datetime.combine(day, m.starts_at.astimezone(turn.tz).time(), tzinfo=turn.tz)
        when = format_moment(on, turn.lang, turn.tz, with_time=False)
        question = turn.t("meeting.bad_time", value=answer[:40]) + "\n"
        question += turn.t("meeting.move_ask_time", day=when, old=_clock(m, turn))
        await turn.ask(question, m.ask_time, payload)
        return None
    return answer if names_a_day(turn, answer) else f"{day.isoformat()} {answer}"


def _clock(m: Moving, turn: Turn) -> str:
    return m.starts_at.astimezone(turn.tz).strftime("%H:%M")


async def read_move(
    turn: Turn, m: Moving, text: str, *, place: str = ""
) -> tuple[datetime, datetime, str] | None:
    """Where `text` moves `m` to ("donderdag 10 december 20:00", "20:00" on the same day): its
    start, end and place; or None after asking: no date asks again, a day without a time asks
    the time, date words left over are asked about, the same moment and place is said."""
    now, tz = turn.now(), turn.tz
    rest, when = turn.split_when(text, evening_hours=True)  # "half 8": 07:30 or 19:30?
    if when is None:
        await turn.ask(turn.t("meeting.move_no_date"), m.ask, m.payload)
        return None
    words, bare = date_words(turn, rest)
    if words is not None:
        await turn.ask(turn.t("meeting.move_unclear", words=words), m.ask, m.payload)
        return None
    bare = bare.strip()
    for word in ("naar ", "to "):
        bare = bare.removeprefix(word)
    place = clean_place(bare) or place or m.place
    if not when.has_time or not time_typed(text[when.start : when.end]):
        day = when.moment.astimezone(tz).date()
        shown = format_moment(when.moment, turn.lang, tz, with_time=False, now=now)
        await turn.ask(
            turn.t("meeting.move_ask_time", day=shown, old=_clock(m, turn)),
            m.ask_time,
            {**m.payload, "day": day.isoformat(), "place": place},
        )
        return None
    starts = when.moment
    if clock_only(text[when.start : when.end]):  # "20:00": the same day, another time
        day = m.starts_at.astimezone(tz).date()
        starts = datetime.combine(day, when.moment.astimezone(tz).time(), tzinfo=tz)
    length = ends_of(when) - when.moment if when.until is not None else m.ends_at - m.starts_at
    if starts <= now:
        await turn.ask(turn.t("meeting.move_past"), m.ask, m.payload)
        return None
    if starts == m.starts_at and place == m.place:
        shown = span_text(m.starts_at, m.ends_at, turn.lang, tz, now)
        await turn.reply(turn.t("meeting.move_same", when=shown))
        return None
    return starts, starts + length, place


async def move_to(
    turn: Turn,
    meeting: Meeting,
    text: str,
    *,
    place: str = "",
    lead: str = "",
    series_caption: str = "",
) -> None:
    """Move `meeting` to what `text` says, or ask (`read_move`). The confirmation (after `lead`,
    if any) carries "Ongedaan maken" for 10 minutes; a series' calendar file says
    `series_caption` (else: this meeting moved)."""
    now, tz = turn.now(), turn.tz
    target = await read_move(turn, moving(meeting), text, place=place)
    if target is None:
        return
    starts, ends, place = target
    assert turn.user is not None
    moved, move_id = await move_meeting(
        await turn.conn(),
        turn.svc,
        meeting,
        starts,
        ends,
        place,
        now,
        timezone=turn.chat.timezone,
        moved_by=turn.user.id,
    )
    assert move_id is not None
    before = when_text(meeting, turn.lang, tz, now)
    text = turn.t("meeting.moved", before=before, after=when_text(moved, turn.lang, tz, now))
    if lead:
        text = lead + "\n" + text
    if moved.place:
        text += "\n" + turn.t("meeting.place", place=moved.place)
    buttons: list[list[Button]] = rsvp_buttons(moved, turn.lang)
    buttons.append([undo_button(turn.lang, UNDO_MOVE, move_id, now)])
    await turn.reply(text, buttons)
    await turn.svc.engine.changed()
    await refresh_announcement(turn, moved)
    moved_caption = turn.t("meeting.ics.caption_series_moved", when=before)
    await send_calendar(
        turn, moved, turn.t("meeting.ics.caption_changed"), series_caption or moved_caption
    )


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
    """Cancel, after "Weet je het zeker?" was answered: see `take_off`."""
    when = when_text(meeting, turn.lang, turn.tz, turn.now())
    await take_off(
        turn,
        meeting,
        turn.t("meeting.cancelled", when=when),
        turn.t("meeting.ics.caption_cancelled"),
        turn.t("meeting.ics.caption_series_cancelled", when=when),
    )


async def take_off(
    turn: Turn,
    meeting: Meeting,
    said: str,
    caption: str,
    series_caption: str,
    *,
    series_goes_on: bool = True,
) -> None:
    """The meeting will not take place (cancelled, or taken back by its undo): stored in one
    transaction, then said in the pressed message (with where its items go and whether its
    series goes on), in the announcement, and by a calendar file: a cancelling one
    (METHOD:CANCEL, same UID, raised SEQUENCE), or for a series the series without it."""
    now = turn.now()
    conn = await turn.conn()
    gone, items, following = await cancel_meeting(
        conn, turn.svc, meeting, now, series_goes_on=series_goes_on
    )
    lines = [said]
    if items:
        target = items_target(turn.lang, following, turn.tz, now)
        lines.append(turn.t("meeting.items_moved", count=len(items), target=target))
    if await _series_runs(turn, meeting):
        day = day_text(meeting.starts_at, turn.lang, turn.tz, now)
        lines.append(turn.t("meeting.series_goes_on", day=day))
    await turn.edit_or_say("\n".join(lines))
    await turn.svc.engine.changed()
    if turn.message is None or turn.message.message_id != meeting.announce_message_id:
        await refresh_announcement(turn, gone)
    await send_calendar(turn, gone, caption, series_caption)


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
