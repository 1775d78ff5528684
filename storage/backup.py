"""Backups and restores of the SQLite file, and the lock that says a bot is using it.

A running bot holds an exclusive `flock` on `<database>.lock` (the kernel drops it when the
process ends, even after SIGKILL, so it never has to be guessed or cleaned up). `restore`
takes the same lock, so it refuses while the bot runs and the bot cannot start halfway
through a restore. Copies go through SQLite's online backup API: a consistent snapshot even
while the bot writes. Plain `sqlite3`: these run as command-line tools, not in the event loop.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from storage.migrations import MIGRATIONS


class Locked(Exception):
    """Another process (a running bot) holds the database's lock."""


class BadBackup(Exception):
    """The file is not a healthy Wijkbot database; the message says why."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class ProcessLock:
    """An exclusive, non-blocking `flock` on `<database>.lock`, holding the owner's pid."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        if self._file is not None:
            return
        if self.path.parent != Path():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "?"
            handle.close()
            raise Locked(f"{self.path} is held by process {owner}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None


@dataclass(frozen=True)
class Summary:
    """What a database holds, in a line people can check."""

    migrations: list[str]
    groups: int
    people: int
    reminders: int
    pending: int
    last_change: str | None

    def line(self) -> str:
        newest = self.migrations[-1] if self.migrations else "none"
        return (
            f"{self.groups} group(s), {self.people} people, {self.reminders} reminder(s),"
            f" {self.pending} pending scheduled message(s); last change {self.last_change or '-'};"
            f" {len(self.migrations)} migrations up to {newest}"
        )


def _count(conn: sqlite3.Connection, sql: str) -> int:
    try:
        row = conn.execute(sql).fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row else 0


def known_migrations() -> list[str]:
    return [migration.name for migration in MIGRATIONS]


def check(path: Path) -> Summary:
    """Open `path` read-only and prove it is a healthy Wijkbot database, or raise BadBackup."""
    known = known_migrations()
    if not path.is_file():
        raise BadBackup(f"no file at {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BadBackup(f"{path} cannot be opened: {exc}") from None
    try:
        try:
            result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            raise BadBackup(f"{path} is not an SQLite database ({exc})") from None
        if result != ["ok"]:
            raise BadBackup(f"{path} fails PRAGMA integrity_check: {'; '.join(result[:5])}")
        try:
            applied = [
                str(row[0]) for row in conn.execute("SELECT name FROM migrations ORDER BY name")
            ]
        except sqlite3.Error:
            raise BadBackup(f"{path} has no migrations table: not a Wijkbot database") from None
        if not applied:
            raise BadBackup(f"{path} has an empty migrations table")
        unknown = sorted(set(applied) - set(known))
        if unknown:
            raise BadBackup(
                f"{path} was written by a newer Wijkbot (unknown migrations: {', '.join(unknown)})"
            )
        order = {name: index for index, name in enumerate(known)}
        applied.sort(key=lambda name: order[name])
        last = conn.execute("SELECT max(updated_at) FROM chats").fetchone()
        return Summary(
            migrations=applied,
            groups=_count(conn, "SELECT count(*) FROM chats WHERE type != 'private'"),
            people=_count(conn, "SELECT count(*) FROM users"),
            reminders=_count(conn, "SELECT count(*) FROM reminders"),
            pending=_count(conn, "SELECT count(*) FROM due WHERE state = 'pending'"),
            last_change=str(last[0]) if last and last[0] else None,
        )
    finally:
        conn.close()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through the online backup API (safe while another process writes)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def backup(database: Path, target: Path) -> tuple[Path, Summary]:
    """Copy the live database to `target` (a file, or a directory keeping the name), verified."""
    if not database.exists():
        raise BadBackup(f"no database at {database}")
    if target.is_dir():
        target = target / database.name
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy_database(database, partial)
    summary = check(partial)
    partial.replace(target)
    return target, summary


def restore(backup_file: Path, database: Path, now: datetime) -> tuple[Summary, Path | None]:
    """Replace `database` with a verified copy of `backup_file`; the old one is kept aside.

    Refuses (Locked) while a bot holds the lock. Returns what was restored and where the
    replaced database now lives (None when there was none).
    """
    summary = check(backup_file)
    lock = ProcessLock(database)
    lock.acquire()
    try:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        aside: Path | None = None
        incoming = database.with_name(database.name + ".restoring")
        incoming.unlink(missing_ok=True)
        copy_database(backup_file, incoming)
        check(incoming)
        if database.exists():
            aside = database.with_name(f"{database.name}.replaced-{stamp}")
            database.replace(aside)
        for suffix in ("-wal", "-shm"):
            sidecar = database.with_name(database.name + suffix)
            if sidecar.exists():  # belongs to the replaced file: keep it next to it
                if aside is not None and suffix == "-wal":
                    shutil.move(sidecar, aside.with_name(aside.name + suffix))
                else:
                    sidecar.unlink()
        incoming.replace(database)
    finally:
        lock.release()
    return summary, aside
