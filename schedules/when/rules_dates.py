"""Rules for dates written as dates: numeric and ISO, day and month name, day ranges, begin/
half/eind of a month, week numbers, nth weekday of a month, "op de 15e", feasts."""

from __future__ import annotations

import re
from datetime import date, timedelta

from schedules.when.days import (
    _HOL_RE,
    _HOLIDAYS,
    _last_day,
    _last_working_day,
    _month_shift,
    _next_md,
    _nth_weekday,
    _safe_date,
)
from schedules.when.parts import _C, _bad, _blocked, _Ctx, _date_c, _rule, _yr
from schedules.when.words import (
    _DAYW_RE,
    _MON_FIRST_RE,
    _MON_FULL,
    _MON_RE,
    _MONTHS,
    _NUMW,
    _ORD,
    _ORD_RE,
    _UNIT_RE,
    _WD_FULL,
    _WD_FULL_RE,
    _WD_RE,
)

# ---- ISO and numeric dates ----

# A day number up to this one beside a month, in a date written whole ("32-01-2027",
# "2027-01-32"), is a day that cannot exist (convention 30); a larger one is no date at all.
_NO_SUCH_DAY = 39


@_rule(r"(?<![\d.,:/-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d]|[-/.:]\d)")
def _r_iso(m: re.Match[str], ctx: _Ctx) -> _C | None:
    y, mon, day = int(m[1]), int(m[3]), int(m[4])
    d = _safe_date(y, mon, day)
    if d is None and 1 <= mon <= 12 and 1 <= day <= _NO_SUCH_DAY:
        return _bad(m.start(), m.end(), "date")  # "2027-02-30", "2027-01-32"
    return _date_c(m, d)


def _day_or_bad(ctx: _Ctx, y: int | None, mon: int, day: int, start: int, end: int) -> _C:
    """The date, or a bad piece when it cannot exist (convention 30): "30 februari", "29
    februari 2027", "31-04". Without a year, 29 February is the next one (a leap year)."""
    d = _safe_date(y, mon, day) if y is not None else _next_md(ctx.today, mon, day)
    if d is None:
        return _bad(start, end, "date")
    return _C(start, end, "date", d=d, year_given=y is not None)


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
    y = _yr(m[4])
    if m[4] is not None and y is None:
        return None
    if 1 <= mon <= 12 and 31 < day <= _NO_SUCH_DAY and m[4] is not None:
        return _bad(m.start(), m.end(), "date")  # "32-01-2027": written as a whole date
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return None  # "3-0", "15-40", "32-1": no date at all
    return _day_or_bad(ctx, y, mon, day, m.start(), m.end())


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
    if day > 31 and m[2] not in _MON_FULL:
        return None  # "45 jan": a count next to a name, not a day
    c = _day_or_bad(ctx, y, mon, day, m.start(), end)
    if c.kind == "bad":
        c.start = m.start(1)  # "op de 30 februari": the part that does not exist
    return c


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
    if not 1 <= day <= 31:
        return None
    c = _day_or_bad(ctx, y, mon, day, m.start(), end)
    c.year_given = False
    return c


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


# "vd", "v.d.", "v. d.", "v/d": "van de" as people abbreviate it ("eind vd maand")
_VD = r"(?:v\.?\s?d\b\.?|v/d\b)"


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
    r"\b" + _PART + r"\s+(?:van\s+|of\s+|" + _VD + r"\s*)?(?:(de|deze|dit|het|this|the|"
    r"volgende|volgend|komende|komend|next)\s+)?(maand|mnd|month|jaar|year|week|wk)\b"
)
def _r_part_period(m: re.Match[str], ctx: _Ctx) -> _C | None:
    pos, which, unit = _PART_POS[m[1]], m[2] or "de", m[3]
    t = ctx.today
    nxt = which in ("volgende", "volgend", "komende", "komend", "next")
    if unit in ("week", "wk"):  # convention 19: begin = Monday, eind = Friday (or today)
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
            return _C(m.start(), end, "date", d=d, period_end=_last_working_day(d))
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
