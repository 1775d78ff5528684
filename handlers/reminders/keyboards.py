"""A reminder's buttons and the pages of /herinneringen: their typed data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from handlers.kit.callbacks import CallbackData


class ReminderOp(StrEnum):
    CANCEL = "cancel"  # under the confirmation
    CANCEL_LISTED = "x"  # in /herinneringen (arg: the page, redrawn after)
    LATER = "later"  # under a fired reminder: show the snooze choices
    SNOOZE = "snooze"  # arg: one of SNOOZES
    DONE = "done"
    BACK = "back"  # from the snooze choices


class Snooze(StrEnum):
    HOUR = "h1"
    TOMORROW = "tm"  # tomorrow at the group's default time
    NEXT_WEEK = "nw"


SNOOZE_LABEL = {
    Snooze.HOUR: "remind.button.h1",
    Snooze.TOMORROW: "remind.button.tm",
    Snooze.NEXT_WEEK: "remind.button.nw",
}


@dataclass(frozen=True)
class ListPage(CallbackData, prefix="rem:list"):
    """A page of /herinneringen."""

    page: int


@dataclass(frozen=True)
class ReminderPress(CallbackData, prefix="rem"):
    """rem:cancel|x|later|snooze|done|back:<reminder>[:<page or snooze choice>]."""

    op: ReminderOp
    reminder_id: int
    arg: str = ""
