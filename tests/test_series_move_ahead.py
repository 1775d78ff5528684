"""Moving a later date of a series the bot has not planned yet ("/overleg verplaatst van 10 naar
11 december 19:30" while only 26 November is planned): the date is called off in the series'
calendar and the new moment is planned as a one-off meeting with its own announcement, RSVP
buttons, reminders and calendar file; the series plans on as before. Through the Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from fakegram import ANNA, CARLA, DUINDORP, Change
from tests.support.harness import Harness
from tests.support.steps import board, labels, text, until

AMS = ZoneInfo("Europe/Amsterdam")
WEEKLY = "/overleg elke donderdag 20:00 buurthuis"


def at(month: int, day: int, hour: int = 20, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS)


def calendars(bot: Harness) -> list[Calendar]:
    """Every .ics the bot sent to the group, parsed, oldest first."""
    files = [m.file for m in bot.fake.sent(DUINDORP.id) if m.file is not None]
    return [Calendar.from_ical(f.data) for f in files if f is not None]


def shown(calendar: Calendar, end: datetime) -> list[datetime]:
    """The starts a phone calendar shows from 1 November up to `end`."""
    events = recurring_ical_events.of(calendar).between(at(11, 1, 0), end)
    return sorted(e.decoded("dtstart").astimezone(AMS) for e in events)


async def meetings(bot: Harness) -> list[tuple[str, str, int, int | None]]:
    """Every meeting row: start, state, called off ahead, series."""
    rows = await bot.sql(
        "SELECT starts_at, state, ahead, series_id FROM meetings ORDER BY starts_at, id"
    )
    return [(str(r[0]), str(r[1]), int(r[2]), r[3]) for r in rows]


async def walk(bot: Harness, moment: datetime) -> list[str]:
    """Let the clock run to `moment` an hour at a time; what was said on the way."""
    said: list[str] = []
    while bot.clock.now() < moment:
        said += await until(bot, min(moment, bot.clock.now() + timedelta(hours=1)))
    return said


def moved_to_11(out: list[Change]) -> None:
    """The announcement of the moved meeting, with what moved and that the series stays."""
    said = text(out)
    assert "📅 Het overleg is verplaatst" in said
    assert "Was: donderdag 10 december om 20:00 tot 22:00" in said
    assert "Nu: vrijdag 11 december om 19:30 tot 21:30" in said
    assert "🔁 De andere data van de reeks blijven staan." in said
    assert "Ik kom" in " ".join(labels(out[0]))


async def test_a_later_date_moves_to_a_one_off_meeting(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    (first,) = calendars(bot)
    out = await bot.say("/overleg verplaatst van 10 naar 11 december 19:30")
    moved_to_11(out)
    assert "buurthuis" in text(out)  # the series' place, as typed with it
    assert await meetings(bot) == [
        ("2026-11-26T19:00:00+00:00", "planned", 0, 1),
        ("2026-12-10T19:00:00+00:00", "cancelled", 1, 1),
        ("2026-12-11T18:30:00+00:00", "planned", 0, None),
    ]
    assert await bot.sql("SELECT kind FROM meetings WHERE id = 3") == [("bestuur",)]
    one_off, series = calendars(bot)[-2:]
    (event,) = one_off.walk("VEVENT")
    assert event.decoded("dtstart") == at(12, 11, 19, 30)
    assert "rrule" not in event
    assert shown(one_off, at(12, 31)) == [at(12, 11, 19, 30)]
    (master,) = series.walk("VEVENT")
    assert str(master["uid"]) == str(first.walk("VEVENT")[0]["uid"])
    assert int(master["sequence"]) > int(first.walk("VEVENT")[0]["sequence"])
    assert shown(series, at(12, 18)) == [at(11, 26), at(12, 3), at(12, 17)]
    # the moved meeting is a meeting of its own in the listing; the series' list leaves 10 out
    listed = text(await bot.say("/overleg"))
    assert "vrijdag 11 december om 19:30" in listed
    series_list = text(await bot.say("/overleg reeks"))
    assert "10 december" not in series_list
    assert "17 december" in series_list


async def test_reminders_follow_the_move_and_the_series_plans_on(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    await bot.say("/overleg 10 december verplaatsen naar 11 december 19:30")
    said = await walk(bot, datetime(2026, 12, 12, 9, 0, tzinfo=UTC))
    hour = [s for s in said if "Over een uur" in s]
    assert len(hour) == 3
    assert "26 november" in hour[0]
    assert "3 december" in hour[1]
    assert "11 december" in hour[2]
    assert not any("10 december" in s for s in said)
    of_series = [m[0][:10] for m in await meetings(bot) if m[3] == 1 and not m[2]]
    assert of_series == ["2026-11-26", "2026-12-03", "2026-12-17"]
    assert any("donderdag 17 december" in s for s in said)  # announced as the series' next


async def test_undo_puts_the_date_back_on_the_series(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    before = await meetings(bot)
    out = await bot.say("/overleg verplaatst van 10 naar 11 december 19:30")
    assert "↩️ Ongedaan maken" in labels(out[0])
    out = await bot.press("↩️ Ongedaan maken", message_id=out[0].message_id)
    said = text(out)
    assert "vrijdag 11 december om 19:30 tot 21:30 staat niet meer gepland" in said
    assert (
        "🔁 Het overleg van donderdag 10 december om 20:00 tot 22:00 staat weer in de reeks."
        in (said)
    )
    assert [m for m in await meetings(bot) if m[1] != "cancelled"] == before
    assert await bot.sql("SELECT count(*) FROM meetings WHERE ahead = 1") == [(0,)]
    assert shown(calendars(bot)[-1], at(12, 18)) == [at(11, 26), at(12, 3), at(12, 10), at(12, 17)]
    said = text(await bot.say("/overleg afzeggen 10 december"))  # a date of the series again
    assert "Weet je het zeker?" in said


async def test_a_day_without_a_time_asks_the_time_as_a_move_does(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    before = await meetings(bot)
    out = await bot.say("/overleg woensdag 9 december i.p.v. donderdag 10 december")
    assert "Hoe laat begint het overleg op woensdag 9 december?" in text(out)
    assert "20:00" in text(out)
    assert await meetings(bot) == before  # nothing changes before the answer
    out = await bot.say("straks", reply_to=out[0].message_id)
    assert "Hoe laat" in text(out)
    out = await bot.say("19:30", reply_to=out[-1].message_id)
    assert "Nu: woensdag 9 december om 19:30 tot 21:30" in text(out)
    assert [m[:3] for m in (await meetings(bot))[1:]] == [
        ("2026-12-09T18:30:00+00:00", "planned", 0),
        ("2026-12-10T19:00:00+00:00", "cancelled", 1),
    ]


async def test_no_new_date_asks_where_to(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    out = await bot.say("/overleg 10 december verplaatsen")
    assert "Naar wanneer verplaatsen we het overleg van donderdag 10 december om 20:00" in text(out)
    out = await bot.say("vrijdag 11 december 19:30 De Kroon", reply_to=out[0].message_id)
    moved_to_11(out)
    assert "De Kroon" in text(out)
    # the question again, after the date was moved: nothing changes a second time
    rows = await meetings(bot)
    out = await bot.say("/overleg 10 december verplaatsen")
    assert "Op 10 december staat geen overleg" in text(out)
    assert await meetings(bot) == rows


async def test_a_date_of_the_series_itself_is_not_a_new_moment(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    before = await meetings(bot)
    out = await bot.say("/overleg verplaatst van 10 naar 17 december 20:00")
    assert "Op donderdag 17 december om 20:00 tot 22:00 heeft de reeks al een overleg" in text(out)
    await bot.say("/overleg verplaatst van 10 naar 26 november 20:00")
    assert await meetings(bot) == before
    out = await bot.say("/overleg verplaatst van 10 naar 10 december 20:00")
    assert "er verandert niets" in text(out)
    assert await meetings(bot) == before


async def test_a_member_may_not_move_a_date(bot: Harness) -> None:
    await board(bot)
    await bot.say(WEEKLY)
    before = await meetings(bot)
    out = await bot.say("/overleg verplaatst van 10 naar 11 december 19:30", user=CARLA)
    assert "verplaatst" not in text(out)
    out = await bot.say("/overleg 10 december verplaatsen", user=ANNA)
    out = await bot.say("11 december 19:30", user=CARLA, reply_to=out[0].message_id)
    assert await meetings(bot) == before


async def test_in_english(english_bot: Harness) -> None:
    bot = english_bot
    await board(bot)
    await bot.say("/meeting every thursday 20:00 community centre")
    out = await bot.say("/meeting move 10 december to 11 december 19:30")
    said = text(out)
    assert "Was: Thursday 10 December" in said
    assert "Now: Friday 11 December" in said
    assert "🔁 The other dates of the series stay." in said
    assert shown(calendars(bot)[-1], at(12, 18)) == [at(11, 26), at(12, 3), at(12, 17)]
    assert shown(calendars(bot)[-2], at(12, 31)) == [at(12, 11, 19, 30)]
