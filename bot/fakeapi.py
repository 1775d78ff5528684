"""A fake Telegram Bot API: one in-memory core, an in-process adapter and an HTTP adapter.

* :class:`FakeTelegram` is the Bot API itself: it answers ``call(method, params, files)`` with
  ``(http_status, json_body)`` shaped like Telegram's answers, records every call, keeps the
  current state of every message the bot sent (so tests can assert on edits in place), queues
  updates for ``getUpdates`` (a real long poll) and builds updates shaped exactly like the samples
  in ``tests/data/telegram`` (copied from the project's shared Telegram samples).
* :class:`FakeRequest` plugs the core into ``telegram.Bot(..., request=FakeRequest(fake))``.
* :class:`FakeBotAPIServer` serves the core over HTTP on 127.0.0.1 for ``telegram.Bot(token,
  base_url=server.base_url)`` and for out-of-process tests (``/_control/...`` routes).

``python -m bot.fakeapi --port 9000`` serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import email.parser
import email.policy
import html
import itertools
import json
import mimetypes
import re
import signal
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from schedules.clock import Clock, FakeClock, SystemClock

__all__ = [
    "ANNA",
    "BOT_USER",
    "BRAM",
    "CARLA",
    "DUINDORP",
    "KRAAYENSTEIN",
    "BotMessage",
    "Call",
    "Change",
    "FakeBotAPIServer",
    "FakeChat",
    "FakeClock",
    "FakeRequest",
    "FakeTelegram",
    "FakeUser",
    "error_body",
    "main",
]

JSON = dict[str, Any]
Files = dict[str, tuple[str, bytes]]

BOT_ID = 424242
BOT_FIRST_NAME = "Wijkbot"
BOT_USERNAME = "WijkBot"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_LONG_POLL = 50.0


# --------------------------------------------------------------------------------------------
# Users and chats
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FakeUser:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "nl"
    is_bot: bool = False

    def to_dict(self) -> JSON:
        d: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name is not None:
            d["last_name"] = self.last_name
        if self.username is not None:
            d["username"] = self.username
        if self.language_code is not None:
            d["language_code"] = self.language_code
        return d


@dataclass(frozen=True)
class FakeChat:
    id: int
    type: str
    title: str | None = None
    is_forum: bool = False
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None

    @classmethod
    def private(cls, user: FakeUser) -> FakeChat:
        return cls(user.id, "private", first_name=user.first_name, username=user.username)

    def to_dict(self) -> JSON:
        d: JSON = {"id": self.id, "type": self.type}
        if self.type == "private":
            d["first_name"] = self.first_name or ""
            if self.last_name is not None:
                d["last_name"] = self.last_name
            if self.username is not None:
                d["username"] = self.username
            return d
        d["title"] = self.title or ""
        if self.type == "group":
            d["all_members_are_administrators"] = False
        if self.is_forum:
            d["is_forum"] = True
        return d


BOT_USER = FakeUser(BOT_ID, BOT_FIRST_NAME, username=BOT_USERNAME, language_code=None, is_bot=True)
ANNA = FakeUser(501, "Anna", "de Vries", "anna_bo")
BRAM = FakeUser(502, "Bram")
CARLA = FakeUser(503, "Carla", username="carla_gemeente")
DUINDORP = FakeChat(-1001500500500, "supergroup", "Bewonersorganisatie Duindorp")
KRAAYENSTEIN = FakeChat(-4001, "group", "Wijkberaad Kraayenstein")

_BOT_ADMIN_RIGHTS: JSON = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
}


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was kicked from the supergroup chat",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot "
    "instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def error_body(status: int, description: str | None = None, retry_after: int = 7) -> JSON:
    """The JSON body Telegram sends with an error status (429 carries ``retry_after``)."""
    if status == 429:
        return {
            "ok": False,
            "error_code": 429,
            "description": description or f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after},
        }
    return {
        "ok": False,
        "error_code": status,
        "description": description or _DEFAULT_DESCRIPTIONS.get(status, "Error"),
    }


class ApiError(Exception):
    """Raised inside method handlers; turned into an error answer by :meth:`FakeTelegram.call`."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.body = error_body(status, description)
        if parameters:
            self.body["parameters"] = parameters


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# Text formatting (parse_mode) -> plain text + entities, as Telegram does
# --------------------------------------------------------------------------------------------


def u16len(text: str) -> int:
    """Length in UTF-16 code units: Telegram's unit for entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)"
    r"\s*(/?)>"
)
_ATTR_RE = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_CHARREF_RE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);")
_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


def _parse_html(src: str) -> tuple[str, list[JSON]]:
    out: list[str] = []
    pos = 0  # UTF-16 offset in the output
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[JSON] = []
    i = 0
    while i < len(src):
        c = src[i]
        byte_off = len(src[:i].encode())
        if c == "<":
            m = _TAG_RE.match(src, i)
            if not m:
                raise _bad(
                    f"can't parse entities: Unexpected end of name token at byte offset {byte_off}"
                )
            closing, name = m.group(1) == "/", m.group(2).lower()
            attrs = {
                a.group(1).lower(): (a.group(2) or "").strip("\"'")
                for a in _ATTR_RE.finditer(m.group(3))
            }
            if name not in _HTML_TAGS or (
                name == "span" and not closing and attrs.get("class") != "tg-spoiler"
            ):
                raise _bad(
                    f'can\'t parse entities: Unsupported start tag "{name}" at byte offset '
                    f"{byte_off}"
                )
            if closing:
                if not stack or stack[-1][0] != name:
                    expected = f', expected "</{stack[-1][0]}>"' if stack else ""
                    raise _bad(
                        f"can't parse entities: Unmatched end tag at byte offset {byte_off}"
                        f'{expected}, found "</{name}>"'
                    )
                tag, start, tag_attrs = stack.pop()
                length = pos - start
                inside_pre = any(t == "pre" for t, _, _ in stack)
                if length > 0 and not (tag == "code" and inside_pre):
                    ent: JSON = {"type": _HTML_TAGS[tag], "offset": start, "length": length}
                    if tag == "a":
                        href = html.unescape(tag_attrs.get("href", ""))
                        if href.startswith("tg://user?id="):
                            ent = {
                                "type": "text_mention",
                                "offset": start,
                                "length": length,
                                "user": {
                                    "id": int(href.split("=", 1)[1]),
                                    "is_bot": False,
                                    "first_name": "",
                                },
                            }
                        else:
                            ent["url"] = href
                    elif tag == "pre":
                        lang = tag_attrs.get("_language")
                        if lang:
                            ent["language"] = lang
                    elif tag == "blockquote" and "expandable" in tag_attrs:
                        ent["type"] = "expandable_blockquote"
                    elif tag == "tg-emoji":
                        ent["custom_emoji_id"] = tag_attrs.get("emoji-id", "")
                    entities.append(ent)
            else:
                if name == "code" and stack and stack[-1][0] == "pre":
                    cls = attrs.get("class", "")
                    if cls.startswith("language-"):
                        stack[-1][2]["_language"] = cls[len("language-") :]
                stack.append((name, pos, attrs))
            i = m.end()
            continue
        if c == "&":
            m = _CHARREF_RE.match(src, i)
            if m:
                ch = html.unescape(m.group(0))
                out.append(ch)
                pos += u16len(ch)
                i = m.end()
                continue
        if c == ">":
            pass  # Telegram tolerates a bare '>'
        out.append(c)
        pos += u16len(c)
        i += 1
    if stack:
        raise _bad(
            "can't parse entities: Can't find end tag corresponding to start tag "
            f'"{stack[-1][0]}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


_MD2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MD2_NAMES = {
    "*": "Bold",
    "_": "Italic",
    "__": "Underline",
    "~": "Strikethrough",
    "||": "Spoiler",
}


def _parse_markdown(src: str, v2: bool) -> tuple[str, list[JSON]]:
    out: list[str] = []
    pos = 0
    entities: list[JSON] = []
    open_marks: dict[str, int] = {}
    open_pos: dict[str, int] = {}
    link_start: int | None = None
    i = 0
    n = len(src)

    def emit(text: str) -> None:
        nonlocal pos
        out.append(text)
        pos += u16len(text)

    while i < n:
        c = src[i]
        byte_off = len(src[:i].encode())
        if c == "\\" and v2 and i + 1 < n:
            emit(src[i + 1])
            i += 2
            continue
        if src.startswith("```", i):
            end = src.find("```", i + 3)
            if end < 0:
                raise _bad(
                    f"can't parse entities: Can't find end of Pre entity at byte offset {byte_off}"
                )
            body = src[i + 3 : end]
            lang = ""
            if "\n" in body:
                first, rest = body.split("\n", 1)
                if first and " " not in first:
                    lang, body = first, rest
            if v2:
                body = re.sub(r"\\(.)", r"\1", body)
            start = pos
            emit(body)
            ent: JSON = {"type": "pre", "offset": start, "length": pos - start}
            if lang:
                ent["language"] = lang
            entities.append(ent)
            i = end + 3
            continue
        if c == "`":
            end = src.find("`", i + 1)
            if end < 0:
                raise _bad(
                    f"can't parse entities: Can't find end of Code entity at byte offset {byte_off}"
                )
            body = src[i + 1 : end]
            if v2:
                body = re.sub(r"\\(.)", r"\1", body)
            start = pos
            emit(body)
            entities.append({"type": "code", "offset": start, "length": pos - start})
            i = end + 1
            continue
        mark = None
        if v2 and src.startswith("__", i):
            mark = "__"
        elif v2 and src.startswith("||", i):
            mark = "||"
        elif c in "*_" or (v2 and c == "~"):
            mark = c
        if mark is not None:
            if mark in open_marks:
                start = open_marks.pop(mark)
                open_pos.pop(mark)
                if pos > start:
                    kind = {
                        "*": "bold",
                        "_": "italic",
                        "__": "underline",
                        "~": "strikethrough",
                        "||": "spoiler",
                    }[mark]
                    entities.append({"type": kind, "offset": start, "length": pos - start})
            else:
                open_marks[mark] = pos
                open_pos[mark] = byte_off
            i += len(mark)
            continue
        if c == "[" and link_start is None:
            link_start = pos
            i += 1
            continue
        if c == "]" and link_start is not None:
            if i + 1 < n and src[i + 1] == "(":
                end = src.find(")", i + 2)
                if end >= 0:
                    url = src[i + 2 : end]
                    if pos > link_start:
                        entities.append(
                            {
                                "type": "text_link",
                                "offset": link_start,
                                "length": pos - link_start,
                                "url": url,
                            }
                        )
                    link_start = None
                    i = end + 1
                    continue
            raise _bad(f"can't parse entities: Can't find end of a URL at byte offset {byte_off}")
        if v2 and c == ">" and (i == 0 or src[i - 1] == "\n"):
            i += 1  # blockquote marker; formatting not tracked
            continue
        if v2 and c in _MD2_RESERVED:
            raise _bad(
                f"can't parse entities: Character '{c}' is reserved and must be escaped with the "
                "preceding '\\'"
            )
        emit(c)
        i += 1
    if open_marks:
        mark = next(iter(open_marks))
        raise _bad(
            f"can't parse entities: Can't find end of {_MD2_NAMES.get(mark, 'the')} entity at "
            f"byte offset {open_pos[mark]}"
        )
    if link_start is not None:
        raise _bad("can't parse entities: Can't find end of a URL")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def format_text(text: str, parse_mode: str | None, entities: Any = None) -> tuple[str, list[JSON]]:
    """Apply ``parse_mode`` like Telegram: returns (plain text, entities)."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _parse_html(text)
    if mode == "markdownv2":
        return _parse_markdown(text, v2=True)
    if mode == "markdown":
        return _parse_markdown(text, v2=False)
    if mode:
        raise _bad(f"unsupported parse_mode {parse_mode}")
    return text, [dict(e) for e in (_decode_json(entities) or [])]


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass
class Call:
    """One API call as the fake received it."""

    method: str
    params: JSON
    time: datetime
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # key -> (filename, size)

    def to_json(self, index: int) -> JSON:
        return {
            "index": index,
            "method": self.method,
            "params": self.params,
            "time": self.time.isoformat(),
            "files": {k: {"filename": f, "size": s} for k, (f, s) in self.files.items()},
        }


@dataclass
class BotMessage:
    """A message the bot sent, with its CURRENT state (after edits) and its history."""

    chat_id: int
    message_id: int
    method: str
    message: JSON
    created_rev: int
    updated_rev: int
    sent_markup: JSON | None = None  # reply_markup as sent (incl. force_reply / keyboards)
    document: tuple[str, bytes] | None = None
    history: list[JSON] = field(default_factory=list)
    deleted: bool = False
    pinned: bool = False

    @property
    def text(self) -> str | None:
        return self.message.get("text", self.message.get("caption"))

    @property
    def reply_markup(self) -> JSON | None:
        return self.message.get("reply_markup")

    @property
    def buttons(self) -> list[list[tuple[str, str | None]]]:
        """Inline keyboard as rows of (text, callback_data or url)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [[(b["text"], b.get("callback_data", b.get("url"))) for b in row] for row in rows]

    @property
    def poll(self) -> JSON | None:
        return self.message.get("poll")

    @property
    def thread_id(self) -> int | None:
        return self.message.get("message_thread_id")

    @property
    def edited(self) -> bool:
        return bool(self.history)


@dataclass(frozen=True)
class Change:
    """A bot message that appeared, changed or vanished since a marker."""

    kind: str  # "new" | "edited" | "deleted"
    chat_id: int
    message_id: int
    text: str | None
    buttons: list[list[tuple[str, str | None]]]
    message: JSON


@dataclass
class _Fault:
    method: str
    status: int
    body: JSON
    times: int


@dataclass
class _Hang:
    method: str
    seconds: float
    times: int


# --------------------------------------------------------------------------------------------
# Parameter decoding
# --------------------------------------------------------------------------------------------

_STRING_FIELDS = {
    "text",
    "caption",
    "question",
    "data",
    "callback_query_id",
    "inline_message_id",
    "title",
    "description",
    "short_description",
    "name",
    "language_code",
    "parse_mode",
    "explanation",
    "explanation_parse_mode",
    "question_parse_mode",
    "document",
    "photo",
    "url",
    "emoji",
    "action",
    "business_connection_id",
    "message_effect_id",
    "secret_token",
    "ip_address",
    "type",
}


def _decode_json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def decode_form_params(pairs: Iterable[tuple[str, str]]) -> JSON:
    """Turn PTB's ``json_parameters`` form (non-strings JSON-encoded) back into typed values."""
    out: JSON = {}
    for key, raw in pairs:
        if key in _STRING_FIELDS:
            out[key] = raw
            continue
        try:
            out[key] = json.loads(raw)
        except ValueError:
            out[key] = raw
    return out


def _int(params: Mapping[str, Any], key: str, default: int | None = None) -> int | None:
    value = params.get(key, default)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        raise _bad(f"invalid {key} specified") from None


def _bool(params: Mapping[str, Any], key: str, default: bool = False) -> bool:
    value = params.get(key, default)
    if isinstance(value, str):
        return value.lower() in {"true", "1"}
    return bool(value)


# --------------------------------------------------------------------------------------------
# The core
# --------------------------------------------------------------------------------------------

_METHODS = [
    "getMe",
    "getUpdates",
    "deleteWebhook",
    "setWebhook",
    "getWebhookInfo",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "sendMessage",
    "editMessageText",
    "editMessageCaption",
    "editMessageReplyMarkup",
    "deleteMessage",
    "deleteMessages",
    "answerCallbackQuery",
    "getChatAdministrators",
    "getChatMember",
    "getChatMemberCount",
    "getChat",
    "sendPoll",
    "stopPoll",
    "sendDocument",
    "pinChatMessage",
    "unpinChatMessage",
    "unpinAllChatMessages",
    "leaveChat",
    "setChatMenuButton",
    "getChatMenuButton",
    "sendChatAction",
    "setMyDescription",
    "getMyDescription",
    "setMyShortDescription",
    "getMyShortDescription",
    "setMyName",
    "getMyName",
    "setMyDefaultAdministratorRights",
    "close",
    "logOut",
]
_CANONICAL = {m.lower(): m for m in _METHODS}
_SEND_METHODS = {"sendMessage", "sendPoll", "sendDocument"}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


ClockLike = Clock | Callable[[], datetime]


class FakeTelegram:
    """The in-memory Bot API. See the module docstring."""

    def __init__(
        self,
        clock: ClockLike | None = None,
        *,
        max_long_poll: float = MAX_LONG_POLL,
    ) -> None:
        self._clock: ClockLike = clock if clock is not None else SystemClock()
        self.max_long_poll = max_long_poll
        self.calls: list[Call] = []
        self.bot_user = BOT_USER
        # updates
        self._queue: list[JSON] = []
        self._next_update_id = 1
        self._last_pushed_id = 0
        self._delivered_upto = 0
        self._allowed_updates: list[str] | None = None
        self._update_event = asyncio.Event()
        self._event_loop: asyncio.AbstractEventLoop | None = None
        # chats, users, membership
        self._chats: dict[int, FakeChat] = {}
        self._users: dict[int, FakeUser] = {}
        self._seen_members: dict[int, set[int]] = {}
        self._member_status: dict[tuple[int, int], str] = {}
        self._bot_status: dict[int, str] = {}
        self._kicked: set[int] = set()
        self._started: set[int] = set()
        self._migrated: dict[int, int] = {}
        self._admins: dict[int, list[JSON]] = {}
        # messages
        self._next_mid: dict[int, int] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._bot_messages: dict[tuple[int, int], BotMessage] = {}
        self._bot_order: list[BotMessage] = []
        self._rev = 0
        self._polls: dict[str, tuple[int, int]] = {}
        self._poll_votes: dict[str, dict[int, list[int]]] = {}
        self._poll_seq = itertools.count(5432101234567890)
        self._callback_seq = itertools.count(4382000000000001)
        self._open_callbacks: set[str] = set()
        self.answered_callbacks: list[JSON] = []
        self._file_seq = itertools.count(1)
        # bot configuration
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self.menu_buttons: dict[int | None, JSON] = {}
        self.webhook_url = ""
        self.closed = False
        self.logged_out = False
        # faults
        self._faults: list[_Fault] = []
        self._hangs: list[_Hang] = []
        # activity (for wait_idle)
        self._inflight = 0
        self._last_activity = 0.0
        self._activity_count = 0
        for user in (ANNA, BRAM, CARLA):
            self._users[user.id] = user
        for chat in (DUINDORP, KRAAYENSTEIN):
            self.add_chat(chat)

    # -- clock ---------------------------------------------------------------------------

    def now(self) -> datetime:
        clock = self._clock
        now_fn = getattr(clock, "now", None)
        moment = now_fn() if callable(now_fn) else clock()  # type: ignore[operator]
        if moment.tzinfo is None:
            raise ValueError("the fake Bot API clock must return timezone-aware datetimes")
        return moment

    def _ts(self) -> int:
        return int(self.now().timestamp())

    # -- registry --------------------------------------------------------------------------

    def add_chat(self, chat: FakeChat) -> FakeChat:
        """Make a chat known (the bot is in it). Returns the registered version."""
        if chat.id not in self._chats:
            self._chats[chat.id] = chat
            self._next_mid.setdefault(chat.id, 1)
            if chat.type != "private":
                self._bot_status.setdefault(chat.id, "member")
        return self._chats[chat.id]

    def add_user(self, user: FakeUser) -> FakeUser:
        self._users.setdefault(user.id, user)
        return self._users[user.id]

    def chat(self, chat_id: int) -> FakeChat:
        return self._chats[chat_id]

    def user(self, user_id: int) -> FakeUser:
        return self._users[user_id]

    def _reg_chat(self, chat: FakeChat) -> FakeChat:
        return self.add_chat(chat)

    def _see(self, chat: FakeChat, user: FakeUser) -> None:
        self.add_user(user)
        self._seen_members.setdefault(chat.id, set()).add(user.id)
        if chat.type == "private":
            self._started.add(user.id)

    def _new_mid(self, chat_id: int) -> int:
        mid = self._next_mid.setdefault(chat_id, 1)
        self._next_mid[chat_id] = mid + 1
        return mid

    def set_admins(
        self,
        chat_id: int,
        admins: Sequence[FakeUser],
        creator: FakeUser | None = None,
        *,
        include_bot: bool = True,
    ) -> None:
        """Configure getChatAdministrators for a chat (creator first, then admins, then bot)."""
        entries: list[JSON] = []
        if creator is not None:
            entries.append({"status": "creator", "user": creator.to_dict(), "is_anonymous": False})
            self.add_user(creator)
        for user in admins:
            self.add_user(user)
            entry = {"status": "administrator", "user": user.to_dict(), **_BOT_ADMIN_RIGHTS}
            entry["can_be_edited"] = False
            entries.append(entry)
        if include_bot:
            entries.append(
                {"status": "administrator", "user": BOT_USER.to_dict(), **_BOT_ADMIN_RIGHTS}
            )
        self._admins[chat_id] = entries

    def admins(self, chat_id: int) -> list[JSON]:
        if chat_id not in self._admins:
            self.set_admins(chat_id, [], creator=ANNA)
        return copy.deepcopy(self._admins[chat_id])

    def set_member(self, chat_id: int, user: FakeUser, status: str) -> None:
        """Force getChatMember's status for a user (member, restricted, left, kicked...)."""
        self.add_user(user)
        self._member_status[(chat_id, user.id)] = status

    def kick(self, chat_id: int) -> None:
        """The bot is kicked (group) or blocked (private): every later send answers 403."""
        self._kicked.add(chat_id)
        if chat_id in self._chats and self._chats[chat_id].type != "private":
            self._bot_status[chat_id] = "kicked"

    def unkick(self, chat_id: int) -> None:
        self._kicked.discard(chat_id)
        if chat_id in self._bot_status:
            self._bot_status[chat_id] = "member"

    # -- fault injection -----------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int,
        body: JSON | None = None,
        times: int = 1,
        *,
        retry_after: int = 7,
        description: str | None = None,
    ) -> None:
        """The next ``times`` calls of ``method`` ("*" = any but getUpdates) answer this error."""
        if body is None:
            body = error_body(status, description, retry_after)
        self._faults.append(_Fault(method.lower(), status, body, times))

    def hang_next(self, method: str, seconds: float, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` wait ``seconds`` before being handled."""
        self._hangs.append(_Hang(method.lower(), seconds, times))

    def _take(self, items: list[Any], method: str) -> Any:
        low = method.lower()
        for item in items:
            if item.method == low or (item.method == "*" and low != "getupdates"):
                item.times -= 1
                if item.times <= 0:
                    items.remove(item)
                return item
        return None

    # -- the API entry point -------------------------------------------------------------

    async def call(
        self, method: str, params: Mapping[str, Any], files: Files | None = None
    ) -> tuple[int, JSON]:
        """Handle one Bot API call: returns (HTTP status, JSON body)."""
        name = _CANONICAL.get(method.lower(), method)
        params = dict(params)
        self.calls.append(
            Call(
                name,
                params,
                self.now(),
                {k: (fn, len(data)) for k, (fn, data) in (files or {}).items()},
            )
        )
        polling = name == "getUpdates"
        if not polling:
            self._inflight += 1
            self._touch()
        try:
            hang = self._take(self._hangs, name)
            if hang is not None:
                await asyncio.sleep(hang.seconds)
            fault = self._take(self._faults, name)
            if fault is not None:
                return fault.status, copy.deepcopy(fault.body)
            handler: Callable[[JSON, Files], Awaitable[Any]] | None = getattr(
                self, f"_m_{_snake(name)}", None
            )
            if name not in _CANONICAL.values() or handler is None:
                return 404, error_body(404, "Not Found: method not found")
            try:
                result = await handler(params, files or {})
            except ApiError as exc:
                return exc.status, copy.deepcopy(exc.body)
            return 200, {"ok": True, "result": copy.deepcopy(result)}
        finally:
            if not polling:
                self._inflight -= 1
                self._touch()

    def _touch(self) -> None:
        self._activity_count += 1
        try:
            self._last_activity = asyncio.get_running_loop().time()
        except RuntimeError:
            self._last_activity = 0.0

    # -- updates -------------------------------------------------------------------------

    def push(self, update: JSON) -> JSON:
        """Queue an update for getUpdates (update_id assigned so they keep increasing)."""
        uid = update.get("update_id")
        if not isinstance(uid, int) or uid <= self._last_pushed_id:
            uid = max(self._next_update_id, self._last_pushed_id + 1)
            update["update_id"] = uid
        self._last_pushed_id = uid
        self._next_update_id = max(self._next_update_id, uid + 1)
        self._queue.append(update)
        self._update_event.set()
        return update

    def push_all(self, updates: Iterable[JSON]) -> list[JSON]:
        return [self.push(u) for u in updates]

    @property
    def pending(self) -> list[JSON]:
        """Updates queued and not yet confirmed by an ``offset``."""
        return list(self._queue)

    @property
    def undelivered(self) -> int:
        return sum(1 for u in self._queue if u["update_id"] > self._delivered_upto)

    def _new_update(self, **payload: Any) -> JSON:
        uid = self._next_update_id
        self._next_update_id += 1
        return {"update_id": uid, **payload}

    def _event_for_this_loop(self) -> asyncio.Event:
        """The wake-up event, renewed when a new event loop uses this fake (e.g. a restart)."""
        loop = asyncio.get_running_loop()
        if self._event_loop is not loop:
            self._event_loop = loop
            self._update_event = asyncio.Event()
        return self._update_event

    def _allowed(self, update: JSON) -> bool:
        if not self._allowed_updates:
            return True
        kinds = [k for k in update if k != "update_id"]
        return any(k in self._allowed_updates for k in kinds)

    async def _m_get_updates(self, params: JSON, _files: Files) -> list[JSON]:
        offset = _int(params, "offset", 0) or 0
        limit = max(1, min(100, _int(params, "limit", 100) or 100))
        timeout = max(0.0, min(float(params.get("timeout") or 0), self.max_long_poll))
        allowed = _decode_json(params.get("allowed_updates"))
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed]
        if offset > 0:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        elif offset < 0:
            self._queue = self._queue[offset:]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self._queue = [u for u in self._queue if self._allowed(u)]
            if self._queue:
                break
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            event = self._event_for_this_loop()
            event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)
        batch = self._queue[:limit]
        if batch:
            self._delivered_upto = max(self._delivered_upto, batch[-1]["update_id"])
            self._touch()
        return batch

    async def wait_idle(self, quiet: float = 0.15, timeout: float = 10) -> None:  # noqa: ASYNC109
        """Wait until every queued update was delivered and no other call came for ``quiet`` s."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            now = loop.time()
            if self.undelivered == 0 and self._inflight == 0 and now - self._last_activity >= quiet:
                return
            if now >= deadline:
                raise TimeoutError(
                    f"fake Bot API not idle after {timeout}s "
                    f"(undelivered={self.undelivered}, in flight={self._inflight})"
                )
            await asyncio.sleep(min(0.02, max(0.001, deadline - now)))

    # -- inspection ------------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        low = method.lower()
        return [c for c in self.calls if c.method.lower() == low]

    def sent(self, chat_id: int | None = None) -> list[BotMessage]:
        """Messages the bot sent (current state, deleted ones included), oldest first."""
        return [m for m in self._bot_order if chat_id is None or m.chat_id == chat_id]

    def messages(self, chat_id: int | None = None) -> list[BotMessage]:
        """Bot messages still visible (not deleted)."""
        return [m for m in self.sent(chat_id) if not m.deleted]

    def last(self, chat_id: int | None = None) -> BotMessage | None:
        visible = self.messages(chat_id)
        return visible[-1] if visible else None

    def last_text(self, chat_id: int | None = None) -> str | None:
        msg = self.last(chat_id)
        return msg.text if msg else None

    def bot_message(self, chat_id: int, message_id: int) -> BotMessage:
        return self._bot_messages[(chat_id, message_id)]

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        return copy.deepcopy(self._commands.get(self._cmd_key(scope, language_code), []))

    def pinned(self, chat_id: int) -> list[int]:
        return [m.message_id for m in self.sent(chat_id) if m.pinned]

    def mark(self) -> int:
        """A marker for :meth:`changes_since`."""
        return self._rev

    def changes_since(self, marker: int) -> list[Change]:
        """Bot messages that appeared, were edited or deleted after ``marker``."""
        out: list[Change] = []
        for m in sorted(self._bot_order, key=lambda m: m.updated_rev):
            if m.updated_rev <= marker:
                continue
            if m.deleted:
                if m.created_rev > marker:
                    continue  # appeared and vanished in between
                kind = "deleted"
            else:
                kind = "new" if m.created_rev > marker else "edited"
            out.append(
                Change(kind, m.chat_id, m.message_id, m.text, m.buttons, copy.deepcopy(m.message))
            )
        return out

    def state(self) -> dict[str, list[JSON]]:
        """Current bot messages per chat (JSON-able)."""
        out: dict[str, list[JSON]] = {}
        for m in self._bot_order:
            entry = {**copy.deepcopy(m.message), "_deleted": m.deleted, "_edits": len(m.history)}
            if m.pinned:
                entry["_pinned"] = True
            out.setdefault(str(m.chat_id), []).append(entry)
        return out

    # -- shared helpers for sending --------------------------------------------------------

    def _bump(self) -> int:
        self._rev += 1
        return self._rev

    def _target_chat(self, params: Mapping[str, Any]) -> FakeChat:
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise _bad("chat_id is empty")
        if isinstance(raw, str) and raw.startswith("@"):
            for chat in self._chats.values():
                if chat.username and f"@{chat.username}".lower() == raw.lower():
                    return chat
            raise _bad("chat not found")
        chat_id = _int(params, "chat_id")
        assert chat_id is not None
        if chat_id in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )
        found = self._chats.get(chat_id)
        if found is None:
            if chat_id > 0 and chat_id in self._users:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            raise _bad("chat not found")
        return found

    def _writable_chat(self, params: Mapping[str, Any]) -> FakeChat:
        chat = self._target_chat(params)
        if chat.type == "private":
            if chat.id in self._kicked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if chat.id not in self._started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            return chat
        kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
        if chat.id in self._kicked or self._bot_status.get(chat.id) == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {kind}")
        if self._bot_status.get(chat.id) == "left":
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return chat

    def _inline_markup(self, raw: Any) -> tuple[JSON | None, JSON | None]:
        """(markup as sent, inline keyboard to echo in the Message or None)."""
        markup = _decode_json(raw)
        if markup is None or markup == "":
            return None, None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return markup, None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list):
            raise _bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
        clean_rows: list[list[JSON]] = []
        for row in rows:
            clean: list[JSON] = []
            for button in row:
                b = {k: v for k, v in button.items() if v is not None}
                if not b.get("text"):
                    raise _bad("text buttons are unallowed in the inline keyboard")
                data = b.get("callback_data")
                if data is not None and (not data or len(str(data).encode()) > MAX_CALLBACK_DATA):
                    raise _bad("BUTTON_DATA_INVALID")
                if len(b) < 2:
                    raise _bad("text buttons are unallowed in the inline keyboard")
                clean.append(b)
            if clean:
                clean_rows.append(clean)
        echoed = {"inline_keyboard": clean_rows} if clean_rows else None
        return markup, echoed

    def _reply_to(self, chat: FakeChat, params: Mapping[str, Any]) -> JSON | None:
        rp = _decode_json(params.get("reply_parameters"))
        mid: int | None = None
        allow = False
        if isinstance(rp, dict):
            mid = rp.get("message_id")
            allow = bool(rp.get("allow_sending_without_reply", False))
            if rp.get("chat_id") not in (None, chat.id):
                raise _bad("message to be replied not found")
        elif params.get("reply_to_message_id") is not None:
            mid = _int(params, "reply_to_message_id")
            allow = _bool(params, "allow_sending_without_reply")
        if mid is None:
            return None
        original = self._messages.get((chat.id, int(mid)))
        if original is None or (
            (chat.id, int(mid)) in self._bot_messages
            and self._bot_messages[(chat.id, int(mid))].deleted
        ):
            if allow:
                return None
            raise _bad("message to be replied not found")
        reply = copy.deepcopy(original)
        reply.pop("reply_to_message", None)
        return reply

    def _base_message(self, chat: FakeChat, params: Mapping[str, Any]) -> JSON:
        mid = self._new_mid(chat.id)
        msg: JSON = {
            "message_id": mid,
            "from": BOT_USER.to_dict(),
            "chat": chat.to_dict(),
            "date": self._ts(),
        }
        thread = _int(params, "message_thread_id")
        if thread is not None and chat.is_forum:
            msg["message_thread_id"] = thread
            msg["is_topic_message"] = True
        reply = self._reply_to(chat, params)
        if reply is not None:
            msg["reply_to_message"] = reply
        return msg

    def _store_bot(
        self,
        method: str,
        msg: JSON,
        sent_markup: JSON | None,
        document: tuple[str, bytes] | None = None,
    ) -> BotMessage:
        rev = self._bump()
        chat_id = msg["chat"]["id"]
        bm = BotMessage(chat_id, msg["message_id"], method, msg, rev, rev, sent_markup, document)
        self._messages[(chat_id, msg["message_id"])] = msg
        self._bot_messages[(chat_id, msg["message_id"])] = bm
        self._bot_order.append(bm)
        return bm

    def _editable(self, params: Mapping[str, Any], what: str = "edit") -> BotMessage:
        if params.get("inline_message_id"):
            raise _bad("inline messages are not supported by the fake")
        chat = self._target_chat(params)
        mid = _int(params, "message_id")
        if mid is None:
            raise _bad("message identifier is not specified")
        key = (chat.id, mid)
        bm = self._bot_messages.get(key)
        if bm is None or bm.deleted:
            if key in self._messages:
                raise _bad("message can't be edited")
            raise _bad(f"message to {what} not found")
        return bm

    def _apply_edit(self, bm: BotMessage, new: JSON) -> JSON:
        bm.history.append(bm.message)
        new["edit_date"] = self._ts()
        bm.message = new
        bm.updated_rev = self._bump()
        self._messages[(bm.chat_id, bm.message_id)] = new
        return new

    # -- method handlers ---------------------------------------------------------------------

    async def _m_get_me(self, params: JSON, files: Files) -> JSON:
        return {
            **BOT_USER.to_dict(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _m_delete_webhook(self, params: JSON, files: Files) -> bool:
        self.webhook_url = ""
        if _bool(params, "drop_pending_updates"):
            self._queue.clear()
        return True

    async def _m_set_webhook(self, params: JSON, files: Files) -> bool:
        self.webhook_url = str(params.get("url", ""))
        return True

    async def _m_get_webhook_info(self, params: JSON, files: Files) -> JSON:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }

    @staticmethod
    def _cmd_key(scope: Any, language_code: Any) -> tuple[str, str]:
        scope = _decode_json(scope) or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(language_code or "")

    async def _m_set_my_commands(self, params: JSON, files: Files) -> bool:
        commands = _decode_json(params.get("commands"))
        if not isinstance(commands, list):
            raise _bad("commands must be an Array")
        if len(commands) > 100:
            raise _bad("too many commands specified")
        clean: list[JSON] = []
        for cmd in commands:
            name = str(cmd.get("command", ""))
            desc = str(cmd.get("description", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(desc) <= 256:
                raise _bad("command description must be non-empty")
            clean.append({"command": name, "description": desc})
        key = self._cmd_key(params.get("scope"), params.get("language_code"))
        if clean:
            self._commands[key] = clean
        else:
            self._commands.pop(key, None)
        return True

    async def _m_get_my_commands(self, params: JSON, files: Files) -> list[JSON]:
        key = self._cmd_key(params.get("scope"), params.get("language_code"))
        return self._commands.get(key, [])

    async def _m_delete_my_commands(self, params: JSON, files: Files) -> bool:
        self._commands.pop(self._cmd_key(params.get("scope"), params.get("language_code")), None)
        return True

    async def _m_send_message(self, params: JSON, files: Files) -> JSON:
        chat = self._writable_chat(params)
        raw = params.get("text")
        if raw is None or str(raw).strip() == "":
            raise _bad("message text is empty")
        text, entities = format_text(str(raw), params.get("parse_mode"), params.get("entities"))
        if not text.strip():
            raise _bad("message text is empty")
        if u16len(text) > MAX_TEXT:
            raise _bad("message is too long")
        sent_markup, echoed = self._inline_markup(params.get("reply_markup"))
        msg = self._base_message(chat, params)
        msg["text"] = text
        if entities:
            msg["entities"] = entities
        if echoed:
            msg["reply_markup"] = echoed
        return self._store_bot("sendMessage", msg, sent_markup).message

    async def _m_edit_message_text(self, params: JSON, files: Files) -> JSON:
        bm = self._editable(params)
        if "text" not in bm.message:
            raise _bad("there is no text in the message to edit")
        raw = params.get("text")
        if raw is None or str(raw).strip() == "":
            raise _bad("message text is empty")
        text, entities = format_text(str(raw), params.get("parse_mode"), params.get("entities"))
        if u16len(text) > MAX_TEXT:
            raise _bad("message is too long")
        _, echoed = self._inline_markup(params.get("reply_markup"))
        cur = bm.message
        if (
            cur.get("text") == text
            and cur.get("entities", []) == entities
            and cur.get("reply_markup") == echoed
        ):
            raise _bad(NOT_MODIFIED[len("Bad Request: ") :])
        new = {k: v for k, v in cur.items() if k not in {"text", "entities", "reply_markup"}}
        new["text"] = text
        if entities:
            new["entities"] = entities
        if echoed:
            new["reply_markup"] = echoed
        return self._apply_edit(bm, new)

    async def _m_edit_message_caption(self, params: JSON, files: Files) -> JSON:
        bm = self._editable(params)
        if "text" in bm.message or "poll" in bm.message:
            raise _bad("there is no caption in the message to edit")
        caption, entities = format_text(
            str(params.get("caption") or ""),
            params.get("parse_mode"),
            params.get("caption_entities"),
        )
        if u16len(caption) > MAX_CAPTION:
            raise _bad("message caption is too long")
        _, echoed = self._inline_markup(params.get("reply_markup"))
        cur = bm.message
        if (
            cur.get("caption", "") == caption
            and cur.get("caption_entities", []) == entities
            and cur.get("reply_markup") == echoed
        ):
            raise _bad(NOT_MODIFIED[len("Bad Request: ") :])
        new = {
            k: v for k, v in cur.items() if k not in {"caption", "caption_entities", "reply_markup"}
        }
        if caption:
            new["caption"] = caption
        if entities:
            new["caption_entities"] = entities
        if echoed:
            new["reply_markup"] = echoed
        return self._apply_edit(bm, new)

    async def _m_edit_message_reply_markup(self, params: JSON, files: Files) -> JSON:
        bm = self._editable(params)
        _, echoed = self._inline_markup(params.get("reply_markup"))
        if bm.message.get("reply_markup") == echoed:
            raise _bad(NOT_MODIFIED[len("Bad Request: ") :])
        new = {k: v for k, v in bm.message.items() if k != "reply_markup"}
        if echoed:
            new["reply_markup"] = echoed
        return self._apply_edit(bm, new)

    def _delete_one(self, chat: FakeChat, mid: int) -> bool:
        key = (chat.id, mid)
        bm = self._bot_messages.get(key)
        if bm is not None:
            if bm.deleted:
                return False
            bm.deleted = True
            bm.updated_rev = self._bump()
            return True
        return self._messages.pop(key, None) is not None

    async def _m_delete_message(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        mid = _int(params, "message_id")
        if mid is None or not self._delete_one(chat, mid):
            raise _bad("message to delete not found")
        return True

    async def _m_delete_messages(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        ids = _decode_json(params.get("message_ids")) or []
        for mid in ids:
            self._delete_one(chat, int(mid))
        return True

    async def _m_answer_callback_query(self, params: JSON, files: Files) -> bool:
        qid = str(params.get("callback_query_id", ""))
        if qid not in self._open_callbacks:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        self._open_callbacks.discard(qid)
        self.answered_callbacks.append(dict(params))
        return True

    async def _m_get_chat_administrators(self, params: JSON, files: Files) -> list[JSON]:
        chat = self._target_chat(params)
        if chat.type == "private":
            raise _bad("there are no administrators in the private chat")
        if chat.id in self._kicked or self._bot_status.get(chat.id) in {"kicked", "left"}:
            kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return self.admins(chat.id)

    async def _m_get_chat_member(self, params: JSON, files: Files) -> JSON:
        chat = self._target_chat(params)
        user_id = _int(params, "user_id")
        if user_id is None:
            raise _bad("user_id is empty")
        if user_id == BOT_ID:
            status = self._bot_status.get(chat.id, "member")
            if status not in {"kicked", "left"}:
                for entry in self.admins(chat.id):
                    if entry["user"]["id"] == BOT_ID:
                        return entry
            return {"status": status, "user": BOT_USER.to_dict()} | (
                {"until_date": 0} if status == "kicked" else {}
            )
        if chat.type != "private":
            for entry in self.admins(chat.id):
                if entry["user"]["id"] == user_id:
                    return entry
        user = self._users.get(user_id)
        if user is None:
            raise _bad("user not found")
        seen = chat.type == "private" or user_id in self._seen_members.get(chat.id, set())
        state = self._member_status.get((chat.id, user_id), "member" if seen else "left")
        member: JSON = {"status": state, "user": user.to_dict()}
        if state == "kicked":
            member["until_date"] = 0
        elif state == "restricted":
            member.update(
                {
                    "is_member": True,
                    "can_send_messages": False,
                    "can_send_audios": False,
                    "can_send_documents": False,
                    "can_send_photos": False,
                    "can_send_videos": False,
                    "can_send_video_notes": False,
                    "can_send_voice_notes": False,
                    "can_send_polls": False,
                    "can_send_other_messages": False,
                    "can_add_web_page_previews": False,
                    "can_change_info": False,
                    "can_invite_users": False,
                    "can_pin_messages": False,
                    "can_manage_topics": False,
                    "until_date": 0,
                }
            )
        return member

    async def _m_get_chat_member_count(self, params: JSON, files: Files) -> int:
        chat = self._target_chat(params)
        if chat.type == "private":
            return 2
        members = set(self._seen_members.get(chat.id, set()))
        members.update(e["user"]["id"] for e in self.admins(chat.id))
        return len(members)

    async def _m_get_chat(self, params: JSON, files: Files) -> JSON:
        chat = self._target_chat(params)
        info = chat.to_dict()
        info.pop("all_members_are_administrators", None)
        info.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )
        pinned = self.pinned(chat.id)
        if pinned:
            info["pinned_message"] = copy.deepcopy(
                self._bot_messages[(chat.id, pinned[-1])].message
            )
        return info

    async def _m_send_poll(self, params: JSON, files: Files) -> JSON:
        chat = self._writable_chat(params)
        question = str(params.get("question") or "")
        if not question:
            raise _bad("poll question must be non-empty")
        if len(question) > 300:
            raise _bad("poll question length must not exceed 300")
        raw_options = _decode_json(params.get("options")) or []
        options: list[str] = []
        for opt in raw_options:
            options.append(str(opt.get("text", "")) if isinstance(opt, dict) else str(opt))
        if len(options) < 2:
            raise _bad("poll must have at least 2 option")
        if len(options) > 12:
            raise _bad("poll can't have more than 12 options")
        if any(not o or len(o) > 100 for o in options):
            raise _bad("poll options length must not exceed 100")
        is_anonymous = _bool(params, "is_anonymous", True)
        ptype = str(params.get("type") or "regular")
        poll_id = str(next(self._poll_seq))
        poll: JSON = {
            "id": poll_id,
            "question": question,
            "options": [
                {"text": o, "voter_count": 0, "persistent_id": str(i)}
                for i, o in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": _bool(params, "is_closed"),
            "is_anonymous": is_anonymous,
            "type": ptype,
            "allows_multiple_answers": _bool(params, "allows_multiple_answers"),
            "allows_revoting": _bool(params, "allows_revoting", True),
            "members_only": _bool(params, "members_only", False),
        }
        if ptype == "quiz":
            correct = _int(params, "correct_option_id")
            if correct is not None:
                poll["correct_option_id"] = correct
            if params.get("explanation"):
                poll["explanation"] = str(params["explanation"])
        for key in ("open_period", "close_date"):
            if params.get(key) is not None:
                poll[key] = _int(params, key)
        sent_markup, echoed = self._inline_markup(params.get("reply_markup"))
        msg = self._base_message(chat, params)
        msg["poll"] = poll
        if echoed:
            msg["reply_markup"] = echoed
        self._polls[poll_id] = (chat.id, msg["message_id"])
        self._poll_votes[poll_id] = {}
        return self._store_bot("sendPoll", msg, sent_markup).message

    async def _m_stop_poll(self, params: JSON, files: Files) -> JSON:
        chat = self._target_chat(params)
        mid = _int(params, "message_id")
        bm = self._bot_messages.get((chat.id, mid or 0))
        if bm is None or bm.deleted or "poll" not in bm.message:
            raise _bad("message with poll to stop not found")
        if bm.message["poll"]["is_closed"]:
            raise _bad("poll has already been closed")
        _, echoed = self._inline_markup(params.get("reply_markup"))
        new = copy.deepcopy(bm.message)
        new["poll"]["is_closed"] = True
        new.pop("reply_markup", None)
        if echoed:
            new["reply_markup"] = echoed
        bm.history.append(bm.message)
        bm.message = new
        bm.updated_rev = self._bump()
        self._messages[(bm.chat_id, bm.message_id)] = new
        poll: JSON = new["poll"]
        return poll

    async def _m_send_document(self, params: JSON, files: Files) -> JSON:
        chat = self._writable_chat(params)
        upload = files.get("document")
        if upload is None:
            ref = params.get("document")
            if not ref:
                raise _bad("there is no document in the request")
            filename, data = str(ref).rsplit("/", 1)[-1] or "file", b""
        else:
            filename, data = upload
        caption, entities = format_text(
            str(params.get("caption") or ""),
            params.get("parse_mode"),
            params.get("caption_entities"),
        )
        if u16len(caption) > MAX_CAPTION:
            raise _bad("message caption is too long")
        sent_markup, echoed = self._inline_markup(params.get("reply_markup"))
        msg = self._base_message(chat, params)
        n = next(self._file_seq)
        msg["document"] = {
            "file_name": filename,
            "mime_type": mimetypes.guess_type(filename)[0] or "application/octet-stream",
            "file_id": f"BQACAgQAAxkDAAI{n:06d}fake",
            "file_unique_id": f"AgAD{n:06d}",
            "file_size": len(data),
        }
        if caption:
            msg["caption"] = caption
        if entities:
            msg["caption_entities"] = entities
        if echoed:
            msg["reply_markup"] = echoed
        return self._store_bot("sendDocument", msg, sent_markup, (filename, data)).message

    async def _m_pin_chat_message(self, params: JSON, files: Files) -> bool:
        chat = self._writable_chat(params)
        mid = _int(params, "message_id")
        bm = self._bot_messages.get((chat.id, mid or 0))
        if bm is None or bm.deleted:
            if (chat.id, mid) in self._messages:
                return True
            raise _bad("message to pin not found")
        bm.pinned = True
        return True

    async def _m_unpin_chat_message(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        mid = _int(params, "message_id")
        pinned = self.pinned(chat.id)
        if mid is None:
            if not pinned:
                raise _bad("message to unpin not found")
            mid = pinned[-1]
        bm = self._bot_messages.get((chat.id, mid))
        if bm is None or not bm.pinned:
            raise _bad("message to unpin not found")
        bm.pinned = False
        return True

    async def _m_unpin_all_chat_messages(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        for m in self.sent(chat.id):
            m.pinned = False
        return True

    async def _m_leave_chat(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        if chat.type == "private":
            raise _bad("chat member status can't be changed in private chats")
        self._bot_status[chat.id] = "left"
        return True

    async def _m_set_chat_menu_button(self, params: JSON, files: Files) -> bool:
        chat_id = _int(params, "chat_id")
        self.menu_buttons[chat_id] = _decode_json(params.get("menu_button")) or {"type": "default"}
        return True

    async def _m_get_chat_menu_button(self, params: JSON, files: Files) -> JSON:
        return self.menu_buttons.get(_int(params, "chat_id"), {"type": "commands"})

    async def _m_send_chat_action(self, params: JSON, files: Files) -> bool:
        self._writable_chat(params)
        return True

    async def _m_set_my_description(self, params: JSON, files: Files) -> bool:
        return True

    async def _m_get_my_description(self, params: JSON, files: Files) -> JSON:
        return {"description": ""}

    async def _m_set_my_short_description(self, params: JSON, files: Files) -> bool:
        return True

    async def _m_get_my_short_description(self, params: JSON, files: Files) -> JSON:
        return {"short_description": ""}

    async def _m_set_my_name(self, params: JSON, files: Files) -> bool:
        return True

    async def _m_get_my_name(self, params: JSON, files: Files) -> JSON:
        return {"name": BOT_FIRST_NAME}

    async def _m_set_my_default_administrator_rights(self, params: JSON, files: Files) -> bool:
        return True

    async def _m_close(self, params: JSON, files: Files) -> bool:
        self.closed = True
        return True

    async def _m_log_out(self, params: JSON, files: Files) -> bool:
        self.logged_out = True
        return True

    # -- update builders ---------------------------------------------------------------------

    @staticmethod
    def _auto_entities(text: str, mentions: Sequence[FakeUser] = ()) -> list[JSON]:
        entities: list[JSON] = []
        for m in re.finditer(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?", text):
            entities.append(
                {
                    "type": "bot_command",
                    "offset": u16len(text[: m.start()]),
                    "length": u16len(m.group(0)),
                }
            )
        for m in re.finditer(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{3,31}", text):
            entities.append(
                {
                    "type": "mention",
                    "offset": u16len(text[: m.start()]),
                    "length": u16len(m.group(0)),
                }
            )
        for m in re.finditer(r"https?://[^\s]+", text):
            entities.append(
                {"type": "url", "offset": u16len(text[: m.start()]), "length": u16len(m.group(0))}
            )
        search_from = 0
        for user in mentions:
            idx = text.find(user.first_name, search_from)
            if idx < 0:
                raise ValueError(f"{user.first_name!r} does not occur in {text!r}")
            entities.append(
                {
                    "type": "text_mention",
                    "offset": u16len(text[:idx]),
                    "length": u16len(user.first_name),
                    "user": user.to_dict(),
                }
            )
            search_from = idx + len(user.first_name)
        entities.sort(key=lambda e: e["offset"])
        return entities

    def _user_message(self, chat: FakeChat, user: FakeUser, **fields: Any) -> JSON:
        chat = self._reg_chat(chat)
        self._see(chat, user)
        msg: JSON = {
            "message_id": self._new_mid(chat.id),
            "date": self._ts(),
            "chat": chat.to_dict(),
            "from": user.to_dict(),
            **fields,
        }
        self._messages[(chat.id, msg["message_id"])] = msg
        return msg

    def message(
        self,
        chat: FakeChat,
        user: FakeUser,
        text: str,
        reply_to: int | JSON | None = None,
        thread_id: int | None = None,
        *,
        mentions: Sequence[FakeUser] = (),
    ) -> JSON:
        """An update with a user's text message (command/mention/url entities added)."""
        chat = self._reg_chat(chat)
        fields: JSON = {}
        if thread_id is not None:
            fields["message_thread_id"] = thread_id
            if chat.is_forum:
                fields["is_topic_message"] = True
        fields["text"] = text
        entities = self._auto_entities(text, mentions)
        if entities:
            fields["entities"] = entities
        if reply_to is not None:
            if isinstance(reply_to, dict):
                original = reply_to.get("message", reply_to)
            else:
                found = self._messages.get((chat.id, reply_to))
                if found is None:
                    raise KeyError(f"no message {reply_to} in chat {chat.id}")
                original = found
            reply = copy.deepcopy(original)
            reply.pop("reply_to_message", None)
            fields["reply_to_message"] = reply
        msg = self._user_message(chat, user, **fields)
        return self._new_update(message=copy.deepcopy(msg))

    def private_start(self, user: FakeUser, payload: str | None = None) -> JSON:
        """``/start`` in the user's private chat (the bot may write to them afterwards)."""
        text = "/start" if not payload else f"/start {payload}"
        return self.message(FakeChat.private(user), user, text)

    def edited(self, chat: FakeChat, user: FakeUser, message_id: int, text: str) -> JSON:
        """An ``edited_message`` update: the user changed one of their messages."""
        chat = self._reg_chat(chat)
        original = self._messages.get((chat.id, message_id))
        if original is None:
            raise KeyError(f"no message {message_id} in chat {chat.id}")
        new = {k: v for k, v in original.items() if k not in {"text", "entities", "edit_date"}}
        new["from"] = user.to_dict()
        new["edit_date"] = self._ts()
        new["text"] = text
        entities = self._auto_entities(text)
        if entities:
            new["entities"] = entities
        self._messages[(chat.id, message_id)] = new
        return self._new_update(edited_message=copy.deepcopy(new))

    def callback(self, chat: FakeChat, user: FakeUser, data: str, message_id: int) -> JSON:
        """A ``callback_query``: ``user`` pressed a button carrying ``data`` under a bot message."""
        chat = self._reg_chat(chat)
        self._see(chat, user)
        bm = self._bot_messages.get((chat.id, message_id))
        if bm is None:
            raise KeyError(f"the bot sent no message {message_id} in chat {chat.id}")
        qid = str(next(self._callback_seq))
        self._open_callbacks.add(qid)
        message: JSON
        if bm.deleted:
            message = {"chat": chat.to_dict(), "message_id": message_id, "date": 0}
        else:
            message = copy.deepcopy(bm.message)
        return self._new_update(
            callback_query={
                "id": qid,
                "from": user.to_dict(),
                "chat_instance": str(-8012345678901234567 + abs(chat.id) % 10**9),
                "data": data,
                "message": message,
            }
        )

    def press(
        self, chat: FakeChat, user: FakeUser, button_text: str, message_id: int | None = None
    ) -> JSON:
        """Find a button by its label (in ``message_id`` or the newest bot message having it)."""
        candidates = (
            [self._bot_messages[(chat.id, message_id)]]
            if message_id is not None
            else list(reversed(self.messages(chat.id)))
        )
        for bm in candidates:
            for row in bm.buttons:
                for label, data in row:
                    if label == button_text and data is not None:
                        return self.callback(chat, user, data, bm.message_id)
        raise KeyError(f"no button {button_text!r} in chat {chat.id}")

    def poll_answer(self, poll_id: str, user: FakeUser, option_ids: Sequence[int]) -> JSON:
        """A ``poll_answer`` (``option_ids=[]`` retracts the vote); updates the poll's counts."""
        key = self._polls.get(poll_id)
        if key is None:
            raise KeyError(f"unknown poll {poll_id}")
        bm = self._bot_messages[key]
        poll = bm.message["poll"]
        if poll["is_closed"]:
            raise ValueError("the poll is closed: Telegram accepts no more votes")
        if poll["is_anonymous"]:
            raise ValueError("anonymous poll: Telegram sends the bot no poll_answer updates")
        ids = list(option_ids)
        if any(not 0 <= i < len(poll["options"]) for i in ids):
            raise ValueError(f"option ids {ids} out of range")
        if len(ids) > 1 and not poll["allows_multiple_answers"]:
            raise ValueError("this poll allows only one answer")
        self.add_user(user)
        votes = self._poll_votes[poll_id]
        if ids:
            votes[user.id] = ids
        else:
            votes.pop(user.id, None)
        for i, opt in enumerate(poll["options"]):
            opt["voter_count"] = sum(1 for v in votes.values() if i in v)
        poll["total_voter_count"] = len(votes)
        return self._new_update(
            poll_answer={
                "poll_id": poll_id,
                "user": user.to_dict(),
                "option_ids": ids,
                "option_persistent_ids": [poll["options"][i]["persistent_id"] for i in ids],
            }
        )

    def poll(self, poll_id: str) -> JSON:
        """A ``poll`` update with the poll's current state."""
        bm = self._bot_messages[self._polls[poll_id]]
        return self._new_update(poll=copy.deepcopy(bm.message["poll"]))

    def poll_id(self, chat_id: int, message_id: int) -> str:
        return str(self._bot_messages[(chat_id, message_id)].message["poll"]["id"])

    def _my_chat_member(self, chat: FakeChat, by: FakeUser, old: str, new: str) -> JSON:
        chat = self._reg_chat(chat)
        self._see(chat, by)
        new_member: JSON = {"user": BOT_USER.to_dict(), "status": new}
        if new == "kicked":
            new_member["until_date"] = 0
        return self._new_update(
            my_chat_member={
                "chat": chat.to_dict(),
                "from": by.to_dict(),
                "date": self._ts(),
                "old_chat_member": {"user": BOT_USER.to_dict(), "status": old},
                "new_chat_member": new_member,
            }
        )

    def bot_added(self, chat: FakeChat, by: FakeUser) -> JSON:
        """``my_chat_member``: the bot went from left to member."""
        update = self._my_chat_member(chat, by, "left", "member")
        self._bot_status[chat.id] = "member"
        self._kicked.discard(chat.id)
        return update

    def bot_removed(self, chat: FakeChat, by: FakeUser, *, kicked: bool = False) -> JSON:
        """``my_chat_member``: the bot went from member to left (or kicked); sends now fail."""
        update = self._my_chat_member(chat, by, "member", "kicked" if kicked else "left")
        self._bot_status[chat.id] = "kicked" if kicked else "left"
        return update

    def new_chat_members_bot(self, chat: FakeChat, by: FakeUser) -> JSON:
        """The service message ``new_chat_members`` = [the bot] (basic groups send it)."""
        bot = BOT_USER.to_dict()
        msg = self._user_message(
            chat,
            by,
            new_chat_members=[bot],
            new_chat_member=dict(bot),
            new_chat_participant=dict(bot),
        )
        self._bot_status[chat.id] = "member"
        self._kicked.discard(chat.id)
        return self._new_update(message=copy.deepcopy(msg))

    def migrate(self, old_chat: FakeChat, new_chat_id: int, by: FakeUser) -> tuple[JSON, JSON]:
        """A basic group upgraded to a supergroup: (migrate_to_chat_id, migrate_from_chat_id)."""
        old = self._reg_chat(old_chat)
        first = self._user_message(old, by, migrate_to_chat_id=new_chat_id)
        to_update = self._new_update(message=copy.deepcopy(first))
        new = self.add_chat(FakeChat(new_chat_id, "supergroup", old.title))
        self._bot_status[new.id] = self._bot_status.get(old.id, "member")
        if old.id in self._admins:
            self._admins[new.id] = copy.deepcopy(self._admins[old.id])
        self._seen_members.setdefault(new.id, set()).update(self._seen_members.get(old.id, set()))
        second = self._user_message(new, by, migrate_from_chat_id=old.id)
        from_update = self._new_update(message=copy.deepcopy(second))
        self._migrated[old.id] = new.id
        return to_update, from_update

    def new_title(self, chat: FakeChat, by: FakeUser, title: str) -> JSON:
        """The group was renamed (``new_chat_title``); later messages carry the new title."""
        msg = self._user_message(chat, by, new_chat_title=title)
        self._chats[chat.id] = replace(self._chats[chat.id], title=title)
        return self._new_update(message=copy.deepcopy(msg))

    # -- conveniences: build and push ------------------------------------------------------

    def say(self, chat: FakeChat, user: FakeUser, text: str, **kwargs: Any) -> JSON:
        """Build a message update and push it."""
        return self.push(self.message(chat, user, text, **kwargs))

    def click(
        self, chat: FakeChat, user: FakeUser, button_text: str, message_id: int | None = None
    ) -> JSON:
        """Build a button press by label and push it."""
        return self.push(self.press(chat, user, button_text, message_id))

    def vote(self, poll_id: str, user: FakeUser, option_ids: Sequence[int]) -> JSON:
        return self.push(self.poll_answer(poll_id, user, option_ids))


# --------------------------------------------------------------------------------------------
# In-process adapter
# --------------------------------------------------------------------------------------------


class FakeRequest(BaseRequest):
    """``telegram.Bot(token, request=FakeRequest(fake), get_updates_request=FakeRequest(fake))``.

    ``timeout`` (seconds) turns a too-long :meth:`FakeTelegram.hang_next` into ``TimedOut`` for
    every method but getUpdates (whose long poll is bounded by its own ``timeout``).
    """

    def __init__(self, fake: FakeTelegram, timeout: float | None = 5.0) -> None:
        self.fake = fake
        self.timeout = timeout

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        params: JSON = dict(request_data.parameters) if request_data else {}
        files: Files | None = None
        if request_data is not None and request_data.contains_files:
            files = {}
            for key, (filename, content, _mime) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                files[key] = (filename, data)
        timeout: float | None = self.timeout
        if not isinstance(read_timeout, DefaultValue) and read_timeout is not None:
            timeout = read_timeout if timeout is None else min(timeout, read_timeout)
        coro = self.fake.call(api_method, params, files)
        if api_method.lower() == "getupdates" or timeout is None:
            status, body = await coro
        else:
            try:
                status, body = await asyncio.wait_for(coro, timeout)
            except TimeoutError:
                raise TimedOut(f"fake Bot API: {api_method} timed out") from None
        return status, json.dumps(body, ensure_ascii=False).encode()


# --------------------------------------------------------------------------------------------
# HTTP adapter
# --------------------------------------------------------------------------------------------

_ROUTE_RE = re.compile(r"^/bot([^/]*)/([A-Za-z_]+)/?$")


@dataclass
class _HttpRequest:
    method: str
    target: str
    version: str
    headers: dict[str, str]
    body: bytes

    @property
    def keep_alive(self) -> bool:
        conn = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return conn == "keep-alive"
        return conn != "close"


def _parse_multipart(content_type: str, body: bytes) -> tuple[JSON, Files]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    pairs: list[tuple[str, str]] = []
    files: Files = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, data)
        else:
            pairs.append((name, data.decode("utf-8", "replace")))
    return decode_form_params(pairs), files


class FakeBotAPIServer:
    """Serve a :class:`FakeTelegram` over HTTP/1.1 on 127.0.0.1 (keep-alive, concurrent polls).

    ``async with FakeBotAPIServer(fake) as server: Bot(token, base_url=server.base_url)``.
    With ``token`` set, other tokens get 401 Unauthorized.
    """

    def __init__(
        self, fake: FakeTelegram | None = None, port: int = 0, token: str | None = None
    ) -> None:
        self.fake = fake if fake is not None else FakeTelegram()
        self.token = token
        self._port = port
        self._server: asyncio.Server | None = None
        self._conns: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    async def start(self) -> FakeBotAPIServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self._port)
        return self

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        tasks = list(self._conns)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()

    async def __aenter__(self) -> FakeBotAPIServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def serve_forever(self) -> None:
        if self._server is None:
            await self.start()
        assert self._server is not None
        await self._server.serve_forever()

    # -- connection handling -------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._conns.add(task)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                status, body = await self._dispatch(request)
                payload = json.dumps(body, ensure_ascii=False).encode()
                keep = request.keep_alive
                head = (
                    f"HTTP/1.1 {status} {_reason(status)}\r\n"
                    "Content-Type: application/json\r\n"
                    f"Content-Length: {len(payload)}\r\n"
                    f"Connection: {'keep-alive' if keep else 'close'}\r\n\r\n"
                ).encode()
                writer.write(head + payload)
                await writer.drain()
                if not keep:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._conns.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    @staticmethod
    async def _read_request(reader: asyncio.StreamReader) -> _HttpRequest | None:
        line = await reader.readline()
        if not line:
            return None
        while line in (b"\r\n", b"\n"):
            line = await reader.readline()
            if not line:
                return None
        parts = line.decode("latin-1").strip().split()
        if len(parts) != 3:
            raise ConnectionError("bad request line")
        method, target, version = parts
        headers: dict[str, str] = {}
        while True:
            h = await reader.readline()
            if h in (b"\r\n", b"\n", b""):
                break
            key, _, value = h.decode("latin-1").partition(":")
            headers[key.strip().lower()] = value.strip()
        body = b""
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size_line = await reader.readline()
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(await reader.readexactly(size))
                await reader.readexactly(2)
            body = b"".join(chunks)
        elif headers.get("content-length"):
            body = await reader.readexactly(int(headers["content-length"]))
        return _HttpRequest(method.upper(), target, version.upper(), headers, body)

    async def _dispatch(self, req: _HttpRequest) -> tuple[int, Any]:
        split = urlsplit(req.target)
        query = parse_qsl(split.query, keep_blank_values=True)
        try:
            if split.path.startswith("/_control/"):
                return await self._control(split.path[len("/_control/") :], req, dict(query))
            m = _ROUTE_RE.match(split.path)
            if m is None:
                return 404, error_body(404, "Not Found")
            token, api_method = m.group(1), m.group(2)
            if not token or (self.token is not None and token != self.token):
                return 401, error_body(401, "Unauthorized")
            params, files = self._params(req, query)
        except (ValueError, KeyError, TypeError) as exc:
            return 400, error_body(400, f"Bad Request: {exc}")
        return await self.fake.call(api_method, params, files or None)

    @staticmethod
    def _params(req: _HttpRequest, query: list[tuple[str, str]]) -> tuple[JSON, Files]:
        params = decode_form_params(query)
        files: Files = {}
        ctype = req.headers.get("content-type", "")
        low = ctype.lower()
        if not req.body:
            return params, files
        if low.startswith("application/json"):
            data = json.loads(req.body.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("JSON body must be an object")
            params.update(data)
        elif low.startswith("application/x-www-form-urlencoded"):
            params.update(
                decode_form_params(parse_qsl(req.body.decode("utf-8"), keep_blank_values=True))
            )
        elif low.startswith("multipart/form-data"):
            form, files = _parse_multipart(ctype, req.body)
            params.update(form)
        return params, files

    @staticmethod
    def _json_body(req: _HttpRequest) -> Any:
        return json.loads(req.body.decode("utf-8")) if req.body else {}

    def _user_of(self, ref: Any) -> FakeUser:
        if isinstance(ref, dict):
            user = FakeUser(
                int(ref["id"]),
                str(ref.get("first_name", "")),
                ref.get("last_name"),
                ref.get("username"),
                ref.get("language_code", "nl"),
            )
            return self.fake.add_user(user)
        return self.fake.user(int(ref))

    def _chat_of(self, ref: Any) -> FakeChat:
        if isinstance(ref, dict):
            chat = FakeChat(
                int(ref["id"]),
                str(ref.get("type", "supergroup")),
                ref.get("title"),
                bool(ref.get("is_forum", False)),
            )
            return self.fake.add_chat(chat)
        chat_id = int(ref)
        if chat_id > 0 and chat_id in self.fake._users:
            return FakeChat.private(self.fake.user(chat_id))
        return self.fake.chat(chat_id)

    async def _control(
        self, action: str, req: _HttpRequest, query: dict[str, str]
    ) -> tuple[int, Any]:
        fake = self.fake
        ok = 200
        if action == "push" and req.method == "POST":
            body = self._json_body(req)
            updates = body if isinstance(body, list) else [body]
            return ok, {"ok": True, "result": fake.push_all(updates)}
        if action == "say" and req.method == "POST":
            b = self._json_body(req)
            upd = fake.say(
                self._chat_of(b["chat_id"]),
                self._user_of(b["user_id"]),
                str(b["text"]),
                reply_to=b.get("reply_to"),
                thread_id=b.get("thread_id"),
            )
            return ok, {"ok": True, "result": upd}
        if action == "press" and req.method == "POST":
            b = self._json_body(req)
            chat, user = self._chat_of(b["chat_id"]), self._user_of(b["user_id"])
            if "data" in b:
                upd = fake.push(fake.callback(chat, user, str(b["data"]), int(b["message_id"])))
            else:
                upd = fake.click(chat, user, str(b["text"]), b.get("message_id"))
            return ok, {"ok": True, "result": upd}
        if action == "calls" and req.method == "GET":
            since = int(query.get("since", "0") or 0)
            calls = [c.to_json(i) for i, c in enumerate(fake.calls) if i >= since]
            return ok, {"ok": True, "result": calls, "next": len(fake.calls)}
        if action == "fail" and req.method == "POST":
            b = self._json_body(req)
            fake.fail_next(
                str(b["method"]),
                int(b["status"]),
                b.get("body"),
                int(b.get("times", 1)),
                retry_after=int(b.get("retry_after", 7)),
                description=b.get("description"),
            )
            return ok, {"ok": True, "result": True}
        if action == "hang" and req.method == "POST":
            b = self._json_body(req)
            fake.hang_next(str(b["method"]), float(b["seconds"]), int(b.get("times", 1)))
            return ok, {"ok": True, "result": True}
        if action == "kick" and req.method == "POST":
            fake.kick(int(self._json_body(req)["chat_id"]))
            return ok, {"ok": True, "result": True}
        if action == "admins" and req.method == "POST":
            b = self._json_body(req)
            creator = b.get("creator", ANNA.id)
            fake.set_admins(
                int(b["chat_id"]),
                [self._user_of(a) for a in b.get("admins", [])],
                self._user_of(creator) if creator is not None else None,
                include_bot=bool(b.get("include_bot", True)),
            )
            return ok, {"ok": True, "result": fake.admins(int(b["chat_id"]))}
        if action == "state" and req.method == "GET":
            return ok, {"ok": True, "result": fake.state(), "marker": fake.mark()}
        if action == "changes" and req.method == "GET":
            changes = fake.changes_since(int(query.get("since", "0") or 0))
            return ok, {
                "ok": True,
                "result": [
                    {
                        "kind": c.kind,
                        "chat_id": c.chat_id,
                        "message_id": c.message_id,
                        "text": c.text,
                        "buttons": c.buttons,
                    }
                    for c in changes
                ],
                "marker": fake.mark(),
            }
        if action == "idle" and req.method == "GET":
            try:
                await fake.wait_idle(
                    float(query.get("quiet", "0.15")), float(query.get("timeout", "10"))
                )
            except TimeoutError as exc:
                return 504, {"ok": False, "description": str(exc)}
            return ok, {"ok": True, "result": True, "marker": fake.mark()}
        return 404, error_body(404, f"Not Found: no control action {action!r}")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


async def _serve(port: int, token: str | None) -> None:
    server = FakeBotAPIServer(FakeTelegram(), port=port, token=token)
    await server.start()
    print(f"fake Telegram Bot API at {server.base_url}  (control: {server.url}/_control/)")
    print("Ctrl-C to stop", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.fakeapi", description="Serve a fake Telegram Bot API on 127.0.0.1."
    )
    parser.add_argument("--port", type=int, default=9000, help="0 picks a free port")
    parser.add_argument("--token", default=None, help="accept only this bot token")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.token))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
