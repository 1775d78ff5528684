"""/overleg: reading the command, asking the time of a date given without one, planning a meeting
(once or as a series) and announcing it with RSVP buttons and a calendar file."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from babel.dates import format_date

from domain.formats import DEFAULT_KIND, split_kind
from domain.meetings import DEFAULT_LENGTH, clean_place
from domain.roles import Role
from handlers.formats.builtin import formats_of
from handlers.formats.manage import show_formats
from handlers.i18n import format_moment
from handlers.kit.resume import AskBack
from handlers.kit.text import describe_rule
from handlers.kit.turn import Turn
from handlers.meetings.announce import announce, plan_meeting
from handlers.meetings.by_text import by_text
from handlers.meetings.lifecycle import ensure_half_year
from handlers.meetings.listing import send_listing, year_overview
from handlers.meetings.reading import (
    clock_only,
    date_words,
    ends_of,
    has_time,
    names_a_day,
    series_day_typed,
    time_typed,
    without,
)
from handlers.meetings.text import usage_error, when_text
from handlers.meetings.twice import planned_at, same_day_note, say_planned
from schedules.when import Recurrence, next_occurrence, to_rrule_text
from storage.meetings import MeetingRepo

YEAR_WORDS = ("jaar", "year", "planning")
KIND_WORDS = ("soorten", "soort", "kinds", "formats")


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
    if text.lower() in KIND_WORDS:  # "/overleg soorten": the kinds of meeting
        await show_formats(turn)
        return
    # "/overleg stadsdeeloverleg do 14 jan 15:00 Stadsdeelkantoor": the kind comes off first,
    # so it is never read as part of the date or the place
    fmt, rest = split_kind(await formats_of(await turn.conn(), turn.chat), text)
    if fmt is None and await by_text(turn, text):  # "verplaatsen 8 dec naar 10 dec 19:30"
        return
    await turn.require(Role.BOARD)
    await plan(turn, rest, kind=fmt.key if fmt is not None else DEFAULT_KIND)


async def plan(turn: Turn, text: str, *, place: str = "", kind: str = DEFAULT_KIND) -> None:
    """Plan what `text` says, or ask: never a day or time nobody typed (issue 17). `place`: the
    place typed before, when `text` answers a question about the date; `kind`: the kind of
    meeting named before it (domain/formats.py), carried through every question."""
    now = turn.now()
    tz = turn.tz
    # a meeting "om 8 uur" is nearly always 20:00, but never guessed: 7-11 is asked back too;
    # "31 april" or "25:00" is refused with the usage (handlers/kit/turn.py)
    rest, rule, first = turn.split_recurrence(text, evening_hours=True)
    if rule is not None and first is not None:
        if not series_day_typed(rule, text):  # "om de 2 weken 20:00": which day of the week?
            _words, bare = date_words(turn, rest)
            await _ask_when(turn, without(text, rest), clean_place(bare) or place, kind)
            return
        if await _asked_about_date_words(turn, rest, place, kind):
            return
        if rule.hour is None:  # "om de week op donderdag": the time is asked, the rest kept
            rhythm = without(text, rest)
            payload = {"rule": rhythm, "place": clean_place(rest) or place, "kind": kind}
            await turn.ask(turn.t("meeting.ask_time_series", rule=rhythm), SERIES_TIME, payload)
            return
        await _plan_series(turn, rule, first, clean_place(rest) or place, kind)
        return
    try:
        rest, when = turn.split_when(text, evening_hours=True)  # "half 8": 07:30 or 19:30?
    except AskBack as ask:
        clock = text[ask.reading.start : ask.reading.end]
        if not clock_only(clock):
            raise
        # "half 8 De Kroon": the day comes first; the hour is asked with the day known
        rest = text[: ask.reading.start] + " " + text[ask.reading.end :]
        if not await _asked_about_date_words(turn, rest, place, kind):
            await _ask_day(turn, clock, clean_place(rest) or place, kind)
        return
    if await _asked_about_date_words(turn, rest, place, kind):
        return
    if when is None:
        raise usage_error("overleg", "meeting.no_date", turn.lang)
    place = clean_place(rest) or place
    if when.has_time and clock_only(text[when.start : when.end]):
        await _ask_day(turn, text[when.start : when.end], place, kind)  # "/overleg 19:30 De Kroon"
        return
    if not when.has_time or not time_typed(text[when.start : when.end]):  # "vanavond": hoe laat?
        day = when.moment.astimezone(tz).date()
        if day < now.astimezone(tz).date():
            raise usage_error("overleg", "meeting.past", turn.lang)
        await turn.ask(
            turn.t(
                "meeting.ask_time",
                day=format_moment(when.moment, turn.lang, tz, with_time=False, now=now),
            ),
            "meeting_time",
            {"day": day.isoformat(), "place": place, "kind": kind},
        )
        return
    starts = when.moment
    if starts <= now:
        raise usage_error("overleg", "meeting.past", turn.lang)
    existing = await planned_at(turn, starts)
    if existing is not None:  # typed twice, or by two board members: one meeting
        await say_planned(turn, existing)
        return
    meeting = await plan_meeting(turn, starts, ends_of(when), place, kind=kind)
    await announce(turn, meeting, note=await same_day_note(turn, meeting))


async def _asked_about_date_words(turn: Turn, rest: str, place: str, kind: str) -> bool:
    """Date words left over are never taken for the place: the board is asked when exactly,
    and nothing is planned yet."""
    words, bare = date_words(turn, rest)
    if words is None:
        return False
    await _ask_when(turn, words, clean_place(bare) or place, kind)
    return True


async def _ask_when(turn: Turn, words: str, place: str, kind: str) -> None:
    await turn.ask(
        turn.t("meeting.ask_when", words=words), "meeting_when", {"place": place, "kind": kind}
    )


async def _ask_day(turn: Turn, clock: str, place: str, kind: str) -> None:
    """ "Op welke dag?": a meeting needs a day, and a bare clock time never means today."""
    await turn.ask(
        turn.t("meeting.ask_day", time=re.sub(r"^(?:om|at)\s+", "", clock.strip())),
        "meeting_day",
        {"clock": clock, "place": place, "kind": kind},
    )


async def on_new_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Wanneer is het overleg?" (/overleg step by step): planned as if typed
    after /overleg, with the same questions where something is missing."""
    await turn.require(Role.BOARD)
    await plan(turn, answer)


async def on_when_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Wanneer precies?" after date words the reader could not place."""
    await turn.require(Role.BOARD)
    await plan(turn, answer, place=str(payload.get("place", "")), kind=_kind(payload))


async def on_day_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Op welke dag?" for a meeting typed with a clock time only."""
    await turn.require(Role.BOARD)
    clock, place = str(payload.get("clock", "")), str(payload.get("place", ""))
    kind = _kind(payload)
    if not names_a_day(turn, answer):
        question = turn.t("meeting.ask_day_again", answer=answer[:40] or "…", time=clock)
        await turn.ask(question, "meeting_day", payload)
    elif has_time(turn, answer):
        await plan(turn, answer, place=place, kind=kind)  # the answer has its own time
    else:
        await plan(turn, f"{answer} {clock}", place=place, kind=kind)


async def on_time_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "hoe laat begint het?" for a meeting given with a date only ("half 8" is
    asked back as 07:30 or 19:30 on that day)."""
    await turn.require(Role.BOARD)
    place = str(payload.get("place", ""))
    day = date.fromisoformat(str(payload["day"]))
    if not has_time(turn, answer):
        shown = format_date(day, "EEEE d MMMM", locale=turn.lang)
        question = turn.t("meeting.bad_time", value=answer[:40])
        await turn.ask(
            question + "\n" + turn.t("meeting.ask_time", day=shown), "meeting_time", payload
        )
    elif names_a_day(turn, answer):
        await plan(turn, answer, place=place, kind=_kind(payload))  # a whole moment
    else:
        await plan(turn, f"{day.isoformat()} {answer}", place=place, kind=_kind(payload))


SERIES_TIME = "meeting_series_time"  # "Hoe laat beginnen de overleggen?" for a series


async def on_series_time_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The time (perhaps with the place) for a series typed without one: planned as if typed
    together ("om de week op donderdag" + "20:00 in het buurthuis")."""
    await turn.require(Role.BOARD)
    rule = str(payload.get("rule", ""))
    if not has_time(turn, answer):
        question = turn.t("meeting.bad_time", value=answer[:40])
        again = turn.t("meeting.ask_time_series", rule=rule)
        await turn.ask(question + "\n" + again, SERIES_TIME, payload)
        return
    place = str(payload.get("place", ""))
    await plan(turn, f"{rule} {answer}", place=place, kind=_kind(payload))


def _kind(payload: dict[str, Any]) -> str:
    """The kind of meeting a question carried (questions asked before kinds existed: none)."""
    return str(payload.get("kind") or DEFAULT_KIND)


async def _plan_series(
    turn: Turn, rule: Recurrence, first: datetime, place: str, kind: str
) -> None:
    assert turn.user is not None
    # a one-off meeting already planned on the series' first date stays as it is, and the
    # series starts at the time after it; a meeting of a series there means it runs already
    note = None
    for _ in range(12):
        existing = await planned_at(turn, first)
        if existing is None:
            break
        if existing.series_id is not None:
            await say_planned(turn, existing)
            return
        when = when_text(existing, turn.lang, turn.tz, turn.now())
        note = note or turn.t("meeting.series_after_planned", when=when)
        first = next_occurrence(rule, first, turn.tz)
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
        anchor=first,
        kind=kind,
    )
    meeting = await plan_meeting(
        turn, first, first + DEFAULT_LENGTH, place, series_id=series_id, kind=kind
    )
    await announce(turn, meeting, series=describe_rule(rule, turn.lang), note=note)
