"""Meetings, their series, RSVPs and the bot messages that show them (edited in place).

Tables (migration 0700): `meetings` (id, chat_id, series_id, starts_at, ends_at in UTC ISO, place,
state planned|held|cancelled, chair_id, minute_taker_id, sequence, announce_message_id,
agenda_message_id), `meeting_series`, `meeting_rsvps` (meeting_id, user_id, answer
yes|maybe|no, the reason of a "no" since 1920), `meeting_messages` (which bot message shows
which meeting) and `meeting_notices` (things a group is told only once).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite

from domain.meetings import Answer, Meeting, MeetingMove, MeetingSeries, MeetingState, Rsvp
from storage.db import Repo, fetch_all, fetch_one, from_iso, iso

_COLUMNS = (
    "id, chat_id, series_id, starts_at, ends_at, place, state, chair_id, minute_taker_id,"
    " sequence, announce_message_id, agenda_message_id, created_by, created_at, kind, slot,"
    " ahead"
)
_NAME = "coalesce(trim(u.first_name || ' ' || coalesce(u.last_name, '')), '?')"


def _meeting(row: aiosqlite.Row) -> Meeting:
    return Meeting(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        series_id=row["series_id"],
        starts_at=from_iso(str(row["starts_at"])),
        ends_at=from_iso(str(row["ends_at"])),
        place=str(row["place"]),
        state=MeetingState(str(row["state"])),
        chair_id=row["chair_id"],
        minute_taker_id=row["minute_taker_id"],
        sequence=int(row["sequence"]),
        announce_message_id=row["announce_message_id"],
        agenda_message_id=row["agenda_message_id"],
        created_by=row["created_by"],
        created_at=from_iso(str(row["created_at"])),
        kind=str(row["kind"]),
        slot=from_iso(str(row["slot"])) if row["slot"] else None,
        ahead=bool(row["ahead"]),
    )


_SERIES = (
    "id, chat_id, recurrence, place, length_minutes, timezone, active, created_at, kind,"
    " anchor, sequence"
)


def _series(row: aiosqlite.Row) -> MeetingSeries:
    return MeetingSeries(
        recurrence=str(row["recurrence"]),
        place=str(row["place"]),
        length=timedelta(minutes=int(row["length_minutes"])),
        timezone=str(row["timezone"]),
        active=bool(row["active"]),
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        created_at=from_iso(str(row["created_at"])),
        kind=str(row["kind"]),
        anchor=from_iso(str(row["anchor"])) if row["anchor"] else None,
        sequence=int(row["sequence"]),
    )


_MOVE = (
    "id, chat_id, meeting_id, old_starts_at, old_ends_at, old_place, moved_by, moved_at, undone_at"
)


def _move(row: aiosqlite.Row) -> MeetingMove:
    return MeetingMove(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        meeting_id=int(row["meeting_id"]),
        old_starts_at=from_iso(str(row["old_starts_at"])),
        old_ends_at=from_iso(str(row["old_ends_at"])),
        old_place=str(row["old_place"]),
        moved_by=row["moved_by"],
        moved_at=from_iso(str(row["moved_at"])),
        undone_at=from_iso(str(row["undone_at"])) if row["undone_at"] else None,
    )


class MeetingRepo(Repo):
    # --- meetings -------------------------------------------------------------------------
    async def add(
        self,
        chat_id: int,
        starts_at: datetime,
        ends_at: datetime,
        place: str,
        created_by: int | None,
        now: datetime,
        *,
        series_id: int | None = None,
        kind: str = "bestuur",
    ) -> int:
        """A meeting of a series stands on its slot: the moment it is planned at."""
        cur = await self.conn.execute(
            "INSERT INTO meetings (chat_id, series_id, starts_at, ends_at, place, created_by,"
            " created_at, updated_at, kind, slot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                series_id,
                iso(starts_at),
                iso(ends_at),
                place,
                created_by,
                iso(now),
                iso(now),
                kind,
                iso(starts_at) if series_id is not None else None,
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def add_ahead(
        self,
        series: MeetingSeries,
        slot: datetime,
        created_by: int | None,
        now: datetime,
    ) -> int:
        """A later date of the series called off before the bot planned it: a cancelled
        meeting on that slot, as the series gives it (an EXDATE in its calendar)."""
        cur = await self.conn.execute(
            "INSERT INTO meetings (chat_id, series_id, starts_at, ends_at, place, state,"
            " created_by, created_at, updated_at, kind, slot, ahead)"
            " VALUES (?, ?, ?, ?, ?, 'cancelled', ?, ?, ?, ?, ?, 1)",
            (
                series.chat_id,
                series.id,
                iso(slot),
                iso(slot + series.length),
                series.place,
                created_by,
                iso(now),
                iso(now),
                series.kind,
                iso(slot),
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def ahead_made_with(self, meeting: Meeting) -> Meeting | None:
        """The later date of a series called off by the move that planned `meeting` (the same
        person in the same moment), while it is called off."""
        return await fetch_one(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE chat_id = ? AND ahead = 1 AND created_at = ?"
            " AND created_by IS ? AND series_id IS NOT NULL LIMIT 1",
            (
                meeting.chat_id,
                iso(meeting.created_at) if meeting.created_at else "",
                meeting.created_by,
            ),
            into=_meeting,
        )

    async def drop_ahead(self, meeting_id: int) -> None:
        """A later date of a series is on again: its called-off row goes (it holds nothing)."""
        await self.conn.execute("DELETE FROM meetings WHERE id = ? AND ahead = 1", (meeting_id,))

    async def get(self, meeting_id: int) -> Meeting | None:
        return await fetch_one(
            self.conn, f"SELECT {_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,), into=_meeting
        )

    async def upcoming(self, chat_id: int, now: datetime, limit: int = 50) -> list[Meeting]:
        """Planned meetings that have not ended yet, soonest first."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE chat_id = ? AND state = 'planned'"
            " AND ends_at > ? ORDER BY starts_at, id LIMIT ?",
            (chat_id, iso(now), limit),
            into=_meeting,
        )

    async def next_after(self, chat_id: int, moment: datetime) -> Meeting | None:
        """The first planned meeting starting after `moment`."""
        return await fetch_one(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE chat_id = ? AND state = 'planned'"
            " AND starts_at > ? ORDER BY starts_at, id LIMIT 1",
            (chat_id, iso(moment)),
            into=_meeting,
        )

    async def between(self, chat_id: int, start: datetime, end: datetime) -> list[Meeting]:
        """Meetings (any state) starting in [start, end), in time order."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE chat_id = ? AND starts_at >= ?"
            " AND starts_at < ? ORDER BY starts_at, id",
            (chat_id, iso(start), iso(end)),
            into=_meeting,
        )

    async def move(
        self, meeting_id: int, starts_at: datetime, ends_at: datetime, place: str, now: datetime
    ) -> None:
        await self.conn.execute(
            "UPDATE meetings SET starts_at = ?, ends_at = ?, place = ?, sequence = sequence + 1,"
            " updated_at = ? WHERE id = ?",
            (iso(starts_at), iso(ends_at), place, iso(now), meeting_id),
        )

    async def record_move(self, meeting: Meeting, moved_by: int | None, now: datetime) -> int:
        """Remember where `meeting` was before it moves (for its undo)."""
        cur = await self.conn.execute(
            f"INSERT INTO meeting_moves ({_MOVE}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (
                meeting.chat_id,
                meeting.id,
                iso(meeting.starts_at),
                iso(meeting.ends_at),
                meeting.place,
                moved_by,
                iso(now),
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def get_move(self, move_id: int) -> MeetingMove | None:
        return await fetch_one(
            self.conn, f"SELECT {_MOVE} FROM meeting_moves WHERE id = ?", (move_id,), into=_move
        )

    async def latest_move(self, meeting_id: int) -> MeetingMove | None:
        return await fetch_one(
            self.conn,
            f"SELECT {_MOVE} FROM meeting_moves WHERE meeting_id = ? ORDER BY id DESC LIMIT 1",
            (meeting_id,),
            into=_move,
        )

    async def move_undone(self, move_id: int, now: datetime) -> None:
        await self.conn.execute(
            "UPDATE meeting_moves SET undone_at = ? WHERE id = ?", (iso(now), move_id)
        )

    async def planned_on(self, chat_id: int, start: datetime, end: datetime) -> list[Meeting]:
        """Planned meetings starting in [start, end) (a day the board names), in time order."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE chat_id = ? AND state = 'planned'"
            " AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
            (chat_id, iso(start), iso(end)),
            into=_meeting,
        )

    async def set_state(self, meeting_id: int, state: MeetingState, now: datetime) -> None:
        bump = 1 if state is MeetingState.CANCELLED else 0
        await self.conn.execute(
            "UPDATE meetings SET state = ?, sequence = sequence + ?, updated_at = ? WHERE id = ?",
            (state.value, bump, iso(now), meeting_id),
        )

    async def set_role(self, meeting_id: int, job: str, user_id: int, now: datetime) -> None:
        """Assign the chair (`job` "chair") or the minute-taker ("minute_taker")."""
        column = {"chair": "chair_id", "minute_taker": "minute_taker_id"}[job]
        await self.conn.execute(
            f"UPDATE meetings SET {column} = ?, updated_at = ? WHERE id = ?",
            (user_id, iso(now), meeting_id),
        )

    async def previous_in_job(self, chat_id: int, job: str, before: datetime) -> list[int | None]:
        """Who did `job` at earlier (not cancelled) meetings, newest first."""
        column = {"chair": "chair_id", "minute_taker": "minute_taker_id"}[job]
        rows = await fetch_all(
            self.conn,
            f"SELECT {column} FROM meetings WHERE chat_id = ? AND state != 'cancelled'"
            f" AND starts_at < ? AND {column} IS NOT NULL ORDER BY starts_at DESC LIMIT 20",
            (chat_id, iso(before)),
        )
        return [row[0] for row in rows]

    async def set_message(self, meeting_id: int, column: str, message_id: int | None) -> None:
        assert column in ("announce_message_id", "agenda_message_id")
        await self.conn.execute(
            f"UPDATE meetings SET {column} = ? WHERE id = ?", (message_id, meeting_id)
        )

    async def last_pinned_agenda(self, chat_id: int, except_id: int) -> Meeting | None:
        """The meeting whose final agenda is pinned now (the latest one), other than this one."""
        return await fetch_one(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE chat_id = ? AND id != ?"
            " AND agenda_message_id IS NOT NULL ORDER BY starts_at DESC LIMIT 1",
            (chat_id, except_id),
            into=_meeting,
        )

    # --- series -----------------------------------------------------------------------------
    async def add_series(
        self,
        chat_id: int,
        recurrence: str,
        place: str,
        length_minutes: int,
        timezone: str,
        created_by: int | None,
        now: datetime,
        *,
        anchor: datetime,
        kind: str = "bestuur",
    ) -> int:
        """`anchor`: the first meeting's moment, where the series' calendar starts."""
        cur = await self.conn.execute(
            "INSERT INTO meeting_series (chat_id, recurrence, place, length_minutes, timezone,"
            " created_by, created_at, kind, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                recurrence,
                place,
                length_minutes,
                timezone,
                created_by,
                iso(now),
                kind,
                iso(anchor),
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def series(self, series_id: int) -> MeetingSeries | None:
        return await fetch_one(
            self.conn,
            f"SELECT {_SERIES} FROM meeting_series WHERE id = ?",
            (series_id,),
            into=_series,
        )

    async def active_series(self, chat_id: int) -> list[MeetingSeries]:
        """The group's running series, oldest first."""
        return await fetch_all(
            self.conn,
            f"SELECT {_SERIES} FROM meeting_series WHERE chat_id = ? AND active = 1 ORDER BY id",
            (chat_id,),
            into=_series,
        )

    async def stop_series(self, series_id: int) -> None:
        """No further meetings are planned from it (those planned stay)."""
        await self.conn.execute(
            "UPDATE meeting_series SET active = 0, sequence = sequence + 1 WHERE id = ?",
            (series_id,),
        )

    async def change_series(
        self, series_id: int, recurrence: str, place: str, timezone: str, anchor: datetime
    ) -> None:
        """A new rhythm: its calendar starts again at `anchor`, the first slot of it."""
        await self.conn.execute(
            "UPDATE meeting_series SET recurrence = ?, place = ?, timezone = ?, anchor = ?,"
            " sequence = sequence + 1 WHERE id = ?",
            (recurrence, place, timezone, iso(anchor), series_id),
        )

    async def series_changed(self, series_id: int) -> None:
        """One of its meetings moved or was cancelled: the series' calendar file changes."""
        await self.conn.execute(
            "UPDATE meeting_series SET sequence = sequence + 1 WHERE id = ?", (series_id,)
        )

    async def in_series(self, series_id: int) -> list[Meeting]:
        """Every meeting of the series, any state, in slot order."""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE series_id = ? ORDER BY slot, id",
            (series_id,),
            into=_meeting,
        )

    async def set_slot(self, meeting_id: int, slot: datetime) -> None:
        """The meeting stands on this slot of its series' rhythm (a new rhythm's first)."""
        await self.conn.execute(
            "UPDATE meetings SET slot = ? WHERE id = ?", (iso(slot), meeting_id)
        )

    async def latest_in_series(self, series_id: int) -> Meeting | None:
        """The meeting on the latest slot the bot planned (moved or not): a later date called
        off ahead does not count, the next is planned from the meeting before it."""
        return await fetch_one(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE series_id = ? AND ahead = 0"
            " ORDER BY coalesce(slot, starts_at) DESC LIMIT 1",
            (series_id,),
            into=_meeting,
        )

    async def next_in_series(self, series_id: int, now: datetime) -> Meeting | None:
        """The series' planned meeting that has not begun yet."""
        return await fetch_one(
            self.conn,
            f"SELECT {_COLUMNS} FROM meetings WHERE series_id = ? AND state = 'planned'"
            " AND starts_at > ? ORDER BY starts_at LIMIT 1",
            (series_id, iso(now)),
            into=_meeting,
        )

    async def planned_in_series_after(self, series_id: int, now: datetime) -> bool:
        row = await fetch_one(
            self.conn,
            "SELECT 1 FROM meetings WHERE series_id = ? AND state = 'planned' AND starts_at > ?"
            " LIMIT 1",
            (series_id, iso(now)),
        )
        return row is not None

    # --- RSVPs ------------------------------------------------------------------------------
    async def answer(self, meeting_id: int, user_id: int, answer: Answer, now: datetime) -> bool:
        """Store someone's answer; False when it was already their answer."""
        row = await fetch_one(
            self.conn,
            "SELECT answer FROM meeting_rsvps WHERE meeting_id = ? AND user_id = ?",
            (meeting_id, user_id),
        )
        if row is not None and str(row[0]) == answer.value:
            return False
        await self.conn.execute(
            "INSERT INTO meeting_rsvps (meeting_id, user_id, answer, answered_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (meeting_id, user_id) DO UPDATE SET"
            " answer = excluded.answer, answered_at = excluded.answered_at, reason = NULL",
            (meeting_id, user_id, answer.value, iso(now)),
        )
        return True

    async def rsvps(self, meeting_id: int) -> list[Rsvp]:
        rows = await fetch_all(
            self.conn,
            f"SELECT r.user_id, {_NAME} AS name, r.answer, r.reason FROM meeting_rsvps r"
            " LEFT JOIN users u ON u.id = r.user_id WHERE r.meeting_id = ?"
            " ORDER BY r.answered_at, r.rowid",
            (meeting_id,),
        )
        return [
            Rsvp(int(row["user_id"]), str(row["name"]), Answer(str(row["answer"])), row["reason"])
            for row in rows
        ]

    async def set_reason(self, meeting_id: int, user_id: int, reason: str) -> bool:
        """The reason of an afbericht; False when the person's answer is no longer "no"."""
        cur = await self.conn.execute(
            "UPDATE meeting_rsvps SET reason = ? WHERE meeting_id = ? AND user_id = ?"
            " AND answer = 'no'",
            (reason, meeting_id, user_id),
        )
        return cur.rowcount > 0

    # --- messages that show a meeting -------------------------------------------------------
    async def record_message(
        self, chat_id: int, message_id: int, meeting_id: int, kind: str
    ) -> None:
        await self.conn.execute(
            "INSERT OR REPLACE INTO meeting_messages (chat_id, message_id, meeting_id, kind)"
            " VALUES (?, ?, ?, ?)",
            (chat_id, message_id, meeting_id, kind),
        )

    async def message(self, chat_id: int, message_id: int) -> tuple[int, str] | None:
        """(meeting id, kind) of a bot message that shows a meeting."""
        row = await fetch_one(
            self.conn,
            "SELECT meeting_id, kind FROM meeting_messages WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        )
        return (int(row[0]), str(row[1])) if row else None

    # --- told once --------------------------------------------------------------------------
    async def notice_once(self, chat_id: int, notice: str, now: datetime) -> bool:
        """True the first time a group gets this notice, False ever after."""
        cur = await self.conn.execute(
            "INSERT OR IGNORE INTO meeting_notices (chat_id, notice, set_at) VALUES (?, ?, ?)",
            (chat_id, notice, iso(now)),
        )
        return cur.rowcount > 0

    async def has_pending_event(self, kind: str, chat_id: int) -> bool:
        """Whether a chat-wide event of this kind waits in the engine's `due` table."""
        row = await fetch_one(
            self.conn,
            "SELECT 1 FROM due WHERE kind = ? AND chat_id = ? AND state = 'pending' LIMIT 1",
            (kind, chat_id),
        )
        return row is not None
