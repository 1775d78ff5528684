"""`startup`: from `python -m bot` starting to the first update answered, with a full `due` table.

usage: python -m bench startup [--pending N] [--overdue N] [--runs N] [--quick]

A database on the real schema holds 2,000 groups with their members and 100,000 pending
reminders: 200 fell due while the bot was down, the rest are spread over the coming year. The
fake Bot API (fakegram, over HTTP on 127.0.0.1) has a /help waiting in one group before the
process starts; we time the process from its start to the bot's answer, note when it first
reached the API (getMe) and first polled (getUpdates), read the process's peak RSS (VmHWM), and
wait until the backlog has gone out, each reminder once.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import data
from bench.common import BotProcess, emit, median, table

TARGET_S = 2.0
TARGET_RSS_MB = 150.0


async def build(path: Path, *, groups: int, pending: int, overdue: int) -> None:
    """`pending` events in `due`, of which `overdue` fell due while the bot was down."""
    now = datetime.now(UTC)
    await data.create(path)
    conn = data.connect(path)
    data.add_groups(conn, groups, 8, now)
    data.add_reminders(
        conn,
        groups,
        pending - overdue,
        data.spread(now + timedelta(hours=1), timedelta(days=365)),
        now,
    )
    if overdue:  # fell due while the bot was down: sent at start-up
        data.add_reminders(
            conn,
            groups,
            overdue,
            data.spread(now - timedelta(hours=2), timedelta(hours=1)),
            now,
            label="achterstand",
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def backlog_sent(fake: Any) -> list[str]:
    """The overdue reminders in every message the bot sent (one entry per mention)."""
    return [n for m in fake.sent() for n in re.findall(r"achterstand (\d+)\b", m.text or "")]


async def one_run(db: Path, workdir: Path, run: int, overdue: int, groups: int) -> dict[str, float]:
    from fakegram import FakeBotAPIServer, FakeChat, FakeTelegram, FakeUser

    fake = FakeTelegram()
    chat = FakeChat(data.group_id(run), "supergroup", data.title(run))
    user = FakeUser(data.user_id(run, 0), data.first_name(run, 0), "Test")
    for g in range(groups):
        fake.add_chat(FakeChat(data.group_id(g), "supergroup", data.title(g)))
    async with FakeBotAPIServer(fake) as server:
        fake.say(chat, user, "/help")
        log_dir = Path(os.environ.get("BENCH_LOG_DIR", workdir))
        bot = BotProcess(db, server.base_url, log_dir / f"startup-{run}.log")
        began = time.time()
        t0 = time.perf_counter()
        await bot.start()
        try:
            while not fake.sent(chat.id):
                if not bot.running or time.perf_counter() - t0 > 60:
                    raise RuntimeError(bot.log())
                await asyncio.sleep(0.002)
            answered = time.perf_counter() - t0
            rss = bot.peak_rss_mb()
            while len(backlog_sent(fake)) < overdue:
                if not bot.running or time.perf_counter() - t0 > 120:
                    raise RuntimeError(f"{len(backlog_sent(fake))} of {overdue} sent; {bot.log()}")
                await asyncio.sleep(0.01)
            backlog = time.perf_counter() - t0
            rss = max(rss, bot.peak_rss_mb())
        finally:
            await bot.stop()

    def first(method: str) -> float:
        calls = fake.calls_to(method)
        return calls[0].time.timestamp() - began if calls else float("nan")

    sent = backlog_sent(fake)
    once = len(sent) == overdue and all(count == 1 for count in Counter(sent).values())
    return {
        "backlog_s": backlog,
        "once": float(once),
        "answered_s": answered,
        "get_me_s": first("getMe"),
        "polling_s": first("getUpdates"),
        "peak_rss_mb": rss,
    }


async def measure(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        db = workdir / "wijkbot.sqlite3"
        t0 = time.perf_counter()
        await build(db, groups=args.groups, pending=args.pending, overdue=args.overdue)
        built = time.perf_counter() - t0
        runs = []
        for run in range(args.runs):  # each run starts from the same database
            copy = workdir / f"run-{run}.sqlite3"
            shutil.copyfile(db, copy)
            runs.append(await one_run(copy, workdir, run, args.overdue, args.groups))
    table(
        ["run", "getMe s", "polling s", "answered s", "backlog sent s", "once", "peak RSS MB"],
        [
            [
                i + 1,
                r["get_me_s"],
                r["polling_s"],
                r["answered_s"],
                r["backlog_s"],
                "yes" if r["once"] else "NO",
                r["peak_rss_mb"],
            ]
            for i, r in enumerate(runs)
        ],
        title=f"{args.pending:,} pending events, {args.overdue} overdue, {args.groups:,} groups"
        f" (database built in {built:.1f} s)",
    )
    answered = median([r["answered_s"] for r in runs])
    rss = max(r["peak_rss_mb"] for r in runs)
    print(
        f"target: first update answered <= {TARGET_S} s: {answered:.2f} s"
        f" ({'met' if answered <= TARGET_S else 'NOT met'}); peak RSS <= {TARGET_RSS_MB:.0f} MB:"
        f" {rss:.0f} MB ({'met' if rss <= TARGET_RSS_MB else 'NOT met'})"
    )
    return {
        "pending": args.pending,
        "overdue": args.overdue,
        "groups": args.groups,
        "runs": args.runs,
        "first_update_s": round(answered, 3),
        "first_update_max_s": round(max(r["answered_s"] for r in runs), 3),
        "polling_s": round(median([r["polling_s"] for r in runs]), 3),
        "peak_rss_mb": round(rss, 1),
        "backlog_sent_s": round(median([r["backlog_s"] for r in runs]), 3),
        "backlog_once": all(r["once"] for r in runs),
        "met": answered <= TARGET_S and rss <= TARGET_RSS_MB,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench startup")
    ap.add_argument("--pending", type=int, default=100_000)
    ap.add_argument("--overdue", type=int, default=200)
    ap.add_argument("--groups", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="a smoke run: 2,000 events, one run")
    args = ap.parse_args(argv)
    if args.quick:
        args.pending, args.overdue, args.groups, args.runs = 2_000, 30, 50, 1
    emit("startup", asyncio.run(measure(args)))
    return 0
