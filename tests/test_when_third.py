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
    Recurrence,
    Series,
    Unsettled,
    When,
    format_result,
    from_rrule_text,
    leftover_date_words,
    next_occurrence,
    parse_when,
    read_recurrence,
    read_when,
    split_reading,
    split_recurrence,
    split_when,
    to_rrule_text,
)

AMS = ZoneInfo("Europe/Amsterdam")
THU = datetime(2026, 11, 26, 8, 0, tzinfo=AMS)  # Thursday 26 November 2026
WED = datetime(2026, 11, 25, 15, 0, tzinfo=AMS)  # Wednesday 25 November 2026


def _at(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=AMS)


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


# ---- convention 31: in a deadline a period means its end ----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("uiterlijk volgende week", "2026-12-04"),
        ("ten laatste volgende week", "2026-12-04"),
        ("Verslag rondsturen, uiterlijk volgende week", "2026-12-04"),
        ("uiterlijk deze week", "2026-11-27"),
        ("uiterlijk deze maand", "2026-11-30"),
        ("deadline: volgende maand", "2026-12-31"),
        ("deadline volgende maand", "2026-12-31"),
        ("Deadline wijkkrant: maart", "2027-03-31"),
        ("moet af op deze maand", "2026-11-30"),
        ("klaar op volgende week", "2026-12-04"),
        ("uiterlijk dit weekend", "2026-11-29"),
        ("uiterlijk in week 3", "2027-01-22"),
        ("uiterlijk week 52", "2026-12-24"),  # Friday 25 December is eerste kerstdag
        ("uiterlijk maart", "2027-03-31"),
        ("uiterlijk in maart", "2027-03-31"),
        ("uiterlijk februari", "2027-02-28"),
        ("uiterlijk februari 2028", "2028-02-29"),
        ("uiterlijk volgend jaar", "2027-12-31"),
        ("uiterlijk dit jaar", "2026-12-31"),
        ("uiterlijk volgende week 17:00", "2026-12-04T17:00"),
        # a day stays that day
        ("uiterlijk vrijdag", "2026-11-27"),
        ("uiterlijk 10 december", "2026-12-10"),
        ("uiterlijk eind januari", "2027-01-31"),
        ("uiterlijk begin maart", "2027-03-01"),
        ("deadline 3 december", "2026-12-03"),
        # without a deadline word a period keeps convention 19
        ("volgende week", "2026-11-30"),
        ("in maart", "2027-03-01"),
        ("volgende maand", "2026-12-01"),
        ("week 3", "2027-01-18"),
        ("dit weekend", "2026-11-28"),
        ("deze week", "?"),
    ],
)
def test_deadlines_end_their_period(text: str, want: str) -> None:
    assert _answer(text) == want


@pytest.mark.parametrize(
    ("now", "text", "want"),
    [
        # Goede Vrijdag 2027 is 26 March: that week's last working day is the Thursday
        ("2027-03-24T10:00", "uiterlijk deze week", "2027-03-25"),
        # Koningsdag 2029 is a Friday
        ("2029-04-18T10:00", "uiterlijk volgende week", "2029-04-26"),
        ("2027-04-01T10:00", "uiterlijk volgende week", "2027-04-09"),
        # this month's name in a deadline is this month's end while it is ahead
        ("2026-11-26T08:00", "uiterlijk november", "2026-11-30"),
    ],
)
def test_deadlines_end_on_a_working_day(now: str, text: str, want: str) -> None:
    assert _answer(text, _at(now)) == want


# ---- recurrences as people abbreviate them ------------------------------------------------


def _series(text: str, now: datetime = WED, **options: bool) -> Series:
    got = read_recurrence(text, now, AMS, **options)
    assert isinstance(got, Series), (text, got)
    return got


@pytest.mark.parametrize(
    ("text", "nths", "weekday", "first"),
    [
        ("elke 2e di vd maand 19:30", (2,), 1, "2026-12-08T19:30"),
        ("elke 2e dinsdag vd maand half 8", (2,), 1, "2026-12-08T07:30"),
        ("elke 1e ma v.d. maand 20:00", (1,), 0, "2026-12-07T20:00"),
        ("elke 3de woensdag van de maand", (3,), 2, "2026-12-16T09:00"),
        ("iedere 1ste vrijdag v/d maand 10:00", (1,), 4, "2026-12-04T10:00"),
        ("elke 4e do vd maand 19:30", (4,), 3, "2026-11-26T19:30"),
        ("elke laatste vr van de maand", (-1,), 4, "2026-11-27T09:00"),
        ("elke 2e di. van de maand om 20.00 uur", (2,), 1, "2026-12-08T20:00"),
        ("elke eerste en derde dinsdag van de maand 20:00", (1, 3), 1, "2026-12-01T20:00"),
        ("elke 1e en 3e di vd maand 20:00", (1, 3), 1, "2026-12-01T20:00"),
        ("elke eerste en derde dinsdag 20:00", (1, 3), 1, "2026-12-01T20:00"),
        ("elke eerste en laatste vrijdag van de maand", (1, -1), 4, "2026-11-27T09:00"),
    ],
)
def test_monthly_weekdays_as_abbreviated(
    text: str, nths: tuple[int, ...], weekday: int, first: str
) -> None:
    got = _series(text)
    assert got.rule.kind == "monthly_nth_weekday"
    assert got.rule.ordinals == nths
    assert got.rule.weekday == weekday
    assert got.rule.interval == 1
    assert got.first == _at(first)


def test_the_meeting_series_from_the_issue() -> None:
    rest, rule, first = split_recurrence("elke 2e di vd maand 19:30 De Kroon", WED, AMS)
    assert rest == "De Kroon"
    assert rule == Recurrence("monthly_nth_weekday", 1, weekday=1, nth=2, hour=19, minute=30)
    assert first == _at("2026-12-08T19:30")
    rest, rule, _ = split_recurrence("elke 2e dinsdag vd maand half 8", WED, AMS)
    assert rule is not None
    assert (rule.kind, rule.nth, rule.weekday, rule.hour, rule.minute) == (
        "monthly_nth_weekday",
        2,
        1,
        7,
        30,
    )
    assert rest == ""


@pytest.mark.parametrize(
    ("text", "interval", "weekday", "first"),
    [
        ("iedere di. 20:00", 1, 1, "2026-12-01T20:00"),
        ("elke wo 19:30", 1, 2, "2026-11-25T19:30"),
        ("elke do om 20:00 De Kroon", 1, 3, "2026-11-26T20:00"),
        ("om de week op dinsdag 20:00", 2, 1, "2026-12-01T20:00"),
        ("om de 2 weken op vrijdag", 2, 4, "2026-11-27T09:00"),
        ("om de twee weken op vrijdag", 2, 4, "2026-11-27T09:00"),
        ("om de drie weken op maandag 19:00", 3, 0, "2026-11-30T19:00"),
        ("elke 2 weken op dinsdag", 2, 1, "2026-12-01T09:00"),
    ],
)
def test_weekly_as_abbreviated(text: str, interval: int, weekday: int, first: str) -> None:
    got = _series(text)
    assert (got.rule.kind, got.rule.interval, got.rule.weekday) == ("weekly", interval, weekday)
    assert got.first == _at(first)


def test_monthly_day_as_abbreviated() -> None:
    got = _series("elke 15e vd maand 10:00")
    assert (got.rule.kind, got.rule.day) == ("monthly_day", 15)
    assert got.first == _at("2026-12-15T10:00")


def test_several_ordinals_advance_through_the_month() -> None:
    got = _series("elke eerste en derde dinsdag van de maand 20:00")
    second = next_occurrence(got.rule, got.first, AMS)
    assert second == _at("2026-12-15T20:00")
    assert next_occurrence(got.rule, second, AMS) == _at("2027-01-05T20:00")
    last = _series("elke eerste en laatste vrijdag van de maand")
    assert next_occurrence(last.rule, last.first, AMS) == _at("2026-12-04T09:00")


def test_several_ordinals_are_stored_and_old_texts_still_read() -> None:
    got = _series("elke 1e en 3e di vd maand 20:00")
    assert from_rrule_text(to_rrule_text(got.rule)) == got.rule
    old = '{"hour":19,"interval":1,"kind":"monthly_nth_weekday","minute":30,"nth":1,"weekday":1}'
    rule = from_rrule_text(old)
    assert rule.ordinals == (1,)
    assert to_rrule_text(rule) == old  # a single ordinal is stored as before
    with pytest.raises(ValueError, match="recurrence"):
        from_rrule_text('{"kind":"monthly_nth_weekday","nth":1,"nths":[1,9],"weekday":1}')


# ---- date words left in the rest ----------------------------------------------------------


@pytest.mark.parametrize(
    ("rest", "found"),
    [
        ("elke 2e di vd maand De Kroon", "elke 2e di vd maand"),
        ("De Kroon, verplaatst", "verplaatst"),
        ("Buurthuis, iedere dinsdag", "iedere dinsdag"),
        ("v.d. maand De Kroon", "v.d. maand"),
        ("2e dinsdag De Kroon", "2e dinsdag"),
        ("De Kroon om de week", "om de week"),
        ("De Kroon, maart", "maart"),
        ("zaal 2 van de maand", "van de maand"),
        ("De Kroon di. 3e", "di. 3e"),
        ("De Kroon", None),
        ("Maandagavondcafé", None),
        ("zaal 2", None),
        ("Marktplein 3", None),
        ("Jan vd Berg", None),
        ("om de hoek bij de bakker", None),
        ("elke bewoner krijgt een brief", None),
        ("Zo, dat was het", None),
        ("Punt 3: de begroting", None),
        ("", None),
    ],
)
def test_leftover_date_words(rest: str, found: str | None) -> None:
    assert leftover_date_words(rest) == found


def test_the_rest_of_a_misread_series_shows_its_date_words() -> None:
    rest, rule, _ = split_recurrence("elke 2e di vd maand 19:30 De Kroon", WED, AMS)
    assert rule is not None
    assert leftover_date_words(rest) is None
    rest, when = split_when("morgen 19:30 De Kroon, elke week", WED, AMS)
    assert when is not None
    assert leftover_date_words(rest) == "elke week"


# ---- morning or evening -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "morning", "evening"),
    [
        ("morgen half 8", "2026-11-27T07:30", "2026-11-27T19:30"),
        ("om 8 uur", "2026-11-27T08:00", "2026-11-26T20:00"),
        ("om 7", "2026-11-27T07:00", "2026-11-26T19:00"),
        ("kwart over 7", "2026-11-27T07:15", "2026-11-26T19:15"),
        ("vrijdag 7.30", "2026-11-27T07:30", "2026-11-27T19:30"),
        ("dinsdag om negen uur", "2026-12-01T09:00", "2026-12-01T21:00"),
        ("morgen om tien uur", "2026-11-27T10:00", "2026-11-27T22:00"),
    ],
)
def test_evening_hours_asks_morning_or_evening(text: str, morning: str, evening: str) -> None:
    now = datetime(2026, 11, 26, 9, 0, tzinfo=AMS)
    got = read_when(text, now, AMS, evening_hours=True)
    assert isinstance(got, Unsettled), (text, got)
    assert [r.moment for r in got.readings] == [_at(morning), _at(evening)]
    # off by default: the 24-hour clock of convention 7
    assert isinstance(read_when(text, now, AMS), When)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("morgen 19:30", "2026-11-27T19:30"),
        ("morgen 07:30", "2026-11-27T07:30"),
        ("morgen 8 uur 's avonds", "2026-11-27T20:00"),
        ("morgenavond 8 uur", "2026-11-27T20:00"),
        ("morgen om 10 uur", "2026-11-27T10:00"),
        ("morgen om 20 uur", "2026-11-27T20:00"),
        ("morgen om 12 uur", "2026-11-27T12:00"),
        ("morgen om 3 uur", "?"),
        ("morgen", "2026-11-27"),
    ],
)
def test_evening_hours_leaves_the_rest_as_written(text: str, want: str) -> None:
    assert _answer(text, evening_hours=True) == want


def test_evening_hours_in_a_series() -> None:
    got = read_recurrence("elke dinsdag om 8 uur", WED, AMS, evening_hours=True)
    assert isinstance(got, Unsettled)
    assert got.rewrites == ("08:00", "20:00")
    assert [r.moment for r in got.readings] == [_at("2026-12-01T08:00"), _at("2026-12-01T20:00")]
    assert isinstance(read_recurrence("elke dinsdag om 8 uur", WED, AMS), Series)
    assert isinstance(
        read_recurrence("elke dinsdag om 20:00", WED, AMS, evening_hours=True), Series
    )
    rest, got2 = split_reading("morgen half 8 De Kroon", WED, AMS, evening_hours=True)
    assert isinstance(got2, Unsettled)
    assert rest == "De Kroon"
