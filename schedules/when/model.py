"""The reader's results: a settled moment, a text to ask back about, a day or time that cannot
exist, a recurrence and a recurrence found in a text."""

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
    typed_weekday: int | None = None
    start: int = 0
    end: int = 0
    until: datetime | None = None
    until_has_time: bool = False

    @property
    def weekday_mismatch(self) -> bool:
        """A weekday was typed beside a date it does not fall on ("donderdag 18 december", a
        Friday): the moment is the date (convention 9) and `typed_weekday` (0 = Monday) the
        day typed, so a command asks which of the two was meant."""
        return self.typed_weekday is not None


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
class Impossible:
    """A day or clock time that cannot exist (convention 30): "30 februari", "25:99".

    The reader reads nothing else from such a text (a nearby day would confirm what nobody
    typed). `part` is the impossible piece as the user typed it, so the bot can say "30 februari
    bestaat niet"; `kind` is "date" or "time"; `start`/`end` its span in the text.
    """

    part: str
    kind: str
    start: int = 0
    end: int = 0


Reading = When | Unsettled | Impossible  # what the reader can find in a text


@dataclass(frozen=True)
class Recurrence:
    """A repeating moment. `nth` is the ordinal of a monthly weekday (1-5, -1 = last); when a
    rule has several ("elke eerste en derde dinsdag") `nths` holds them all, in order, and `nth`
    is the first, so a rule with one ordinal is stored exactly as before."""

    kind: str  # "daily" | "weekly" | "monthly_day" | "monthly_nth_weekday"
    interval: int = 1
    weekday: int | None = None
    day: int | None = None
    nth: int | None = None
    hour: int | None = None
    minute: int | None = None
    nths: tuple[int, ...] = ()

    @property
    def ordinals(self) -> tuple[int, ...]:
        """Every ordinal of a monthly weekday rule: (2,) for "elke 2e dinsdag", (1, 3)."""
        if self.nths:
            return self.nths
        return (self.nth,) if self.nth is not None else ()


@dataclass(frozen=True)
class Series:
    """A recurrence read from a text: the rule, its first occurrence strictly after now, and
    the text without the recurrence words (a meeting's place, a reminder's text)."""

    rule: Recurrence
    first: datetime
    rest: str
