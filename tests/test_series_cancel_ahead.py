"""A later date of a series called off before the bot planned it ("/overleg afzeggen 10
december" while only 26 November is planned): asked first, stored as a cancelled slot, left
out of the series' calendar file and of /overleg reeks, skipped when the bot plans on (across
a restart), and sensible when the series stops or gets a new rhythm. Through the Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from fakegram import ANNA, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import alert, board, labels, text, until

AMS = ZoneInfo("Europe/Amsterdam")
WEEKLY = "/overleg elke donderdag 20:00 buurthuis"
OTHER_WEEK = "/overleg om de week op donderdag 20:00 buurthuis"


def thursday(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 20, 0, tzinfo=AMS)


def calendars(bot: Harness) -> list[Calendar]:
    """Every .ics the bot sent to the group, parsed, oldest first."""
    files = [m.file for m in bot.fake.sent(DUINDORP.id) if m.file is not None]
    return [Calendar.from_ical(f.data) for f in files if f is not None]


def shown(calendar: Calendar, end: datetime) -> list[datetime]:
    """The starts a phone calendar shows up to `end` (the library's expansion)."""
    start = thursday(11, 1)
    events = recurring_ical_events.of(calendar).between(start, end)
    return sorted(e.decoded("dtstart").astimezone(AMS) for e in events)


async def walk(bot: Harness, moment: datetime) -> list[str]:
    """Let the clock run to `moment` an hour at a time, as the bot lives through it; what was
    said on the way."""
    said: list[str] = []
    while bot.clock.now() < moment:
        said += await until(bot, min(moment, bot.clock.now() + timedelta(hours=1)))
    return said


async def meetings(bot: Harness) -> list[tuple[str, str, int]]:
    rows = await bot.sql("SELECT starts_at, state, ahead FROM meetings ORDER BY slot")
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


async def test_a_later_date_is_called_off_after_are_you_sure(bot: Harness) -> None:
    await board(bot)
    await bot.say(OTHER_WEEK)
    (first,) = calendars(bot)
    before = await meetings(bot)
    out = await bot.say("/overleg afzeggen 10 december")
    assert "Weet je het zeker?" in text(out)
    assert "donderdag 10 december om 20:00" in text(out)
    assert labels(out[0]) == ["Ja, afzeggen", "Nee"]
    assert await meetings(bot) == before  # nothing changes before "Ja"
    out = await bot.press("Nee")
    assert "Niets veranderd" in text(out)
    assert await meetings(bot) == before
    assert len(calendars(bot)) == 1
    await bot.say("/overleg afzeggen 10 december")
    out = await bot.press("Ja, afzeggen")
    assert (
        "🚫 Het overleg van donderdag 10 december gaat niet door."
        " De andere data van de reeks blijven staan." in text(out)
    )
    assert "Haal het overleg" not in text(out)
    assert await meetings(bot) == [
        *before,
        ("2026-12-10T19:00:00+00:00", "cancelled", 1),
    ]
    assert await bot.sql("SELECT kind FROM due WHERE target_id = 2") == []  # no reminders
    last = calendars(bot)[-1]
    (master,) = last.walk("VEVENT")
    assert str(master["uid"]) == str(first.walk("VEVENT")[0]["uid"])
    assert int(master["sequence"]) > int(first.walk("VEVENT")[0]["sequence"])
    assert shown(last, thursday(1, 8, 2027)) == [
        thursday(11, 26),
        thursday(12, 24),
        thursday(1, 7, 2027),
    ]
    out = await bot.say("/overleg reeks")
    listed = text(out)
    assert "26 november" in listed
    assert "24 december" in listed
    assert "10 december" not in listed
    # a second time: the date is no longer on the series, as on any day without a meeting
    out = await bot.say("/overleg afzeggen 10 december")
    assert "Op 10 december staat geen overleg" in text(out)


async def test_a_day_of_no_series_answers_as_before(bot: Harness) -> None:
    await board(bot)
    await bot.say(OTHER_WEEK)
    out = await bot.say("/overleg afzeggen 3 december")
    assert "Op 3 december staat geen overleg. Welk overleg bedoel je?" in text(out)
    assert labels(out[0]) == ["donderdag 26 november om 20:00 tot 22:00 · buurthuis"]
    out = await bot.say("/overleg 11 december gaat niet door")  # the day after a date
    assert "Op 11 december staat geen overleg" in text(out)


async def test_the_bot_plans_past_the_date_called_off_across_a_restart(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    await bot.say("/overleg 10 december gaat niet door")
    await bot.press("Ja, afzeggen")
    # 26 November ends: the bot plans 3 December, not past it
    said = await until(bot, datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    assert any("donderdag 3 december" in s for s in said)
    planned = [m for m in await meetings(bot) if m[1] == "planned"]
    assert planned[-1][0] == "2026-12-03T19:00:00+00:00"
    await bot.restart(after=timedelta(days=2))
    # 3 December ends: the next is 17 December; nothing reminds of 10 December
    said = await walk(bot, datetime(2026, 12, 11, 9, 0, tzinfo=UTC))
    hour = [s for s in said if "Over een uur" in s]
    assert len(hour) == 1
    assert "3 december" in hour[0]
    assert any("donderdag 17 december" in s for s in said)
    assert not any("10 december" in s for s in said)
    said = await walk(bot, datetime(2026, 12, 18, 9, 0, tzinfo=UTC))
    hour = [s for s in said if "Over een uur" in s]
    assert len(hour) == 1
    assert "17 december" in hour[0]
    assert [m[0][:10] for m in await meetings(bot)] == [
        "2026-11-26",
        "2026-12-03",
        "2026-12-10",
        "2026-12-17",
        "2026-12-24",
    ]
    assert [m[1] for m in await meetings(bot)][2] == "cancelled"


async def test_two_dates_in_a_row_and_the_calendar_matches(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    for day in ("3 december", "10 december"):
        await bot.say(f"/overleg afzeggen {day}")
        await bot.press("Ja, afzeggen")
    await until(bot, datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    planned = [m[0][:10] for m in await meetings(bot) if m[1] == "planned"]
    assert planned[-1] == "2026-12-17"
    assert shown(calendars(bot)[-1], thursday(12, 25)) == [
        thursday(11, 26),
        thursday(12, 17),
        thursday(12, 24),
    ]


async def test_stopping_the_series_ends_it_at_its_planned_meeting(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    await bot.say("/overleg afzeggen 17 december")
    await bot.press("Ja, afzeggen")
    await bot.say("/overleg reeks stoppen")
    out = await bot.press("Ja, stoppen")
    assert "na 26 november" in text(out)  # not after the date called off
    last = calendars(bot)[-1]
    assert "UNTIL=20261126T190000Z" in last.to_ical().decode()
    assert shown(last, thursday(2, 1, 2027)) == [thursday(11, 26)]


async def test_a_new_rhythm_keeps_the_date_called_off(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    await bot.say("/overleg afzeggen 10 december")
    await bot.press("Ja, afzeggen")
    out = await bot.say("/overleg reeks om de week op donderdag 20:00")
    assert "De vaste reeks is gewijzigd" in text(out)
    assert shown(calendars(bot)[-1], thursday(1, 8, 2027)) == [
        thursday(11, 26),
        thursday(12, 24),
        thursday(1, 7, 2027),
    ]
    await until(bot, datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    planned = [m[0][:10] for m in await meetings(bot) if m[1] == "planned"]
    assert planned[-1] == "2026-12-24"


async def test_a_member_may_not_call_off_a_date(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    before = await meetings(bot)
    out = await bot.say("/overleg afzeggen 10 december", user=CARLA)
    assert "Weet je het zeker?" not in text(out)
    out = await bot.say("/overleg afzeggen 10 december", user=ANNA)
    await bot.press("Ja, afzeggen", user=CARLA)
    assert "bestuur" in alert(bot).lower()
    assert await meetings(bot) == before


async def test_in_english(english_bot: Harness) -> None:
    bot = english_bot
    await board(bot)
    await bot.say("/meeting every thursday 20:00 community centre")
    out = await bot.say("/meeting cancel 10 december")
    assert "Are you sure?" in text(out)
    out = await bot.press("Yes, cancel it")
    assert "🚫 The meeting of Thursday 10 December is off." in text(out)
    assert shown(calendars(bot)[-1], thursday(12, 18))[:3] == [
        thursday(11, 26),
        thursday(12, 3),
        thursday(12, 17),
    ]


def test_a_meeting_on_a_slot_beats_a_date_called_off_there() -> None:
    """A new rhythm's meeting landing on a date called off ahead: the calendar shows the meeting
    (whichever row came first)."""
    from datetime import UTC, datetime, timedelta

    from domain.meetings import Meeting, MeetingSeries, MeetingState
    from domain.series import occurrences

    week = timedelta(days=7)
    first = datetime(2026, 12, 3, 19, tzinfo=UTC)
    series = MeetingSeries("FREQ=WEEKLY", "Buurthuis", timedelta(hours=2), "UTC", anchor=first)
    slot = first + week
    off = Meeting(
        1,
        -1,
        slot,
        slot + series.length,
        "Buurthuis",
        MeetingState.CANCELLED,
        series_id=1,
        slot=slot,
        ahead=True,
    )
    real = Meeting(
        2, -1, slot, slot + series.length, "Buurthuis", MeetingState.PLANNED, series_id=1, slot=slot
    )
    for meetings in ([off, real], [real, off]):
        found = occurrences(series, meetings, lambda m: m + week, slot)
        assert [(o.slot, o.cancelled, o.meeting_id) for o in found] == [
            (first, False, None),
            (slot, False, 2),
        ]
