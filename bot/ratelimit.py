"""Telegram's flood limits as sliding windows, so that the bot never gets a 429.

Telegram answers 429 beyond about 30 messages in any second overall, and 20 in any minute
in one group. PTB's `AIORateLimiter` is a leaky bucket: it lets a burst through at the start of
a window and so goes over a *rolling* window now and then. This limiter keeps, per window, the
messages that may still count against it, and admits a message only while fewer than the limit
do. Telegram counts a message somewhere between the moment we send it and the moment its answer
comes back; so a message keeps its place in the window until `period` after its answer, less
half the quickest round trip seen (the way back of one message plus the way there of the next
take at least that long). No rolling window at Telegram's end can then hold more than the
limit, and the network latency costs throughput only once, not per message. Messages to
different chats go out concurrently; the limiter is what paces them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

OVERALL_MAX = 30  # messages in any rolling second, all chats together
GROUP_MAX = 20  # messages in any rolling minute, one group
MARGIN = 0.01  # seconds added to each window, for timer and clock granularity

# What Telegram counts as messages: everything that posts or changes a message in a chat.
_COUNTED = ("send", "copymessage", "forwardmessage", "editmessage", "stoppoll")
_NOT_COUNTED = frozenset({"sendchataction"})


class Window:
    """At most `limit` messages in any rolling `period` (seconds); in-flight ones count."""

    def __init__(self, limit: int, period: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.period = period + MARGIN
        self._clock = clock
        self._done: deque[float] = deque()  # when the answers came back, oldest first
        self._in_flight = 0
        self._lock = asyncio.Lock()  # first come, first served
        self._freed = asyncio.Event()

    @property
    def idle(self) -> bool:
        self._expire()
        return not self._done and not self._in_flight and not self._lock.locked()

    def _expire(self) -> None:
        horizon = self._clock() - self.period
        while self._done and self._done[0] <= horizon:
            self._done.popleft()

    def _wait_time(self) -> float | None:
        """0 when a message may go now; else seconds until a slot frees (None: an answer)."""
        self._expire()
        if len(self._done) + self._in_flight < self.limit:
            return 0.0
        if not self._done:
            return None
        return self._done[0] + self.period - self._clock()

    async def reserve(self) -> None:
        """Wait for a free slot and take it (the caller then sends, and calls `release`)."""
        async with self._lock:
            while (wait := self._wait_time()) != 0.0:
                self._freed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._freed.wait(), wait)
            self._in_flight += 1

    def release(self, credit: float = 0.0) -> None:
        """The answer came back: the message counts for one more `period`, from `credit`
        seconds ago (the least it can have taken to come back)."""
        self._in_flight -= 1
        self._done.append(self._clock() - credit)
        self._freed.set()


class SlidingWindowLimiter(BaseRateLimiter[int]):
    """Paces messages so that no rolling second and no rolling minute per group is ever over.

    Requests that are not messages (answers to button presses, getChatAdministrators, ...) are
    not paced. After a 429 anyway, every request waits `retry_after` and is retried up to
    `max_retries` times (`rate_limit_args` overrides that per call).
    """

    def __init__(
        self,
        overall_max: int = OVERALL_MAX,
        group_max: int = GROUP_MAX,
        *,
        overall_period: float = 1.0,
        group_period: float = 60.0,
        max_retries: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._overall = Window(overall_max, overall_period, clock)
        self._group_max = group_max
        self._group_period = group_period
        self._groups: dict[int | str, Window] = {}
        self._max_retries = max_retries
        self._quickest = float("inf")  # the shortest round trip of a message so far, seconds
        self._open = asyncio.Event()
        self._open.set()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _group(self, chat_id: int | str) -> Window:
        window = self._groups.get(chat_id)
        if window is None:
            if len(self._groups) > 1000:  # forget groups with nothing left in their window
                for key in [k for k, w in self._groups.items() if w.idle]:
                    del self._groups[key]
            window = self._groups[chat_id] = Window(
                self._group_max, self._group_period, self._clock
            )
        return window

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        windows = self._windows(endpoint, data)
        for attempt in range(retries + 1):
            await self._open.wait()
            reserved: list[Window] = []
            try:
                for window in windows:  # the group first: a busy group never holds up others
                    await window.reserve()
                    reserved.append(window)
                sent = self._clock()
                answer = await callback(*args, **kwargs)
                self._quickest = min(self._quickest, self._clock() - sent)
                return answer
            except RetryAfter as exc:
                if attempt == retries:
                    raise
                pause = _seconds(exc.retry_after) + 0.1
                log.warning("Telegram asked to wait %.1f s (429); every message waits", pause)
                self._open.clear()
                await asyncio.sleep(pause)
                self._open.set()
            finally:
                credit = self._quickest / 2 if self._quickest != float("inf") else 0.0
                for window in reserved:
                    window.release(credit)
        raise AssertionError("unreachable")  # pragma: no cover

    def _windows(self, endpoint: str, data: dict[str, Any]) -> list[Window]:
        name = endpoint.lower()
        if not name.startswith(_COUNTED) or name in _NOT_COUNTED:
            return []
        chat_id = data.get("chat_id")
        with contextlib.suppress(TypeError, ValueError):
            chat_id = int(chat_id)  # type: ignore[arg-type]
        if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str):
            return [self._group(chat_id), self._overall]
        return [self._overall]


def _seconds(retry_after: Any) -> float:
    return float(
        retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else retry_after
    )
