"""A meeting series reaches every calendar as one object: the .ics the bot sent last, expanded by
a calendar library (icalendar + recurring-ical-events), equals the bot's own list of the
series' meetings for a year, through the DST changes, with cancelled and moved meetings, a new
rhythm and a stop. Driven through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from domain.meetings import MeetingSeries
from domain.series import planned
from fakegram import DUINDORP
from fakegram.model import SentFile
from handlers.meetings.ics import series_ics
from schedules.when import (
    Recurrence,
    from_rrule_text,
    next_occurrence,
    split_recurrence,
    to_rrule_text,
)
from storage.db import Database
from storage.meetings import MeetingRepo
from storage.migrations import MIGRATIONS, migrate
from tests.support.harness import Harness
from tests.support.steps import board

AMS = ZoneInfo("Europe/Amsterdam")
Row = tuple[datetime, datetime, str]  # start and end in Amsterdam, place


def last_calendar(bot: Harness) -> tuple[SentFile, Calendar, str]:
    """The .ics the bot sent to the group last, parsed, with its caption."""
    messages = [m for m in bot.fake.sent(DUINDORP.id) if m.file is not None]
    assert messages, "no calendar file sent"
    file = messages[-1].file
    assert file is not None
    assert file.name.endswith(".ics")
    return file, Calendar.from_ical(file.data), messages[-1].text or ""


def expanded(calendar: Calendar, start: datetime, end: datetime) -> list[Row]:
    """What a phone calendar shows: the library's expansion, as Amsterdam times."""
    rows = [
        (
            event.decoded("dtstart").astimezone(AMS),
            event.decoded("dtend").astimezone(AMS),
            str(event.get("location", "")),
        )
        for event in recurring_ical_events.of(calendar).between(start, end)
    ]
    return sorted(rows)


async def bot_list(bot: Harness, start: datetime, end: datetime) -> list[Row]:
    """The bot's own list of the series' meetings (domain/series.py `planned`)."""
    (series_id,) = [row[0] for row in await bot.sql("SELECT id FROM meeting_series")]
    async with bot.services.db.transaction() as conn:
        repo = MeetingRepo(conn)
        series = await repo.series(series_id)
        assert series is not None
        meetings = await repo.in_series(series_id)
    rule = from_rrule_text(series.recurrence)
    step = lambda after: next_occurrence(rule, after, AMS)  # noqa: E731
    return [
        (o.starts_at.astimezone(AMS), o.ends_at.astimezone(AMS), o.place)
        for o in planned(series, meetings, step, start, end)
    ]


def local(year: int, month: int, day: int, hour: int = 19, minute: int = 30) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


YEAR_START = local(2026, 12, 1, 0, 0)
YEAR_END = local(2027, 12, 1, 0, 0)


async def test_a_year_of_a_monthly_series_with_a_cancelled_and_a_moved_meeting(
    bot: Harness,
) -> None:
    await board(bot)
    await bot.say("/overleg elke eerste dinsdag van de maand 19:30 Buurthuis")
    file, calendar, caption = last_calendar(bot)
    assert "hele reeks" in caption
    assert file.name == "overlegreeks-2026-12-01.ics"
    (master,) = calendar.walk("VEVENT")
    uid = str(master["uid"])
    assert "RRULE:FREQ=MONTHLY;BYDAY=1TU" in file.data.decode()
    assert master.decoded("dtstart") == local(2026, 12, 1)
    assert expanded(calendar, YEAR_START, YEAR_END) == await bot_list(bot, YEAR_START, YEAR_END)
    # the first is held, the bot plans 5 January; that one is called off
    await bot.advance(timedelta(days=7))
    await bot.say("/overleg")
    await bot.press("Afzeggen")
    await bot.press("Ja, afzeggen")
    _file, calendar, caption = last_calendar(bot)
    assert "het overleg van dinsdag 5 januari" in caption
    assert "de rest van de reeks blijft staan" in caption
    assert int(calendar.walk("VEVENT")[0]["sequence"]) == 1
    # the bot plans 2 February when 5 January would have ended; it moves to 9 February 20:00
    await bot.advance(timedelta(days=40))
    out = await bot.say("/overleg verplaatsen 2 feb naar di 9 feb 20:00 De Kroon")
    assert "verplaatst" in (out[0].text or "")
    file, calendar, caption = last_calendar(bot)
    assert "het overleg van dinsdag 2 februari" in caption
    assert "verschuift" in caption
    events = calendar.walk("VEVENT")
    assert {str(e["uid"]) for e in events} == {uid}  # one calendar object, the same UID
    master, override = events
    assert int(master["sequence"]) == 2
    assert int(override["sequence"]) == 2
    assert override.decoded("recurrence-id") == local(2027, 2, 2)
    raw = file.data.decode()
    assert "EXDATE;TZID=Europe/Amsterdam:20270105T193000" in raw
    assert "RECURRENCE-ID;TZID=Europe/Amsterdam:20270202T193000" in raw
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == "Europe/Amsterdam"

    ours = await bot_list(bot, YEAR_START, YEAR_END)
    assert expanded(calendar, YEAR_START, YEAR_END) == ours
    starts = [start for start, _end, _place in ours]
    assert starts == [
        local(2026, 12, 1),
        local(2027, 2, 9, 20, 0),
        local(2027, 3, 2),
        # 28 March: summer time; 19:30 stays 19:30 (17:30 UTC instead of 18:30)
        local(2027, 4, 6),
        local(2027, 5, 4),
        local(2027, 6, 1),
        local(2027, 7, 6),
        local(2027, 8, 3),
        local(2027, 9, 7),
        local(2027, 10, 5),
        # 31 October: winter time again
        local(2027, 11, 2),
    ]
    assert ours[3][0].astimezone(UTC).hour == 17
    assert ours[2][0].astimezone(UTC).hour == 18
    assert ours[-1][0].astimezone(UTC).hour == 18
    assert ours[1][2] == "De Kroon"
    assert {place for *_, place in ours[2:]} == {"Buurthuis"}
    # /overleg reeks lists the coming meetings from the same list
    out = await bot.say("/overleg reeks")
    shown = out[0].text or ""
    assert "De komende overleggen van de reeks" in shown
    coming = shown.split("(zo staan ze ook in je agenda):")[1].strip().splitlines()
    assert coming == [
        "• dinsdag 9 februari om 20:00 — De Kroon (verplaatst)",
        "• dinsdag 2 maart om 19:30",
        "• dinsdag 6 april om 19:30",
        "• dinsdag 4 mei om 19:30",
    ]
    # what the bot then plans is what the calendar shows: 2 March, not 9 March
    await bot.advance(timedelta(days=30))
    rows = await bot.sql("SELECT starts_at, state FROM meetings WHERE state = 'planned'")
    assert rows == [("2027-03-02T18:30:00+00:00", "planned")]


async def test_a_new_rhythm_sends_the_series_again_with_the_same_uid(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg elke 2e di vd maand 19:30 De Kroon")
    _file, calendar, _caption = last_calendar(bot)
    uid = str(calendar.walk("VEVENT")[0]["uid"])
    out = await bot.say("/overleg reeks elke derde donderdag van de maand 20:00")
    assert "De vaste reeks is gewijzigd" in (out[0].text or "")
    file, calendar, caption = last_calendar(bot)
    assert "voortaan elke derde donderdag van de maand om 20:00" in caption
    (master,) = calendar.walk("VEVENT")  # the coming meeting is the new rhythm's first
    assert str(master["uid"]) == uid
    assert int(master["sequence"]) >= 1
    assert "RRULE:FREQ=MONTHLY;BYDAY=3TH" in file.data.decode()
    ours = await bot_list(bot, YEAR_START, YEAR_END)
    assert expanded(calendar, YEAR_START, YEAR_END) == ours
    assert [start.day for start, *_ in ours[:4]] == [17, 21, 18, 18]  # Dec, Jan, Feb, Mar
    assert {(start.hour, start.minute) for start, *_ in ours} == {(20, 0)}
    assert len(ours) == 12


async def test_a_stopped_series_ends_in_the_calendar(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg elke eerste dinsdag van de maand 19:30 Buurthuis")
    await bot.advance(timedelta(days=7))  # 1 December held, 5 January planned
    await bot.say("/overleg reeks stoppen")
    await bot.press("Ja, stoppen")
    file, calendar, caption = last_calendar(bot)
    assert "na 5 januari 2027" in caption
    assert "UNTIL=20270105T183000Z" in file.data.decode()
    ours = await bot_list(bot, YEAR_START, YEAR_END)
    assert [start for start, *_ in ours] == [local(2026, 12, 1), local(2027, 1, 5)]
    assert expanded(calendar, YEAR_START, YEAR_END) == ours


async def test_a_series_taken_back_leaves_every_calendar(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg elke eerste dinsdag van de maand 19:30 Buurthuis")
    _file, calendar, _caption = last_calendar(bot)
    uid = str(calendar.walk("VEVENT")[0]["uid"])
    await bot.press("↩️ Ongedaan maken")
    _file, calendar, caption = last_calendar(bot)
    assert "haal je de hele reeks eruit" in caption
    assert str(calendar["method"]) == "CANCEL"
    (master,) = calendar.walk("VEVENT")
    assert str(master["uid"]) == uid
    assert str(master["status"]) == "CANCELLED"
    assert int(master["sequence"]) >= 1


async def test_the_kind_of_meeting_is_in_the_calendar_title(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg stadsdeeloverleg elke eerste donderdag van de maand 15:00 Stadsdeel")
    _file, calendar, _caption = last_calendar(bot)
    summary = str(calendar.walk("VEVENT")[0]["summary"])
    assert summary.startswith("Stadsdeeloverleg ")
    await bot.say("/overleg di 8 dec 19:30 Buurthuis")
    _file, calendar, _caption = last_calendar(bot)
    assert str(calendar.walk("VEVENT")[0]["summary"]) == "Overleg Bewonersorganisatie Duindorp"


RULES = (
    "elke dag 9:00",
    "om de 3 dagen 9:00",
    "elke woensdag 20:00",
    "om de 2 weken op maandag 19:00",
    "elke maand op de 31e 19:30",
    "elke maand op de 29e 19:30",
    "elke eerste en derde dinsdag van de maand 19:30",
    "elke laatste vrijdag van de maand 16:00",
    "elke 2 maanden op de eerste maandag 20:00",
)


def test_every_kind_of_rule_expands_as_the_bot_plans_it() -> None:
    """The RRULE of each kind of rule the date reader knows, expanded for two years by the
    library, gives exactly the moments the bot's `next_occurrence` plans (short months, DST)."""
    now = datetime(2026, 11, 25, 15, 0, tzinfo=AMS)
    for text in RULES:
        _rest, rule, first = split_recurrence(text, now, "Europe/Amsterdam")
        assert isinstance(rule, Recurrence), text
        assert first is not None, text
        series = MeetingSeries(
            recurrence=to_rrule_text(rule),
            place="Buurthuis",
            length=timedelta(hours=2),
            timezone="Europe/Amsterdam",
            id=1,
            chat_id=DUINDORP.id,
            created_at=now,
            anchor=first,
        )
        step = lambda after, rule=rule: next_occurrence(rule, after, AMS)  # noqa: E731
        end = first + timedelta(days=730)
        data = series_ics(
            series,
            [],
            first=first,
            until=None,
            title="Overleg",
            description="",
            alarm_text="Morgen",
            now=now,
        )
        ours = [
            (o.starts_at.astimezone(AMS), o.ends_at.astimezone(AMS), o.place)
            for o in planned(series, [], step, first, end)
        ]
        assert len(ours) > 10, text
        assert expanded(Calendar.from_ical(data), first, end) == ours, text


async def test_series_planned_before_the_calendar_get_their_slots(tmp_path: Path) -> None:
    """The migration gives existing series meetings their slot (a moved one: where its first
    move took it from) and each series its anchor and SEQUENCE, so their next file is right."""
    db = await Database.open(tmp_path / "old.sqlite")
    try:
        at = next(i for i, m in enumerate(MIGRATIONS) if m.name == "1930_series_calendar")
        await migrate(db, MIGRATIONS[:at])
        async with db.transaction() as conn:
            await conn.execute(
                "INSERT INTO meeting_series (id, chat_id, recurrence, timezone, created_at)"
                " VALUES (1, -5, '{\"kind\":\"weekly\"}', 'Europe/Amsterdam', '2026-11-25')"
            )
            for id_, starts, sequence in (
                (1, "2026-12-01T18:30:00+00:00", 0),
                (2, "2026-12-10T18:30:00+00:00", 2),
                (3, "2026-12-20T18:30:00+00:00", 0),
            ):
                await conn.execute(
                    "INSERT INTO meetings (id, chat_id, series_id, starts_at, ends_at, sequence,"
                    " updated_at, created_at) VALUES (?, -5, ?, ?, ?, ?, ?, ?)",
                    (
                        id_,
                        1 if id_ < 3 else None,
                        starts,
                        starts,
                        sequence,
                        "2026-11-25",
                        "2026-11-25",
                    ),
                )
            for old in ("2026-12-08T18:30:00+00:00", "2026-12-09T18:30:00+00:00"):
                await conn.execute(
                    "INSERT INTO meeting_moves (chat_id, meeting_id, old_starts_at, old_ends_at,"
                    " old_place, moved_at) VALUES (-5, 2, ?, ?, '', '2026-11-26')",
                    (old, old),
                )
        assert "1930_series_calendar" in await migrate(db)
        async with db.transaction() as conn:
            slots = [tuple(r) for r in await conn.execute_fetchall("SELECT id, slot FROM meetings")]
            series = [
                tuple(r)
                for r in await conn.execute_fetchall("SELECT anchor, sequence FROM meeting_series")
            ]
        assert slots == [
            (1, "2026-12-01T18:30:00+00:00"),
            (2, "2026-12-08T18:30:00+00:00"),
            (3, None),
        ]
        assert series == [("2026-12-01T18:30:00+00:00", 2)]
    finally:
        await db.close()
