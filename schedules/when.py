"""Dutch (and basic English) date reader for Wijkbot.

One reader backs every command that takes a date. It implements the conventions of
``docs/dates.md`` as plain rules on top of pre-compiled regular expressions (no dateparser at
run time: the rules cover the conventions, are deterministic and ~100x faster).

Public API: :func:`read_when` / :func:`split_reading` (the whole reader: a :class:`When`, an
:class:`Unsettled` text the bot must ask back about, or None), :func:`parse_when` /
:func:`split_when` (the same, settled moments only), :func:`canonical` (a moment written so the
reader reads it back exactly: how an answer to asking back rewrites the command),
:func:`resolve_default_time`, :func:`warm_up`, :func:`format_result`, plus recurrence helpers
:func:`split_recurrence`, :func:`next_occurrence`, :func:`to_rrule_text`, :func:`from_rrule_text`.

Working days and the moveable feasts come from ``domain/workdays.py`` (one rule for the reader
and the advice deadlines; Easter from ``dateutil``).

CLI: ``python -m schedules.when --now 2026-11-25T15:00 [--tz Europe/Amsterdam]`` reads one text
per line on stdin and prints one result per line (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``, ``-`` for
no date, ``?`` for a text the bot asks back about).
"""

from __future__ import annotations

import argparse
import calendar
import io
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from domain.workdays import add_working_days, easter_sunday, is_working_day, koningsdag

__all__ = [
    "Recurrence",
    "Unsettled",
    "When",
    "canonical",
    "format_result",
    "from_rrule_text",
    "next_occurrence",
    "parse_when",
    "read_when",
    "recurrence_unsettled",
    "resolve_default_time",
    "split_reading",
    "split_recurrence",
    "split_when",
    "to_rrule_text",
    "warm_up",
]

DEFAULT_TZ = "Europe/Amsterdam"


@dataclass(frozen=True)
class When:
    """A settled moment. `start`/`end` are the character span of the date in the text.

    `until` is the end of a range or period ("7 t/m 18 december" -> 18 December, "van 19.30
    tot 21.30 uur" -> 21:30, "volgende week" -> its Sunday), None when the text names one
    moment; `until_has_time` says whether that end has a clock time.
    """

    moment: datetime
    has_time: bool
    shifted: bool = False
    weekday_mismatch: bool = False
    start: int = 0
    end: int = 0
    until: datetime | None = None
    until_has_time: bool = False


@dataclass(frozen=True)
class Unsettled:
    """A moment only the writer can settle (conventions 20 and 28): the bot asks back.

    `readings` are the two ways to read a bare hour 1-6 ("om 3 uur": 03:00 and 15:00, each a
    full :class:`When` on its day); empty when there is no day yet ("binnenkort", "na de
    zomer"). `start`/`end` are the span of the unsettled words in the text.
    """

    readings: tuple[When, ...]
    start: int = 0
    end: int = 0
    rewrites: tuple[str, ...] = ()  # what replaces start:end per reading (default: canonical)


@dataclass(frozen=True)
class Recurrence:
    kind: str  # "daily" | "weekly" | "monthly_day" | "monthly_nth_weekday"
    interval: int = 1
    weekday: int | None = None
    day: int | None = None
    nth: int | None = None
    hour: int | None = None
    minute: int | None = None


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_TRANS = str.maketrans(
    {
        "é": "e",
        "è": "e",
        "ë": "e",
        "ê": "e",
        "ó": "o",
        "ò": "o",
        "ö": "o",
        "ô": "o",
        "á": "a",
        "à": "a",
        "ä": "a",
        "â": "a",
        "í": "i",
        "ì": "i",
        "ï": "i",
        "î": "i",
        "ú": "u",
        "ù": "u",
        "ü": "u",
        "û": "u",
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)

_UNITS_NL = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_NUMW: dict[str, int] = {
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
for _i, _u in enumerate(_UNITS_NL, start=1):
    for _t, _tv in (("twintig", 20), ("dertig", 30), ("veertig", 40), ("vijftig", 50)):
        _NUMW[f"{_u}en{_t}"] = _tv + _i


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMW_RE = _alt(_NUMW)
_HOURW = {k: v for k, v in _NUMW.items() if 1 <= v <= 24}
_HOURW_RE = _alt(_HOURW)
_HOURW_NOEEN_RE = _alt(k for k in _HOURW if k not in ("een", "one"))
_DAYW_RE = _alt(k for k, v in _NUMW.items() if 2 <= v <= 31)

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "febr"),
        ("maart", "march", "mrt", "maa", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("augustus", "august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _nm in _names:
        _MONTHS[_nm] = _n
_MON_RE = _alt(_MONTHS)
_MON_FULL = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december "
    "january february march june july august october".split()
)
# month-first ("December 3") only for names that are not also common words/names
_MON_FIRST_RE = _alt(k for k in _MONTHS if k not in ("jan", "mar", "maa", "mei"))

_WD_FULL: dict[str, int] = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WD_ABBR: dict[str, int] = {
    "ma": 0,
    "maa": 0,
    "di": 1,
    "din": 1,
    "wo": 2,
    "woe": 2,
    "do": 3,
    "don": 3,
    "vr": 4,
    "za": 5,
    "zat": 5,
    "zo": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_WD: dict[str, int] = {**_WD_FULL, **_WD_ABBR}
_WD_RE = _alt(_WD)
_WD_FULL_RE = _alt(_WD_FULL)

# part of day -> (code, default hour)
_POD: dict[str, str] = {
    "ochtend": "o",
    "morgen": "o",
    "ochtends": "o",
    "morgens": "o",
    "vroeg": "o",
    "morning": "o",
    "middag": "m",
    "middags": "m",
    "namiddag": "m",
    "namiddags": "m",
    "afternoon": "m",
    "avond": "a",
    "avonds": "a",
    "evening": "a",
    "tonight": "a",
    "nacht": "n",
    "nachts": "n",
    "night": "a",
}
_POD_HOUR = {"o": 9, "m": 14, "a": 20, "n": 23}
_POD_NL_RE = "ochtend|morgen|namiddag|middag|avond|nacht"
_POD_EN_RE = "morning|afternoon|evening|night"

_ORD: dict[str, int] = {
    "eerste": 1,
    "1e": 1,
    "1ste": 1,
    "first": 1,
    "1st": 1,
    "tweede": 2,
    "2e": 2,
    "2de": 2,
    "second": 2,
    "2nd": 2,
    "derde": 3,
    "3e": 3,
    "3de": 3,
    "third": 3,
    "3rd": 3,
    "vierde": 4,
    "4e": 4,
    "4de": 4,
    "fourth": 4,
    "4th": 4,
    "laatste": -1,
    "last": -1,
}
_ORD_RE = _alt(_ORD)

_UNIT_RE = (
    r"werkdagen|werkdag|dagen|dagjes|dagje|dag|weken|weekjes|weekje|week|wk|maanden|maandje|"
    r"maand|mnd|halfjaar|jaren|jaartje|jaar|jr|uren|uurtjes|uurtje|uur|minuten|minuutje|minuut|"
    r"mins|min|kwartiertje|kwartier|days|day|weeks|week|months|month|years|year|hours|hour|hrs|"
    r"hr|minutes|minute"
)
_AMOUNT_RE = (
    r"(?:\d{1,2}|" + _NUMW_RE + r")\s+en\s+een\s+hal(?:f|ve)|"
    r"\d{1,4}(?:[.,]\d{1,2})?|anderhalve|anderhalf|een\s+halve|een\s+half|a\s+half|half|halve|"
    r"an|a|" + _NUMW_RE
)

_SEP_WORDS = (
    r"t/m|tot\s+en\s+met|om|op|at|on|van|vanaf|tot|rond|omstreeks|around|de|het|the|in|en|and|t"
)
_GAP_RE = re.compile(r"(?:[\s,;:\-/()]|\b(?:" + _SEP_WORDS + r")\b)*")
_CONNECT_RE = re.compile(
    r"(?:\b(?:uiterlijk|voor|op|om|per|tot\s+en\s+met|t/m|tot|vanaf|on|at|by|before|until|"
    r"from|rond|omstreeks|around|na|after|in|deadline)\b[\s:]*)+$"
)
_BLOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:nummer|nr|no|huisnummer|punt|agendapunt|bus|buslijn|lijn|tram|kamer|pagina|blz|"
    r"artikel|hoofdstuk|paragraaf|par|sectie|lid|versie|bijlage|paal|item|nummers|score|stand|"
    r"fase|stap|motie|amendement|besluit|klas|lokaal|zaal)|straat|laan|weg|plein|"
    r"kade|gracht|dijk|singel|steeg|pad|hof|€|eur|euro)\.?\s*$"
)
_PLAIN_WORD_RE = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")


# --------------------------------------------------------------------------------------------
# Date helpers
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# Components
# --------------------------------------------------------------------------------------------


@dataclass
class _C:
    start: int
    end: int
    kind: str  # date | wd | time | pod | moment
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


@dataclass
class _Ctx:
    now: datetime  # local
    today: date
    tz: tzinfo
    text: str = ""
    extra: dict[str, int] = field(default_factory=dict)


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


# ---- ISO and numeric dates ----


@_rule(r"(?<![\d.,:/-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d]|[-/.:]\d)")
def _r_iso(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _date_c(m, _safe_date(int(m[1]), int(m[3]), int(m[4])))


_FRACTION_AFTER = re.compile(
    r"\s+(?:van\s+(?:de|het|alle|onze|hun|ons|die|deze)|deel|of\s+(?:the|all|our))\b"
)
_UNIT_AFTER = re.compile(r"\s*(?:" + _UNIT_RE + r"|keer|x|euro|eur|%|personen|mensen)\b")


@_rule(
    r"(?<![\w.,:/€-])(\d{1,2})([-/.])(\d{1,2})(?:\2('?\d{4}|\d{2}))?(?![\d]|[-/.:]\d|,\d|[^\W\d_])"
)
def _r_num(m: re.Match[str], ctx: _Ctx) -> _C | None:
    day, mon = int(m[1]), int(m[3])
    if m[4] is None:
        if m[2] == ".":
            return None  # "19.30" is a time; "3.12" without year too
        if _UNIT_AFTER.match(ctx.text, m.end()):
            return None
        if m[2] == "/" and (m[0] == "24/7" or _FRACTION_AFTER.match(ctx.text, m.end())):
            return None  # "3/4 van de leden", "24/7"
    if _blocked(ctx, m.start()):
        return None
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return None
    y = _yr(m[4])
    if m[4] is not None and y is None:
        return None
    d = _safe_date(y, mon, day) if y is not None else _next_md(ctx.today, mon, day)
    return _date_c(m, d, year_given=y is not None)


# ---- day + month name ----

_DM = (
    r"(?:\b(?:de|the)\s+)?\b(\d{1,2}|" + _DAYW_RE + r")(?:e|de|ste|st|nd|rd|th)?\.?\s*"
    r"(?:of\s+|van\s+)?\b(" + _MON_RE + r")\b\.?(?:,?\s+(\d{4})\b(?![:.]\d)|\s+('\d{2})\b)?"
)


@_rule(_DM)
def _r_dm(m: re.Match[str], ctx: _Ctx) -> _C | None:
    ds = m[1]
    day = int(ds) if ds.isdigit() else _NUMW[ds]
    if ds.isdigit() and _blocked(ctx, m.start(1)):
        return None
    mon = _MONTHS[m[2]]
    if m[2] in ("may", "mar") and not ds.isdigit():
        return None
    y = _yr(m[3] or m[4])
    end = m.end() if y is not None else m.end(2)
    if y is None and ctx.text[end : end + 1] == "." and m[2] not in _MON_FULL:
        end += 1  # "3 dec." (an abbreviation), but "op 3 december. Om 8 uur" ends a sentence
    d = _safe_date(y, mon, day) if y is not None else _next_md(ctx.today, mon, day)
    if d is None:
        return None
    return _C(m.start(), end, "date", d=d, year_given=y is not None)


@_rule(
    r"\b(" + _MON_FIRST_RE + r")\b\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e|de|ste)?\b"
    r"(?!\s*[:.]\d|\s*(?:" + _UNIT_RE + r")\b)(?:,?\s+(\d{4})\b(?![:.]\d))?"
)
def _r_md(m: re.Match[str], ctx: _Ctx) -> _C | None:
    mon, day = _MONTHS[m[1]], int(m[2])
    y = _yr(m[3])
    end = m.end() if y is not None else m.end(2)
    if y is None:
        mm = re.match(r"(?:st|nd|rd|th|e|de|ste)\b", ctx.text[end:])
        if mm:
            end += mm.end()
    d = _safe_date(y, mon, day) if y is not None else _next_md(ctx.today, mon, day)
    if d is None:
        return None
    return _C(m.start(), end, "date", d=d)


@_rule(
    r"\b(jan|mar)\b\.?\s+(\d{1,2})(?:(?:st|nd|rd|th)\b(?:,?\s+(\d{4})\b)?|,?\s+(\d{4})\b)"
    r"(?![:.]\d)"
)
def _r_md_abbr(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """ "Jan 5th", "Jan 5, 2027": 'jan'/'mar' month-first only with a suffix or a year."""
    mon, day = _MONTHS[m[1]], int(m[2])
    y = _yr(m[3] or m[4])
    d = _safe_date(y, mon, day) if y is not None else _next_md(ctx.today, mon, day)
    return _date_c(m, d)


# ---- a range of days in one month: "3-5 december", "van 2 t/m 4 dec", "3 en 4 januari" ----


@_rule(
    r"(?<![\w.,:/€-])(\d{1,2})(?:e|de|ste)?\s*(-|t/m|tot\s+en\s+met|tot|en|of|&)\s*"
    r"(?:(?:" + _WD_RE + r")\.?\s+)?(\d{1,2})(?:e|de|ste)?\s+(" + _MON_RE + r")\b\.?"
    r"(?:,?\s+(\d{4})\b(?![:.]\d)|\s+('\d{2})\b)?"
)
def _r_day_range(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """ "7 t/m 18 december": the range starts at its first day (convention 14), even when
    that is past while the range still runs ("20 t/m 30 november" on the 26th); "3 en 4
    januari", "3 of 4 januari" also read as their first day (convention 11)."""
    d1, d2 = int(m[1]), int(m[3])
    if not 1 <= d1 < d2 <= 31 or _blocked(ctx, m.start()):
        return None
    mon = _MONTHS[m[4]]
    y = _yr(m[5] or m[6])
    last = _safe_date(y, mon, d2) if y is not None else _next_md(ctx.today, mon, d2)
    if last is None:
        return None
    first = _safe_date(last.year, mon, d1)
    between = re.search(r"\btussen\s+$", ctx.text[max(0, m.start() - 8) : m.start()])
    is_range = m[2] not in ("en", "of", "&") or (m[2] == "en" and between is not None)
    return _date_c(m, first, end_d=last if is_range else None, year_given=y is not None)


# ---- begin / half / eind <maand> ----

_PART = (
    r"(?:the\s+)?(begin|start|beginning|early|half|medio|midden|halverwege|mid|middle|eind|einde|"
    r"end|late|laat)"
)
_PART_POS = {
    "begin": "b",
    "start": "b",
    "beginning": "b",
    "early": "b",
    "half": "h",
    "medio": "h",
    "midden": "h",
    "halverwege": "h",
    "mid": "h",
    "middle": "h",
    "eind": "e",
    "einde": "e",
    "end": "e",
    "late": "e",
    "laat": "e",
}


def _part_day(pos: str, y: int, m: int) -> date:
    if pos == "b":
        return date(y, m, 1)
    if pos == "h":
        return date(y, m, 15)
    return date(y, m, _last_day(y, m))


@_rule(
    r"\b" + _PART + r"(?:\s+|-)(?:van\s+|of\s+)?\b(" + _MON_RE + r")\b\.?"
    r"(?:,?\s+(\d{4})\b|\s+('\d{2})\b)?"
)
def _r_part_month(m: re.Match[str], ctx: _Ctx) -> _C | None:
    pos, mon = _PART_POS[m[1]], _MONTHS[m[2]]
    if m[1] in ("laat", "half") and m[2] in ("may", "mar"):
        return None
    y = _yr(m[3] or m[4])
    if y is not None:
        return _date_c(m, _part_day(pos, y, mon))
    for yy in (ctx.today.year, ctx.today.year + 1):
        d = _part_day(pos, yy, mon)
        if d >= ctx.today:
            return _C(m.start(), m.end(2), "date", d=d)
    return None


@_rule(
    r"\b" + _PART + r"\s+(?:van\s+|of\s+)?(?:(de|deze|dit|het|this|the|volgende|volgend|"
    r"komende|komend|next)\s+)?(maand|month|jaar|year|week)\b"
)
def _r_part_period(m: re.Match[str], ctx: _Ctx) -> _C | None:
    pos, which, unit = _PART_POS[m[1]], m[2] or "de", m[3]
    t = ctx.today
    nxt = which in ("volgende", "volgend", "komende", "komend", "next")
    if unit == "week":  # convention 19: begin = Monday, eind = Friday (today once it is here)
        monday = t - timedelta(days=t.weekday()) + timedelta(days=7 if nxt else 0)
        day = monday + timedelta(days={"b": 0, "h": 2, "e": 4}[pos])
        if not nxt and pos == "e" and day < t:
            day = t
        return _date_c(m, day)
    if unit in ("jaar", "year"):
        y = t.year + (1 if nxt else 0)
        if pos == "b":
            return _date_c(m, date(y, 1, 1))
        if pos == "h":
            return _date_c(m, date(y, 7, 1))
        return _date_c(m, date(y, 12, 31))
    if nxt:
        y, mo = _month_shift(t.year, t.month, 1)
        return _date_c(m, _part_day(pos, y, mo))
    d = _part_day(pos, t.year, t.month)
    if which in ("de", "the") and d < t:
        y, mo = _month_shift(t.year, t.month, 1)
        d = _part_day(pos, y, mo)
    return _date_c(m, d)


@_rule(r"\b(begin|start|beginning|eind|einde|end)\s+(?:van\s+|of\s+)?(\d{4})\b(?![:.]\d)")
def _r_part_year(m: re.Match[str], ctx: _Ctx) -> _C | None:
    y = _yr(m[2])
    if y is None:
        return None
    pos = _PART_POS[m[1]]
    return _date_c(m, date(y, 1, 1) if pos == "b" else date(y, 12, 31))


# ---- week N ----


@_rule(r"\b(?:in\s+)?(?:week|wk)(?:nummer|nr\.?)?\s*(\d{1,2})\b(?:\s+(?:van\s+)?(\d{4})\b)?")
def _r_week(m: re.Match[str], ctx: _Ctx) -> _C | None:
    n = int(m[1])
    if not 1 <= n <= 53:
        return None
    y = _yr(m[2])
    cur = ctx.today - timedelta(days=ctx.today.weekday())
    iso_y = cur.isocalendar()[0]
    years = [y] if y is not None else [iso_y, iso_y + 1]
    for yy in years:
        try:
            d = date.fromisocalendar(yy, n, 1)
        except ValueError:
            continue
        if y is not None or d >= cur:
            end = m.end() if y is not None else m.end(1)
            return _C(m.start(), end, "date", d=d)
    return None


# ---- de eerste/laatste <weekdag> van <maand> ----


@_rule(
    r"\b(?:(?:de|the)\s+)?(" + _ORD_RE + r")\s+(" + _WD_FULL_RE + r")\s+(?:van|in|of)\s+"
    r"(?:(de|deze|volgende|komende|the|this|next)\s+(?:maand|month)\b|(" + _MON_RE + r")\b\.?"
    r"(?:\s+(\d{4})\b)?)"
)
def _r_nth(m: re.Match[str], ctx: _Ctx) -> _C | None:
    nth, wd = _ORD[m[1]], _WD_FULL[m[2]]
    t = ctx.today
    if m[3]:
        which = m[3]
        if which in ("volgende", "komende", "next"):
            y, mo = _month_shift(t.year, t.month, 1)
            return _date_c(m, _nth_weekday(y, mo, wd, nth))
        if which in ("deze", "this"):
            return _date_c(m, _nth_weekday(t.year, t.month, wd, nth))
        for i in range(0, 3):
            y, mo = _month_shift(t.year, t.month, i)
            d = _nth_weekday(y, mo, wd, nth)
            if d is not None and d >= t:
                return _date_c(m, d)
        return None
    mon = _MONTHS[m[4]]
    y0 = _yr(m[5])
    if y0 is not None:
        return _date_c(m, _nth_weekday(y0, mon, wd, nth))
    for yy in (t.year, t.year + 1):
        d = _nth_weekday(yy, mon, wd, nth)
        if d is not None and d >= t:
            return _C(m.start(), m.end(4), "date", d=d)
    return None


# ---- op de 15e ----


@_rule(
    r"\b(?:de|the)\s+(\d{1,2})(?:e|de|ste|st|nd|rd|th)\b(?:\s+(?:van|of)\s+"
    r"(de|deze|volgende|the|this|next)\s+(?:maand|month)\b)?"
    r"(?=\s*(?:$|[,.;:!?)]|om\b|at\b|van\b|of\b|\d))"
)
def _r_dom(m: re.Match[str], ctx: _Ctx) -> _C | None:
    day = int(m[1])
    if not 1 <= day <= 31:
        return None
    t = ctx.today
    if m[2] in ("volgende", "next"):
        y, mo = _month_shift(t.year, t.month, 1)
        return _date_c(m, _safe_date(y, mo, day))
    if m[2] in ("deze", "this"):
        return _date_c(m, _safe_date(t.year, t.month, day))
    for i in range(0, 4):
        y, mo = _month_shift(t.year, t.month, i)
        d = _safe_date(y, mo, day)
        if d is not None and d >= t:
            return _date_c(m, d)
    return None


# ---- holidays ----


@_rule(r"\b(" + _HOL_RE + r")\b(?:\s+(\d{4})\b(?![:.]\d))?")
def _r_holiday(m: re.Match[str], ctx: _Ctx) -> _C | None:
    fn = _HOLIDAYS[re.sub(r"\s+", " ", m[1])]
    y = _yr(m[2])
    if y is not None:
        return _date_c(m, fn(y))
    for yy in (ctx.today.year, ctx.today.year + 1):
        d = fn(yy)
        if d >= ctx.today:
            return _C(m.start(), m.end(1), "date", d=d)
    return None


# ---- named relative days ----

_RELDAY = {
    "vandaag": 0,
    "today": 0,
    "tonight": 0,
    "morgen": 1,
    "tomorrow": 1,
    "overmorgen": 2,
    "gisteren": -1,
    "gister": -1,
    "yesterday": -1,
    "eergisteren": -2,
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
}


@_rule(
    r"\b(vandaag|overmorgen|morgen|eergisteren|gisteren|gister|the\s+day\s+after\s+tomorrow|"
    r"day\s+after\s+tomorrow|today|tomorrow|yesterday|tonight)"
    r"(?:(ochtend|morgen|namiddag|middag|avond|nacht|vroeg)\b|\b(?:\s+(?:in\s+de\s+|'s\s*)?("
    + _POD_NL_RE
    + r"|vroeg|"
    + _POD_EN_RE
    + r")\b)?)"
)
def _r_relday(m: re.Match[str], ctx: _Ctx) -> _C | None:
    key = re.sub(r"\s+", " ", m[1])
    pod_word = m[2] or m[3]
    if key == "morgen" and m[3] == "morgen":
        pod_word = "ochtend"
    pod = _POD.get(pod_word) if pod_word else None
    if key == "tonight":
        pod = "a"
    if key in ("tomorrow", "yesterday", "today") and pod_word == "night":
        pod = "a"
    return _date_c(m, ctx.today + timedelta(days=_RELDAY[key]), pod=pod)


@_rule(
    r"\bvan(ochtend|morgen|namiddag|middag|avond)\b|\bthis\s+(morning|afternoon|evening)\b|"
    r"\bdeze\s+(ochtend|morgen|namiddag|middag|avond)\b"
)
def _r_van(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _date_c(m, ctx.today, pod=_POD[m[1] or m[2] or m[3]])


@_rule(r"\bgister(?:en)?(ochtend|morgen|namiddag|middag|avond|nacht)\b")
def _r_gister(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _date_c(m, ctx.today - timedelta(days=1), pod=_POD[m[1]])


# ---- weekdays ----

_NEXT_W = ("volgende", "komende", "next")
_PREV_W = ("vorige", "afgelopen", "last")
_THIS_W = ("deze", "this")


def _wd_pod(m: re.Match[str], a: int, b: int) -> str | None:
    w = m[a] or m[b]
    return _POD.get(w) if w else None


_WD_CORE = (
    r"(" + _WD_RE + r")(?:(" + _POD_NL_RE + r")\b|\b\.?(?:\s+(?:'s\s*)?(" + _POD_NL_RE + r"|"
    r"" + _POD_EN_RE + r")\b)?)"
)


@_rule(
    r"\b(?:(volgende|komende|vorige|afgelopen|deze|next|last|this)\s+week\s+(?:op\s+|on\s+)?"
    + _WD_CORE
    + r"|"
    + _WD_CORE
    + r"\s+(?:van\s+)?(volgende|komende|vorige|afgelopen|deze|next|last|this)\s+week\b)"
)
def _r_wd_week(m: re.Match[str], ctx: _Ctx) -> _C | None:
    which = m[1] or m[8]
    wd = _WD[m[2] or m[5]]
    pod = _wd_pod(m, 3, 4) or _wd_pod(m, 6, 7)
    off = 7 if which in ("volgende", "komende", "next") else -7 if which in _PREV_W else 0
    monday = ctx.today - timedelta(days=ctx.today.weekday())
    return _date_c(m, monday + timedelta(days=off + wd), pod=pod, wd=wd)


_HEDGE_AFTER = re.compile(r"\s+(?:rond|ongeveer|omstreeks|'n)\b")


@_rule(
    r"\b(?:(volgende|komende|aanstaande|eerstvolgende|deze|vorige|afgelopen|next|this|coming|"
    r"last|past|on)\s+)?" + _WD_CORE + r"(?:\s*(a\.s\.|as\.|jl\.|j\.l\.|jongstleden|aanstaande))?"
)
def _r_wd(m: re.Match[str], ctx: _Ctx) -> _C | None:
    pre, name = m[1], m[2]
    wd = _WD[name]
    pod = _wd_pod(m, 3, 4)
    post = m[5]
    back = pre in ("vorige", "afgelopen", "last", "past") or post in ("jl.", "j.l.", "jongstleden")
    t = ctx.today
    if back:
        d = t - timedelta(days=(t.weekday() - wd - 1) % 7 + 1)
    else:
        d = t + timedelta(days=(wd - t.weekday() - 1) % 7 + 1)
    if name == "zo" and _HEDGE_AFTER.match(ctx.text, m.end()):
        return None  # "zo rond half acht": a hedge, not Sunday
    weak = name in _WD_ABBR and not pre and not post
    if name in _WD_ABBR and pre == "on":
        weak = True
    start = m.start() if pre != "on" else m.start(2)
    return _C(start, m.end(), "wd", d=d, wd=wd, pod=pod, weak=weak)


@_rule(r"\b(dit|volgend|komend|aankomend|this|next|coming)\s+weekend\b")
def _r_weekend(m: re.Match[str], ctx: _Ctx) -> _C | None:
    t = ctx.today
    sat = t - timedelta(days=t.weekday()) + timedelta(days=5)
    if m[1] in ("volgend", "next"):  # "komend weekend" is the coming one, as "dit weekend"
        sat += timedelta(days=7)
    sunday = sat + timedelta(days=1)
    if t.weekday() == 6 and m[1] not in ("volgend", "next"):
        sat = t
    return _date_c(m, sat, end_d=sunday)


@_rule(
    r"\b(?:(volgende|komende|aankomende|vorige|afgelopen|next|last)\s+(week|maand|month)|"
    r"(volgend|komend|vorig|next|last)\s+(jaar|year))\b"
)
def _r_next_period(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """Periods read as their first day, with their last as the end (conventions 19, 28)."""
    t = ctx.today
    step = -1 if (m[1] or m[3]) in ("vorige", "afgelopen", "vorig", "last") else 1
    unit = m[2] or m[4]
    if unit == "week":
        monday = t - timedelta(days=t.weekday()) + timedelta(days=7 * step)
        return _date_c(m, monday, end_d=monday + timedelta(days=6))
    if unit in ("jaar", "year"):
        return _date_c(m, date(t.year + step, 1, 1), end_d=date(t.year + step, 12, 31))
    y, mo = _month_shift(t.year, t.month, step)
    return _date_c(m, date(y, mo, 1), end_d=date(y, mo, _last_day(y, mo)))


@_rule(
    r"\b(?:in\s+(?:de\s+maand\s+)?)?(?:(volgend|komend|next)\s+jaar\s+(?:in\s+)?)?("
    + _MON_RE
    + r")\b"
    r"(?:\.?\s+(\d{4})\b(?![:.]\d)|\.?\s+('\d{2})\b)?"
)
def _r_month(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """A month by name: its 1st, this year's if still ahead, else next year's ("in maart",
    "oktober 2027", "januari '27", "volgend jaar maart"); this month's name is next year's.
    Abbreviations and "may" count only with a year."""
    name = m[2]
    y = _yr(m[3] or m[4])
    if y is None and (name not in _MON_FULL or name == "may"):
        return None
    mon = _MONTHS[name]
    t = ctx.today
    if y is None:
        y = t.year + 1 if m[1] else (t.year if mon > t.month else t.year + 1)
    return _date_c(m, date(y, mon, 1), end_d=date(y, mon, _last_day(y, mon)), year_given=True)


# ---- vague words: only the writer can settle them (conventions 20 and 28) ----

_VAGUE_RE = (
    r"\b(?:vannacht|binnenkort|deze\s+week|na\s+de\s+(?:zomer|zomervakantie|vakantie|"
    r"kerstvakantie|herfstvakantie|voorjaarsvakantie|meivakantie|winter|herfst)|in\s+de\s+(?:zomer|"
    r"zomervakantie|vakantie|herfst|winter|lente)|(?:in|na)\s+het\s+(?:voorjaar|najaar)|"
    r"deze\s+(?:zomer|winter|herfst|lente)|dit\s+(?:voorjaar|najaar)|(?:over\s+|binnen\s+|na\s+)?een\s+paar\s+(?:uur|uurtjes|dagen|"
    r"dagjes|weken|maanden|minuten))\b"
)
# "ooit" and "later" only when they are all the date there is ("Ik kom er later op terug": no)
_VAGUE_ALONE = re.compile(r"\W*(?:ooit|later|someday)(?:\s+(?:nog\s+)?eens)?\W*")


@_rule(_VAGUE_RE)
def _r_vague(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _C(m.start(), m.end(), "vague")


# ---- N werkdagen na <datum> (convention 17) ----


@_rule(r"\b(?:binnen\s+)?(\d{1,3}|" + _NUMW_RE + r")\s+werkdag(?:en)?\s+(?:na|after)\b")
def _r_workdays_after(m: re.Match[str], ctx: _Ctx) -> _C | None:
    n = _num(m[1])
    if n is None or not 0 < n <= 500:
        return None
    return _C(m.start(), m.end(), "shift", shift=int(n))


# ---- op de eerste (convention 28) ----


@_rule(
    r"\bop\s+de\s+eerste\b(?:\s+van\s+de\s+maand\b)?"
    r"(?=\s*(?:$|[,.;:!?)]|om\b|\d))"
)
def _r_first_of_month(m: re.Match[str], ctx: _Ctx) -> _C | None:
    t = ctx.today
    if t.day == 1:
        return _date_c(m, t)
    y, mo = _month_shift(t.year, t.month, 1)
    return _date_c(m, date(y, mo, 1))


# ---- over N dagen / N dagen geleden ----


def _rel_apply(ctx: _Ctx, m: re.Match[str], amount: float, unit: str, sign: int) -> _C | None:
    u = unit
    if amount <= 0 or amount > 5000:
        return None
    if u.startswith(("werkdag",)):  # convention 17: the Algemene termijnenwet's working days
        n = int(amount)
        if sign > 0:
            return _date_c(m, add_working_days(ctx.today, n))
        d = ctx.today
        while n > 0:
            d -= timedelta(days=1)
            if is_working_day(d):
                n -= 1
        return _date_c(m, d)
    if u.startswith(("dag", "day")):
        return _date_c(m, ctx.today + timedelta(days=sign * int(round(amount))))
    if u.startswith(("wee", "wek", "wk")):
        return _date_c(m, ctx.today + timedelta(days=sign * int(round(amount * 7))), weekrel=True)
    if u.startswith(("maand", "mnd", "month", "halfjaar", "jaar", "jr", "year")):
        months = amount * (12 if u.startswith(("jaar", "jr", "year")) else 1)
        if u == "halfjaar":
            months = 6 * amount
        whole = int(months)
        d = _add_months(ctx.today, sign * whole)
        frac = months - whole
        if frac:
            d += timedelta(days=sign * int(round(frac * 30)))
        return _date_c(m, d)
    if u.startswith(("u", "hour", "hr")):
        delta = timedelta(minutes=round(amount * 60))
    elif u.startswith("kwartier"):
        delta = timedelta(minutes=round(amount * 15))
    else:
        delta = timedelta(minutes=round(amount))
    utc_now = ctx.now.astimezone(UTC)
    mom = (utc_now + sign * delta).astimezone(ctx.tz)
    return _C(m.start(), m.end(), "moment", moment=mom)


@_rule(
    r"\b(over|binnen|in|within|na|after)\s+(?:ongeveer\s+|about\s+|circa\s+)?("
    + _AMOUNT_RE
    + r")\s*("
    + _UNIT_RE
    + r")\b(?:\s+(?:from\s+now|vanaf\s+nu|van\s+nu))?"
)
def _r_rel(m: re.Match[str], ctx: _Ctx) -> _C | None:
    a = _num(m[2])
    if a is None:
        return None
    return _rel_apply(ctx, m, a, m[3], 1)


@_rule(
    r"\b(" + _AMOUNT_RE + r")\s*(" + _UNIT_RE + r")\s+(geleden|terug|ago|from\s+now|vanaf\s+nu)\b"
)
def _r_ago(m: re.Match[str], ctx: _Ctx) -> _C | None:
    a = _num(m[1])
    if a is None:
        return None
    sign = -1 if m[3] in ("geleden", "terug", "ago") else 1
    return _rel_apply(ctx, m, a, m[2], sign)


# ---- clock times ----

_AMPM = r"(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)"


def _ampm(h: int, s: str | None) -> int | None:
    if not s:
        return h
    if not 1 <= h <= 12:
        return None
    if s.startswith("a"):
        return 0 if h == 12 else h
    return 12 if h == 12 else h + 12


def _time_c(
    m: re.Match[str], h: int | None, mi: int, fixed: bool = False, written: str = ""
) -> _C | None:
    """A clock time; `written` is how its hour was typed: one digit or a word (not two
    digits) for an hour 1-6 makes it ambiguous (03:00 or 15:00, convention 20)."""
    if h is None or not (0 <= h <= 24 and 0 <= mi <= 59) or (h == 24 and mi):
        return None
    amb = not fixed and 1 <= h <= 6 and not (len(written) == 2 and written.isdigit())
    return _C(m.start(), m.end(), "time", h=h % 24, m=mi, fixed=fixed, amb=amb)


def _with_end(c: _C | None, h: int | None, mi: int = 0) -> _C | None:
    """Give a clock time the end of its range ("19:00-21:00", "van 10 tot 12 uur")."""
    if c is not None and h is not None and 0 <= h <= 24 and 0 <= mi <= 59:
        c.end_h, c.end_m = h % 24, mi
    return c


_NOT_AMOUNT_AFTER = re.compile(r"\s*(?:euro|eur|,-|%)")


@_rule(
    r"(?<![\d.,:/€-])(\d{1,2})([:.])(\d{2})(?!\d|[.:/]\d|,\d)"
    r"(?:\s?-\s?(\d{1,2})[:.](\d{2})(?![\d.:]))?(?:\s*(?:uur|u|h)\b)?(?:\s*" + _AMPM + ")?"
)
def _r_clock(m: re.Match[str], ctx: _Ctx) -> _C | None:
    if _NOT_AMOUNT_AFTER.match(ctx.text, m.end()) or _blocked(ctx, m.start()):
        return None
    h = _ampm(int(m[1]), m[6])
    c = _time_c(m, h, int(m[3]), fixed=bool(m[6]), written=m[1])
    return _with_end(c, int(m[4]), int(m[5])) if m[4] else c


@_rule(r"\b(\d{1,2})[uh](\d{2})?\b")
def _r_clock_u(m: re.Match[str], ctx: _Ctx) -> _C | None:
    if _blocked(ctx, m.start()):
        return None
    return _time_c(m, int(m[1]), int(m[2] or 0), written=m[1])


# "8 uur 15", "om 1 uur 30": the minutes after "uur" (convention 26)
_UUR_MIN = (
    r"(?:\s+(\d{2})\b(?![:.,/-]\d|\s*(?:" + _UNIT_RE + r"|" + _MON_RE + r"|keer|x|euro|eur|%|"
    r"personen|mensen)\b))?"
)


_DUR_BEFORE = re.compile(
    r"\b(?:duurt|duren|duurde|kost|kosten|ongeveer|circa|ca|zo'n|max|maximaal|minimaal|minstens|"
    r"ruim|bijna|gedurende|per|elke|iedere|extra|nog)\s*$"
)


@_rule(
    r"\b(\d{1,2}|" + _HOURW_NOEEN_RE + r")\s*(?:uur|o'clock)\b"
    r"(?!\s+(?:lang|per|geleden|later|eerder|terug|durend|werk|vrijwilligers))" + _UUR_MIN
)
def _r_uur(m: re.Match[str], ctx: _Ctx) -> _C | None:
    if _DUR_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) or _blocked(ctx, m.start()):
        return None
    return _time_c(m, _hour(m[1]), int(m[2] or 0), written=m[1])


@_rule(r"\b(\d{1,2}|" + _HOURW_RE + r")\s*" + _AMPM)
def _r_ampm(m: re.Match[str], ctx: _Ctx) -> _C | None:  # fixed: never ambiguous
    h = _hour(m[1])
    return _time_c(m, _ampm(h, m[2]) if h is not None else None, 0, fixed=True)


_OM_LOOK = (
    r"(?=\s*(?:$|[,;!?)\-]|[.:](?!\d)|uur\b|u\b|'\s?s\b|s\s?(?:ochtends|morgens|middags|avonds|nachts)\b|"
    r"in\b|op\b|bij\b|en\b|tot\b|met\b|aan\b|voor\b|na\b|precies\b|stipt\b|sharp\b|on\b|at\b|"
    r"and\b|tonight\b|in\s+the\b|'s\b))"
)


@_rule(
    r"\b(?:om|at|rond|omstreeks|tegen|around|vanaf)\s+(?:(?:ongeveer|circa|ca\.?)\s+)?(\d{1,2}|"
    + _HOURW_RE
    + r")(?:\s*(?:uur|u|h)\b(?!\s+(?:lang|durend))"
    + _UUR_MIN
    + r"|(?![^\W_])"
    + _OM_LOOK
    + r")"
)
def _r_om(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _time_c(m, _hour(m[1]), int(m[2] or 0), written=m[1])


@_rule(
    r"\b(?:(?:van|vanaf|tussen|from|between)\s+)?(\d{1,2}|" + _HOURW_RE + r")(?:\s*(?:uur|u|h)\b)?"
    r"\s*(?:-|t/m|tot\s+en\s+met|tot|en|to|until|and)\s*(\d{1,2}|" + _HOURW_RE + r")"
    r"(?:\s*(?:uur|u|h)\b|(?=\s*(?:'\s?s\s?|s\s)(?:ochtends|morgens|middags|avonds|nachts)\b))"
)
def _r_hour_range(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """ "van 10 tot 12 uur", "10-12u", "tussen 7 en 9 's avonds": the range starts at the first."""
    if _DUR_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) or _blocked(ctx, m.start()):
        return None
    h1, h2 = _hour(m[1]), _hour(m[2])
    if h1 is None or h2 is None or h1 == h2 or not (0 <= h1 <= 24 and 0 <= h2 <= 24):
        return None
    return _with_end(_time_c(m, h1, 0, written=m[1]), h2)


_MINW = {"kwart": 15, "vijf": 5, "tien": 10, "twintig": 20, "five": 5, "ten": 10, "twenty": 20}
_UNIT_LOOK = r"(?!\s*(?:" + _UNIT_RE + r"|keer|bewoners|mensen)\b)"


@_rule(
    r"\b(?:(kwart|vijf|tien|twintig|\d{1,2})\s+(?:minuten\s+)?(over|voor)\s+)?half\s+(\d{1,2}|"
    + _HOURW_RE
    + r")\b(?:\s*uur\b)?"
    + _UNIT_LOOK
)
def _r_half(m: re.Match[str], ctx: _Ctx) -> _C | None:
    h = _hour(m[3])
    if h is None or not 1 <= h <= 24:
        return None
    h0 = h - 1 if h > 1 else 12
    mi = 30
    if m[1]:
        off = _MINW.get(m[1]) or int(m[1]) if (m[1] in _MINW or m[1].isdigit()) else 0
        if not 0 < off < 30:
            return None
        mi = 30 + off if m[2] == "over" else 30 - off
    return _time_c(m, h0, mi, written="word")


@_rule(
    r"\b(kwart|vijf|tien|twintig|\d{1,2})\s+(?:minuten\s+)?(over|voor)\s+(\d{1,2}|"
    + _HOURW_RE
    + r")\b(?:\s*uur\b)?"
    + _UNIT_LOOK
)
def _r_kwart(m: re.Match[str], ctx: _Ctx) -> _C | None:
    off = _MINW[m[1]] if m[1] in _MINW else int(m[1])
    h = _hour(m[3])
    if h is None or not 0 < off < 30 or not 0 <= h <= 24:
        return None
    written = "word" if not m[3].isdigit() else m[3]
    if m[2] == "over":
        return _time_c(m, h, off, written=written)
    return _time_c(m, (h - 1) % 24, 60 - off, written=written) if h != 0 else None


@_rule(
    r"\b(?:(half|quarter|\d{1,2}|five|ten|twenty)\s+(?:minutes\s+)?(past|to)\s+(\d{1,2}|"
    + _HOURW_RE
    + r")\b)"
)
def _r_past(m: re.Match[str], ctx: _Ctx) -> _C | None:
    off = {"half": 30, "quarter": 15}.get(m[1]) or _MINW.get(m[1]) or int(m[1])
    h = _hour(m[3])
    if h is None or not 0 < off <= 30:
        return None
    written = "word" if not m[3].isdigit() else m[3]
    if m[2] == "past":
        return _time_c(m, h, off, written=written)
    return _time_c(m, (h - 1) % 24, 60 - off, written=written)


@_rule(r"\b(noon|midday|middernacht|midnight)\b")
def _r_noon(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """Noon is 12:00; midnight is 00:00 after the day it is named with (convention 21)."""
    c = _time_c(m, 12 if m[1] in ("noon", "midday") else 0, 0, fixed=True)
    if c is not None and m[1] in ("middernacht", "midnight"):
        c.next_day = True
    return c


# ---- part of day alone ----


@_rule(
    r"(?:'\s?s|\bs'?)\s?(ochtends|morgens|namiddags|middags|avonds|nachts)\b|\bin\s+de\s+("
    + _POD_NL_RE
    + r")\b|\bin\s+the\s+(morning|afternoon|evening)\b|\bat\s+(night)\b"
)
def _r_pod(m: re.Match[str], ctx: _Ctx) -> _C | None:
    w = m[1] or m[2] or m[3] or m[4]
    return _C(m.start(), m.end(), "pod", pod=_POD[w])


# --------------------------------------------------------------------------------------------
# Core
# --------------------------------------------------------------------------------------------


def _normalize(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.translate(_TRANS)


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


# Gates: a rule runs only when the text has what its pattern cannot match without (a digit, one
# of these whole words, or one of these substrings). Necessary conditions only, so the result
# is the same as running every rule; it halves the work on a typical phrase.
_MONTH_WORDS = frozenset(_MONTHS)
_WD_WORDS = frozenset(
    [*_WD]
    + [w + p for w in _WD for p in ("ochtend", "morgen", "namiddag", "middag", "avond", "nacht")]
)
_HOL_WORDS = frozenset(max(re.findall(r"[a-z]+", h), key=len) for h in _HOLIDAYS)
_PERIOD_WORDS = frozenset({"week", "maand", "month", "jaar", "year"})
_GATES: dict[str, tuple[bool, frozenset[str] | None, tuple[str, ...] | None]] = {
    "_r_iso": (True, None, ("-", "/")),
    "_r_num": (True, None, ("-", "/", ".")),
    "_r_dm": (False, _MONTH_WORDS, None),
    "_r_md": (True, _MONTH_WORDS, None),
    "_r_md_abbr": (True, frozenset({"jan", "mar"}), None),
    "_r_day_range": (True, _MONTH_WORDS, None),
    "_r_part_month": (False, _MONTH_WORDS, None),
    "_r_part_period": (False, _PERIOD_WORDS, None),
    "_r_part_year": (
        True,
        frozenset({"begin", "start", "beginning", "eind", "einde", "end"}),
        None,
    ),
    "_r_week": (True, frozenset({"week", "wk", "weeknummer", "weeknr", "wknummer", "wknr"}), None),
    "_r_nth": (False, frozenset(_WD_FULL), None),
    "_r_dom": (True, frozenset({"de", "the"}), None),
    "_r_holiday": (False, _HOL_WORDS, None),
    "_r_relday": (
        False,
        None,
        ("vandaag", "morgen", "gister", "today", "tomorrow", "yesterday", "tonight"),
    ),
    "_r_gister": (False, None, ("gister",)),
    "_r_wd_week": (False, frozenset({"week"}), None),
    "_r_wd": (False, _WD_WORDS, None),
    "_r_weekend": (False, frozenset({"weekend"}), None),
    "_r_next_period": (False, _PERIOD_WORDS, None),
    "_r_month": (False, _MONTH_WORDS, None),
    "_r_vague": (
        False,
        frozenset(
            "vannacht binnenkort week zomer zomervakantie vakantie kerstvakantie "
            "herfstvakantie voorjaarsvakantie meivakantie paar winter herfst lente voorjaar "
            "najaar".split()
        ),
        None,
    ),
    "_r_workdays_after": (False, frozenset({"werkdag", "werkdagen"}), None),
    "_r_first_of_month": (False, frozenset({"eerste"}), None),
    "_r_rel": (False, frozenset({"over", "binnen", "in", "within", "na", "after"}), None),
    "_r_ago": (False, frozenset({"geleden", "terug", "ago", "from", "vanaf"}), None),
    "_r_clock": (True, None, (":", ".")),
    "_r_clock_u": (True, frozenset({"u", "h"}), None),
    "_r_hour_range": (
        False,
        frozenset({"u", "h", "ochtends", "morgens", "middags", "avonds", "nachts"}),
        ("uur",),
    ),
    "_r_van": (
        False,
        frozenset(
            {"vanochtend", "vanmorgen", "vanmiddag", "vannamiddag", "vanavond", "this", "deze"}
        ),
        None,
    ),
    "_r_uur": (False, None, ("uur", "clock")),
    "_r_ampm": (False, None, ("am", "pm", "a.", "p.")),
    "_r_om": (
        False,
        frozenset({"om", "at", "rond", "omstreeks", "tegen", "around", "vanaf"}),
        None,
    ),
    "_r_half": (False, frozenset({"half"}), None),
    "_r_kwart": (False, frozenset({"over", "voor"}), None),
    "_r_past": (False, frozenset({"past", "to"}), None),
    "_r_noon": (False, frozenset({"noon", "midday", "middernacht", "midnight"}), None),
    "_r_pod": (
        False,
        None,
        (
            "ochtend",
            "morgen",
            "middag",
            "avond",
            "nacht",
            "morning",
            "afternoon",
            "evening",
            "night",
        ),
    ),
}
_GATED = [(pat, fn, *_GATES.get(fn.__name__, (False, None, None))) for pat, fn in _RULES]
_TOKEN_RE = re.compile(r"[a-z]+")
_DIGIT_RE = re.compile(r"\d")


def _components(norm: str, ctx: _Ctx) -> list[_C]:
    found: list[_C] = []
    tokens = frozenset(_TOKEN_RE.findall(norm))
    has_digit = _DIGIT_RE.search(norm) is not None
    for pat, fn, digit, words, subs in _GATED:
        if digit and not has_digit:
            continue
        if words is not None or subs is not None:
            if not (
                (words is not None and not tokens.isdisjoint(words))
                or (subs is not None and any(sub in norm for sub in subs))
            ):
                continue
        for m in pat.finditer(norm):
            c = fn(m, ctx)
            if c is not None and c.end > c.start:
                found.append(c)
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[_C] = []
    last = -1
    for c in found:
        if c.start >= last:
            out.append(c)
            last = c.end
    return out


_RANGE_SEP_RE = re.compile(r"-|\bt/m\b|\btot\b|\buntil\b|\btill\b|\bthrough\b|\bto\b")


def _groups(comps: list[_C], norm: str) -> list[list[_C]]:
    """Adjacent pieces (weekday, date, clock, part of day) form one group; two weekdays or two
    dates side by side only when a range joins them ("maandag t/m vrijdag")."""
    groups: list[list[_C]] = []
    for c in comps:
        if groups:
            prev = groups[-1][-1]
            gap = norm[prev.end : c.start]
            full = _GAP_RE.fullmatch(gap)
            twin = prev.kind == c.kind and c.kind in ("wd", "date")
            if (
                full is not None
                and "\n" not in gap
                and not (twin and not _RANGE_SEP_RE.search(gap))
            ):
                groups[-1].append(c)
                continue
        groups.append([c])
    return [g for g in groups if not all(c.weak for c in g)]


_DATEISH = ("date", "wd")


def _has(g: list[_C], kinds: tuple[str, ...]) -> bool:
    return any(c.kind in kinds for c in g)


_SENTENCE_END = re.compile(r"[.!?;\n]")


def _near(norm: str, a: int, b: int) -> bool:
    """Same sentence, a few words apart: "donderdag 10 december, inloop vanaf 19.30 uur"."""
    gap = norm[a:b]
    if _SENTENCE_END.search(gap):
        return False
    return len(_PLAIN_WORD_RE.findall(gap)) <= 8 and len(gap) <= 60


# Convention 15: the date a text moves away from does not count; the one it moves to does.
_OLD_BEFORE = re.compile(
    r"(?:\bin\s+plaats\s+van|\bi\.?\s?p\.?\s?v\.?|\binstead\s+of)\s*(?:op\s+|de\s+)?$"
)
_NOT_BEFORE = re.compile(r"\bniet\s+(?:meer\s+)?(?:op\s+|om\s+)?$")
_BUT_AFTER = re.compile(r"\s*,?\s*(?:maar|but)\b")
_NEW_BEFORE = re.compile(r"\b(?:naar|to|wordt|nu)\s+(?:op\s+|de\s+|het\s+)?$")
_CANCELLED_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:gaat\s+niet\s+door|vervalt|is\s+afgelast|afgelast|is\s+geannuleerd)\b"
)
_FROM_BEFORE = re.compile(r"\b(?:van|from)\s+$")
_MOVED_WORD = re.compile(
    r"\b(?:verplaatst|verzet|verschoven|verlegd|uitgesteld|vervroegd|moved|postponed)\b"
)


def _moved(groups: list[list[_C]], norm: str) -> tuple[list[list[_C]], list[_C]]:
    """Drop the groups a text moves away from; return the rest and the old clock time (a
    clock time moves with the date unless a new one is given)."""
    old: set[int] = set()
    for i, g in enumerate(groups):
        before = norm[max(0, g[0].start - 24) : g[0].start]
        if _OLD_BEFORE.search(before):
            old.add(i)
        elif _NOT_BEFORE.search(before) and _BUT_AFTER.match(norm, g[-1].end):
            old.add(i)
        elif i + 1 < len(groups) and _CANCELLED_AFTER.match(norm, g[-1].end):
            old.add(i)  # "3 december gaat niet door, wordt 10 december"
        elif _NEW_BEFORE.search(before):
            for j in range(i - 1, -1, -1):
                h = groups[j]
                if _SENTENCE_END.search(norm[h[-1].end : g[0].start]):
                    break
                opened = _FROM_BEFORE.search(norm, max(0, h[0].start - 6), h[0].start)
                if opened or _MOVED_WORD.search(norm, max(0, h[0].start - 60), g[0].start):
                    old.add(j)
    if not old or len(old) == len(groups):
        return groups, []
    clock = [c for j in sorted(old) for c in groups[j] if c.kind in ("time", "pod")]
    return [g for i, g in enumerate(groups) if i not in old], clock


def _select(groups: list[list[_C]], norm: str) -> list[list[_C]]:
    """First group, possibly joined with a time (or date) group in the same sentence."""
    if not groups:
        return []
    g = groups[0]
    if len(groups) > 1 and not _has(g, ("moment",)):
        h = groups[1]
        if _near(norm, g[-1].end, h[0].start) and not _has(h, ("moment",)):
            g_date, g_time = _has(g, _DATEISH), _has(g, ("time",))
            h_date, h_time = _has(h, _DATEISH), _has(h, ("time",))
            if g_date and not g_time and h_time and not h_date:
                return [g, h]
            if not g_date and g_time and h_date and not h_time:
                return [g, h]
    return [g]


def _apply_pod(h: int, pod: str | None) -> int:
    if pod in ("m", "a"):
        if 1 <= h <= 11:
            return h + 12
        if h == 12 and pod == "a":
            return 0
    elif pod == "n":
        if h == 12:
            return 0
        if 7 <= h <= 11:
            return h + 12
    elif pod == "o" and h == 12:
        return 0
    return h


def _split_range(comps: list[_C], norm: str) -> tuple[list[_C], list[_C]]:
    """(start, end) pieces of "van 10 december tot 15 januari", "van 19.30 tot 21.30 uur",
    "maandag t/m vrijdag"; (comps, []) when the pieces are no range."""
    for i in range(1, len(comps)):
        if _RANGE_SEP_RE.search(norm[comps[i - 1].end : comps[i].start]):
            a, b = comps[:i], comps[i:]
            a_day, b_day = _has(a, _DATEISH), _has(b, _DATEISH)
            a_time, b_time = _has(a, ("time",)), _has(b, ("time",))
            if (a_day and b_day) or (a_time and b_time and not b_day):
                return a, b
            break
    return comps, []


def _day_of(comps: list[_C]) -> tuple[date | None, bool, bool]:
    """(day, weekday disagrees with the date, the day came from a weekday alone)."""
    dates = [c for c in comps if c.kind == "date"]
    wds = [c for c in comps if c.kind == "wd"]
    d: date | None = None
    mismatch = False
    if dates:
        dc = dates[0]
        d = dc.d
        if d is not None and wds:
            wd = wds[0].wd
            assert wd is not None
            if dc.weekrel:
                d = d - timedelta(days=d.weekday()) + timedelta(days=wd)
            elif dc.wd is None:
                mismatch = any(w.wd != d.weekday() for w in wds)
    elif wds:
        d = wds[0].d
    shift = sum(c.shift for c in comps if c.kind == "shift")
    if d is not None and shift:
        d = add_working_days(d, shift)
    return d, mismatch, not dates and bool(wds)


def _at(d: date | None, h: int, mi: int, ctx: _Ctx) -> tuple[datetime, bool]:
    """That day at h:mi; without a day the next such clock time (convention 7)."""
    if d is not None:
        return _local(d, h, mi, ctx.tz)
    mom, sh = _local(ctx.today, h, mi, ctx.tz)
    if mom <= ctx.now:
        mom, sh = _local(ctx.today + timedelta(days=1), h, mi, ctx.tz)
    return mom, sh


def _resolve(parts: list[list[_C]], ctx: _Ctx) -> When | Unsettled | None:
    comps = [c for g in parts for c in g]
    start, end = parts[0][0].start, parts[-1][-1].end
    first = comps[0]
    if first.kind == "moment" and first.moment is not None:
        return When(first.moment, True, start=start, end=end)
    head, tail = _split_range(comps, ctx.text)
    d, mismatch, by_wd = _day_of(head)
    pods = [c.pod for c in head if c.pod is not None] or [c.pod for c in tail if c.pod]
    pod = pods[0] if pods else None
    tm = next((c for c in head if c.kind == "time"), None)
    # the end of the range: its own pieces, or the end a single piece carries
    end_d: date | None = None
    end_tm: tuple[int, int] | None = None
    if tail:
        end_d = _day_of(tail)[0]
        tail_tm = next((c for c in tail if c.kind == "time"), None)
        tail_pod = next((c.pod for c in tail if c.pod is not None), pod)
        if tail_tm is not None:
            h_end = tail_tm.h if tail_tm.fixed else _apply_pod(tail_tm.h, tail_pod)
            end_tm = (h_end, tail_tm.m)
    else:
        end_d = next((c.end_d for c in head if c.kind == "date" and c.end_d), None)
        if tm is not None and tm.end_h is not None:
            # the part of day moves the end as it moved the start ("van 7 tot 9 's avonds")
            moved = not tm.fixed and _apply_pod(tm.h, pod) != tm.h
            end_tm = (_apply_pod(tm.end_h, pod) if moved else tm.end_h, tm.end_m)
    if d is None and end_d is not None and tail:
        d = None  # "tot 15 januari" alone has no start
    if tm is None and pod is None:
        if d is None:
            return None
        mom, _ = _local(d, 0, 0, ctx.tz)
        until = _until(mom, end_d, None, by_wd, head, ctx)
        if until is not None and until[0] < mom:
            mom = _pull_back(mom, by_wd, head)
        return When(
            mom,
            False,
            weekday_mismatch=mismatch,
            start=start,
            end=end,
            until=until[0] if until else None,
            until_has_time=bool(until and until[1]),
        )
    if tm is not None and tm.amb and not tm.fixed and pod is None:
        readings = []
        for pm in (False, True):
            h = tm.h + 12 if pm else tm.h
            e = None
            if end_tm is not None:
                e = (end_tm[0] + 12 if pm and 1 <= end_tm[0] <= 11 else end_tm[0], end_tm[1])
            w = _timed(d, h, tm.m, e, end_d, by_wd, head, ctx, mismatch, start, end)
            readings.append(w)
        return Unsettled(tuple(readings), start, end)
    if tm is not None:
        h, mi = (tm.h if tm.fixed else _apply_pod(tm.h, pod)), tm.m
        if d is not None and (tm.next_day or (pod == "n" and tm.h == 12 and not tm.fixed)):
            d += timedelta(days=1)  # "vrijdag om middernacht" = Saturday 00:00
    else:
        h, mi = _POD_HOUR[pod or "a"], 0
    return _timed(d, h, mi, end_tm, end_d, by_wd, head, ctx, mismatch, start, end)


def _timed(
    d: date | None,
    h: int,
    mi: int,
    end_tm: tuple[int, int] | None,
    end_d: date | None,
    by_wd: bool,
    head: list[_C],
    ctx: _Ctx,
    mismatch: bool,
    start: int,
    end: int,
) -> When:
    mom, sh = _at(d, h, mi, ctx)
    until = _until(mom, end_d, end_tm, by_wd, head, ctx)
    if until is not None and until[0] < mom and end_d is not None:
        mom = _pull_back(mom, by_wd, head)
    return When(
        mom,
        True,
        sh,
        mismatch,
        start,
        end,
        until=until[0] if until else None,
        until_has_time=bool(until and until[1]),
    )


def _until(
    mom: datetime,
    end_d: date | None,
    end_tm: tuple[int, int] | None,
    by_wd: bool,
    head: list[_C],
    ctx: _Ctx,
) -> tuple[datetime, bool] | None:
    """The end of a range: (moment, has a clock time); a clock time alone ends on the start's
    day (or the next, "22:00-01:00")."""
    if end_d is None and end_tm is None:
        return None
    if end_d is None:
        assert end_tm is not None
        u, _ = _local(mom.date(), end_tm[0], end_tm[1], ctx.tz)
        if u <= mom:
            u, _ = _local(mom.date() + timedelta(days=1), end_tm[0], end_tm[1], ctx.tz)
        return u, True
    if end_tm is None:
        return _local(end_d, 0, 0, ctx.tz)[0], False
    return _local(end_d, end_tm[0], end_tm[1], ctx.tz)[0], True


def _pull_back(mom: datetime, by_wd: bool, head: list[_C]) -> datetime:
    """A range read future-first at both ends starts before its end: "maandag t/m vrijdag" on a
    Wednesday started this Monday; "25 november t/m 3 december" on the 26th, this year."""
    if by_wd:
        return mom - timedelta(days=7)
    if any(c.year_given for c in head):
        return mom
    try:
        return mom.replace(year=mom.year - 1)
    except ValueError:
        return mom


def _extend_left(norm: str, start: int) -> int:
    lo = max(0, start - 40)
    mm = _CONNECT_RE.search(norm, lo, start)
    if mm is None:
        return start
    s = mm.start()
    # require a boundary before the connector
    if s > 0 and norm[s - 1].isalnum():
        return start
    return s


def _parse(
    text: str, now: datetime, tz: ZoneInfo | str | None
) -> tuple[When | Unsettled, list[tuple[int, int]]] | None:
    zone = _get_tz(tz, now)
    if now.tzinfo is None or now.utcoffset() is None:
        now = now.replace(tzinfo=zone)
    local_now = now.astimezone(zone)
    norm = _normalize(text)
    if _VAGUE_ALONE.fullmatch(norm):
        return Unsettled((), 0, len(text)), [(0, len(text))]
    ctx = _Ctx(local_now, local_now.date(), zone, norm)
    comps = _components(norm, ctx)
    vague = [c for c in comps if c.kind == "vague"]
    groups = _groups([c for c in comps if c.kind != "vague"], norm)
    groups = [g for g in groups if not all(c.kind == "shift" for c in g)]
    groups, old_clock = _moved(groups, norm)
    parts = _select(groups, norm)
    if vague and not any(_has(g, (*_DATEISH, "moment")) for g in parts):
        return Unsettled((), vague[0].start, vague[0].end), [(vague[0].start, vague[0].end)]
    if not parts:
        return None
    if old_clock and not _has(parts[0], ("time", "pod", "moment")) and len(parts) == 1:
        parts = [parts[0], old_clock]
    res = _resolve(parts, ctx)
    if res is None:
        return None
    spans = [(g[0].start, g[-1].end) for g in parts if g is not old_clock]
    if isinstance(res, Unsettled):
        return res, spans
    spans = [(_extend_left(norm, s), e) for s, e in spans]
    w = replace(res, start=spans[0][0], end=spans[-1][1])
    return w, spans


def read_when(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> When | Unsettled | None:
    """Read the first date expression in ``text``: a :class:`When`, an :class:`Unsettled`
    text to ask back about, or None when there is no date. Never raises."""
    try:
        res = _parse(text, now, tz)
    except Exception:  # noqa: BLE001 - the reader must never raise
        return None
    return res[0] if res is not None else None


def parse_when(text: str, now: datetime, tz: ZoneInfo | str | None = None) -> When | None:
    """:func:`read_when` for callers that cannot ask back: an unsettled text is no date."""
    w = read_when(text, now, tz)
    return w if isinstance(w, When) else None


_TIDY_EDGE = " \t\n,:;-\u2013\u2014"


def _tidy(s: str) -> str:
    s = re.sub(r"\(\s*\)", " ", s)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r"([,;:])(?:\s*(?:[,;:]|-(?=\s)))+", r"\1", s)
    s = re.sub(r"\s+-\s+([,;:])", r"\1", s)
    return s.strip(_TIDY_EDGE)


_CLOCKLIKE = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])")
_DAY_MONTH = re.compile(
    r"(?<![\d.,:/-])(\d{1,2})\s*(?:e\s+|ste\s+|de\s+)?(" + _MON_RE + r")\b(?:\s+(\d{4})\b)?"
)
_NUMERIC_DATE = re.compile(r"(?<![\d.,:/-])(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}))?(?![\d.,:/-])")


def impossible(text: str) -> tuple[str, str] | None:
    """A date or clock time in `text` that cannot exist, as typed: ("time", "25:00") or
    ("date", "31 februari"); None when there is none.

    The reader skips such pieces (they are no moment at all); this lets the bot say why.
    """
    try:
        norm = _normalize(text)
    except Exception:  # never raise on user text
        return None
    for match in _CLOCKLIKE.finditer(norm):
        if int(match.group(1)) > 23 or int(match.group(2)) > 59:
            return "time", text[match.start() : match.end()]
    for match in _DAY_MONTH.finditer(norm):
        day, month = int(match.group(1)), _MONTHS[match.group(2)]
        year = int(match.group(3)) if match.group(3) else 2000  # a leap year: 29 Feb exists
        if day < 1 or day > _last_day(year, month):
            return "date", text[match.start() : match.end()].strip()
    for match in _NUMERIC_DATE.finditer(norm):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else 2000
        if 1 <= month <= 12 and (day < 1 or day > _last_day(year, month)):
            return "date", text[match.start() : match.end()]
    return None


def split_reading(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> tuple[str, When | Unsettled | None]:
    """Return ``text`` without its date expression, and what :func:`read_when` reads."""
    try:
        res = _parse(text, now, tz)
        if res is None:
            return text.strip(), None
        w, spans = res
        out = text
        for s, e in sorted(spans, reverse=True):
            out = out[:s] + " " + out[e:]
        return _tidy(out), w
    except Exception:  # noqa: BLE001
        try:
            return text.strip(), None
        except Exception:  # noqa: BLE001
            return "", None


def split_when(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> tuple[str, When | None]:
    """:func:`split_reading` for callers that cannot ask back: an unsettled text is no date."""
    rest, w = split_reading(text, now, tz)
    if isinstance(w, When):
        return rest, w
    return text.strip(), None


def canonical(w: When) -> str:
    """``w`` written so that the reader reads it back exactly, with its end: "2026-12-03
    15:00", "2026-12-03 19:30-21:30", "2026-12-07 t/m 2026-12-18". Asking back rewrites a
    command's text with it, so the chosen moment runs the command as if typed."""
    day = w.moment.strftime("%Y-%m-%d")
    out = f"{day} {w.moment:%H:%M}" if w.has_time else day
    if w.until is None:
        return out
    u = w.until.astimezone(w.moment.tzinfo)
    if w.has_time and w.until_has_time and u.date() == w.moment.date():
        return f"{out}-{u:%H:%M}"
    end = f"{u:%Y-%m-%d} {u:%H:%M}" if w.until_has_time else f"{u:%Y-%m-%d}"
    return f"{out} t/m {end}"


def resolve_default_time(w: When, default: time) -> datetime:
    """Date-only result -> that day at ``default`` local time (DST-safe); else ``w.moment``."""
    if w.has_time:
        return w.moment
    tz = w.moment.tzinfo or ZoneInfo(DEFAULT_TZ)
    return _local(w.moment.date(), default.hour, default.minute, tz)[0]


def format_result(w: When | Unsettled | None) -> str:
    """The CLI's answer: a day, a day and time, ``-`` (no date) or ``?`` (ask back)."""
    if w is None:
        return "-"
    if isinstance(w, Unsettled):
        return "?"
    if w.has_time:
        return w.moment.strftime("%Y-%m-%dT%H:%M")
    return w.moment.strftime("%Y-%m-%d")


_WARM = False


def warm_up() -> None:
    """Compile and exercise every rule once so the first user does not wait."""
    global _WARM
    now = datetime(2026, 11, 25, 15, 0, tzinfo=ZoneInfo(DEFAULT_TZ))
    for s in (
        "volgende week dinsdag om half acht 's avonds",
        "over twee weken",
        "eind januari",
        "3-12 19:30",
        "elke eerste dinsdag van de maand 19:30",
    ):
        parse_when(s, now)
        split_recurrence(s, now, DEFAULT_TZ)
    _WARM = True


# --------------------------------------------------------------------------------------------
# Recurrence
# --------------------------------------------------------------------------------------------

_KINDS = ("daily", "weekly", "monthly_day", "monthly_nth_weekday")
_EVERY = r"(?:elke|iedere|ieder|elk|every|each)"
_RN = r"(\d{1,2}|" + _NUMW_RE + r")"

_REC_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:" + _EVERY + r"\s+(?:" + _RN + r"(?:e|de|ste)?\s+)?(?:maanden\s+|maand\s+)?"
            r"(?:op\s+)?(?:de\s+|the\s+)?(" + _ORD_RE + r")\s+(" + _WD_FULL_RE + r")\s+"
            r"(?:van|of)\s+(?:de|the|elke|iedere|every)\s+(?:maand|month)\b|"
            r"(?:maandelijks|monthly|" + _EVERY + r"\s+(?:maand|month)\b)\s+(?:op\s+|on\s+)?"
            r"(?:de\s+|the\s+)?(" + _ORD_RE + r")\s+(" + _WD_FULL_RE + r"))"
        ),
        "nth",
    ),
    (
        re.compile(
            r"\b(?:" + _EVERY + r"\s+(?:" + _RN + r"\s+)?(?:maanden|maand|months|month)\b|"
            r"maandelijks|monthly)(?:\s*,?\s*(?:op\s+|on\s+)?(?:de\s+|the\s+)?(\d{1,2})"
            r"(?:e|de|ste|st|nd|rd|th)?\b(?:\s+(?:van\s+de\s+maand|of\s+the\s+month))?)?"
            r"|\b" + _EVERY + r"\s+(?:de\s+|the\s+)?(\d{1,2})(?:e|de|ste|st|nd|rd|th)\s+"
            r"(?:van\s+de\s+maand|of\s+the\s+month)\b"
        ),
        "mday",
    ),
    (
        re.compile(
            r"\b(?:" + _EVERY + r"\s+(?:" + _RN + r"\s+)?(?:weken|week|weeks)|wekelijks|weekly|"
            r"tweewekelijks|om\s+de\s+(?:" + _RN + r"\s+)?(?:weken|week))\b"
            r"(?:\s*,?\s*(?:op\s+|on\s+)?(?:de\s+)?(" + _WD_RE + r")\b\.?)?"
        ),
        "week",
    ),
    (
        re.compile(
            r"\b(?:"
            + _EVERY
            + r"|op)\s+(?:"
            + _RN
            + r"(?:e|de|ste)?\s+)?("
            + _WD_FULL_RE
            + r")(ochtend|morgen|middag|avond|nacht)?s?\b"
        ),
        "wd",
    ),
    (
        re.compile(
            r"\b(?:" + _EVERY + r"\s+(?:" + _RN + r"\s+)?(?:dagen|dag|days|day)|dagelijks|daily|"
            r"om\s+de\s+(?:" + _RN + r"\s+)?(?:dagen|dag))\b"
        ),
        "day",
    ),
    (re.compile(r"\b(?:elk|ieder|every)\s+kwartaal\b|\bquarterly\b"), "quarter"),
]


def _rn(s: str | None) -> int:
    if not s:
        return 1
    v = int(s) if s.isdigit() else _NUMW.get(s, 1)
    return max(1, min(v, 366))


def _match_rec(norm: str, now_local: datetime) -> tuple[Recurrence, int, int, str | None] | None:
    best: tuple[Recurrence, int, int, str | None] | None = None
    for pat, kind in _REC_RULES:
        m = pat.search(norm)
        if m is None:
            continue
        if kind == "wd" and m.group(0).startswith("op"):
            continue
        rule: Recurrence | None = None
        if kind == "nth":
            if m[2]:
                rule = Recurrence(
                    "monthly_nth_weekday", _rn(m[1]), weekday=_WD_FULL[m[3]], nth=_ORD[m[2]]
                )
            else:
                rule = Recurrence("monthly_nth_weekday", 1, weekday=_WD_FULL[m[5]], nth=_ORD[m[4]])
        elif kind == "mday":
            ds = m[2] or m[3]
            day = int(ds) if ds else now_local.day
            if not 1 <= day <= 31:
                continue
            rule = Recurrence("monthly_day", _rn(m[1]), day=day)
        elif kind == "week":
            n = _rn(m[1] or m[2])
            if m.group(0).startswith("tweewekelijks"):
                n = 2
            wd = _WD[m[3]] if m[3] else now_local.weekday()
            rule = Recurrence("weekly", n, weekday=wd)
        elif kind == "wd":
            rule = Recurrence("weekly", _rn(m[1]), weekday=_WD_FULL[m[2]])
        elif kind == "day":
            rule = Recurrence("daily", _rn(m[1] or m[2]))
        elif kind == "quarter":
            rule = Recurrence("monthly_day", 3, day=now_local.day)
        if rule is not None and (best is None or m.start() < best[1]):
            pod0 = _POD[m[3]] if kind == "wd" and m[3] else None
            best = (rule, m.start(), m.end(), pod0)
    return best


def _first_after(rule: Recurrence, after: datetime, tz: tzinfo, skip: int) -> datetime:
    a = after.astimezone(tz)
    h = 9 if rule.hour is None else rule.hour
    mi = 0 if rule.minute is None else rule.minute

    def at(d: date) -> datetime:
        return _local(d, h, mi, tz)[0]

    if rule.kind == "daily":
        d = a.date()
        if at(d) <= after:
            d += timedelta(days=1)
        return at(d + timedelta(days=skip))
    if rule.kind == "weekly":
        wd = rule.weekday if rule.weekday is not None else a.weekday()
        d = a.date() + timedelta(days=(wd - a.weekday()) % 7)
        if at(d) <= after:
            d += timedelta(days=7)
        return at(d + timedelta(days=7 * skip))

    def in_month(y: int, mo: int) -> date | None:
        if rule.kind == "monthly_day":
            day = rule.day if rule.day is not None else a.day
            return date(y, mo, min(max(day, 1), _last_day(y, mo)))
        wd = rule.weekday if rule.weekday is not None else 0
        return _nth_weekday(y, mo, wd, rule.nth if rule.nth is not None else 1)

    y, mo = a.year, a.month
    for _ in range(60):
        d2 = in_month(y, mo)
        if d2 is not None and at(d2) > after:
            break
        y, mo = _month_shift(y, mo, 1)
    for _ in range(skip):
        y, mo = _month_shift(y, mo, 1)
        while in_month(y, mo) is None:
            y, mo = _month_shift(y, mo, 1)
    d3 = in_month(y, mo)
    assert d3 is not None
    return at(d3)


def next_occurrence(
    rule: Recurrence, after: datetime, tz: ZoneInfo | str | None = None
) -> datetime:
    """Next occurrence strictly after ``after`` (normally the previous occurrence): the first
    matching slot after ``after`` plus ``interval - 1`` periods, in local wall-clock time."""
    zone = _get_tz(tz, after)
    if after.tzinfo is None or after.utcoffset() is None:
        after = after.replace(tzinfo=zone)
    return _first_after(rule, after, zone, max(rule.interval, 1) - 1)


def split_recurrence(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> tuple[str, Recurrence | None, datetime | None]:
    """Find a recurrence ("elke maandag 9:00") in ``text``.

    Returns (remaining text, rule, first occurrence strictly after ``now``; 09:00 by default).
    An hour that could be night or afternoon ("elke maandag om 3 uur") reads as written here;
    :func:`recurrence_unsettled` tells a caller that can ask back.
    """
    try:
        found = _recurrence(text, now, tz)
    except Exception:  # noqa: BLE001
        found = None
    if found is None:
        return text.strip(), None, None
    return found[0], found[1], found[2]


def recurrence_unsettled(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> Unsettled | None:
    """For "elke maandag om 3 uur": the two readings (first occurrences at 03:00 and 15:00),
    with `rewrites` ("03:00", "15:00") for the clock words at `start:end`; else None."""
    try:
        found = _recurrence(text, now, tz)
    except Exception:  # noqa: BLE001
        return None
    return found[3] if found is not None else None


def _recurrence(
    text: str, now: datetime, tz: ZoneInfo | str | None
) -> tuple[str, Recurrence, datetime, Unsettled | None] | None:
    zone = _get_tz(tz, now)
    if now.tzinfo is None or now.utcoffset() is None:
        now = now.replace(tzinfo=zone)
    local_now = now.astimezone(zone)
    norm = _normalize(text)
    found = _match_rec(norm, local_now)
    if found is None:
        return None
    rule, s, e, pod0 = found
    ctx = _Ctx(local_now, local_now.date(), zone, norm)
    comps = [c for c in _components(norm, ctx) if c.start >= e or c.end <= s]
    spans = [(s, e)]
    after = [c for c in comps if c.start >= e]
    before = [c for c in comps if c.end <= s]
    tm: _C | None = None
    pod: str | None = pod0
    # attach time / part of day right after (or right before) the rule
    cur = e
    for c in after:
        if c.kind not in ("time", "pod"):
            break
        gap = norm[cur : c.start]
        if not (
            _GAP_RE.fullmatch(gap)
            or (tm is None and c.kind == "time" and _near(norm, cur, c.start))
        ):
            break
        if c.kind == "time" and tm is None:
            tm = c
        elif c.kind == "pod" and pod is None:
            pod = c.pod
        spans.append((c.start, c.end))
        cur = c.end
    cur = s
    for c in reversed(before):
        if c.kind not in ("time", "pod") or not _GAP_RE.fullmatch(norm[c.end : cur]):
            break
        if c.kind == "time" and tm is None:
            tm = c
        elif c.kind == "pod" and pod is None:
            pod = c.pod
        spans.append((c.start, c.end))
        cur = c.start
    unsettled: Unsettled | None = None
    if tm is not None:
        h = tm.h if tm.fixed else _apply_pod(tm.h, pod)
        if tm.amb and not tm.fixed and pod is None:
            readings: list[When] = []
            for hh in (tm.h, tm.h + 12):
                alt = replace(rule, hour=hh, minute=tm.m)
                readings.append(When(_first_after(alt, now, zone, 0), True))
            rewrites = tuple(f"{hh:02d}:{tm.m:02d}" for hh in (tm.h, tm.h + 12))
            unsettled = Unsettled(tuple(readings), tm.start, tm.end, rewrites)
        rule = Recurrence(rule.kind, rule.interval, rule.weekday, rule.day, rule.nth, h, tm.m)
    elif pod is not None:
        rule = Recurrence(
            rule.kind, rule.interval, rule.weekday, rule.day, rule.nth, _POD_HOUR[pod], 0
        )
    first = _first_after(rule, now, zone, 0)
    out = text
    for a, b in sorted(spans, reverse=True):
        a = _extend_left(norm, a)
        out = out[:a] + " " + out[b:]
    return _tidy(out), rule, first, unsettled


def to_rrule_text(rule: Recurrence) -> str:
    data = {k: v for k, v in asdict(rule).items() if v is not None}
    return json.dumps(data, separators=(",", ":"), sort_keys=True)


def from_rrule_text(s: str) -> Recurrence:
    data = json.loads(s)
    if not isinstance(data, dict) or data.get("kind") not in _KINDS:
        raise ValueError(f"not a recurrence: {s!r}")
    allowed = {"kind", "interval", "weekday", "day", "nth", "hour", "minute"}
    if set(data) - allowed:
        raise ValueError(f"unknown recurrence fields in {s!r}")
    for k in allowed - {"kind"}:
        v = data.get(k)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
            raise ValueError(f"bad recurrence field {k}={v!r}")
    rule = Recurrence(
        kind=data["kind"],
        interval=data.get("interval", 1),
        weekday=data.get("weekday"),
        day=data.get("day"),
        nth=data.get("nth"),
        hour=data.get("hour"),
        minute=data.get("minute"),
    )
    if rule.interval < 1:
        raise ValueError("interval must be >= 1")
    return rule


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m schedules.when", description=__doc__)
    ap.add_argument("--now", required=True, help="local time in --tz, e.g. 2026-11-25T15:00")
    ap.add_argument("--tz", default=DEFAULT_TZ)
    args = ap.parse_args(argv)
    zone = ZoneInfo(args.tz)
    now = datetime.fromisoformat(args.now)
    now = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
    warm_up()
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    out: list[str] = []
    for line in stdin:
        try:
            out.append(format_result(read_when(line.rstrip("\r\n"), now, zone)))
        except Exception:  # noqa: BLE001
            out.append("-")
    sys.stdout.write("".join(o + "\n" for o in out))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
