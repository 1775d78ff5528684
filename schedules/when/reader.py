"""The reader's entry points: read, split, write back (`canonical`), format for the CLI."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from schedules.when.days import _get_tz, _local
from schedules.when.model import DEFAULT_TZ, Impossible, Reading, Unsettled, When
from schedules.when.parts import _Ctx
from schedules.when.resolve import (
    _DATEISH,
    _deadline,
    _extend_left,
    _groups,
    _has,
    _moved,
    _resolve,
    _select,
)
from schedules.when.rules_days import _VAGUE_ALONE
from schedules.when.scan import _components
from schedules.when.words import _normalize


def _parse(
    text: str, now: datetime, tz: ZoneInfo | str | None, evening: bool = False
) -> tuple[Reading, list[tuple[int, int]]] | None:
    zone = _get_tz(tz, now)
    if now.tzinfo is None or now.utcoffset() is None:
        now = now.replace(tzinfo=zone)
    local_now = now.astimezone(zone)
    norm = _normalize(text)
    if _VAGUE_ALONE.fullmatch(norm):
        return Unsettled((), 0, len(text)), [(0, len(text))]
    ctx = _Ctx(local_now, local_now.date(), zone, norm, evening=evening)
    comps = _components(norm, ctx)
    bad = next((c for c in comps if c.kind == "bad"), None)
    if bad is not None:  # convention 30: nothing else in the text is read as a date
        return Impossible(text[bad.start : bad.end], bad.what, bad.start, bad.end), [
            (bad.start, bad.end)
        ]
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
    res = _resolve(_deadline(parts, norm), ctx)
    if res is None:
        return None
    spans = [(g[0].start, g[-1].end) for g in parts if g is not old_clock]
    if isinstance(res, Unsettled):
        return res, spans
    spans = [(_extend_left(norm, s), e) for s, e in spans]
    w = replace(res, start=spans[0][0], end=spans[-1][1])
    return w, spans


def read_when(
    text: str, now: datetime, tz: ZoneInfo | str | None = None, *, evening_hours: bool = False
) -> Reading | None:
    """Read the first date expression in ``text``: a :class:`When`, an :class:`Unsettled`
    text to ask back about, an :class:`Impossible` day or time ("30 februari"), or None when
    there is no date. Never raises.

    ``evening_hours``: a clock time 7-11 written with one digit or as a word and without a part
    of day ("half 8", "om 8 uur") is asked back as morning or evening, as hours 1-6 always are;
    for meetings, which are nearly always in the evening but never guessed.
    """
    try:
        res = _parse(text, now, tz, evening_hours)
    except Exception:  # noqa: BLE001 - the reader must never raise
        return None
    return res[0] if res is not None else None


def read_clock_on(text: str, day: date, tz: ZoneInfo | str | None = None) -> Reading | None:
    """``text`` read as a clock time on ``day`` when it names a time and no day ("10:00",
    "22 uur", "half 8 's avonds"): the answer to "which hour on Friday?" keeps that Friday.
    None when the text names a day of its own, or no time."""
    try:
        zone = _get_tz(tz, _ANY_DAY)
        midnight = _local(day, 0, 0, zone)[0]
        norm = _normalize(text)
        kinds = {c.kind for c in _components(norm, _Ctx(midnight, day, zone, norm))}
        if "time" not in kinds or not kinds <= {"time", "pod"}:
            return None
        res = _parse(text, midnight, tz)
    except Exception:  # noqa: BLE001 - the reader must never raise
        return None
    found = res[0] if res is not None else None
    moments = [found] if isinstance(found, When) else []
    if isinstance(found, Unsettled):
        moments = list(found.readings)
    if not moments or any(m.moment.astimezone(zone).date() != day for m in moments):
        return None
    return found


def parse_when(text: str, now: datetime, tz: ZoneInfo | str | None = None) -> When | None:
    """:func:`read_when` for callers that cannot ask back: an unsettled or impossible text is
    no date."""
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


_ANY_DAY = datetime(2000, 1, 1, tzinfo=UTC)  # whether a day can exist does not depend on now


def impossible(text: str) -> tuple[str, str] | None:
    """A date or clock time in `text` that cannot exist, as typed: ("time", "25:00") or
    ("date", "31 februari"); None when there is none. :func:`read_when` returns it as an
    :class:`Impossible`; this is the same for callers that only want to name it."""
    found = read_when(text, _ANY_DAY, DEFAULT_TZ)
    if isinstance(found, Impossible):
        return found.kind, found.part
    return None


def split_reading(
    text: str, now: datetime, tz: ZoneInfo | str | None = None, *, evening_hours: bool = False
) -> tuple[str, Reading | None]:
    """Return ``text`` without its date expression, and what :func:`read_when` reads."""
    try:
        res = _parse(text, now, tz, evening_hours)
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
    """:func:`split_reading` for callers that cannot ask back: an unsettled or impossible text
    is no date."""
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


def weekday_or_date(w: When) -> Unsettled:
    """A weekday typed beside a date it does not fall on, as two readings to ask about: the
    typed weekday nearest the date, then the date as written (convention 9 reads the date;
    only the writer knows which was meant)."""
    assert w.typed_weekday is not None
    tz = w.moment.tzinfo or ZoneInfo(DEFAULT_TZ)
    local = w.moment.astimezone(tz)
    written = local.date()
    gap = (w.typed_weekday - written.weekday() + 3) % 7 - 3  # -3 .. 3, never 0
    day = written + timedelta(days=gap)
    moment = _local(day, local.hour, local.minute, tz)[0]
    until = w.until
    if until is not None:
        until += moment - w.moment
    weekday = replace(w, moment=moment, until=until, typed_weekday=None)
    return Unsettled((weekday, replace(w, typed_weekday=None)), w.start, w.end)


def resolve_default_time(w: When, default: time) -> datetime:
    """Date-only result -> that day at ``default`` local time (DST-safe); else ``w.moment``."""
    if w.has_time:
        return w.moment
    tz = w.moment.tzinfo or ZoneInfo(DEFAULT_TZ)
    return _local(w.moment.date(), default.hour, default.minute, tz)[0]


def format_result(w: Reading | None) -> str:
    """The CLI's answer: a day, a day and time, ``-`` (no date), ``?`` (ask back) or ``!``
    (a day or time that cannot exist)."""
    if w is None:
        return "-"
    if isinstance(w, Unsettled):
        return "?"
    if isinstance(w, Impossible):
        return "!"
    if w.has_time:
        return w.moment.strftime("%Y-%m-%dT%H:%M")
    return w.moment.strftime("%Y-%m-%d")
