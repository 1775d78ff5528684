"""Actions, their owners and their timeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

import aiosqlite

from domain.actions import Action, ActionState, Change, Owner
from domain.timeline import TimelineEntry
from storage.db import Repo, Timeline, day, fetch_all, fetch_one, from_iso, maybe_int

_SELECT = (
    "SELECT id, chat_id, number, text, due_date, due_time, state, reason, meeting_id,"
    " created_by, created_at, closed_at FROM actions"
)
# Members are shown by their current name (so /vergeet reaches them); others as typed.
_OWNERS = (
    "SELECT o.action_id, o.user_id, o.party,"
    " CASE WHEN o.user_id IS NULL THEN o.name ELSE coalesce(u.first_name, o.name) END AS name"
    " FROM action_owners o LEFT JOIN users u ON u.id = o.user_id"
)


def _action(row: aiosqlite.Row, owners: tuple[Owner, ...]) -> Action:
    return Action(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        number=int(row["number"]),
        text=str(row["text"]),
        owners=owners,
        due_date=day(row["due_date"]),
        due_time=time.fromisoformat(row["due_time"]) if row["due_time"] else None,
        state=ActionState(str(row["state"])),
        created_by=int(row["created_by"]),
        created_at=from_iso(str(row["created_at"])),
        closed_at=from_iso(str(row["closed_at"])) if row["closed_at"] else None,
        reason=row["reason"],
        meeting_id=maybe_int(row["meeting_id"]),
    )


class ActionRepo(Repo):
    async def add(
        self,
        chat_id: int,
        text: str,
        owners: Sequence[Owner],
        *,
        due_date: date | None,
        due_time: time | None,
        created_by: int,
        now: datetime,
        meeting_id: int | None = None,
    ) -> Action:
        """A new open action, numbered per group (Actie 1, 2, ...), its creation on the timeline."""
        row = await fetch_one(
            self.conn,
            "INSERT INTO actions (chat_id, number, text, due_date, due_time, meeting_id,"
            " created_by, created_at) VALUES (?, (SELECT coalesce(max(number), 0) + 1"
            " FROM actions WHERE chat_id = ?), ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                chat_id,
                chat_id,
                text,
                due_date.isoformat() if due_date else None,
                due_time.strftime("%H:%M") if due_time else None,
                meeting_id,
                created_by,
                now.isoformat(),
            ),
        )
        assert row is not None
        action_id = int(row[0])
        await self.set_owners(action_id, owners)
        await self.log(action_id, Change.CREATED, created_by, now)
        found = await self.get(action_id)
        assert found is not None
        return found

    async def set_owners(self, action_id: int, owners: Sequence[Owner]) -> None:
        await self.conn.execute("DELETE FROM action_owners WHERE action_id = ?", (action_id,))
        await self.conn.executemany(
            "INSERT INTO action_owners (action_id, position, user_id, party, name)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (action_id, n, o.user_id, o.party, "" if o.user_id else o.name)
                for n, o in enumerate(owners, start=1)
            ],
        )

    async def get(self, action_id: int) -> Action | None:
        found = await self._load(f"{_SELECT} WHERE id = ?", (action_id,))
        return found[0] if found else None

    async def by_number(self, chat_id: int, number: int) -> Action | None:
        found = await self._load(f"{_SELECT} WHERE chat_id = ? AND number = ?", (chat_id, number))
        return found[0] if found else None

    async def open_in(self, chat_id: int) -> list[Action]:
        return await self._load(
            f"{_SELECT} WHERE chat_id = ? AND state = 'open' ORDER BY number", (chat_id,)
        )

    async def open_of(self, user_id: int, chat_ids: Sequence[int]) -> list[Action]:
        """Open actions of one person in the given groups."""
        if not chat_ids:
            return []
        marks = ", ".join("?" for _ in chat_ids)
        return await self._load(
            f"{_SELECT} WHERE state = 'open' AND chat_id IN ({marks}) AND id IN"
            " (SELECT action_id FROM action_owners WHERE user_id = ?) ORDER BY chat_id, number",
            (*chat_ids, user_id),
        )

    async def all_in(self, chat_id: int) -> list[Action]:
        return await self._load(f"{_SELECT} WHERE chat_id = ? ORDER BY number", (chat_id,))

    async def of_meeting(self, meeting_id: int) -> list[Action]:
        return await self._load(f"{_SELECT} WHERE meeting_id = ? ORDER BY number", (meeting_id,))

    async def open_before(self, chat_id: int, before: datetime) -> list[Action]:
        """Actions created before a moment that are still open now."""
        return await self._load(
            f"{_SELECT} WHERE chat_id = ? AND state = 'open' AND created_at < ? ORDER BY number",
            (chat_id, before.isoformat()),
        )

    async def _load(self, sql: str, params: Iterable[object]) -> list[Action]:
        rows = await fetch_all(self.conn, sql, params)
        if not rows:
            return []
        ids = [int(row["id"]) for row in rows]
        marks = ", ".join("?" for _ in ids)
        owner_rows = await fetch_all(
            self.conn,
            f"{_OWNERS} WHERE o.action_id IN ({marks}) ORDER BY o.action_id, o.position",
            ids,
        )
        owners: dict[int, list[Owner]] = {}
        for o in owner_rows:
            owners.setdefault(int(o["action_id"]), []).append(
                Owner(
                    name=str(o["name"]),
                    user_id=maybe_int(o["user_id"]),
                    party=o["party"],
                )
            )
        return [_action(row, tuple(owners.get(int(row["id"]), ()))) for row in rows]

    # --- changes ----------------------------------------------------------------------------
    async def close(
        self, action_id: int, state: ActionState, now: datetime, reason: str | None = None
    ) -> bool:
        """Done or dropped; False when it was no longer open (a double tap)."""
        cur = await self.conn.execute(
            "UPDATE actions SET state = ?, closed_at = ?, reason = ?"
            " WHERE id = ? AND state = 'open'",
            (state.value, now.isoformat(), reason, action_id),
        )
        return cur.rowcount > 0

    async def set_due(self, action_id: int, due_date: date | None, due_time: time | None) -> None:
        """A new due date (and time), or none at all."""
        await self.conn.execute(
            "UPDATE actions SET due_date = ?, due_time = ? WHERE id = ?",
            (
                due_date.isoformat() if due_date else None,
                due_time.strftime("%H:%M") if due_time else None,
                action_id,
            ),
        )

    async def set_text(self, action_id: int, text: str) -> None:
        await self.conn.execute("UPDATE actions SET text = ? WHERE id = ?", (text, action_id))

    async def delete(self, action_id: int) -> None:
        """Gone as if never logged (undone just after logging); owners and timeline go with it."""
        await self.conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))

    async def log(
        self,
        action_id: int,
        change: Change,
        user_id: int | None,
        now: datetime,
        detail: str | None = None,
    ) -> None:
        await Timeline(self.conn, "action", Change).log(action_id, change, user_id, now, detail)

    async def timeline(self, action_id: int) -> list[TimelineEntry[Change]]:
        return await Timeline(self.conn, "action", Change).entries(action_id)
