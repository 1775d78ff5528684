"""Roles given in a chat with /bestuur and /gemeente."""

from __future__ import annotations

from datetime import datetime

from domain.models import Person
from domain.roles import Role
from storage.db import Repo, fetch_all
from storage.people import _COLUMNS, _person


class RoleRepo(Repo):
    async def of(self, chat_id: int, user_id: int) -> frozenset[Role]:
        rows = await fetch_all(
            self.conn,
            "SELECT role FROM roles WHERE chat_id = ? AND user_id = ?",
            (chat_id, user_id),
        )
        return frozenset(Role(str(row[0])) for row in rows)

    async def add(
        self, chat_id: int, user_id: int, role: Role, added_by: int, now: datetime
    ) -> bool:
        """Give a role; returns False when the user already had it."""
        cur = await self.conn.execute(
            "INSERT OR IGNORE INTO roles (chat_id, user_id, role, added_by, added_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (chat_id, user_id, role.value, added_by, now.isoformat()),
        )
        return cur.rowcount > 0

    async def remove(self, chat_id: int, user_id: int, role: Role) -> bool:
        cur = await self.conn.execute(
            "DELETE FROM roles WHERE chat_id = ? AND user_id = ? AND role = ?",
            (chat_id, user_id, role.value),
        )
        return cur.rowcount > 0

    async def members(self, chat_id: int, role: Role) -> list[Person]:
        cols = ", ".join(f"u.{c.strip()}" for c in _COLUMNS.split(","))
        return await fetch_all(
            self.conn,
            f"SELECT {cols} FROM roles r JOIN users u ON u.id = r.user_id"
            " WHERE r.chat_id = ? AND r.role = ? ORDER BY r.added_at, u.first_name",
            (chat_id, role.value),
            into=_person,
        )
