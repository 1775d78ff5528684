"""Questions the bot asked and is waiting on: a reply to one continues a command step by step."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from storage.db import Repo, fetch_one


@dataclass(frozen=True)
class Prompt:
    chat_id: int
    message_id: int
    user_id: int
    kind: str
    payload: dict[str, Any]
    answered: bool = False


def _prompt(row: aiosqlite.Row) -> Prompt:
    return Prompt(
        chat_id=int(row["chat_id"]),
        message_id=int(row["message_id"]),
        user_id=int(row["user_id"]),
        kind=str(row["kind"]),
        payload=dict(json.loads(row["payload"])),
        answered=row["answered_at"] is not None,
    )


class PromptRepo(Repo):
    async def add(
        self,
        chat_id: int,
        message_id: int,
        user_id: int,
        kind: str,
        payload: dict[str, Any],
        now: datetime,
    ) -> None:
        await self.conn.execute(
            "INSERT OR REPLACE INTO prompts (chat_id, message_id, user_id, kind, payload,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (chat_id, message_id, user_id, kind, json.dumps(payload), now.isoformat()),
        )

    async def get(self, chat_id: int, message_id: int) -> Prompt | None:
        return await fetch_one(
            self.conn,
            "SELECT chat_id, message_id, user_id, kind, payload, answered_at FROM prompts"
            " WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
            into=_prompt,
        )

    async def answered(self, chat_id: int, message_id: int, now: datetime) -> None:
        """Kept, not deleted: a second answer to the same question gets told it was answered."""
        await self.conn.execute(
            "UPDATE prompts SET answered_at = ? WHERE chat_id = ? AND message_id = ?",
            (now.isoformat(), chat_id, message_id),
        )
