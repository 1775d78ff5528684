"""How meetings read their dates beyond the shared reader: a clock time alone names no day, a
series needs its day typed, and date words left over are never a place (issue 17). Everything
goes through `Turn.split_when`, so asking back and refusing impossible days work as elsewhere."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from domain.meetings import DEFAULT_LENGTH
from handlers.kit.resume import AskBack
from handlers.kit.turn import Turn
from schedules.when import Recurrence, When, leftover_date_words


def ends_of(when: When) -> datetime:
    """The end of "19:30-21:30" or "van 19.30 tot 21.30 uur"; else two hours after the start."""
    if when.until is not None and when.until_has_time and when.until > when.moment:
        if when.until - when.moment <= timedelta(hours=16):
            return when.until
    return when.moment + DEFAULT_LENGTH


# A date made only of these words names no day ("19:30", "half 8", "om 8 uur 's avonds",
# "kwart over 7"): the day is asked, never taken to be today or tomorrow.
_CLOCK_TOKEN = re.compile(r"\d{1,2}(?:[:.hu]\d{2})?(?:u|h|uur)?")
_CLOCK_WORDS = frozenset(
    "om rond omstreeks tegen vanaf van tot t/m tm - uur u h half kwart over voor 's s avonds"
    " ochtends middags morgens nachts in de avond ochtend middag at around from to until"
    " o'clock oclock am pm a.m. p.m. past quarter een één twee drie vier vijf zes zeven"
    " acht negen tien elf twaalf one two three four five six seven eight nine ten eleven"
    " twelve".split()
)


# A clock time as typed ("19:30", "20u", "8 uur", "half 8", "om acht"); a part of the day alone
# ("vanavond", "dinsdagavond") is no time: the reader's default hour would be a guess.
_TIME_TYPED = re.compile(
    r"\d{1,2}[:.hu]\d{2}|\b\d{1,2}\s*(?:uur|u|h|am|pm)\b|\b(?:half|kwart|middernacht|noon"
    r"|midnight|o'?clock)\b|\b(?:om|at)\s+\w+",
    re.IGNORECASE,
)


def time_typed(span: str) -> bool:
    """Whether the date words hold a clock time someone typed (not just "vanavond")."""
    return _TIME_TYPED.search(span) is not None


# A numeric day ("17-12", "17/12/2026"), not a time range ("7-9 uur", "7-9 's avonds")
_NUMERIC_DAY = re.compile(
    r"(?<![\d:.])(\d{1,2})[-/](\d{1,2})(?:[-/]\d{2,4})?(?![\d:.]|\s*(?:uur|u|h|'s|s)\b)"
)


def clock_only(span: str) -> bool:
    """Whether the date words the reader found are a clock time only, without a day."""
    lowered = span.lower().replace("’", "'")
    for day in _NUMERIC_DAY.finditer(lowered):
        if 1 <= int(day[1]) <= 31 and 1 <= int(day[2]) <= 12:
            return False  # "17-12 om 19u30" names its day
    tokens = lowered.replace("-", " - ").split()
    return all(
        token in _CLOCK_WORDS or _CLOCK_TOKEN.fullmatch(token)
        for token in (t.strip(",;") for t in tokens)
    )


_WEEKDAY = re.compile(
    r"\b(?:ma|di|wo|do|vr|za|zo|din|woe|don|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|zondag|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)(?:s|en)?\b\.?"
)


def series_day_typed(rule: Recurrence, text: str) -> bool:
    """Whether the text names the series' day: a weekday for a weekly rhythm, the day of the
    month for a monthly one ("op de 15e"; not the 19 of "19:30"). The reader would otherwise
    take today's weekday or a number from the clock time."""
    lowered = text.lower()
    if rule.kind == "weekly":
        return _WEEKDAY.search(lowered) is not None
    if rule.kind == "monthly_day":
        pattern = rf"(?<![\d:.]){rule.day}(?:e|de|ste|st|nd|rd|th)?(?![\d:.]|\s*uur)"
        return re.search(pattern, lowered) is not None
    return True


def without(text: str, rest: str) -> str:
    """The words of `text` that the reader took (the whole text when `rest` is not its end, or
    begins inside a word: "iedere maand 19:30" read as the 19th leaves "30")."""
    rest = rest.strip()
    cut = len(text) - len(rest)
    if rest and text.endswith(rest) and (cut == 0 or text[cut - 1].isspace()):
        return text[:cut].strip()
    return text


def date_words(turn: Turn, rest: str) -> tuple[str | None, str]:
    """The date words in what is left of a command (what the reader left, "elke 2e di vd
    maand", "verplaatst", or a whole date, "De Kroon 8 dec"), and the rest without them."""
    found: list[str] = []
    for _ in range(3):
        words = leftover_date_words(rest)
        if words is None:
            found_one = reading(turn, rest)
            words = found_one[0] if found_one is not None else None
        if words is None:
            break
        found.append(words)
        for part in words.split(", "):
            rest = rest.replace(part, " ")
    return (", ".join(found) if found else None), rest


def reading(turn: Turn, text: str) -> tuple[str, bool] | None:
    """(the date words, whether they hold a time) of `text`, settled or not; None: no date.
    A day that cannot exist is refused here as everywhere."""
    try:
        _rest, when = turn.split_when(text, evening_hours=True)
    except AskBack as ask:
        return text[ask.reading.start : ask.reading.end], bool(ask.reading.readings)
    if when is None:
        return None
    return text[when.start : when.end], when.has_time


def names_a_day(turn: Turn, text: str) -> bool:
    found = reading(turn, text)
    return found is not None and not clock_only(found[0])


def has_time(turn: Turn, text: str) -> bool:
    found = reading(turn, text)
    return found is not None and found[1] and time_typed(found[0])
