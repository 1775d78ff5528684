"""Sending what the reminder engine fires: Telegram's errors become the engine's vocabulary."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bot.i18n import t
from domain.events import DueEvent
from handlers.boundary import Button, Services, keyboard
from schedules.engine import ChatGone, ChatMoved, Firing, SendLater, TransientError
from storage.chats import ChatRepo

log = logging.getLogger(__name__)
T = TypeVar("T")

GONE_HINTS = ("chat not found", "bot was kicked", "not a member", "have no rights to send")


async def translated(call: Awaitable[T]) -> T:
    """Await a Bot API call, raising the engine's exceptions for what Telegram answered."""
    try:
        return await call
    except RetryAfter as exc:
        retry = exc.retry_after
        seconds = retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)
        raise SendLater(seconds) from exc
    except ChatMigrated as exc:
        raise ChatMoved(exc.new_chat_id) from exc
    except Forbidden as exc:
        raise ChatGone(str(exc)) from exc
    except BadRequest as exc:
        if any(hint in str(exc).lower() for hint in GONE_HINTS):
            raise ChatGone(str(exc)) from exc
        raise
    except NetworkError as exc:  # includes TimedOut and 5xx answers
        raise TransientError(str(exc)) from exc


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
    ) -> Message:
        message: Message = await translated(
            self.bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(buttons),
                message_thread_id=thread_id,
                disable_web_page_preview=True,
            )
        )
        return message


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
