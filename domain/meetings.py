"""Meetings (overleggen): their states, RSVPs, the rhythm of events around each one, rotation.

Pure rules: times come in as arguments, nothing here reads the clock or touches storage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from domain.errors import DomainError
from domain.settings import GroupSettings, SettingKind, SettingSpec

DEFAULT_LENGTH = timedelta(hours=2)  # a meeting without an end time lasts this long
MAX_PLACE = 200

# Settings, area "meetings" (/instellingen -> Overleg en agenda).
REMIND_DAY = SettingSpec(
    "meetings.remind_day",
    SettingKind.DURATION,
    "1d",
    "meetings",
    words=("dagherinnering", "firstreminder"),
    label="setting.meetings.remind_day.label",
    help="setting.meetings.remind_day.help",
)
REMIND_HOUR = SettingSpec(
    "meetings.remind_hour",
    SettingKind.DURATION,
    "1h",
    "meetings",
    words=("uurherinnering", "lastreminder"),
    label="setting.meetings.remind_hour.label",
    help="setting.meetings.remind_hour.help",
)
AGENDA_CALL = SettingSpec(
    "agenda.call",
    SettingKind.DURATION,
    "7d",
    "meetings",
    words=("uitvraag", "call"),
    label="setting.agenda.call.label",
    help="setting.agenda.call.help",
)
AGENDA_CLOSE = SettingSpec(
    "agenda.close",
    SettingKind.DURATION,
    "2d",
    "meetings",
    words=("sluiting", "agendasluiting", "agendacloses"),
    label="setting.agenda.close.label",
    help="setting.agenda.close.help",
)
MINIMUM_PER_YEAR = SettingSpec(
    "meetings.minimum",
    SettingKind.NUMBER,
    "0",
    "meetings",
    words=("minimum", "minimaal"),
    minimum=0,
    maximum=52,
    unit="setting.unit.per_year",
    label="setting.meetings.minimum.label",
    help="setting.meetings.minimum.help",
)
SETTINGS = (AGENDA_CALL, AGENDA_CLOSE, REMIND_DAY, REMIND_HOUR, MINIMUM_PER_YEAR)

# Event kinds of the reminder engine, one per step of a meeting's rhythm.
CALL = "meeting.call"  # the call for agenda items (uitvraag)
CLOSE = "meeting.close"  # the agenda closes; the final agenda is posted and pinned
REMIND_BEFORE_DAY = "meeting.remind_day"
REMIND_BEFORE_HOUR = "meeting.remind_hour"
END = "meeting.end"  # the meeting has passed: carry-over, marked held
# per series (target = the series): when a cancelled occurrence would have ended, its next is
# planned, as `END` does for one that took place (never earlier)
SERIES_NEXT = "meeting.series_next"
HALF_YEAR = "meeting.half_year"  # per chat: the minimum-per-year check
MEETING_EVENTS = (CALL, CLOSE, REMIND_BEFORE_DAY, REMIND_BEFORE_HOUR, END)


class MeetingState(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Answer(StrEnum):
    YES = "yes"
    MAYBE = "maybe"
    NO = "no"


# Why a meeting can no longer change, by its state.
NOT_PLANNED_KEY = {
    MeetingState.HELD: "meeting.not_planned.held",
    MeetingState.CANCELLED: "meeting.not_planned.cancelled",
}


@dataclass(frozen=True)
class Meeting:
    id: int
    chat_id: int
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    place: str
    state: MeetingState
    sequence: int = 0  # the .ics SEQUENCE, raised on every change
    series_id: int | None = None
    chair_id: int | None = None
    minute_taker_id: int | None = None
    announce_message_id: int | None = None
    agenda_message_id: int | None = None  # the pinned final agenda
    created_by: int | None = None
    created_at: datetime | None = None
    kind: str = "bestuur"  # its format (domain/formats.py): bestuursvergadering unless chosen
    slot: datetime | None = None  # in a series: the rule's moment it stands for (moves keep it)
    ahead: bool = False  # a later date of its series, called off before the bot planned it

    @property
    def uid(self) -> str:
        """The calendar UID: stable for the life of the meeting, whatever changes (also when the
        group becomes a supergroup and its chat id changes)."""
        made = self.created_at.strftime("%Y%m%dT%H%M%SZ") if self.created_at else "0"
        return f"overleg-{self.id}-{made}@wijkbot"

    @property
    def length(self) -> timedelta:
        return self.ends_at - self.starts_at

    @property
    def agenda_closed(self) -> bool:
        """The agenda closed when its final version was posted (the closing event fired).

        A meeting planned inside the closing window keeps its agenda open until it starts.
        """
        return self.agenda_message_id is not None

    def require_planned(self) -> None:
        if self.state is not MeetingState.PLANNED:
            raise DomainError(NOT_PLANNED_KEY[self.state])


@dataclass(frozen=True)
class MeetingSeries:
    """A fixed rhythm ("elke eerste dinsdag van de maand 19:30"): its next meeting is planned
    when the one before has ended (or, cancelled, would have ended)."""

    recurrence: str  # `schedules.when.to_rrule_text`
    place: str
    length: timedelta
    timezone: str
    active: bool = True
    id: int = 0
    chat_id: int = 0
    created_at: datetime | None = None
    kind: str = "bestuur"  # every meeting of the series is of this kind
    anchor: datetime | None = None  # the first slot of its current rhythm (the .ics DTSTART)
    sequence: int = 0  # the series' .ics SEQUENCE, raised on every change to it or a meeting

    @property
    def uid(self) -> str:
        """The calendar UID of the whole series: one calendar object, whatever changes."""
        made = self.created_at.strftime("%Y%m%dT%H%M%SZ") if self.created_at else "0"
        return f"overlegreeks-{self.id}-{made}@wijkbot"


@dataclass(frozen=True)
class MeetingMove:
    """A meeting moved, with where it was before (what its undo puts back)."""

    id: int
    chat_id: int
    meeting_id: int
    old_starts_at: datetime
    old_ends_at: datetime
    old_place: str
    moved_by: int | None
    moved_at: datetime
    undone_at: datetime | None = None


@dataclass(frozen=True)
class Rsvp:
    user_id: int
    name: str
    answer: Answer
    reason: str | None = None  # with "ik kom niet": the afbericht's reason, when given


def tally(rsvps: Sequence[Rsvp]) -> dict[Answer, list[str]]:
    """Names per answer, in the order people answered."""
    out: dict[Answer, list[str]] = {answer: [] for answer in Answer}
    for rsvp in rsvps:
        out[rsvp.answer].append(rsvp.name)
    return out


def rhythm(
    starts_at: datetime, ends_at: datetime, settings: GroupSettings
) -> list[tuple[str, datetime]]:
    """Every engine event of one meeting, with its moment (switched-off steps left out)."""
    steps: list[tuple[str, datetime]] = []
    for kind, spec in (
        (CALL, AGENDA_CALL),
        (CLOSE, AGENDA_CLOSE),
        (REMIND_BEFORE_DAY, REMIND_DAY),
        (REMIND_BEFORE_HOUR, REMIND_HOUR),
    ):
        lead = settings.duration(spec)
        if lead is not None:
            steps.append((kind, starts_at - lead))
    steps.append((END, ends_at))
    return steps


def check_moment(starts_at: datetime, now: datetime) -> None:
    if starts_at <= now:
        raise DomainError("meeting.past")


def clean_place(place: str) -> str:
    place = " ".join(place.split()).strip(" ,.;:-")
    for word in ("in ", "bij ", "op ", "te "):
        if place.lower().startswith(word):
            place = place[len(word) :]
    if len(place) > MAX_PLACE:
        raise DomainError("meeting.place_too_long", limit=MAX_PLACE)
    return place


def next_in_rotation(
    board: Sequence[int], previous: Sequence[int | None], *, skip: int | None = None
) -> int | None:
    """The board member whose turn it is: the one after whoever did it last (most recent first).

    `board` is in a fixed order; `previous` lists who did the job at earlier meetings, newest
    first. Someone not yet in the rotation goes first in board order; `skip` (the chair, when
    choosing the minute-taker) is passed over.
    """
    candidates = [member for member in board if member != skip]
    if not candidates:
        return None
    last = next((p for p in previous if p is not None and p in board), None)
    if last is None:
        return candidates[0]
    index = board.index(last)
    for step in range(1, len(board) + 1):
        member = board[(index + step) % len(board)]
        if member != skip:
            return member
    return candidates[0]


def half_year_start(day: date) -> date:
    return date(day.year, 1 if day.month <= 6 else 7, 1)


def next_half_year_start(day: date) -> date:
    return date(day.year, 7, 1) if day.month <= 6 else date(day.year + 1, 1, 1)
