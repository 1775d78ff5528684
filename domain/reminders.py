"""Reminders set with /herinner: who may cancel them, and what a reminder message shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.errors import PermissionDenied
from domain.roles import Standing

MAX_TEXT = 500


class ReminderState(StrEnum):
    ACTIVE = "active"  # a pending occurrence (or snooze) is in the due table
    FIRED = "fired"  # a one-off that went out; it may come back when snoozed
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Reminder:
    id: int
    chat_id: int
    created_by: int
    text: str
    recurrence: str | None
    state: ReminderState
    creator_name: str = ""

    def require_cancel_right(self, user_id: int, standing: Standing) -> None:
        """The person who set it, or a board member (in private: only your own)."""
        if user_id != self.created_by and not standing.is_board:
            raise PermissionDenied(role="owner")


@dataclass(frozen=True)
class SentReminder:
    """One reminder inside one bot message, and whether someone marked it done."""

    reminder: Reminder
    done_by: str | None = None
    snoozed_until: str | None = None
