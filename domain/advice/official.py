"""The gemeente official's view across groups (issue 20): what is owed to whom, overdue first.

An official serves 10 to 40 organisations; each group knows them as its gemeente contact. What
the gemeente owes a group is an advice's acknowledgement or reply, or an open action of the
gemeente or the stadsdeel. Pure: today is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from domain.actions import GEMEENTE_PARTIES, Action, ActionState
from domain.advice.figures import YearFigures, summary
from domain.advice.model import Advice, AdviceState
from domain.workdays import working_days_between

RECENT = 20  # the advices the figures per organisation look at


@dataclass(frozen=True)
class Owed:
    """One thing the gemeente owes one group."""

    chat_id: int
    group: str
    kind: str  # "ack", "reply" (an advice) or "action"
    record_id: int  # the advice's or the action's id
    number: int
    title: str
    deadline: date | None
    since: date  # when the group sent the advice or made the action
    late_days: int  # working days past the deadline (0: not late)

    def waited(self, today: date) -> int:
        """Working days the group has been waiting."""
        return working_days_between(self.since, today)


def owed_of_advice(advice: Advice, group: str, today: date) -> Owed | None:
    """What an open advice still needs from the gemeente: its acknowledgement, else its reply."""
    if not advice.is_open:
        return None
    due = advice.deadlines
    kind, deadline = (
        ("ack", due.ack.end) if advice.state is AdviceState.SENT else ("reply", due.reply.end)
    )
    late = working_days_between(deadline, today) if today > deadline else 0
    return Owed(
        advice.chat_id,
        group,
        kind,
        advice.id,
        advice.number,
        advice.subject,
        deadline,
        advice.sent_on,
        late,
    )


def owed_of_action(action: Action, group: str, today: date) -> Owed | None:
    """An open action that the gemeente or the stadsdeel owns."""
    if action.state is not ActionState.OPEN:
        return None
    if not any(owner.party in GEMEENTE_PARTIES for owner in action.owners):
        return None
    deadline = action.due_date
    late = working_days_between(deadline, today) if deadline and today > deadline else 0
    return Owed(
        action.chat_id,
        group,
        "action",
        action.id,
        action.number,
        action.text,
        deadline,
        action.created_at.date(),
        late,
    )


def ordered(items: Iterable[Owed]) -> list[Owed]:
    """Overdue first (the longest overdue on top), then by deadline; no deadline last."""
    return sorted(
        items,
        key=lambda o: (
            -o.late_days,
            o.deadline or date.max,
            o.group.lower(),
            o.kind,
            o.number,
        ),
    )


def recent_figures(
    advices: Iterable[Advice], today: date, last: int = RECENT
) -> YearFigures | None:
    """The response figures of a group's last `last` advices (by sending date), as one block."""
    recent = sorted(advices, key=lambda a: (a.sent_on, a.number))[-last:]
    if not recent:
        return None
    return summary(recent[-1].sent_on.year, recent, today)


# How far a deadline has come, most pressing first: "lang te laat", overdue, its last day.
STEPS = ("very_late", "overdue", "due")


@dataclass(frozen=True)
class Turned:
    """Something still owed that became due (its last day came) or overdue in a period."""

    owed: Owed
    kind: str  # the deadline it is about: "ack", "reply" or "action"
    step: str  # one of STEPS
    deadline: date  # that deadline (for "very_late": the reply deadline)
    on: date  # the day it became so
    late_days: int  # working days past that deadline

    def rank(self) -> tuple[int, int, date, str, int]:
        """Overdue first (longest late on top), then what is due today."""
        return (STEPS.index(self.step), -self.late_days, self.deadline, self.kind, self.owed.number)


def _turned(
    owed: Owed | None,
    deadlines: list[tuple[str, date]],
    very_late: date | None,
    after: date,
    today: date,
) -> Turned | None:
    """The latest step any deadline took on a day in (after, today]; None when none did."""
    if owed is None:
        return None
    steps = [(d, kind, "due", d) for kind, d in deadlines]
    steps += [(d + timedelta(days=1), kind, "overdue", d) for kind, d in deadlines]
    if very_late is not None:
        reply = max(d for kind, d in deadlines if kind == "reply")
        steps.append((very_late + timedelta(days=1), "reply", "very_late", reply))
    inside = [s for s in steps if after < s[0] <= today]
    if not inside:
        return None
    on, kind, step, deadline = max(inside, key=lambda s: (s[0], -STEPS.index(s[2])))
    late = working_days_between(deadline, today) if today > deadline else 0
    return Turned(owed, kind, step, deadline, on, late)


def turned_of_advice(advice: Advice, group: str, after: date, today: date) -> Turned | None:
    """Did an open advice's acknowledgement or reply term end, or pass, or the advice become
    "lang te laat", after `after` up to `today`?"""
    due = advice.deadlines
    terms = [("ack", due.ack.end)] if advice.state is AdviceState.SENT else []
    terms.append(("reply", due.reply.end))
    owed = owed_of_advice(advice, group, today)
    return _turned(owed, terms, due.very_late.end, after, today)


def turned_of_action(action: Action, group: str, after: date, today: date) -> Turned | None:
    """Did a gemeente or stadsdeel action's due date come, or pass, after `after`?"""
    owed = owed_of_action(action, group, today)
    if action.due_date is None:
        return None
    return _turned(owed, [("action", action.due_date)], None, after, today)
