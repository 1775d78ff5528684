"""The calendar file of a meeting (.ics, RFC 5545) made with `icalendar`.

One UID per meeting for its whole life, so calendars update the event instead of adding a copy;
SEQUENCE is the meeting's change counter; times are in the group's zone with its VTIMEZONE; a
VALARM reminds one day before. A cancelled meeting is sent as METHOD:CANCEL, STATUS:CANCELLED.

A meeting of a series is sent as its series: one calendar object (one UID per series) made
from the series' own list (`domain/series.py`): DTSTART the first slot of its rhythm, the rule
as RRULE (UNTIL its last slot once stopped), cancelled meetings as EXDATE, moved ones as an
override (RECURRENCE-ID = the slot) with their own moment and place. Every change raises the
series' SEQUENCE, and each file carries the whole series, so the last one a member opened is
right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite

from domain.formats import DEFAULT_KIND
from domain.meetings import Meeting, MeetingSeries, MeetingState
from domain.models import Chat
from domain.series import (
    Occurrence,
    Step,
    anchor_of,
    last_slot,
    occurrences,
    planned,
    whole_series_cancelled,
)
from handlers.formats.builtin import format_of
from handlers.i18n import label
from handlers.kit.text import describe_rule
from handlers.kit.turn import Turn
from handlers.kit.version import __version__
from schedules.when import Recurrence, from_rrule_text, next_occurrence
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo

PRODID = f"-//Wijkbot//Wijkbot {__version__}//NL"


def meeting_ics(
    meeting: Meeting,
    *,
    title: str,
    description: str,
    alarm_text: str,
    timezone: str,
    now: datetime,
) -> bytes:
    zone = ZoneInfo(timezone)
    cancelled = meeting.state is MeetingState.CANCELLED
    calendar = _calendar(cancelled)
    event = _event(meeting.uid, meeting.sequence, now, title, description, alarm_text, cancelled)
    _at(event, meeting.starts_at, meeting.ends_at, meeting.place, zone)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _at(event: Any, starts: datetime, ends: datetime, place: str, zone: ZoneInfo) -> None:
    """When and where, in the group's zone (DTSTART;TZID=...)."""
    event.add("dtstart", starts.astimezone(zone))
    event.add("dtend", ends.astimezone(zone))
    if place:
        event.add("location", place)


def _calendar(cancelled: bool) -> Any:
    from icalendar import Calendar  # here: a start-up need not pay for it

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    return calendar


def _event(
    uid: str,
    sequence: int,
    now: datetime,
    title: str,
    description: str,
    alarm_text: str,
    cancelled: bool,
) -> Any:
    """A VEVENT's common part: who it is, its version, its texts and the day-before alarm."""
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", now)
    event.add("summary", title)
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if not cancelled:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", alarm_text)
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
    return event


WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def ical_rule(rule: Recurrence, first: datetime, until: datetime | None) -> dict[str, Any]:
    """The date reader's rule as an RRULE that gives the same moments from `first` (local): a
    day of the month past the 28th is the month's last day when the month is shorter, as
    `next_occurrence` does (BYMONTHDAY=28,29,30,31 with BYSETPOS=-1)."""
    freq = {"daily": "DAILY", "weekly": "WEEKLY"}.get(rule.kind, "MONTHLY")
    out: dict[str, Any] = {"FREQ": freq}
    if rule.interval > 1:
        out["INTERVAL"] = rule.interval
    if rule.kind == "weekly":
        out["BYDAY"] = WEEKDAYS[rule.weekday if rule.weekday is not None else first.weekday()]
    elif rule.kind == "monthly_day":
        day = rule.day if rule.day is not None else first.day
        if day > 28:
            out["BYMONTHDAY"] = list(range(28, day + 1))
            out["BYSETPOS"] = -1
        else:
            out["BYMONTHDAY"] = day
    elif rule.kind == "monthly_nth_weekday":
        weekday = WEEKDAYS[rule.weekday if rule.weekday is not None else 0]
        out["BYDAY"] = [f"{n}{weekday}" for n in rule.ordinals or (1,)]
    if until is not None:
        out["UNTIL"] = until.astimezone(UTC)
    return out


def series_ics(
    series: MeetingSeries,
    occurring: list[Occurrence],
    *,
    first: datetime,
    until: datetime | None,
    title: str,
    description: str,
    alarm_text: str,
    now: datetime,
) -> bytes:
    """The whole series as one calendar object (see the module's docstring)."""
    zone = ZoneInfo(series.timezone)
    cancelled = whole_series_cancelled(series, occurring)
    calendar = _calendar(cancelled)
    master = _event(series.uid, series.sequence, now, title, description, alarm_text, cancelled)
    local = first.astimezone(zone)
    _at(master, local, local + series.length, series.place, zone)
    master.add("rrule", ical_rule(from_rrule_text(series.recurrence), local, until))
    off = [o.slot.astimezone(zone) for o in occurring if o.cancelled]
    if off and not cancelled:
        master.add("exdate", off)
    calendar.add_component(master)
    for o in occurring:
        if o.changed and not o.cancelled and not cancelled:
            override = _event(series.uid, series.sequence, now, title, "", alarm_text, False)
            override.add("recurrence-id", o.slot.astimezone(zone))
            _at(override, o.starts_at, o.ends_at, o.place, zone)
            calendar.add_component(override)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def ics_filename(meeting: Meeting, timezone: str, lang: str) -> str:
    day = meeting.starts_at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d")
    return label(lang, "meeting.ics.file", day=day)


@dataclass(frozen=True)
class CalendarFile:
    name: str
    data: bytes
    series: bool  # the whole series (its captions say so)


async def calendar_file(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime
) -> CalendarFile:
    """A meeting's .ics (its agenda as the description), or its whole series' when it has one."""
    if meeting.series_id is not None:
        series = await MeetingRepo(conn).series(meeting.series_id)
        if series is not None:
            return await series_file(conn, series, chat, now)
    lang = chat.language
    items = await AgendaRepo(conn).of_meeting(chat.id, meeting.id)
    description = "\n".join(f"{item.number}. {item.text}" for item in items)
    data = meeting_ics(
        meeting,
        title=await ics_title(conn, chat, meeting.kind),
        description=description,
        alarm_text=label(lang, "meeting.ics.alarm", group=chat.name),
        timezone=chat.timezone,
        now=now,
    )
    return CalendarFile(ics_filename(meeting, chat.timezone, lang), data, series=False)


async def series_file(
    conn: aiosqlite.Connection, series: MeetingSeries, chat: Chat, now: datetime
) -> CalendarFile:
    """The series' .ics, from its own list of meetings."""
    lang = chat.language
    meetings = await MeetingRepo(conn).in_series(series.id)
    first = anchor_of(series, meetings) or now
    until = last_slot(series, meetings)
    horizon = max([first, *(m.slot for m in meetings if m.slot is not None)])
    rule = from_rrule_text(series.recurrence)
    zone = ZoneInfo(series.timezone)
    occurring = occurrences(series, meetings, rule_step(series), horizon)
    data = series_ics(
        series,
        occurring,
        first=first,
        until=until,
        title=await ics_title(conn, chat, series.kind),
        description=label(lang, "meeting.ics.series_description", rule=describe_rule(rule, lang)),
        alarm_text=label(lang, "meeting.ics.alarm", group=chat.name),
        now=now,
    )
    day = first.astimezone(zone).strftime("%Y-%m-%d")
    return CalendarFile(label(lang, "meeting.ics.series_file", day=day), data, series=True)


def rule_step(series: MeetingSeries) -> Step:
    """The series' rule stepping as the bot plans it (local wall-clock time)."""
    rule = from_rrule_text(series.recurrence)
    zone = ZoneInfo(series.timezone)
    return lambda after: next_occurrence(rule, after, zone)


async def coming(
    conn: aiosqlite.Connection, series: MeetingSeries, now: datetime, count: int
) -> list[Occurrence]:
    """The series' next `count` meetings from its own list (what its calendar file shows)."""
    meetings = await MeetingRepo(conn).in_series(series.id)
    found: list[Occurrence] = []
    for months in (3, 12, 120):  # a daily series needs days, a yearly one years
        found = planned(series, meetings, rule_step(series), now, now + timedelta(days=31 * months))
        if len(found) >= count:
            break
    return found[:count]


async def ics_title(conn: aiosqlite.Connection, chat: Chat, kind: str) -> str:
    """ "Overleg Duindorp", or with its kind when it is not the default one."""
    if kind == DEFAULT_KIND:
        return label(chat.language, "meeting.ics.title", group=chat.name)
    name = (await format_of(conn, chat, kind)).name
    return label(chat.language, "meeting.ics.title_kind", kind=name, group=chat.name)


async def send_calendar(turn: Turn, meeting: Meeting, one_off: str, series: str) -> None:
    """The meeting's calendar file into the chat, with the caption for what it holds."""
    file = await calendar_file(await turn.conn(), meeting, turn.chat, turn.now())
    await turn.reply_file(file.name, file.data, series if file.series else one_off)
