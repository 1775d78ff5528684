"""Mail shown in a group: replies matched to an advice and the postvak, and what the lookups
for matching need (advices by the Message-IDs we sent, the groups that know an address)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.db import Repo, fetch_all, fetch_one, from_iso, iso, maybe_int

_COLUMNS = (
    "id, chat_id, advice_id, mail_key, message_id_header, sender, sender_name, sent_at, subject,"
    " text, attachments, how, automatic, state, message_id, received_at"
)


@dataclass(frozen=True)
class MailIn:
    id: int
    chat_id: int
    advice_id: int | None
    mail_key: str  # mailbox/UIDVALIDITY/UID: the same message is shown once per group
    message_id_header: str | None
    sender: str
    sender_name: str
    sent_at: datetime | None
    subject: str
    text: str  # the new text of the reply
    attachments: list[dict[str, object]]  # name, type, size, refused
    how: str  # token, thread, subject, postvak (domain.mail_route.How)
    automatic: str | None  # domain.mail_in.Automatic
    state: str  # new, acknowledgement, reply, neither, postvak, dismissed
    message_id: int | None  # the group message that shows it
    received_at: datetime


def _mail(row: aiosqlite.Row) -> MailIn:
    return MailIn(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        advice_id=maybe_int(row["advice_id"]),
        mail_key=str(row["mail_key"]),
        message_id_header=row["message_id_header"],
        sender=str(row["sender"]),
        sender_name=str(row["sender_name"]),
        sent_at=from_iso(row["sent_at"]) if row["sent_at"] else None,
        subject=str(row["subject"]),
        text=str(row["text"]),
        attachments=list(json.loads(row["attachments"] or "[]")),
        how=str(row["how"]),
        automatic=row["automatic"],
        state=str(row["state"]),
        message_id=maybe_int(row["message_id"]),
        received_at=from_iso(row["received_at"]),
    )


class MailInRepo(Repo):
    async def add(self, mail: MailIn) -> MailIn:
        stored = await fetch_one(
            self.conn,
            "INSERT INTO advice_mail_in (chat_id, advice_id, mail_key, message_id_header, sender,"
            " sender_name, sent_at, subject, text, attachments, how, automatic, state,"
            " message_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            f" RETURNING {_COLUMNS}",
            (
                mail.chat_id,
                mail.advice_id,
                mail.mail_key,
                mail.message_id_header,
                mail.sender,
                mail.sender_name,
                iso(mail.sent_at) if mail.sent_at else None,
                mail.subject,
                mail.text,
                json.dumps(mail.attachments),
                mail.how,
                mail.automatic,
                mail.state,
                mail.message_id,
                iso(mail.received_at),
            ),
            into=_mail,
        )
        assert stored is not None
        return stored

    async def get(self, mail_id: int) -> MailIn | None:
        return await fetch_one(
            self.conn, f"SELECT {_COLUMNS} FROM advice_mail_in WHERE id = ?", (mail_id,), into=_mail
        )

    async def seen(self, chat_id: int, mail_key: str, message_id_header: str | None) -> bool:
        """Whether this group already has this message (the same UID, or the same Message-ID
        read again from a rebuilt mailbox)."""
        row = await fetch_one(
            self.conn,
            "SELECT 1 FROM advice_mail_in WHERE chat_id = ? AND (mail_key = ?"
            " OR (message_id_header IS NOT NULL AND message_id_header = ?)) LIMIT 1",
            (chat_id, mail_key, message_id_header),
        )
        return row is not None

    async def decide(
        self, mail_id: int, state: str, by: int | None, now: datetime, advice_id: int | None = None
    ) -> None:
        await self.conn.execute(
            "UPDATE advice_mail_in SET state = ?, decided_by = ?, decided_at = ?,"
            " advice_id = coalesce(?, advice_id) WHERE id = ?",
            (state, by, iso(now), advice_id, mail_id),
        )

    async def in_message(self, chat_id: int, message_id: int) -> MailIn | None:
        return await fetch_one(
            self.conn,
            f"SELECT {_COLUMNS} FROM advice_mail_in WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
            into=_mail,
        )

    async def show_in(self, mail_id: int, message_id: int) -> None:
        """The group message that shows the mail now (a postvak mail put with an advice)."""
        await self.conn.execute(
            "UPDATE advice_mail_in SET message_id = ? WHERE id = ?", (message_id, mail_id)
        )

    async def postvak(self, chat_id: int) -> list[MailIn]:
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM advice_mail_in WHERE chat_id = ? AND state = 'postvak'"
            " ORDER BY id",
            (chat_id,),
            into=_mail,
        )

    async def of_advice(self, advice_id: int) -> list[MailIn]:
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM advice_mail_in WHERE advice_id = ? ORDER BY id",
            (advice_id,),
            into=_mail,
        )

    async def counts(self, chat_id: int) -> tuple[int, int, int]:
        """(advices answered by a mail, advices acknowledged by a mail, mails received) of a
        group: what /adviezen cijfers says came by mail."""
        row = await fetch_one(
            self.conn,
            "SELECT count(DISTINCT CASE WHEN state = 'reply' THEN advice_id END),"
            " count(DISTINCT CASE WHEN state = 'acknowledgement' THEN advice_id END),"
            " count(*) FROM advice_mail_in WHERE chat_id = ? AND state != 'dismissed'",
            (chat_id,),
        )
        return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)

    # --- what matching needs ---------------------------------------------------------------
    async def advice_of_sent(self, message_ids: tuple[str, ...]) -> int | None:
        """The advice of the newest of these Message-IDs that the bot sent, if any."""
        for message_id in message_ids:
            row = await fetch_one(
                self.conn,
                "SELECT advice_id FROM advice_mails WHERE message_id_header = ? LIMIT 1",
                (message_id,),
            )
            if row is not None:
                return int(row[0])
        return None

    async def groups_knowing(self, address: str, setting: str) -> list[tuple[int, str]]:
        """(chat_id, name) of the active groups that list this address as a gemeente address:
        in the group setting, or as the address of one of its advices."""
        address = address.strip().lower()
        if not address:
            return []
        rows = await fetch_all(
            self.conn,
            "SELECT c.id, coalesce(c.display_name, c.title), s.value FROM chat_settings s"
            " JOIN chats c ON c.id = s.chat_id WHERE s.key = ? AND c.active = 1"
            " AND instr(lower(s.value), ?) > 0"
            " UNION SELECT c.id, coalesce(c.display_name, c.title), a.email FROM advices a"
            " JOIN chats c ON c.id = a.chat_id WHERE c.active = 1 AND instr(lower(a.email), ?) > 0",
            (setting, address, address),
        )
        found: dict[int, str] = {}
        for chat_id, name, value in rows:
            listed = {part.strip().lower() for part in str(value).split(",")}
            if address in listed:
                found[int(chat_id)] = str(name or "")
        return sorted(found.items())

    async def advices_numbered(self, chat_ids: list[int], number: int) -> list[tuple[int, int]]:
        """(advice_id, chat_id) of the advices with this number in these groups."""
        if not chat_ids:
            return []
        marks = ", ".join("?" for _ in chat_ids)
        rows = await fetch_all(
            self.conn,
            f"SELECT id, chat_id FROM advices WHERE number = ? AND chat_id IN ({marks})",
            (number, *chat_ids),
        )
        return [(int(r[0]), int(r[1])) for r in rows]
