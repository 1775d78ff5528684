"""Users the bot has seen, and in which chats it has seen them."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from domain.models import Person
from storage.db import Repo, fetch_all, fetch_one


def _person(row: aiosqlite.Row) -> Person:
    return Person(
        id=int(row["id"]),
        first_name=str(row["first_name"]),
        last_name=row["last_name"],
        username=row["username"],
        private_ok=bool(row["private_ok"]),
    )


_COLUMNS = "id, first_name, last_name, username, private_ok"


class PeopleRepo(Repo):
    async def upsert(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language_code: str | None,
        now: datetime,
    ) -> Person:
        row = await fetch_one(
            self.conn,
            "INSERT INTO users (id, first_name, last_name, username, language_code, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " first_name = excluded.first_name, last_name = excluded.last_name,"
            " username = excluded.username, language_code = excluded.language_code,"
            f" updated_at = excluded.updated_at RETURNING {_COLUMNS}",
            (user_id, first_name, last_name, username, language_code, now.isoformat()),
        )
        assert row is not None
        return _person(row)

    async def get(self, user_id: int) -> Person | None:
        return await fetch_one(
            self.conn, f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,), into=_person
        )

    async def by_username(self, username: str, chat_id: int | None = None) -> Person | None:
        """Find a user by @username, preferring one seen in `chat_id`."""
        username = username.lstrip("@")
        sql = f"SELECT {_COLUMNS} FROM users WHERE lower(username) = lower(?)"
        params: tuple[object, ...] = (username,)
        if chat_id is not None:
            sql += " AND id IN (SELECT user_id FROM members WHERE chat_id = ?)"
            params = (username, chat_id)
        return await fetch_one(self.conn, sql + " LIMIT 1", params, into=_person)

    async def by_name(self, name: str, chat_id: int) -> list[Person]:
        """People seen in a chat whose first or full name is `name` (any case)."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM users WHERE id IN"
            " (SELECT user_id FROM members WHERE chat_id = ?)"
            " AND (lower(first_name) = lower(?)"
            " OR lower(first_name || ' ' || coalesce(last_name, '')) = lower(?))",
            (chat_id, name.strip(), name.strip()),
            into=_person,
        )

    async def members_of(self, chat_id: int) -> list[Person]:
        """Everyone the bot has seen in a chat."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM users WHERE id IN"
            " (SELECT user_id FROM members WHERE chat_id = ?) ORDER BY first_name",
            (chat_id,),
            into=_person,
        )

    async def seen_in(self, chat_id: int, user_id: int, now: datetime) -> None:
        await self.conn.execute(
            "INSERT INTO members (chat_id, user_id, last_seen) VALUES (?, ?, ?)"
            " ON CONFLICT (chat_id, user_id) DO UPDATE SET last_seen = excluded.last_seen",
            (chat_id, user_id, now.isoformat()),
        )

    async def left(self, chat_id: int, user_id: int) -> None:
        """Someone left the group: its records no longer open for them in a private chat."""
        await self.conn.execute(
            "DELETE FROM members WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
        )

    async def allow_private(self, user_id: int) -> None:
        await self.conn.execute("UPDATE users SET private_ok = 1 WHERE id = ?", (user_id,))

    async def deny_private(self, user_id: int) -> None:
        """The person blocked the bot: reach them in their groups until they press Start again."""
        await self.conn.execute("UPDATE users SET private_ok = 0 WHERE id = ?", (user_id,))

    async def chats_of(self, user_id: int) -> list[int]:
        """The groups this user has been seen in (private commands act only on these)."""
        rows = await fetch_all(
            self.conn,
            "SELECT m.chat_id FROM members m JOIN chats c ON c.id = m.chat_id"
            " WHERE m.user_id = ? AND c.type != 'private' AND c.active = 1"
            " ORDER BY m.last_seen DESC",
            (user_id,),
        )
        return [int(row[0]) for row in rows]
