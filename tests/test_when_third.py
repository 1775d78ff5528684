"""The third edition of the date reader (docs/dates.md 30-31) and what the "never confirm a
misreading" issue asked of it: impossible dates are their own result, deadlines end their
period, recurrences as people abbreviate them, date words left in a command's rest, and the
morning-or-evening option for meetings.

Expected values were worked out by hand from shared/docs/dates.md before running the reader.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from schedules.when import (
    Impossible,
    format_result,
    parse_when,
    read_recurrence,
    read_when,
    split_reading,
    split_recurrence,
    split_when,
)

AMS = ZoneInfo("Europe/Amsterdam")
THU = datetime(2026, 11, 26, 8, 0, tzinfo=AMS)  # Thursday 26 November 2026


def _answer(text: str, now: datetime = THU, **options: bool) -> str:
    return format_result(read_when(text, now, AMS, **options))


# ---- convention 30: a day or time that cannot exist ---------------------------------------

IMPOSSIBLE = [
    ("30 februari", "30 februari"),
    ("31 april 10:00", "31 april"),
    ("Kascontrole uiterlijk 31 juni", "31 juni"),
    ("29 februari 2027", "29 februari 2027"),
    ("vrijdag 30 februari 2028", "30 februari 2028"),
    ("32 december", "32 december"),
    ("op 31 november om 20:00", "31 november"),
    ("Dertig februari", "Dertig februari"),
    ("30-02-2027", "30-02-2027"),
    ("29-2-27", "29-2-27"),
    ("De kascommissie komt op 31-09", "31-09"),
    ("31/04 vergadering", "31/04"),
    ("2027-02-30", "2027-02-30"),
    ("February 30", "February 30"),
    ("25:99", "25:99"),
    ("24:30", "24:30"),
    ("19:75", "19:75"),
    ("om 27 uur", "27 uur"),
    ("morgen om 26:00 vergaderen", "26:00"),
    ("vrijdag 24u30", "24u30"),
    ("19u75 inloop", "19u75"),
    # the rest of the text is not read as a date either
    ("subsidie aanvragen Anna uiterlijk 30 februari", "30 februari"),
    ("morgen 19:30, niet op 30 februari", "30 februari"),
    ("verplaatst van 31 april naar 5 mei", "31 april"),
]


@pytest.mark.parametrize(("text", "part"), IMPOSSIBLE)
def test_an_impossible_day_or_time_is_its_own_result(text: str, part: str) -> None:
    got = read_when(text, THU, AMS)
    assert isinstance(got, Impossible), (text, got)
    assert got.part == part
    assert text[got.start : got.end] == part
    assert format_result(got) == "!"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("30 februari", "date"), ("30-02-2027", "date"), ("25:99", "time"), ("om 27 uur", "time")],
)
def test_impossible_says_whether_the_day_or_the_time_does_not_exist(text: str, kind: str) -> None:
    got = read_when(text, THU, AMS)
    assert isinstance(got, Impossible)
    assert got.kind == kind


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("29 februari", "2028-02-29"),
        ("29 februari 2028", "2028-02-29"),
        ("29-02-2028", "2028-02-29"),
        ("24:00", "2026-11-27T00:00"),
        ("vrijdag 24:00", "2026-11-28T00:00"),
        ("om 24 uur", "2026-11-27T00:00"),
        ("31 december", "2026-12-31"),
        ("30 april", "2027-04-30"),
        # numbers that are no date stay no date (convention 12)
        ("Er waren 31 mensen", "-"),
        ("Huisnummer 31", "-"),
        ("Score 25:20", "-"),
        ("15-40 personen", "-"),
        ("bel 030-2012345", "-"),
        ("De uitslag was 3-0", "-"),
        ("Begroting 2027", "-"),
        ("Kosten 19.75 euro", "-"),
    ],
)
def test_possible_and_not_dates_stay_as_they_were(text: str, want: str) -> None:
    assert _answer(text) == want


def test_every_entry_point_carries_impossible() -> None:
    text = "/actie subsidie aanvragen Anna uiterlijk 30 februari"
    rest, got = split_reading(text, THU, AMS)
    assert isinstance(got, Impossible)
    assert got.part == "30 februari"
    assert "februari" not in rest
    # callers that cannot ask back read no date at all, not "uiterlijk 30" plus 1 februari
    assert parse_when(text, THU, AMS) is None
    assert split_when(text, THU, AMS) == (text, None)
    series = read_recurrence("elke maandag 25:00 koffie", THU, AMS)
    assert isinstance(series, Impossible)
    assert series.part == "25:00"
    assert isinstance(read_recurrence("elke 2e dinsdag van de maand 19:75", THU, AMS), Impossible)
    assert split_recurrence("elke maandag 25:00 koffie", THU, AMS)[1] is None
