"""Bot API methods on messages: send, edit, delete, pin, answer callback queries."""

from __future__ import annotations

from fakegram.model import MAX_TEXT, FakeChat
from fakegram.state import State
from fakegram.text import format_text, u16len
from fakegram.wire import JSON, NOT_MODIFIED, Files, bad, decode_json, int_param


class Messages(State):
    """sendMessage, editMessage*, deleteMessage(s), answerCallbackQuery, (un)pin, sendChatAction."""

    async def _m_send_message(self, params: JSON, files: Files) -> JSON:
        chat = self._writable_chat(params)
        raw = params.get("text")
        if raw is None or str(raw).strip() == "":
            raise bad("message text is empty")
        text, entities = format_text(str(raw), params.get("parse_mode"), params.get("entities"))
        if not text.strip():
            raise bad("message text is empty")
        if u16len(text) > MAX_TEXT:
            raise bad("message is too long")
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
            raise bad("there is no text in the message to edit")
        raw = params.get("text")
        if raw is None or str(raw).strip() == "":
            raise bad("message text is empty")
        text, entities = format_text(str(raw), params.get("parse_mode"), params.get("entities"))
        if u16len(text) > MAX_TEXT:
            raise bad("message is too long")
        _, echoed = self._inline_markup(params.get("reply_markup"))
        cur = bm.message
        if (
            cur.get("text") == text
            and cur.get("entities", []) == entities
            and cur.get("reply_markup") == echoed
        ):
            raise bad(NOT_MODIFIED[len("Bad Request: ") :])
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
            raise bad("there is no caption in the message to edit")
        caption, entities = self._caption(params)
        _, echoed = self._inline_markup(params.get("reply_markup"))
        cur = bm.message
        if (
            cur.get("caption", "") == caption
            and cur.get("caption_entities", []) == entities
            and cur.get("reply_markup") == echoed
        ):
            raise bad(NOT_MODIFIED[len("Bad Request: ") :])
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
            raise bad(NOT_MODIFIED[len("Bad Request: ") :])
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
        mid = int_param(params, "message_id")
        if mid is None or not self._delete_one(chat, mid):
            raise bad("message to delete not found")
        return True

    async def _m_delete_messages(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        ids = decode_json(params.get("message_ids")) or []
        for mid in ids:
            self._delete_one(chat, int(mid))
        return True

    async def _m_answer_callback_query(self, params: JSON, files: Files) -> bool:
        qid = str(params.get("callback_query_id", ""))
        if qid not in self._open_callbacks:
            raise bad("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad("MESSAGE_TOO_LONG")
        self._open_callbacks.discard(qid)
        self.answered_callbacks.append(dict(params))
        return True

    def _require_pin_right(self, chat_id: int, chat_type: str) -> None:
        """In a group the bot pins only as an admin with `can_pin_messages` (Telegram's 400)."""
        if chat_type == "private":
            return
        me = next((a for a in self.admins(chat_id) if a["user"]["id"] == self.bot_user.id), None)
        if me is None or not me.get("can_pin_messages", False):
            raise bad("not enough rights to manage pinned messages in the chat")

    async def _m_pin_chat_message(self, params: JSON, files: Files) -> bool:
        chat = self._writable_chat(params)
        self._require_pin_right(chat.id, chat.type)
        mid = int_param(params, "message_id")
        bm = self._bot_messages.get((chat.id, mid or 0))
        if bm is None or bm.deleted:
            if (chat.id, mid) in self._messages:
                return True
            raise bad("message to pin not found")
        bm.pinned = True
        return True

    async def _m_unpin_chat_message(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        self._require_pin_right(chat.id, chat.type)
        mid = int_param(params, "message_id")
        pinned = self.pinned(chat.id)
        if mid is None:
            if not pinned:
                raise bad("message to unpin not found")
            mid = pinned[-1]
        bm = self._bot_messages.get((chat.id, mid))
        if bm is None or not bm.pinned:
            raise bad("message to unpin not found")
        bm.pinned = False
        return True

    async def _m_unpin_all_chat_messages(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        for m in self.sent(chat.id):
            m.pinned = False
        return True

    async def _m_send_chat_action(self, params: JSON, files: Files) -> bool:
        self._writable_chat(params)
        return True
