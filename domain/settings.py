"""Per-group feature settings: what each feature lets a group change, typed and validated.

A feature declares its settings as `SettingSpec` constants in its own domain module (for
example `AGENDA_CALL = SettingSpec("agenda.call", SettingKind.DURATION, "7d", "meetings",
words=("uitvraag",), label="setting.agenda.call.label", help="setting.agenda.call.help")`),
lists them in its `Feature(settings=...)`, and adds those two catalog keys (what the setting
is called, and what it does). /instellingen then shows them by area,
asks for new values and stores them (`storage/settings.py`); the feature reads them with the
typed getters of `GroupSettings`, which fall back to the spec's default.

Stored values are short strings: durations as "<n>m|h|d|w" or "off", numbers as digits,
flags as "on"/"off", a weekly moment as "<weekday 0-6> HH:MM" or "off", daily hours as
"HH:MM-HH:MM" or "off", addresses comma-separated, text as typed ("" for none).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from domain.errors import DomainError


class SettingKind(StrEnum):
    DURATION = "duration"  # "7 dagen", "1 uur", "uit"
    NUMBER = "number"  # "10" (with a unit shown from the catalog: werkdagen, dagen, maanden)
    PERCENT = "percent"  # "50%"
    FLAG = "flag"  # aan / uit
    WEEKLY = "weekly"  # "maandag 09:00" or "uit"
    EMAILS = "emails"  # one or more addresses, or "geen"
    EMAIL = "email"  # one address, or "geen"
    TEXT = "text"  # a short text, or "geen"
    HOURS = "hours"  # a daily stretch of time, "21:30-08:00", or "uit"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: SettingKind
    default: str
    area: str  # groups settings in /instellingen: meetings, actions, advice, polls, privacy
    words: tuple[str, ...] = ()  # what people type: "/instellingen uitvraag 5 dagen"
    minimum: int = 0
    maximum: int = 1000
    unit: str = ""  # NUMBER: the catalog key (a plural) to show it with: "10 werkdagen"
    can_be_off: bool = True  # DURATION and WEEKLY: whether "uit" is allowed
    label: str = field(kw_only=True)  # catalog key: what /instellingen calls it
    help: str = field(kw_only=True)  # catalog key: what it does, in one line


OFF_WORDS = {"uit", "off", "nee", "no", "geen", "none", "nooit", "never", "-", "0"}
ON_WORDS = {"aan", "on", "ja", "yes", "wel", "aanzetten"}
MAX_TEXT = 200
MAX_ADDRESSES = 5

_UNITS: dict[str, str] = {
    "m": "m",
    "min": "m",
    "minuut": "m",
    "minuten": "m",
    "minute": "m",
    "minutes": "m",
    "u": "h",
    "h": "h",
    "uur": "h",
    "uren": "h",
    "hour": "h",
    "hours": "h",
    "d": "d",
    "dag": "d",
    "dagen": "d",
    "day": "d",
    "days": "d",
    "w": "w",
    "week": "w",
    "weken": "w",
    "weeks": "w",
}
_UNIT_DELTA = {
    "m": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "d": timedelta(days=1),
    "w": timedelta(weeks=1),
}
_NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "twee": 2,
    "two": 2,
    "drie": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "vijf": 5,
    "five": 5,
    "zes": 6,
    "six": 6,
    "zeven": 7,
    "seven": 7,
    "acht": 8,
    "eight": 8,
    "negen": 9,
    "nine": 9,
    "tien": 10,
    "ten": 10,
}
WEEKDAYS: dict[str, int] = {
    **{w: 0 for w in ("maandag", "ma", "monday", "mon")},
    **{w: 1 for w in ("dinsdag", "di", "tuesday", "tue")},
    **{w: 2 for w in ("woensdag", "wo", "wednesday", "wed")},
    **{w: 3 for w in ("donderdag", "do", "thursday", "thu")},
    **{w: 4 for w in ("vrijdag", "vr", "friday", "fri")},
    **{w: 5 for w in ("zaterdag", "za", "saturday", "sat")},
    **{w: 6 for w in ("zondag", "zo", "sunday", "sun")},
}
_DURATION = re.compile(r"^(\d+|[a-zé]+)\s*([a-z]+)$")
# "2 dagen van tevoren", "1 uur vooraf", "30 minutes before": the same duration.
_AHEAD = re.compile(
    r"\s+(van\s+tevoren|tevoren|vooraf|ervoor|before|beforehand|in\s+advance|ahead)$"
)
_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.u](\d{2}))?\s*(?:uur)?\s*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


# What is said about a value a setting of each kind cannot take (numbers and texts say
# their limits: see parse_value).
_BAD = {
    SettingKind.DURATION: "settings.bad.duration",
    SettingKind.FLAG: "settings.bad.flag",
    SettingKind.WEEKLY: "settings.bad.weekly",
    SettingKind.EMAILS: "settings.bad.emails",
    SettingKind.EMAIL: "settings.bad.email",
    SettingKind.HOURS: "settings.bad.hours",
}


def _bad(spec: SettingSpec, value: str) -> DomainError:
    return DomainError(_BAD[spec.kind], value=value[:80])


def parse_value(spec: SettingSpec, text: str) -> str:
    """What a person typed -> the stored form; anything unclear raises a `DomainError`."""
    value = " ".join(text.strip().split())
    lowered = value.lower()
    if spec.kind is SettingKind.DURATION:
        if lowered in OFF_WORDS:
            if not spec.can_be_off:
                raise _bad(spec, value)
            return "off"
        return _parse_duration(spec, lowered, value)
    if spec.kind in (SettingKind.NUMBER, SettingKind.PERCENT):
        match = re.match(r"^(\d{1,6})\s*%?", lowered)
        number = int(match.group(1)) if match else _NUMBER_WORDS.get(lowered.split(" ")[0], -1)
        if not spec.minimum <= number <= spec.maximum:
            raise DomainError(
                "settings.bad.number", value=value[:80], minimum=spec.minimum, maximum=spec.maximum
            )
        return str(number)
    if spec.kind is SettingKind.FLAG:
        if lowered in ON_WORDS:
            return "on"
        if lowered in OFF_WORDS:
            return "off"
        raise _bad(spec, value)
    if spec.kind is SettingKind.WEEKLY:
        if lowered in OFF_WORDS and spec.can_be_off:
            return "off"
        return _parse_weekly(spec, lowered, value)
    if spec.kind is SettingKind.HOURS:
        if lowered in OFF_WORDS and spec.can_be_off:
            return "off"
        hours = parse_hours(lowered)
        if hours is None:
            raise _bad(spec, value)
        return f"{hours[0]:%H:%M}-{hours[1]:%H:%M}"
    if spec.kind in (SettingKind.EMAILS, SettingKind.EMAIL):
        if lowered in OFF_WORDS:
            return ""
        addresses = [a for a in re.split(r"[,;\s]+", value) if a]
        limit = 1 if spec.kind is SettingKind.EMAIL else MAX_ADDRESSES
        if not addresses or len(addresses) > limit or not all(map(is_email, addresses)):
            raise _bad(spec, value)
        return ",".join(addresses)
    if lowered in OFF_WORDS:
        return ""
    if len(value) > MAX_TEXT:
        raise DomainError("settings.bad.text", value=value[:40], limit=MAX_TEXT)
    return value


def is_email(address: str) -> bool:
    return bool(_EMAIL.match(address)) and len(address) <= 254


def _parse_duration(spec: SettingSpec, lowered: str, shown: str) -> str:
    match = _DURATION.match(_AHEAD.sub("", lowered))
    if match is None:
        raise _bad(spec, shown)
    amount_text, unit_word = match.groups()
    amount = int(amount_text) if amount_text.isdigit() else _NUMBER_WORDS.get(amount_text, 0)
    unit = _UNITS.get(unit_word)
    if unit is None or amount <= 0 or amount > 999:
        raise _bad(spec, shown)
    return f"{amount}{unit}"


def _parse_weekly(spec: SettingSpec, lowered: str, shown: str) -> str:
    words = lowered.replace(",", " ").split()
    if not words or words[0] not in WEEKDAYS:
        raise _bad(spec, shown)
    clock = parse_clock(" ".join(w for w in words[1:] if w not in ("om", "at")) or "9")
    if clock is None:
        raise _bad(spec, shown)
    return f"{WEEKDAYS[words[0]]} {clock.hour:02d}:{clock.minute:02d}"


def parse_clock(text: str) -> time | None:
    """A clock time as people type it: "9", "09:00", "9.30", "19u30", "20 uur"; else None."""
    match = _CLOCK.match(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


_HOURS_CLOCK = re.compile(r"(\d{1,2})(?:[:.u](\d{2}))?(?:u|uur)?")
_HOURS_FILLER = {"uren", "uur", "hours", "van", "from", "tot", "to", "until", "t/m", "-"}


def parse_hours(text: str) -> tuple[time, time] | None:
    """ "21:30-08:00", "van 22 tot 7 uur", "22.00 – 7.30" -> (start, end); None if unclear."""
    spaced = re.sub(r"\s*[-–—]\s*", " - ", text.lower())
    clocks: list[time] = []
    for word in spaced.split():
        match = _HOURS_CLOCK.fullmatch(word)
        if match is not None:
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            if hour > 24 or minute > 59 or (hour == 24 and minute):
                return None
            clocks.append(time(hour % 24, minute))
        elif word not in _HOURS_FILLER:
            return None
    if len(clocks) != 2 or clocks[0] == clocks[1]:
        return None
    return clocks[0], clocks[1]


def hours_of(stored: str) -> tuple[time, time] | None:
    """Stored daily hours ("21:30-08:00") as (start, end); None when they are off."""
    if stored == "off" or not stored:
        return None
    start, end = stored.split("-")
    return _clock_of(start), _clock_of(end)


def _clock_of(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def duration_of(stored: str) -> timedelta | None:
    """A stored duration ("7d", "1h") as a timedelta; None when it is off."""
    if stored == "off" or not stored:
        return None
    return int(stored[:-1]) * _UNIT_DELTA[stored[-1]]


def duration_parts(stored: str) -> tuple[int, str] | None:
    """(amount, unit letter) of a stored duration, for showing it in words; None when off."""
    if stored == "off" or not stored:
        return None
    return int(stored[:-1]), stored[-1]


def weekly_of(stored: str) -> tuple[int, time] | None:
    """A stored weekly moment as (weekday 0 = Monday, time); None when it is off."""
    if stored == "off" or not stored:
        return None
    day, clock = stored.split(" ")
    hour, minute = clock.split(":")
    return int(day), time(int(hour), int(minute))


def next_weekly(
    weekly: tuple[int, time], tz: ZoneInfo, now: datetime, *, last: datetime | None = None
) -> datetime:
    """The first moment after `now` that a weekly setting names, in the group's zone, and
    not on the day the `last` one went out: an overview that waited for the morning after a
    weekend, or came along early with the morning's reminders, is that week's."""
    weekday, at = weekly
    if last is not None:
        day_after = datetime.combine(last.astimezone(tz).date() + timedelta(days=1), time(0), tz)
        now = max(now, day_after)
    local = now.astimezone(tz)
    day = local.date() + timedelta(days=(weekday - local.weekday()) % 7)
    moment = datetime.combine(day, at, tzinfo=tz)
    if moment <= now:
        moment = datetime.combine(day + timedelta(days=7), at, tzinfo=tz)
    return moment


@dataclass(frozen=True)
class GroupSettings:
    """One group's feature settings: the stored values, read through typed getters."""

    values: Mapping[str, str]

    def raw(self, spec: SettingSpec) -> str:
        return self.values.get(spec.key, spec.default)

    def duration(self, spec: SettingSpec) -> timedelta | None:
        return duration_of(self.raw(spec))

    def number(self, spec: SettingSpec) -> int:
        return int(self.raw(spec) or 0)

    def flag(self, spec: SettingSpec) -> bool:
        return self.raw(spec) == "on"

    def weekly(self, spec: SettingSpec) -> tuple[int, time] | None:
        return weekly_of(self.raw(spec))

    def emails(self, spec: SettingSpec) -> tuple[str, ...]:
        return tuple(a for a in self.raw(spec).split(",") if a)

    def hours(self, spec: SettingSpec) -> tuple[time, time] | None:
        return hours_of(self.raw(spec))

    def text(self, spec: SettingSpec) -> str | None:
        return self.raw(spec) or None
