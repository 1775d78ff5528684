"""Telegram's flood limits, enforced strictly: 429 the moment a rolling window would be over.

Telegram refuses (429, with ``retry_after``) a bot that sends more than about 30 messages in
any second overall, or 20 in any minute to one group. Off unless asked
(:meth:`fakegram.faults.Faults.limit_floods`): tests type faster than any person. Counted are
the calls that post a message (``send*`` but ``sendChatAction``, ``copyMessage(s)``,
``forwardMessage(s)``), at the moment they arrive, by the real (monotonic) clock; a refused
call does not count.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

OVERALL_PER_SECOND = 30
GROUP_PER_MINUTE = 20


def posts_a_message(method: str) -> bool:
    low = method.lower()
    if low == "sendchataction":
        return False
    return low.startswith(("send", "copymessage", "forwardmessage"))


@dataclass(frozen=True)
class Refusal:
    at: float  # monotonic seconds
    method: str
    chat_id: Any
    window: str  # "second" (overall) or "minute" (the group's)


class FloodLimits:
    """Sliding windows over message arrivals: overall per second, per group per minute."""

    def __init__(
        self,
        per_second: int = OVERALL_PER_SECOND,
        per_minute_group: int = GROUP_PER_MINUTE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_second = per_second
        self.per_minute_group = per_minute_group
        self._clock = clock
        self._overall: deque[float] = deque()
        self._groups: dict[Any, deque[float]] = {}
        self.accepted = 0
        self.refused: list[Refusal] = []

    def check(self, method: str, params: Mapping[str, Any]) -> int | None:
        """None: the call may pass (and now counts); else the seconds to wait (answer 429)."""
        if not posts_a_message(method):
            return None
        now = self._clock()
        while self._overall and self._overall[0] <= now - 1.0:
            self._overall.popleft()
        chat_id = _chat_key(params.get("chat_id"))
        group = self._groups.setdefault(chat_id, deque()) if _is_group(chat_id) else None
        if group is not None:
            while group and group[0] <= now - 60.0:
                group.popleft()
        wait: float | None = None
        if len(self._overall) >= self.per_second:
            wait, window = self._overall[0] + 1.0 - now, "second"
        elif group is not None and len(group) >= self.per_minute_group:
            wait, window = group[0] + 60.0 - now, "minute"
        if wait is not None:
            self.refused.append(Refusal(now, method, chat_id, window))
            return max(1, math.ceil(wait))
        self._overall.append(now)
        if group is not None:
            group.append(now)
        self.accepted += 1
        return None


def _chat_key(value: Any) -> Any:
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


def _is_group(chat_id: Any) -> bool:
    return (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str)
