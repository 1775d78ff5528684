"""Which mail of the bot's mailbox has been handled: per mailbox, its UIDVALIDITY and the highest
UID handled. IMAP gives new mail ever higher UIDs, so one mark per mailbox is the whole memory:
the reader handles mail in UID order and moves the mark in the same breath."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.db import Repo, fetch_one, iso


@dataclass(frozen=True)
class MailboxMark:
    uidvalidity: int
    last_uid: int  # every message up to this UID has been handled (or left alone on purpose)


def _mark(row: aiosqlite.Row) -> MailboxMark:
    return MailboxMark(int(row["uidvalidity"]), int(row["last_uid"]))


class MailboxRepo(Repo):
    async def mark(self, mailbox: str) -> MailboxMark | None:
        return await fetch_one(
            self.conn,
            "SELECT uidvalidity, last_uid FROM mailbox_marks WHERE mailbox = ?",
            (mailbox,),
            into=_mark,
        )

    async def remember(self, mailbox: str, mark: MailboxMark, now: datetime) -> None:
        """Set the mark; a handled message's UID only ever moves it forward."""
        await self.conn.execute(
            "INSERT INTO mailbox_marks (mailbox, uidvalidity, last_uid, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (mailbox) DO UPDATE SET"
            " last_uid = CASE WHEN uidvalidity = excluded.uidvalidity"
            " THEN max(last_uid, excluded.last_uid) ELSE excluded.last_uid END,"
            " uidvalidity = excluded.uidvalidity, updated_at = excluded.updated_at",
            (mailbox, mark.uidvalidity, mark.last_uid, iso(now)),
        )
