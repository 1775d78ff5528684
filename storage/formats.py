"""A group's meeting formats (migration 1922): its own kinds, and its changes to the built-in
ones (`meeting_formats`); the built-ins themselves live in code and the catalogs."""

from __future__ import annotations

import json

import aiosqlite

from domain.formats import Format, Invited
from storage.db import Repo, fetch_all

_COLUMNS = "key, name, words, before, after, invited, call, close, builtin"


def _format(row: aiosqlite.Row) -> Format:
    return Format(
        key=str(row["key"]),
        name=str(row["name"]),
        words=tuple(json.loads(row["words"])),
        before=tuple(json.loads(row["before"])),
        after=tuple(json.loads(row["after"])),
        invited=Invited(str(row["invited"])),
        call=row["call"],
        close=row["close"],
        builtin=bool(row["builtin"]),
    )


class FormatRepo(Repo):
    async def of(self, chat_id: int) -> list[Format]:
        """The group's stored formats (changed built-ins and its own), in the order made."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM meeting_formats WHERE chat_id = ? ORDER BY rowid",
            (chat_id,),
            into=_format,
        )

    async def save(self, chat_id: int, fmt: Format) -> None:
        await self.conn.execute(
            f"INSERT INTO meeting_formats (chat_id, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?) ON CONFLICT (chat_id, key) DO UPDATE SET name = excluded.name,"
            " words = excluded.words, before = excluded.before, after = excluded.after,"
            " invited = excluded.invited, call = excluded.call, close = excluded.close",
            (
                chat_id,
                fmt.key,
                fmt.name,
                json.dumps(list(fmt.words), ensure_ascii=False),
                json.dumps(list(fmt.before), ensure_ascii=False),
                json.dumps(list(fmt.after), ensure_ascii=False),
                fmt.invited.value,
                fmt.call,
                fmt.close,
                int(fmt.builtin),
            ),
        )

    async def forget(self, chat_id: int, key: str) -> bool:
        """A built-in back as it ships, or a group's own kind gone."""
        cur = await self.conn.execute(
            "DELETE FROM meeting_formats WHERE chat_id = ? AND key = ?", (chat_id, key)
        )
        return cur.rowcount > 0
