"""`Turn`: one update being handled, and the only way a handler talks to Telegram and the store."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime, time
from typing import Any, NoReturn, Protocol, TypeVar
from zoneinfo import ZoneInfo

from telegram import (
    Bot,
    CallbackQuery,
    Message,
    Update,
)
from telegram.ext import ContextTypes

from domain.errors import DomainError, UsageError
from domain.models import Chat, Person
from domain.roles import Role, Standing
from domain.settings import GroupSettings
from handlers.i18n import label, t
from handlers.kit.answering import Answering
from handlers.kit.answering import Button as Button
from handlers.kit.answering import keyboard as keyboard
from handlers.kit.answering import plain as plain
from handlers.kit.board import board_of
from handlers.kit.callbacks import STALE, CallbackData, StaleButton
from handlers.kit.resume import AskBack, Resume
from handlers.kit.services import Services
from schedules.when import (
    Impossible,
    Recurrence,
    Unsettled,
    When,
    at_hour,
    cut_date_words,
    leftover_date_words,
    read_recurrence,
    read_when,
    split_reading,
    weekday_or_date,
)
from storage.chats import ChatRepo
from storage.db import UnitOfWork
from storage.people import PeopleRepo
from storage.prompts import PromptRepo
from storage.roles import RoleRepo
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)

B = TypeVar("B", bound=CallbackData)


class Owned(Protocol):
    """A record of one group: an action, a meeting, an advice, a poll..."""

    @property
    def chat_id(self) -> int: ...


R = TypeVar("R", bound=Owned)

# Telegram sends messages of anonymous group admins from this account, on behalf of the group.
ANONYMOUS_ADMIN_ID = 1087968824


class Turn(Answering):
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
        # what asking back about a date runs again (handlers/kit/asking.py); set by the dispatch
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

    def button(self, *kinds: type[B]) -> B:
        """The pressed button as its typed data (handlers/kit/callbacks.py): of the kind whose
        prefix the data has (the longest, when "rem:list" and "rem" both would), ready for a
        `match`. Data that no such button carries is refused with the friendly "no longer
        works" alert."""
        query = self.update.callback_query
        data = query.data if query is not None else None
        for kind in sorted(kinds, key=lambda k: len(k.prefix), reverse=True):
            if kind.matches(data):
                return kind.unpack(data)
        raise StaleButton()

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
    def split_when(
        self, text: str, *, evening_hours: bool = False, weekday: bool = True
    ) -> tuple[str, When | None]:
        """The date in `text` for a command, and the text without it (None: no date).

        A text only the writer can settle ("om 3 uur", "binnenkort") raises `AskBack`: the
        wrapper stores nothing, asks (two buttons, or "Wanneer precies?") and runs the command
        again with the answer written into its text. See handlers/kit/asking.py. A day or time
        that cannot exist ("30 februari") is refused, naming it, and nothing is stored.
        `evening_hours` (meetings): "om 8 uur" is asked back as 08:00 or 20:00 too.
        `weekday=False`: the caller checks a weekday beside the date itself (`ask_weekday`),
        after reading the date its own way (the advice reads a date in the past).
        """
        rest, reading = split_reading(text, self.now(), self.tz, evening_hours=evening_hours)
        return rest, self._settled(text, reading, weekday)

    def split_recurrence(
        self, text: str, *, evening_hours: bool = False
    ) -> tuple[str, Recurrence | None, datetime | None]:
        """The series in `text` ("elke maandag 9:00"): (the rest, the rule, its first moment),
        or (text, None, None). Asks back about "elke maandag om 3 uur" and refuses "elke
        maandag 25:00" as `split_when` does."""
        found = read_recurrence(text, self.now(), self.tz, evening_hours=evening_hours)
        if isinstance(found, Unsettled):
            raise AskBack(text, found)
        if isinstance(found, Impossible):
            raise self._impossible(found)
        if found is None:
            return text.strip(), None, None
        return found.rest, found.rule, found.first

    def no_date_words(self, text: str, rest: str, when: When | None = None) -> None:
        """Date words the reader left in `rest` ("donderdg", "elke", "van de maand") never stay
        in a reminder's or an action's text, and no date is guessed from them: the writer is
        asked "Wanneer precies?", naming them, and the answer is the command's date (issue 17).
        `text` is what was read, `rest` what the reader left of it. When only an hour was left
        beside a day read without a time (`when`: "vrijdag om 10 koffie"), that day at the
        hour is offered as buttons (10:00 and 22:00)."""
        full = self.resume.text if self.resume is not None else text
        cut = cut_date_words(full, text, rest)
        if cut is None:
            return
        words = leftover_date_words(rest) or ""
        hour = at_hour(rest) if when is not None and not when.has_time else None
        readings: tuple[When, ...] = ()
        if when is not None and hour is not None:
            day = when.moment.astimezone(self.tz).date()
            hours = (hour, hour + 12) if hour < 12 else (hour,)
            readings = tuple(
                When(datetime.combine(day, time(h), tzinfo=self.tz), True) for h in hours
            )
        raise AskBack(text, Unsettled(readings), words=words, rewrite=cut)

    def read_when(self, text: str, *, evening_hours: bool = False) -> When | None:
        """Like `split_when`, for a text that is only a date (a prompt's answer, say)."""
        reading = read_when(text, self.now(), self.tz, evening_hours=evening_hours)
        return self._settled(text, reading)

    def _settled(
        self, text: str, reading: When | Unsettled | Impossible | None, weekday: bool = True
    ) -> When | None:
        """A settled reading, or the signal to ask back; an impossible day is refused.

        A weekday beside a date it does not fall on ("donderdag 18 december", a Friday) is
        never confirmed as either: the writer picks the weekday's date or the written one."""
        if isinstance(reading, Unsettled):
            raise AskBack(text, reading)
        if isinstance(reading, Impossible):
            raise self._impossible(reading)
        if weekday and reading is not None and reading.weekday_mismatch:
            self.ask_weekday(text, reading)
        return reading

    def ask_weekday(self, text: str, reading: When) -> NoReturn:
        """Ask whether the weekday typed or the date written was meant (never confirm either)."""
        raise AskBack(text, weekday_or_date(reading), reading)

    def _impossible(self, found: Impossible) -> DomainError:
        """ "30 februari bestaat niet." (convention 30), with the command's usage when a
        command was typed; the wrapper rolls back, so nothing is stored."""
        command = self.command_name
        if command is None:
            return DomainError("when.impossible", value=found.part)
        return UsageError(command=command, reason="when.impossible", value=found.part)

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
    def act_as(self, person: Person) -> None:
        """Go on in `person`'s name: a board member settling a question asked of a member
        finishes what that member started (their name and their standing count)."""
        self.user = person
        self._standing = None

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

    async def standing_in(self, chat_id: int) -> Standing:
        """Your standing in a group, also when you act on its record from a private chat."""
        if chat_id == self.chat.id:
            return await self.standing()
        assert self.user is not None
        admins = await self.svc.admins.admins(self.bot, chat_id)
        roles = await (await self.roles()).of(chat_id, self.user.id)
        return Standing(is_admin=self.user.id in admins, roles=roles)

    async def own(self, record: R | None, *, private: bool = False, refusal: str = STALE) -> R:
        """The record a button, a number or a prompt names, only where it belongs.

        In a group: only that group's record, so nothing of group A shows or changes from
        group B. In a private chat, with `private`: a record of any group you are in (your
        actions, your reminders); rights there come from `standing_in`. Anything else, and a
        record that is gone, is refused with `refusal` (by default the "no longer works" alert).
        """
        if record is None:
            raise DomainError(refusal)
        if record.chat_id == self.chat.id:
            return record
        if private and self.chat.is_private and self.user is not None:
            if record.chat_id in await (await self.people()).chats_of(self.user.id):
                return record
        raise DomainError(refusal)

    async def board(self) -> list[Person]:
        """This group's board now (handlers/kit/board.py), in name order."""
        return await board_of(self.svc, self.bot, await self.conn(), self.chat.id)

    def require_group(self) -> None:
        if self.chat.is_private:
            raise DomainError("error.group_only")


TurnHandler = Callable[[Turn], Awaitable[None]]
PTBCallback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
# Finds the chat of an update that carries none (poll, poll_answer) from what we stored.
ChatOf = Callable[[Update, Any], Awaitable[int | None]]
