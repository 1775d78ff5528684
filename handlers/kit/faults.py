"""What a Bot API error means for Wijkbot: one classification for replies and scheduled sends.

Telegram answers in plain English sentences; the hints below are the parts of those sentences
that decide what to do. Both the update wrapper (replies) and the delivery layer (the engine's
sends) ask `classify()`, so a new hint helps both at once.
"""

from __future__ import annotations

from enum import StrEnum

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

# The bot may no longer write to the chat: kicked, blocked, the group is gone.
GONE_HINTS = (
    "chat not found",
    "bot was kicked",
    "bot was blocked",
    "not a member",
    "have no rights to send",
    "not enough rights to send",
    "group chat was deactivated",
    "user is deactivated",
)
# A normal day for a bot, not an error: nothing to retry, nobody to apologise to.
BENIGN_HINTS = (
    "message is not modified",
    "message to edit not found",
    "message to delete not found",
    "message can't be edited",
    "there is no text in the message to edit",  # a (forged) button on a sent file
    "message can't be deleted",
    "not enough rights",  # to pin, to delete someone's message: checked after GONE_HINTS
    "query is too old",
    "message to pin not found",
    "message to unpin not found",
)


class Fault(StrEnum):
    GONE = "gone"  # stop writing to this chat; mark it inactive, keep its data
    NETWORK = "network"  # the API did not answer (timeout, connection, 5xx, proxy page)
    RATE = "rate"  # 429: wait `retry_after`
    MOVED = "moved"  # the group became a supergroup
    BENIGN = "benign"  # a normal day: not modified, already deleted, no right to pin
    OTHER = "other"  # our own mistake (bad markup, a bug): log it with its traceback


def classify(exc: BaseException) -> Fault:
    """The meaning of one exception raised by a Bot API call."""
    if isinstance(exc, RetryAfter):
        return Fault.RATE
    if isinstance(exc, ChatMigrated):
        return Fault.MOVED
    text = str(exc).lower()
    if isinstance(exc, Forbidden):
        return Fault.GONE
    if isinstance(exc, BadRequest):
        if any(hint in text for hint in GONE_HINTS):
            return Fault.GONE
        if any(hint in text for hint in BENIGN_HINTS):
            return Fault.BENIGN
        return Fault.OTHER
    if isinstance(exc, NetworkError):  # TimedOut, connection errors, 5xx and HTML error pages
        return Fault.NETWORK
    return Fault.OTHER


def one_line(exc: BaseException, limit: int = 160) -> str:
    """An exception as a short single log line (a proxy's HTML error page can be long)."""
    text = " ".join(str(exc).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"{type(exc).__name__}: {text}"


def refused(exc: BaseException) -> bool:
    """Telegram refused because the group did not give the bot a right (to pin, say): the
    group's choice, to be explained once, never a passing failure."""
    return (
        isinstance(exc, BadRequest)
        and "not enough rights" in str(exc).lower()
        and (classify(exc) is Fault.BENIGN)
    )
