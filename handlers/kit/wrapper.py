"""The one wrapper around every update: unit of work, chat and user, errors, replies.

A handler is a plain coroutine `async def h(turn: Turn) -> None`. The wrapper opens the unit of
work lazily, loads the chat and the user, turns `DomainError`s into friendly replies, commits
or rolls back, and logs anything unexpected with the update id. Replies commit first, so that
whatever the bot confirmed to a user is already stored.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from domain.errors import DomainError, PermissionDenied, UsageError
from domain.flood import Verdict
from domain.models import Chat, Person
from handlers.i18n import Raw, t
from handlers.kit.asking import ask_back
from handlers.kit.faults import Fault, classify, one_line
from handlers.kit.feature import Feature, command_key
from handlers.kit.resume import AskBack, Resume
from handlers.kit.services import Services, services_of
from handlers.kit.turn import ChatOf, PTBCallback, Turn, TurnHandler, plain
from storage import seen
from storage.chats import ChatRepo
from storage.db import UnitOfWork
from storage.seen import Sender

log = logging.getLogger(__name__)

# What a refusal says, by the role it needed (domain/roles.py raises PermissionDenied(role=...)).
PERMISSION_KEY = {
    "board": "error.permission.board",
    "admin": "error.permission.admin",
    "gemeente": "error.permission.gemeente",
    "action_owner": "error.permission.action_owner",
    "owner": "error.permission.owner",
}
MAX_QUOTED = 200  # characters of a user's input quoted back in an error message

_NUMBER = re.compile(r"-?\d+")
MAX_ID = 2**63 - 1  # SQLite's INTEGER; every id the bot puts in a button fits


def _forged(data: str | None) -> bool:
    """Button data no button of ours carries: longer than Telegram allows, or a number no
    id can be. (Every handler still re-checks chat and rights; this only spares them.)"""
    if data is None or len(data.encode()) > 64:
        return True
    return any(abs(int(n)) > MAX_ID for n in _NUMBER.findall(data))


async def _load(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    svc: Services,
    unit: UnitOfWork,
    chat_of: ChatOf | None = None,
) -> tuple[Chat, Person | None, bool] | None:
    """Record the chat and the user of an update; a group the bot hears from is active.

    An update without a chat is placed by `chat_of` in a chat we know; None when it has none,
    and None for an update handled before (Telegram delivers it again after a stop that came
    before the bot confirmed it: its id is stored with what it changed, so it runs once).
    """
    if update.update_id in svc.handled_before:
        log.info("update %s was handled before a restart; not again", update.update_id)
        return None
    conn = await unit.begin()
    tg_chat = update.effective_chat
    if tg_chat is not None:
        chat_id, chat_type = tg_chat.id, tg_chat.type
        title = tg_chat.title or tg_chat.full_name or tg_chat.username or str(tg_chat.id)
    else:
        placed = await chat_of(update, conn) if chat_of is not None else None
        known = await ChatRepo(conn).get(placed) if placed is not None else None
        if known is None:
            return None
        chat_id, chat_type, title = known.id, known.type, known.title
    tg_user = update.effective_user
    sender = None
    if tg_user is not None:
        sender = Sender(
            tg_user.id,
            tg_user.first_name,
            tg_user.last_name,
            tg_user.username,
            tg_user.language_code,
            tg_user.is_bot,
        )
    return await seen.record(
        conn,
        chat_id=chat_id,
        chat_type=chat_type,
        title=title,
        sender=sender,
        language=svc.settings.language,
        timezone=svc.settings.timezone,
        now=svc.clock.now(),
    )


def turn_handler(
    *,
    lifecycle: bool = False,
    group_only: bool = False,
    command: bool = False,
    chat_of: ChatOf | None = None,
) -> Callable[[TurnHandler], PTBCallback]:
    """Wrap a `Turn` handler as a PTB callback: the error boundary and unit of work per update.

    `lifecycle` handlers (added, removed, migrated) manage the chat's activity themselves;
    every other update from an inactive group quietly reactivates it. `command` handlers are
    counted by the flood guard, and asking back about their date can run them again.
    Updates without a chat (`poll`, `poll_answer`) need `chat_of` to say which chat they belong
    to; those it cannot place, and chat-less updates of handlers without it, are ignored.
    """

    def decorate(func: TurnHandler) -> PTBCallback:
        @functools.wraps(func)
        async def callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            svc = services_of(context)
            if update.effective_chat is None and chat_of is None:
                return
            if update.effective_user is None and not lifecycle and chat_of is None:
                # channel posts come without a sender; no command acts for nobody (a `poll`
                # update has none either: Telegram's view of a poll, placed by `chat_of`)
                log.debug("update %s has no sender; ignored", update.update_id)
                return
            if command and not await _flood_allows(update, svc):
                return
            unit = UnitOfWork(svc.db)
            unit.before_storing.append(
                functools.partial(
                    seen.mark_handled, update_id=update.update_id, now=svc.clock.now()
                )
            )
            turn: Turn | None = None
            try:
                loaded = await _load(update, context, svc, unit, chat_of)
                if loaded is None:
                    await unit.rollback()
                    return
                chat, person, created = loaded
                if not lifecycle and not chat.active:
                    await ChatRepo(await unit.begin()).set_active(chat.id, True, svc.clock.now())
                    chat = Chat(**{**chat.__dict__, "active": True})
                turn = Turn(update, context, svc, chat, person)
                turn.unit = unit
                turn.created = created
                name = turn.command_name if command else None
                if name is not None:
                    turn.resume = Resume("command", name, turn.text_after_command)
                if group_only:
                    turn.require_group()
                if update.callback_query is not None and _forged(update.callback_query.data):
                    raise DomainError("error.stale_button")
                await func(turn)
                await unit.commit()
                if update.callback_query is not None and not turn.answered:
                    await update.callback_query.answer()
            except AskBack as ask:
                await unit.rollback()  # nothing of the command is stored until it is settled
                assert turn is not None
                try:
                    await _load(update, context, svc, unit)
                    await ask_back(turn, ask)
                    await unit.commit()
                except DomainError as exc:
                    await unit.rollback()
                    await _answer_domain_error(update, context, svc, turn, exc)
            except DomainError as exc:
                await unit.rollback()
                await _answer_domain_error(update, context, svc, turn, exc)
            except TelegramError as exc:
                await unit.rollback()
                await _telegram_fault(update, svc, turn, func, exc)
            except Exception:
                await unit.rollback()
                log.exception("update %s failed in %s", update.update_id, func.__qualname__)
                await _apologise(update, turn, svc)

        return callback

    return decorate


async def _answer_domain_error(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    svc: Services,
    turn: Turn | None,
    exc: DomainError,
) -> None:
    lang = turn.lang if turn else svc.settings.language
    if isinstance(exc, PermissionDenied):
        text = t(lang, PERMISSION_KEY.get(str(exc.params.get("role")), PERMISSION_KEY["board"]))
    elif isinstance(exc, UsageError):
        params = dict(exc.params)
        command = str(params.pop("command", ""))
        reason = params.pop("reason", None)
        text = t(
            lang,
            "error.usage",
            usage=t(lang, command_key(command, "usage")),
            example=t(lang, command_key(command, "example")),
        )
        if reason:  # what was wrong, then how it is used
            text = t(lang, str(reason), **params) + "\n" + text
    else:
        # what the user typed is quoted back, but never at length (a message has 4096 characters)
        params = {
            name: value[:MAX_QUOTED] + "…"
            if isinstance(value, str) and not isinstance(value, Raw) and len(value) > MAX_QUOTED
            else value
            for name, value in exc.params.items()
        }
        text = t(lang, exc.key, **params)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(plain(text)[:200], show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(
                text, parse_mode=ParseMode.HTML, do_quote=True
            )
    except TelegramError:
        log.warning("could not tell update %s about %s", update.update_id, exc.key)


async def _apologise(update: Update, turn: Turn | None, svc: Services) -> None:
    lang = turn.lang if turn else svc.settings.language
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(plain(t(lang, "error.generic"))[:200])
        elif update.effective_message is not None and update.effective_message.chat.type:
            await update.effective_message.reply_text(t(lang, "error.generic"))
    except TelegramError:
        log.warning("could not apologise for update %s", update.update_id)


async def _telegram_fault(
    update: Update, svc: Services, turn: Turn | None, func: TurnHandler, exc: TelegramError
) -> None:
    """A reply (or another Bot API call) failed. Whatever was stored stays stored: replies
    commit first. Only our own mistakes get a traceback and an apology; the rest is a day in
    the life of a bot and takes one log line."""
    chat = update.effective_chat
    chat_id = chat.id if chat else None
    fault = classify(exc)
    where = f"update {update.update_id} ({func.__qualname__}) in chat {chat_id}"
    if fault is Fault.GONE:
        log.warning(
            "%s: the bot can no longer write there (%s); chat marked inactive", where, one_line(exc)
        )
        if chat_id is not None:
            svc.admins.forget(chat_id)
            try:
                async with svc.db.transaction() as conn:
                    await ChatRepo(conn).set_active(chat_id, False, svc.clock.now())
            except Exception:
                log.exception("could not mark chat %s inactive", chat_id)
    elif fault is Fault.BENIGN:
        log.info("%s: %s (nothing to do)", where, one_line(exc))
    elif fault in (Fault.NETWORK, Fault.RATE):
        log.warning("%s: reply not delivered, %s", where, one_line(exc))
    else:
        log.error("update %s failed in %s", update.update_id, func.__qualname__, exc_info=exc)
        await _apologise(update, turn, svc)


async def _flood_allows(update: Update, svc: Services) -> bool:
    """Count a command; the one that tips a user over the limit gets "rustig aan", once."""
    user = update.effective_user
    if user is None or user.is_bot or svc.flood.limit <= 0:
        return True
    verdict = svc.flood.check(user.id, svc.clock.now())
    if verdict is Verdict.SERVE:
        return True
    if verdict is Verdict.WARN:
        chat = update.effective_chat
        lang = svc.settings.language
        if chat is not None:
            async with svc.db.transaction() as conn:
                known = await ChatRepo(conn).get(chat.id)
            lang = known.language if known else lang
        minutes = max(1, round(svc.flood.pause.total_seconds() / 60))
        log.warning("user %s sent too many commands; ignoring them for %s min", user.id, minutes)
        message = update.effective_message
        if message is not None:
            try:
                await message.reply_text(
                    t(lang, "flood.slow_down", name=user.first_name, count=minutes),
                    parse_mode=ParseMode.HTML,
                    do_quote=True,
                )
            except TelegramError as exc:
                log.warning("could not ask user %s to slow down: %s", user.id, one_line(exc))
    return False


async def forget_handled_updates(svc: Services) -> None:
    async with svc.db.transaction() as conn:
        await seen.forget_handled(conn, svc.clock.now())


async def remember_handled_updates(svc: Services) -> None:
    """At start-up, before Telegram delivers again what the bot had not confirmed: the updates
    that already stored what they did (checked in memory, not with a query per update)."""
    async with svc.db.transaction() as conn:
        await seen.forget_handled(conn, svc.clock.now())
        svc.handled_before = await seen.handled_lately(conn)


# The update wrapper's own upkeep, listed with the features in handlers/__init__.py.
FEATURE = Feature(
    "updates", at_startup=(remember_handled_updates,), daily=(forget_handled_updates,)
)
