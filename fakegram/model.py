"""The records the fake keeps: users, chats, the cast the tests use, calls and bot messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from fakegram.wire import JSON

BOT_ID = 424242
BOT_FIRST_NAME = "Wijkbot"
BOT_USERNAME = "WijkBot"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_LONG_POLL = 50.0


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

BOT_ADMIN_RIGHTS: JSON = {
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


@dataclass(frozen=True)
class SentFile:
    """A file the bot sent (sendDocument, sendPhoto), as tests read it back."""

    kind: str  # "document" | "photo"
    name: str
    mime_type: str
    data: bytes
    file_id: str
    file_unique_id: str
    width: int | None = None  # images only, from the header
    height: int | None = None

    @property
    def size(self) -> int:
        return len(self.data)


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
    file: SentFile | None = None
    history: list[JSON] = field(default_factory=list)
    deleted: bool = False
    pinned: bool = False

    @property
    def document(self) -> tuple[str, bytes] | None:
        """(file name, bytes) of the file this message carries, if any."""
        return (self.file.name, self.file.data) if self.file is not None else None

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
class Fault:
    method: str
    status: int
    body: JSON
    times: int
    html: bool = False  # answered by a proxy's HTML page, not by the Bot API


@dataclass
class Hang:
    method: str
    seconds: float
    times: int
