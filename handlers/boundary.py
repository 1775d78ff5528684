"""The one wrapper around every update: unit of work, chat and user, errors, replies.

A handler is a plain coroutine `async def h(turn: Turn) -> None`. The wrapper opens the unit of
work lazily, loads the chat and the user, turns `DomainError`s into friendly replies, commits
or rolls back, and logs anything unexpected with the update id. Replies commit first, so that
whatever the bot confirmed to a user is already stored.
"""

from __future__ import annotations

import functools
import html
import logging
import re
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import (
    Bot,
    CallbackQuery,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    Update,
)
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.config import Settings
from bot.i18n import Raw, label, t
from domain.errors import DomainError, PermissionDenied, UsageError
from domain.flood import FloodGuard, Verdict
from domain.models import Chat, Person
from domain.roles import Role, Standing
from domain.settings import GroupSettings
from handlers.asking import AskBack, Resume, ask_back
from handlers.faults import Fault, classify, one_line
from schedules.clock import Clock
from schedules.when import (
    Recurrence,
    Unsettled,
    When,
    read_when,
    recurrence_unsettled,
    split_reading,
    split_recurrence,
)
from storage import seen
from storage.chats import ChatRepo
from storage.db import Database, UnitOfWork
from storage.people import PeopleRepo
from storage.prompts import PromptRepo
from storage.roles import RoleRepo
from storage.seen import Sender
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)

ADMIN_CACHE_TTL = timedelta(minutes=10)
MAX_QUOTED = 200  # characters of a user's input quoted back in an error message
# Telegram sends messages of anonymous group admins from this account, on behalf of the group.
ANONYMOUS_ADMIN_ID = 1087968824

Button = tuple[str, str]  # (label, callback data)


def keyboard(rows: Sequence[Sequence[Button]] | None) -> InlineKeyboardMarkup | None:
    """Inline buttons from (label, callback data) rows; None when there are none."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


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
    health: Any = None  # bot.health.ApiHealth: is the Bot API reachable right now?


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    svc = context.application.bot_data["services"]
    assert isinstance(svc, Services)
    return svc


class Turn:
    """One update being handled: who, where, the unit of work, and how to answer."""

    def __init__(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        svc: Services,
        chat: Chat,
        user: Person | None,
    ) -> None:
        self.update = update
        self.context = context
        self.svc = svc
        self.chat = chat
        self.user = user
        self.unit = UnitOfWork(svc.db)
        self._standing: Standing | None = None
        self._settings: GroupSettings | None = None
        self.answered = False
        self.created = False  # the chat was seen for the first time in this update
        self.args: list[str] = list(context.args or [])
        # what asking back about a date runs again (handlers/asking.py); set by the dispatch
        self.resume: Resume | None = None
        self.text_override: str | None = None  # the command's text, rewritten by asking back

    # --- basics -------------------------------------------------------------------------
    @property
    def bot(self) -> Bot:
        return self.context.bot

    @property
    def lang(self) -> str:
        return self.chat.language

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.chat.timezone)

    def now(self) -> datetime:
        return self.svc.clock.now()

    def t(self, key: str, **params: Any) -> str:
        return t(self.lang, key, **params)

    def label(self, key: str, **params: Any) -> str:
        return label(self.lang, key, **params)[:64]

    @property
    def message(self) -> Message | None:
        return self.update.effective_message

    @property
    def query(self) -> CallbackQuery | None:
        return self.update.callback_query

    @property
    def callback_parts(self) -> list[str]:
        """The pressed button's data split at ":" (`["rem", "snooze", "7", "h1"]`)."""
        query = self.update.callback_query
        return (query.data or "").split(":") if query is not None else []

    @property
    def thread_id(self) -> int | None:
        """The forum topic this update came from, so later messages can go back there."""
        message = self.update.effective_message
        if message is not None and message.is_topic_message:
            return message.message_thread_id
        return None

    @property
    def text_after_command(self) -> str:
        """The message text after `/command` (and after `/command@bot`), as typed (or as
        asking back rewrote it with the moment the writer chose)."""
        if self.text_override is not None:
            return self.text_override
        message = self.update.effective_message
        text = (message.text or message.caption or "") if message else ""
        if text.startswith("/"):
            parts = text.split(maxsplit=1)
            return parts[1].strip() if len(parts) > 1 else ""
        return text.strip()

    @property
    def command_name(self) -> str | None:
        """The registered name of the command this message runs ("/remind@bot" -> "herinner")."""
        message = self.update.effective_message
        text = (message.text or message.caption or "") if message else ""
        if not text.startswith("/"):
            return None
        typed = text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower()
        for command in self.context.application.bot_data.get("commands", ()):
            if typed in command.names:
                return str(command.name)
        return None

    # --- dates --------------------------------------------------------------------------
    def split_when(self, text: str) -> tuple[str, When | None]:
        """The date in `text` for a command, and the text without it (None: no date).

        A text only the writer can settle ("om 3 uur", "binnenkort") raises `AskBack`: the
        wrapper stores nothing, asks (two buttons, or "Wanneer precies?") and runs the command
        again with the answer written into its text. See handlers/asking.py.
        """
        rest, reading = split_reading(text, self.now(), self.tz)
        if isinstance(reading, Unsettled):
            raise AskBack(text, reading)
        return rest, reading

    def split_recurrence(self, text: str) -> tuple[str, Recurrence | None, datetime | None]:
        """`schedules.when.split_recurrence` that asks back about "elke maandag om 3 uur"."""
        unsettled = recurrence_unsettled(text, self.now(), self.tz)
        if unsettled is not None:
            raise AskBack(text, unsettled)
        return split_recurrence(text, self.now(), self.tz)

    def read_when(self, text: str) -> When | None:
        """Like `split_when`, for a text that is only a date (a prompt's answer, say)."""
        reading = read_when(text, self.now(), self.tz)
        if isinstance(reading, Unsettled):
            raise AskBack(text, reading)
        return reading

    # --- storage ------------------------------------------------------------------------
    async def conn(self) -> Any:
        return await self.unit.begin()

    async def chats(self) -> ChatRepo:
        return ChatRepo(await self.conn())

    async def people(self) -> PeopleRepo:
        return PeopleRepo(await self.conn())

    async def roles(self) -> RoleRepo:
        return RoleRepo(await self.conn())

    async def prompts(self) -> PromptRepo:
        return PromptRepo(await self.conn())

    async def group_settings(self) -> GroupSettings:
        """This group's feature settings (`domain/settings.py`), read once per update."""
        if self._settings is None:
            self._settings = await SettingsRepo(await self.conn()).of(self.chat.id)
        return self._settings

    def forget_settings(self) -> None:
        self._settings = None

    # --- permissions --------------------------------------------------------------------
    async def standing(self) -> Standing:
        if self._standing is None:
            if self.chat.is_private or self.user is None:
                self._standing = Standing(is_private_chat=self.chat.is_private)
            else:
                admins = await self.svc.admins.admins(self.bot, self.chat.id)
                message = self.update.effective_message
                anonymous_admin = bool(
                    message
                    and message.sender_chat
                    and message.sender_chat.id == self.chat.id
                    and self.user.id == ANONYMOUS_ADMIN_ID
                )
                roles = await (await self.roles()).of(self.chat.id, self.user.id)
                self._standing = Standing(
                    is_admin=self.user.id in admins or anonymous_admin, roles=roles
                )
        return self._standing

    async def require(self, role: Role) -> None:
        (await self.standing()).require(role)

    def require_group(self) -> None:
        if self.chat.is_private:
            raise DomainError("error.group_only")

    # --- answering ----------------------------------------------------------------------
    def keyboard(self, rows: Sequence[Sequence[Button]] | None) -> InlineKeyboardMarkup | None:
        return keyboard(rows)

    async def reply(
        self,
        text: str,
        buttons: Sequence[Sequence[Button]] | None = None,
        *,
        quote: bool = False,
    ) -> Message:
        """Commit what this turn wrote, then answer in the same chat (and forum topic)."""
        await self.unit.commit()
        message = self.update.effective_message
        if message is None:  # e.g. the bot was added: no message to answer, just the chat
            return await self.bot.send_message(
                self.chat.id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=self.keyboard(buttons),
                disable_web_page_preview=True,
            )
        return await message.reply_text(
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=self.keyboard(buttons),
            do_quote=quote,
            disable_web_page_preview=True,
        )

    async def reply_file(
        self,
        filename: str,
        data: bytes,
        caption: str | None = None,
        *,
        photo: bool = False,
        buttons: Sequence[Sequence[Button]] | None = None,
    ) -> Message:
        """Commit, then send a document (or a photo, e.g. a PNG chart) into this chat and topic."""
        await self.unit.commit()
        upload = InputFile(data, filename=filename)
        common: dict[str, Any] = {
            "caption": caption,
            "parse_mode": ParseMode.HTML,
            "reply_markup": self.keyboard(buttons),
            "message_thread_id": self.thread_id,
        }
        if photo:
            return await self.bot.send_photo(self.chat.id, upload, **common)
        return await self.bot.send_document(self.chat.id, upload, **common)

    async def ask(self, text: str, kind: str, payload: dict[str, Any] | None = None) -> Message:
        """Ask a question answered by replying; the reply continues with the prompt `kind`."""
        await self.unit.commit()
        message = self.update.effective_message
        assert message is not None
        assert self.user is not None
        sent = await message.reply_text(
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=ForceReply(selective=True, input_field_placeholder="…"),
            do_quote=self.query is None,
        )
        await (await self.prompts()).add(
            self.chat.id, sent.message_id, self.user.id, kind, payload or {}, self.now()
        )
        await self.unit.commit()
        return sent

    async def edit(self, text: str, buttons: Sequence[Sequence[Button]] | None = None) -> None:
        """Edit the message whose button was pressed, in place.

        Unchanged content, or a message someone deleted meanwhile, is a normal day: the edit
        is simply not needed (see handlers/faults.py).
        """
        await self.unit.commit()
        query = self.query
        assert query is not None
        await self._benign(
            query.edit_message_text(
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=self.keyboard(buttons),
                disable_web_page_preview=True,
            ),
            "edit",
        )

    async def _benign(self, call: Awaitable[Any], what: str) -> None:
        """Await an edit; unchanged or deleted messages are a normal day (handlers/faults.py)."""
        try:
            await call
        except TelegramError as exc:
            if classify(exc) is not Fault.BENIGN:
                raise
            log.debug("%s in chat %s not needed: %s", what, self.chat.id, exc)

    async def edit_message(
        self,
        message_id: int,
        text: str | None,
        buttons: Sequence[Sequence[Button]] | None = None,
    ) -> None:
        """Edit another bot message in this chat (an advice card, say); text None: buttons only.

        Unchanged or deleted messages are a normal day, as for `edit`.
        """
        await self.unit.commit()
        if text is None:
            call = self.bot.edit_message_reply_markup(
                self.chat.id, message_id, reply_markup=self.keyboard(buttons)
            )
        else:
            call = self.bot.edit_message_text(
                text,
                self.chat.id,
                message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=self.keyboard(buttons),
                disable_web_page_preview=True,
            )
        await self._benign(call, f"edit of {message_id}")

    async def pin(self, message_id: int) -> bool:
        """Pin a message quietly; False when the bot lacks the right (a normal day)."""
        await self.unit.commit()
        try:
            await self.bot.pin_chat_message(self.chat.id, message_id, disable_notification=True)
        except TelegramError as exc:
            if classify(exc) is not Fault.BENIGN:
                raise
            log.info("could not pin in chat %s: %s", self.chat.id, one_line(exc))
            return False
        return True

    async def notice(self, text: str) -> None:
        """A short answer to a button press (shown as a toast), or a reply otherwise."""
        if self.query is not None:
            await self.unit.commit()
            self.answered = True
            await self.query.answer(_plain(text)[:200], show_alert=False)
        else:
            await self.reply(text)


_NUMBER = re.compile(r"-?\d+")
MAX_ID = 2**63 - 1  # SQLite's INTEGER; every id the bot puts in a button fits


def _forged(data: str | None) -> bool:
    """Button data no button of ours carries: longer than Telegram allows, or a number no
    id can be. (Every handler still re-checks chat and rights; this only spares them.)"""
    if data is None or len(data.encode()) > 64:
        return True
    return any(abs(int(n)) > MAX_ID for n in _NUMBER.findall(data))


def _plain(html_text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


TurnHandler = Callable[[Turn], Awaitable[None]]
PTBCallback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


# Finds the chat of an update that carries none (poll, poll_answer) from what we stored.
ChatOf = Callable[[Update, Any], Awaitable[int | None]]


async def _load(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    svc: Services,
    unit: UnitOfWork,
    chat_of: ChatOf | None = None,
) -> tuple[Chat, Person | None, bool] | None:
    """Record the chat and the user of an update; a group the bot hears from is active.

    An update without a chat is placed by `chat_of` in a chat we know; None when it has none.
    """
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
        text = t(lang, f"error.permission.{exc.params.get('role', 'board')}")
    elif isinstance(exc, UsageError):
        params = dict(exc.params)
        command = str(params.pop("command", ""))
        reason = params.pop("reason", None)
        text = t(
            lang,
            "error.usage",
            usage=t(lang, f"cmd.{command}.usage"),
            example=t(lang, f"cmd.{command}.example"),
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
            await update.callback_query.answer(_plain(text)[:200], show_alert=True)
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
            await update.callback_query.answer(_plain(t(lang, "error.generic"))[:200])
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
                    t(lang, "flood.slow_down", name=user.first_name, minutes=minutes),
                    parse_mode=ParseMode.HTML,
                    do_quote=True,
                )
            except TelegramError as exc:
                log.warning("could not ask user %s to slow down: %s", user.id, one_line(exc))
    return False
