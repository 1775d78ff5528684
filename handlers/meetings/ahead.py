"""Calling off a later date of a series ("/overleg afzeggen 10 december" while only 26 November
is planned): the bot stores a series' next meeting only, so a later date is a slot of its rule,
not a meeting yet. After "Weet je het zeker?" it becomes a cancelled meeting on that slot (an
EXDATE in the series' calendar, skipped when the bot plans on), with no reminders and no
announcement: one line in the group and the series' calendar file (same UID, SEQUENCE up)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from domain.errors import DomainError
from domain.meetings import MeetingSeries
from domain.roles import Role
from domain.series import open_slot
from handlers.i18n import format_moment
from handlers.kit.callbacks import StaleButton
from handlers.kit.turn import Turn
from handlers.meetings.ics import rule_step, send_calendar
from handlers.meetings.keyboards import AheadConfirm, ahead_confirm_buttons
from handlers.meetings.lifecycle import cancel_ahead
from storage.meetings import MeetingRepo


async def ask_cancel_ahead(turn: Turn, day: date) -> bool:
    """ "Weet je het zeker?" when a running series of the group has a date on `day` that the
    bot has yet to plan; False when none has (the caller answers as before)."""
    for series in await MeetingRepo(await turn.conn()).active_series(turn.chat.id):
        slot = await _slot_on(turn, series, day)
        if slot is not None:
            await turn.reply(
                turn.t("meeting.cancel.sure", when=_when(turn, series, slot)),
                ahead_confirm_buttons(series.id, day.isoformat(), turn.lang),
                quote=True,
            )
            return True
    return False


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
    start = format_moment(slot, turn.lang, turn.tz, now=turn.now())
    end = (slot + series.length).astimezone(turn.tz).strftime("%H:%M")
    return turn.t("meeting.when", start=start, end=end)
