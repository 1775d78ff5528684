"""Databases for the benchmarks, built on the real schema (storage/migrations.py on this tree).

The schema comes from running the migrations; the rows are then written with plain sqlite3 in
large transactions, which is quick (a million rows in seconds).
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from domain.calm import QUIET_HOURS

TZ = "Europe/Amsterdam"
FIRST_GROUP = -1001000000000
FIRST_USER = 10_000_000


def group_id(index: int) -> int:
    return FIRST_GROUP - index


def user_id(group: int, member: int) -> int:
    return FIRST_USER + group * 16 + member


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


async def create(path: Path) -> None:
    """An empty database with every migration of this tree applied."""
    from storage.db import Database
    from storage.migrations import migrate

    db = await Database.open(path)
    try:
        await migrate(db)
    finally:
        await db.close()


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    return conn


def add_groups(
    conn: sqlite3.Connection, groups: int, members: int, now: datetime, *, seen: bool = True
) -> None:
    """Supergroups with their members (seen recently, or long ago when `seen` is False)."""
    stamp = now.isoformat()
    last_seen = stamp if seen else (now - timedelta(days=400)).isoformat()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO chats (id, type, title, language, timezone, active, created_at, updated_at)"
        " VALUES (?, 'supergroup', ?, 'nl', ?, 1, ?, ?)",
        [(group_id(g), title(g), TZ, stamp, stamp) for g in range(groups)],
    )
    # no quiet hours: a benchmark measures sending, whatever the hour it runs at (a backlog
    # that fell due at night would otherwise rightly wait for the morning)
    conn.executemany(
        "INSERT INTO chat_settings (chat_id, key, value, updated_at) VALUES (?, ?, 'off', ?)",
        [(group_id(g), QUIET_HOURS.key, stamp) for g in range(groups)],
    )
    conn.executemany(
        "INSERT INTO users (id, first_name, last_name, language_code, updated_at)"
        " VALUES (?, ?, ?, 'nl', ?)",
        [
            (user_id(g, m), first_name(g, m), "Test", stamp)
            for g in range(groups)
            for m in range(members)
        ],
    )
    conn.executemany(
        "INSERT INTO members (chat_id, user_id, last_seen) VALUES (?, ?, ?)",
        [(group_id(g), user_id(g, m), last_seen) for g in range(groups) for m in range(members)],
    )
    conn.execute("COMMIT")


def title(group: int) -> str:
    return f"Wijkraad {group:04d}"


def first_name(group: int, member: int) -> str:
    return f"Lid{group}-{member}"


def add_reminders(
    conn: sqlite3.Connection,
    groups: int,
    count: int,
    moments: Iterator[datetime],
    now: datetime,
    *,
    members: int = 8,
    label: str = "punt",
) -> None:
    """`count` reminders spread over the groups, each with its pending row in `due`."""
    stamp = now.isoformat()
    conn.execute("BEGIN")
    start = conn.execute("SELECT coalesce(max(id), 0) FROM reminders").fetchone()[0] + 1
    reminders = []
    due = []
    for n in range(count):
        g = n % groups
        rid = start + n
        reminders.append((rid, group_id(g), user_id(g, n % members), f"{label} {n}", stamp))
        due.append(("reminder", group_id(g), rid, "{}", iso(next(moments)), TZ, stamp))
    conn.executemany(
        "INSERT INTO reminders (id, chat_id, created_by, text, created_at) VALUES (?, ?, ?, ?, ?)",
        reminders,
    )
    conn.executemany(
        "INSERT INTO due (kind, chat_id, target_id, payload, fire_at, timezone, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        due,
    )
    conn.execute("COMMIT")


def spread(start: datetime, span: timedelta, seed: int = 13) -> Iterator[datetime]:
    """Random moments in [start, start + span), to the second."""
    rng = random.Random(seed)
    seconds = int(span.total_seconds())
    while True:
        yield start + timedelta(seconds=rng.randrange(seconds))


def payload(**fields: object) -> str:
    return json.dumps(fields)
