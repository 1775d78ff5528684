"""Scheduled events: what the reminder engine keeps in its `due` table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


class DueState(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"  # taken by a firing run; sent or not, we do not know yet
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


# A row that fires this much later than its moment went out late (the bot was down).
LATE_AFTER = timedelta(minutes=2)
# Network errors and 5xx answers: retry after these delays, then give up and tell the group.
RETRY_DELAYS = (
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=10),
    timedelta(minutes=30),
)


@dataclass(frozen=True)
class DueEvent:
    """One scheduled message. `fire_at` is the moment its feature planned; `sends_at` is when
    the engine sends it, later when it waits for the quiet hours' end or a retry (None: the same).
    """

    id: int
    kind: str
    chat_id: int
    fire_at: datetime
    target_id: int | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    recurrence: str | None = None
    timezone: str = "Europe/Amsterdam"
    attempts: int = 0
    late: bool = False
    sends_at: datetime | None = None

    @property
    def due_at(self) -> datetime:
        """When the engine sends it (or sent it): the planned moment unless it was held."""
        return self.sends_at or self.fire_at

    def is_late(self, now: datetime) -> bool:
        return now - self.due_at > LATE_AFTER


def retry_delay(attempts: int) -> timedelta | None:
    """How long to wait before attempt number `attempts + 1`; None when it is time to give up."""
    if attempts <= 0:
        return RETRY_DELAYS[0]
    if attempts > len(RETRY_DELAYS):
        return None
    return RETRY_DELAYS[attempts - 1]
