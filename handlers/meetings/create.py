"""/overleg: reading the command, asking the time of a date given without one, planning a meeting
(once or as a series) and announcing it with RSVP buttons and a calendar file."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from babel.dates import format_date

from domain.meetings import DEFAULT_LENGTH, Meeting, clean_place
from domain.roles import Role
from domain.settings import parse_clock
from handlers.i18n import format_moment
from handlers.kit.text import describe_rule
from handlers.kit.turn import Turn
from handlers.meetings.ics import calendar_file
from handlers.meetings.keyboards import announce_buttons
from handlers.meetings.lifecycle import create_meeting, ensure_half_year
from handlers.meetings.listing import send_listing, year_overview
from handlers.meetings.text import announcement, usage_error
from schedules.when import Recurrence, When, to_rrule_text
from storage.meetings import MeetingRepo

YEAR_WORDS = ("jaar", "year", "planning")


async def meeting_command(turn: Turn) -> None:
    """/overleg [wanneer] [waar] | /overleg jaar."""
    turn.require_group()
    await ensure_half_year(await turn.conn(), turn.svc, turn.chat, turn.now())
    text = turn.text_after_command
    if not text:
        await send_listing(turn)
        return
    if text.lower() in YEAR_WORDS:
        await year_overview(turn)
        return
    await turn.require(Role.BOARD)
    await _plan(turn, text)


async def _plan(turn: Turn, text: str) -> None:
    now = turn.now()
    tz = turn.tz
    # a meeting "om 8 uur" is nearly always 20:00, but never guessed: 7-11 is asked back too;
    # "31 april" or "25:00" is refused with the usage (handlers/kit/turn.py)
    rest, rule, first = turn.split_recurrence(text, evening_hours=True)
    if rule is not None and first is not None:
        if rule.hour is None:
            raise usage_error("overleg", "meeting.no_time_series", turn.lang)
        await _plan_series(turn, rule, first, clean_place(rest))
        return
    rest, when = turn.split_when(text, evening_hours=True)  # "om 3 uur", "half 8": asks back
    if when is None:
        raise usage_error("overleg", "meeting.no_date", turn.lang)
    place = clean_place(rest)
    if not when.has_time:
        day = when.moment.astimezone(tz).date()
        if day < now.astimezone(tz).date():
            raise usage_error("overleg", "meeting.past", turn.lang)
        await turn.ask(
            turn.t(
                "meeting.ask_time",
                day=format_moment(when.moment, turn.lang, tz, with_time=False, now=now),
            ),
            "meeting_time",
            {"day": day.isoformat(), "place": place},
        )
        return
    starts = when.moment
    if starts <= now:
        raise usage_error("overleg", "meeting.past", turn.lang)
    meeting = await plan_meeting(turn, starts, ends_of(when), place)
    await _announce(turn, meeting)


def ends_of(when: When) -> datetime:
    """The end of "19:30-21:30" or "van 19.30 tot 21.30 uur"; else two hours after the start."""
    if when.until is not None and when.until_has_time and when.until > when.moment:
        if when.until - when.moment <= timedelta(hours=16):
            return when.until
    return when.moment + DEFAULT_LENGTH


async def on_time_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "hoe laat begint het?" for a meeting given with a date only."""
    clock = parse_clock(answer.replace("om", "").strip())
    day = date.fromisoformat(str(payload["day"]))
    if clock is None:
        shown = format_date(day, "EEEE d MMMM", locale=turn.lang)
        question = turn.t("meeting.bad_time", value=answer[:40])
        await turn.ask(
            question + "\n" + turn.t("meeting.ask_time", day=shown), "meeting_time", payload
        )
        return
    starts = datetime.combine(day, clock, tzinfo=turn.tz)
    if starts <= turn.now():
        raise usage_error("overleg", "meeting.past", turn.lang)
    await turn.require(Role.BOARD)
    meeting = await plan_meeting(
        turn, starts, starts + DEFAULT_LENGTH, str(payload.get("place", ""))
    )
    await _announce(turn, meeting)


async def _plan_series(turn: Turn, rule: Recurrence, first: datetime, place: str) -> None:
    assert turn.user is not None
    conn = await turn.conn()
    minutes = int(DEFAULT_LENGTH.total_seconds() // 60)
    series_id = await MeetingRepo(conn).add_series(
        turn.chat.id,
        to_rrule_text(rule),
        place,
        minutes,
        turn.chat.timezone,
        turn.user.id,
        turn.now(),
    )
    meeting = await plan_meeting(turn, first, first + DEFAULT_LENGTH, place, series_id=series_id)
    await _announce(turn, meeting, series=describe_rule(rule, turn.lang))


async def plan_meeting(
    turn: Turn, starts: datetime, ends: datetime, place: str, *, series_id: int | None = None
) -> Meeting:
    """Store a meeting, give it the waiting agenda items and schedule its rhythm."""
    assert turn.user is not None
    return await create_meeting(
        await turn.conn(),
        turn.svc,
        turn.chat,
        starts,
        ends,
        place,
        await turn.group_settings(),
        turn.now(),
        created_by=turn.user.id,
        series_id=series_id,
    )


async def _announce(turn: Turn, meeting: Meeting, *, series: str | None = None) -> None:
    conn = await turn.conn()
    text = await announcement(conn, meeting, turn.chat, turn.now(), series=series)
    sent = await turn.reply(text, announce_buttons(meeting, turn.lang, turn.now()))
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.set_message(meeting.id, "announce_message_id", sent.message_id)
    await repo.record_message(turn.chat.id, sent.message_id, meeting.id, "announce")
    filename, data = await calendar_file(conn, meeting, turn.chat, turn.now())
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption"))
    await turn.svc.engine.changed()
