"""Per-group feature settings (`domain/settings.py`): one row per changed setting."""

from __future__ import annotations

from datetime import datetime

from domain.settings import GroupSettings
from storage.db import Repo, fetch_all


class SettingsRepo(Repo):
    async def of(self, chat_id: int) -> GroupSettings:
        """The group's settings; keys never changed fall back to their defaults."""
        rows = await fetch_all(
            self.conn, "SELECT key, value FROM chat_settings WHERE chat_id = ?", (chat_id,)
        )
        return GroupSettings({str(row[0]): str(row[1]) for row in rows})

    async def set(self, chat_id: int, key: str, value: str, now: datetime) -> None:
        await self.conn.execute(
            "INSERT INTO chat_settings (chat_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (chat_id, key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at",
            (chat_id, key, value, now.isoformat()),
        )
