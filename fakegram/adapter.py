"""The in-process adapter: python-telegram-bot's ``BaseRequest`` answered by the fake."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import urlsplit

from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from fakegram.core import FakeTelegram
from fakegram.wire import JSON, Files, Unreachable


class FakeRequest(BaseRequest):
    """``telegram.Bot(token, request=FakeRequest(fake), get_updates_request=FakeRequest(fake))``.

    ``timeout`` (seconds) turns a too-long :meth:`FakeTelegram.hang_next` into ``TimedOut`` for
    every method but getUpdates (whose long poll is bounded by its own ``timeout``).
    """

    def __init__(self, fake: FakeTelegram, timeout: float | None = 5.0) -> None:
        self.fake = fake
        self.timeout = timeout

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

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
        api_method = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        params: JSON = dict(request_data.parameters) if request_data else {}
        files: Files | None = None
        if request_data is not None and request_data.contains_files:
            files = {}
            for key, (filename, content, _mime) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                files[key] = (filename, data)
        timeout: float | None = self.timeout
        if not isinstance(read_timeout, DefaultValue) and read_timeout is not None:
            timeout = read_timeout if timeout is None else min(timeout, read_timeout)
        coro = self.fake.call(api_method, params, files)
        try:
            if api_method.lower() == "getupdates" or timeout is None:
                status, body = await coro
            else:
                try:
                    status, body = await asyncio.wait_for(coro, timeout)
                except TimeoutError:
                    raise TimedOut(f"fake Bot API: {api_method} timed out") from None
        except Unreachable as down:
            if down.status is None:
                raise NetworkError("fake Bot API: connection refused") from None
            return down.status, down.page
        return status, json.dumps(body, ensure_ascii=False).encode()
