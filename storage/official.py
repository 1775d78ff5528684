"""The gemeente official's view: the groups a person is gemeente contact of, and their weekly
digest (one row per person, keyed by their private chat, so /vergeet takes it along)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.db import Repo, fetch_all, fetch_one, from_iso, iso


@dataclass(frozen=True)
class Digest:
    chat_id: int  # the person's private chat (= their user id)
    weekly: str  # "<weekday 0-6> HH:MM" (domain/settings.py)
    private: bool  # in the private chat
    email: str  # also by e-mail to this address ("" for none)
    timezone: str
    last_sent: datetime | None = None  # when the previous digest went (or had nothing to say)


def _digest(row: aiosqlite.Row) -> Digest:
    return Digest(
        int(row["chat_id"]),
        str(row["weekly"]),
        bool(row["private"]),
        str(row["email"] or ""),
        str(row["timezone"]),
        from_iso(str(row["last_sent_at"])) if row["last_sent_at"] else None,
    )


class OfficialRepo(Repo):
    async def groups_of(self, user_id: int) -> list[tuple[int, str]]:
        """(chat_id, name) of the active groups where this person is a gemeente contact."""
        rows = await fetch_all(
            self.conn,
            "SELECT c.id, coalesce(c.display_name, c.title) FROM roles r"
            " JOIN chats c ON c.id = r.chat_id"
            " WHERE r.user_id = ? AND r.role = 'gemeente' AND c.active = 1 AND c.type != 'private'"
            " ORDER BY lower(coalesce(c.display_name, c.title))",
            (user_id,),
        )
        return [(int(r[0]), str(r[1] or "")) for r in rows]

    async def digest(self, chat_id: int) -> Digest | None:
        return await fetch_one(
            self.conn,
            "SELECT chat_id, weekly, private, email, timezone, last_sent_at FROM official_digests"
            " WHERE chat_id = ?",
            (chat_id,),
            into=_digest,
        )

    async def set_digest(self, digest: Digest, now: datetime) -> None:
        await self.conn.execute(
            "INSERT INTO official_digests (chat_id, weekly, private, email, timezone, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET"
            " weekly = excluded.weekly, private = excluded.private, email = excluded.email,"
            " timezone = excluded.timezone, updated_at = excluded.updated_at",
            (
                digest.chat_id,
                digest.weekly,
                int(digest.private),
                digest.email,
                digest.timezone,
                iso(now),
            ),
        )

    async def digest_sent(self, chat_id: int, at: datetime) -> None:
        """The digest covering everything up to `at` went out: the next one starts there."""
        await self.conn.execute(
            "UPDATE official_digests SET last_sent_at = ? WHERE chat_id = ?", (iso(at), chat_id)
        )
