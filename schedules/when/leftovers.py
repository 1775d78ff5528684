"""Date words left in a command's rest: what the reader did not use but a person meant as a
date ("elke 2e di vd maand" after a misread series, "verplaatst", "maart"), so a handler asks
back instead of storing them as a meeting's place or an item's text."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from schedules.when.words import _MON_FULL, _NUMW, _ORD, _WD_FULL, _normalize

# "van de maand", "vd maand", "v.d. maand", "v/d maand"
_MONTH_REF = re.compile(r"\b(?:van\s+de|v\.\s?d\.|v\.?d\b\.?|v/d)\s*maand(?:en)?\b")
# "om de week", "om de 2 weken", "om de twee weken" (not "om de hoek")
_OM_DE = re.compile(
    r"\bom\s+de\s+(?:(?:\d{1,2}|[a-z]+)\s+)?(?:dag|dagen|week|weken|maand|maanden|jaar)\b"
)
_MOVED = re.compile(r"\b(?:verplaatst|verschoven|uitgesteld|vervroegd)\b")
# "om 10", "om acht", "at 3" that the reader left ("vrijdag om 10 koffie": the hour may be a
# time or a count, "om 10 flyers te bestellen"): asked, never kept as text beside a 09:00
_AT_HOUR = re.compile(
    r"\b(?:om|at)\s+(?:\d{1,2}|"
    + "|".join(sorted((w for w, n in _NUMW.items() if 0 < n <= 24), key=len, reverse=True))
    + r")\b(?![:.]\d)"
)
_MONTH_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(n for n in _MON_FULL if n not in ("march", "may"))) + r")\b"
)
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d.:])")
# a time of day as the reader takes one: "10:00", "19.30", "19u30", "8 uur", "half", "7pm"
_TIMES = re.compile(
    r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d.:])|\b\d{1,2}\s*(?:uur|u|am|pm)\b|\b\d{1,2}u\d{2}\b"
    r"|\b(?:half|kwart)\b"
)
_TOKEN = re.compile(r"[^\W_]+(?:\.(?=\s|$|[,;]))?")
_CONNECTOR = frozenset({"en", "of", "and"})
_EVERY = frozenset({"elke", "iedere", "ieder", "elk"})
_WEEKDAY = frozenset(_WD_FULL) | {"ma", "di", "wo", "do", "vr", "za", "zo", "din", "woe", "don"}
_PERIOD = frozenset(
    "dag dagen week weken maand maanden jaar kwartaal werkdag ochtend middag avond".split()
)
_ORDINAL = re.compile(r"\d{1,2}(?:e|de|ste)")
_GAP = re.compile(r"[\s,&]*(?:\b(?:en|of)\b[\s,&]*)*")
_NAMES = frozenset(n for n in (*_WD_FULL, *_MON_FULL) if len(n) >= 6)


def _one_edit(word: str, name: str) -> bool:
    """One letter left out, added, changed or two swapped ("dinsdg", "decmber", "donderdga")."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    if len(word) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == name[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == name[diff[0]])
    short, long = sorted((word, name), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _misspelt(word: str) -> bool:
    """A weekday or month name typed with one slip: never a place or an item's text."""
    return len(word) >= 5 and any(_one_edit(word, name) for name in _NAMES)


def _kind(word: str) -> str:
    bare = word.rstrip(".")
    if _misspelt(bare):
        return "slip"
    if bare in _EVERY:
        return "every"
    if bare in _WEEKDAY:
        return "wd"
    if bare in _ORD or _ORDINAL.fullmatch(bare):
        return "ord"
    if bare.isdigit() or bare in _NUMW:
        return "num"
    if bare in _PERIOD:
        return "period"
    return ""


def leftover_date_words(rest: str) -> str | None:
    """The date words still in ``rest`` as typed, joined by ", " (see :func:`leftover_spans`);
    None when there are none."""
    spans = leftover_spans(rest)
    return ", ".join(rest[a:b] for a, b in spans) if spans else None


def leftover_spans(
    rest: str, *, free_text: bool = False, timed: bool = False
) -> list[tuple[int, int]]:
    """Where the date words still in ``rest`` are (the text :func:`split_reading` or
    :func:`split_recurrence` left): "elke 2e di vd maand", "verplaatst", "maart". A weekday
    or an ordinal counts only next to another date word, "elke" only before one ("elke
    bewoner" is no date) or last (its day was read), "vd" only before "maand" ("Jan vd
    Berg"); a weekday or month name with one slip ("dinsdg") always counts. So places such
    as "De Kroon", "zaal 2" or "Maandagavondcafé" are never flagged.

    ``free_text``: ``rest`` is a reminder's, an action's or a reason's text, where "verplaatst",
    "december" ("kerstpakket voor december") and "van de maand" ("nieuwsbrief van de maand")
    are what it is about: they count only as part of a date ("2e di van de maand").

    ``timed``: the reader took a time already ("vrijdag 10:00 om 10 flyers te bestellen"), so
    "om 10" is a count there, not a date word."""
    norm = _normalize(rest)
    spans: list[tuple[int, int]] = []
    patterns = [_OM_DE] if free_text else [_MONTH_REF, _OM_DE, _MONTH_NAME, _MOVED]
    for pattern in patterns if timed else [*patterns, _AT_HOUR]:
        spans += [(m.start(), m.end()) for m in pattern.finditer(norm)]
    refs = {m.start(): m.end() for m in _MONTH_REF.finditer(norm)}
    month_refs = set(refs)
    clocks = [(m.start(), m.end()) for m in _CLOCK.finditer(norm)]
    tokens: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(norm):
        if any(a <= m.start() < b for a, b in clocks):
            continue
        if m.group(0) not in _CONNECTOR:
            tokens.append((m.start(), m.end(), _kind(m.group(0))))
    tokens += [(a, b, "clock") for a, b in clocks]
    tokens.sort()
    for i, (start, end, kind) in enumerate(tokens):
        before = tokens[i - 1][2] if i > 0 else ""
        after = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        at_ref = i + 1 < len(tokens) and tokens[i + 1][0] in month_refs
        if kind == "slip":
            spans.append((start, end))
        elif kind in ("num", "ord") and "slip" in (before, after):  # "15 janauri"
            spans.append((start, end))
        elif kind == "every" and i + 1 == len(tokens):  # "elke" its series' day was read of
            spans.append((start, end))
        elif kind == "every" and after in ("wd", "ord", "num", "period", "slip"):
            spans += [(start, end), tokens[i + 1][:2]]
        elif kind == "wd" and ({before, after} & {"ord", "every", "wd", "clock"} or at_ref):
            spans.append((start, end))
        elif kind == "ord" and ("wd" in (before, after) or at_ref):
            spans.append((start, end))
        if at_ref and spans and spans[-1][0] == start:  # "2e di van de maand"
            spans.append((tokens[i + 1][0], refs[tokens[i + 1][0]]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or _GAP.fullmatch(norm, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_WORD = re.compile(r"\S+")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group().strip(".,;:!?()'\"").lower()) for m in _WORD.finditer(text)
    ]


def _matched(a: list[tuple[int, int, str]], b: list[tuple[int, int, str]]) -> dict[int, int]:
    """Which token of ``b`` each token of ``a`` is (in order; unmatched ones are left out)."""
    found = SequenceMatcher(None, [k for *_, k in a], [k for *_, k in b], autojunk=False)
    return {
        block.a + n: block.b + n for block in found.get_matching_blocks() for n in range(block.size)
    }


def at_hour(rest: str) -> int | None:
    """The hour of an "om 10" / "at 3" the reader left in ``rest`` when that is the only date
    word there (the day was read, without a time): 1-23; None otherwise. The command then
    offers the hour on that day instead of asking for the whole moment again."""
    norm = _normalize(rest)
    found = list(_AT_HOUR.finditer(norm))
    if len(found) != 1 or leftover_spans(rest, free_text=True) != [found[0].span()]:
        return None
    word = found[0].group(0).split()[-1]
    hour = int(word) if word.isdigit() else _NUMW.get(word)
    return hour if hour is not None and 1 <= hour <= 23 else None


def cut_date_words(full: str, text: str, rest: str) -> tuple[str, int] | None:
    """``full`` without its date words, and where a moment goes instead; None when ``rest``
    (what the reader left of ``text``, a part of ``full``) holds no date words.

    Both the date words the reader took and those it left ("donderdg", "elke", "van de
    maand") go, so that the one moment a person then gives is the command's only date: "koffie
    10:00 elke donderdg" -> ("koffie ", 7). Words of ``full`` outside ``text`` (a mention the
    command took off first) stay, and so do words that are what the text is about
    ("verplaatst", "december": ``free_text`` of :func:`leftover_spans`)."""
    timed = len(_TIMES.findall(_normalize(text))) > len(_TIMES.findall(_normalize(rest)))
    spans = leftover_spans(rest, free_text=True, timed=timed)
    if not spans:
        return None
    text_tokens, rest_tokens = _tokens(text), _tokens(rest)
    kept = _matched(text_tokens, rest_tokens)
    dated = {
        i
        for i in range(len(text_tokens))
        if i not in kept
        or any(a < rest_tokens[kept[i]][1] and rest_tokens[kept[i]][0] < b for a, b in spans)
    }
    full_tokens = _tokens(full)
    cuts = [
        full_tokens[k][:2]
        for k, i in sorted(_matched(full_tokens, text_tokens).items())
        if i in dated
    ]
    if not cuts:
        return None
    pieces, at = [], 0
    for start, end in cuts:
        pieces.append(full[at:start].strip())
        at = end
    before = pieces[0]
    after = " ".join(p for p in (*pieces[1:], full[at:].strip()) if p)
    head = f"{before} " if before else ""
    return f"{head} {after}".rstrip() if after else head, len(head)
