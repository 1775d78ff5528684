"""Rules for days said in words: vandaag/morgen, weekdays, weekends and periods, a month by
name, vague words to ask back about, working days, "over N dagen" and "N dagen geleden"."""

from __future__ import annotations

import re
from datetime import UTC, date, timedelta

from domain.workdays import add_working_days, is_working_day
from schedules.when.days import _add_months, _last_day, _last_working_day, _month_shift
from schedules.when.parts import _C, _Ctx, _date_c, _num, _rule, _yr
from schedules.when.words import (
    _AMOUNT_RE,
    _MON_FULL,
    _MON_RE,
    _MONTHS,
    _NUMW_RE,
    _POD,
    _POD_EN_RE,
    _POD_NL_RE,
    _UNIT_RE,
    _WD,
    _WD_ABBR,
    _WD_RE,
    _in_deadline,
)

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
    return _date_c(m, sat, end_d=sunday, period_end=sunday)


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
        return _date_c(
            m, monday, end_d=monday + timedelta(days=6), period_end=_last_working_day(monday)
        )
    if unit in ("jaar", "year"):
        last = date(t.year + step, 12, 31)
        return _date_c(m, date(t.year + step, 1, 1), end_d=last, period_end=last)
    y, mo = _month_shift(t.year, t.month, step)
    last = date(y, mo, _last_day(y, mo))
    return _date_c(m, date(y, mo, 1), end_d=last, period_end=last)


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
    # in a deadline this month's name ends this month ("uiterlijk november" in November)
    this_month = y is None and not m[1] and mon == t.month
    if y is None:
        y = t.year + 1 if m[1] else (t.year if mon > t.month else t.year + 1)
    last = date(y, mon, _last_day(y, mon))
    deadline = date(t.year, mon, _last_day(t.year, mon)) if this_month else last
    return _date_c(m, date(y, mon, 1), end_d=last, year_given=True, period_end=deadline)


@_rule(r"\b(?:deze|dit|this)\s+(week|maand|month|jaar|year)\b")
def _r_this_period(m: re.Match[str], ctx: _Ctx) -> _C | None:
    """ "uiterlijk deze week / deze maand / dit jaar": in a deadline this period's last
    (working) day (convention 31); without one "deze week" is asked back (below)."""
    if not _in_deadline(ctx.text, m.start()):
        return None
    t = ctx.today
    if m[1] == "week":
        end = _last_working_day(t - timedelta(days=t.weekday()))
    elif m[1] in ("jaar", "year"):
        end = date(t.year, 12, 31)
    else:
        end = date(t.year, t.month, _last_day(t.year, t.month))
    return _date_c(m, end, period_end=end)


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
