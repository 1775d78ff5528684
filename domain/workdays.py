"""Working days as Dutch statutory deadlines count them (Algemene termijnenwet, article 3).

One place for the rule, used by the advice deadlines and by the date reader's "over N
werkdagen". Saturdays, Sundays and the law's holidays are not working days: Nieuwjaarsdag,
Goede Vrijdag (article 3, lid 2), tweede paasdag, Koningsdag (26 April when the 27th is a
Sunday), 5 mei (every year, unlike the `holidays` package's list, which has it only every
fifth year), Hemelvaartsdag, tweede pinksterdag and both Christmas days. The moveable ones
come from Easter as `dateutil` computes it. Bridge days that a royal decree adds every three
years are not counted.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

# The names as the law and people say them; shown by "/advies 4 termijnen".
NIEUWJAARSDAG = "Nieuwjaarsdag"
GOEDE_VRIJDAG = "Goede Vrijdag"
TWEEDE_PAASDAG = "tweede paasdag"
KONINGSDAG = "Koningsdag"
BEVRIJDINGSDAG = "Bevrijdingsdag"
HEMELVAARTSDAG = "Hemelvaartsdag"
TWEEDE_PINKSTERDAG = "tweede pinksterdag"
EERSTE_KERSTDAG = "eerste kerstdag"
TWEEDE_KERSTDAG = "tweede kerstdag"


def easter_sunday(year: int) -> date:
    """Western Easter, from a library rather than by hand."""
    return easter(year)


def koningsdag(year: int) -> date:
    """27 April, or the 26th when the 27th is a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=256)
def holidays_in(year: int) -> dict[date, str]:
    """The Algemene termijnenwet holidays of one year, date -> Dutch name."""
    paschal = easter_sunday(year)
    days = {
        date(year, 1, 1): NIEUWJAARSDAG,
        paschal - timedelta(days=2): GOEDE_VRIJDAG,
        paschal + timedelta(days=1): TWEEDE_PAASDAG,
        koningsdag(year): KONINGSDAG,
        date(year, 5, 5): BEVRIJDINGSDAG,
        paschal + timedelta(days=39): HEMELVAARTSDAG,
        paschal + timedelta(days=50): TWEEDE_PINKSTERDAG,
        date(year, 12, 25): EERSTE_KERSTDAG,
        date(year, 12, 26): TWEEDE_KERSTDAG,
    }
    return dict(sorted(days.items()))


def holiday_name(day: date) -> str | None:
    return holidays_in(day.year).get(day)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in holidays_in(day.year)


def add_working_days(start: date, n: int) -> date:
    """The day `n` working days after `start` ("over 2 werkdagen" on Thu 26 Nov = Mon 30 Nov).

    With n = 0 it is `start` itself when that is a working day, else the next working day.
    """
    day = start
    if n <= 0:
        while not is_working_day(day):
            day += timedelta(days=1)
        return day
    counted = 0
    while counted < n:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def working_days_before(day: date, n: int) -> date:
    """The day `n` working days before `day` (2 before Monday 30 November is Thursday the 26th)."""
    counted = 0
    while counted < n:
        day -= timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    if end <= start:
        return 0
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def skipped_between(start: date, end: date) -> list[tuple[date, str]]:
    """The holidays that fell on weekdays between two dates: what a deadline had to skip."""
    out: list[tuple[date, str]] = []
    for year in range(start.year, end.year + 1):
        for day, name in holidays_in(year).items():
            if start < day <= end and day.weekday() < 5:
                out.append((day, name))
    return out
