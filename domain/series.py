"""A meeting series' own list of meetings: what the bot plans, slot by slot, as one calendar.

The bot stores a series' meetings one at a time; each remembers the rule's moment it stands
for (its `slot`). The list of a series is every slot of its current rhythm from its anchor on,
with the stored meeting where there is one (moved: at its own moment and place; cancelled:
marked) and the rule's moment and the series' place where the bot has yet to plan it. The
series' calendar file (RRULE, EXDATE, overrides) and `/overleg reeks` are made from it, and the
tests compare a calendar library's expansion of that file with it.

Pure: the rule's stepping comes in as `step` (the date reader's `next_occurrence`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.meetings import Meeting, MeetingSeries, MeetingState

Step = Callable[[datetime], datetime]  # the rule's next moment strictly after a moment
MAX_SLOTS = 5000  # a daily series over more than ten years: far past any horizon asked for


@dataclass(frozen=True)
class Occurrence:
    """One slot of a series: the meeting on it, as planned or as it will be planned."""

    slot: datetime  # the rule's moment (the calendar's RECURRENCE-ID), aware
    starts_at: datetime
    ends_at: datetime
    place: str
    meeting_id: int | None = None  # None: the bot plans it when the one before has ended
    cancelled: bool = False
    changed: bool = False  # moved, or another length or place than the series gives


def last_slot(series: MeetingSeries, meetings: Sequence[Meeting]) -> datetime | None:
    """Where a stopped series ends: its last planned meeting's slot (None: it runs on); a
    later date called off ahead is no meeting the bot planned (its EXDATE past UNTIL is
    harmless)."""
    if series.active:
        return None
    slots = [m.slot for m in meetings if m.slot is not None and not m.ahead]
    return max(slots) if slots else None


def anchor_of(series: MeetingSeries, meetings: Sequence[Meeting]) -> datetime | None:
    """The first slot of the series' current rhythm (series stored before it was kept: its
    earliest meeting's slot)."""
    if series.anchor is not None:
        return series.anchor
    slots = [m.slot for m in meetings if m.slot is not None]
    return min(slots) if slots else None


def occurrences(
    series: MeetingSeries, meetings: Sequence[Meeting], step: Step, until: datetime
) -> list[Occurrence]:
    """Every slot from the series' anchor up to `until` (and no further than a stopped series'
    last slot), in slot order, cancelled ones included."""
    anchor = anchor_of(series, meetings)
    if anchor is None:
        return []
    end = last_slot(series, meetings)
    if end is not None:
        until = min(until, end)
    by_slot: dict[datetime, Meeting] = {}
    for meeting in meetings:
        if meeting.slot is None:
            continue
        there = by_slot.get(meeting.slot)
        if there is None or there.ahead or not meeting.ahead:  # a meeting beats a date called off
            by_slot[meeting.slot] = meeting
    out: list[Occurrence] = []
    slot = anchor
    for _ in range(MAX_SLOTS):
        if slot > until:
            break
        out.append(_on(slot, by_slot.get(slot), series))
        slot = step(slot)
    return out


def _on(slot: datetime, meeting: Meeting | None, series: MeetingSeries) -> Occurrence:
    if meeting is None:
        return Occurrence(slot, slot, slot + series.length, series.place)
    changed = (
        meeting.starts_at != slot
        or meeting.length != series.length
        or meeting.place != series.place
    )
    return Occurrence(
        slot,
        meeting.starts_at,
        meeting.ends_at,
        meeting.place,
        meeting_id=meeting.id,
        cancelled=meeting.state is MeetingState.CANCELLED,
        changed=changed,
    )


def open_slot(
    series: MeetingSeries,
    meetings: Sequence[Meeting],
    step: Step,
    start: datetime,
    end: datetime,
    now: datetime,
) -> datetime | None:
    """The series' slot in [start, end), after `now`, that the bot has yet to plan (no meeting
    stands on it): a later date of the series that can be called off ahead."""
    for o in occurrences(series, meetings, step, end):
        if o.meeting_id is None and start <= o.slot < end and o.slot > now:
            return o.slot
    return None


def planned(
    series: MeetingSeries,
    meetings: Sequence[Meeting],
    step: Step,
    start: datetime,
    end: datetime,
) -> list[Occurrence]:
    """The series' meetings that start in [start, end), in time order: the bot's own list
    (cancelled ones left out, moved ones at their new moment)."""
    # a meeting moved into [start, end) may stand on a slot outside it: the slots are looked
    # at up to `end` and up to the last stored meeting's slot
    horizon = max([end, *(m.slot for m in meetings if m.slot is not None)])
    return sorted(
        (
            o
            for o in occurrences(series, meetings, step, horizon)
            if not o.cancelled and start <= o.starts_at < end
        ),
        key=lambda o: (o.starts_at, o.slot),
    )


def whole_series_cancelled(series: MeetingSeries, occurring: Sequence[Occurrence]) -> bool:
    """A stopped series with no meeting left on it (its first taken back): calendars drop it."""
    return not series.active and all(o.cancelled for o in occurring)
