"""A meeting's life in the store and the engine: created (by hand or as a series' next), its
events scheduled, dropped when it moves or is cancelled, its open items carried on.

Every step of a meeting's rhythm is an engine event (`domain/meetings.py` kinds) with the
meeting as its target, so moving or cancelling a meeting moves or removes exactly its events,
and a restart sends what fell due meanwhile, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from domain import thermometer
from domain.agenda import AgendaItem
from domain.formats import DEFAULT_KIND
from domain.meetings import (
    CLOSE,
    END,
    HALF_YEAR,
    MEETING_EVENTS,
    SERIES_NEXT,
    Meeting,
    MeetingSeries,
    MeetingState,
    check_moment,
    next_half_year_start,
    next_in_rotation,
    rhythm,
)
from domain.models import Chat
from domain.settings import GroupSettings
from domain.workdays import add_working_days
from handlers.formats.builtin import lead_settings
from handlers.kit.services import Services
from schedules.when import from_rrule_text, next_occurrence
from storage.agenda import AgendaRepo
from storage.due import DueRepo
from storage.meetings import MeetingRepo
from storage.settings import SettingsRepo


async def create_meeting(
    conn: aiosqlite.Connection,
    svc: Services,
    chat: Chat,
    starts: datetime,
    ends: datetime,
    place: str,
    settings: GroupSettings,
    now: datetime,
    *,
    created_by: int | None,
    series_id: int | None = None,
    kind: str = DEFAULT_KIND,
) -> Meeting:
    """The one way a meeting comes to exist (by hand or as the next of a series)."""
    check_moment(starts, now)
    repo = MeetingRepo(conn)
    meeting_id = await repo.add(
        chat.id, starts, ends, place, created_by, now, series_id=series_id, kind=kind
    )
    meeting = await repo.get(meeting_id)
    assert meeting is not None
    agenda = AgendaRepo(conn)
    earlier_open = [
        m
        for m in await repo.upcoming(chat.id, now)
        if m.starts_at < starts and not m.agenda_closed and m.starts_at > now
    ]
    if not earlier_open:  # waiting items go to the first meeting whose agenda is open
        for item in await agenda.of_meeting(chat.id, None, with_discussed=False):
            await agenda.move_to(item.id, chat.id, meeting_id, now)
    await schedule_rhythm(conn, svc, meeting, settings, chat.timezone, now)
    await ensure_half_year(conn, svc, chat, now)
    return meeting


async def ensure_half_year(
    conn: aiosqlite.Connection, svc: Services, chat: Chat, now: datetime
) -> None:
    """The group's half-year check waits in the engine (it is quiet while the minimum is off)."""
    if not await MeetingRepo(conn).has_pending_event(HALF_YEAR, chat.id):
        await svc.engine.schedule(
            conn, HALF_YEAR, chat.id, half_year_moment(now, chat), timezone=chat.timezone
        )


def half_year_moment(now: datetime, chat: Chat) -> datetime:
    """The first working day of the next half year, at the group's default time."""
    zone = ZoneInfo(chat.timezone)
    day = add_working_days(next_half_year_start(now.astimezone(zone).date()), 0)
    return datetime.combine(day, chat.default_time, tzinfo=zone)


async def schedule_rhythm(
    conn: aiosqlite.Connection,
    svc: Services,
    meeting: Meeting,
    settings: GroupSettings,
    timezone: str,
    now: datetime,
) -> None:
    """The meeting's events from now on (steps whose moment passed already are left out), by
    the lead times of its kind of meeting."""
    settings = await lead_settings(conn, meeting.chat_id, meeting.kind, settings)
    for kind, moment in rhythm(meeting.starts_at, meeting.ends_at, settings):
        if moment > now or kind == END:
            await svc.engine.schedule(
                conn, kind, meeting.chat_id, moment, timezone=timezone, target_id=meeting.id
            )
    if meeting.kind == thermometer.KIND:  # the yearly thermometer opens before it
        opens = thermometer.opening_moment(
            meeting.starts_at, settings.duration(thermometer.LEAD), now
        )
        if opens is not None:
            await svc.engine.schedule(
                conn,
                thermometer.OPEN,
                meeting.chat_id,
                opens,
                timezone=timezone,
                target_id=meeting.id,
            )


async def move_meeting(
    conn: aiosqlite.Connection,
    svc: Services,
    meeting: Meeting,
    starts: datetime,
    ends: datetime,
    place: str,
    now: datetime,
    *,
    timezone: str,
    moved_by: int | None,
    remember: bool = True,
) -> tuple[Meeting, int | None]:
    """Move a planned meeting: its events follow (each step anew, from now on), an agenda that
    closed opens again when its closing moved ahead, the .ics SEQUENCE goes up. With `remember`
    the old moment is kept for the move's undo; returns the meeting moved and that move's id."""
    check_moment(starts, now)
    repo = MeetingRepo(conn)
    move_id = await repo.record_move(meeting, moved_by, now) if remember else None
    await repo.move(meeting.id, starts, ends, place, now)
    if meeting.series_id is not None:
        await repo.series_changed(meeting.series_id)
    await drop_events(conn, meeting.id)
    settings = await SettingsRepo(conn).of(meeting.chat_id)
    closes = rhythm(
        starts, ends, await lead_settings(conn, meeting.chat_id, meeting.kind, settings)
    )
    if any(kind == CLOSE and moment > now for kind, moment in closes):
        await repo.set_message(meeting.id, "agenda_message_id", None)  # the agenda opens again
    moved = await repo.get(meeting.id)
    assert moved is not None
    await schedule_rhythm(conn, svc, moved, settings, timezone, now)
    return moved, move_id


async def drop_events(conn: aiosqlite.Connection, meeting_id: int) -> None:
    """Cancel the meeting's pending events (it moved, or it will not take place)."""
    due = DueRepo(conn)
    for kind in (*MEETING_EVENTS, thermometer.OPEN):
        await due.cancel_target(kind, meeting_id)


async def cancel_meeting(
    conn: aiosqlite.Connection,
    svc: Services,
    meeting: Meeting,
    now: datetime,
    *,
    series_goes_on: bool = True,
) -> tuple[Meeting, list[AgendaItem], Meeting | None]:
    """The meeting will not take place: cancelled (its .ics SEQUENCE raised), its events dropped,
    its open items on to the next meeting. Returns it cancelled, those items and that meeting.

    A series goes on: its next meeting is planned when this one would have ended, as after a
    meeting that took place, so cancelling never makes the next appear early. Without
    `series_goes_on` (the series' first meeting taken back) the series stops with it."""
    repo = MeetingRepo(conn)
    await repo.set_state(meeting.id, MeetingState.CANCELLED, now)
    await drop_events(conn, meeting.id)
    if meeting.series_id is not None:
        due = DueRepo(conn)
        await due.cancel_target(SERIES_NEXT, meeting.series_id)
        await repo.series_changed(meeting.series_id)
        series = await repo.series(meeting.series_id)
        if not series_goes_on:
            await repo.stop_series(meeting.series_id)
        elif series is not None and series.active:
            await svc.engine.schedule(
                conn,
                SERIES_NEXT,
                meeting.chat_id,
                max(meeting.ends_at, now),
                timezone=series.timezone,
                target_id=meeting.series_id,
            )
    items, following = await carry_over(conn, meeting, now, held=False)
    cancelled = await repo.get(meeting.id)
    assert cancelled is not None
    return cancelled, items, following


async def carry_over(
    conn: aiosqlite.Connection, meeting: Meeting, now: datetime, *, held: bool
) -> tuple[list[AgendaItem], Meeting | None]:
    """Move the meeting's open items to the next meeting (or let them wait for one); returns
    them and that meeting. Items of a held meeting remember where they came from."""
    following = await MeetingRepo(conn).next_after(meeting.chat_id, meeting.starts_at)
    agenda = AgendaRepo(conn)
    items = await agenda.of_meeting(meeting.chat_id, meeting.id, with_discussed=False)
    for item in items:
        await agenda.move_to(
            item.id,
            meeting.chat_id,
            following.id if following else None,
            now,
            carried_from=meeting.id if held else None,
        )
    return items, following


async def ensure_series_next(
    conn: aiosqlite.Connection, svc: Services, series_id: int, chat: Chat, now: datetime
) -> Meeting | None:
    """A running series has its next meeting: plan it when none is planned after now (called
    when a meeting of the series has ended, or a cancelled one would have)."""
    repo = MeetingRepo(conn)
    series = await repo.series(series_id)
    if series is None or not series.active or await repo.planned_in_series_after(series_id, now):
        return None
    latest = await repo.latest_in_series(series_id)
    rule = from_rrule_text(series.recurrence)
    # from the latest planned meeting's slot (a moved meeting does not shift the rhythm; a
    # later date called off ahead is not planned), never before the current rhythm's first
    # slot, past the dates called off ahead: the series' calendar shows exactly these moments
    moment = (latest.slot or latest.starts_at) if latest else now
    if series.anchor is not None and moment < series.anchor:
        moment = series.anchor - timedelta(seconds=1)
    off = {m.slot for m in await repo.in_series(series_id) if m.ahead}
    for _ in range(1000):
        moment = next_occurrence(rule, moment, ZoneInfo(series.timezone))
        if moment > now and moment not in off:
            break
    settings = await SettingsRepo(conn).of(chat.id)
    return await create_meeting(
        conn,
        svc,
        chat,
        moment,
        moment + series.length,
        series.place,
        settings,
        now,
        created_by=None,
        series_id=series_id,
        kind=series.kind,
    )


async def cancel_ahead(
    conn: aiosqlite.Connection,
    series: MeetingSeries,
    slot: datetime,
    now: datetime,
    *,
    by: int | None,
) -> Meeting:
    """A later date of a running series will not take place: stored as a cancelled meeting on
    its slot (the series' calendar leaves it out, `ensure_series_next` skips it), with no
    events and nothing announced; the series' SEQUENCE goes up."""
    repo = MeetingRepo(conn)
    meeting = await repo.get(await repo.add_ahead(series, slot, by, now))
    assert meeting is not None
    await repo.series_changed(series.id)
    return meeting


async def rotation_jobs(
    conn: aiosqlite.Connection, meeting: Meeting, board: Sequence[int]
) -> tuple[int | None, int | None]:
    """Who chairs and who takes the minutes: as set, else the rotation's suggestion among the
    board (the one after whoever did it last; the minute-taker is not the chair)."""
    repo = MeetingRepo(conn)
    chair = meeting.chair_id
    if chair is None and board:
        previous = await repo.previous_in_job(meeting.chat_id, "chair", meeting.starts_at)
        chair = next_in_rotation(list(board), previous)
    minutes = meeting.minute_taker_id
    if minutes is None and board:
        previous = await repo.previous_in_job(meeting.chat_id, "minute_taker", meeting.starts_at)
        minutes = next_in_rotation(list(board), previous, skip=chair)
    return chair, minutes


async def fill_jobs(
    conn: aiosqlite.Connection, meeting: Meeting, board: Sequence[int], now: datetime
) -> None:
    """A meeting held without anyone naming its chair or minute-taker keeps the rotation's
    suggestion, so the report says who it was and the rotation moves on."""
    chair, minutes = await rotation_jobs(conn, meeting, board)
    repo = MeetingRepo(conn)
    if meeting.chair_id is None and chair is not None:
        await repo.set_role(meeting.id, "chair", chair, now)
    if meeting.minute_taker_id is None and minutes is not None:
        await repo.set_role(meeting.id, "minute_taker", minutes, now)


async def planned_meeting(conn: aiosqlite.Connection, meeting_id: int) -> Meeting | None:
    """The meeting an engine event names, while it is still planned (else None: skip it)."""
    meeting = await MeetingRepo(conn).get(meeting_id)
    return meeting if meeting is not None and meeting.state is MeetingState.PLANNED else None
