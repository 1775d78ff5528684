"""Ranges, periods and readings: the date reader beyond what the corpora show (docs/dates.md 14-29):
the end of ranges and periods, the readings of a text to ask back about, how an answer is
written back into a command, and the working days and feasts coming from domain/workdays.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.workdays import add_working_days, easter_sunday
from schedules.when import (
    Unsettled,
    When,
    canonical,
    format_result,
    parse_when,
    read_when,
    split_reading,
    split_when,
)

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=AMS)  # Thursday


def _when(text: str, now: datetime = NOW) -> When:
    w = read_when(text, now, AMS)
    assert isinstance(w, When), text
    return w


def _fmt(d: datetime | None) -> str:
    assert d is not None
    return d.strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize(
    ("text", "start", "until", "until_has_time"),
    [
        ("7 t/m 18 december", "2026-12-07T00:00", "2026-12-18T00:00", False),
        ("van 10 december tot 15 januari", "2026-12-10T00:00", "2027-01-15T00:00", False),
        ("20 t/m 30 november", "2026-11-20T00:00", "2026-11-30T00:00", False),
        ("van 19.30 tot 21.30 uur", "2026-11-26T19:30", "2026-11-26T21:30", True),
        ("19:00-21:00", "2026-11-26T19:00", "2026-11-26T21:00", True),
        ("van 7 tot 9 uur 's avonds", "2026-11-26T19:00", "2026-11-26T21:00", True),
        ("di 8 dec 19:30-21:30", "2026-12-08T19:30", "2026-12-08T21:30", True),
        ("zaterdag 12 december 10-16 uur", "2026-12-12T10:00", "2026-12-12T16:00", True),
        ("vanavond 22:00-01:00", "2026-11-26T22:00", "2026-11-27T01:00", True),
        ("dit weekend", "2026-11-28T00:00", "2026-11-29T00:00", False),
        ("volgende week", "2026-11-30T00:00", "2026-12-06T00:00", False),
        ("volgende maand", "2026-12-01T00:00", "2026-12-31T00:00", False),
        ("in maart", "2027-03-01T00:00", "2027-03-31T00:00", False),
        ("volgend jaar", "2027-01-01T00:00", "2027-12-31T00:00", False),
    ],
)
def test_ranges_and_periods_carry_their_end(
    text: str, start: str, until: str, until_has_time: bool
) -> None:
    w = _when(text)
    assert _fmt(w.moment) == start
    assert _fmt(w.until) == until
    assert w.until_has_time is until_has_time


def test_a_weekday_range_that_runs_started_this_week() -> None:
    wednesday = datetime(2026, 12, 2, 9, 0, tzinfo=AMS)
    w = _when("maandag t/m vrijdag", wednesday)
    assert (w.moment.date(), w.until and w.until.date()) == (date(2026, 11, 30), date(2026, 12, 4))


def test_one_moment_has_no_end() -> None:
    assert _when("morgen 19:30").until is None
    assert _when("3 december").until is None


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("om 3 uur", ["2026-11-27T03:00", "2026-11-26T15:00"]),
        ("morgen om 2 uur", ["2026-11-27T02:00", "2026-11-27T14:00"]),
        ("half zeven", ["2026-11-27T06:30", "2026-11-26T18:30"]),
        ("vrijdag 4 december om 5 uur", ["2026-12-04T05:00", "2026-12-04T17:00"]),
        ("kwart voor vier", ["2026-11-27T03:45", "2026-11-26T15:45"]),
    ],
)
def test_two_readings_of_a_bare_hour(text: str, readings: list[str]) -> None:
    w = read_when(text, NOW, AMS)
    assert isinstance(w, Unsettled)
    assert [_fmt(r.moment) for r in w.readings] == readings
    assert all(r.has_time for r in w.readings)
    assert text[w.start : w.end].strip()  # the span names the words to settle


def test_a_range_of_bare_hours_is_read_both_ways_with_its_end() -> None:
    w = read_when("morgen van 2 tot 4 uur", NOW, AMS)
    assert isinstance(w, Unsettled)
    ends = [(_fmt(r.moment), _fmt(r.until)) for r in w.readings]
    assert ends == [
        ("2026-11-27T02:00", "2026-11-27T04:00"),
        ("2026-11-27T14:00", "2026-11-27T16:00"),
    ]


@pytest.mark.parametrize(
    "text", ["binnenkort", "na de zomer", "vannacht", "later", "ooit eens", "een paar dagen"]
)
def test_no_day_yet_has_no_readings(text: str) -> None:
    w = read_when(text, NOW, AMS)
    assert isinstance(w, Unsettled)
    assert w.readings == ()
    assert format_result(w) == "?"


def test_callers_that_cannot_ask_back_see_no_date() -> None:
    assert parse_when("om 3 uur", NOW, AMS) is None
    assert split_when("om 3 uur vergadering", NOW, AMS) == ("om 3 uur vergadering", None)
    rest, w = split_reading("binnenkort de stukken rondsturen", NOW, AMS)
    assert isinstance(w, Unsettled)


@pytest.mark.parametrize(
    "text",
    [
        "morgen om 2 uur",
        "om 3 uur",
        "morgen van 2 tot 4 uur",
        "7 t/m 18 december",
        "van 10 december tot 15 januari",
        "van 19.30 tot 21.30 uur",
        "volgende week",
        "3 december",
        "vanavond 22:00-01:00",
    ],
)
def test_canonical_reads_back_exactly(text: str) -> None:
    """Asking back rewrites the command with `canonical`: it must read as the chosen moment."""
    w = read_when(text, NOW, AMS)
    choices = list(w.readings) if isinstance(w, Unsettled) else [w]
    for chosen in choices:
        assert isinstance(chosen, When)
        again = _when(f"herinner {canonical(chosen)} vergadering")
        assert (again.moment, again.has_time) == (chosen.moment, chosen.has_time)
        assert (again.until, again.until_has_time) == (chosen.until, chosen.until_has_time)


def test_working_days_are_the_termijnenwet_rule() -> None:
    """The reader counts working days with the one function the advice deadlines use."""
    day = datetime(2026, 12, 1, 9, 0, tzinfo=AMS)
    for _ in range(200):
        for n in (1, 2, 5, 10):
            w = _when(f"over {n} werkdagen", day)
            assert w.moment.date() == add_working_days(day.date(), n)
        day += timedelta(days=3)


@pytest.mark.parametrize("year", range(2026, 2036))
def test_moveable_feasts_follow_easter_from_the_library(year: int) -> None:
    now = datetime(year, 1, 2, 9, 0, tzinfo=AMS)
    easter = easter_sunday(year)
    for text, offset in [
        ("Goede Vrijdag", -2),
        ("Pasen", 0),
        ("tweede paasdag", 1),
        ("Hemelvaartsdag", 39),
        ("Pinksteren", 49),
        ("2e pinksterdag", 50),
    ]:
        assert _when(text, now).moment.date() == easter + timedelta(days=offset), text


def test_moved_date_keeps_its_clock_time_unless_a_new_one_is_given() -> None:
    assert _fmt(_when("van 3 december 19.30 uur naar 10 december").moment) == "2026-12-10T19:30"
    moved = _when("verplaatst van 3 december 19.30 naar 10 december 20.00")
    assert _fmt(moved.moment) == "2026-12-10T20:00"
    rest, w = split_when("ALV verplaatst van 3 december naar 10 december", NOW, AMS)
    assert w is not None
    assert w.moment.date() == date(2026, 12, 10)
    assert "ALV" in rest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ma 7 t/m vr 11 dec", "2026-12-07"),
        ("ALV 3 december gaat niet door, wordt 10 december", "2026-12-10"),
        ("komend weekend", "2026-11-28"),
        ("aankomende maand", "2026-12-01"),
        ("volgend jaar in maart", "2027-03-01"),
        ("morgen namiddag", "2026-11-27T14:00"),
        ("deze avond", "2026-11-26T20:00"),
        ("Allerheiligen", "2027-11-01"),
        ("op donderdag tussen 9:30 en 11:00", "2026-12-03T09:30"),
        ("donderdag ochtend van 9 tot 11", "2026-12-03T09:00"),
        ("om 19:30 op vr. 4 dec.", "2026-12-04T19:30"),
        ("stipt om 17 uur morgen", "2026-11-27T17:00"),
        ("15 over 14", "2026-11-26T14:15"),
        ("3 uur 20 's middags", "2026-11-26T15:20"),
        ("twintig over 3", "?"),
        ("10 minuten voor half 4", "?"),
        ("om ongeveer drie uur", "?"),
        ("in een paar uur", "?"),
    ],
)
def test_weekends_months_day_parts_feasts_and_spoken_hours(text: str, want: str) -> None:
    assert format_result(read_when(text, NOW, AMS)) == want


@pytest.mark.parametrize(
    "text", ["in het voorjaar", "na de winter", "deze zomer", "In de winter is het buurthuis dicht"]
)
def test_seasons_are_asked_back_as_the_summer_is(text: str) -> None:
    assert format_result(read_when(text, NOW, AMS)) == "?"
