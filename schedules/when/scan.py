"""Running the rules over a text: gates (skip a rule that cannot match) and leftmost-longest."""

from __future__ import annotations

import re

from schedules.when import rules_clock, rules_dates, rules_days
from schedules.when.days import _HOLIDAYS
from schedules.when.parts import _C, _RULES, _Ctx
from schedules.when.words import _MONTHS, _WD, _WD_FULL

# Gates: a rule runs only when the text has what its pattern cannot match without (a digit, one
# of these whole words, or one of these substrings). Necessary conditions only, so the result
# is the same as running every rule; it halves the work on a typical phrase.
_MONTH_WORDS = frozenset(_MONTHS)
_WD_WORDS = frozenset(
    [*_WD]
    + [w + p for w in _WD for p in ("ochtend", "morgen", "namiddag", "middag", "avond", "nacht")]
)
_HOL_WORDS = frozenset(max(re.findall(r"[a-z]+", h), key=len) for h in _HOLIDAYS)
_PERIOD_WORDS = frozenset({"week", "wk", "maand", "mnd", "month", "jaar", "year"})
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
    "_r_this_period": (False, frozenset({"deze", "dit", "this"}), None),
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
# The rule modules register on import; at the same start and length the earlier rule wins, so
# the order is fixed here, not by the order of the imports.
_MODULES = [mod.__name__ for mod in (rules_dates, rules_days, rules_clock)]
_ORDERED = sorted(_RULES, key=lambda rule: _MODULES.index(rule[1].__module__))
_GATED = [(pat, fn, *_GATES.get(fn.__name__, (False, None, None))) for pat, fn in _ORDERED]
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
