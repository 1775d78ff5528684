"""The harness: the real Application, a real SQLite file, the fake Bot API in-process, a fake clock.

Tests push real `Update`s through `Application.process_update`; nothing of ours is mocked. The
fixtures that build one (`clock`, `fake`, `bot`) are in tests/conftest.py.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter, Application

from bot.app import build_application, start_services, stop_services
from fakegram import ANNA, DUINDORP, Change, FakeRequest, FakeTelegram
from handlers.kit.config import Settings
from handlers.kit.services import Services
from schedules.clock import FakeClock

os.environ.setdefault("PTB_TIMEDELTA", "1")  # RetryAfter.retry_after as timedelta, no warning

TOKEN = "424242:AAFakeTokenForWijkbotTests"
# Wednesday 25 November 2026, 15:00 in Amsterdam.
START = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


class Harness:
    """One running bot against the fake API; `restart()` keeps the database and the fake."""

    def __init__(self, db_path: Path, clock: FakeClock, fake: FakeTelegram, **settings: Any):
        self.db_path = db_path
        self.clock = clock
        self.fake = fake
        self.settings = Settings(
            bot_token=TOKEN,  # type: ignore[arg-type]
            database_path=db_path,
            telegram_api_url="http://127.0.0.1:9/bot",
            # The fake clock stands still while a test types: no flood control unless asked.
            **{"flood_limit": 0, **settings},
        )
        self.app: Application | None = None  # type: ignore[type-arg]

    async def start(self) -> None:
        self.app = build_application(
            self.settings,
            clock=self.clock,
            request=FakeRequest(self.fake),
            get_updates_request=FakeRequest(self.fake),
            rate_limiter=AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3),
        )
        await self.app.initialize()
        await start_services(self.app)

    async def stop(self) -> None:
        if self.app is not None:
            await stop_services(self.app)
            await self.app.shutdown()
            self.app = None

    async def restart(self, after: timedelta | None = None) -> None:
        """Stop the bot, let time pass while it is down, start it again."""
        await self.stop()
        if after is not None:
            self.clock.advance(after)
        await self.start()

    @property
    def services(self) -> Services:
        assert self.app is not None
        svc = self.app.bot_data["services"]
        assert isinstance(svc, Services)
        return svc

    async def process(self, update: dict[str, Any]) -> list[Change]:
        """Feed one update through the Application; return bot messages that appeared or changed."""
        assert self.app is not None
        marker = self.fake.mark()
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return self.fake.changes_since(marker)

    async def say(
        self, text: str, user: Any = ANNA, chat: Any = DUINDORP, **kw: Any
    ) -> list[Change]:
        return await self.process(self.fake.message(chat, user, text, **kw))

    async def press(
        self, label: str, user: Any = ANNA, chat: Any = DUINDORP, message_id: int | None = None
    ) -> list[Change]:
        return await self.process(self.fake.press(chat, user, label, message_id))

    async def advance(self, delta: timedelta) -> list[Change]:
        """Move the clock; the engine sends whatever fell due."""
        marker = self.fake.mark()
        self.clock.advance(delta)
        engine = self.services.engine
        if engine is not None:
            await engine.tick()
        return self.fake.changes_since(marker)

    async def sql(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        async with self.services.db.transaction() as conn:
            async with conn.execute(query, params) as cur:
                return [tuple(row) async for row in cur]
