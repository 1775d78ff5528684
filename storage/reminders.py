"""Reminders and the bot messages that delivered them (so buttons can edit them in place)."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from domain.reminders import Reminder, ReminderState
from storage.db import Repo, fetch_all, fetch_one

_FIELDS = (
    "r.id, r.chat_id, r.created_by, r.text, r.recurrence, r.state,"
    " coalesce(trim(u.first_name || ' ' || coalesce(u.last_name, '')), '') AS creator_name"
)
_FROM = " FROM reminders r LEFT JOIN users u ON u.id = r.created_by"
_SELECT = f"SELECT {_FIELDS}{_FROM}"


def _reminder(row: aiosqlite.Row) -> Reminder:
    return Reminder(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        created_by=int(row["created_by"]),
        text=str(row["text"]),
        recurrence=row["recurrence"],
        state=ReminderState(str(row["state"])),
        creator_name=str(row["creator_name"]),
    )


class ReminderRepo(Repo):
    async def add(
        self, chat_id: int, created_by: int, text: str, recurrence: str | None, now: datetime
    ) -> int:
        cur = await self.conn.execute(
            "INSERT INTO reminders (chat_id, created_by, text, recurrence, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (chat_id, created_by, text, recurrence, now.isoformat()),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def get(self, reminder_id: int) -> Reminder | None:
        return await fetch_one(
            self.conn, f"{_SELECT} WHERE r.id = ?", (reminder_id,), into=_reminder
        )

    async def set_state(self, reminder_id: int, state: ReminderState) -> None:
        await self.conn.execute(
            "UPDATE reminders SET state = ? WHERE id = ?", (state.value, reminder_id)
        )

    async def pending(
        self, *, chat_id: int | None = None, created_by: int | None = None
    ) -> list[tuple[Reminder, str]]:
        """Reminders with an occurrence still to come, soonest first, with that moment (UTC)."""
        where = ["r.state != 'cancelled'"]
        params: list[object] = []
        if chat_id is not None:
            where.append("r.chat_id = ?")
            params.append(chat_id)
        if created_by is not None:
            where.append("r.created_by = ?")
            params.append(created_by)
        # The chat's (or person's) reminders first, then each one's next moment by index: the
        # plan stays this way round with or without statistics, however big `due` grows.
        sql = (
            "SELECT * FROM (SELECT (SELECT min(d.fire_at) FROM due d WHERE d.kind = 'reminder'"
            " AND d.target_id = r.id AND d.state = 'pending') AS next_at,"
            f" {_FIELDS}{_FROM} WHERE {' AND '.join(where)})"
            " WHERE next_at IS NOT NULL ORDER BY next_at, id"
        )
        rows = await fetch_all(self.conn, sql, params)
        return [(_reminder(row), str(row["next_at"])) for row in rows]

    # --- the messages that carried reminders --------------------------------------------------
    async def record_message(
        self, chat_id: int, message_id: int, reminder_ids: list[int], *, late: bool
    ) -> None:
        await self.conn.executemany(
            "INSERT OR REPLACE INTO reminder_messages (chat_id, message_id, reminder_id,"
            " position, late) VALUES (?, ?, ?, ?, ?)",
            [
                (chat_id, message_id, reminder_id, position, int(late))
                for position, reminder_id in enumerate(reminder_ids, start=1)
            ],
        )

    async def message_rows(
        self, chat_id: int, message_id: int
    ) -> list[tuple[Reminder, str | None, str | None, bool]]:
        """The reminders in one bot message: (reminder, done by, snoozed until, late)."""
        rows = await fetch_all(
            self.conn,
            f"SELECT m.done_by, m.snoozed_until, m.late, {_FIELDS}"
            f" FROM reminder_messages m JOIN reminders r ON r.id = m.reminder_id"
            " LEFT JOIN users u ON u.id = r.created_by"
            " WHERE m.chat_id = ? AND m.message_id = ? ORDER BY m.position",
            (chat_id, message_id),
        )
        return [
            (_reminder(row), row["done_by"], row["snoozed_until"], bool(row["late"]))
            for row in rows
        ]

    async def mark_in_message(
        self,
        chat_id: int,
        message_id: int,
        reminder_id: int,
        *,
        done_by: str | None = None,
        snoozed_until: str | None = None,
    ) -> bool:
        cur = await self.conn.execute(
            "UPDATE reminder_messages SET done_by = coalesce(?, done_by),"
            " snoozed_until = coalesce(?, snoozed_until)"
            " WHERE chat_id = ? AND message_id = ? AND reminder_id = ?",
            (done_by, snoozed_until, chat_id, message_id, reminder_id),
        )
        return cur.rowcount > 0
