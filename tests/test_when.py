"""Tests for the Dutch date reader (schedules/when/).

Expected values below were derived by hand from docs/dates.md (shared/docs/dates.md); the
phrases are deliberately different from the development corpus.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schedules.when import (
    Recurrence,
    When,
    format_result,
    from_rrule_text,
    impossible,
    next_occurrence,
    parse_when,
    resolve_default_time,
    split_recurrence,
    split_when,
    to_rrule_text,
    warm_up,
)

AMS = ZoneInfo("Europe/Amsterdam")

A = "2026-11-25T15:00"  # Wednesday
B = "2026-12-30T21:30"  # Wednesday, just before the year end
C = "2027-01-31T10:00"  # Sunday, last day of a month
D = "2027-03-27T12:00"  # Saturday, the day before the spring DST change
E = "2027-10-30T20:00"  # Saturday, the day before the autumn DST change


def _now(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=AMS)


def _read(now: str, phrase: str) -> str:
    return format_result(parse_when(phrase, _now(now), AMS))


# 1 + 2: future first, weekdays, volgende/vorige week
WEEKDAYS = [
    (A, "aanstaande vrijdag", "2026-11-27"),
    (A, "woensdag", "2026-12-02"),
    (A, "komende woensdag", "2026-12-02"),
    (A, "volgende week donderdag", "2026-12-03"),
    (A, "donderdag volgende week", "2026-12-03"),
    (A, "vorige week maandag", "2026-11-16"),
    (A, "za 28 nov", "2026-11-28"),
    (A, "zaterdagmiddag", "2026-11-28T14:00"),
    (A, "vrijdagavond om 8 uur", "2026-11-27T20:00"),
    (B, "vrijdag", "2027-01-01"),
    (B, "volgende week maandag", "2027-01-04"),
    (B, "dinsdag 5 januari", "2027-01-05"),
    (C, "zondag", "2027-02-07"),
    (C, "maandag", "2027-02-01"),
    (C, "vorige week vrijdag", "2027-01-22"),
    (A, "24 november", "2027-11-24"),
    (A, "25 november", "2026-11-25"),
]

# 3: over/binnen N, geleden
RELATIVE = [
    (A, "over tien dagen", "2026-12-05"),
    (A, "binnen drie weken", "2026-12-16"),
    (A, "over zes maanden", "2027-05-25"),
    (A, "over een uur", "2026-11-25T16:00"),
    (A, "over 45 minuten", "2026-11-25T15:45"),
    (A, "over anderhalf uur", "2026-11-25T16:30"),
    (A, "over een kwartier", "2026-11-25T15:15"),
    (A, "over twintig minuten", "2026-11-25T15:20"),
    (A, "over dertig dagen", "2026-12-25"),
    (A, "vijf dagen geleden", "2026-11-20"),
    (C, "over een maand", "2027-02-28"),
    (B, "over een week", "2027-01-06"),
    (B, "over 3 uur", "2026-12-31T00:30"),
]

# 4: begin/half/eind
PARTS = [
    (A, "eind februari", "2027-02-28"),
    (A, "begin januari", "2027-01-01"),
    (A, "medio december", "2026-12-15"),
    (A, "half november", "2027-11-15"),
    (A, "eind november", "2026-11-30"),
    (A, "eind van de maand", "2026-11-30"),
    (A, "voor eind vd maand", "2026-11-30"),
    (A, "eind v.d. maand", "2026-11-30"),
    (A, "eind v/d maand", "2026-11-30"),
    (A, "begin vd volgende maand", "2026-12-01"),
    (A, "eind dit jaar", "2026-12-31"),
    (C, "eind deze maand", "2027-01-31"),
    (A, "eind mei 2028", "2028-05-31"),
    (C, "begin februari", "2027-02-01"),
]

# 5: week numbers
WEEKS = [
    (A, "week 49", "2026-11-30"),
    (A, "in week 3", "2027-01-18"),
    (B, "week 2", "2027-01-11"),
    (A, "week 47", "2027-11-22"),
]

# 6: nth weekday of a month
NTH = [
    (A, "de eerste dinsdag van december", "2026-12-01"),
    (A, "laatste vrijdag van november", "2026-11-27"),
    (A, "de laatste maandag van de maand", "2026-11-30"),
    (A, "de eerste woensdag van de maand", "2026-12-02"),
    (A, "de tweede zaterdag van januari", "2027-01-09"),
    (C, "de derde donderdag van februari", "2027-02-18"),
    (A, "eerste maandag van november", "2027-11-01"),
]

# 7: clock times
CLOCK = [
    (A, "om 16.45", "2026-11-25T16:45"),
    (A, "om 14 uur", "2026-11-26T14:00"),
    (A, "9u15", "2026-11-26T09:15"),
    (A, "half zeven 's avonds", "2026-11-25T18:30"),
    (A, "kwart voor tien 's ochtends", "2026-11-26T09:45"),
    (A, "kwart over vier 's middags", "2026-11-25T16:15"),
    (A, "om 7 uur 's avonds", "2026-11-25T19:00"),
    (A, "vrijdag om 20.00 uur", "2026-11-27T20:00"),
    (A, "donderdag 3 december om half acht", "2026-12-03T07:30"),
    (A, "morgen 11 uur 's ochtends", "2026-11-26T11:00"),
    (A, "zaterdag 10:00", "2026-11-28T10:00"),
    (A, "vandaag 12:00", "2026-11-25T12:00"),
]

# 8: part of day
PART_OF_DAY = [
    (A, "vanmiddag", "2026-11-25T14:00"),
    (A, "morgenavond", "2026-11-26T20:00"),
    (A, "overmorgen 's ochtends", "2026-11-27T09:00"),
    (A, "morgenochtend om half tien", "2026-11-26T09:30"),
    (A, "vanavond om half negen", "2026-11-25T20:30"),
    (A, "vanochtend", "2026-11-25T09:00"),
]

# 9: numeric dates and month names
NUMERIC = [
    (A, "5-12", "2026-12-05"),
    (A, "5/1", "2027-01-05"),
    (A, "24-11", "2027-11-24"),
    (A, "25/11", "2026-11-25"),
    (A, "12-12-2026 19:00", "2026-12-12T19:00"),
    (A, "2027-02-14", "2027-02-14"),
    (A, "14 feb", "2027-02-14"),
    (A, "3 mrt", "2027-03-03"),
    (A, "vr 4 dec 20u", "2026-12-04T20:00"),
    (A, "10 sept", "2027-09-10"),
    (A, "maandag 8 december", "2026-12-08"),
]

# 10: named days
NAMED = [
    (A, "kerstmis", "2026-12-25"),
    (A, "tweede kerstdag", "2026-12-26"),
    (A, "oudejaarsdag", "2026-12-31"),
    (A, "nieuwjaarsdag", "2027-01-01"),
    (A, "koningsdag", "2027-04-27"),
    ("2025-01-10T10:00", "Koningsdag", "2025-04-26"),
    (A, "eergisteren", "2026-11-23"),
    (A, "gisteren", "2026-11-24"),
]

# 11: inside a sentence
SENTENCES = [
    (A, "Marie stuurt de notulen rond, uiterlijk maandag 30 november", "2026-11-30"),
    (A, "Buurtschouw op zaterdag 5 december om 10.00 bij de kerk", "2026-12-05T10:00"),
    (A, "Graag reactie voor 1 december", "2026-12-01"),
    (A, "Overleg met de wethouder morgen om 11 uur", "2026-11-26T11:00"),
]

# 12: not dates
NOT_DATES = [
    (A, "Huisnummer 14 heeft last van overlast", "-"),
    (A, "Punt 6: groenvoorziening", "-"),
    (A, "25 bomen geplant", "-"),
    (A, "Subsidie van 2.500 euro aangevraagd", "-"),
    (A, "Jaarplan 2028", "-"),
    (A, "7 vrijwilligers gezocht", "-"),
    (A, "Lijn 9 stopt bij het station", "-"),
    (A, "Hoeveel bewoners komen er?", "-"),
]

# 13: English basics
ENGLISH = [
    (A, "today", "2026-11-25"),
    (A, "next tuesday", "2026-12-01"),
    (A, "in 3 days", "2026-11-28"),
    (A, "6pm", "2026-11-25T18:00"),
    (A, "9:15am", "2026-11-26T09:15"),
    (A, "January 15", "2027-01-15"),
    (A, "15 January", "2027-01-15"),
    (A, "end of December", "2026-12-31"),
    (A, "tomorrow at 10am", "2026-11-26T10:00"),
    (A, "noon", "2026-11-26T12:00"),
]


@pytest.mark.parametrize(("now", "phrase", "want"), WEEKDAYS)
def test_weekdays_and_future_first(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), RELATIVE)
def test_relative(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), PARTS)
def test_begin_half_end(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), WEEKS)
def test_week_numbers(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), NTH)
def test_nth_weekday(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), CLOCK)
def test_clock(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), PART_OF_DAY)
def test_part_of_day(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), NUMERIC)
def test_numeric_and_month_names(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), NAMED)
def test_named_days(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), SENTENCES)
def test_in_sentence(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), NOT_DATES)
def test_not_dates(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


@pytest.mark.parametrize(("now", "phrase", "want"), ENGLISH)
def test_english(now: str, phrase: str, want: str) -> None:
    assert _read(now, phrase) == want


HELD_OUT = (
    WEEKDAYS
    + RELATIVE
    + PARTS
    + WEEKS
    + NTH
    + CLOCK
    + PART_OF_DAY
    + NUMERIC
    + NAMED
    + SENTENCES
    + NOT_DATES
    + ENGLISH
)


def test_weekday_mismatch_flag() -> None:
    w = parse_when("maandag 8 december", _now(A))
    assert w is not None
    assert w.weekday_mismatch
    w2 = parse_when("dinsdag 8 december", _now(A))
    assert w2 is not None
    assert not w2.weekday_mismatch


# ---- API details ----------------------------------------------------------------------------


def test_result_is_timezone_aware_and_in_tz() -> None:
    now_utc = datetime(2026, 11, 25, 14, 0, tzinfo=ZoneInfo("UTC"))  # 15:00 in Amsterdam
    w = parse_when("om 16.45", now_utc, "Europe/Amsterdam")
    assert w is not None
    assert w.has_time
    assert w.moment.tzinfo is not None
    assert w.moment.utcoffset() == timedelta(hours=1)
    assert format_result(w) == "2026-11-25T16:45"
    w2 = parse_when("morgen", now_utc, AMS)
    assert w2 is not None
    assert not w2.has_time
    assert (w2.moment.hour, w2.moment.minute) == (0, 0)


@pytest.mark.parametrize(
    ("text", "rest", "span"),
    [
        ("Jan belt gemeente uiterlijk vrijdag", "Jan belt gemeente", "uiterlijk vrijdag"),
        (
            "vrijdag 19:30 Vergadering over de begroting",
            "Vergadering over de begroting",
            "vrijdag 19:30",
        ),
        (
            "Stadsdeeloverleg op donderdag 18 maart om 19.30 in het buurthuis",
            "Stadsdeeloverleg in het buurthuis",
            "op donderdag 18 maart om 19.30",
        ),
        ("Kees maakt de begroting, voor 1 december", "Kees maakt de begroting", "voor 1 december"),
        ("Herinnering: morgen om 10 uur - bel de wijkagent", "Herinnering: bel de wijkagent", None),
    ],
)
def test_split_when(text: str, rest: str, span: str | None) -> None:
    got_rest, w = split_when(text, _now(A))
    assert w is not None
    assert got_rest == rest
    if span is not None:
        assert text[w.start : w.end] == span


def test_split_when_without_date() -> None:
    assert split_when("  Wie neemt de notulen?  ", _now(A)) == ("Wie neemt de notulen?", None)


# ---- DST ------------------------------------------------------------------------------------


def test_dst_gap_moves_forward() -> None:
    w = parse_when("morgen 02:30", _now(D))
    assert w is not None
    assert w.shifted
    assert format_result(w) == "2027-03-28T03:30"
    assert w.moment.utcoffset() == timedelta(hours=2)


def test_dst_normal_time_not_shifted() -> None:
    w = parse_when("morgen om 9 uur", _now(D))
    assert w is not None
    assert not w.shifted
    assert format_result(w) == "2027-03-28T09:00"
    assert w.moment.utcoffset() == timedelta(hours=2)


def test_dst_ambiguous_takes_first() -> None:
    w = parse_when("morgen 02:30", _now(E))
    assert w is not None
    assert not w.shifted
    assert format_result(w) == "2027-10-31T02:30"
    assert w.moment.utcoffset() == timedelta(hours=2)  # the first (summer time) 02:30


def test_dst_relative_hours_are_real_hours() -> None:
    now = datetime(2027, 3, 28, 1, 30, tzinfo=AMS)
    w = parse_when("over 2 uur", now)
    assert w is not None
    assert format_result(w) == "2027-03-28T04:30"


def test_resolve_default_time() -> None:
    w = parse_when("28 maart", _now(D))
    assert w is not None
    assert not w.has_time
    assert resolve_default_time(w, time(9, 0)) == datetime(2027, 3, 28, 9, 0, tzinfo=AMS)
    gap = resolve_default_time(w, time(2, 30))
    assert (gap.hour, gap.minute) == (3, 30)
    timed = parse_when("28 maart 20:00", _now(D))
    assert timed is not None
    assert resolve_default_time(timed, time(9, 0)) == timed.moment


# ---- recurrence -----------------------------------------------------------------------------


def test_recurrence_weekly_with_time() -> None:
    rest, rule, first = split_recurrence("Bestuursoverleg elke maandag 9:00", _now(A), AMS)
    assert rest == "Bestuursoverleg"
    assert rule == Recurrence("weekly", 1, weekday=0, hour=9, minute=0)
    assert first == datetime(2026, 11, 30, 9, 0, tzinfo=AMS)


def test_recurrence_nth_weekday() -> None:
    rest, rule, first = split_recurrence("elke eerste dinsdag van de maand 19:30 ALV", _now(A), AMS)
    assert rest == "ALV"
    assert rule == Recurrence("monthly_nth_weekday", 1, weekday=1, nth=1, hour=19, minute=30)
    assert first == datetime(2026, 12, 1, 19, 30, tzinfo=AMS)
    assert first is not None
    assert rule is not None
    assert next_occurrence(rule, first, AMS) == datetime(2027, 1, 5, 19, 30, tzinfo=AMS)


def test_recurrence_monthly_31st_keeps_day() -> None:
    _, rule, first = split_recurrence("elke maand op de 31e", _now(C), AMS)
    assert rule == Recurrence("monthly_day", 1, day=31)
    # 31 Jan 09:00 is already past at 10:00 -> February, clamped to the 28th
    assert first == datetime(2027, 2, 28, 9, 0, tzinfo=AMS)
    assert rule is not None
    assert first is not None
    mar = next_occurrence(rule, first, AMS)
    assert mar == datetime(2027, 3, 31, 9, 0, tzinfo=AMS)
    assert next_occurrence(rule, mar, AMS) == datetime(2027, 4, 30, 9, 0, tzinfo=AMS)


def test_recurrence_weekly_across_dst_keeps_local_time() -> None:
    _, rule, first = split_recurrence("elke vrijdag", datetime(2027, 3, 20, 12, 0, tzinfo=AMS), AMS)
    assert rule is not None
    assert first is not None
    assert first == datetime(2027, 3, 26, 9, 0, tzinfo=AMS)
    assert first.utcoffset() == timedelta(hours=1)
    nxt = next_occurrence(rule, first, AMS)
    assert (nxt.date(), nxt.hour, nxt.minute) == (date(2027, 4, 2), 9, 0)
    assert nxt.utcoffset() == timedelta(hours=2)


def test_recurrence_every_two_weeks() -> None:
    _, rule, first = split_recurrence("elke 2 weken vrijdag", _now(A), AMS)
    assert rule == Recurrence("weekly", 2, weekday=4)
    assert first == datetime(2026, 11, 27, 9, 0, tzinfo=AMS)
    assert rule is not None
    assert first is not None
    assert next_occurrence(rule, first, AMS) == datetime(2026, 12, 11, 9, 0, tzinfo=AMS)


def test_recurrence_daily_and_plain_week() -> None:
    _, daily, first = split_recurrence("elke dag 8:00", _now(A), AMS)
    assert daily == Recurrence("daily", 1, hour=8, minute=0)
    assert first == datetime(2026, 11, 26, 8, 0, tzinfo=AMS)
    _, weekly, first2 = split_recurrence("iedere week", _now(A), AMS)
    assert weekly == Recurrence("weekly", 1, weekday=2)  # today's weekday (Wednesday)
    assert first2 == datetime(2026, 12, 2, 9, 0, tzinfo=AMS)


def test_recurrence_part_of_day_compound() -> None:
    rest, rule, first = split_recurrence("Vuilnis buiten zetten elke dinsdagavond", _now(A), AMS)
    assert rest == "Vuilnis buiten zetten"
    assert rule == Recurrence("weekly", 1, weekday=1, hour=20, minute=0)
    assert first == datetime(2026, 12, 1, 20, 0, tzinfo=AMS)


def test_no_recurrence() -> None:
    assert split_recurrence("Vergadering vrijdag", _now(A), AMS) == (
        "Vergadering vrijdag",
        None,
        None,
    )


@pytest.mark.parametrize(
    "rule",
    [
        Recurrence("daily", 1, hour=8, minute=0),
        Recurrence("weekly", 2, weekday=4),
        Recurrence("monthly_day", 1, day=31, hour=9, minute=30),
        Recurrence("monthly_nth_weekday", 1, weekday=1, nth=-1, hour=19, minute=30),
    ],
)
def test_rrule_round_trip(rule: Recurrence) -> None:
    text = to_rrule_text(rule)
    assert from_rrule_text(text) == rule


def test_rrule_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="recurrence"):
        from_rrule_text('{"kind": "yearly"}')


# ---- robustness -----------------------------------------------------------------------------

_VOCAB = [
    "morgen",
    "over",
    "twee",
    "weken",
    "half",
    "acht",
    "'s avonds",
    "19:30",
    "10.000",
    "3-12",
    "week",
    "53",
    "eind",
    "maart",
    "elke",
    "eerste",
    "dinsdag",
    "van",
    "de",
    "maand",
    "om",
    "uur",
    "31/2",
    "kwart",
    "voor",
    "2029-02-30",
    "vr",
    "laatste",
    "Koningsdag",
    "99:99",
    "€",
    "ß",
    "İ",
    "\n",
]

_NOWS = st.datetimes(
    min_value=datetime(1990, 1, 1),  # noqa: DTZ001 - bounds for hypothesis, made aware below
    max_value=datetime(2090, 12, 31),  # noqa: DTZ001
    timezones=st.sampled_from([AMS, ZoneInfo("UTC"), ZoneInfo("America/New_York")]),
)
_TEXTS = st.one_of(
    st.text(max_size=4096),
    st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, now=_NOWS)
def test_never_raises(text: str, now: datetime) -> None:
    w = parse_when(text, now)
    assert w is None or isinstance(w, When)
    rest, w2 = split_when(text, now, "Europe/Amsterdam")
    assert isinstance(rest, str)
    if w2 is not None:
        assert w2.moment.tzinfo is not None
        assert 0 <= w2.start <= w2.end <= len(text)
    split_recurrence(text, now, AMS)


def test_warm_up_runs() -> None:
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 februari taart", ("date", "31 februari")),
        ("Vergadering op 31 april", ("date", "31 april")),
        ("29 februari 2027", ("date", "29 februari 2027")),
        ("30-2 kascontrole", ("date", "30-2")),
        ("morgen 25:00 vergadering", ("time", "25:00")),
        ("vrijdag 19:75", ("time", "19:75")),
        ("29 februari 2028", None),
        ("3-5 december", None),
        ("12-13 december", None),
        ("bel 070-1234567", None),
        ("elke maandag 9:00 wijkkrant", None),
        ("Bus 22 om 10:15", None),
    ],
)
def test_impossible_dates_and_times_are_named(text: str, expected: tuple[str, str] | None) -> None:
    assert impossible(text) == expected
