"""Decisions logged with /besluit, and their timeline."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from domain.decisions import Change, Decision
from domain.timeline import TimelineEntry
from storage.db import Repo, Timeline, fetch_all, fetch_one, from_iso, maybe_int

_SELECT = (
    "SELECT d.id, d.chat_id, d.number, d.text, d.meeting_id, d.agenda_item_id, d.created_by,"
    " d.created_at, d.removed_at, coalesce(u.first_name, '') AS creator_name"
    " FROM decisions d LEFT JOIN users u ON u.id = d.created_by"
)
_PRESENT = " AND d.removed_at IS NULL"


def _decision(row: aiosqlite.Row) -> Decision:
    return Decision(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        number=int(row["number"]),
        text=str(row["text"]),
        created_by=int(row["created_by"]),
        created_at=from_iso(str(row["created_at"])),
        meeting_id=maybe_int(row["meeting_id"]),
        agenda_item_id=maybe_int(row["agenda_item_id"]),
        creator_name=str(row["creator_name"]),
        removed_at=from_iso(str(row["removed_at"])) if row["removed_at"] else None,
    )


class DecisionRepo(Repo):
    async def add(
        self,
        chat_id: int,
        text: str,
        created_by: int,
        now: datetime,
        *,
        meeting_id: int | None = None,
        agenda_item_id: int | None = None,
    ) -> Decision:
        row = await fetch_one(
            self.conn,
            "INSERT INTO decisions (chat_id, number, text, meeting_id, agenda_item_id,"
            " created_by, created_at) VALUES (?, (SELECT coalesce(max(number), 0) + 1"
            " FROM decisions WHERE chat_id = ?), ?, ?, ?, ?, ?) RETURNING id",
            (chat_id, chat_id, text, meeting_id, agenda_item_id, created_by, now.isoformat()),
        )
        assert row is not None
        found = await self.get(int(row[0]))
        assert found is not None
        return found

    async def get(self, decision_id: int) -> Decision | None:
        """A decision, also a removed one (its card says so)."""
        return await fetch_one(
            self.conn, f"{_SELECT} WHERE d.id = ?", (decision_id,), into=_decision
        )

    async def by_number(self, chat_id: int, number: int) -> Decision | None:
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE d.chat_id = ? AND d.number = ?",
            (chat_id, number),
            into=_decision,
        )

    async def link_item(self, decision_id: int, item_id: int | None) -> None:
        await self.conn.execute(
            "UPDATE decisions SET agenda_item_id = ? WHERE id = ?", (item_id, decision_id)
        )

    async def set_text(self, decision_id: int, text: str) -> None:
        await self.conn.execute("UPDATE decisions SET text = ? WHERE id = ?", (text, decision_id))

    async def remove(self, decision_id: int, by: int, now: datetime) -> bool:
        """Off every list and report, kept on record; False when it was removed already."""
        cur = await self.conn.execute(
            "UPDATE decisions SET removed_at = ?, removed_by = ?"
            " WHERE id = ? AND removed_at IS NULL",
            (now.isoformat(), by, decision_id),
        )
        return cur.rowcount > 0

    async def delete(self, decision_id: int) -> None:
        """Gone as if never logged (undone just after logging): its timeline goes with it."""
        await self.conn.execute("DELETE FROM decisions WHERE id = ?", (decision_id,))

    async def others_on_item(self, item_id: int, decision_id: int) -> int:
        """How many other decisions (not removed) belong to an agenda item."""
        row = await fetch_one(
            self.conn,
            "SELECT count(*) FROM decisions d WHERE d.agenda_item_id = ? AND d.id != ?" + _PRESENT,
            (item_id, decision_id),
        )
        return int(row[0]) if row else 0

    async def in_chat(self, chat_id: int, search: str | None = None) -> list[Decision]:
        """The group's decisions, newest first; `search` keeps those containing every word."""
        sql = f"{_SELECT} WHERE d.chat_id = ?{_PRESENT}"
        params: list[object] = [chat_id]
        for word in (search or "").split():
            sql += " AND lower(d.text) LIKE ? ESCAPE '\\'"
            escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        return await fetch_all(
            self.conn, sql + " ORDER BY d.created_at DESC, d.id DESC", params, into=_decision
        )

    async def of_meeting(self, meeting_id: int) -> list[Decision]:
        return await fetch_all(
            self.conn,
            f"{_SELECT} WHERE d.meeting_id = ?{_PRESENT} ORDER BY d.id",
            (meeting_id,),
            into=_decision,
        )

    # --- the timeline -------------------------------------------------------------------------
    async def log(
        self,
        decision_id: int,
        change: Change,
        user_id: int | None,
        now: datetime,
        detail: str | None = None,
    ) -> None:
        await Timeline(self.conn, "decision", Change).log(decision_id, change, user_id, now, detail)

    async def timeline(self, decision_id: int) -> list[TimelineEntry[Change]]:
        return await Timeline(self.conn, "decision", Change).entries(decision_id)
