"""Calendar arithmetic, named days and feasts, and local wall time in a zone (DST-safe)."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from domain.workdays import easter_sunday, is_working_day, koningsdag
from schedules.when.model import DEFAULT_TZ
from schedules.when.words import _alt


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _add_months(d: date, n: int) -> date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    m += 1
    return date(y, m, min(d.day, _last_day(y, m)))


def _month_shift(y: int, m: int, n: int) -> tuple[int, int]:
    idx = y * 12 + m - 1 + n
    yy, mm = divmod(idx, 12)
    return yy, mm + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _next_md(today: date, month: int, day: int) -> date | None:
    for y in range(today.year, today.year + 9):
        d = _safe_date(y, month, day)
        if d is not None and d >= today:
            return d
    return None


def _nth_weekday(y: int, m: int, wd: int, nth: int) -> date | None:
    if nth > 0:
        first = date(y, m, 1)
        day = 1 + (wd - first.weekday()) % 7 + 7 * (nth - 1)
        return _safe_date(y, m, day)
    last = date(y, m, _last_day(y, m))
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _last_working_day(monday: date) -> date:
    """The last working day of the ISO week starting ``monday``: its Friday, or earlier when
    that is a holiday of the Algemene termijnenwet (Goede Vrijdag, Koningsdag, 5 mei, ...)."""
    for back in range(4, -1, -1):
        day = monday + timedelta(days=back)
        if is_working_day(day):
            return day
    return monday + timedelta(days=4)


def _fixed(m: int, d: int) -> Callable[[int], date]:
    return lambda y: date(y, m, d)


def _easter_off(n: int) -> Callable[[int], date]:
    return lambda y: easter_sunday(y) + timedelta(days=n)


def _nth_fn(m: int, wd: int, nth: int) -> Callable[[int], date]:
    def f(y: int) -> date:
        r = _nth_weekday(y, m, wd, nth)
        assert r is not None
        return r

    return f


_HOLIDAYS: dict[str, Callable[[int], date]] = {}
for _names2, _fn in [
    (
        (
            "eerste kerstdag",
            "1e kerstdag",
            "1ste kerstdag",
            "kerstmis",
            "kerst",
            "kerstdag",
            "christmas day",
            "christmas",
            "xmas",
        ),
        _fixed(12, 25),
    ),
    (("tweede kerstdag", "2e kerstdag", "2de kerstdag", "boxing day"), _fixed(12, 26)),
    (("kerstavond", "christmas eve"), _fixed(12, 24)),
    (
        (
            "oudjaar",
            "oudejaar",
            "oudjaarsdag",
            "oudejaarsdag",
            "oudejaarsavond",
            "oudjaarsavond",
            "oud en nieuw",
            "oud & nieuw",
            "new year's eve",
            "new years eve",
        ),
        _fixed(12, 31),
    ),
    (
        ("nieuwjaarsdag", "nieuwjaar", "new year's day", "new years day", "new year"),
        _fixed(1, 1),
    ),
    (("koningsdag", "king's day", "kings day"), koningsdag),
    (("bevrijdingsdag",), _fixed(5, 5)),
    (("dodenherdenking",), _fixed(5, 4)),
    (("valentijnsdag", "valentijn", "valentine's day", "valentines day"), _fixed(2, 14)),
    (("sinterklaasavond", "sinterklaas", "pakjesavond"), _fixed(12, 5)),
    (("halloween",), _fixed(10, 31)),
    (("allerheiligen",), _fixed(11, 1)),
    (
        ("eerste paasdag", "1e paasdag", "paaszondag", "pasen", "easter sunday", "easter"),
        easter_sunday,
    ),
    (("tweede paasdag", "2e paasdag", "paasmaandag", "easter monday"), _easter_off(1)),
    (("goede vrijdag", "good friday"), _easter_off(-2)),
    (("hemelvaartsdag", "hemelvaart", "ascension day"), _easter_off(39)),
    (("eerste pinksterdag", "1e pinksterdag", "pinksteren"), _easter_off(49)),
    (("tweede pinksterdag", "2e pinksterdag", "pinkstermaandag"), _easter_off(50)),
    (("prinsjesdag",), _nth_fn(9, 1, 3)),
    (("moederdag",), _nth_fn(5, 6, 2)),
    (("vaderdag",), _nth_fn(6, 6, 3)),
]:
    for _h in _names2:
        _HOLIDAYS[_h] = _fn
_HOL_RE = _alt(_HOLIDAYS).replace(r"\ ", r"\s+")


def _get_tz(tz: ZoneInfo | str | None, now: datetime) -> tzinfo:
    if isinstance(tz, str):
        return ZoneInfo(tz)
    if tz is not None:
        return tz
    if now.tzinfo is not None and now.utcoffset() is not None:
        return now.tzinfo
    return ZoneInfo(DEFAULT_TZ)


def _local(d: date, h: int, mi: int, tz: tzinfo) -> tuple[datetime, bool]:
    """Local wall time -> aware datetime; a non-existent time moves forward (shifted=True)."""
    cand = datetime(d.year, d.month, d.day, h, mi, tzinfo=tz)
    rt = cand.astimezone(UTC).astimezone(tz)
    if (rt.year, rt.month, rt.day, rt.hour, rt.minute) != (d.year, d.month, d.day, h, mi):
        return rt, True
    return cand, False
