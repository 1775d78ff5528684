"""Polls, the native Telegram poll each one is now, and the votes as they arrive."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

import aiosqlite

from domain.polls import Poll
from storage.db import Repo, fetch_all, fetch_one, from_iso, iso

_COLUMNS = (
    "id, chat_id, created_by, question, options, proposal, multiple, native_id, message_id,"
    " thread_id, closes_at, created_at, closed_at, closed_by, board, result_message_id,"
    " decision_id"
)


def _poll(row: aiosqlite.Row) -> Poll:
    return Poll(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        created_by=int(row["created_by"]),
        question=str(row["question"]),
        options=tuple(json.loads(row["options"])),
        proposal=bool(row["proposal"]),
        multiple=bool(row["multiple"]),
        native_id=str(row["native_id"]),
        message_id=int(row["message_id"]),
        thread_id=row["thread_id"],
        closes_at=from_iso(row["closes_at"]),
        created_at=from_iso(row["created_at"]),
        closed_at=from_iso(row["closed_at"]) if row["closed_at"] else None,
        closed_by=row["closed_by"],
        board=frozenset(json.loads(row["board"])) if row["board"] is not None else None,
        result_message_id=row["result_message_id"],
        decision_id=row["decision_id"],
    )


class PollRepo(Repo):
    async def add(
        self,
        *,
        chat_id: int,
        created_by: int,
        question: str,
        options: Sequence[str],
        proposal: bool,
        multiple: bool,
        native_id: str,
        message_id: int,
        thread_id: int | None,
        closes_at: datetime,
        now: datetime,
    ) -> int:
        cur = await self.conn.execute(
            "INSERT INTO polls (chat_id, created_by, question, options, proposal, multiple,"
            " native_id, message_id, thread_id, closes_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                created_by,
                question,
                json.dumps(list(options), ensure_ascii=False),
                int(proposal),
                int(multiple),
                native_id,
                message_id,
                thread_id,
                iso(closes_at),
                iso(now),
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def _one(self, where: str, params: tuple[object, ...]) -> Poll | None:
        return await fetch_one(
            self.conn, f"SELECT {_COLUMNS} FROM polls WHERE {where}", params, into=_poll
        )

    async def get(self, poll_id: int) -> Poll | None:
        return await self._one("id = ?", (poll_id,))

    async def by_native(self, native_id: str) -> Poll | None:
        """The poll a Telegram poll id belongs to (poll and poll_answer updates carry no chat)."""
        return await self._one("native_id = ?", (native_id,))

    async def by_message(self, chat_id: int, message_id: int) -> Poll | None:
        """The poll whose poll message or result message this is."""
        return await self._one(
            "chat_id = ? AND (message_id = ? OR result_message_id = ?)",
            (chat_id, message_id, message_id),
        )

    async def latest_open(self, chat_id: int, created_by: int | None = None) -> Poll | None:
        where = "chat_id = ? AND closed_at IS NULL"
        params: tuple[object, ...] = (chat_id,)
        if created_by is not None:
            where += " AND created_by = ?"
            params = (chat_id, created_by)
        return await self._one(where + " ORDER BY created_at DESC, id DESC LIMIT 1", params)

    async def open_in(self, chat_id: int) -> list[Poll]:
        return await self._many("chat_id = ? AND closed_at IS NULL ORDER BY closes_at", (chat_id,))

    async def overdue_unplanned(self, now: datetime, close_kind: str) -> list[tuple[int, int, str]]:
        """Open polls past their deadline in groups that have the bot, with no close waiting in
        the engine (it gave up on them while the group had removed the bot): (poll, chat, zone)."""
        rows = await fetch_all(
            self.conn,
            "SELECT p.id, p.chat_id, c.timezone FROM polls p JOIN chats c ON c.id = p.chat_id"
            " WHERE p.closed_at IS NULL AND p.closes_at <= ? AND c.active = 1"
            " AND NOT EXISTS (SELECT 1 FROM due d WHERE d.kind = ? AND d.target_id = p.id"
            " AND d.state IN ('pending', 'claimed'))",
            (iso(now), close_kind),
        )
        return [(int(row[0]), int(row[1]), str(row[2])) for row in rows]

    async def closed_since(self, chat_id: int, since: datetime, limit: int) -> list[Poll]:
        return await self._many(
            "chat_id = ? AND closed_at IS NOT NULL AND closed_at >= ?"
            " ORDER BY closed_at DESC LIMIT ?",
            (chat_id, iso(since), limit),
        )

    async def _many(self, where: str, params: tuple[object, ...]) -> list[Poll]:
        return await fetch_all(
            self.conn, f"SELECT {_COLUMNS} FROM polls WHERE {where}", params, into=_poll
        )

    # --- votes ----------------------------------------------------------------------------
    async def vote(
        self, poll_id: int, user_id: int, option_ids: Sequence[int], now: datetime
    ) -> None:
        """Store a vote as it arrives; an empty answer is a retraction and removes it."""
        if not option_ids:
            await self.conn.execute(
                "DELETE FROM poll_votes WHERE poll_id = ? AND user_id = ?", (poll_id, user_id)
            )
            return
        await self.conn.execute(
            "INSERT INTO poll_votes (poll_id, user_id, option_ids, voted_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (poll_id, user_id) DO UPDATE SET option_ids = excluded.option_ids,"
            " voted_at = excluded.voted_at",
            (poll_id, user_id, json.dumps(list(option_ids)), iso(now)),
        )

    async def votes(self, poll_id: int) -> dict[int, tuple[int, ...]]:
        rows = await fetch_all(
            self.conn,
            "SELECT user_id, option_ids FROM poll_votes WHERE poll_id = ? ORDER BY voted_at",
            (poll_id,),
        )
        return {int(row[0]): tuple(json.loads(row[1])) for row in rows}

    # --- closing and reopening ------------------------------------------------------------
    async def close(
        self, poll_id: int, now: datetime, closed_by: int | None, board: Iterable[int]
    ) -> bool:
        """Mark it closed with the board it was counted among; False if it was closed already."""
        cur = await self.conn.execute(
            "UPDATE polls SET closed_at = ?, closed_by = ?, board = ?"
            " WHERE id = ? AND closed_at IS NULL",
            (iso(now), closed_by, json.dumps(sorted(board)), poll_id),
        )
        return cur.rowcount > 0

    async def set_result_message(self, poll_id: int, message_id: int) -> None:
        await self.conn.execute(
            "UPDATE polls SET result_message_id = ? WHERE id = ?", (message_id, poll_id)
        )

    async def reopen(
        self, poll_id: int, native_id: str, message_id: int, closes_at: datetime
    ) -> None:
        """A new native poll (Telegram cannot reopen a stopped one) and a new deadline."""
        await self.conn.execute(
            "UPDATE polls SET native_id = ?, message_id = ?, closes_at = ?, closed_at = NULL,"
            " closed_by = NULL, board = NULL, result_message_id = NULL WHERE id = ?",
            (native_id, message_id, iso(closes_at), poll_id),
        )

    async def set_decision(self, poll_id: int, decision_id: int) -> None:
        await self.conn.execute(
            "UPDATE polls SET decision_id = ? WHERE id = ?", (decision_id, poll_id)
        )
