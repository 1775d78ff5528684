"""Sending what the reminder engine fires: Telegram's errors become the engine's vocabulary."""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any, TypeVar

from telegram import InputFile, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import ChatMigrated, RetryAfter, TelegramError

from domain.events import DueEvent
from domain.models import Chat, Person
from handlers.i18n import Raw, t
from handlers.kit.board import board_of
from handlers.kit.faults import Fault, classify, one_line, refused
from handlers.kit.health import ApiHealth
from handlers.kit.services import Services
from handlers.kit.turn import Button, keyboard
from schedules.engine import ApiAway, ChatGone, ChatMoved, Firing, SendLater, TransientError
from storage.chats import ChatRepo
from storage.people import PeopleRepo

log = logging.getLogger(__name__)
T = TypeVar("T")

# While the Bot API is down, a send is tried again this often (and at once when it returns).
OUTAGE_RETRY = timedelta(minutes=5)


async def translated(call: Awaitable[T], health: ApiHealth | None = None) -> T:
    """Await a Bot API call, raising the engine's exceptions for what Telegram answered.

    While the long poll finds the Bot API unreachable (`health.down`), a network error is no
    fault of this message: it waits for the API's return without using up its retries.
    """
    try:
        return await call
    except TelegramError as exc:
        fault = classify(exc)
        if isinstance(exc, RetryAfter):
            retry = exc.retry_after
            seconds = retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)
            raise SendLater(seconds) from exc
        if isinstance(exc, ChatMigrated):
            raise ChatMoved(exc.new_chat_id) from exc
        if fault is Fault.GONE:
            raise ChatGone(one_line(exc)) from exc
        if fault is Fault.NETWORK:
            if health is not None and health.down:
                raise ApiAway(OUTAGE_RETRY.total_seconds()) from exc
            raise TransientError(one_line(exc)) from exc
        raise


class Pin(StrEnum):
    """How pinning went: pinned, refused by the group's settings, or failed for now."""

    PINNED = "pinned"
    REFUSED = "refused"  # the bot lacks the right: the group decides, and can be told how
    FAILED = "failed"  # the Bot API did not answer: no reason to tell anyone anything


@dataclass
class Outbox:
    """What an event sender may use: the services and the bot."""

    svc: Services
    bot: Any

    async def targets(
        self, firing: Firing, load: Callable[[Any, int], Awaitable[T | None]]
    ) -> tuple[Chat | None, list[T]]:
        """The chat of a firing and the records its events name (each loaded by `load(conn,
        target_id)`; gone ones left out), read in one transaction."""
        async with self.svc.db.transaction() as conn:
            chat = await ChatRepo(conn).get(firing.chat_id)
            found: list[T] = []
            for event in firing.events:
                if event.target_id is not None:
                    record = await load(conn, event.target_id)
                    if record is not None:
                        found.append(record)
        return chat, found

    async def chat(self, chat_id: int) -> Chat | None:
        async with self.svc.db.transaction() as conn:
            return await ChatRepo(conn).get(chat_id)

    async def board(self, chat_id: int) -> list[Person]:
        """A group's board now (handlers/kit/board.py). The admins are asked before the
        database is taken (then cached), so no update waits while Telegram answers."""
        await self.svc.admins.named(self.bot, chat_id)
        async with self.svc.db.transaction() as conn:
            return await board_of(self.svc, self.bot, conn, chat_id)

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        text: str | None,
        buttons: Sequence[Sequence[Button]] | None = None,
    ) -> bool:
        """Edit a bot message in place (text None: only its buttons). A message that is
        unchanged, deleted or too old is a normal day (False); the rest is the engine's."""
        markup = keyboard(buttons)
        if text is None:
            call = self.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=markup)
        else:
            call = self.bot.edit_message_text(
                text,
                chat_id,
                message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                disable_web_page_preview=True,
            )
        try:
            await translated(call, self.svc.health)
        except TelegramError as exc:
            if classify(exc) is not Fault.BENIGN:
                raise
            log.debug("edit of %s in %s not needed: %s", message_id, chat_id, one_line(exc))
            return False
        return True

    async def pin(self, chat_id: int, message_id: int, *, unpin: int | None = None) -> Pin:
        """Pin a message quietly (first unpinning `unpin`, the one it replaces).

        Only Telegram's "not enough rights" is a refusal worth explaining to a group; a network
        error or a 5xx is tried once more and then left (the message itself went out)."""
        if unpin is not None:
            try:
                await self.bot.unpin_chat_message(chat_id, message_id=unpin)
            except TelegramError as exc:
                log.info("could not unpin %s in %s: %s", unpin, chat_id, one_line(exc))
        for attempt in (1, 2):
            try:
                await self.bot.pin_chat_message(chat_id, message_id, disable_notification=True)
                return Pin.PINNED
            except TelegramError as exc:
                if refused(exc):
                    log.info("pinning is not allowed in %s (%s)", chat_id, one_line(exc))
                    return Pin.REFUSED
                if classify(exc) is Fault.BENIGN:  # the message is gone meanwhile
                    log.info("nothing to pin in %s: %s", chat_id, one_line(exc))
                    return Pin.FAILED
                if classify(exc) not in (Fault.NETWORK, Fault.RATE) or attempt == 2:
                    log.warning("could not pin in %s: %s", chat_id, one_line(exc))
                    return Pin.FAILED
        return Pin.FAILED

    async def send(
        self,
        chat_id: int,
        text: str,
        buttons: Sequence[Sequence[Button]] | None = None,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
    ) -> Message:
        """Send into a chat (a forum topic; as an answer to `reply_to` while that still exists)."""
        message: Message = await translated(
            self.bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(buttons),
                message_thread_id=thread_id,
                disable_web_page_preview=True,
                reply_parameters=(
                    ReplyParameters(reply_to, allow_sending_without_reply=True)
                    if reply_to is not None
                    else None
                ),
            ),
            self.svc.health,
        )
        return message

    async def send_file(
        self,
        chat_id: int,
        filename: str,
        data: bytes,
        caption: str | None = None,
        *,
        photo: bool = False,
        thread_id: int | None = None,
    ) -> Message:
        """Send a document (or a photo: a PNG chart) into a chat, as `send` does a text."""
        upload = InputFile(data, filename=filename)
        common: dict[str, Any] = {
            "caption": caption,
            "parse_mode": ParseMode.HTML,
            "message_thread_id": thread_id,
        }
        call = (
            self.bot.send_photo(chat_id, upload, **common)
            if photo
            else self.bot.send_document(chat_id, upload, **common)
        )
        message: Message = await translated(call, self.svc.health)
        return message

    async def also_private(
        self, person: Person, text: str, buttons: Sequence[Sequence[Button]] | None = None
    ) -> bool:
        """Best effort into the private chat of someone who pressed Start, next to a group
        message that already mentioned them: nothing is raised, so the group's message never
        fails or goes out twice because of it. A person who blocked the bot is not tried again.
        """
        if not person.private_ok:
            return False
        try:
            await self.send(person.id, text, buttons)
        except ChatGone:
            async with self.svc.db.transaction() as conn:
                await PeopleRepo(conn).deny_private(person.id)
            return False
        except (SendLater, ChatMoved, TransientError, ApiAway, TelegramError) as exc:
            log.info("no private message to %s: %s", person.id, exc)
            return False
        return True

    async def to_person(
        self,
        group_id: int,
        person: Person,
        text: str,
        buttons: Sequence[Sequence[Button]] | None = None,
        *,
        group_text: str | None = None,
        thread_id: int | None = None,
    ) -> tuple[Message, bool]:
        """Send `text` to one person: privately when they pressed Start, else in the group.

        In the group the message starts with a mention, so Telegram notifies them (`group_text`,
        when given, replaces `text` there: "your action in <group>" reads oddly in the group).
        A person who blocked the bot since gets it in the group, and is asked there from then
        on. Returns the message and whether it went privately.
        """
        if person.private_ok:
            try:
                return await self.send(person.id, text, buttons), True
            except ChatGone:
                log.info("user %s blocked the bot; telling them in group %s", person.id, group_id)
                async with self.svc.db.transaction() as conn:
                    await PeopleRepo(conn).deny_private(person.id)
        shown = group_text if group_text is not None else text
        message = await self.send(
            group_id,
            f"{mention(person.id, person.first_name)} {shown}",
            buttons,
            thread_id=thread_id,
        )
        return message, False


def late_line(lang: str, late: Firing | bool) -> str:
    """What a scheduled message says when it goes out late (the bot was offline): one way,
    as its own last paragraph; nothing when it is on time. `late` is the firing, or whether a
    message being redrawn went out late."""
    is_late = late.late if isinstance(late, Firing) else late
    return "\n\n" + t(lang, "engine.late") if is_late else ""


def mention(user_id: int, name: str) -> Raw:
    """A name that notifies its person (works without a @username), safe to put in HTML."""
    return Raw(f'<a href="tg://user?id={user_id}">{html.escape(name or "?", quote=False)}</a>')


EventSender = Callable[[Outbox, Firing], Awaitable[None]]


def bind(outbox: Outbox, sender: EventSender) -> Callable[[Firing], Awaitable[None]]:
    async def fire(firing: Firing) -> None:
        await sender(outbox, firing)

    return fire


def failure_notice(outbox: Outbox) -> Callable[[int, list[DueEvent]], Awaitable[None]]:
    """Tell a group once that something could not be delivered, after every retry failed."""

    async def notice(chat_id: int, events: list[DueEvent]) -> None:
        async with outbox.svc.db.transaction() as conn:
            chat = await ChatRepo(conn).get(chat_id)
        lang = chat.language if chat else outbox.svc.settings.language
        await outbox.send(chat_id, t(lang, "engine.failed", count=len(events)))

    return notice
