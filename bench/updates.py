"""`updates`: real updates through the full Application, against the floor of PTB itself.

usage: python -m bench updates [--per-command N] [--quick]

The bot runs as in production (`build_application`, real handlers, SQLite in WAL on disk) with a
request layer that answers at once (bench/instant.py). Each command is sent from many users in
many groups, one update at a time; we time `Application.process_update` and count the round
trips to aiosqlite's worker thread. The floor is the same harness with one bare command handler.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import RoundTrips, emit, median, peak_rss_mb, percentile, table
from bench.instant import InstantRequest, NoRateLimit, Updates

TOKEN = "424242:AAFakeTokenForWijkbotBench"
GROUPS = 50
USERS_PER_GROUP = 8


@dataclass
class Sample:
    latencies: list[float] = field(default_factory=list)
    trips: list[int] = field(default_factory=list)
    writes: bool = False

    def figures(self, floor: float) -> dict[str, Any]:
        p50 = median(self.latencies)
        return {
            "n": len(self.latencies),
            "p50_ms": round(p50 * 1000, 3),
            "p99_ms": round(percentile(self.latencies, 99) * 1000, 3),
            "ratio": round(p50 / floor, 2) if floor else None,
            "round_trips": round(sum(self.trips) / max(1, len(self.trips)), 2),
            "max_round_trips": max(self.trips, default=0),
            "writes": self.writes,
        }


async def timed(app: Any, update: dict[str, Any], trips: RoundTrips, sample: Sample) -> None:
    from telegram import Update

    obj = Update.de_json(update, app.bot)
    before = trips.count
    t0 = time.perf_counter()
    await app.process_update(obj)
    sample.latencies.append(time.perf_counter() - t0)
    sample.trips.append(trips.count - before)


async def floor(n: int, trips: RoundTrips) -> Sample:
    """PTB alone: one bare command handler replying through the same instant request."""
    from telegram import Update
    from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

    async def ping(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("pong")

    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .request(InstantRequest())
        .get_updates_request(InstantRequest())
        .rate_limiter(NoRateLimit())
        .build()
    )
    app.add_handler(CommandHandler("ping", ping))
    await app.initialize()
    maker = Updates()
    sample = Sample()
    for i in range(n):
        chat = -1001000000000 - i % GROUPS
        await timed(app, maker.message(chat, 7000 + i % 400, "/ping"), trips, sample)
    await app.shutdown()
    return sample


Scenario = Callable[[int], Awaitable[None]]


async def wijkbot(
    path: Path, per_command: int, trips: RoundTrips, *, groups: int = GROUPS, busy_size: int = 300
) -> dict[str, Sample]:
    from bot.app import build_application, start_services, stop_services
    from bot.config import Settings

    settings = Settings(
        bot_token=TOKEN,  # type: ignore[arg-type]
        database_path=path,
        telegram_api_url="http://127.0.0.1:9/bot",
        log_level="WARNING",
        flood_limit=0,  # a few users stand in for thousands: no "rustig aan" here
    )
    request = InstantRequest()
    app = build_application(
        settings, request=request, get_updates_request=InstantRequest(), rate_limiter=NoRateLimit()
    )
    await app.initialize()
    await start_services(app)
    await app.start()  # the job queue runs, as in production (the engine's timer is a job)
    maker = Updates()
    rng = random.Random(13)
    chats = [-1001000000000 - g for g in range(groups)]

    def user_of(chat: int) -> int:
        return 7000 + (abs(chat) % 1000) * 10 + rng.randrange(USERS_PER_GROUP)

    samples: dict[str, Sample] = {}

    async def run(name: str, make: Callable[[int], dict[str, Any]], writes: bool) -> None:
        sample = samples.setdefault(name, Sample(writes=writes))
        for i in range(per_command):
            await timed(app, make(i), trips, sample)

    # warm-up: every group and user seen once, so the figures are the steady state
    for chat in chats:
        for u in range(USERS_PER_GROUP):
            user = 7000 + (abs(chat) % 1000) * 10 + u
            await timed(app, maker.message(chat, user, "/help"), trips, Sample())
    # /herinneringen lists 300 pending reminders in the first group
    busy = chats[0]
    for i in range(busy_size):
        text = f"/herinner over {i % 50 + 2} dagen punt {i}"
        await timed(app, maker.message(busy, user_of(busy), text), trips, Sample())

    def pick(i: int) -> int:
        return chats[1 + i % (len(chats) - 1)]

    await run("/help", lambda i: maker.message(pick(i), user_of(pick(i)), "/help"), False)
    await run(
        "/herinner",
        lambda i: maker.message(
            pick(i), user_of(pick(i)), f"/herinner over {i % 20 + 1} dagen 19:30 taak {i}"
        ),
        True,
    )
    await run(
        "/herinneringen",
        lambda i: maker.message(pick(i), user_of(pick(i)), "/herinneringen"),
        False,
    )
    await run(
        f"/herinneringen {busy_size}",
        lambda i: maker.message(busy, user_of(busy), "/herinneringen"),
        False,
    )

    def press(i: int) -> dict[str, Any]:
        message, data = request.keyboards[busy]
        nav = [d for d in data if d.startswith("rem:list:")]
        return maker.press(user_of(busy), message, nav[i % len(nav)])

    await run("button rem:list", press, False)
    await app.stop()
    await stop_services(app)
    await app.shutdown()
    return samples


async def measure(per_command: int, *, quick: bool = False) -> dict[str, Any]:
    trips = RoundTrips()
    with trips.installed(), tempfile.TemporaryDirectory() as tmp:
        base = await floor(per_command * 2, trips)
        floor_p50 = median(base.latencies[per_command // 2 :])
        path = Path(tmp) / "bench.sqlite3"
        if quick:
            samples = await wijkbot(path, per_command, trips, groups=5, busy_size=30)
        else:
            samples = await wijkbot(path, per_command, trips)
    rows = [
        [
            "floor (bare handler)",
            len(base.latencies),
            floor_p50 * 1000,
            percentile(base.latencies, 99) * 1000,
            1.0,
            0,
            0,
        ],
    ]
    figures: dict[str, Any] = {}
    for name, sample in samples.items():
        f = sample.figures(floor_p50)
        figures[name] = f
        rows.append(
            [
                name,
                f["n"],
                f["p50_ms"],
                f["p99_ms"],
                f["ratio"],
                f["round_trips"],
                f["max_round_trips"],
            ]
        )
    table(["update", "n", "p50 ms", "p99 ms", "ratio", "trips", "max trips"], rows)
    all_lat = [x for s in samples.values() for x in s.latencies]
    return {
        "updates_per_s": round(len(all_lat) / sum(all_lat)),
        "p50_ms": round(median(all_lat) * 1000, 3),
        "p99_ms": round(percentile(all_lat, 99) * 1000, 3),
        "floor_p50_ms": round(floor_p50 * 1000, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "commands": figures,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench updates")
    ap.add_argument("--per-command", type=int, default=2000)
    ap.add_argument("--quick", action="store_true", help="a smoke run: 20 updates per command")
    args = ap.parse_args(argv)
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    figures = asyncio.run(measure(20 if args.quick else args.per_command, quick=args.quick))
    emit("updates", figures)
    return 0
