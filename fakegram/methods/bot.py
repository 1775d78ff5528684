"""Bot API methods on the bot itself: identity, webhook, commands, menu button, profile."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from fakegram.model import BOT_FIRST_NAME, BOT_USER
from fakegram.state import State
from fakegram.wire import JSON, Files, bad, bool_param, decode_json, int_param


def command_key(scope: Any, language_code: Any) -> tuple[str, str]:
    scope = decode_json(scope) or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(language_code or "")


class BotSettings(State):
    """getMe, (delete|set)Webhook, *MyCommands, *ChatMenuButton, *MyDescription, *MyName..."""

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        return copy.deepcopy(self._commands.get(command_key(scope, language_code), []))

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
        if bool_param(params, "drop_pending_updates"):
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

    async def _m_set_my_commands(self, params: JSON, files: Files) -> bool:
        commands = decode_json(params.get("commands"))
        if not isinstance(commands, list):
            raise bad("commands must be an Array")
        if len(commands) > 100:
            raise bad("too many commands specified")
        clean: list[JSON] = []
        for cmd in commands:
            name = str(cmd.get("command", ""))
            desc = str(cmd.get("description", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(desc) <= 256:
                raise bad("command description must be non-empty")
            clean.append({"command": name, "description": desc})
        key = command_key(params.get("scope"), params.get("language_code"))
        if clean:
            self._commands[key] = clean
        else:
            self._commands.pop(key, None)
        return True

    async def _m_get_my_commands(self, params: JSON, files: Files) -> list[JSON]:
        key = command_key(params.get("scope"), params.get("language_code"))
        return self._commands.get(key, [])

    async def _m_delete_my_commands(self, params: JSON, files: Files) -> bool:
        self._commands.pop(command_key(params.get("scope"), params.get("language_code")), None)
        return True

    async def _m_set_chat_menu_button(self, params: JSON, files: Files) -> bool:
        chat_id = int_param(params, "chat_id")
        self.menu_buttons[chat_id] = decode_json(params.get("menu_button")) or {"type": "default"}
        return True

    async def _m_get_chat_menu_button(self, params: JSON, files: Files) -> JSON:
        return self.menu_buttons.get(int_param(params, "chat_id"), {"type": "commands"})

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
