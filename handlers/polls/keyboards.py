"""A poll's buttons: their typed data and the rows they sit in."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.polls import Poll
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.turn import Button


class PollOp(StrEnum):
    CLOSE = "close"
    DECIDE = "decide"
    REOPEN = "reopen"


@dataclass(frozen=True)
class PollPress(CallbackData, prefix="poll"):
    """poll:close[:id] | decide:id | reopen:id (no id: the poll message the button sits on)."""

    op: PollOp
    poll_id: int | None = None


def close_buttons(lang: str) -> list[list[Button]]:
    """Under the native poll itself: close it now."""
    return [[(label(lang, "poll.button.close"), PollPress(PollOp.CLOSE))]]


def result_buttons(lang: str, poll: Poll) -> list[list[Button]]:
    """Under the result: log it as a decision, or reopen; none once it is a decision."""
    if poll.decision_id is not None:
        return []
    return [
        [(label(lang, "poll.button.decide"), PollPress(PollOp.DECIDE, poll.id))],
        [(label(lang, "poll.button.reopen"), PollPress(PollOp.REOPEN, poll.id))],
    ]
