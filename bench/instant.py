"""A request layer that answers every Bot API call at once, and updates shaped like Telegram's.

The benchmarks measure the bot, not a fake: `InstantRequest` keeps nothing but a counter per
chat and the last keyboard the bot sent there (so a benchmark can press its buttons).
"""

from __future__ import annotations

import itertools
import json
from typing import Any
from urllib.parse import urlsplit

from telegram.ext import BaseRateLimiter
from telegram.request import BaseRequest, RequestData

BOT = {
    "id": 424242,
    "is_bot": True,
    "first_name": "Wijkbot",
    "username": "WijkBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
DATE = 1_795_000_000  # a fixed Unix time: the bot reads "now" from its own clock


def group(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": f"Wijkraad {abs(chat_id) % 100000}"}


def person(user_id: int) -> dict[str, Any]:
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": f"Lid{user_id % 1000}",
        "last_name": "Test",
        "language_code": "nl",
    }


class InstantRequest(BaseRequest):
    """Answers like Telegram, immediately; remembers the last keyboard per chat."""

    def __init__(self) -> None:
        self._mids: dict[int, itertools.count[int]] = {}
        # per (chat, kind of button, e.g. "agd:done"): the last keyboard that had such a button,
        # its message and callback data (a later keyboard without one, say a lone "➕ Punt
        # toevoegen", leaves it pressable, as older messages' buttons are in a real group)
        self.keyboards: dict[tuple[int, str], tuple[dict[str, Any], list[str]]] = {}
        self.admin_of: Any = None  # chat id -> the user id Telegram names as its creator
        self.calls = 0

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        if "message_id" in params:
            mid = int(params["message_id"])
        else:
            mid = next(self._mids.setdefault(chat_id, itertools.count(1_000_000)))
        message: dict[str, Any] = {
            "message_id": mid,
            "date": DATE,
            "chat": group(chat_id),
            "from": BOT,
            "text": str(params.get("text", "")),
        }
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
            data = [
                b["callback_data"]
                for row in markup["inline_keyboard"]
                for b in row
                if "callback_data" in b
            ]
            for kind in {":".join(d.split(":")[:2]) for d in data}:
                self.keyboards[(chat_id, kind)] = (message, data)
        return message

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        self.calls += 1
        api = urlsplit(url).path.rsplit("/", 1)[-1].lower()
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        result: Any
        if api == "getme":
            result = BOT
        elif api.startswith(("send", "edit", "copy")):
            result = self._message(params)
        elif api == "getchatadministrators":
            chat_id = int(params.get("chat_id", 0))
            creator = self.admin_of(chat_id) if self.admin_of else 7001
            result = [{"status": "creator", "user": person(creator), "is_anonymous": False}]
        elif api == "getchat":
            result = group(int(params.get("chat_id", 0)))
        elif api == "getupdates":
            result = []  # nothing waited while the bot was down; the bench feeds updates itself
        else:
            result = True
        return 200, json.dumps({"ok": True, "result": result}).encode()


class NoRateLimit(BaseRateLimiter[int]):
    """A pass-through limiter: the fake answers at once and enforces nothing."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Any,
        args: Any,
        kwargs: Any,
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        return await callback(*args, **kwargs)


class Updates:
    """Builds message and button-press updates with increasing ids."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self._mids = itertools.count(1)

    def message(
        self, chat_id: int, user_id: int, text: str, reply_to: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._mids),
            "date": DATE,
            "chat": group(chat_id),
            "from": person(user_id),
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return {"update_id": next(self._ids), "message": message}

    def press(self, user_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
        return {
            "update_id": next(self._ids),
            "callback_query": {
                "id": str(next(self._ids)),
                "from": person(user_id),
                "chat_instance": "-80123",
                "data": data,
                "message": message,
            },
        }
