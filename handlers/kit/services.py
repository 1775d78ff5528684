"""What every handler may use, built once by the composition root (bot/app.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from domain.flood import FloodGuard
from handlers.kit.config import Settings
from schedules.clock import Clock
from storage.db import Database

log = logging.getLogger(__name__)

ADMIN_CACHE_TTL = timedelta(minutes=10)


class AdminCache:
    """Telegram admins per chat, asked through getChatAdministrators at most every 10 minutes."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._cache: dict[int, tuple[datetime, dict[int, str]]] = {}

    async def named(self, bot: Any, chat_id: int) -> dict[int, str]:
        """The human admins of a chat, id -> full name."""
        now = self.clock.now()
        cached = self._cache.get(chat_id)
        if cached and timedelta(0) <= now - cached[0] < ADMIN_CACHE_TTL:
            return cached[1]
        try:
            members = await bot.get_chat_administrators(chat_id)
        except TelegramError as exc:
            log.warning("getChatAdministrators failed for %s: %s", chat_id, exc)
            return cached[1] if cached else {}
        named = {
            m.user.id: m.user.full_name
            for m in members
            if m.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)
            and not m.user.is_bot
        }
        self._cache[chat_id] = (now, named)
        return named

    async def admins(self, bot: Any, chat_id: int) -> frozenset[int]:
        return frozenset(await self.named(bot, chat_id))

    def forget(self, chat_id: int) -> None:
        self._cache.pop(chat_id, None)


@dataclass
class Services:
    """What every handler may use; built once by the composition root (bot/app.py)."""

    settings: Settings
    db: Database
    clock: Clock
    admins: AdminCache
    engine: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
    flood: FloodGuard = field(default_factory=FloodGuard)
    health: Any = None  # handlers.kit.health.ApiHealth: is the Bot API reachable right now?
    handled_before: set[int] = field(default_factory=set)  # updates not to run again


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    svc = context.application.bot_data["services"]
    assert isinstance(svc, Services)
    return svc
