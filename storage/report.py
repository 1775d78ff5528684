"""What the meeting report needs beyond the meetings' own tables: which meeting a decision or
action belongs to, attendance as the board corrected it, guests, and whether a report went
out."""

from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite

from domain.attendance import Guest
from domain.meetings import Meeting
from domain.minutes import Approval, Note
from storage.db import Repo, fetch_all, fetch_one, from_iso, iso
from storage.meetings import _COLUMNS, _meeting

_SELECT = f"SELECT {_COLUMNS} FROM meetings"


def _note(row: aiosqlite.Row) -> Note:
    return Note(
        id=int(row["id"]),
        meeting_id=int(row["meeting_id"]),
        part=str(row["part"]),
        text=str(row["text"]),
        item_id=row["item_id"],
        author_id=row["author_id"],
        created_at=from_iso(str(row["created_at"])),
    )


class ReportRepo(Repo):
    async def in_progress_or_held(
        self, chat_id: int, now: datetime, within: timedelta | None = None
    ) -> Meeting | None:
        """The meeting going on now, else the one that ended last (at most `within` ago)."""
        going_on = await fetch_one(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND state != 'cancelled' AND starts_at <= ?"
            " AND ends_at > ? ORDER BY starts_at DESC, id DESC LIMIT 1",
            (chat_id, iso(now), iso(now)),
            into=_meeting,
        )
        if going_on is not None:
            return going_on
        since = iso(now - within) if within is not None else ""
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND state != 'cancelled' AND ends_at <= ?"
            " AND ends_at >= ? ORDER BY ends_at DESC, id DESC LIMIT 1",
            (chat_id, iso(now), since),
            into=_meeting,
        )

    async def of_message(self, chat_id: int, message_id: int) -> Meeting | None:
        """The meeting a bot message shows (its announcement, reminder or final agenda)."""
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND (agenda_message_id = ? OR announce_message_id = ?"
            " OR id IN (SELECT meeting_id FROM meeting_messages WHERE chat_id = ?"
            " AND message_id = ?)) LIMIT 1",
            (chat_id, message_id, message_id, chat_id, message_id),
            into=_meeting,
        )

    async def ending_after(self, chat_id: int, since: datetime) -> list[Meeting]:
        """Meetings not cancelled that end after `since` (those an action list may follow)."""
        return await fetch_all(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND state != 'cancelled' AND ends_at > ?"
            " ORDER BY starts_at",
            (chat_id, iso(since)),
            into=_meeting,
        )

    # --- attendance ---------------------------------------------------------------------------
    async def attendance(self, meeting_id: int) -> dict[int, bool]:
        rows = await fetch_all(
            self.conn,
            "SELECT user_id, present FROM meeting_attendance WHERE meeting_id = ?",
            (meeting_id,),
        )
        return {int(row[0]): bool(row[1]) for row in rows}

    async def set_attendance(
        self, meeting_id: int, user_id: int, present: bool, by: int, now: datetime
    ) -> None:
        await self.conn.execute(
            "INSERT INTO meeting_attendance (meeting_id, user_id, present, changed_by, changed_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id, user_id) DO UPDATE SET"
            " present = excluded.present, changed_by = excluded.changed_by,"
            " changed_at = excluded.changed_at",
            (meeting_id, user_id, int(present), by, iso(now)),
        )

    # --- guests (not on Telegram) -------------------------------------------------------------
    async def guests(self, meeting_id: int) -> list[Guest]:
        return await fetch_all(
            self.conn,
            "SELECT id, name FROM meeting_guests WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
            into=lambda row: Guest(int(row["id"]), str(row["name"])),
        )

    async def add_guest(self, meeting_id: int, name: str, by: int, now: datetime) -> bool:
        """False when a guest of that name is listed already (a double tap, a second try)."""
        row = await fetch_one(
            self.conn,
            "SELECT 1 FROM meeting_guests WHERE meeting_id = ? AND lower(name) = lower(?)",
            (meeting_id, name),
        )
        if row is not None:
            return False
        await self.conn.execute(
            "INSERT INTO meeting_guests (meeting_id, name, added_by, added_at) VALUES (?, ?, ?, ?)",
            (meeting_id, name, by, iso(now)),
        )
        return True

    async def remove_guest(self, meeting_id: int, guest_id: int) -> bool:
        cur = await self.conn.execute(
            "DELETE FROM meeting_guests WHERE meeting_id = ? AND id = ?", (meeting_id, guest_id)
        )
        return cur.rowcount > 0

    # --- minutes --------------------------------------------------------------------------------
    async def add_note(
        self,
        meeting_id: int,
        part: str,
        item_id: int | None,
        text: str,
        author_id: int,
        now: datetime,
    ) -> int:
        cur = await self.conn.execute(
            "INSERT INTO agenda_notes (meeting_id, part, item_id, text, author_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (meeting_id, part, item_id, text, author_id, iso(now)),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def notes(self, meeting_id: int) -> list[Note]:
        """A meeting's notes in the order they were made."""
        return await fetch_all(
            self.conn,
            "SELECT id, meeting_id, part, item_id, text, author_id, created_at FROM agenda_notes"
            " WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
            into=_note,
        )

    async def link_action(self, action_id: int, item_id: int) -> None:
        await self.conn.execute(
            "INSERT OR REPLACE INTO action_items (action_id, item_id) VALUES (?, ?)",
            (action_id, item_id),
        )

    async def action_items(self, action_ids: list[int]) -> dict[int, int]:
        """action id -> the agenda item it was made for, for those that were."""
        if not action_ids:
            return {}
        marks = ", ".join("?" for _ in action_ids)
        rows = await fetch_all(
            self.conn,
            f"SELECT action_id, item_id FROM action_items WHERE action_id IN ({marks})",
            action_ids,
        )
        return {int(row[0]): int(row[1]) for row in rows}

    # --- the archive: approval and mail ------------------------------------------------------
    async def previous_of_kind(self, meeting: Meeting) -> Meeting | None:
        """The meeting of the same kind held before this one (whose report this one approves)."""
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND kind = ? AND state != 'cancelled'"
            " AND starts_at < ? AND id != ? ORDER BY starts_at DESC, id DESC LIMIT 1",
            (meeting.chat_id, meeting.kind, iso(meeting.starts_at), meeting.id),
            into=_meeting,
        )

    async def approval(self, meeting_id: int) -> Approval | None:
        return await fetch_one(
            self.conn,
            "SELECT meeting_id, approved_at, approved_by, at_meeting_id FROM report_approvals"
            " WHERE meeting_id = ?",
            (meeting_id,),
            into=lambda row: Approval(
                int(row["meeting_id"]),
                from_iso(str(row["approved_at"])),
                row["approved_by"],
                row["at_meeting_id"],
            ),
        )

    async def approved_at(self, at_meeting_id: int) -> Meeting | None:
        """The meeting whose report was approved at this one."""
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE id = (SELECT meeting_id FROM report_approvals"
            " WHERE at_meeting_id = ? LIMIT 1)",
            (at_meeting_id,),
            into=_meeting,
        )

    async def approve(self, meeting_id: int, by: int, now: datetime, at_meeting: int) -> bool:
        """False when it was approved already (a second press changes nothing)."""
        cur = await self.conn.execute(
            "INSERT OR IGNORE INTO report_approvals (meeting_id, approved_at, approved_by,"
            " at_meeting_id) VALUES (?, ?, ?, ?)",
            (meeting_id, iso(now), by, at_meeting),
        )
        return cur.rowcount > 0

    async def mailed(self, meeting_id: int, version: str) -> tuple[str, datetime] | None:
        """(state, when) of the mail of this version of a report, if it was sent or is being."""
        row = await fetch_one(
            self.conn,
            "SELECT state, coalesce(sent_at, claimed_at) FROM report_mails WHERE meeting_id = ?"
            " AND version = ?",
            (meeting_id, version),
        )
        return (str(row[0]), from_iso(str(row[1]))) if row else None

    async def claim_mail(
        self, meeting_id: int, version: str, recipients: str, now: datetime, stale: datetime
    ) -> bool:
        """Take the sending of a version's mail: False when it was sent, or is being sent
        (claimed after `stale`), so a second press or a second process sends nothing."""
        cur = await self.conn.execute(
            "INSERT INTO report_mails (meeting_id, version, state, recipients, claimed_at)"
            " VALUES (?, ?, 'sending', ?, ?) ON CONFLICT (meeting_id, version) DO UPDATE SET"
            " recipients = excluded.recipients, claimed_at = excluded.claimed_at"
            " WHERE report_mails.state = 'sending' AND report_mails.claimed_at < ?",
            (meeting_id, version, recipients, iso(now), iso(stale)),
        )
        return cur.rowcount > 0

    async def mail_sent(
        self, meeting_id: int, version: str, message_id: str, now: datetime
    ) -> None:
        await self.conn.execute(
            "UPDATE report_mails SET state = 'sent', message_id = ?, sent_at = ?"
            " WHERE meeting_id = ? AND version = ?",
            (message_id, iso(now), meeting_id, version),
        )

    async def release_mail(self, meeting_id: int, version: str) -> None:
        """The server refused or was down: the next press tries again."""
        await self.conn.execute(
            "DELETE FROM report_mails WHERE meeting_id = ? AND version = ? AND state = 'sending'",
            (meeting_id, version),
        )

    # --- reports that went out ------------------------------------------------------------------
    async def posted(self, meeting_id: int) -> str | None:
        """'report' or 'list' when something went out for this meeting, else None."""
        row = await fetch_one(
            self.conn, "SELECT kind FROM meeting_reports WHERE meeting_id = ?", (meeting_id,)
        )
        return str(row[0]) if row else None

    async def mark_posted(
        self, meeting_id: int, chat_id: int, kind: str, message_id: int | None, now: datetime
    ) -> None:
        await self.conn.execute(
            "INSERT INTO meeting_reports (meeting_id, chat_id, kind, message_id, posted_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET kind = excluded.kind,"
            " message_id = excluded.message_id, posted_at = excluded.posted_at",
            (meeting_id, chat_id, kind, message_id, iso(now)),
        )
