"""Importable helpers and fixtures around the fake Bot API (``fakegram``).

Use the context managers directly, or register the fixtures from a conftest with
``pytest_plugins = ["tests.support.fakes"]`` (fixtures: ``fake_clock``, ``fake_tg``,
``fake_server``, ``fake_bot``, ``http_bot``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import pytest
from telegram import Bot

from fakegram import FakeBotAPIServer, FakeRequest, FakeTelegram
from schedules.clock import FakeClock

TOKEN = "424242:AAFakeTokenForWijkbotTests"
START = datetime(2026, 11, 16, 19, 30, tzinfo=UTC)


def make_fake(start: datetime = START) -> tuple[FakeTelegram, FakeClock]:
    clock = FakeClock(start)
    return FakeTelegram(clock), clock


def in_process_bot(fake: FakeTelegram, token: str = TOKEN) -> Bot:
    """A ``telegram.Bot`` talking to ``fake`` in-process (no sockets)."""
    return Bot(token, request=FakeRequest(fake), get_updates_request=FakeRequest(fake))


@asynccontextmanager
async def running_server(fake: FakeTelegram | None = None) -> AsyncIterator[FakeBotAPIServer]:
    """A started :class:`FakeBotAPIServer` on a free 127.0.0.1 port, stopped on exit."""
    server = FakeBotAPIServer(fake if fake is not None else FakeTelegram())
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@asynccontextmanager
async def http_bot_for(server: FakeBotAPIServer, token: str = TOKEN) -> AsyncIterator[Bot]:
    """An initialised ``telegram.Bot`` (real HTTPXRequest) against ``server``; shut down on exit."""
    bot = Bot(token, base_url=server.base_url)
    async with bot:
        yield bot


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def fake_tg(fake_clock: FakeClock) -> FakeTelegram:
    return FakeTelegram(fake_clock)


@pytest.fixture
async def fake_server(fake_tg: FakeTelegram) -> AsyncIterator[FakeBotAPIServer]:
    async with running_server(fake_tg) as server:
        yield server


@pytest.fixture
async def fake_bot(fake_tg: FakeTelegram) -> AsyncIterator[Bot]:
    bot = in_process_bot(fake_tg)
    async with bot:
        yield bot


@pytest.fixture
async def http_bot(fake_server: FakeBotAPIServer) -> AsyncIterator[Bot]:
    async with http_bot_for(fake_server) as bot:
        yield bot
