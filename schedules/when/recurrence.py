"""Recurrences ("elke maandag 9:00", "elke eerste dinsdag van de maand"): reading, storing
as text, and the next occurrence."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from schedules.when.days import _get_tz, _last_day, _local, _month_shift, _nth_weekday
from schedules.when.model import Impossible, Recurrence, Series, Unsettled, When
from schedules.when.parts import _C, _Ctx
from schedules.when.reader import _tidy
from schedules.when.resolve import _apply_pod, _extend_left, _loose, _near
from schedules.when.scan import _DIGIT_RE, _components
from schedules.when.words import (
    _GAP_RE,
    _NUMW,
    _NUMW_RE,
    _ORD,
    _ORD_RE,
    _POD,
    _POD_HOUR,
    _WD,
    _WD_ABBR_RE,
    _WD_FULL_RE,
    _WD_RE,
    _normalize,
)

_KINDS = ("daily", "weekly", "monthly_day", "monthly_nth_weekday")
_ORDINALS = frozenset({1, 2, 3, 4, 5, -1})
_EVERY = r"(?:elke|iedere|ieder|elk|every|each)"
_RN = r"(\d{1,2}|" + _NUMW_RE + r")"
# ordinals as people write them, one or several: "2e", "3de", "1ste", "eerste en derde"
_ORDS = r"((?:" + _ORD_RE + r")(?:\s*(?:,|en|and|&)\s*(?:" + _ORD_RE + r"))*)"
_ORD_ONE = re.compile(r"\b(?:" + _ORD_RE + r")\b")
# a weekday or its abbreviation, with or without a dot: "dinsdag", "di", "di."
_WDA = r"(" + _WD_RE + r")\b\.?"
# "van de maand", "vd maand", "v.d. maand", "v/d maand", "of the month"
_OF_MONTH = r"(?:(?:van|of)\s+(?:de|the|elke|iedere|every)|v\.?\s?d\.?|v/d)\s+(?:maand|month)\b"

_REC_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:" + _EVERY + r"\s+(?:" + _RN + r"(?:e|de|ste)?\s+)?(?:maanden\s+|maand\s+)?"
            r"(?:op\s+)?(?:de\s+|the\s+)?" + _ORDS + r"\s+" + _WDA + r"(?:\s*" + _OF_MONTH + r")?|"
            r"(?:maandelijks|monthly|" + _EVERY + r"\s+(?:maand|month)\b)\s*,?\s+(?:op\s+|on\s+)?"
            r"(?:de\s+|the\s+)?" + _ORDS + r"\s+" + _WDA + r")"
        ),
        "nth",
    ),
    (
        re.compile(
            r"\b(?:" + _EVERY + r"\s+(?:" + _RN + r"\s+)?(?:maanden|maand|months|month)\b|"
            r"maandelijks|monthly)(?:\s*,?\s*(?:op\s+|on\s+)?(?:de\s+|the\s+)?(\d{1,2})"
            r"(?:e|de|ste|st|nd|rd|th)?\b(?:\s+" + _OF_MONTH + r")?)?"
            r"|\b"
            + _EVERY
            + r"\s+(?:de\s+|the\s+)?(\d{1,2})(?:e|de|ste|st|nd|rd|th)\s+"
            + _OF_MONTH
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
            r"\b(?:" + _EVERY + r"|op)\s+(?:" + _RN + r"(?:e|de|ste)?\s+)?(?:(" + _WD_FULL_RE + r")"
            r"(ochtend|morgen|middag|avond|nacht)?s?\b|(" + _WD_ABBR_RE + r")\b\.?)"
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


def _nth_rule(interval: int, ordinals: str, weekday: str) -> Recurrence:
    """ "eerste en derde", "dinsdag": the weekday's ordinals in order, each once."""
    found = list(dict.fromkeys(_ORD[o] for o in _ORD_ONE.findall(ordinals)))
    return Recurrence(
        "monthly_nth_weekday",
        interval,
        weekday=_WD[weekday],
        nth=found[0],
        nths=tuple(found) if len(found) > 1 else (),
    )


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
                rule = _nth_rule(_rn(m[1]), m[2], m[3])
            else:
                rule = _nth_rule(1, m[4], m[5])
        elif kind == "mday":
            ds = m[2] or m[3]
            day = int(ds) if ds else now_local.day
            if not 1 <= day <= 31:
                continue
            rule = Recurrence("monthly_day", _rn(m[1]), day=day)
        elif kind == "week":
            n = _rn(m[1] or m[2])
            if m.group(0).startswith("tweewekelijks") or (m.group(0).startswith("om") and not m[2]):
                n = 2  # "om de week" is every other week
            wd = _WD[m[3]] if m[3] else now_local.weekday()
            rule = Recurrence("weekly", n, weekday=wd)
        elif kind == "wd":
            rule = Recurrence("weekly", _rn(m[1]), weekday=_WD[m[2] or m[4]])
        elif kind == "day":
            n = _rn(m[1] or m[2])
            if m.group(0).startswith("om") and not m[2]:
                n = 2  # "om de dag" is every other day
            rule = Recurrence("daily", n)
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

    if rule.kind == "monthly_nth_weekday" and len(rule.ordinals) > 1:
        return at(_several_after(rule, a, after, at, skip))

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


def _several_after(
    rule: Recurrence, a: datetime, after: datetime, at: Callable[[date], datetime], skip: int
) -> date:
    """ "elke eerste en derde dinsdag": the next of the month's slots after ``after``; with
    an interval ("elke 2 maanden op ...") a slot in a later month skips ``skip`` more months."""
    wd = rule.weekday if rule.weekday is not None else 0

    def slots(y: int, mo: int) -> list[date]:
        days = {_nth_weekday(y, mo, wd, n) for n in rule.ordinals}
        return sorted(d for d in days if d is not None)

    y, mo = a.year, a.month
    for month in range(60):
        later = [d for d in slots(y, mo) if at(d) > after]
        if later:
            if month == 0 or skip == 0:
                return later[0]
            for _ in range(skip):
                y, mo = _month_shift(y, mo, 1)
            return slots(y, mo)[0]
        y, mo = _month_shift(y, mo, 1)
    raise ValueError(f"no occurrence of {rule}")


def next_occurrence(
    rule: Recurrence, after: datetime, tz: ZoneInfo | str | None = None
) -> datetime:
    """Next occurrence strictly after ``after`` (normally the previous occurrence): the first
    matching slot after ``after`` plus ``interval - 1`` periods, in local wall-clock time."""
    zone = _get_tz(tz, after)
    if after.tzinfo is None or after.utcoffset() is None:
        after = after.replace(tzinfo=zone)
    return _first_after(rule, after, zone, max(rule.interval, 1) - 1)


def read_recurrence(
    text: str, now: datetime, tz: ZoneInfo | str | None = None, *, evening_hours: bool = False
) -> Series | Unsettled | Impossible | None:
    """The recurrence in ``text`` ("elke maandag 9:00"): a :class:`Series` (rule, first
    occurrence strictly after ``now``, 09:00 by default, and the rest of the text); an
    :class:`Unsettled` for "elke maandag om 3 uur" (the first occurrences at 03:00 and 15:00,
    with `rewrites` "03:00"/"15:00" for the clock words at `start:end`); an :class:`Impossible`
    when the text holds a day or time that cannot exist; None without a recurrence.
    ``evening_hours`` as in :func:`read_when`. Never raises."""
    try:
        found = _recurrence(text, now, tz, evening_hours)
    except Exception:  # noqa: BLE001 - the reader must never raise
        return None
    if isinstance(found, tuple):
        return found[1] if found[1] is not None else found[0]
    return found


def split_recurrence(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> tuple[str, Recurrence | None, datetime | None]:
    """Find a recurrence ("elke maandag 9:00") in ``text``.

    Returns (remaining text, rule, first occurrence strictly after ``now``; 09:00 by default).
    An hour that could be night or afternoon ("elke maandag om 3 uur") reads as written here,
    and a text with an impossible day or time has no recurrence; :func:`read_recurrence` tells
    a caller that can ask back or refuse.
    """
    try:
        found = _recurrence(text, now, tz)
    except Exception:  # noqa: BLE001
        found = None
    if not isinstance(found, tuple):
        return text.strip(), None, None
    return found[0].rest, found[0].rule, found[0].first


def recurrence_unsettled(
    text: str, now: datetime, tz: ZoneInfo | str | None = None
) -> Unsettled | None:
    """For "elke maandag om 3 uur": the two readings (first occurrences at 03:00 and 15:00),
    with `rewrites` ("03:00", "15:00") for the clock words at `start:end`; else None."""
    found = read_recurrence(text, now, tz)
    return found if isinstance(found, Unsettled) else None


def _recurrence(
    text: str, now: datetime, tz: ZoneInfo | str | None, evening: bool = False
) -> tuple[Series, Unsettled | None] | Impossible | None:
    zone = _get_tz(tz, now)
    if now.tzinfo is None or now.utcoffset() is None:
        now = now.replace(tzinfo=zone)
    local_now = now.astimezone(zone)
    norm = _normalize(text)
    ctx = _Ctx(local_now, local_now.date(), zone, norm, evening=evening)
    found = _match_rec(norm, local_now)
    if found is None:
        if not _DIGIT_RE.search(norm):
            return None
        bad = next((c for c in _components(norm, ctx) if c.kind == "bad"), None)
        return _impossible(text, bad) if bad is not None else None
    rule, s, e, pod0 = found
    all_comps = _components(norm, ctx)
    bad = next((c for c in all_comps if c.kind == "bad"), None)
    if bad is not None:  # convention 30: nothing is read from such a text
        return _impossible(text, bad)
    comps = [c for c in all_comps if c.start >= e or c.end <= s]
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
        if _loose(tm, ctx) and pod is None:
            readings: list[When] = []
            for hh in (tm.h, tm.h + 12):
                alt = replace(rule, hour=hh, minute=tm.m)
                readings.append(When(_first_after(alt, now, zone, 0), True))
            rewrites = tuple(f"{hh:02d}:{tm.m:02d}" for hh in (tm.h, tm.h + 12))
            unsettled = Unsettled(tuple(readings), tm.start, tm.end, rewrites)
        rule = replace(rule, hour=h, minute=tm.m)
    elif pod is not None:
        rule = replace(rule, hour=_POD_HOUR[pod], minute=0)
    first = _first_after(rule, now, zone, 0)
    out = text
    for a, b in sorted(spans, reverse=True):
        a = _extend_left(norm, a)
        out = out[:a] + " " + out[b:]
    return Series(rule, first, _tidy(out)), unsettled


def _impossible(text: str, bad: _C) -> Impossible:
    return Impossible(text[bad.start : bad.end], bad.what, bad.start, bad.end)


def to_rrule_text(rule: Recurrence) -> str:
    """The rule as stored (JSON); a rule with one ordinal is written as before `nths` existed."""
    data = {k: v for k, v in asdict(rule).items() if v is not None and v != ()}
    return json.dumps(data, separators=(",", ":"), sort_keys=True)


def from_rrule_text(s: str) -> Recurrence:
    """A stored rule back; texts stored before `nths` existed read as they always did."""
    data = json.loads(s)
    if not isinstance(data, dict) or data.get("kind") not in _KINDS:
        raise ValueError(f"not a recurrence: {s!r}")
    allowed = {"kind", "interval", "weekday", "day", "nth", "hour", "minute", "nths"}
    if set(data) - allowed:
        raise ValueError(f"unknown recurrence fields in {s!r}")
    for k in allowed - {"kind", "nths"}:
        v = data.get(k)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
            raise ValueError(f"bad recurrence field {k}={v!r}")
    nths = data.get("nths", [])
    if not isinstance(nths, list) or any(isinstance(n, bool) or n not in _ORDINALS for n in nths):
        raise ValueError(f"bad recurrence field nths={nths!r}")
    nth = data.get("nth", nths[0] if nths else None)
    if nths and nth != nths[0]:
        raise ValueError(f"bad recurrence: nth {nth!r} is not the first of nths {nths!r}")
    rule = Recurrence(
        kind=data["kind"],
        interval=data.get("interval", 1),
        weekday=data.get("weekday"),
        day=data.get("day"),
        nth=nth,
        hour=data.get("hour"),
        minute=data.get("minute"),
        nths=tuple(nths) if len(nths) > 1 else (),
    )
    if rule.interval < 1:
        raise ValueError("interval must be >= 1")
    return rule
