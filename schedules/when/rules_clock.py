"""Rules for clock times and parts of day."""

from __future__ import annotations

import re

from schedules.when.parts import _C, _bad, _blocked, _Ctx, _hour, _rule
from schedules.when.words import _HOURW_NOEEN_RE, _HOURW_RE, _MON_RE, _POD, _POD_NL_RE, _UNIT_RE

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


_UUR_AT_END = re.compile(r"\d\s*(?:uur|u|h)\b")


def _time_c(
    m: re.Match[str], h: int | None, mi: int, fixed: bool = False, written: str = ""
) -> _C | None:
    """A clock time; `written` is how its hour was typed: one digit or a word (not two
    digits) for an hour 1-6 makes it ambiguous (03:00 or 15:00, convention 20), for an hour
    7-11 only under the evening option (07:30 or 19:30). "24:00" is 00:00 of the next day."""
    if h is None or not (0 <= h <= 24 and 0 <= mi <= 59) or (h == 24 and mi):
        return None
    loose = not fixed and not (len(written) == 2 and written.isdigit())
    return _C(
        m.start(),
        m.end(),
        "time",
        h=h % 24,
        m=mi,
        fixed=fixed,
        amb=loose and 1 <= h <= 6,
        amb_evening=loose and 7 <= h <= 11,
        next_day=h == 24,
    )


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
    if c is None and not m[6] and (m[2] == ":" or _UUR_AT_END.search(m[0])):
        return _bad(m.start(1), m.end(3), "time")  # "25:99", "24:30", "19.75 uur"
    return _with_end(c, int(m[4]), int(m[5])) if m[4] else c


@_rule(r"\b(\d{1,2})[uh](\d{2})?\b")
def _r_clock_u(m: re.Match[str], ctx: _Ctx) -> _C | None:
    if _blocked(ctx, m.start()):
        return None
    c = _time_c(m, int(m[1]), int(m[2] or 0), written=m[1])
    if c is None and m[2]:
        return _bad(m.start(), m.end(), "time")  # "24u30", "19u75"
    return c


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
    c = _time_c(m, _hour(m[1]), int(m[2] or 0), written=m[1])
    if c is None and m[1].isdigit() and _UUR_AT_END.search(m[0]):
        return _bad(m.start(1), m.end(), "time")  # "om 27 uur"
    return c


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
