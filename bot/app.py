"""The composition root: builds the Application, opens the store, starts the engine."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import takewhile
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.jobstores.base import JobLookupError
from telegram import Update
from telegram.error import NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder, BaseRateLimiter
from telegram.request import BaseRequest, HTTPXRequest

import handlers
from bot.ratelimit import SlidingWindowLimiter
from domain.flood import FloodGuard
from handlers.kit.config import Settings
from handlers.kit.health import ApiHealth, CalmRequest, WatchedRequest
from handlers.kit.outbox import Outbox, bind, failure_notice
from handlers.kit.sections import SECTIONS, composer
from handlers.kit.services import AdminCache, Services, services_of
from handlers.kit.version import __version__
from schedules.clock import Clock, SystemClock
from schedules.engine import ReminderEngine
from schedules.when import from_rrule_text, next_occurrence, warm_up
from storage.backup import ProcessLock
from storage.chats import ChatRepo
from storage.db import Database
from storage.migrations import migrate

log = logging.getLogger("wijkbot")

# The Telegram update types the features need (getUpdates' allowed_updates).
ALLOWED_UPDATES = handlers.UPDATES


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
    # RetryAfter.retry_after as a timedelta (PTB 22 warns about the old float otherwise).
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    clock = clock or SystemClock()
    health = ApiHealth(clock)
    # The long poll is the heartbeat that tells whether the Bot API is reachable.
    polling = WatchedRequest(get_updates_request or HTTPXRequest(connection_pool_size=1), health)
    builder = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.base_file_url)
        .rate_limiter(rate_limiter or SlidingWindowLimiter())
        .post_init(start_services)
        .post_shutdown(stop_services)
    )
    builder = builder.request(CalmRequest(request or HTTPXRequest(connection_pool_size=256)))
    builder = builder.get_updates_request(polling)
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["clock"] = clock
    app.bot_data["health"] = health
    handlers.register(app)
    app.add_error_handler(_on_error)
    return app


async def start_services(app: Application) -> None:  # type: ignore[type-arg]
    """Open the database, migrate, publish the command menu, start the reminder engine."""
    settings: Settings = app.bot_data["settings"]
    clock: Clock = app.bot_data["clock"]
    if str(settings.database_path) != ":memory:":
        # One bot per database; `python -m bot restore` checks this same lock (storage/backup.py).
        lock = ProcessLock(settings.database_path)
        lock.acquire()
        app.bot_data["lock"] = lock
    db = await Database.open(settings.database_path)
    await migrate(db)
    await db.analyze()  # fresh planner statistics; again once a day (ANALYZE_JOB)
    warm_up()  # the date reader's first call is slow; pay for it before the first user does
    health: ApiHealth = app.bot_data["health"]
    svc = Services(
        settings=settings,
        db=db,
        clock=clock,
        admins=AdminCache(clock),
        health=health,
        flood=FloodGuard(limit=settings.flood_limit),
    )
    app.bot_data["services"] = svc
    engine = ReminderEngine(db, clock, arm=_timer(app), recur=_recur)
    outbox = Outbox(svc, app.bot)
    sections = {kind: e.section for kind, e in handlers.EVENTS.items() if e.section is not None}
    together = bind(outbox, composer(sections))
    for kind, event in handlers.EVENTS.items():
        if event.sender is not None:
            engine.register(kind, bind(outbox, event.sender), event.timing)
        else:
            engine.register(kind, together, event.timing, bundle=SECTIONS, daily=event.daily)
    engine.on_failure(failure_notice(outbox))
    svc.engine = engine
    health.on_recovery(engine.resume)
    try:
        await handlers.publish_commands(app.bot)
    except TelegramError as exc:
        log.warning("could not publish the command menu: %s", exc)
    async with db.transaction() as conn:
        groups = await ChatRepo(conn).count_groups()
    for chore in handlers.AT_STARTUP:
        await chore(svc)
    if app.job_queue is not None:
        app.job_queue.run_repeating(
            _daily_chores, interval=timedelta(days=1), first=timedelta(hours=1), name=CHORES_JOB
        )
        app.job_queue.run_repeating(
            _daily_analyze, interval=timedelta(days=1), first=timedelta(days=1), name=ANALYZE_JOB
        )
    await apply_waiting_updates(app)
    late = await engine.start()
    pending = await engine.pending()
    running = [service for make in handlers.SERVICES if (service := make(outbox)) is not None]
    for service in running:
        await service.start()
    app.bot_data["running"] = running
    log.info(
        "Wijkbot %s started: database=%s groups=%d pending_events=%d sent_at_startup=%d",
        __version__,
        settings.database_path,
        groups,
        pending,
        late,
    )


WAITING_ROUNDS = 50  # x 100 updates: what a group can do in a long night without the bot


async def apply_waiting_updates(app: Application) -> int:  # type: ignore[type-arg]
    """Before sending what fell due while the bot was down, apply the votes and button presses
    people made meanwhile.

    Telegram keeps the updates of a stopped bot, and they happened before this start: a vote
    cast before a poll's deadline must count in the result sent now, an advice acknowledged
    with its button meanwhile must not be chased. Applied in order up to the first message:
    messages (commands) wait for polling as always, after the start-up sending, because their
    replies would hold it up behind Telegram's per-group rate limit. Only what was applied is
    confirmed (the getUpdates offset); a kill on the way delivers it again, and a vote or a
    press applied twice changes nothing.
    """
    offset: int | None = None
    applied = 0
    for _ in range(WAITING_ROUNDS):
        try:
            updates = await app.bot.get_updates(
                offset=offset, timeout=0, limit=100, allowed_updates=ALLOWED_UPDATES
            )
        except TelegramError as exc:  # e.g. a webhook is still set: polling will sort it out
            log.info("could not read the updates that waited: %s", exc)
            break
        quiet = list(
            takewhile(lambda u: bool(u.poll_answer or u.poll or u.callback_query), updates)
        )
        for update in quiet:
            await app.process_update(update)
        applied += len(quiet)
        if quiet:
            offset = quiet[-1].update_id + 1
        if len(quiet) < len(updates) or not updates:
            break
    if offset is not None:  # confirm what was applied; the rest stays for polling
        with contextlib.suppress(TelegramError):
            await app.bot.get_updates(offset=offset, timeout=0, limit=1)
    if applied:
        log.info("applied %d vote(s) and button press(es) made while the bot was down", applied)
    return applied


ENGINE_JOB = "wijkbot-engine"
CHORES_JOB = "wijkbot-daily"
ANALYZE_JOB = "wijkbot-analyze"


async def _daily_analyze(context: Any) -> None:
    """Once a day: the planner's statistics follow the tables as they grow."""
    svc = context.application.bot_data.get("services")
    if isinstance(svc, Services):
        await svc.db.analyze()


async def _daily_chores(context: Any) -> None:
    """Once a day, what the features do without an update (e.g. forgetting groups that removed
    the bot longer ago than their retention); one failing chore does not stop the others."""
    svc = context.application.bot_data.get("services")
    if not isinstance(svc, Services):
        return
    for chore in handlers.DAILY:
        try:
            await chore(svc)
        except Exception:
            log.exception("daily chore %s failed", chore.__qualname__)


def _timer(app: Application) -> Callable[[float], None]:  # type: ignore[type-arg]
    """The engine's one armed timer: a single JobQueue job, replaced on every re-arm."""

    async def fire(context: Any) -> None:
        svc = app.bot_data.get("services")
        if isinstance(svc, Services) and svc.engine is not None:
            await svc.engine.tick()

    def arm(delay: float) -> None:
        if app.job_queue is None:
            return
        for job in app.job_queue.get_jobs_by_name(ENGINE_JOB):
            with contextlib.suppress(JobLookupError):
                job.schedule_removal()
        app.job_queue.run_once(
            fire,
            when=delay,
            name=ENGINE_JOB,
            # a timer that comes due while the bot is still starting runs late, never not at all
            job_kwargs={"id": ENGINE_JOB, "replace_existing": True, "misfire_grace_time": None},
        )

    return arm


def _recur(rule: str, after: datetime, timezone: str) -> datetime:
    return next_occurrence(from_rrule_text(rule), after, ZoneInfo(timezone))


async def stop_services(app: Application) -> None:  # type: ignore[type-arg]
    lock = app.bot_data.pop("lock", None)
    for service in app.bot_data.pop("running", []):
        try:
            await service.stop()
        except Exception:
            log.exception("stopping %s failed", type(service).__name__)
    svc = app.bot_data.get("services")
    if isinstance(svc, Services):
        if app.job_queue is not None:
            for name in (ENGINE_JOB, CHORES_JOB):
                for job in app.job_queue.get_jobs_by_name(name):
                    job.schedule_removal()
        await svc.db.close()
        del app.bot_data["services"]
    if isinstance(lock, ProcessLock):
        lock.release()  # after the database is closed


async def _on_error(update: object, context: Any) -> None:
    """Errors outside the update wrapper (network trouble while polling, jobs): log them.

    A failed long poll is reported by `ApiHealth` (once when the API goes, once when it is
    back), not with a traceback for every retry.
    """
    if update is None and isinstance(context.error, NetworkError):
        log.debug("polling failed: %s", context.error)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=context.error)


__all__ = ["build_application", "services_of", "start_services", "stop_services"]
