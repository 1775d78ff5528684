"""One SQLite connection per process, with WAL, foreign keys and a busy timeout.

Writes are serialised through one lock so that every unit of work is one transaction, even
when handlers and the reminder engine run at the same time.

aiosqlite runs SQLite in a worker thread: every call (a statement, a fetch, closing a cursor,
BEGIN, COMMIT) was a hand-off to that thread and a wake-up of the event loop, a hundred times
the cost of the statement itself, and most of an update's cost. Our `Connection` keeps
aiosqlite's interface but makes fewer calls and runs them in the event loop's thread: a query's
first rows come back with the statement (so `async with conn.execute(...) as cur` plus
`fetchone()` or `async for` over a short result plus the close is one call), a unit of work's
BEGIN goes with its first statement, and each call runs at once (only this process writes to
the database, so a call never waits for a lock; long jobs such as migrations run at start-up).

The module is also the one place for what every repository shares: `fetch_one` / `fetch_all`
(the one way to read rows, each one call; `into=` turns a row into a domain object), `Repo`
(a repository on the caller's connection), and the text forms of moments and days (`iso`,
`from_iso`, `day`).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

import aiosqlite
from aiosqlite.context import contextmanager

from domain.timeline import TimelineEntry

BUSY_TIMEOUT_MS = 5000
T = TypeVar("T")
C = TypeVar("C", bound=StrEnum)
PREFETCH = 64  # rows that come back with a query; more are fetched when asked for


def _begin(conn: sqlite3.Connection, begin: str | None) -> None:
    if begin is not None:
        conn.execute(begin)


def _prefetch(
    conn: sqlite3.Connection, begin: str | None, sql: str, params: Any
) -> tuple[sqlite3.Cursor, list[Any], bool]:
    """(BEGIN,) the statement, its first rows, and whether that was all of them."""
    _begin(conn, begin)
    cursor = conn.execute(sql, params)
    if cursor.description is None:  # no rows to come (INSERT, UPDATE, DELETE without RETURNING)
        return cursor, [], True
    rows = cursor.fetchmany(PREFETCH)
    return cursor, rows, len(rows) < PREFETCH


def _fetchall(conn: sqlite3.Connection, begin: str | None, sql: str, params: Any) -> list[Any]:
    _begin(conn, begin)
    return conn.execute(sql, params).fetchall()


def _many(conn: sqlite3.Connection, begin: str | None, sql: str, params: Any) -> sqlite3.Cursor:
    _begin(conn, begin)
    return conn.executemany(sql, params)


def _end(conn: sqlite3.Connection, statement: str) -> None:
    if conn.in_transaction:  # (a BEGIN that failed left nothing to end)
        conn.execute(statement)


class Cursor(aiosqlite.Cursor):
    """A cursor whose first rows came back with its statement; the rest are fetched on demand."""

    def __init__(
        self, conn: aiosqlite.Connection, cursor: sqlite3.Cursor, rows: list[Any], done: bool
    ) -> None:
        super().__init__(conn, cursor)
        self._rows: deque[Any] = deque(rows)
        self._done = done

    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> Cursor:
        self._rows.clear()
        self._done = False
        await super().execute(sql, parameters)
        return self

    async def fetchone(self) -> Any:
        if self._rows:
            return self._rows.popleft()
        if self._done:
            return None
        return await super().fetchone()

    async def fetchmany(self, size: int | None = None) -> Iterable[Any]:
        size = size or self.arraysize
        taken = [self._rows.popleft() for _ in range(min(size, len(self._rows)))]
        if len(taken) < size and not self._done:
            more = list(await super().fetchmany(size - len(taken)))
            self._done = len(more) < size - len(taken)
            taken += more
        return taken

    async def fetchall(self) -> Iterable[Any]:
        rows = list(self._rows)
        self._rows.clear()
        if not self._done:
            rows += list(await super().fetchall())
            self._done = True
        return rows

    async def close(self) -> None:
        if not self._done:  # a statement still running must be reset: the real close
            await super().close()


class Connection(aiosqlite.Connection):
    """aiosqlite's connection, with fewer calls, run inline (see the module docstring)."""

    def __init__(self, connector: Any, iter_chunk_size: int = 64) -> None:
        super().__init__(connector, iter_chunk_size)
        self.begin_pending: str | None = None  # sent with the next statement

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await self._execute(fn, *args)

    async def _execute(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a call on the connection right here, in the event loop's thread.

        A statement on an indexed table takes microseconds; handing it to aiosqlite's worker
        thread and waking the event loop when it is done took a hundred times that. Only this
        process writes to the database (WAL: readers elsewhere never block it), so a call never
        waits for a lock; long jobs (migrations, ANALYZE) run at start-up.
        """
        if not self._running or self._connection is None:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)

    def _take_begin(self) -> str | None:
        begin, self.begin_pending = self.begin_pending, None
        return begin

    @contextmanager
    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> aiosqlite.Cursor:
        begin = self._take_begin()
        params = [] if parameters is None else parameters
        found: tuple[sqlite3.Cursor, list[Any], bool] = await self._call(
            _prefetch, self._conn, begin, sql, params
        )
        return Cursor(self, *found)

    @contextmanager
    async def execute_fetchall(
        self, sql: str, parameters: Iterable[Any] | None = None
    ) -> Iterable[sqlite3.Row]:
        begin = self._take_begin()
        params = [] if parameters is None else parameters
        rows: list[sqlite3.Row] = await self._call(_fetchall, self._conn, begin, sql, params)
        return rows

    @contextmanager
    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> aiosqlite.Cursor:
        begin = self._take_begin()
        cursor: sqlite3.Cursor = await self._call(_many, self._conn, begin, sql, parameters)
        return aiosqlite.Cursor(self, cursor)

    async def end(self, statement: str) -> None:
        """COMMIT or ROLLBACK: nothing to do when no statement ran since BEGIN was asked for."""
        if self._take_begin() is None:
            await self._call(_end, self._conn, statement)


def iso(moment: datetime) -> str:
    """UTC to the second, one fixed format, so that text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    """A stored moment, in UTC (whatever offset it was written with)."""
    return datetime.fromisoformat(text).astimezone(UTC)


def day(value: Any) -> date | None:
    """A stored day (YYYY-MM-DD); None for NULL or empty."""
    return date.fromisoformat(str(value)) if value else None


def maybe_int(value: Any) -> int | None:
    """A nullable integer column (a NULL stays None, not 0)."""
    return None if value is None else int(value)


class Repo:
    """A repository: one feature's SQL on the connection of the caller's unit of work."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn


class Timeline(Generic[C]):
    """A record kind's history table (`<kind>_timeline`: <kind>_id, at, change, user_id,
    detail), read with the names of who changed what; one shape for actions and decisions."""

    def __init__(self, conn: aiosqlite.Connection, kind: str, change: type[C]) -> None:
        self.conn, self.change = conn, change
        self.table, self.key = f"{kind}_timeline", f"{kind}_id"

    async def log(
        self, record_id: int, change: C, user_id: int | None, now: datetime, detail: str | None
    ) -> None:
        await self.conn.execute(
            f"INSERT INTO {self.table} ({self.key}, at, change, user_id, detail)"
            " VALUES (?, ?, ?, ?, ?)",
            (record_id, now.isoformat(), change.value, user_id, detail),
        )

    async def entries(self, record_id: int) -> list[TimelineEntry[C]]:
        return await fetch_all(
            self.conn,
            f"SELECT t.at, t.change, t.detail, u.first_name FROM {self.table} t"
            f" LEFT JOIN users u ON u.id = t.user_id WHERE t.{self.key} = ? ORDER BY t.id",
            (record_id,),
            into=lambda row: TimelineEntry(
                at=from_iso(str(row["at"])),
                change=self.change(str(row["change"])),
                by_name=row["first_name"],
                detail=row["detail"],
            ),
        )


@overload
async def fetch_all(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ...
) -> list[aiosqlite.Row]: ...
@overload
async def fetch_all(
    conn: aiosqlite.Connection,
    sql: str,
    params: Iterable[Any] = ...,
    *,
    into: Callable[[aiosqlite.Row], T],
) -> list[T]: ...
async def fetch_all(
    conn: aiosqlite.Connection,
    sql: str,
    params: Iterable[Any] = (),
    *,
    into: Callable[[aiosqlite.Row], Any] | None = None,
) -> list[Any]:
    """Every row of a query in one call (`into` reads each into a domain object).

    `async with conn.execute(...)` plus `async for` costs one more call per 64 rows.
    """
    rows = list(await conn.execute_fetchall(sql, tuple(params)))
    return rows if into is None else [into(row) for row in rows]


@overload
async def fetch_one(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ...
) -> aiosqlite.Row | None: ...
@overload
async def fetch_one(
    conn: aiosqlite.Connection,
    sql: str,
    params: Iterable[Any] = ...,
    *,
    into: Callable[[aiosqlite.Row], T],
) -> T | None: ...
async def fetch_one(
    conn: aiosqlite.Connection,
    sql: str,
    params: Iterable[Any] = (),
    *,
    into: Callable[[aiosqlite.Row], Any] | None = None,
) -> Any:
    """The first row of a query, or None (use it for queries by key, or with LIMIT 1)."""
    rows = list(await conn.execute_fetchall(sql, tuple(params)))
    if not rows:
        return None
    return rows[0] if into is None else into(rows[0])


async def fetch_table(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()
) -> tuple[list[str], list[aiosqlite.Row]]:
    """The column names of a query (known even when it has no rows) and every row."""
    async with conn.execute(sql, tuple(params)) as cur:
        return [str(column[0]) for column in cur.description], list(await cur.fetchall())


class Database:
    """The embedded store: open it once, then run units of work with `transaction()`."""

    def __init__(self, conn: Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        path = Path(path)
        if str(path) != ":memory:" and path.parent != Path():
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = Connection(
            partial(sqlite3.connect, str(path), isolation_level=None, check_same_thread=False)
        )
        await conn  # starts its thread and connects
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
        self._changes = 0
        # run just before a COMMIT that stores something (the update wrapper's "handled once")
        self.before_storing: list[Callable[[aiosqlite.Connection], Awaitable[None]]] = []

    async def begin(self) -> aiosqlite.Connection:
        if not self.open:
            await self.db._lock.acquire()
            self.db.conn.begin_pending = "BEGIN IMMEDIATE"  # goes with the first statement
            self._changes = self.db.conn.total_changes
            self.open = True
        return self.db.conn

    async def commit(self) -> None:
        if self.open and self.before_storing and self.db.conn.total_changes != self._changes:
            hooks, self.before_storing = self.before_storing, []
            for hook in hooks:
                await hook(self.db.conn)
        await self._end("COMMIT")

    async def rollback(self) -> None:
        await self._end("ROLLBACK")

    async def _end(self, statement: str) -> None:
        if self.open:
            try:
                await self.db.conn.end(statement)
            finally:
                self.open = False
                self.db._lock.release()
