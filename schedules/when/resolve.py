"""From pieces to a moment: grouping adjacent pieces, moved dates, ranges, parts of day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from domain.workdays import add_working_days
from schedules.when.days import _local
from schedules.when.model import Unsettled, When
from schedules.when.parts import _C, _Ctx
from schedules.when.words import _CONNECT_RE, _GAP_RE, _PLAIN_WORD_RE, _POD_HOUR, _in_deadline

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
# "niet op vrijdag 12 maar op vrijdag 19 maart": the old day's number may stand before "maar"
_BUT_AFTER = re.compile(r"\s*(?:(?:de\s+)?\d{1,2}(?:e|de|ste)?\b\s*)?,?\s*(?:maar|but)\b")
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


def _deadline(parts: list[list[_C]], norm: str) -> list[list[_C]]:
    """Convention 31: after "uiterlijk", "ten laatste", "deadline", "af op", "klaar op" a period
    ("volgende week", "maart", "week 3", "dit weekend") reads as its last (working) day."""
    group = parts[0]
    days = [c for c in group if c.kind in _DATEISH]
    if len(days) != 1 or days[0].period_end is None or not _in_deadline(norm, group[0].start):
        return parts
    period = days[0]
    end = replace(period, d=period.period_end, end_d=None, period_end=None)
    return [[end if c is period else c for c in group], *parts[1:]]


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


def _day_of(comps: list[_C]) -> tuple[date | None, int | None, bool]:
    """(day, the weekday typed when it disagrees with the date, the day came from a weekday
    alone)."""
    dates = [c for c in comps if c.kind == "date"]
    wds = [c for c in comps if c.kind == "wd"]
    d: date | None = None
    mismatch: int | None = None
    if dates:
        dc = dates[0]
        d = dc.d
        if d is not None and wds:
            wd = wds[0].wd
            assert wd is not None
            if dc.weekrel:
                d = d - timedelta(days=d.weekday()) + timedelta(days=wd)
            elif dc.wd is None:
                day = d
                mismatch = next((w.wd for w in wds if w.wd != day.weekday()), None)
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
            typed_weekday=mismatch,
            start=start,
            end=end,
            until=until[0] if until else None,
            until_has_time=bool(until and until[1]),
        )
    if tm is not None and _loose(tm, ctx) and pod is None:
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


def _loose(tm: _C, ctx: _Ctx) -> bool:
    """A clock time only the writer can settle: an hour 1-6 (convention 20), or 7-11 when the
    caller asked for the evening option (a meeting "om 8 uur" is 08:00 or 20:00)."""
    return not tm.fixed and (tm.amb or (ctx.evening and tm.amb_evening))


def _timed(
    d: date | None,
    h: int,
    mi: int,
    end_tm: tuple[int, int] | None,
    end_d: date | None,
    by_wd: bool,
    head: list[_C],
    ctx: _Ctx,
    mismatch: int | None,
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
