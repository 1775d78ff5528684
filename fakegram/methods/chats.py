"""Bot API methods on chats and members: administrators, members, chat info, leaving."""

from __future__ import annotations

import copy

from fakegram.model import BOT_ID, BOT_USER
from fakegram.state import State
from fakegram.wire import JSON, ApiError, Files, bad, int_param


class Chats(State):
    """getChatAdministrators, getChatMember, getChatMemberCount, getChat, leaveChat."""

    async def _m_get_chat_administrators(self, params: JSON, files: Files) -> list[JSON]:
        chat = self._target_chat(params)
        if chat.type == "private":
            raise bad("there are no administrators in the private chat")
        if chat.id in self._kicked or self._bot_status.get(chat.id) in {"kicked", "left"}:
            kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return self.admins(chat.id)

    async def _m_get_chat_member(self, params: JSON, files: Files) -> JSON:
        chat = self._target_chat(params)
        user_id = int_param(params, "user_id")
        if user_id is None:
            raise bad("user_id is empty")
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
            raise bad("user not found")
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

    async def _m_leave_chat(self, params: JSON, files: Files) -> bool:
        chat = self._target_chat(params)
        if chat.type == "private":
            raise bad("chat member status can't be changed in private chats")
        self._bot_status[chat.id] = "left"
        return True
