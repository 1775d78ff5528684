"""The composition root: builds the Application, opens the store, starts the engine."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, BaseRateLimiter
from telegram.request import BaseRequest

import handlers
from bot import __version__
from bot.config import Settings
from handlers.boundary import AdminCache, Services, services_of
from schedules.clock import Clock, SystemClock
from storage.chats import ChatRepo
from storage.db import Database
from storage.migrations import migrate

log = logging.getLogger("wijkbot")

ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
    Update.POLL,
    Update.POLL_ANSWER,
]


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
) -> Application:  # type: ignore[type-arg]
    """The real bot, wired; `request`s and `clock` are injected by the tests and the demo."""
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is required to build the application")
    builder = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.base_file_url)
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=3))
        .post_init(start_services)
        .post_shutdown(stop_services)
    )
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["clock"] = clock or SystemClock()
    handlers.register(app)
    app.add_error_handler(_on_error)
    return app


async def start_services(app: Application) -> None:  # type: ignore[type-arg]
    """Open the database, migrate, publish the command menu, start the reminder engine."""
    settings: Settings = app.bot_data["settings"]
    clock: Clock = app.bot_data["clock"]
    db = await Database.open(settings.database_path)
    await migrate(db)
    svc = Services(settings=settings, db=db, clock=clock, admins=AdminCache(clock))
    app.bot_data["services"] = svc
    try:
        await handlers.publish_commands(app.bot)
    except TelegramError as exc:
        log.warning("could not publish the command menu: %s", exc)
    async with db.transaction() as conn:
        groups = await ChatRepo(conn).count_groups()
    pending = 0
    log.info(
        "Wijkbot %s started: database=%s groups=%d pending_events=%d",
        __version__,
        settings.database_path,
        groups,
        pending,
    )


async def stop_services(app: Application) -> None:  # type: ignore[type-arg]
    svc = app.bot_data.get("services")
    if isinstance(svc, Services):
        await svc.db.close()
        del app.bot_data["services"]


async def _on_error(update: object, context: Any) -> None:
    """Errors outside the update wrapper (network trouble while polling, jobs): log them."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=context.error)


__all__ = ["build_application", "services_of", "start_services", "stop_services"]
