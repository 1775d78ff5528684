"""Sending what the reminder engine fires: Telegram's errors become the engine's vocabulary."""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from telegram import Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import ChatMigrated, RetryAfter, TelegramError

from domain.events import DueEvent
from domain.models import Person
from handlers.i18n import Raw, t
from handlers.kit.faults import Fault, classify, one_line
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


@dataclass
class Outbox:
    """What an event sender may use: the services and the bot."""

    svc: Services
    bot: Any

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

    async def also_private(self, person: Person, text: str) -> bool:
        """Best effort into the private chat of someone who pressed Start, next to a group
        message that already mentioned them: nothing is raised, so the group's message never
        fails or goes out twice because of it. A person who blocked the bot is not tried again.
        """
        if not person.private_ok:
            return False
        try:
            await self.send(person.id, text)
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
