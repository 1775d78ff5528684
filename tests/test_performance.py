"""What keeps an update cheap: few round trips to the database thread, no needless writes, and
the engine sending to many chats at once (in order within each chat)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bench.common import RoundTrips
from fakegram import ANNA, DUINDORP
from schedules.engine import Firing
from tests.support.harness import START, Harness


async def test_a_known_persons_update_reads_once_and_writes_nothing(bot: Harness) -> None:
    await bot.say("/help")
    before = await bot.sql("SELECT updated_at FROM users UNION ALL SELECT last_seen FROM members")
    trips = RoundTrips()
    with trips.installed():
        await bot.say("/help")
    # BEGIN with the one read of chat, user and membership; COMMIT. (An update that stores
    # nothing is not written down as handled: handlers/kit/wrapper.py.)
    assert trips.count == 2
    assert await bot.sql("SELECT count(*) FROM handled_updates") == [(1,)]  # the first /help
    after = await bot.sql("SELECT updated_at FROM users UNION ALL SELECT last_seen FROM members")
    assert after == before


async def test_what_changed_is_still_recorded(bot: Harness) -> None:
    await bot.say("/help")
    annie = replace(ANNA, first_name="Annie")
    await bot.say("/help", user=annie)
    assert await bot.sql("SELECT first_name FROM users WHERE id = ?", ANNA.id) == [("Annie",)]
    await bot.sql("UPDATE chats SET title = 'oude naam'")  # renamed while we did not look
    await bot.say("/help", user=annie)
    assert await bot.sql("SELECT title FROM chats") == [(DUINDORP.title,)]
    seen = await bot.sql("SELECT last_seen FROM members WHERE user_id = ?", ANNA.id)
    bot.clock.advance(timedelta(hours=1))  # last seen is refreshed now and then, not every time
    await bot.say("/help")
    assert await bot.sql("SELECT last_seen FROM members WHERE user_id = ?", ANNA.id) != seen


async def test_a_new_reminder_re_arms_without_asking_the_database(bot: Harness) -> None:
    await bot.say("/help")
    trips = RoundTrips()
    with trips.installed():
        await bot.say("/herinner over 10 minuten thee")
    assert trips.count <= 5  # BEGIN with the read, two inserts, the update's id, COMMIT
    assert bot.services.engine.armed_for == START + timedelta(minutes=10)


async def test_the_engine_sends_to_chats_at_once_and_in_order_within_each(bot: Harness) -> None:
    engine = bot.services.engine
    started: list[tuple[int, int]] = []

    async def slow(firing: Firing) -> None:
        started.append((firing.chat_id, firing.events[0].payload["n"]))
        await asyncio.sleep(0.1)  # a slow network

    engine.register("slow", slow)
    async with bot.services.db.transaction() as conn:
        for n in range(3):
            for chat_id in range(-10, 0):
                moment = START + timedelta(minutes=n)
                await engine.schedule(
                    conn, "slow", chat_id, moment, timezone="Europe/Amsterdam", payload={"n": n}
                )
    bot.clock.advance(timedelta(minutes=5))
    began = time.monotonic()
    assert await engine.run_due() == 30
    assert time.monotonic() - began < 1.5  # 30 firings of 0.1 s, ten chats at a time
    for chat_id in range(-10, 0):
        assert [n for c, n in started if c == chat_id] == [0, 1, 2]
    assert await bot.sql("SELECT DISTINCT state FROM due") == [("sent",)]


async def test_a_big_backlog_goes_out_after_start_up_not_before_the_first_answer(
    bot: Harness,
) -> None:
    from fakegram import FakeChat
    from schedules.engine import START_FIRINGS

    groups = [FakeChat(-1005000000000 - i, "supergroup", f"Wijk {i}") for i in range(15)]
    for i, chat in enumerate(groups):
        await bot.say(f"/herinner morgen 10:00 achterstand {i}", chat=chat)
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=2))
    at_start = [c for c in bot.fake.changes_since(marker) if "achterstand" in (c.text or "")]
    assert len(at_start) == START_FIRINGS  # the rest waits for the timer, armed for now
    engine = bot.services.engine
    assert engine.armed_for is not None
    assert engine.armed_for <= bot.clock.now()
    await bot.advance(timedelta(0))
    sent = [c.text or "" for c in bot.fake.changes_since(marker) if "achterstand" in (c.text or "")]
    for i in range(15):
        assert sum(f"achterstand {i}\n" in text for text in sent) == 1, sent


async def test_the_connection_prefetches_and_sends_begin_with_the_first_statement(
    tmp_path: Path,
) -> None:
    from storage.db import PREFETCH, Database, UnitOfWork

    db = await Database.open(tmp_path / "x.sqlite3")
    try:
        async with db.transaction() as conn:
            await conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
            await conn.executemany("INSERT INTO t (n) VALUES (?)", [(n,) for n in range(150)])
        trips = RoundTrips()
        with trips.installed():
            async with db.transaction() as conn:
                async with conn.execute("SELECT n FROM t WHERE n < 3 ORDER BY n") as cur:
                    assert [row[0] for row in await cur.fetchall()] == [0, 1, 2]
        assert trips.count == 2  # BEGIN with the query and its rows; COMMIT
        async with db.transaction() as conn:
            async with conn.execute("SELECT n FROM t ORDER BY n") as cur:
                assert [row[0] async for row in cur] == list(range(150))  # beyond PREFETCH
            async with conn.execute("SELECT n FROM t ORDER BY n") as cur:
                assert (await cur.fetchone())[0] == 0  # a statement left running is closed
            cur = await conn.execute("SELECT n FROM t ORDER BY n")
            assert len(list(await cur.fetchmany(PREFETCH + 10))) == PREFETCH + 10
            await cur.close()
        # a unit of work that ran nothing costs nothing; one that fails leaves nothing behind
        unit = UnitOfWork(db)
        with trips.installed():
            before = trips.count
            await unit.begin()
            await unit.commit()
            assert trips.count == before
        unit = UnitOfWork(db)
        conn = await unit.begin()
        await conn.execute("INSERT INTO t (n) VALUES (1000)")
        with pytest.raises(sqlite3.IntegrityError):
            await conn.execute("INSERT INTO t (n) VALUES (1000)")
        await unit.rollback()
        async with db.reading() as conn:
            assert (await (await conn.execute("SELECT count(*) FROM t")).fetchone())[0] == 150
    finally:
        await db.close()


async def test_a_groups_own_pending_events_are_found_without_reading_every_groups(
    tmp_path: Path,
) -> None:
    """/actie and /acties look up the group's pending digest and when its last one went: by an
    index on the group, not by walking every group's pending events (which grow with the
    country)."""
    from storage.db import Database
    from storage.due import DueRepo
    from storage.migrations import migrate

    db = await Database.open(tmp_path / "x.sqlite3")
    try:
        await migrate(db)
        async with db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO due (kind, chat_id, target_id, payload, fire_at, timezone, state,"
                " claimed_at, created_at) VALUES (?, ?, ?, '{}', ?, 'Europe/Amsterdam', ?, ?, ?)",
                [
                    (
                        kind,
                        -100 - chat,
                        n,
                        f"2027-01-{1 + n % 28:02d}T09:00:00+00:00",
                        state,
                        "2026-01-01T09:00:00+00:00" if state == "sent" else None,
                        "2026-01-01T09:00:00+00:00",
                    )
                    for chat in range(200)
                    for n, (kind, state) in enumerate(
                        [("action_digest", "pending"), ("action_remind", "pending")]
                        + [("action_digest", "sent")] * 20
                    )
                ],
            )
        await db.analyze()
        statements: list[str] = []
        raw = db.conn._conn
        assert raw is not None
        raw.set_trace_callback(statements.append)
        async with db.transaction() as conn:
            assert len(await DueRepo(conn).pending_of_chat("action_digest", -105)) == 1
            assert await DueRepo(conn).last_taken("action_digest", -105) is not None
        raw.set_trace_callback(None)
        queries = [s for s in statements if s.startswith("SELECT")]
        assert len(queries) == 2
        for query in queries:
            plan = " ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + query))
            assert "USING INDEX due_chat_kind (chat_id=? AND kind=? AND state=?)" in plan, plan
    finally:
        await db.close()
