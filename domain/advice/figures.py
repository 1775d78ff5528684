"""The yearly figures: how often and how fast the gemeente acknowledged and replied."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from domain.advice.model import Advice, AdviceState, Outcome
from domain.workdays import working_days_between


@dataclass(frozen=True)
class YearFigures:
    year: int
    count: int
    ack_on_time: int  # acknowledged by the deadline
    ack_judged: int  # acknowledged, or its deadline has passed
    reply_on_time: int
    reply_judged: int
    median_ack_days: float | None  # working days from sending to acknowledgement
    median_reply_days: float | None
    outcomes: dict[Outcome, int]
    withdrawn: int = 0


def share(part: int, whole: int) -> int | None:
    """A rounded percentage; None when there is nothing to judge yet."""
    return round(100 * part / whole) if whole else None


def figures(advices: Iterable[Advice], today: date) -> list[YearFigures]:
    """Per year of sending: how often the gemeente acknowledged and replied on time, and how fast.

    An advice counts for "on time" once it is acknowledged (answered) or once its deadline has
    passed without it; one withdrawn before that is not judged. The reply deadline is the
    postponed one when the gemeente announced a verdaging.
    """
    by_year: dict[int, list[Advice]] = {}
    for advice in advices:
        by_year.setdefault(advice.sent_on.year, []).append(advice)
    return [summary(year, by_year[year], today) for year in sorted(by_year)]


def summary(year: int, items: Sequence[Advice], today: date) -> YearFigures:
    """The figures of some advices as one block (a year's, or a group's last 20)."""
    ack_on_time = ack_judged = reply_on_time = reply_judged = 0
    ack_days: list[int] = []
    reply_days: list[int] = []
    outcomes = dict.fromkeys(Outcome, 0)
    for advice in items:
        due = advice.deadlines
        if advice.acknowledged_on is not None:
            ack_judged += 1
            ack_on_time += advice.acknowledged_on <= due.ack.end
            ack_days.append(working_days_between(advice.sent_on, advice.acknowledged_on))
        elif advice.is_open and today > due.ack.end:
            ack_judged += 1
        if advice.answered_on is not None:
            reply_judged += 1
            reply_on_time += advice.answered_on <= due.reply.end
            reply_days.append(working_days_between(advice.sent_on, advice.answered_on))
        elif advice.is_open and today > due.reply.end:
            reply_judged += 1
        if advice.outcome is not None:
            outcomes[advice.outcome] += 1
    return YearFigures(
        year=year,
        count=len(items),
        ack_on_time=ack_on_time,
        ack_judged=ack_judged,
        reply_on_time=reply_on_time,
        reply_judged=reply_judged,
        median_ack_days=_median(ack_days),
        median_reply_days=_median(reply_days),
        outcomes=outcomes,
        withdrawn=sum(a.state is AdviceState.WITHDRAWN for a in items),
    )


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None
