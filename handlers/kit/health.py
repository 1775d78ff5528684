"""Is the Bot API reachable? Watched on the long poll, reported in a few log lines per outage.

`getUpdates` runs all the time, so it is the heartbeat: when it fails with a network error or
a 5xx answer (a proxy's HTML page included) the API is *down*; the next good answer makes it
*up* again. While it is down, scheduled sends that fail are postponed without using up their
retries (the message is fine, Telegram is away), and when it comes back everything that waited
goes out at once (`on_recovery`). The log has one WARNING when an outage starts, at most one a
minute while it lasts and one INFO line when it ends, instead of a traceback for every retry
of the poll (PTB's own retry loop logs its retries at DEBUG and hands the error to
`Application.process_error`, where `bot.app._on_error` leaves network errors to this module).

`CalmRequest` wraps every request: a proxy's HTML error page becomes the JSON error body the
Bot API would send, so python-telegram-bot does not log a traceback for the unreadable answer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from http import HTTPStatus

import httpx
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from schedules.clock import Clock

log = logging.getLogger("wijkbot.health")

Recovery = Callable[[], Awaitable[object]]
# While an outage lasts, a reminder that it does, at most this often.
REPORT_EVERY = timedelta(minutes=1)


class ApiHealth:
    """Whether the last long poll reached the Bot API, and since when it did not."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.down_since: datetime | None = None
        self._reported: datetime = clock.now()
        self.outages = 0
        self._on_recovery: list[Recovery] = []

    @property
    def down(self) -> bool:
        return self.down_since is not None

    def on_recovery(self, callback: Recovery) -> None:
        self._on_recovery.append(callback)

    def failed(self, reason: str) -> None:
        now = self.clock.now()
        if self.down_since is None:
            self.down_since = self._reported = now
            self.outages += 1
            log.warning("Bot API unreachable: %s; retrying", reason)
        elif now - self._reported >= REPORT_EVERY:
            self._reported = now
            log.warning(
                "Bot API still unreachable after %s: %s; retrying",
                duration(now - self.down_since),
                reason,
            )

    async def succeeded(self) -> None:
        if self.down_since is None:
            return
        down_for = self.clock.now() - self.down_since
        self.down_since = None
        log.info("Bot API reachable again after %s down; sending what waited", duration(down_for))
        for callback in self._on_recovery:
            try:
                await callback()
            except Exception:
                log.exception("recovery step %s failed", getattr(callback, "__qualname__", "?"))


class CalmRequest(BaseRequest):
    """A request that turns a non-JSON error answer (a proxy's HTML page) into the Bot API's
    JSON error body, so PTB raises its usual `NetworkError` without logging a traceback."""

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner

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
        status, payload = await self.inner.do_request(
            url,
            method,
            request_data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )
        if status >= 400 and not _is_json(payload):
            payload = json.dumps(
                {"ok": False, "error_code": status, "description": f"{_phrase(status)} (proxy)"}
            ).encode()
        return status, payload


class WatchedRequest(CalmRequest):
    """The long-poll request, reporting each outcome to an `ApiHealth`."""

    def __init__(self, inner: BaseRequest, health: ApiHealth) -> None:
        super().__init__(inner)
        self.health = health

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
            status, payload = await super().do_request(
                url,
                method,
                request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
        except TimedOut as exc:
            # A long poll that timed out says nothing about the API; failing to connect does.
            if isinstance(exc.__cause__, httpx.ConnectTimeout):
                self.health.failed(f"connection timed out ({_short(str(exc.__cause__))})")
            raise
        except Exception as exc:
            self.health.failed(f"{type(exc).__name__}: {_short(str(exc))}")
            raise
        if status >= 500:
            self.health.failed(f"HTTP {status} {_phrase(status)}")
        elif status < 400:
            await self.health.succeeded()
        return status, payload


def duration(span: timedelta) -> str:
    """'45 s', '2 min 5 s', '3 h 12 min': how long an outage lasted, for the log."""
    seconds = max(0, round(span.total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def _is_json(payload: bytes) -> bool:
    try:
        json.loads(payload)
    except ValueError:
        return False
    return True


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1] + "…"
