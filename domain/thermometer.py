"""The thermometer: once a year the board and the gemeente contacts each score statements about
their collaboration (1-5) and answer one open question; the result compares the two sides.

Answers are anonymous within each side: once a person has answered, only their side's counts
per statement and score are kept (`Tally`), never whose they were. Pure rules: times come in as
arguments, nothing here reads the clock or touches storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from domain.errors import DomainError
from domain.roles import Standing
from domain.settings import SettingKind, SettingSpec

SCORES = (1, 2, 3, 4, 5)
MIN_STATEMENTS = 5
MAX_STATEMENTS = 7
MAX_TEXT = 200  # a statement or the open question
MAX_REMARK = 1000  # an answer to the open question
REMIND_BEFORE = timedelta(days=2)  # the reminder before the deadline
MIN_OPEN = timedelta(hours=1)

# Setting, area "meetings" (/instellingen -> Overleg en agenda): how long it stays open.
OPEN_FOR = SettingSpec(
    "thermometer.open_for",
    SettingKind.DURATION,
    "10d",
    "meetings",
    words=("invultijd", "thermometertijd", "openfor"),
    can_be_off=False,
    label="setting.thermometer.open_for.label",
    help="setting.thermometer.open_for.help",
)
LEAD = SettingSpec(
    "thermometer.lead",
    SettingKind.DURATION,
    "3w",
    "meetings",
    words=("thermometer", "thermometervooraf"),
    label="setting.thermometer.lead.label",
    help="setting.thermometer.lead.help",
)
SETTINGS = (LEAD, OPEN_FOR)

# Engine kinds, each with the thermometer as target.
CLOSE = "thermometer.close"
REMIND = "thermometer.remind"
# ... and with a thermometergesprek as target: the yearly round opens before it.
OPEN = "thermometer.open"
KIND = "thermometer"  # the kind of meeting it prepares (domain/formats.py)
ONCE_A_YEAR = timedelta(days=300)  # a round opened this recently: no other one by itself
MIN_LEFT = timedelta(days=1)  # the shortest time to answer a round opened by itself


def opening_moment(starts: datetime, lead: timedelta | None, now: datetime) -> datetime | None:
    """When the yearly round opens before a thermometergesprek at `starts`: `lead` before it,
    or now when that is past; none while the setting is off or the meeting is too close."""
    if lead is None or starts - now <= MIN_LEFT * 2:
        return None
    return max(starts - lead, now)


def deadline_before(deadline: datetime, agenda_closes: datetime | None, now: datetime) -> datetime:
    """A round for a meeting closes before that meeting's agenda does, so its result is on the
    final agenda; but it leaves at least a day to answer."""
    if agenda_closes is not None and agenda_closes < deadline:
        deadline = agenda_closes
    return max(deadline, now + MIN_LEFT)


class Side(StrEnum):
    """Whose view an answer gives: the residents' board or the gemeente."""

    BOARD = "board"
    GEMEENTE = "gemeente"


class State(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


def side_of(standing: Standing) -> Side | None:
    """A gemeente contact answers for the gemeente (even when also an admin of the group);
    the board for the residents; anyone else is not asked."""
    if standing.is_gemeente:
        return Side.GEMEENTE
    if standing.is_board:
        return Side.BOARD
    return None


@dataclass(frozen=True)
class Thermometer:
    id: int
    chat_id: int
    statements: tuple[str, ...]  # as they were when it opened (later edits do not change it)
    question: str
    opened_at: datetime
    closes_at: datetime
    state: State
    opened_by: int | None = None
    meeting_id: int | None = None  # the thermometergesprek it prepares, when there is one
    result_message_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.state is State.OPEN

    def require_open(self, now: datetime) -> None:
        """Answers are taken until the deadline, also before the closing has run (it may wait
        for the end of the group's quiet hours)."""
        if not self.is_open or now >= self.closes_at:
            raise DomainError("thermo.closed")


@dataclass(frozen=True)
class Respondent:
    """Someone asked: their side, whether they answered, and while answering their scores so
    far (the draft, deleted when they finish)."""

    user_id: int
    side: Side
    answered: bool
    draft: tuple[int, ...] = ()
    sent: bool = False  # the first question reached them privately


def closing_moment(now: datetime, open_for: timedelta, at_usual_time: datetime) -> datetime:
    """When it closes: at the group's usual time on the day `open_for` from now
    (`at_usual_time`); a short period, whose usual time would come too soon, closes exactly
    `open_for` from now, and never within the hour."""
    if at_usual_time - now >= max(open_for / 2, MIN_OPEN):
        return at_usual_time
    return now + max(open_for, MIN_OPEN)


def reminder_moment(opened_at: datetime, closes_at: datetime) -> datetime | None:
    """Two days before the deadline; halfway for a short one; none for a very short one."""
    moment = closes_at - REMIND_BEFORE
    if moment <= opened_at + (closes_at - opened_at) / 2:
        moment = opened_at + (closes_at - opened_at) / 2
    if moment - opened_at < MIN_OPEN:
        return None
    return moment


def next_draft(draft: Sequence[int], index: int, score: int, total: int) -> tuple[int, ...]:
    """The scores after answering statement `index` (0-based): only the next one may be
    answered (a button pressed twice or an old message is refused with `thermo.stale`)."""
    if score not in SCORES:
        raise DomainError("error.stale_button")
    if index != len(draft) or index >= total:
        raise DomainError("thermo.stale")
    return (*draft, score)


def draft_text(scores: Sequence[int]) -> str:
    return "".join(str(score) for score in scores)


def draft_of(text: str | None) -> tuple[int, ...]:
    return tuple(int(ch) for ch in (text or "") if ch.isdigit() and int(ch) in SCORES)


# --- the group's statements ---------------------------------------------------------------------
def clean_text(text: str) -> str:
    """A statement or the open question as stored: one line, never empty, not too long."""
    cleaned = " ".join(text.split()).strip()
    if not any(ch.isalnum() for ch in cleaned):
        raise DomainError("thermo.text.empty")
    if len(cleaned) > MAX_TEXT:
        raise DomainError("thermo.text.too_long", limit=MAX_TEXT)
    return cleaned


def clean_remark(text: str) -> str:
    cleaned = text.strip()
    if len(cleaned) > MAX_REMARK:
        raise DomainError("thermo.remark.too_long", limit=MAX_REMARK)
    return cleaned


def changed(statements: Sequence[str], index: int, text: str) -> list[str]:
    """Statement `index` (0-based) reworded."""
    if not 0 <= index < len(statements):
        raise DomainError("error.stale_button")
    out = list(statements)
    out[index] = clean_text(text)
    return out


def added(statements: Sequence[str], text: str) -> list[str]:
    if len(statements) >= MAX_STATEMENTS:
        raise DomainError("thermo.text.too_many", maximum=MAX_STATEMENTS)
    return [*statements, clean_text(text)]


def removed(statements: Sequence[str], index: int) -> list[str]:
    if not 0 <= index < len(statements):
        raise DomainError("error.stale_button")
    if len(statements) <= MIN_STATEMENTS:
        raise DomainError("thermo.text.too_few", minimum=MIN_STATEMENTS)
    return [s for i, s in enumerate(statements) if i != index]


# --- the result --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tally:
    """How many of one side gave one statement one score."""

    side: Side
    statement: int  # 0-based
    score: int
    count: int


def tallies_of(side: Side, scores: Sequence[int]) -> list[Tally]:
    """One person's finished answers as counts: what is stored instead of the answers."""
    return [Tally(side, index, score, 1) for index, score in enumerate(scores)]


@dataclass(frozen=True)
class Average:
    value: float
    count: int


def averages(tallies: Iterable[Tally]) -> dict[tuple[Side, int], Average]:
    """The average score per side and statement, with how many gave it."""
    sums: dict[tuple[Side, int], tuple[int, int]] = {}
    for tally in tallies:
        total, count = sums.get((tally.side, tally.statement), (0, 0))
        sums[(tally.side, tally.statement)] = (
            total + tally.score * tally.count,
            count + tally.count,
        )
    return {key: Average(total / count, count) for key, (total, count) in sums.items() if count}


def gap(board: float | None, gemeente: float | None) -> float | None:
    """How far the two sides are apart (always positive; None when a side has no answers)."""
    if board is None or gemeente is None:
        return None
    return abs(board - gemeente)


@dataclass(frozen=True)
class Line:
    """One statement's result, next to the previous thermometer's (matched by its words)."""

    number: int  # 1-based, as shown
    text: str
    board: float | None
    gemeente: float | None
    last_board: float | None = None
    last_gemeente: float | None = None

    @property
    def gap(self) -> float | None:
        return gap(self.board, self.gemeente)

    @property
    def last_gap(self) -> float | None:
        return gap(self.last_board, self.last_gemeente)

    @property
    def has_last(self) -> bool:
        return self.last_board is not None or self.last_gemeente is not None


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def result_lines(
    statements: Sequence[str],
    tallies: Iterable[Tally],
    previous: tuple[Sequence[str], Iterable[Tally]] | None = None,
) -> list[Line]:
    """Per statement the average of each side and, for a statement asked the previous time
    too, that time's averages: the trend."""
    now = averages(tallies)
    before: dict[str, tuple[float | None, float | None]] = {}
    if previous is not None:
        old_statements, old_tallies = previous
        old = averages(old_tallies)
        for index, text in enumerate(old_statements):
            board = old.get((Side.BOARD, index))
            gemeente = old.get((Side.GEMEENTE, index))
            before[_words(text)] = (
                board.value if board else None,
                gemeente.value if gemeente else None,
            )
    lines = []
    for index, text in enumerate(statements):
        board = now.get((Side.BOARD, index))
        gemeente = now.get((Side.GEMEENTE, index))
        last = before.get(_words(text), (None, None))
        lines.append(
            Line(
                index + 1,
                text,
                board.value if board else None,
                gemeente.value if gemeente else None,
                last[0],
                last[1],
            )
        )
    return lines


@dataclass(frozen=True)
class Turnout:
    asked: dict[Side, int]
    answered: dict[Side, int]

    @property
    def missing(self) -> int:
        """Who has not answered yet, across both sides (a count, never names)."""
        return sum(self.asked.values()) - sum(self.answered.values())

    @property
    def total(self) -> int:
        return sum(self.asked.values())


def turnout(respondents: Iterable[Respondent]) -> Turnout:
    asked = {side: 0 for side in Side}
    answered = {side: 0 for side in Side}
    for person in respondents:
        asked[person.side] += 1
        answered[person.side] += int(person.answered)
    return Turnout(asked, answered)
