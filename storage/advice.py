"""Advices, their timeline, the chases that went out and the e-mails sent about them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import aiosqlite

from domain.advice.deadlines import Terms
from domain.advice.model import Advice, AdviceState, Outcome
from storage.db import Repo, day, fetch_all, fetch_one, from_iso

_COLUMNS = (
    "id, chat_id, number, subject, sent_on, state, recipient, email, requested, document_id,"
    " document_name, link, ack_days, reply_days, very_late_percent, postponed_to,"
    " postpone_reason, acknowledged_on, answered_on, outcome, summary, answer_document_id,"
    " answer_document_name, message_id, created_by, created_at"
)
_CHASES = "SELECT advice_id, kind, deadline, chat_id, message_id FROM advice_chases"


def _advice(row: aiosqlite.Row) -> Advice:
    requested = row["requested"]
    sent_on = day(row["sent_on"])
    assert sent_on is not None
    return Advice(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        number=int(row["number"]),
        subject=str(row["subject"]),
        sent_on=sent_on,
        state=AdviceState(str(row["state"])),
        recipient=str(row["recipient"]),
        email=str(row["email"]),
        requested=None if requested is None else bool(requested),
        document_id=row["document_id"],
        document_name=row["document_name"],
        link=row["link"],
        terms=Terms(int(row["ack_days"]), int(row["reply_days"]), int(row["very_late_percent"])),
        postponed_to=day(row["postponed_to"]),
        postpone_reason=row["postpone_reason"],
        acknowledged_on=day(row["acknowledged_on"]),
        answered_on=day(row["answered_on"]),
        outcome=Outcome(row["outcome"]) if row["outcome"] else None,
        summary=row["summary"],
        answer_document_id=row["answer_document_id"],
        answer_document_name=row["answer_document_name"],
        message_id=row["message_id"],
        created_by=row["created_by"],
        created_at=from_iso(str(row["created_at"])) if row["created_at"] else None,
    )


def _day_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # registered, acknowledged, answered, withdrawn, postponed, terms, chased, mailed
    by_name: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class Chase:
    advice_id: int
    kind: str  # "ack", "reply", "very_late"
    deadline: date
    chat_id: int
    message_id: int | None


class AdviceRepo(Repo):
    async def add(self, advice: Advice, now: datetime) -> Advice:
        """Store a new advice under the group's next number; returns it with id and number."""
        stored = await fetch_one(
            self.conn,
            "INSERT INTO advices (chat_id, number, subject, sent_on, state, recipient, email,"
            " requested, document_id, document_name, link, ack_days, reply_days,"
            " very_late_percent, created_by, created_at)"
            " VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM advices WHERE chat_id = ?),"
            f" ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {_COLUMNS}",
            (
                advice.chat_id,
                advice.chat_id,
                advice.subject,
                advice.sent_on.isoformat(),
                advice.state.value,
                advice.recipient,
                advice.email,
                None if advice.requested is None else int(advice.requested),
                advice.document_id,
                advice.document_name,
                advice.link,
                advice.terms.ack_days,
                advice.terms.reply_days,
                advice.terms.very_late_percent,
                advice.created_by,
                now.isoformat(),
            ),
            into=_advice,
        )
        assert stored is not None
        return stored

    async def get(self, advice_id: int) -> Advice | None:
        return await fetch_one(
            self.conn, f"SELECT {_COLUMNS} FROM advices WHERE id = ?", (advice_id,), into=_advice
        )

    async def by_number(self, chat_id: int, number: int) -> Advice | None:
        return await fetch_one(
            self.conn,
            f"SELECT {_COLUMNS} FROM advices WHERE chat_id = ? AND number = ?",
            (chat_id, number),
            into=_advice,
        )

    async def of_chat(self, chat_id: int, *, open_only: bool = False) -> list[Advice]:
        where = " AND state IN ('verzonden', 'ontvangen')" if open_only else ""
        return await fetch_all(
            self.conn,
            f"SELECT {_COLUMNS} FROM advices WHERE chat_id = ?{where} ORDER BY number",
            (chat_id,),
            into=_advice,
        )

    async def save(self, advice: Advice) -> None:
        """Write back what a transition changed."""
        await self.conn.execute(
            "UPDATE advices SET state = ?, ack_days = ?, reply_days = ?, very_late_percent = ?,"
            " postponed_to = ?, postpone_reason = ?, acknowledged_on = ?, answered_on = ?,"
            " outcome = ?, summary = ?, answer_document_id = ?, answer_document_name = ?,"
            " subject = ?, sent_on = ?, recipient = ?, email = ?"
            " WHERE id = ?",
            (
                advice.state.value,
                advice.terms.ack_days,
                advice.terms.reply_days,
                advice.terms.very_late_percent,
                _day_text(advice.postponed_to),
                advice.postpone_reason,
                _day_text(advice.acknowledged_on),
                _day_text(advice.answered_on),
                advice.outcome.value if advice.outcome else None,
                advice.summary,
                advice.answer_document_id,
                advice.answer_document_name,
                advice.subject,
                advice.sent_on.isoformat(),
                advice.recipient,
                advice.email,
                advice.id,
            ),
        )

    async def mailed(self, advice_id: int) -> bool:
        """Whether any mail went out or came in about this advice (it can no longer be undone)."""
        row = await fetch_one(
            self.conn,
            "SELECT EXISTS (SELECT 1 FROM advice_mails WHERE advice_id = ?)"
            " OR EXISTS (SELECT 1 FROM advice_mail_in WHERE advice_id = ?)",
            (advice_id, advice_id),
        )
        return bool(row and row[0])

    async def delete(self, advice_id: int) -> None:
        """Gone as if never registered (undone just after): its timeline and chases with it."""
        for table in ("advice_events", "advice_chases"):
            await self.conn.execute(f"DELETE FROM {table} WHERE advice_id = ?", (advice_id,))
        await self.conn.execute("DELETE FROM advices WHERE id = ?", (advice_id,))

    async def set_message(self, advice_id: int, message_id: int) -> None:
        await self.conn.execute(
            "UPDATE advices SET message_id = ? WHERE id = ?", (message_id, advice_id)
        )

    # --- the timeline -------------------------------------------------------------------------
    async def log(
        self,
        advice: Advice,
        kind: str,
        now: datetime,
        by_id: int | None = None,
        by_name: str | None = None,
        **data: Any,
    ) -> None:
        await self.conn.execute(
            "INSERT INTO advice_events (advice_id, chat_id, at, kind, by_id, by_name, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (advice.id, advice.chat_id, now.isoformat(), kind, by_id, by_name, json.dumps(data)),
        )

    async def timeline(self, advice_id: int) -> list[TimelineEntry]:
        rows = await fetch_all(
            self.conn,
            "SELECT at, kind, by_name, data FROM advice_events WHERE advice_id = ? ORDER BY id",
            (advice_id,),
        )
        return [
            TimelineEntry(
                datetime.fromisoformat(str(row[0])), str(row[1]), row[2], dict(json.loads(row[3]))
            )
            for row in rows
        ]

    # --- chases: one per deadline, ever -------------------------------------------------------
    async def chase(self, advice_id: int, kind: str, deadline: date) -> Chase | None:
        return await fetch_one(
            self.conn,
            f"{_CHASES} WHERE advice_id = ? AND kind = ? AND deadline = ?",
            (advice_id, kind, deadline.isoformat()),
            into=_chase,
        )

    async def chase_in_message(self, chat_id: int, message_id: int) -> Chase | None:
        return await fetch_one(
            self.conn,
            f"{_CHASES} WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
            into=_chase,
        )

    async def record_chase(
        self, advice: Advice, kind: str, deadline: date, message_id: int | None, now: datetime
    ) -> bool:
        cur = await self.conn.execute(
            "INSERT OR IGNORE INTO advice_chases (advice_id, kind, deadline, chat_id, message_id,"
            " sent_at) VALUES (?, ?, ?, ?, ?, ?)",
            (advice.id, kind, deadline.isoformat(), advice.chat_id, message_id, now.isoformat()),
        )
        return cur.rowcount > 0

    # --- e-mails: one thread per advice -------------------------------------------------------
    async def mail_for(self, advice_id: int, chase_key: str) -> tuple[str, datetime] | None:
        """(Message-ID, sent at) of the e-mail sent for one chase, if it went."""
        row = await fetch_one(
            self.conn,
            "SELECT message_id_header, sent_at FROM advice_mails"
            " WHERE advice_id = ? AND chase_key = ?",
            (advice_id, chase_key),
        )
        return (str(row[0]), datetime.fromisoformat(str(row[1]))) if row else None

    async def thread(self, advice_id: int) -> list[str]:
        """The Message-IDs of the e-mails about this advice, oldest first."""
        rows = await fetch_all(
            self.conn,
            "SELECT message_id_header FROM advice_mails WHERE advice_id = ? ORDER BY id",
            (advice_id,),
        )
        return [str(row[0]) for row in rows]

    async def record_mail(
        self,
        advice: Advice,
        chase_key: str,
        message_id_header: str,
        recipients: str,
        subject: str,
        now: datetime,
    ) -> None:
        await self.conn.execute(
            "INSERT INTO advice_mails (advice_id, chat_id, chase_key, message_id_header,"
            " recipients, subject, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                advice.id,
                advice.chat_id,
                chase_key,
                message_id_header,
                recipients,
                subject,
                now.isoformat(),
            ),
        )


def _chase(row: aiosqlite.Row) -> Chase:
    deadline = day(row[2])
    assert deadline is not None
    return Chase(int(row[0]), str(row[1]), deadline, int(row[3]), row[4])
