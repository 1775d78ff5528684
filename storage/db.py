"""One SQLite connection per process, with WAL, foreign keys and a busy timeout.

Writes are serialised through one lock so that every unit of work is one transaction, even
when handlers and the reminder engine run at the same time.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 5000


async def fetch_all(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()
) -> list[aiosqlite.Row]:
    """Every row of a query in one round trip to aiosqlite's thread.

    `async with conn.execute(...)` costs three hand-offs (execute, fetch, close) and
    `async for` one more per 64 rows; each is a wake-up of the event loop.
    """
    return list(await conn.execute_fetchall(sql, tuple(params)))


async def fetch_one(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()
) -> aiosqlite.Row | None:
    """The first row of a query (use it for queries by key, or with LIMIT 1), one round trip."""
    rows = await fetch_all(conn, sql, params)
    return rows[0] if rows else None


class Database:
    """The embedded store: open it once, then run units of work with `transaction()`."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        path = Path(path)
        if str(path) != ":memory:" and path.parent != Path():
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        await conn.execute("PRAGMA synchronous=NORMAL")
        return cls(conn, path)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run a block as one transaction: commit when it ends, roll back when it raises."""
        unit = UnitOfWork(self)
        conn = await unit.begin()
        try:
            yield conn
        except BaseException:
            await unit.rollback()
            raise
        await unit.commit()

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """A read outside any transaction (one statement is consistent on its own): no BEGIN
        and no COMMIT, two round trips fewer; still serialised with the units of work."""
        async with self._lock:
            yield self.conn

    async def analyze(self) -> None:
        """Refresh the planner's statistics, sampling at most ~1,000 rows per index (a few ms
        even at national scale), so that queries keep their plans as the tables grow."""
        async with self.reading() as conn:
            await conn.execute("PRAGMA analysis_limit=1000")
            await conn.execute("ANALYZE")

    async def close(self) -> None:
        await self.conn.close()


class UnitOfWork:
    """A transaction opened on demand and ended explicitly; the update wrapper owns one."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.open = False

    async def begin(self) -> aiosqlite.Connection:
        if not self.open:
            await self.db._lock.acquire()
            try:
                await self.db.conn.execute("BEGIN IMMEDIATE")
            except BaseException:
                self.db._lock.release()
                raise
            self.open = True
        return self.db.conn

    async def commit(self) -> None:
        await self._end("COMMIT")

    async def rollback(self) -> None:
        await self._end("ROLLBACK")

    async def _end(self, statement: str) -> None:
        if self.open:
            try:
                await self.db.conn.execute(statement)
            finally:
                self.open = False
                self.db._lock.release()
