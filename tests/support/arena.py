"""A fast in-process arena for hostile-input and permission tests.

One real bot (the `Harness`: the real Application, a real SQLite file, the stand-in Telegram in
process) on its own event loop, so hypothesis can drive thousands of updates through it from a
plain test function. Two groups with every role, strangers, and a spy on the wrapper's answer to
a refusal (a `DomainError`), so a test can tell "refused" from "done" and check that a refusal
stored nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import sqlite3
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import handlers.kit.wrapper as boundary
from domain.errors import DomainError
from fakegram import ANNA, BRAM, CARLA, DUINDORP, KRAAYENSTEIN, Change, FakeChat, FakeTelegram
from fakegram.model import FakeUser
from handlers import COMMANDS
from handlers.i18n import t
from schedules.clock import FakeClock
from tests.support.harness import Harness

T = TypeVar("T")
# Thursday 3 December 2026, 10:00 in Amsterdam
ARENA_START = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)

GROUP_A = DUINDORP  # Anna admin, Bram board, Carla gemeente, Fenna member
GROUP_B = KRAAYENSTEIN  # Dirk admin, Eva member
DIRK = FakeUser(504, "Dirk", "Bakker", "dirk_kraay")
EVA = FakeUser(505, "Eva", username="eva_k")
FENNA = FakeUser(506, "Fenna", "Jansen", "fenna_j")
STRANGER = FakeUser(507, "Sven", username="sven_x")  # in no group
APOLOGY = t("nl", "error.generic")[:30]


@dataclass
class Refusal:
    key: str
    exc: DomainError


class ErrorLog(logging.Handler):
    """Every record at ERROR or above, anywhere."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Arena:
    def __init__(self, folder: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.clock = FakeClock(ARENA_START)
        self.fake = FakeTelegram(self.clock)
        self.bot = Harness(folder / "arena.sqlite3", self.clock, self.fake)
        self.errors = ErrorLog()
        self.refusals: list[Refusal] = []
        self._original = boundary._answer_domain_error
        self._read: sqlite3.Connection | None = None
        self._buttons: list[tuple[int, int, str]] | None = None
        self._frozen: sqlite3.Connection | None = None
        self.frozen_buttons: list[tuple[int, int, str]] = []
        self._looks = 0
        self.fake.set_admins(GROUP_A.id, [], creator=ANNA)
        self.fake.set_admins(GROUP_B.id, [], creator=DIRK)
        for user in (DIRK, EVA, FENNA, STRANGER):
            self.fake.add_user(user)

    # --- life -----------------------------------------------------------------------------------
    def start(self) -> Arena:
        logging.getLogger().addHandler(self.errors)

        async def spy(update: Any, context: Any, svc: Any, turn: Any, exc: DomainError) -> None:
            self.refusals.append(Refusal(exc.key, exc))
            await self._original(update, context, svc, turn, exc)

        boundary._answer_domain_error = spy  # type: ignore[assignment]
        self.run(self.bot.start())
        return self

    def stop(self) -> None:
        if self._read is not None:
            self._read.close()
        boundary._answer_domain_error = self._original  # type: ignore[assignment]
        logging.getLogger().removeHandler(self.errors)
        self.run(self.bot.stop())
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coro)

    # --- acting ---------------------------------------------------------------------------------
    def process(self, update: dict[str, Any]) -> list[Change]:
        return self.run(self.bot.process(update))

    def say(self, text: str, user: FakeUser, chat: FakeChat, **kw: Any) -> list[Change]:
        return self.process(self.fake.message(chat, user, text, **kw))

    def press(self, data: str, user: FakeUser, chat: FakeChat, message_id: int) -> list[Change]:
        return self.process(self.fake.callback(chat, user, data, message_id))

    def advance(self, delta: timedelta) -> list[Change]:
        return self.run(self.bot.advance(delta))

    def setup_roles(self) -> None:
        """Bram on A's board, Carla A's gemeente contact; everyone says something once."""
        for user, chat in (
            (ANNA, GROUP_A),
            (BRAM, GROUP_A),
            (CARLA, GROUP_A),
            (FENNA, GROUP_A),
            (DIRK, GROUP_B),
            (EVA, GROUP_B),
        ):
            said = self.fake.message(chat, user, "/help")
            self.process(said)
            if user is BRAM:
                bram_said = said["message"]["message_id"]
        self.say("/bestuur toevoegen", ANNA, GROUP_A, reply_to=bram_said)
        self.say("/gemeente toevoegen @carla_gemeente", ANNA, GROUP_A)
        assert self.refusals == [], self.refusals
        for user in (ANNA, BRAM, CARLA, DIRK, EVA, FENNA, STRANGER):
            self.say("/start", user, FakeChat.private(user))

    def play_examples(self) -> None:
        """Every registered command, bare and with its catalog example, by an admin and a
        member of both groups and in private: fills the store, the buttons and the questions."""
        for command in COMMANDS:
            example = t("nl", f"cmd.{command.name}.example")
            for text in (f"/{command.name}", example):
                for user, chat in (
                    (ANNA, GROUP_A),
                    (FENNA, GROUP_A),
                    (DIRK, GROUP_B),
                    (EVA, FakeChat.private(EVA)),
                ):
                    self.say(text, user, chat)

    # --- looking --------------------------------------------------------------------------------
    def freeze(self) -> None:
        """Keep the database as it is now, to go back to with `thaw()` (a case per copy)."""
        self._frozen = sqlite3.connect(":memory:", check_same_thread=False)
        self.run(self.bot.services.db.conn.backup(self._frozen))
        self._buttons = None
        self.frozen_buttons = list(self.callback_data())

    def thaw(self) -> None:
        """Put the frozen database back in place (between updates: no transaction is open)."""
        assert self._frozen is not None
        live = self.bot.services.db.conn._conn  # the sqlite3 connection under aiosqlite
        self._frozen.backup(live)
        self.bot.services.admins._cache.clear()

    def version(self) -> int:
        """SQLite's `data_version` seen from a second connection: it changes exactly when the
        bot commits something."""
        row = self._reader().execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def snapshot(self) -> str:
        """A digest of every committed row of every table: equal digests, nothing stored."""
        reader = self._reader()
        digest = hashlib.sha256()
        tables = [
            str(row[0])
            for row in reader.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(row) for row in reader.execute(f"SELECT * FROM {table}")):
                digest.update(row.encode())
        return digest.hexdigest()

    def _reader(self) -> sqlite3.Connection:
        if self._read is None:
            self._read = sqlite3.connect(self.bot.db_path)
        return self._read

    def callback_data(self) -> list[tuple[int, int, str]]:
        """(chat id, message id, data) of the buttons the bot showed (looked up afresh every
        25 calls: scanning thousands of messages for every example would be the slow part)."""
        self._looks += 1
        if self._buttons is None or self._looks % 25 == 0:
            found: list[tuple[int, int, str]] = []
            for message in self.fake.messages():
                for row in message.buttons:
                    for _label, data in row:
                        if data:
                            found.append((message.chat_id, message.message_id, data))
            self._buttons = found
        return self._buttons

    def open_questions(self) -> list[tuple[int, int, FakeUser]]:
        """(chat id, message id, who was asked) of the bot's latest unanswered questions."""
        people = {u.id: u for u in (ANNA, BRAM, CARLA, DIRK, EVA, FENNA, STRANGER)}
        rows = self.sql(
            "SELECT chat_id, message_id, user_id FROM prompts WHERE answered_at IS NULL"
            " ORDER BY created_at DESC, message_id DESC LIMIT 40"
        )
        return [(int(c), int(m), people[int(u)]) for c, m, u in rows if int(u) in people]

    def bot_messages(self, chat_id: int) -> list[int]:
        return [m.message_id for m in self.fake.messages(chat_id)]

    def sql(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        return self.run(self.bot.sql(query, *params))
