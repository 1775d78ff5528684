"""The terms an advice runs on and how its deadlines follow from them, remembering how."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from domain.workdays import add_working_days, holiday_name, skipped_between


def next_working_day(day: date) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    return add_working_days(day, 0)


@dataclass(frozen=True)
class Terms:
    """The periods one advice runs on: from the group's settings, or overridden for it."""

    ack_days: int = 10  # working days
    reply_days: int = 42  # calendar days (6 weeks)
    very_late_percent: int = 200  # of the reply period


@dataclass(frozen=True)
class Computation:
    """How one deadline was computed, for "/advies 4 termijnen"."""

    start: date
    amount: int
    unit: str  # "workdays" or "days"
    raw_end: date  # before moving off a weekend or holiday
    end: date
    skipped: tuple[tuple[date, str], ...] = ()  # holidays on weekdays that were not counted
    moved_because: str | None = None  # "weekend" or a holiday's name


def _working_days_term(start: date, amount: int) -> Computation:
    end = add_working_days(start, amount)
    return Computation(start, amount, "workdays", end, end, tuple(skipped_between(start, end)))


def _calendar_term(start: date, days: int) -> Computation:
    raw = start + timedelta(days=days)
    end = next_working_day(raw)
    because = None
    if end != raw:
        because = holiday_name(raw) or "weekend"
    return Computation(start, days, "days", raw, end, moved_because=because)


# The deadlines the bot chases the gemeente about, the day after each (handlers/advice/plan.py).
CHASED_DEADLINES = ("ack", "reply", "very_late")


@dataclass(frozen=True)
class Deadlines:
    ack: Computation
    reply: Computation
    very_late: Computation
    postponed: bool = False


def deadlines(
    sent_on: date, terms: Terms, postponed_to: date | None = None, acknowledged: bool = False
) -> Deadlines:
    """Both deadlines and the very-late date of an advice sent on `sent_on`.

    A postponement (verdaging) replaces the reply deadline; the very-late date keeps the same
    distance after it as it had after the original reply deadline.
    """
    ack = _working_days_term(sent_on, terms.ack_days)
    reply = _calendar_term(sent_on, terms.reply_days)
    extra = terms.reply_days * (terms.very_late_percent - 100) // 100
    if postponed_to is not None:
        reply = Computation(postponed_to, 0, "days", postponed_to, postponed_to)
        very_late = _calendar_term(postponed_to, extra)
        return Deadlines(ack, reply, very_late, postponed=True)
    very_late = _calendar_term(sent_on, terms.reply_days + extra)
    return Deadlines(ack, reply, very_late)
