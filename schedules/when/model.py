"""The reader's results: a settled moment, a text to ask back about, a recurrence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

DEFAULT_TZ = "Europe/Amsterdam"


@dataclass(frozen=True)
class When:
    """A settled moment. `start`/`end` are the character span of the date in the text.

    `until` is the end of a range or period ("7 t/m 18 december" -> 18 December, "van 19.30
    tot 21.30 uur" -> 21:30, "volgende week" -> its Sunday), None when the text names one
    moment; `until_has_time` says whether that end has a clock time.
    """

    moment: datetime
    has_time: bool
    shifted: bool = False
    weekday_mismatch: bool = False
    start: int = 0
    end: int = 0
    until: datetime | None = None
    until_has_time: bool = False


@dataclass(frozen=True)
class Unsettled:
    """A moment only the writer can settle (conventions 20 and 28): the bot asks back.

    `readings` are the two ways to read a bare hour 1-6 ("om 3 uur": 03:00 and 15:00, each a
    full :class:`When` on its day); empty when there is no day yet ("binnenkort", "na de
    zomer"). `start`/`end` are the span of the unsettled words in the text.
    """

    readings: tuple[When, ...]
    start: int = 0
    end: int = 0
    rewrites: tuple[str, ...] = ()  # what replaces start:end per reading (default: canonical)


@dataclass(frozen=True)
class Recurrence:
    kind: str  # "daily" | "weekly" | "monthly_day" | "monthly_nth_weekday"
    interval: int = 1
    weekday: int | None = None
    day: int | None = None
    nth: int | None = None
    hour: int | None = None
    minute: int | None = None
