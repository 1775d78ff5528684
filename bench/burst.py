"""`burst`: 1,000 reminders due in the same minute across 200 groups, at Telegram's limits.

usage: python -m bench burst [--reminders N] [--groups N] [--latency S ...] [--quick]

The real bot (`python -m bot`: the reminder engine, the sliding-window rate limiter, PTB's HTTP
request) sends to the fake Bot API (in this process) over HTTP on 127.0.0.1, which enforces
Telegram's flood limits strictly (fakegram.limits: 429 beyond 30 messages in any rolling second,
or 20 in any rolling minute to one group). Every reminder is due at the same moment; we count
what arrives, the 429s, and the throughput. Run once with the fake answering at once and once
with 80 ms per call, as Telegram does from a home server.

Two rates: "burst msg/s" is messages / (last arrival - first arrival) (the first second's 30
come at once, so a short burst can score above 30); "sustained msg/s" is 30 / the mean time
between a message and the 30th after it, how fast the window refills: at most 30, the cap. The
target (27, 90% of the cap) is on the sustained rate.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import data
from bench.common import BotProcess, emit, table

START_S = 4  # seconds from launching the bot to the reminders being due
TARGET_RATE = 27.0  # 90% of Telegram's 30 messages a second


async def one_run(workdir: Path, reminders: int, groups: int, latency: float) -> dict[str, Any]:
    from fakegram import FakeBotAPIServer, FakeChat, FakeTelegram

    db = workdir / f"burst-{latency}.sqlite3"
    now = datetime.now(UTC).replace(microsecond=0)
    due_at = now + timedelta(seconds=START_S)  # the bot is up and idle by then
    await data.create(db)
    conn = data.connect(db)
    data.add_groups(conn, groups, 8, now)
    data.add_reminders(conn, groups, reminders, iter(lambda: due_at, None), now, label="taak")
    conn.close()

    fake = FakeTelegram()
    for g in range(groups):
        fake.add_chat(FakeChat(data.group_id(g), "supergroup", data.title(g)))
    limits = fake.limit_floods()
    fake.slow_down(latency)
    arrivals: list[float] = []
    check = limits.check

    def counted(method: str, params: Any) -> int | None:
        wait = check(method, params)
        if wait is None and method == "sendMessage":
            arrivals.append(time.monotonic())
        return wait

    limits.check = counted  # type: ignore[method-assign]
    async with FakeBotAPIServer(fake) as server:
        log_dir = Path(os.environ.get("BENCH_LOG_DIR", workdir))
        bot = await BotProcess(db, server.base_url, log_dir / f"burst-{latency}.log").start()
        deadline = time.monotonic() + START_S + 30 + 3 * reminders / TARGET_RATE
        try:
            while len(delivered(fake)) < reminders and time.monotonic() < deadline:  # noqa: ASYNC110
                if not bot.running:
                    raise RuntimeError(bot.log())
                await asyncio.sleep(0.05)  # (the fake has no event for "a message arrived")
            await asyncio.sleep(0.5)  # nothing more should come
            rss = bot.peak_rss_mb()
        finally:
            await bot.stop()
    seen = Counter(delivered(fake))
    span = (arrivals[-1] - arrivals[0]) if arrivals else 0.0
    per = limits.per_second
    refills = [arrivals[i + per] - arrivals[i] for i in range(len(arrivals) - per)]
    return {
        "latency_ms": round(latency * 1000),
        "reminders": reminders,
        "delivered": len(seen),
        "duplicates": sum(c - 1 for c in seen.values() if c > 1),
        "messages": len(arrivals),
        "refused_429": len(limits.refused),
        "seconds": round(span, 2),
        "msg_per_s": round(len(arrivals) / span, 1) if span else 0.0,
        "sustained_per_s": round(per / (sum(refills) / len(refills)), 1) if refills else 0.0,
        "bot_peak_rss_mb": round(rss, 1),
    }


def delivered(fake: Any) -> list[str]:
    return [n for m in fake.sent() for n in re.findall(r"\btaak (\d+)\b", m.text or "")]


async def measure(args: argparse.Namespace) -> dict[str, Any]:
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for latency in args.latency:
            runs.append(await one_run(Path(tmp), args.reminders, args.groups, latency))
    table(
        [
            "latency ms",
            "reminders",
            "delivered",
            "twice",
            "messages",
            "429s",
            "s",
            "burst msg/s",
            "sustained msg/s",
        ],
        [
            [
                r["latency_ms"],
                r["reminders"],
                r["delivered"],
                r["duplicates"],
                r["messages"],
                r["refused_429"],
                r["seconds"],
                r["msg_per_s"],
                r["sustained_per_s"],
            ]
            for r in runs
        ],
        title=f"{args.reminders:,} reminders due at once in {args.groups} groups",
    )
    for r in runs:
        ok = (
            r["delivered"] == r["reminders"]
            and r["duplicates"] == 0
            and r["refused_429"] == 0
            and r["sustained_per_s"] >= TARGET_RATE
        )
        r["met"] = ok
        print(
            f"{r['latency_ms']} ms: every reminder once, zero 429s, sustained >= {TARGET_RATE:.0f}"
            " msg/s:"
            f" {'met' if ok else 'NOT met'}"
        )
    return {
        "runs": runs,
        "met": all(r["met"] for r in runs),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench burst")
    ap.add_argument("--reminders", type=int, default=1_000)
    ap.add_argument("--groups", type=int, default=200)
    ap.add_argument("--latency", type=float, nargs="+", default=[0.0, 0.08])
    ap.add_argument("--quick", action="store_true", help="a smoke run: 100 reminders, 20 groups")
    args = ap.parse_args(argv)
    if args.quick:
        args.reminders, args.groups = 100, 20
    emit("burst", asyncio.run(measure(args)))
    return 0
