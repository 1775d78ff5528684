"""Chats (groups and private chats): their settings, activity and supergroup migration."""

from __future__ import annotations

from datetime import datetime, time

import aiosqlite

from domain.models import Chat
from storage.db import Repo, fetch_all, fetch_one

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


class ChatRepo(Repo):
    async def get(self, chat_id: int) -> Chat | None:
        return await fetch_one(
            self.conn, f"SELECT {_COLUMNS} FROM chats WHERE id = ?", (chat_id,), into=_chat
        )

    async def add(
        self,
        chat_id: int,
        chat_type: str,
        title: str,
        *,
        language: str,
        timezone: str,
        now: datetime,
    ) -> Chat:
        """Record a chat seen for the first time (active)."""
        row = await fetch_one(
            self.conn,
            "INSERT INTO chats (id, type, title, language, timezone, active, created_at,"
            f" updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING {_COLUMNS}",
            (chat_id, chat_type, title, language, timezone, now.isoformat(), now.isoformat()),
        )
        assert row is not None
        return _chat(row)

    async def retitle(self, chat_id: int, chat_type: str, title: str, now: datetime) -> Chat:
        """A chat's new title or type (a group that became a supergroup keeps its id here)."""
        row = await fetch_one(
            self.conn,
            "UPDATE chats SET title = ?, type = ?, updated_at = ? WHERE id = ?"
            f" RETURNING {_COLUMNS}",
            (title, chat_type, now.isoformat(), chat_id),
        )
        assert row is not None
        return _chat(row)

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
        row = await fetch_one(self.conn, sql)
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
    names = await fetch_all(
        conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    for (name,) in names:
        columns = {str(row[1]) for row in await fetch_all(conn, f"PRAGMA table_info({name})")}
        if "chat_id" in columns:
            tables.append(name)
    return tables
