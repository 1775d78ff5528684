"""The same meeting twice: a group plans one meeting per moment. "/overleg do 17 dec half 8"
typed twice (or by two board members) would otherwise mean two announcements, two RSVP counts
and two sets of reminders; the second one points at the first instead."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from domain.meetings import Meeting
from handlers.i18n import Raw
from handlers.kit.turn import Turn
from handlers.meetings.text import link, when_text
from storage.meetings import MeetingRepo


async def planned_at(turn: Turn, starts: datetime) -> Meeting | None:
    """The group's planned (not cancelled) meeting starting at exactly this moment."""
    repo = MeetingRepo(await turn.conn())
    found = await repo.planned_on(turn.chat.id, starts, starts + timedelta(seconds=1))
    return found[0] if found else None


async def say_planned(turn: Turn, meeting: Meeting) -> None:
    """ "Dit overleg staat al gepland": as an answer to its announcement, or with its link in a
    supergroup (where links to messages exist). Nothing is stored."""
    where = f", {meeting.place}" if meeting.place else ""
    text = turn.t(
        "meeting.already_planned",
        when=when_text(meeting, turn.lang, turn.tz, turn.now()),
        where=where,
    )
    announced = meeting.announce_message_id
    url = link(turn.chat.id, announced) if announced is not None else None
    if url is not None:
        await turn.reply(text + " " + turn.t("meeting.already_planned.link", url=url), quote=True)
    elif announced is not None:
        await turn.reply(text + " " + turn.t("meeting.already_planned.above"), to=announced)
    else:
        await turn.reply(text, quote=True)


async def same_day_note(turn: Turn, meeting: Meeting) -> str | None:
    """A short note when the group has another meeting that day (at another time): allowed, but
    worth a glance ("half 8" where 19:30 was meant)."""
    tz = turn.tz
    day = meeting.starts_at.astimezone(tz).date()
    start = datetime.combine(day, time(0), tzinfo=tz)
    others = [
        other
        for other in await MeetingRepo(await turn.conn()).planned_on(
            turn.chat.id, start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        )
        if other.id != meeting.id
    ]
    if not others:
        return None
    times = ", ".join(other.starts_at.astimezone(tz).strftime("%H:%M") for other in others)
    return turn.t("meeting.same_day", count=len(others), times=Raw(times))
