"""Chats (groups and private chats): their settings, activity and supergroup migration."""

from __future__ import annotations

from datetime import datetime, time

import aiosqlite

from domain.models import Chat

_COLUMNS = "id, type, title, display_name, language, timezone, default_time, active"


def _chat(row: aiosqlite.Row) -> Chat:
    hour, minute = (int(part) for part in str(row["default_time"]).split(":"))
    return Chat(
        id=int(row["id"]),
        type=str(row["type"]),
        title=str(row["title"]),
        display_name=row["display_name"],
        language=str(row["language"]),
        timezone=str(row["timezone"]),
        default_time=time(hour, minute),
        active=bool(row["active"]),
    )


class ChatRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    async def get(self, chat_id: int) -> Chat | None:
        async with self.conn.execute(
            f"SELECT {_COLUMNS} FROM chats WHERE id = ?", (chat_id,)
        ) as cur:
            row = await cur.fetchone()
        return _chat(row) if row else None

    async def touch(
        self,
        chat_id: int,
        chat_type: str,
        title: str,
        *,
        language: str,
        timezone: str,
        now: datetime,
    ) -> tuple[Chat, bool]:
        """Insert a chat seen for the first time (active), or refresh its title and type.

        Returns the chat and whether it was created now.
        """
        existing = await self.get(chat_id)
        if existing is None:
            await self.conn.execute(
                "INSERT INTO chats (id, type, title, language, timezone, active, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                (chat_id, chat_type, title, language, timezone, now.isoformat(), now.isoformat()),
            )
            created = await self.get(chat_id)
            assert created is not None
            return created, True
        if existing.title != title or existing.type != chat_type:
            await self.conn.execute(
                "UPDATE chats SET title = ?, type = ?, updated_at = ? WHERE id = ?",
                (title, chat_type, now.isoformat(), chat_id),
            )
            refreshed = await self.get(chat_id)
            assert refreshed is not None
            return refreshed, False
        return existing, False

    async def set_active(self, chat_id: int, active: bool, now: datetime) -> bool:
        """Mark a chat (in)active; returns True when that changed something."""
        cur = await self.conn.execute(
            "UPDATE chats SET active = ?, updated_at = ?, inactive_since = ?"
            " WHERE id = ? AND active != ?",
            (
                int(active),
                now.isoformat(),
                None if active else now.isoformat(),
                chat_id,
                int(active),
            ),
        )
        return cur.rowcount > 0

    async def set_title(self, chat_id: int, title: str, now: datetime) -> None:
        await self.conn.execute(
            "UPDATE chats SET title = ?, updated_at = ? WHERE id = ?",
            (title, now.isoformat(), chat_id),
        )

    async def update_settings(
        self,
        chat_id: int,
        now: datetime,
        *,
        language: str | None = None,
        timezone: str | None = None,
        display_name: str | None = None,
        default_time: time | None = None,
    ) -> None:
        changes: dict[str, str] = {}
        if language is not None:
            changes["language"] = language
        if timezone is not None:
            changes["timezone"] = timezone
        if display_name is not None:
            changes["display_name"] = display_name
        if default_time is not None:
            changes["default_time"] = default_time.strftime("%H:%M")
        if not changes:
            return
        assignments = ", ".join(f"{column} = ?" for column in changes)
        await self.conn.execute(
            f"UPDATE chats SET {assignments}, updated_at = ? WHERE id = ?",
            (*changes.values(), now.isoformat(), chat_id),
        )

    async def count_groups(self, *, active_only: bool = True) -> int:
        sql = "SELECT count(*) FROM chats WHERE type != 'private'"
        if active_only:
            sql += " AND active = 1"
        async with self.conn.execute(sql) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self, old_id: int, new_id: int, now: datetime) -> int:
        """Move every row of a group to its new supergroup id; returns the rows moved.

        Every table with a `chat_id` column follows, found from the schema itself so that a
        table added later can never be forgotten. Runs inside the caller's transaction.
        """
        moved = 0
        old = await self.get(old_id)
        if old is not None:
            new = await self.get(new_id)
            if new is not None:
                # The new supergroup was seen first: keep the old settings, take the new title.
                await self.conn.execute("DELETE FROM chats WHERE id = ?", (new_id,))
            await self.conn.execute(
                "UPDATE chats SET id = ?, type = 'supergroup', title = ?, updated_at = ?"
                " WHERE id = ?",
                (new_id, new.title if new else old.title, now.isoformat(), old_id),
            )
            moved += 1
        for table in await chat_tables(self.conn):
            cur = await self.conn.execute(
                f"UPDATE OR IGNORE {table} SET chat_id = ? WHERE chat_id = ?", (new_id, old_id)
            )
            moved += max(cur.rowcount, 0)
            # Rows that collided with rows already in the new chat are duplicates by key.
            await self.conn.execute(f"DELETE FROM {table} WHERE chat_id = ?", (old_id,))
        return moved


async def chat_tables(conn: aiosqlite.Connection) -> list[str]:
    """Every table that holds a `chat_id` column."""
    tables: list[str] = []
    async with conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ) as cur:
        names = [str(row[0]) async for row in cur]
    for name in names:
        async with conn.execute(f"PRAGMA table_info({name})") as cur:
            columns = {str(row[1]) async for row in cur}
        if "chat_id" in columns:
            tables.append(name)
    return tables
