"""The calendar file of a meeting (.ics, RFC 5545) made with `icalendar`.

One UID per meeting for its whole life, so calendars update the event instead of adding a copy;
SEQUENCE is the meeting's change counter; times are in the group's zone with its VTIMEZONE; a
VALARM reminds one day before. A cancelled meeting is sent as METHOD:CANCEL, STATUS:CANCELLED.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from domain.meetings import Meeting, MeetingState
from domain.models import Chat
from handlers.i18n import label
from handlers.kit.version import __version__
from storage.agenda import AgendaRepo

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
    from icalendar import Alarm, Calendar, Event  # here: a start-up need not pay for it

    zone = ZoneInfo(timezone)
    cancelled = meeting.state is MeetingState.CANCELLED
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", now)
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("summary", title)
    if meeting.place:
        event.add("location", meeting.place)
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if not cancelled:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", alarm_text)
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def ics_filename(meeting: Meeting, timezone: str) -> str:
    day = meeting.starts_at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d")
    return f"overleg-{day}.ics"


async def calendar_file(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime
) -> tuple[str, bytes]:
    """The file name and bytes of a meeting's .ics, its agenda as the description."""
    lang = chat.language
    items = await AgendaRepo(conn).of_meeting(chat.id, meeting.id)
    description = "\n".join(f"{item.number}. {item.text}" for item in items)
    data = meeting_ics(
        meeting,
        title=label(lang, "meeting.ics.title", group=chat.name),
        description=description,
        alarm_text=label(lang, "meeting.ics.alarm", group=chat.name),
        timezone=chat.timezone,
        now=now,
    )
    return ics_filename(meeting, chat.timezone), data
