"""When the bot may speak unasked: the group's quiet hours and each kind of message's timing.

Volunteers mute a group that pings them at night or on Christmas Day, and then miss what
matters. So every kind of scheduled message declares its `Timing`, and the engine asks
`release_at` when a message comes due whether it goes now or waits (until the quiet hours end,
or the next working day's morning). Pure: the moments come in as arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from domain.events import LATE_AFTER
from domain.settings import GroupSettings, SettingKind, SettingSpec
from domain.workdays import add_working_days, is_working_day


class Timing(StrEnum):
    """How a kind of scheduled message treats the quiet hours and days off."""

    # Someone asked for this moment (a /herinner, a meeting's own reminder): it goes as set.
    # Only when the bot was down and the moment passed at night does it wait for the morning.
    ASKED = "asked"
    # The bot's own idea of a good moment: never inside the quiet hours (then at their end).
    CALM = "calm"
    # Nagging and overviews: also only on working days (the next one's morning otherwise).
    WORKDAY = "workday"


QUIET_HOURS = SettingSpec(
    "calm.quiet_hours",
    SettingKind.HOURS,
    "21:30-08:00",
    "calm",
    words=("stil", "stille", "stilte", "nachtrust", "quiet"),
    label="setting.calm.quiet_hours.label",
    help="setting.calm.quiet_hours.help",
)
GEMEENTE_WEEK = SettingSpec(
    "calm.gemeente_week",
    SettingKind.FLAG,
    "on",
    "calm",
    words=("gemeentebericht", "weekbericht", "municipalitynote"),
    label="setting.calm.gemeente_week.label",
    help="setting.calm.gemeente_week.help",
)
SETTINGS = (QUIET_HOURS, GEMEENTE_WEEK)


@dataclass(frozen=True)
class QuietHours:
    """A daily stretch of local time without unasked messages; it may run past midnight."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError("quiet hours need a start and a different end")

    def contains(self, moment: time) -> bool:
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def end_after(self, local: datetime, tz: ZoneInfo) -> datetime:
        """The end of the quiet stretch that `local` (inside it) falls in."""
        day = local.date()
        if self.start > self.end and local.time() >= self.start:
            day += timedelta(days=1)
        return datetime.combine(day, self.end, tzinfo=tz)


def quiet_hours_of(settings: GroupSettings) -> QuietHours | None:
    hours = settings.hours(QUIET_HOURS)
    return None if hours is None else QuietHours(*hours)


def release_at(
    timing: Timing,
    now: datetime,
    due: datetime,
    *,
    tz: ZoneInfo,
    quiet: QuietHours | None,
    morning: time,
) -> datetime | None:
    """When a message that came due at `due` may go out, if not `now` (None: now).

    `morning` is when a group's day starts for the bot when quiet hours are off (its default
    time); with quiet hours, a day starts when they end.
    """
    local = now.astimezone(tz)
    inside = quiet is not None and quiet.contains(local.time())
    if timing is Timing.ASKED:
        # on time it goes as set; a moment missed while the bot was down waits for the morning
        if quiet is None or not inside or now - due <= LATE_AFTER:
            return None
        return quiet.end_after(local, tz)
    candidate = quiet.end_after(local, tz) if quiet is not None and inside else local
    if timing is Timing.WORKDAY and not is_working_day(candidate.date()):
        start = quiet.end if quiet is not None else morning
        candidate = datetime.combine(add_working_days(candidate.date(), 0), start, tzinfo=tz)
    return None if candidate == local else candidate
