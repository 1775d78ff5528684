"""The `due` table: every future event of every feature, the reminder engine's source of truth."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from domain.events import DueEvent, DueState
from storage.db import Repo, fetch_all, fetch_one, from_iso, iso, maybe_int

CHUNK = 500  # ids per statement, well under SQLite's limit on bound parameters
_COLUMNS = (
    "id, kind, chat_id, target_id, payload, fire_at, planned_at, timezone, recurrence, attempts,"
    " late"
)
# The moment a feature planned: `fire_at` is when the engine sends, which moves when a message
# waits (quiet hours, a retry); the first moment it had is then kept in `planned_at`.
PLANNED = "coalesce(planned_at, fire_at)"


def _event(row: aiosqlite.Row) -> DueEvent:
    sends_at = from_iso(str(row["fire_at"]))
    planned = row["planned_at"]
    return DueEvent(
        id=int(row["id"]),
        kind=str(row["kind"]),
        chat_id=int(row["chat_id"]),
        target_id=maybe_int(row["target_id"]),
        payload=dict(json.loads(row["payload"])),
        fire_at=from_iso(str(planned)) if planned else sends_at,
        sends_at=sends_at if planned else None,
        timezone=str(row["timezone"]),
        recurrence=row["recurrence"],
        attempts=int(row["attempts"]),
        late=bool(row["late"]),
    )


class DueRepo(Repo):
    async def add(
        self,
        kind: str,
        chat_id: int,
        fire_at: datetime,
        *,
        timezone: str,
        now: datetime,
        target_id: int | None = None,
        payload: dict[str, Any] | None = None,
        recurrence: str | None = None,
    ) -> int:
        cur = await self.conn.execute(
            "INSERT INTO due (kind, chat_id, target_id, payload, fire_at, timezone, recurrence,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                chat_id,
                target_id,
                json.dumps(payload or {}),
                iso(fire_at),
                timezone,
                recurrence,
                iso(now),
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def has_pending(
        self,
        kind: str,
        chat_id: int,
        target_id: int | None,
        recurrence: str | None,
        fire_at: datetime,
    ) -> bool:
        """Is this very occurrence already waiting (a recurring event's next one, say)?"""
        row = await fetch_one(
            self.conn,
            "SELECT 1 FROM due WHERE state = 'pending' AND kind = ? AND chat_id = ?"
            f" AND target_id IS ? AND recurrence IS ? AND {PLANNED} = ? LIMIT 1",
            (kind, chat_id, target_id, recurrence, iso(fire_at)),
        )
        return row is not None

    async def get(self, event_id: int) -> DueEvent | None:
        return await fetch_one(
            self.conn, f"SELECT {_COLUMNS} FROM due WHERE id = ?", (event_id,), into=_event
        )

    async def state_of(self, event_id: int) -> DueState | None:
        row = await fetch_one(self.conn, "SELECT state FROM due WHERE id = ?", (event_id,))
        return DueState(str(row[0])) if row else None

    async def due(self, now: datetime, limit: int = 200) -> list[DueEvent]:
        """Pending events whose moment has come, oldest first."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM due WHERE state = 'pending' AND fire_at <= ?"
            " ORDER BY fire_at, id LIMIT ?",
            (iso(now), limit),
            into=_event,
        )

    async def due_in_chats(self, now: datetime, chat_ids: Sequence[int]) -> list[DueEvent]:
        """Every pending event due now in these chats, so one chat's bundle is never split."""
        marks = ", ".join("?" for _ in chat_ids)
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM due WHERE state = 'pending' AND fire_at <= ?"
            f" AND chat_id IN ({marks}) ORDER BY fire_at, id",
            (iso(now), *chat_ids),
            into=_event,
        )

    async def claim(self, ids: Sequence[int], now: datetime) -> list[int]:
        """Take pending events for sending; returns the ids this call really took."""
        taken: list[int] = []
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start : start + CHUNK])
            marks = ", ".join("?" for _ in chunk)
            rows = await fetch_all(
                self.conn,
                "UPDATE due SET state = 'claimed', attempts = attempts + 1, claimed_at = ?"
                f" WHERE id IN ({marks}) AND state = 'pending' RETURNING id",
                (iso(now), *chunk),
            )
            taken.extend(int(row[0]) for row in rows)
        return taken

    async def mark_sent(self, event_ids: Sequence[int], now: datetime, *, late: bool) -> None:
        for start in range(0, len(event_ids), CHUNK):
            chunk = list(event_ids[start : start + CHUNK])
            marks = ", ".join("?" for _ in chunk)
            await self.conn.execute(
                "UPDATE due SET state = 'sent', sent_at = ?, late = ?, last_error = NULL"
                f" WHERE id IN ({marks})",
                (iso(now), int(late), *chunk),
            )

    async def retry_at(self, event_id: int, fire_at: datetime, error: str) -> None:
        await self.conn.execute(
            f"UPDATE due SET state = 'pending', planned_at = {PLANNED}, fire_at = ?,"
            " last_error = ? WHERE id = ?",
            (iso(fire_at), error[:500], event_id),
        )

    async def postpone(self, event_id: int, fire_at: datetime, error: str) -> None:
        """Back to pending without counting the attempt (a flood wait is not a failure)."""
        await self.conn.execute(
            f"UPDATE due SET state = 'pending', planned_at = {PLANNED}, fire_at = ?,"
            " last_error = ?, attempts = max(attempts - 1, 0) WHERE id = ?",
            (iso(fire_at), error[:500], event_id),
        )

    async def hold(self, event_ids: Sequence[int], until: datetime, *, late: bool) -> None:
        """Pending events that may not go out yet (quiet hours, a day off) wait until then;
        their planned moment stays what their feature said. `late`: they will go out later
        than someone asked, and say so."""
        for start in range(0, len(event_ids), CHUNK):
            chunk = list(event_ids[start : start + CHUNK])
            marks = ", ".join("?" for _ in chunk)
            await self.conn.execute(
                f"UPDATE due SET planned_at = {PLANNED}, fire_at = ?, late = max(late, ?)"
                f" WHERE id IN ({marks}) AND state = 'pending'",
                (iso(until), int(late), *chunk),
            )

    async def fail(self, event_id: int, error: str) -> None:
        await self.conn.execute(
            "UPDATE due SET state = 'failed', last_error = ? WHERE id = ?",
            (error[:500], event_id),
        )

    async def cancel(self, event_id: int) -> bool:
        cur = await self.conn.execute(
            "UPDATE due SET state = 'cancelled' WHERE id = ? AND state = 'pending'", (event_id,)
        )
        return cur.rowcount > 0

    async def cancel_target(self, kind: str, target_id: int) -> int:
        cur = await self.conn.execute(
            "UPDATE due SET state = 'cancelled' WHERE kind = ? AND target_id = ?"
            " AND state = 'pending'",
            (kind, target_id),
        )
        return cur.rowcount

    async def pending_for_target(self, kind: str, target_id: int) -> list[DueEvent]:
        return await self._pending(kind, "target_id", target_id)

    async def pending_of_chat(
        self, kind: str, chat_id: int, *, until: datetime | None = None
    ) -> list[DueEvent]:
        """A chat's pending events of one kind, soonest first (e.g. its next weekly digest);
        `until`: only those due before that moment."""
        return await self._pending(kind, "chat_id", chat_id, until)

    async def last_taken(self, kind: str, chat_id: int) -> datetime | None:
        """When a chat's latest event of one kind was taken for sending (and went, or is
        going), e.g. its last weekly overview."""
        row = await fetch_one(
            self.conn,
            "SELECT max(claimed_at) FROM due WHERE kind = ? AND chat_id = ?"
            " AND state IN ('sent', 'claimed')",
            (kind, chat_id),
        )
        return from_iso(str(row[0])) if row and row[0] else None

    async def _pending(
        self, kind: str, column: str, value: int, until: datetime | None = None
    ) -> list[DueEvent]:
        bound = "" if until is None else " AND fire_at < ?"
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM due WHERE kind = ? AND {column} = ? AND state = 'pending'"
            f"{bound} ORDER BY fire_at",
            (kind, value) if until is None else (kind, value, iso(until)),
            into=_event,
        )

    async def superseded(self, event: DueEvent, now: datetime) -> bool:
        """Whether a later event for the same target is also due already (after downtime):
        then only that one needs sending."""
        # `+state`: SQLite 3.40 (Debian 12) with statistics answers `state IN (...)` followed by
        # a range on the next column of due_target_pending wrongly (rows past the range), so
        # state is not looked up in that index; a target has a handful of rows.
        row = await fetch_one(
            self.conn,
            "SELECT 1 FROM due WHERE kind = ? AND target_id = ? AND id != ?"
            f" AND +state IN ('pending', 'claimed') AND {PLANNED} > ? AND fire_at <= ? LIMIT 1",
            (event.kind, event.target_id, event.id, iso(event.fire_at), iso(now)),
        )
        return row is not None

    async def hurry_waiting(self, now: datetime, waiting: str) -> int:
        """Rows waiting for the Bot API, or for a retry after a network error, fire now."""
        cur = await self.conn.execute(
            f"UPDATE due SET planned_at = {PLANNED}, fire_at = ? WHERE state = 'pending'"
            " AND fire_at > ? AND (last_error = ? OR last_error LIKE 'TransientError%')",
            (iso(now), iso(now), waiting),
        )
        return max(cur.rowcount, 0)

    async def earliest_pending(self) -> datetime | None:
        row = await fetch_one(self.conn, "SELECT min(fire_at) FROM due WHERE state = 'pending'")
        return from_iso(str(row[0])) if row and row[0] else None

    async def count_pending(self) -> int:
        row = await fetch_one(self.conn, "SELECT count(*) FROM due WHERE state = 'pending'")
        return int(row[0]) if row else 0

    async def release_claimed(self) -> int:
        """At start-up: events claimed by a run that crashed go back to pending.

        A crash between send and mark can so repeat one message, but never lose one.
        """
        cur = await self.conn.execute("UPDATE due SET state = 'pending' WHERE state = 'claimed'")
        return cur.rowcount
