"""Agenda items (table `agenda_items`, migration 0700): per meeting, or waiting (meeting_id NULL).

Columns: id, chat_id, meeting_id, position (1, 2, ... within a meeting), text, proposer_id,
state open|discussed|removed, source_message_id (the message it was taken from),
carried_from_meeting_id (set when it was carried over from a meeting that passed).
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from domain.agenda import AgendaItem, ItemState
from storage.db import Repo, fetch_all, fetch_one, from_iso, iso

_SELECT = (
    "SELECT a.id, a.chat_id, a.meeting_id, a.position, a.text, a.proposer_id, a.state,"
    " a.source_message_id, a.created_at, m.starts_at AS carried_from,"
    " coalesce(trim(u.first_name || ' ' || coalesce(u.last_name, '')), '') AS proposer_name"
    " FROM agenda_items a LEFT JOIN users u ON u.id = a.proposer_id"
    " LEFT JOIN meetings m ON m.id = a.carried_from_meeting_id"
)


def _item(row: aiosqlite.Row) -> AgendaItem:
    return AgendaItem(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        meeting_id=row["meeting_id"],
        position=int(row["position"]),
        text=str(row["text"]),
        proposer_id=row["proposer_id"],
        state=ItemState(str(row["state"])),
        proposer_name=str(row["proposer_name"]),
        source_message_id=row["source_message_id"],
        carried_from=from_iso(str(row["carried_from"])) if row["carried_from"] else None,
        created_at=from_iso(str(row["created_at"])),
    )


class AgendaRepo(Repo):
    async def add(
        self,
        chat_id: int,
        meeting_id: int | None,
        text: str,
        proposer_id: int | None,
        now: datetime,
        *,
        source_message_id: int | None = None,
    ) -> int:
        position = await self._next_position(chat_id, meeting_id)
        cur = await self.conn.execute(
            "INSERT INTO agenda_items (chat_id, meeting_id, position, text, proposer_id,"
            " source_message_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                meeting_id,
                position,
                text,
                proposer_id,
                source_message_id,
                iso(now),
                iso(now),
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def _next_position(self, chat_id: int, meeting_id: int | None) -> int:
        row = await fetch_one(
            self.conn,
            "SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE chat_id = ?"
            " AND meeting_id IS ? AND state != 'removed'",
            (chat_id, meeting_id),
        )
        return int(row[0]) if row else 1

    async def left(self, meeting_id: int) -> list[tuple[int, AgendaItem]]:
        """Items that were on this meeting's agenda and moved on, with the number they had."""
        rows = await fetch_all(
            self.conn,
            "SELECT number, item_id FROM meeting_items WHERE meeting_id = ? ORDER BY number",
            (meeting_id,),
        )
        found = []
        for row in rows:
            item = await self.get(int(row["item_id"]))
            if item is not None and item.meeting_id != meeting_id:
                found.append((int(row["number"]), item))
        return found

    async def get(self, item_id: int) -> AgendaItem | None:
        return await fetch_one(self.conn, f"{_SELECT} WHERE a.id = ?", (item_id,), into=_item)

    async def of_meeting(
        self, chat_id: int, meeting_id: int | None, *, with_discussed: bool = True
    ) -> list[AgendaItem]:
        """The items of a meeting (or the waiting ones), in agenda order; removed ones left out."""
        states = "('open', 'discussed')" if with_discussed else "('open')"
        return await fetch_all(
            self.conn,
            f"{_SELECT} WHERE a.chat_id = ? AND a.meeting_id IS ? AND a.state IN {states}"
            " ORDER BY a.position, a.id",
            (chat_id, meeting_id),
            into=_item,
        )

    async def set_state(self, item_id: int, state: ItemState, now: datetime) -> None:
        await self.conn.execute(
            "UPDATE agenda_items SET state = ?, updated_at = ? WHERE id = ?",
            (state.value, iso(now), item_id),
        )

    async def reorder(self, ids: list[int], now: datetime) -> None:
        for position, item_id in enumerate(ids, start=1):
            await self.conn.execute(
                "UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ?",
                (position, iso(now), item_id),
            )

    async def move_to(
        self,
        item_id: int,
        chat_id: int,
        meeting_id: int | None,
        now: datetime,
        *,
        carried_from: int | None = None,
    ) -> None:
        """Put an item at the end of another meeting's agenda (or back to waiting). An item
        that leaves a meeting whose agenda had closed or that had begun is remembered there
        with its number (`meeting_items`): the report lists it as carried over."""
        await self.conn.execute(
            "INSERT OR IGNORE INTO meeting_items (meeting_id, item_id, number)"
            " SELECT a.meeting_id, a.id, a.position FROM agenda_items a"
            " JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ? AND a.meeting_id IS NOT ?"
            " AND (m.agenda_message_id IS NOT NULL OR m.starts_at <= ?)",
            (item_id, meeting_id, iso(now)),
        )
        position = await self._next_position(chat_id, meeting_id)
        await self.conn.execute(
            "UPDATE agenda_items SET meeting_id = ?, position = ?, updated_at = ?,"
            " carried_from_meeting_id = coalesce(?, carried_from_meeting_id) WHERE id = ?",
            (meeting_id, position, iso(now), carried_from, item_id),
        )
