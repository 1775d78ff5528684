"""How a turn answers: replies, files, questions, edits and toasts, each committing first.

`Turn` (handlers/kit/turn.py) mixes this in; it is its own module so that each stays small.
Whatever the bot confirms to a user is stored before Telegram hears of it: every answer
commits the turn's unit of work first.
"""

from __future__ import annotations

import functools
import html
import logging
import re
from collections.abc import Awaitable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from telegram import (
    Bot,
    CallbackQuery,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError

from domain.models import Chat, Person
from handlers.kit.callbacks import CallbackData
from handlers.kit.faults import Fault, classify

if TYPE_CHECKING:
    from storage.db import UnitOfWork
    from storage.prompts import PromptRepo

log = logging.getLogger(__name__)


class _Host(Protocol):
    """What answering needs of the turn it is mixed into."""

    unit: UnitOfWork
    update: Update
    chat: Chat
    user: Person | None
    answered: bool

    @property
    def bot(self) -> Bot: ...

    @property
    def query(self) -> CallbackQuery | None: ...

    @property
    def thread_id(self) -> int | None: ...

    def now(self) -> datetime: ...

    async def prompts(self) -> PromptRepo: ...

    def keyboard(
        self: _Host, rows: Sequence[Sequence[Button]] | None
    ) -> InlineKeyboardMarkup | None: ...

    async def reply(
        self: _Host,
        text: str,
        buttons: Sequence[Sequence[Button]] | None = None,
        *,
        quote: bool = False,
    ) -> Message: ...

    async def _benign(self: _Host, call: Awaitable[Any], what: str) -> None: ...


Button = tuple[str, "str | CallbackData"]  # (label, typed button data or its packed text)


class _Keyboard(InlineKeyboardMarkup):
    """Our keyboards hold only text-and-data buttons, so they go to JSON in one pass:
    python-telegram-bot's generic `to_dict` walks every attribute of every button, which was
    a third of the time of a reply such as /agenda's (up to 90 buttons)."""

    __slots__ = ()

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        return {
            "inline_keyboard": [
                [{"text": b.text, "callback_data": b.callback_data} for b in row]
                for row in self.inline_keyboard
            ]
        }


@functools.lru_cache(maxsize=4096)
def _button(text: str, data: str | CallbackData) -> InlineKeyboardButton:
    """Buttons (and typed data) are immutable, and a list redrawn after a press or shown again
    carries mostly the same ones: each is made and packed once."""
    return InlineKeyboardButton(
        text, callback_data=data.pack() if isinstance(data, CallbackData) else data
    )


def keyboard(rows: Sequence[Sequence[Button]] | None) -> InlineKeyboardMarkup | None:
    """Inline buttons from (label, callback data) rows; None when there are none."""
    if not rows:
        return None
    return _Keyboard([[_button(text, data) for text, data in row] for row in rows])


class Answering:
    def keyboard(
        self: _Host, rows: Sequence[Sequence[Button]] | None
    ) -> InlineKeyboardMarkup | None:
        return keyboard(rows)

    async def reply(
        self: _Host,
        text: str,
        buttons: Sequence[Sequence[Button]] | None = None,
        *,
        quote: bool = False,
        to: int | None = None,
    ) -> Message:
        """Commit what this turn wrote, then answer in the same chat (and forum topic); `to`:
        as an answer to that message of the chat instead (when it still exists)."""
        await self.unit.commit()
        message = self.update.effective_message
        if to is not None:
            return await self.bot.send_message(
                self.chat.id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=self.keyboard(buttons),
                message_thread_id=self.thread_id,
                disable_web_page_preview=True,
                reply_parameters=ReplyParameters(to, allow_sending_without_reply=True),
            )
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
        self: _Host,
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

    async def ask(
        self: _Host, text: str, kind: str, payload: dict[str, Any] | None = None
    ) -> Message:
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

    async def edit(
        self: _Host, text: str, buttons: Sequence[Sequence[Button]] | None = None
    ) -> None:
        """Edit the message whose button was pressed, in place.

        Unchanged content, or a message someone deleted meanwhile, is a normal day: the edit
        is simply not needed (see handlers/kit/faults.py).
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

    async def edit_or_say(
        self: _Host, text: str, buttons: Sequence[Sequence[Button]] | None = None
    ) -> None:
        """Edit the pressed message, or say it in a new one when Telegram refuses the edit.

        For what a press has already stored (an undo, a cancellation): the group must hear it
        even when the message cannot be edited, or the change would be done but never told.
        """
        await self.unit.commit()
        query = self.query
        assert query is not None
        call = query.edit_message_text(
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=self.keyboard(buttons),
            disable_web_page_preview=True,
        )
        try:
            await self._benign(call, "edit")
        except TelegramError as exc:
            log.warning("edit in chat %s refused (%s); said in a new message", self.chat.id, exc)
            await self.reply(text, buttons, quote=True)

    async def _benign(self: _Host, call: Awaitable[Any], what: str) -> None:
        """Await an edit; unchanged or deleted messages are a normal day (kit/faults.py)."""
        try:
            await call
        except TelegramError as exc:
            if classify(exc) is not Fault.BENIGN:
                raise
            log.debug("%s in chat %s not needed: %s", what, self.chat.id, exc)

    async def edit_message(
        self: _Host,
        message_id: int,
        text: str | None,
        buttons: Sequence[Sequence[Button]] | None = None,
        *,
        chat_id: int | None = None,
    ) -> None:
        """Edit another bot message in this chat (an advice card, say), or in `chat_id` (a
        group, from the private chat); text None: buttons only.

        Unchanged or deleted messages are a normal day, as for `edit`.
        """
        await self.unit.commit()
        where = self.chat.id if chat_id is None else chat_id
        if text is None:
            call = self.bot.edit_message_reply_markup(
                where, message_id, reply_markup=self.keyboard(buttons)
            )
        else:
            call = self.bot.edit_message_text(
                text,
                where,
                message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=self.keyboard(buttons),
                disable_web_page_preview=True,
            )
        await self._benign(call, f"edit of {message_id}")

    async def post_in(
        self: _Host,
        chat_id: int,
        text: str,
        buttons: Sequence[Sequence[Button]] | None = None,
    ) -> Message:
        """Send into another chat (a group, when its gemeente contact acts from the private
        overview); committed first, as every answer."""
        await self.unit.commit()
        message: Message = await self.bot.send_message(
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=self.keyboard(buttons),
            disable_web_page_preview=True,
        )
        return message

    async def notice(self: _Host, text: str) -> None:
        """A short answer to a button press (shown as a toast), or a reply otherwise."""
        if self.query is not None:
            await self.unit.commit()
            self.answered = True
            await self.query.answer(plain(text)[:200], show_alert=False)
        else:
            await self.reply(text)


def plain(html_text: str) -> str:
    """HTML message text as plain text (a toast or an alert shows no markup)."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))
