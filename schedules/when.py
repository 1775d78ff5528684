"""Dutch (and basic English) date reader for Wijkbot.

One reader backs every command that takes a date. It implements the conventions of
``docs/dates.md`` as plain rules on top of pre-compiled regular expressions (no dateparser at
run time: the rules cover the conventions, are deterministic and ~100x faster).

Public API: :func:`parse_when`, :func:`split_when`, :func:`resolve_default_time`,
:func:`warm_up`, :func:`format_result`, plus recurrence helpers :func:`split_recurrence`,
:func:`next_occurrence`, :func:`to_rrule_text`, :func:`from_rrule_text`.

CLI: ``python -m schedules.when --now 2026-11-25T15:00 [--tz Europe/Amsterdam]`` reads one text
per line on stdin and prints one result per line (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM`` or ``-``).
"""

from __future__ import annotations

import argparse
import calendar
import io
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

__all__ = [
    "Recurrence",
    "When",
    "format_result",
    "from_rrule_text",
    "next_occurrence",
    "parse_when",
    "resolve_default_time",
    "split_recurrence",
    "split_when",
    "to_rrule_text",
    "warm_up",
]

DEFAULT_TZ = "Europe/Amsterdam"


@dataclass(frozen=True)
class When:
    moment: datetime
    has_time: bool
    shifted: bool = False
    weekday_mismatch: bool = False
    start: int = 0
    end: int = 0


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
_POD_NL_RE = "ochtend|morgen|middag|avond|nacht"
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


def _easter(y: int) -> date:
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _koningsdag(y: int) -> date:
    d = date(y, 4, 27)
    return d - timedelta(days=1) if d.weekday() == 6 else d


def _fixed(m: int, d: int) -> Callable[[int], date]:
    return lambda y: date(y, m, d)


def _easter_off(n: int) -> Callable[[int], date]:
    return lambda y: _easter(y) + timedelta(days=n)


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
    (("koningsdag", "king's day", "kings day"), _koningsdag),
    (("bevrijdingsdag",), _fixed(5, 5)),
    (("dodenherdenking",), _fixed(5, 4)),
    (("valentijnsdag", "valentijn", "valentine's day", "valentines day"), _fixed(2, 14)),
    (("sinterklaasavond", "sinterklaas", "pakjesavond"), _fixed(12, 5)),
    (("halloween",), _fixed(10, 31)),
    (("eerste paasdag", "1e paasdag", "paaszondag", "pasen", "easter sunday", "easter"), _easter),
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
    if len(s) == 2:
        y += 2000
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
    return _date_c(m, d)


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
    if y is None and ctx.text[end : end + 1] == ".":
        end += 1
    d = _safe_date(y, mon, day) if y is not None else _next_md(ctx.today, mon, day)
    if d is None:
        return None
    return _C(m.start(), end, "date", d=d)


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
    r"(?<![\w.,:/€-])(\d{1,2})(?:e|de|ste)?\s*(?:-|t/m|tot\s+en\s+met|tot|en|of|&)\s*"
    r"(\d{1,2})(?:e|de|ste)?\s+(" + _MON_RE + r")\b\.?(?:,?\s+(\d{4})\b(?![:.]\d))?"
)
def _r_day_range(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """The first day of the range counts (convention 11: the first date expression)."""
    d1, d2 = int(m[1]), int(m[2])
    if not 1 <= d1 < d2 <= 31 or _blocked(ctx, m.start()):
        return None
    mon = _MONTHS[m[3]]
    y = _yr(m[4])
    d = _safe_date(y, mon, d1) if y is not None else _next_md(ctx.today, mon, d1)
    return _date_c(m, d)


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


@_rule(r"\b" + _PART + r"(?:\s+|-)(?:van\s+|of\s+)?\b(" + _MON_RE + r")\b\.?(?:,?\s+(\d{4})\b)?")
def _r_part_month(m: re.Match[str], ctx: _Ctx) -> _C | None:
    pos, mon = _PART_POS[m[1]], _MONTHS[m[2]]
    if m[1] in ("laat", "half") and m[2] in ("may", "mar"):
        return None
    y = _yr(m[3])
    if y is not None:
        return _date_c(m, _part_day(pos, y, mon))
    for yy in (ctx.today.year, ctx.today.year + 1):
        d = _part_day(pos, yy, mon)
        if d >= ctx.today:
            return _C(m.start(), m.end(2), "date", d=d)
    return None


@_rule(
    r"\b" + _PART + r"\s+(?:van\s+|of\s+)?(?:(de|deze|dit|het|this|the|volgende|volgend|"
    r"komende|komend|next)\s+)?(maand|month|jaar|year)\b"
)
def _r_part_period(m: re.Match[str], ctx: _Ctx) -> _C | None:
    pos, which, unit = _PART_POS[m[1]], m[2] or "de", m[3]
    t = ctx.today
    nxt = which in ("volgende", "volgend", "komende", "komend", "next")
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
    r"(?:(ochtend|morgen|middag|avond|nacht|vroeg)\b|\b(?:\s+(?:in\s+de\s+|'s\s*)?("
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


@_rule(r"\bvan(ochtend|morgen|middag|avond|nacht)\b|\bthis\s+(morning|afternoon|evening)\b")
def _r_van(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _date_c(m, ctx.today, pod=_POD[m[1] or m[2]])


@_rule(r"\bgister(?:en)?(ochtend|morgen|middag|avond|nacht)\b")
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
    weak = name in _WD_ABBR and not pre and not post
    if name in _WD_ABBR and pre == "on":
        weak = True
    start = m.start() if pre != "on" else m.start(2)
    return _C(start, m.end(), "wd", d=d, wd=wd, pod=pod, weak=weak)


@_rule(r"\b(dit|volgend|komend|this|next)\s+weekend\b")
def _r_weekend(m: re.Match[str], ctx: _Ctx) -> _C | None:
    t = ctx.today
    sat = t - timedelta(days=t.weekday()) + timedelta(days=5)
    if m[1] in ("volgend", "komend", "next"):
        sat += timedelta(days=7)
    elif t.weekday() == 6:
        sat = t
    return _date_c(m, sat)


@_rule(r"\b(volgende|komende|next)\s+(week|maand|month)\b")
def _r_next_period(m: re.Match[str], ctx: _Ctx) -> _C | None:
    t = ctx.today
    if m[2] == "week":
        return _date_c(m, t - timedelta(days=t.weekday()) + timedelta(days=7))
    y, mo = _month_shift(t.year, t.month, 1)
    return _date_c(m, date(y, mo, 1))


# ---- over N dagen / N dagen geleden ----


def _rel_apply(ctx: _Ctx, m: re.Match[str], amount: float, unit: str, sign: int) -> _C | None:
    u = unit
    if amount <= 0 or amount > 5000:
        return None
    if u.startswith(("werkdag",)):
        d = ctx.today
        n = int(amount)
        while n > 0:
            d += timedelta(days=sign)
            if d.weekday() < 5:
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


def _time_c(m: re.Match[str], h: int | None, mi: int, fixed: bool = False) -> _C | None:
    if h is None or not (0 <= h <= 24 and 0 <= mi <= 59) or (h == 24 and mi):
        return None
    return _C(m.start(), m.end(), "time", h=h % 24, m=mi, fixed=fixed)


_NOT_AMOUNT_AFTER = re.compile(r"\s*(?:euro|eur|,-|%)")


@_rule(
    r"(?<![\d.,:/€-])(\d{1,2})([:.])(\d{2})(?!\d|[.:/]\d|,\d)(?:\s?-\s?\d{1,2}[:.]\d{2}(?![\d.:]))?(?:\s*(?:uur|u|h)\b)?(?:\s*"
    + _AMPM
    + ")?"
)
def _r_clock(m: re.Match[str], ctx: _Ctx) -> _C | None:
    if _NOT_AMOUNT_AFTER.match(ctx.text, m.end()) or _blocked(ctx, m.start()):
        return None
    h = _ampm(int(m[1]), m[4])
    return _time_c(m, h, int(m[3]), fixed=bool(m[4]))


@_rule(r"\b(\d{1,2})[uh](\d{2})?\b")
def _r_clock_u(m: re.Match[str], ctx: _Ctx) -> _C | None:
    if _blocked(ctx, m.start()):
        return None
    return _time_c(m, int(m[1]), int(m[2] or 0))


_DUR_BEFORE = re.compile(
    r"\b(?:duurt|duren|duurde|kost|kosten|ongeveer|circa|ca|zo'n|max|maximaal|minimaal|minstens|"
    r"ruim|bijna|gedurende|per|elke|iedere|extra|nog)\s*$"
)


@_rule(
    r"\b(\d{1,2}|" + _HOURW_NOEEN_RE + r")\s*(?:uur|o'clock)\b"
    r"(?!\s+(?:lang|per|geleden|later|eerder|terug|durend|werk|vrijwilligers))"
)
def _r_uur(m: re.Match[str], ctx: _Ctx) -> _C | None:
    if _DUR_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) or _blocked(ctx, m.start()):
        return None
    return _time_c(m, _hour(m[1]), 0)


@_rule(r"\b(\d{1,2}|" + _HOURW_RE + r")\s*" + _AMPM)
def _r_ampm(m: re.Match[str], ctx: _Ctx) -> _C | None:
    h = _hour(m[1])
    return _time_c(m, _ampm(h, m[2]) if h is not None else None, 0, fixed=True)


_OM_LOOK = (
    r"(?=\s*(?:$|[,;!?)\-]|[.:](?!\d)|uur\b|u\b|'\s?s\b|s\s?(?:ochtends|morgens|middags|avonds|nachts)\b|"
    r"in\b|op\b|bij\b|en\b|tot\b|met\b|aan\b|voor\b|na\b|precies\b|stipt\b|sharp\b|on\b|at\b|"
    r"and\b|tonight\b|in\s+the\b|'s\b))"
)


@_rule(
    r"\b(?:om|at|rond|omstreeks|tegen|around|vanaf)\s+(\d{1,2}|"
    + _HOURW_RE
    + r")(?:\s*(?:uur|u|h)\b(?!\s+(?:lang|durend))|(?![^\W_])"
    + _OM_LOOK
    + r")"
)
def _r_om(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _time_c(m, _hour(m[1]), 0)


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
    return _time_c(m, h1, 0)


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
    return _time_c(m, h0, mi)


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
    if m[2] == "over":
        return _time_c(m, h, off)
    return _time_c(m, (h - 1) % 24 if h != 1 else 0, 60 - off) if h != 0 else None


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
    if m[2] == "past":
        return _time_c(m, h, off)
    return _time_c(m, (h - 1) % 24, 60 - off)


@_rule(r"\b(noon|midday|middernacht|midnight)\b")
def _r_noon(m: re.Match[str], ctx: _Ctx) -> _C | None:
    return _time_c(m, 12 if m[1] in ("noon", "midday") else 0, 0, fixed=True)


# ---- part of day alone ----


@_rule(
    r"(?:'\s?s|\bs'?)\s?(ochtends|morgens|middags|avonds|nachts)\b|\bin\s+de\s+("
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


def _components(norm: str, ctx: _Ctx) -> list[_C]:
    found: list[_C] = []
    for pat, fn in _RULES:
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


def _groups(comps: list[_C], norm: str) -> list[list[_C]]:
    groups: list[list[_C]] = []
    for c in comps:
        if groups:
            prev = groups[-1][-1]
            gap = norm[prev.end : c.start]
            full = _GAP_RE.fullmatch(gap)
            if full is not None and "\n" not in gap:
                groups[-1].append(c)
                continue
        groups.append([c])
    return [g for g in groups if not all(c.weak for c in g)]


_DATEISH = ("date", "wd")


def _has(g: list[_C], kinds: tuple[str, ...]) -> bool:
    return any(c.kind in kinds for c in g)


def _near(norm: str, a: int, b: int) -> bool:
    gap = norm[a:b]
    if re.search(r"[.!?;\n]", gap):
        return False
    return len(_PLAIN_WORD_RE.findall(gap)) <= 3 and len(gap) <= 40


def _select(comps: list[_C], norm: str) -> list[list[_C]]:
    """First group, possibly joined with a nearby time (or date) group."""
    groups = _groups(comps, norm)
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


def _resolve(parts: list[list[_C]], ctx: _Ctx) -> tuple[When, list[tuple[int, int]]] | None:
    comps = [c for g in parts for c in g]
    spans = [(g[0].start, g[-1].end) for g in parts]
    start, end = spans[0][0], spans[-1][1]
    first = comps[0]
    if first.kind == "moment" and first.moment is not None:
        return When(first.moment, True, start=start, end=end), spans
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
    pod = next((c.pod for c in comps if c.pod is not None), None)
    tm = next((c for c in comps if c.kind == "time"), None)
    if tm is None and pod is None:
        if d is None:
            return None
        mom, _ = _local(d, 0, 0, ctx.tz)
        return When(mom, False, weekday_mismatch=mismatch, start=start, end=end), spans
    if tm is not None:
        h, mi = (tm.h if tm.fixed else _apply_pod(tm.h, pod)), tm.m
    else:
        h, mi = _POD_HOUR[pod or "a"], 0
    if d is None:
        d = ctx.today
        mom, sh = _local(d, h, mi, ctx.tz)
        if mom <= ctx.now:
            d = d + timedelta(days=1)
            mom, sh = _local(d, h, mi, ctx.tz)
    else:
        mom, sh = _local(d, h, mi, ctx.tz)
    return When(mom, True, sh, mismatch, start, end), spans


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
) -> tuple[When, list[tuple[int, int]]] | None:
    zone = _get_tz(tz, now)
    if now.tzinfo is None or now.utcoffset() is None:
        now = now.replace(tzinfo=zone)
    local_now = now.astimezone(zone)
    norm = _normalize(text)
    ctx = _Ctx(local_now, local_now.date(), zone, norm)
    comps = _components(norm, ctx)
    if not comps:
        return None
    parts = _select(comps, norm)
    if not parts:
        return None
    res = _resolve(parts, ctx)
    if res is None:
        return None
    w, spans = res
    spans = [(_extend_left(norm, s), e) for s, e in spans]
    w = When(w.moment, w.has_time, w.shifted, w.weekday_mismatch, spans[0][0], spans[-1][1])
    return w, spans


def parse_when(text: str, now: datetime, tz: ZoneInfo | str | None = None) -> When | None:
    """Read the first date expression in ``text``; None when there is none. Never raises."""
    try:
        res = _parse(text, now, tz)
    except Exception:  # noqa: BLE001 - the reader must never raise
        return None
    return res[0] if res is not None else None


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


def split_when(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> tuple[str, When | None]:
    """Return ``text`` without its date expression, and the parsed :class:`When`."""
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


def resolve_default_time(w: When, default: time) -> datetime:
    """Date-only result -> that day at ``default`` local time (DST-safe); else ``w.moment``."""
    if w.has_time:
        return w.moment
    tz = w.moment.tzinfo or ZoneInfo(DEFAULT_TZ)
    return _local(w.moment.date(), default.hour, default.minute, tz)[0]


def format_result(w: When | None) -> str:
    if w is None:
        return "-"
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
    """
    try:
        zone = _get_tz(tz, now)
        if now.tzinfo is None or now.utcoffset() is None:
            now = now.replace(tzinfo=zone)
        local_now = now.astimezone(zone)
        norm = _normalize(text)
        found = _match_rec(norm, local_now)
        if found is None:
            return text.strip(), None, None
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
        if tm is not None:
            h = tm.h if tm.fixed else _apply_pod(tm.h, pod)
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
        return _tidy(out), rule, first
    except Exception:  # noqa: BLE001
        return text.strip(), None, None


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
            out.append(format_result(parse_when(line.rstrip("\r\n"), now, zone)))
        except Exception:  # noqa: BLE001
            out.append("-")
    sys.stdout.write("".join(o + "\n" for o in out))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
