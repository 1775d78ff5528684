"""The state of the fake Telegram, and the helpers shared by the Bot API methods."""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from fakegram.limits import FloodLimits
from fakegram.model import (
    ANNA,
    BOT_ADMIN_RIGHTS,
    BOT_USER,
    BRAM,
    CARLA,
    DUINDORP,
    KRAAYENSTEIN,
    MAX_CALLBACK_DATA,
    MAX_CAPTION,
    MAX_LONG_POLL,
    BotMessage,
    Call,
    Change,
    FakeChat,
    FakeUser,
    Fault,
    Hang,
    SentFile,
)
from fakegram.text import format_text, u16len
from fakegram.wire import JSON, ApiError, Unreachable, bad, bool_param, decode_json, int_param
from schedules.clock import Clock, SystemClock

ClockLike = Clock | Callable[[], datetime]


class State:
    """What the fake Bot API holds: chats, members, messages as they stand, polls, files,
    pins, queued updates; and the helpers every method shares. The method mixins build on it."""

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
        self._files: dict[str, SentFile] = {}  # file_id -> file, to send again by file_id
        # bot configuration
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self.menu_buttons: dict[int | None, JSON] = {}
        self.webhook_url = ""
        self.closed = False
        self.logged_out = False
        # faults
        self._faults: list[Fault] = []
        self._hangs: list[Hang] = []
        self._slow: list[Hang] = []
        self._down: Unreachable | None = None
        self.refused = 0  # calls that met the outage
        self.flood: FloodLimits | None = None  # Telegram's flood limits, when asked for
        self.latency = 0.0  # seconds every call but getUpdates takes, when asked for
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
            entry = {"status": "administrator", "user": user.to_dict(), **BOT_ADMIN_RIGHTS}
            entry["can_be_edited"] = False
            entries.append(entry)
        if include_bot:
            entries.append(
                {"status": "administrator", "user": BOT_USER.to_dict(), **BOT_ADMIN_RIGHTS}
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

    def files(self, chat_id: int | None = None) -> list[SentFile]:
        """Files the bot sent (documents, photos) in visible messages, oldest first."""
        return [m.file for m in self.messages(chat_id) if m.file is not None]

    def bot_message(self, chat_id: int, message_id: int) -> BotMessage:
        return self._bot_messages[(chat_id, message_id)]

    def pinned(self, chat_id: int) -> list[int]:
        return [m.message_id for m in self.sent(chat_id) if m.pinned]

    def mark(self) -> int:
        """A marker for :meth:`changes_since`."""
        return self._rev

    def changes_since(self, marker: int) -> list[Change]:
        """Bot messages that appeared, were edited or deleted after ``marker``."""
        out: list[Change] = []
        changed = [m for m in self._bot_order if m.updated_rev > marker]
        for m in sorted(changed, key=lambda m: m.updated_rev):
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
            raise bad("chat_id is empty")
        if isinstance(raw, str) and raw.startswith("@"):
            for chat in self._chats.values():
                if chat.username and f"@{chat.username}".lower() == raw.lower():
                    return chat
            raise bad("chat not found")
        chat_id = int_param(params, "chat_id")
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
            raise bad("chat not found")
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
        markup = decode_json(raw)
        if markup is None or markup == "":
            return None, None
        if not isinstance(markup, dict):
            raise bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return markup, None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list):
            raise bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
        clean_rows: list[list[JSON]] = []
        for row in rows:
            clean: list[JSON] = []
            for button in row:
                b = {k: v for k, v in button.items() if v is not None}
                if not b.get("text"):
                    raise bad("text buttons are unallowed in the inline keyboard")
                data = b.get("callback_data")
                if data is not None and (not data or len(str(data).encode()) > MAX_CALLBACK_DATA):
                    raise bad("BUTTON_DATA_INVALID")
                if len(b) < 2:
                    raise bad("text buttons are unallowed in the inline keyboard")
                clean.append(b)
            if clean:
                clean_rows.append(clean)
        echoed = {"inline_keyboard": clean_rows} if clean_rows else None
        return markup, echoed

    def _reply_to(self, chat: FakeChat, params: Mapping[str, Any]) -> JSON | None:
        rp = decode_json(params.get("reply_parameters"))
        mid: int | None = None
        allow = False
        if isinstance(rp, dict):
            mid = rp.get("message_id")
            allow = bool(rp.get("allow_sending_without_reply", False))
            if rp.get("chat_id") not in (None, chat.id):
                raise bad("message to be replied not found")
        elif params.get("reply_to_message_id") is not None:
            mid = int_param(params, "reply_to_message_id")
            allow = bool_param(params, "allow_sending_without_reply")
        if mid is None:
            return None
        original = self._messages.get((chat.id, int(mid)))
        if original is None or (
            (chat.id, int(mid)) in self._bot_messages
            and self._bot_messages[(chat.id, int(mid))].deleted
        ):
            if allow:
                return None
            raise bad("message to be replied not found")
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
        thread = int_param(params, "message_thread_id")
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
        file: SentFile | None = None,
    ) -> BotMessage:
        rev = self._bump()
        chat_id = msg["chat"]["id"]
        bm = BotMessage(chat_id, msg["message_id"], method, msg, rev, rev, sent_markup, file)
        self._messages[(chat_id, msg["message_id"])] = msg
        self._bot_messages[(chat_id, msg["message_id"])] = bm
        self._bot_order.append(bm)
        return bm

    @staticmethod
    def _caption(params: Mapping[str, Any]) -> tuple[str, list[JSON]]:
        """The caption as Telegram stores it: parsed, entities apart, at most 1024 characters."""
        caption, entities = format_text(
            str(params.get("caption") or ""),
            params.get("parse_mode"),
            params.get("caption_entities"),
        )
        if u16len(caption) > MAX_CAPTION:
            raise bad("message caption is too long")
        return caption, entities

    def _editable(self, params: Mapping[str, Any], what: str = "edit") -> BotMessage:
        if params.get("inline_message_id"):
            raise bad("inline messages are not supported by the fake")
        chat = self._target_chat(params)
        mid = int_param(params, "message_id")
        if mid is None:
            raise bad("message identifier is not specified")
        key = (chat.id, mid)
        bm = self._bot_messages.get(key)
        if bm is not None and bm.deleted:  # someone deleted the bot's message
            raise bad(f"message to {what} not found")
        if bm is None:
            if key in self._messages:  # a user's message: the bot cannot edit it
                raise bad("message can't be edited")
            raise bad(f"message to {what} not found")
        return bm

    def _apply_edit(self, bm: BotMessage, new: JSON) -> JSON:
        bm.history.append(bm.message)
        new["edit_date"] = self._ts()
        bm.message = new
        bm.updated_rev = self._bump()
        self._messages[(bm.chat_id, bm.message_id)] = new
        return new
