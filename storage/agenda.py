"""Agenda items (table `agenda_items`, migration 0700): per meeting, or waiting (meeting_id NULL).

Columns: id, chat_id, meeting_id, position (the order within a meeting), number (what the group
sees: given once on arrival, never shifted by another item leaving; migration 1702), text,
proposer_id, added_by, state open|discussed|removed, source_message_id (the message it was taken
from), carried_from_meeting_id (set when it was carried over from a meeting that passed).
`agenda_numbers` keeps every number ever given on an agenda, so a number is found after its
item left, and a number given anew by a move up or down is `moved` until the agenda is shown.
`agenda_item_timeline` (migration 1704) keeps each correction of an item's text: who, when, the
old text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from domain.agenda import AgendaItem, ItemChange, ItemState
from storage.db import Repo, Timeline, fetch_all, fetch_one, from_iso, iso

_SELECT = (
    "SELECT a.id, a.chat_id, a.meeting_id, a.position, a.text, a.proposer_id, a.state,"
    " a.source_message_id, a.created_at, m.starts_at AS carried_from, a.number, a.added_by,"
    " a.carried_from_meeting_id,"
    " coalesce(trim(u.first_name || ' ' || coalesce(u.last_name, '')), '') AS proposer_name,"
    " (SELECT coalesce(e.first_name, '?') FROM agenda_item_timeline t"
    " LEFT JOIN users e ON e.id = t.user_id WHERE t.agenda_item_id = a.id AND t.change = 'text'"
    " ORDER BY t.id DESC LIMIT 1) AS edited_by_name"
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
        number=int(row["number"]),
        carried_from_id=row["carried_from_meeting_id"],
        added_by=row["added_by"],
        edited_by_name=row["edited_by_name"],
    )


@dataclass(frozen=True)
class Given:
    """A number given on an agenda: to which item, and whether by a move up or down that the
    group has not been shown yet (the number meant another item before)."""

    item_id: int
    moved: bool


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
        added_by: int | None = None,
    ) -> int:
        position = await self._next_position(chat_id, meeting_id)
        number = await self._next_number(chat_id, meeting_id)
        cur = await self.conn.execute(
            "INSERT INTO agenda_items (chat_id, meeting_id, position, number, text, proposer_id,"
            " added_by, source_message_id, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                meeting_id,
                position,
                number,
                text,
                proposer_id,
                added_by if added_by is not None else proposer_id,
                source_message_id,
                iso(now),
                iso(now),
            ),
        )
        assert cur.lastrowid is not None
        item_id = int(cur.lastrowid)
        await self._give(chat_id, meeting_id, number, item_id, now)
        return item_id

    async def _next_number(self, chat_id: int, meeting_id: int | None) -> int:
        """One more than any number this agenda ever gave: a number is never given twice."""
        row = await fetch_one(
            self.conn,
            "SELECT coalesce(max(number), 0) + 1 FROM agenda_numbers WHERE chat_id = ?"
            " AND meeting_id IS ?",
            (chat_id, meeting_id),
        )
        return int(row[0]) if row else 1

    async def _give(
        self,
        chat_id: int,
        meeting_id: int | None,
        number: int,
        item_id: int,
        now: datetime,
        *,
        moved: bool = False,
    ) -> None:
        await self.conn.execute(
            "INSERT INTO agenda_numbers (chat_id, meeting_id, number, item_id, given_at, moved)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (chat_id, meeting_id, number, item_id, iso(now), int(moved)),
        )

    async def numbered(self, chat_id: int, meeting_id: int | None, number: int) -> list[Given]:
        """Who had `number` on this agenda, the latest first."""
        rows = await fetch_all(
            self.conn,
            "SELECT item_id, moved FROM agenda_numbers WHERE chat_id = ? AND meeting_id IS ?"
            " AND number = ? ORDER BY id DESC",
            (chat_id, meeting_id, number),
        )
        return [Given(int(row[0]), bool(row[1])) for row in rows]

    async def shown(self, chat_id: int, meeting_id: int | None) -> None:
        """The group was shown this agenda anew: its numbers are what it saw last."""
        await self.conn.execute(
            "UPDATE agenda_numbers SET moved = 0 WHERE chat_id = ? AND meeting_id IS ?"
            " AND moved = 1",
            (chat_id, meeting_id),
        )

    async def swap(self, first: AgendaItem, second: AgendaItem, now: datetime) -> None:
        """Two neighbours change places, and numbers with them, so the agenda still counts up;
        both numbers now mean another item (`moved`) until the agenda is shown again."""
        for item, other in ((first, second), (second, first)):
            await self.conn.execute(
                "UPDATE agenda_items SET position = ?, number = ?, updated_at = ? WHERE id = ?",
                (other.position, other.number, iso(now), item.id),
            )
            await self._give(item.chat_id, item.meeting_id, other.number, item.id, now, moved=True)

    async def set_text(self, item: AgendaItem, text: str, by: int, now: datetime) -> None:
        """The corrected text, with the old one on the item's timeline (who and when)."""
        await self.conn.execute(
            "UPDATE agenda_items SET text = ?, updated_at = ? WHERE id = ?",
            (text, iso(now), item.id),
        )
        await Timeline(self.conn, "agenda_item", ItemChange).log(
            item.id, ItemChange.TEXT, by, now, item.text
        )

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
            " SELECT a.meeting_id, a.id, a.number FROM agenda_items a"
            " JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ? AND a.meeting_id IS NOT ?"
            " AND (m.agenda_message_id IS NOT NULL OR m.starts_at <= ?)",
            (item_id, meeting_id, iso(now)),
        )
        position = await self._next_position(chat_id, meeting_id)
        number = await self._next_number(chat_id, meeting_id)
        await self.conn.execute(
            "UPDATE agenda_items SET meeting_id = ?, position = ?, number = ?, updated_at = ?,"
            " carried_from_meeting_id = coalesce(?, carried_from_meeting_id) WHERE id = ?",
            (meeting_id, position, number, iso(now), carried_from, item_id),
        )
        await self._give(chat_id, meeting_id, number, item_id, now)
