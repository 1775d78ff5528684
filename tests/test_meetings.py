"""/overleg: planning, announcing with RSVP and a calendar file, moving, cancelling, chair and
minute-taker, the year, and each meeting's events, through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.conftest import Harness

AMS = ZoneInfo("Europe/Amsterdam")


def texts(changes: list) -> list[str]:  # type: ignore[type-arg]
    return [c.text or "" for c in changes]


async def board(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)


async def plan(bot: Harness, text: str = "/overleg di 8 dec 19:30 Wijkcentrum De Boog, Loosduinen"):  # type: ignore[no-untyped-def]
    await board(bot)
    return await bot.say(text)


def calendar_of(bot: Harness, changes: list) -> Calendar:  # type: ignore[type-arg]
    doc = next(c for c in changes if c.message.get("document"))
    stored = bot.fake.bot_message(doc.chat_id, doc.message_id).document
    assert stored is not None
    assert stored[0].endswith(".ics")
    return Calendar.from_ical(stored[1])


async def test_plan_announces_with_rsvp_buttons_and_calendar_file(bot: Harness) -> None:
    out = await plan(bot)
    text = out[0].text or ""
    assert "Overleg Bewonersorganisatie Duindorp" in text
    assert "dinsdag 8 december om 19:30 tot 21:30" in text
    assert "Wijkcentrum De Boog, Loosduinen" in text
    assert [label for label, _ in out[0].buttons[0]] == ["Ik kom", "Misschien", "Ik kom niet"]
    cal = calendar_of(bot, out)
    event = cal.walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2026, 12, 8, 19, 30, tzinfo=AMS)
    assert event.decoded("dtend") == datetime(2026, 12, 8, 21, 30, tzinfo=AMS)
    assert str(event["location"]) == "Wijkcentrum De Boog, Loosduinen"
    assert int(event["sequence"]) == 0
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Europe/Amsterdam"
    alarm = event.walk("VALARM")[0]
    assert alarm.decoded("trigger") == -timedelta(days=1)
    rows = await bot.sql(
        "SELECT kind, fire_at FROM due WHERE kind LIKE 'meeting.%' ORDER BY fire_at"
    )
    assert rows == [
        ("meeting.call", "2026-12-01T18:30:00+00:00"),
        ("meeting.close", "2026-12-06T18:30:00+00:00"),
        ("meeting.remind_day", "2026-12-07T18:30:00+00:00"),
        ("meeting.remind_hour", "2026-12-08T17:30:00+00:00"),
        ("meeting.end", "2026-12-08T20:30:00+00:00"),
        ("meeting.half_year", "2027-01-04T08:00:00+00:00"),
    ]
    assert await bot.sql("SELECT state, place FROM meetings") == [
        ("planned", "Wijkcentrum De Boog, Loosduinen")
    ]


async def test_rsvp_counts_and_names_edited_in_place(bot: Harness) -> None:
    out = await plan(bot)
    announce = out[0].message_id
    out = await bot.press("Ik kom", user=BRAM, message_id=announce)
    assert out[0].kind == "edited"
    assert out[0].message_id == announce
    assert "✅ Ik kom (1): Bram" in (out[0].text or "")
    await bot.press("Misschien", user=CARLA, message_id=announce)
    out = await bot.press("Ik kom", user=ANNA, message_id=announce)
    text = out[0].text or ""
    assert "✅ Ik kom (2): Bram, Anna de Vries" in text
    assert "🤔 Misschien (1): Carla" in text
    out = await bot.press("Ik kom niet", user=BRAM, message_id=announce)
    text = out[0].text or ""
    assert "✅ Ik kom (1): Anna de Vries" in text
    assert "❌ Ik kom niet (1): Bram" in text
    assert await bot.sql("SELECT count(*) FROM meeting_rsvps") == [(3,)]


async def test_ics_dtstart_right_across_dst(bot: Harness) -> None:
    # Planned in winter (CET) for a date in summer time (CEST): 19:30 stays 19:30 local.
    out = await plan(bot, "/overleg 6 april 2027 19:30 Buurthuis")
    event = calendar_of(bot, out).walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start == datetime(2027, 4, 6, 19, 30, tzinfo=AMS)
    assert start.astimezone(UTC) == datetime(2027, 4, 6, 17, 30, tzinfo=UTC)
    raw = bytes(bot.fake.sent(DUINDORP.id)[-1].document[1]).decode()  # type: ignore[index]
    assert "DTSTART;TZID=Europe/Amsterdam:20270406T193000" in raw
    assert "BEGIN:DAYLIGHT" in raw


async def test_bad_input_usage_and_nothing_stored(bot: Harness) -> None:
    await board(bot)
    for text in (
        "/overleg Buurthuis",
        "/overleg gisteren 19:30 Buurthuis",
        "/overleg 31 februari 19:30",
    ):
        out = await bot.say(text)
        reply = out[0].text or ""
        assert "Zo gebruik je het: /overleg wanneer [waar]" in reply, text
        assert "Bijvoorbeeld: /overleg di 8 dec 19:30" in reply
    assert await bot.sql("SELECT count(*) FROM meetings") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM due") == [(0,)]


async def test_only_board_plans(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg di 8 dec 19:30 Buurthuis", user=CARLA)
    assert out[0].text == "Alleen bestuursleden kunnen dit doen."
    assert await bot.sql("SELECT count(*) FROM meetings") == [(0,)]


async def test_date_without_time_is_asked(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg 8 december Buurthuis")
    assert "Hoe laat begint het overleg op dinsdag 8 december?" in (out[0].text or "")
    out = await bot.say("19:30", reply_to=out[0].message_id)
    assert "dinsdag 8 december om 19:30 tot 21:30" in (out[0].text or "")
    assert await bot.sql("SELECT place FROM meetings") == [("Buurthuis",)]
