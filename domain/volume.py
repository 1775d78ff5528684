"""What the bot sends by itself in an ordinary week, per area, counted from a group's settings.

Volunteers mute a chatty group. /instellingen therefore says how much the bot will say, and
the figures come from the same rules the engine schedules by (a meeting's `rhythm`, the owners'
`reminder_moments`, the weekly overviews' settings, the chases, `release_at` for the quiet
hours and days off), never from a sentence that could go stale. tests/test_volume.py runs a
week of the engine and compares. Pure: the moments come in as arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from domain.actions import (
    BEFORE_WORKING_DAYS,
    DIGEST,
    LIST_AFTER_MEETING,
    OWNER_REMINDERS,
    reminder_moments,
)
from domain.advice.deadlines import CHASED_DEADLINES
from domain.advice.settings import OVERVIEW
from domain.calm import GEMEENTE_WEEK, QuietHours, Timing, quiet_hours_of, release_at
from domain.meetings import CALL, CLOSE, END, REMIND_BEFORE_DAY, REMIND_BEFORE_HOUR, rhythm
from domain.settings import GroupSettings, SettingSpec

# A meeting when a group has none planned: on a weekday evening, two hours long.
TYPICAL_MEETING = time(19, 30)
# A week without feasts, to place weekly moments in (a weekend day waits for Monday).
_ORDINARY_MONDAY = date(2026, 9, 7)
# The weekly overviews: each a daily section, so those of one day are one message.
OVERVIEWS: tuple[SettingSpec, ...] = (DIGEST, OVERVIEW)


class Step(StrEnum):
    """What one meeting brings, in order."""

    CALL = "call"  # the call for agenda items
    CLOSE = "close"  # the final agenda
    DAY = "day"  # the reminder the day before
    HOUR = "hour"  # the reminder just before
    END = "end"  # the meeting's end (what carries over, a series' next), on its own
    LIST = "list"  # the action list, on its own
    END_LIST = "end_list"  # the end and the action list in one message (the morning after)


_STEP_OF_KIND = {
    CALL: Step.CALL,
    CLOSE: Step.CLOSE,
    REMIND_BEFORE_DAY: Step.DAY,
    REMIND_BEFORE_HOUR: Step.HOUR,
}


@dataclass(frozen=True)
class Volume:
    """The figures /instellingen shows, one group's settings applied."""

    meeting: tuple[Step, ...]  # the messages of one meeting, at most
    owner_reminders: int  # reminders per action with a due date (0: switched off)
    before_working_days: int  # the first of them, working days before the due date
    overdue_times: int  # after the due date, this many more
    overdue_weekday: int | None  # on this weekday (the overview's); None: a week apart
    overview_days: tuple[int, ...]  # weekdays (0 = Monday) bringing an overview message
    gemeente_weekly: bool  # the gemeente contacts hear in the overview, once a week
    chases_per_advice: int  # the day after each of an advice's deadlines, working days only
    quiet: QuietHours | None

    @property
    def per_meeting(self) -> int:
        return len(self.meeting)

    @property
    def overviews_per_week(self) -> int:
        return len(self.overview_days)


def volume(
    settings: GroupSettings, tz: ZoneInfo, morning: time, meeting: tuple[datetime, datetime]
) -> Volume:
    """The figures for a group: its settings, zone, day start (its default time) and a meeting
    of its (the coming one, or a typical evening: `typical_meeting`)."""
    quiet = quiet_hours_of(settings)
    steps: list[str] = []
    overdue_weekday = None
    if settings.flag(OWNER_REMINDERS):
        due = _ORDINARY_MONDAY + timedelta(days=10)  # a Thursday
        weekly = settings.weekly(DIGEST)
        long_before = datetime.combine(_ORDINARY_MONDAY, morning, tzinfo=tz)
        steps = [step for step, _ in reminder_moments(due, morning, tz, long_before, weekly)]
        if weekly is not None:
            overdue_weekday = _weekday(weekly, tz, quiet, morning)
    days = sorted(
        {
            _weekday(weekly, tz, quiet, morning)
            for spec in OVERVIEWS
            if (weekly := settings.weekly(spec)) is not None
        }
    )
    return Volume(
        meeting=meeting_steps(settings, *meeting, tz=tz, quiet=quiet, morning=morning),
        owner_reminders=len(steps),
        before_working_days=BEFORE_WORKING_DAYS if "before" in steps else 0,
        overdue_times=sum(1 for step in steps if step.startswith("overdue")),
        overdue_weekday=overdue_weekday,
        overview_days=tuple(days),
        gemeente_weekly=settings.flag(GEMEENTE_WEEK) and bool(days),
        chases_per_advice=len(CHASED_DEADLINES),
        quiet=quiet,
    )


def meeting_steps(
    settings: GroupSettings,
    starts_at: datetime,
    ends_at: datetime,
    *,
    tz: ZoneInfo,
    quiet: QuietHours | None,
    morning: time,
) -> tuple[Step, ...]:
    """The messages one meeting brings: its switched-on steps, then what follows it. The end
    and the action list are one message when they are released together (both waited for the
    morning after a late meeting)."""
    steps = [_STEP_OF_KIND[kind] for kind, _ in rhythm(starts_at, ends_at, settings) if kind != END]
    delay = settings.duration(LIST_AFTER_MEETING)
    if delay is None:
        return (*steps, Step.END)
    end = _released(Timing.CALM, ends_at, tz, quiet, morning)
    listed = _released(Timing.CALM, ends_at + delay, tz, quiet, morning)
    return (*steps, *((Step.END_LIST,) if end == listed else (Step.END, Step.LIST)))


def typical_meeting(tz: ZoneInfo, length: timedelta) -> tuple[datetime, datetime]:
    """A weekday evening meeting, for a group that has none planned."""
    starts = datetime.combine(_ORDINARY_MONDAY + timedelta(days=1), TYPICAL_MEETING, tzinfo=tz)
    return starts, starts + length


def _weekday(
    weekly: tuple[int, time], tz: ZoneInfo, quiet: QuietHours | None, morning: time
) -> int:
    """The weekday a weekly working-day message really comes on (a Saturday one on Monday)."""
    weekday, at = weekly
    moment = datetime.combine(_ORDINARY_MONDAY + timedelta(days=weekday), at, tzinfo=tz)
    return _released(Timing.WORKDAY, moment, tz, quiet, morning).weekday()


def _released(
    timing: Timing, moment: datetime, tz: ZoneInfo, quiet: QuietHours | None, morning: time
) -> datetime:
    """When the engine lets a message planned at `moment` go (`release_at`)."""
    later = release_at(timing, moment, moment, tz=tz, quiet=quiet, morning=morning)
    return moment.astimezone(tz) if later is None else later
