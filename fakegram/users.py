"""What users do, as updates: messages, edits, button presses, the bot added or removed,
group upgrades and renames.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from fakegram.model import BOT_USER, FakeChat, FakeUser
from fakegram.state import State
from fakegram.text import u16len
from fakegram.wire import JSON


class Users(State):
    """Update builders (``message``, ``callback``, ``press``...) and build-and-push shortcuts."""

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
