"""Is the Bot API reachable? Watched on the long poll, reported in two log lines per outage.

`getUpdates` runs all the time, so it is the heartbeat: when it fails with a network error or
a 5xx answer (a proxy's HTML page included) the API is *down*; the next good answer makes it
*up* again. While it is down, scheduled sends that fail are postponed without using up their
retries (the message is fine, Telegram is away), and when it comes back everything that waited
goes out at once (`on_recovery`). The log says "unreachable" once and "reachable again" once,
instead of a traceback for every retry of the poll.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from schedules.clock import Clock

log = logging.getLogger("wijkbot.health")

Recovery = Callable[[], Awaitable[object]]


class ApiHealth:
    """Whether the last long poll reached the Bot API, and since when it did not."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.down_since: datetime | None = None
        self.outages = 0
        self._on_recovery: list[Recovery] = []

    @property
    def down(self) -> bool:
        return self.down_since is not None

    def on_recovery(self, callback: Recovery) -> None:
        self._on_recovery.append(callback)

    def failed(self, reason: str) -> None:
        if self.down_since is None:
            self.down_since = self.clock.now()
            self.outages += 1
            log.warning("Bot API unreachable (%s); retrying quietly", reason)

    async def succeeded(self) -> None:
        if self.down_since is None:
            return
        seconds = (self.clock.now() - self.down_since).total_seconds()
        self.down_since = None
        log.warning("Bot API reachable again after %.0f s; sending what waited", seconds)
        for callback in self._on_recovery:
            try:
                await callback()
            except Exception:
                log.exception("recovery step %s failed", getattr(callback, "__qualname__", "?"))


class WatchedRequest(BaseRequest):
    """The long-poll request, reporting each outcome to an `ApiHealth`."""

    def __init__(self, inner: BaseRequest, health: ApiHealth) -> None:
        self.inner = inner
        self.health = health

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        try:
            status, payload = await self.inner.do_request(
                url,
                method,
                request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
        except Exception as exc:
            if not isinstance(
                exc, TimedOut
            ):  # a long poll that timed out says nothing about the API
                self.health.failed(f"{type(exc).__name__}: {_short(str(exc))}")
            raise
        if status >= 500:
            self.health.failed(f"HTTP {status}")
        elif status < 400:
            await self.health.succeeded()
        return status, payload


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
