"""Backups and restores with the real `python -m bot`: a backup taken during a stream of writes
is a consistent, verified snapshot; `restore` refuses a running bot and a bad file, keeps the
replaced database aside, says what it restored, and the bot carries on from the backup."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from fakegram import ANNA, FakeBotAPIServer, FakeChat, FakeTelegram
from tests.support.process import ROOT, TOKEN, bot_env, launch, running_bot, said, until

pytestmark = pytest.mark.process

WRITES = 120


async def cli(db: Path, *args: str) -> tuple[int, str]:
    """`python -m bot <args>` with DATABASE_PATH set; returns (exit code, stdout + stderr)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env=bot_env(DATABASE_PATH=str(db), BOT_TOKEN=TOKEN),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode()


def consistent_reminders(path: Path) -> int:
    """Integrity ok, and every reminder has its scheduled row: no half transaction. Returns
    how many reminders the file holds (ids 1..n, none missing)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ids = [row[0] for row in conn.execute("SELECT id FROM reminders ORDER BY id")]
        assert ids == list(range(1, len(ids) + 1))
        orphans = conn.execute(
            "SELECT count(*) FROM reminders r WHERE (SELECT count(*) FROM due d"
            " WHERE d.kind = 'reminder' AND d.target_id = r.id) != 1"
        ).fetchone()
        assert orphans == (0,)
        return len(ids)
    finally:
        conn.close()


async def test_backup_during_writes_then_restore(tmp_path: Path) -> None:
    fake = FakeTelegram()
    db = tmp_path / "wijkbot.sqlite3"
    copies = [tmp_path / f"copy{i}.sqlite3" for i in range(3)]
    flood_off = {"FLOOD_LIMIT": "0"}
    async with FakeBotAPIServer(fake) as server:
        async with running_bot(server, db, tmp_path, "writer", flood_off) as bot:
            # Telegram allows 20 messages a minute per group: the stream goes to 12 groups
            groups = [FakeChat(-1003000000000 - i, "supergroup", f"Wijk {i}") for i in range(12)]
            for n in range(WRITES):
                fake.say(groups[n % 12], ANNA, f"/herinner over {n + 10} minuten taak {n}")
            answered = lambda: sum(  # noqa: E731
                1 for m in fake.sent() if "taak" in (m.text or "")
            )
            # three backups while the bot works through the stream
            counts = []
            for index, copy in enumerate(copies):
                await until(lambda i=index: answered() >= (i + 1) * WRITES // 4, "writes")
                code, out = await cli(db, "backup", str(copy))
                assert code == 0, out
                assert "verified" in out
                counts.append(consistent_reminders(copy))
            assert counts == sorted(counts)
            assert 0 < counts[0] < WRITES
            await until(lambda: answered() == WRITES, "all writes answered", timeout=60)

            # while the bot runs, restore refuses and changes nothing; a second bot too
            code, out = await cli(db, "restore", str(copies[1]))
            assert code == 1, out
            assert "Wijkbot is running" in out
            second = await launch(server, db, tmp_path, "second", flood_off)
            assert await asyncio.wait_for(second.proc.wait(), 30) == 1
            second.close_log()
            assert "Another Wijkbot is already running" in second.log
            assert "Traceback" not in second.log
            await bot.stop()

        # stopped: a corrupt file and a foreign database are refused, nothing replaced
        junk = tmp_path / "junk.sqlite3"
        junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
        code, out = await cli(db, "restore", str(junk))
        assert code == 2, out
        assert "Not restored" in out
        foreign = tmp_path / "foreign.sqlite3"
        with sqlite3.connect(foreign) as conn:
            conn.execute("CREATE TABLE notes (x)")
        code, out = await cli(db, "restore", str(foreign))
        assert code == 2, out
        assert "no migrations table" in out
        assert consistent_reminders(db) == WRITES

        code, out = await cli(db, "restore", str(copies[1]))
        assert code == 0, out
        assert f"{counts[1]} reminder(s)" in out
        assert "kept at" in out
        aside = [p for p in os.listdir(tmp_path) if ".replaced-" in p]
        main_aside = tmp_path / next(p for p in aside if not p.endswith(("-wal", "-shm")))
        assert consistent_reminders(main_aside) == WRITES
        assert consistent_reminders(db) == counts[1]

        # the bot carries on from the backup
        async with running_bot(server, db, tmp_path, "after", flood_off):
            mark = fake.mark()
            for group in groups:
                fake.say(group, ANNA, "/herinneringen")
            await said(fake, mark, "Openstaande herinneringen")
            await until(
                lambda: (
                    len([c for c in fake.changes_since(mark) if "Openstaande" in (c.text or "")])
                    == 12
                ),
                "every group's list",
            )
            shown = 0
            for change in fake.changes_since(mark):
                found = re.search(r"Openstaande herinneringen \((\d+)\)", change.text or "")
                shown += int(found.group(1)) if found else 0
            assert shown == counts[1]
