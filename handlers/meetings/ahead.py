"""Calling off or moving a later date of a series ("/overleg afzeggen 10 december", "/overleg
verplaatst van 10 naar 11 december 19:30" while only 26 November is planned): the bot stores a
series' next meeting only, so a later date is a slot of its rule, not a meeting yet.

Called off (after "Weet je het zeker?") it becomes a cancelled meeting on that slot (an EXDATE
in the series' calendar, skipped when the bot plans on), with no reminders and no announcement:
one line in the group and the series' calendar file (same UID, SEQUENCE up).

Moved (no question first, as a planned meeting's move asks none), the date is called off the
same way and the new moment is planned as a one-off meeting of the series' kind, in the same
transaction: its own announcement with RSVP buttons, reminders and calendar file, as a typed
"/overleg 11 december 19:30 <the series' place>" would. It does not count as the series'
(no series_id): a meeting of the series planned after now would stop the bot from planning
the series' next one (`planned_in_series_after`) and shift its rhythm (`latest_in_series`)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from domain.errors import DomainError
from domain.meetings import MeetingSeries
from domain.roles import Role
from domain.series import open_slot
from handlers.i18n import format_moment
from handlers.kit.callbacks import StaleButton
from handlers.kit.turn import Turn
from handlers.meetings.announce import announce, plan_meeting
from handlers.meetings.changes import Moving, read_move, retime
from handlers.meetings.ics import rule_step, send_calendar
from handlers.meetings.keyboards import AheadConfirm, ahead_confirm_buttons
from handlers.meetings.lifecycle import cancel_ahead
from handlers.meetings.text import span_text
from handlers.meetings.twice import planned_at, say_planned
from storage.db import from_iso, iso
from storage.meetings import MeetingRepo

MOVE_AHEAD = "meeting_move_ahead"  # "Naar wanneer?" for a later date of a series
MOVE_AHEAD_TIME = "meeting_move_ahead_time"  # "Hoe laat?" after a day without a time


async def ask_cancel_ahead(turn: Turn, day: date) -> bool:
    """ "Weet je het zeker?" when a running series of the group has a date on `day` that the
    bot has yet to plan; False when none has (the caller answers as before)."""
    found = await _series_on(turn, day)
    if found is None:
        return False
    series, slot = found
    await turn.reply(
        turn.t("meeting.cancel.sure", when=_when(turn, series, slot)),
        ahead_confirm_buttons(series.id, day.isoformat(), turn.lang),
        quote=True,
    )
    return True


async def move_ahead_from(turn: Turn, day: date, new: str) -> bool:
    """Move a later date of a running series on `day` to what `new` says, or ask "Naar
    wanneer?" when it says nothing; False when no series has a date there to move."""
    found = await _series_on(turn, day)
    if found is None:
        return False
    series, slot = found
    if new.strip():
        await _move(turn, series, slot, new)
    else:
        question = turn.t("meeting.ask_move", when=_when(turn, series, slot))
        await turn.ask(question, MOVE_AHEAD, _moving(series, slot).payload)
    return True


async def on_move_ahead_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Naar wanneer?" about a later date of a series."""
    series, slot = await _asked_about(turn, payload)
    await _move(turn, series, slot, answer)


async def on_move_ahead_time_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Hoe laat?" for a later date of a series moved to a day without a time."""
    series, slot = await _asked_about(turn, payload)
    text = await retime(turn, _moving(series, slot), answer, payload)
    if text is not None:
        await _move(turn, series, slot, text, place=str(payload.get("place", "")))


async def _asked_about(turn: Turn, payload: dict[str, Any]) -> tuple[MeetingSeries, datetime]:
    """The series and date a question was about, while that date is still open to move."""
    await turn.require(Role.BOARD)
    series = await turn.own(await MeetingRepo(await turn.conn()).series(int(payload["series"])))
    slot = from_iso(str(payload["slot"]))
    if not series.active:
        raise DomainError("meeting.series.stopped_already")
    if await _slot_on(turn, series, slot.astimezone(turn.tz).date()) != slot:
        raise DomainError("meeting.ahead.gone")  # called off, planned or moved meanwhile
    return series, slot


def _moving(series: MeetingSeries, slot: datetime) -> Moving:
    payload = {"series": series.id, "slot": iso(slot)}
    end = slot + series.length
    return Moving(slot, end, series.place, payload, MOVE_AHEAD, MOVE_AHEAD_TIME)


async def _move(
    turn: Turn, series: MeetingSeries, slot: datetime, text: str, *, place: str = ""
) -> None:
    """Call the date off and plan the new moment as a one-off meeting, in one transaction;
    announced as a typed /overleg would be, then the series' calendar without the date."""
    target = await read_move(turn, _moving(series, slot), text, place=place)
    if target is None:
        return
    starts, ends, place = target
    now = turn.now()
    existing = await planned_at(turn, starts)
    if existing is not None:  # a meeting there already: one meeting per moment
        await say_planned(turn, existing)
        return
    if await _slot_on(turn, series, starts.astimezone(turn.tz).date()) == starts:
        raise DomainError("meeting.ahead.on_series", when=_when(turn, series, starts))
    assert turn.user is not None
    gone = await cancel_ahead(await turn.conn(), series, slot, now, by=turn.user.id)
    meeting = await plan_meeting(turn, starts, ends, place, kind=series.kind, now=now)
    before = _when(turn, series, slot)
    after = span_text(starts, ends, turn.lang, turn.tz, now)
    lines = turn.t("meeting.moved", before=before, after=after)
    note = lines + "\n" + turn.t("meeting.ahead.others_stay")
    await announce(turn, meeting, note=note)
    day = format_moment(slot, turn.lang, turn.tz, with_time=False, now=now)
    await send_calendar(
        turn,
        gone,
        turn.t("meeting.ics.caption_cancelled"),
        turn.t("meeting.ics.caption_series_moved_out", when=day),
    )


async def _series_on(turn: Turn, day: date) -> tuple[MeetingSeries, datetime] | None:
    """The running series of the group with a date on `day` the bot has yet to plan."""
    for series in await MeetingRepo(await turn.conn()).active_series(turn.chat.id):
        slot = await _slot_on(turn, series, day)
        if slot is not None:
            return series, slot
    return None


async def on_ahead_answer(turn: Turn, answer: AheadConfirm) -> None:
    """Ja: that date of the series will not take place; Nee: nothing changes."""
    await turn.require(Role.BOARD)
    conn = await turn.conn()
    series = await turn.own(await MeetingRepo(conn).series(answer.series_id))
    if not series.active:
        raise DomainError("meeting.series.stopped_already")
    try:
        day = date.fromisoformat(answer.day)
    except ValueError:
        raise StaleButton() from None
    slot = await _slot_on(turn, series, day)
    if slot is None:  # called off already (a second press), planned meanwhile, or another rhythm
        raise StaleButton()
    if not answer.yes:
        await turn.edit(turn.t("meeting.cancel.kept", when=_when(turn, series, slot)))
        return
    assert turn.user is not None
    gone = await cancel_ahead(conn, series, slot, turn.now(), by=turn.user.id)
    shown = format_moment(slot, turn.lang, turn.tz, with_time=False, now=turn.now())
    await turn.edit(turn.t("meeting.ahead.cancelled", day=shown))
    await send_calendar(
        turn,
        gone,
        turn.t("meeting.ics.caption_cancelled"),
        turn.t("meeting.ics.caption_series_cancelled", when=shown),
    )


async def _slot_on(turn: Turn, series: MeetingSeries, day: date) -> datetime | None:
    start = datetime.combine(day, time(0), tzinfo=turn.tz)
    meetings = await MeetingRepo(await turn.conn()).in_series(series.id)
    end = start + timedelta(days=1)
    return open_slot(series, meetings, rule_step(series), start, end, turn.now())


def _when(turn: Turn, series: MeetingSeries, slot: datetime) -> str:
    """ "donderdag 10 december om 20:00 tot 22:00", as a planned meeting's is said."""
    return span_text(slot, slot + series.length, turn.lang, turn.tz, turn.now())
