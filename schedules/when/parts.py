"""The pieces rules find (`_C`), the reading context, and the rule registry.

A rule is a pre-compiled pattern plus a handler that turns a match into a piece; the
registration order (rules_dates, rules_days, rules_clock) is the tie-break between rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from schedules.when.words import _BLOCK_BEFORE_RE, _HOURW, _NUMW


@dataclass
class _C:
    start: int
    end: int
    kind: str  # date | wd | time | pod | moment | vague | shift | bad
    d: date | None = None
    pod: str | None = None
    h: int = 0
    m: int = 0
    fixed: bool = False  # time not subject to part-of-day (am/pm, noon)
    wd: int | None = None
    weak: bool = False
    weekrel: bool = False
    moment: datetime | None = None
    amb: bool = False  # an hour 1-6 written with one digit or as a word (convention 20)
    end_h: int | None = None  # a time range's end ("19:00-21:00")
    end_m: int = 0
    end_d: date | None = None  # a day range's or a period's last day
    next_day: bool = False  # "middernacht": 00:00 after the day named
    shift: int = 0  # "N werkdagen na": working days after the date it joins
    year_given: bool = False
    what: str = ""  # a "bad" piece: "date" or "time" that cannot exist (convention 30)
    amb_evening: bool = False  # an hour 7-11 written with one digit or as a word
    period_end: date | None = None  # a period's end in a deadline ("uiterlijk maart")


@dataclass
class _Ctx:
    now: datetime  # local
    today: date
    tz: tzinfo
    text: str = ""
    extra: dict[str, int] = field(default_factory=dict)
    evening: bool = False  # read an hour 7-11 as morning or evening (asked back)


_Handler = Callable[[re.Match[str], _Ctx], "_C | None"]
_RULES: list[tuple[re.Pattern[str], _Handler]] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    def deco(fn: _Handler) -> _Handler:
        _RULES.append((re.compile(pattern), fn))
        return fn

    return deco


def _num(s: str) -> float | None:
    s = re.sub(r"\s+", " ", s.strip())
    if not s:
        return None
    if s[0].isdigit():
        try:
            return float(s.replace(",", "."))
        except ValueError:
            return None
    if s in ("anderhalf", "anderhalve"):
        return 1.5
    if s in ("een half", "een halve", "a half", "half", "halve"):
        return 0.5
    if s in ("a", "an"):
        return 1.0
    whole = re.fullmatch(r"(\S+) en een hal(?:f|ve)", s)  # "twee en een half (uur)"
    if whole:
        w = _num(whole[1])
        return w + 0.5 if w is not None else None
    v = _NUMW.get(s)
    return float(v) if v is not None else None


def _hour(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return _HOURW.get(s)


def _blocked(ctx: _Ctx, start: int) -> bool:
    return _BLOCK_BEFORE_RE.search(ctx.text, max(0, start - 20), start) is not None


def _yr(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lstrip("'")
    y = int(s)
    if len(s) == 2:  # as Python's %y: 00-68 -> 20xx, 69-99 -> 19xx (convention 23)
        y += 2000 if y <= 68 else 1900
    return y if 1900 <= y <= 2199 else None


def _date_c(m: re.Match[str], d: date | None, **kw: object) -> _C | None:
    if d is None:
        return None
    c = _C(m.start(), m.end(), "date", d=d)
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def _bad(start: int, end: int, what: str) -> _C:
    """A day or clock time that cannot exist, as typed (convention 30): "30 februari",
    "25:99". One such piece makes the whole text :class:`Impossible`."""
    return _C(start, end, "bad", what=what)
