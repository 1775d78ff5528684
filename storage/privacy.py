"""A group's data as a whole: exported, wiped for good, or forgotten after its retention period.

Which tables hold a group's data is read from the schema itself, like `ChatRepo.migrate`: every
table with a `chat_id` column, plus every table whose foreign key points (directly or through
another such table) at one of those rows. A table a feature adds later is exported and wiped
without anyone having to remember it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from storage.chats import chat_tables
from storage.db import Repo, fetch_all, fetch_one, fetch_table

FORMER_MEMBER = "oud-lid"


@dataclass(frozen=True)
class Reference:
    """`child.column` refers to `parent.target` (a foreign key)."""

    child: str
    column: str
    parent: str
    target: str


@dataclass(frozen=True)
class Table:
    """The rows of one table that belong to a group, for the export."""

    name: str
    columns: list[str]
    rows: list[tuple[Any, ...]]


async def _tables(conn: aiosqlite.Connection) -> list[str]:
    rows = await fetch_all(
        conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name",
    )
    return [str(row[0]) for row in rows]


async def references(conn: aiosqlite.Connection) -> list[Reference]:
    """Every foreign key in the schema."""
    found: list[Reference] = []
    for table in await _tables(conn):
        for row in await fetch_all(conn, f"PRAGMA foreign_key_list({table})"):
            parent = str(row[2])
            target = str(row[4]) if row[4] is not None else "rowid"
            found.append(Reference(table, str(row[3]), parent, target))
    return found


async def _selections(
    conn: aiosqlite.Connection, chat_id: int
) -> list[tuple[str, str, tuple[Any, ...]]]:
    """(table, WHERE clause, params) for every table holding rows of the group, parents first.

    Children found through foreign keys come after their parents, so deleting in reverse order
    never leaves a row pointing at a deleted one.
    """
    refs = await references(conn)
    selected: list[tuple[str, str, tuple[Any, ...]]] = []
    seen: set[str] = set()
    frontier: list[tuple[str, str, tuple[Any, ...]]] = []
    for table in await chat_tables(conn):
        frontier.append((table, "chat_id = ?", (chat_id,)))
        seen.add(table)
    for ref in refs:  # a table that names the group by another column, `group_id REFERENCES chats`
        if ref.parent == "chats" and ref.child not in seen:
            frontier.append((ref.child, f"{ref.column} = ?", (chat_id,)))
            seen.add(ref.child)
    while frontier:
        table, where, params = frontier.pop(0)
        selected.append((table, where, params))
        for ref in refs:
            if ref.parent != table or ref.child in seen or ref.child in ("users",):
                continue
            seen.add(ref.child)
            frontier.append(
                (
                    ref.child,
                    f"{ref.column} IN (SELECT {ref.target} FROM {table} WHERE {where})",
                    params,
                )
            )
    return selected


class GroupData(Repo):
    """Export, wipe and retention of one group's data (runs inside the caller's transaction)."""

    async def export(self, chat_id: int) -> list[Table]:
        """The group's row in `chats`, every row of every table that belongs to it, and the
        people it has seen (names as stored, or "oud-lid" for those who asked to be forgotten)."""
        tables = [await self._table("chats", "id = ?", (chat_id,))]
        for name, where, params in await _selections(self.conn, chat_id):
            tables.append(await self._table(name, where, params))
        tables.append(
            await self._table(
                "users",
                "id IN (SELECT user_id FROM members WHERE chat_id = ?)",
                (chat_id,),
                columns="id, first_name, last_name, username",
            )
        )
        return tables

    async def _table(
        self, name: str, where: str, params: tuple[Any, ...], columns: str = "*"
    ) -> Table:
        header, rows = await fetch_table(
            self.conn, f"SELECT {columns} FROM {name} WHERE {where}", params
        )
        return Table(name, header, [tuple(row) for row in rows])

    async def counts(self, chat_id: int) -> dict[str, int]:
        """How many rows of each table belong to the group (what a wipe would remove)."""
        found: dict[str, int] = {}
        for name, where, params in await _selections(self.conn, chat_id):
            row = await fetch_one(self.conn, f"SELECT count(*) FROM {name} WHERE {where}", params)
            if row and int(row[0]):
                found[name] = int(row[0])
        return found

    async def wipe(self, chat_id: int) -> int:
        """Delete every row of the group, its `chats` row, and people known only from it.

        Returns the number of rows deleted.
        """
        deleted = 0
        for name, where, params in reversed(await _selections(self.conn, chat_id)):
            cur = await self.conn.execute(f"DELETE FROM {name} WHERE {where}", params)
            deleted += max(cur.rowcount, 0)
        cur = await self.conn.execute("DELETE FROM chats WHERE id = ?", (chat_id,))
        deleted += max(cur.rowcount, 0)
        return deleted + await self.drop_unknown_people()

    async def drop_unknown_people(self) -> int:
        """Delete people no group knows any more: no membership, no private chat, no reference."""
        refs = [r for r in await references(self.conn) if r.parent == "users"]
        unused = " ".join(
            f"AND NOT EXISTS (SELECT 1 FROM {r.child} WHERE {r.child}.{r.column} = users.id)"
            for r in refs
        )
        cur = await self.conn.execute(
            "DELETE FROM users WHERE id NOT IN (SELECT user_id FROM members)"
            f" AND id NOT IN (SELECT id FROM chats) {unused}"
        )
        return max(cur.rowcount, 0)

    async def forget_person(self, user_id: int) -> int:
        """/vergeet: the person's name and username go, and so does their private chat with
        everything in it; their group records stay, shown as "oud-lid". Returns rows changed."""
        changed = await self.wipe(user_id)  # the private chat's id is the user's id
        cur = await self.conn.execute(
            "UPDATE users SET first_name = ?, last_name = NULL, username = NULL,"
            " language_code = NULL, private_ok = 0 WHERE id = ?",
            (FORMER_MEMBER, user_id),
        )
        return changed + max(cur.rowcount, 0)

    async def removed_groups(self) -> list[tuple[int, datetime]]:
        """Groups that removed the bot, with the moment they did."""
        rows = await fetch_all(
            self.conn,
            "SELECT id, inactive_since FROM chats WHERE type != 'private' AND active = 0"
            " AND inactive_since IS NOT NULL",
        )
        return [(int(row[0]), datetime.fromisoformat(str(row[1]))) for row in rows]
