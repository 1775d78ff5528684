"""Decisions logged with /besluit."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from domain.decisions import Decision
from storage.db import Repo, fetch_all, fetch_one, from_iso, maybe_int

_SELECT = (
    "SELECT d.id, d.chat_id, d.number, d.text, d.meeting_id, d.agenda_item_id, d.created_by,"
    " d.created_at, coalesce(u.first_name, '') AS creator_name"
    " FROM decisions d LEFT JOIN users u ON u.id = d.created_by"
)


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
        return await fetch_one(
            self.conn, f"{_SELECT} WHERE d.id = ?", (decision_id,), into=_decision
        )

    async def link_item(self, decision_id: int, item_id: int) -> None:
        await self.conn.execute(
            "UPDATE decisions SET agenda_item_id = ? WHERE id = ?", (item_id, decision_id)
        )

    async def in_chat(self, chat_id: int, search: str | None = None) -> list[Decision]:
        """The group's decisions, newest first; `search` keeps those containing every word."""
        sql = f"{_SELECT} WHERE d.chat_id = ?"
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
            f"{_SELECT} WHERE d.meeting_id = ? ORDER BY d.id",
            (meeting_id,),
            into=_decision,
        )
