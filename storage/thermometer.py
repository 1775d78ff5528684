"""The thermometer's tables (migration 1900): `thermometers` (one per round, with the statements
it asked), `thermometer_asked` (who was asked, their side, their draft while answering, whether
they answered), `thermometer_scores` (counts per side, statement and score: nobody's answer),
`thermometer_remarks` (the open answers, by side, in random order) and `thermometer_texts` (a
group's own statements; position 0 is the open question)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from domain.thermometer import Respondent, Side, State, Tally, Thermometer, draft_of, draft_text
from storage.db import Repo, fetch_all, fetch_one, from_iso, iso

_COLUMNS = (
    "id, chat_id, statements, question, opened_at, closes_at, state, opened_by, meeting_id,"
    " result_message_id"
)
_SELECT = f"SELECT {_COLUMNS} FROM thermometers"


def _thermometer(row: aiosqlite.Row) -> Thermometer:
    return Thermometer(
        id=int(row["id"]),
        chat_id=int(row["chat_id"]),
        statements=tuple(json.loads(row["statements"])),
        question=str(row["question"]),
        opened_at=from_iso(str(row["opened_at"])),
        closes_at=from_iso(str(row["closes_at"])),
        state=State(str(row["state"])),
        opened_by=row["opened_by"],
        meeting_id=row["meeting_id"],
        result_message_id=row["result_message_id"],
    )


def _respondent(row: aiosqlite.Row) -> Respondent:
    return Respondent(
        user_id=int(row["user_id"]),
        side=Side(str(row["side"])),
        answered=bool(row["answered"]),
        draft=draft_of(row["draft"]),
        sent=bool(row["sent"]),
    )


def _tally(row: aiosqlite.Row) -> Tally:
    return Tally(
        Side(str(row["side"])), int(row["statement"]), int(row["score"]), int(row["count"])
    )


class ThermometerRepo(Repo):
    # --- rounds -------------------------------------------------------------------------------
    async def open(
        self,
        chat_id: int,
        statements: Sequence[str],
        question: str,
        opened_at: datetime,
        closes_at: datetime,
        opened_by: int | None,
        *,
        meeting_id: int | None = None,
    ) -> int:
        cur = await self.conn.execute(
            "INSERT INTO thermometers (chat_id, statements, question, opened_at, closes_at,"
            " opened_by, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                json.dumps(list(statements), ensure_ascii=False),
                question,
                iso(opened_at),
                iso(closes_at),
                opened_by,
                meeting_id,
            ),
        )
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    async def get(self, thermometer_id: int) -> Thermometer | None:
        return await fetch_one(
            self.conn, f"{_SELECT} WHERE id = ?", (thermometer_id,), into=_thermometer
        )

    async def current(self, chat_id: int) -> Thermometer | None:
        """The group's open thermometer, if any."""
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND state = 'open' ORDER BY id DESC LIMIT 1",
            (chat_id,),
            into=_thermometer,
        )

    async def latest_closed(self, chat_id: int, before: int | None = None) -> Thermometer | None:
        """The last closed thermometer of the group (opened before round `before`)."""
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND state = 'closed' AND id < ?"
            " ORDER BY opened_at DESC, id DESC LIMIT 1",
            (chat_id, before if before is not None else 2**62),
            into=_thermometer,
        )

    async def opened_since(self, chat_id: int, since: datetime) -> Thermometer | None:
        return await fetch_one(
            self.conn,
            f"{_SELECT} WHERE chat_id = ? AND opened_at >= ? ORDER BY id DESC LIMIT 1",
            (chat_id, iso(since)),
            into=_thermometer,
        )

    async def close(self, thermometer_id: int, now: datetime) -> bool:
        """Close it (closed early, its deadline becomes now, the date its result carries) and
        forget unfinished drafts; False when it was closed already."""
        cur = await self.conn.execute(
            "UPDATE thermometers SET state = 'closed', closes_at = min(closes_at, ?)"
            " WHERE id = ? AND state = 'open'",
            (iso(now), thermometer_id),
        )
        await self.conn.execute(
            "UPDATE thermometer_asked SET draft = NULL WHERE thermometer_id = ?", (thermometer_id,)
        )
        return cur.rowcount > 0

    async def set_result_message(self, thermometer_id: int, message_id: int) -> None:
        await self.conn.execute(
            "UPDATE thermometers SET result_message_id = ? WHERE id = ?",
            (message_id, thermometer_id),
        )

    # --- who is asked -------------------------------------------------------------------------
    async def ask(self, thermometer_id: int, user_id: int, side: Side) -> bool:
        """Add someone to ask; False when they were asked already."""
        cur = await self.conn.execute(
            "INSERT OR IGNORE INTO thermometer_asked (thermometer_id, user_id, side)"
            " VALUES (?, ?, ?)",
            (thermometer_id, user_id, side.value),
        )
        return cur.rowcount > 0

    async def asked(self, thermometer_id: int) -> list[Respondent]:
        return await fetch_all(
            self.conn,
            "SELECT user_id, side, answered, draft, sent FROM thermometer_asked"
            " WHERE thermometer_id = ? ORDER BY side, user_id",
            (thermometer_id,),
            into=_respondent,
        )

    async def respondent(self, thermometer_id: int, user_id: int) -> Respondent | None:
        return await fetch_one(
            self.conn,
            "SELECT user_id, side, answered, draft, sent FROM thermometer_asked"
            " WHERE thermometer_id = ? AND user_id = ?",
            (thermometer_id, user_id),
            into=_respondent,
        )

    async def mark_sent(self, thermometer_id: int, user_id: int) -> None:
        await self.conn.execute(
            "UPDATE thermometer_asked SET sent = 1 WHERE thermometer_id = ? AND user_id = ?",
            (thermometer_id, user_id),
        )

    async def set_draft(self, thermometer_id: int, user_id: int, scores: Sequence[int]) -> None:
        await self.conn.execute(
            "UPDATE thermometer_asked SET draft = ? WHERE thermometer_id = ? AND user_id = ?"
            " AND answered = 0",
            (draft_text(scores), thermometer_id, user_id),
        )

    async def finish(
        self, thermometer_id: int, user_id: int, tallies: Sequence[Tally], remark: str
    ) -> bool:
        """Count one person's answers for their side and forget them: the draft goes, only the
        counts (and the remark, in random order) stay. False when they had answered already."""
        cur = await self.conn.execute(
            "UPDATE thermometer_asked SET answered = 1, draft = NULL"
            " WHERE thermometer_id = ? AND user_id = ? AND answered = 0",
            (thermometer_id, user_id),
        )
        if cur.rowcount == 0:
            return False
        await self.conn.executemany(
            "INSERT INTO thermometer_scores (thermometer_id, side, statement, score, count)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (thermometer_id, side, statement, score)"
            " DO UPDATE SET count = count + excluded.count",
            [(thermometer_id, t.side.value, t.statement, t.score, t.count) for t in tallies],
        )
        if remark and tallies:
            await self.conn.execute(
                "INSERT INTO thermometer_remarks (thermometer_id, token, side, text)"
                " VALUES (?, ?, ?, ?)",
                (thermometer_id, secrets.token_hex(8), tallies[0].side.value, remark),
            )
        return True

    # --- what was answered ----------------------------------------------------------------------
    async def tallies(self, thermometer_id: int) -> list[Tally]:
        return await fetch_all(
            self.conn,
            "SELECT side, statement, score, count FROM thermometer_scores WHERE thermometer_id = ?",
            (thermometer_id,),
            into=_tally,
        )

    async def remarks(self, thermometer_id: int) -> list[tuple[Side, str]]:
        rows = await fetch_all(
            self.conn,
            "SELECT side, text FROM thermometer_remarks WHERE thermometer_id = ?"
            " ORDER BY side, token",
            (thermometer_id,),
        )
        return [(Side(str(row["side"])), str(row["text"])) for row in rows]

    # --- the group's own statements -------------------------------------------------------------
    async def texts(self, chat_id: int) -> tuple[list[str], str] | None:
        """(statements, open question) the group set; None: it uses the defaults."""
        rows = await fetch_all(
            self.conn,
            "SELECT position, text FROM thermometer_texts WHERE chat_id = ? ORDER BY position",
            (chat_id,),
        )
        if not rows:
            return None
        question = next((str(r["text"]) for r in rows if int(r["position"]) == 0), "")
        return [str(r["text"]) for r in rows if int(r["position"]) > 0], question

    async def set_texts(self, chat_id: int, statements: Sequence[str], question: str) -> None:
        await self.conn.execute("DELETE FROM thermometer_texts WHERE chat_id = ?", (chat_id,))
        await self.conn.executemany(
            "INSERT INTO thermometer_texts (chat_id, position, text) VALUES (?, ?, ?)",
            [(chat_id, 0, question)] + [(chat_id, i, s) for i, s in enumerate(statements, 1)],
        )

    async def reset_texts(self, chat_id: int) -> None:
        await self.conn.execute("DELETE FROM thermometer_texts WHERE chat_id = ?", (chat_id,))
