"""The fake Bot API: one object answering ``call(method, params, files)`` like Telegram.

Every method is an ``_m_<snake_name>`` coroutine in one of the mixins of ``fakegram.methods``;
the camel-case Bot API name is derived from it, so a new method needs nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fakegram.faults import Faults
from fakegram.methods.bot import BotSettings
from fakegram.methods.chats import Chats
from fakegram.methods.files import Media
from fakegram.methods.messages import Messages
from fakegram.methods.polls import Polls
from fakegram.model import Call
from fakegram.users import Users
from fakegram.wire import JSON, ApiError, Files, Unreachable, decode_json, error_body, int_param


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(p.title() for p in rest)


# Bot API names, lower-cased -> as Telegram spells them; filled from the ``_m_`` methods below.
_CANONICAL: dict[str, str] = {}


class FakeTelegram(Messages, Chats, Polls, Media, BotSettings, Users, Faults):
    """The in-memory Bot API. See the package docstring."""

    # -- the API entry point -------------------------------------------------------------

    async def call(
        self, method: str, params: Mapping[str, Any], files: Files | None = None
    ) -> tuple[int, JSON]:
        """Handle one Bot API call: returns (HTTP status, JSON body)."""
        self._check_reachable()
        name = _CANONICAL.get(method.lower(), method)
        params = dict(params)
        self.calls.append(
            Call(
                name,
                params,
                self.now(),
                {k: (fn, len(data)) for k, (fn, data) in (files or {}).items()},
            )
        )
        polling = name == "getUpdates"
        if not polling:
            self._inflight += 1
            self._touch()
        try:
            if self.latency and not polling:
                await asyncio.sleep(self.latency / 2)  # on the way there
            hang = self._take(self._hangs, name)
            if hang is not None:
                await asyncio.sleep(hang.seconds)
            if self.flood is not None and (wait := self.flood.check(name, params)) is not None:
                return 429, error_body(429, retry_after=wait)
            fault = self._take(self._faults, name)
            if fault is not None:
                if fault.html:
                    raise Unreachable(fault.status)  # the adapters answer with the proxy's page
                return fault.status, copy.deepcopy(fault.body)
            handler: Callable[[JSON, Files], Awaitable[Any]] | None = getattr(
                self, f"_m_{_snake(name)}", None
            )
            if name not in _CANONICAL.values() or handler is None:
                return 404, error_body(404, "Not Found: method not found")
            try:
                result = await handler(params, files or {})
            except ApiError as exc:
                return exc.status, copy.deepcopy(exc.body)
            slow = self._take(self._slow, name)
            if slow is not None:
                await asyncio.sleep(slow.seconds)
            return 200, {"ok": True, "result": copy.deepcopy(result)}
        finally:
            if self.latency and not polling:
                await asyncio.sleep(self.latency / 2)  # and back
            if not polling:
                self._inflight -= 1
                self._touch()

    def _event_for_this_loop(self) -> asyncio.Event:
        """The wake-up event, renewed when a new event loop uses this fake (e.g. a restart)."""
        loop = asyncio.get_running_loop()
        if self._event_loop is not loop:
            self._event_loop = loop
            self._update_event = asyncio.Event()
        return self._update_event

    def _allowed(self, update: JSON) -> bool:
        if not self._allowed_updates:
            return True
        kinds = [k for k in update if k != "update_id"]
        return any(k in self._allowed_updates for k in kinds)

    async def _m_get_updates(self, params: JSON, _files: Files) -> list[JSON]:
        offset = int_param(params, "offset", 0) or 0
        limit = max(1, min(100, int_param(params, "limit", 100) or 100))
        timeout = max(0.0, min(float(params.get("timeout") or 0), self.max_long_poll))
        allowed = decode_json(params.get("allowed_updates"))
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed]
        if offset > 0:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        elif offset < 0:
            self._queue = self._queue[offset:]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self._queue = [u for u in self._queue if self._allowed(u)]
            if self._queue:
                break
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            event = self._event_for_this_loop()
            event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)
            self._check_reachable()  # the connection drops if the API went down
        batch = self._queue[:limit]
        if batch:
            self._delivered_upto = max(self._delivered_upto, batch[-1]["update_id"])
            self._touch()
        return batch

    async def wait_idle(self, quiet: float = 0.15, timeout: float = 10) -> None:  # noqa: ASYNC109
        """Wait until every queued update was delivered and no other call came for ``quiet`` s."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            now = loop.time()
            if self.undelivered == 0 and self._inflight == 0 and now - self._last_activity >= quiet:
                return
            if now >= deadline:
                raise TimeoutError(
                    f"fake Bot API not idle after {timeout}s "
                    f"(undelivered={self.undelivered}, in flight={self._inflight})"
                )
            await asyncio.sleep(min(0.02, max(0.001, deadline - now)))


_CANONICAL.update(
    {_camel(n[3:]).lower(): _camel(n[3:]) for n in dir(FakeTelegram) if n.startswith("_m_")}
)
