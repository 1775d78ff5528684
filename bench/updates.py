"""`updates`: realistic traffic through the full Application on a national-scale database.

usage: python -m bench updates [--updates N] [--groups N] [--quick]

The database (bench/history.py) holds 2,000 groups with five years of meetings, agenda items,
decisions, actions, advices and polls, about 1.3 million rows, in SQLite WAL on disk. The bot
runs as in production (`build_application`, every real handler) with a request layer that
answers at once (bench/instant.py). Updates come one at a time from members of the active
groups in the mix 30% /agenda <item>, 20% /agenda, 20% /actie, 10% /acties and 20% button
presses (half "discussed" on an agenda item by the group's admin, half opening an action from
the /acties list). We time `Application.process_update` and count round trips to aiosqlite's
thread per update. The floor is the same harness with one bare command handler.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import data, history
from bench.common import ROOT, TOKEN, RoundTrips, emit, median, peak_rss_mb, percentile, table
from bench.instant import InstantRequest, NoRateLimit, Updates

TARGET_READ = 2.0  # median latency, Wijkbot / floor, for commands that only read
TARGET_WRITE = 3.0  # ... and for commands that write
TARGET_P99_MS = 10.0
TARGET_LIST_P99_MS = 5.0
TARGET_TRIPS = 6
ACTIVE = 400  # groups the traffic comes from (each warmed up once: admins, keyboards)
CACHE = ROOT / "bench" / ".cache"


@dataclass
class Kind:
    """One kind of update in the mix."""

    name: str
    share: float
    writes: bool
    lists: bool = False
    latencies: list[float] = field(default_factory=list)
    trips: list[int] = field(default_factory=list)

    def figures(self, floor: float) -> dict[str, Any]:
        p50 = median(self.latencies)
        return {
            "n": len(self.latencies),
            "writes": self.writes,
            "p50_ms": round(p50 * 1000, 3),
            "p99_ms": round(percentile(self.latencies, 99) * 1000, 3),
            "ratio": round(p50 / floor, 2) if floor else None,
            "round_trips": round(sum(self.trips) / max(1, len(self.trips)), 2),
            "max_round_trips": max(self.trips, default=0),
        }


def database(groups: int, now: datetime) -> Path:
    """The generated database, built once per schema and size and kept in bench/.cache."""
    from storage.migrations import MIGRATIONS

    schema = "\n".join(m.name for m in MIGRATIONS) + Path(history.__file__).read_text()
    key = hashlib.sha1(schema.encode()).hexdigest()[:12]
    path = CACHE / f"history-{groups}-{now.date()}-{key}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        asyncio.run(data.create(building))
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bench.history", str(building), str(groups), now.isoformat()],
            cwd=ROOT,
            check=True,
        )
        print(f"(in {time.perf_counter() - started:.0f} s)")
        building.rename(path)
    return path


async def timed(app: Any, update: dict[str, Any], trips: RoundTrips, kind: Kind) -> None:
    from telegram import Update

    obj = Update.de_json(update, app.bot)
    before = trips.count
    t0 = time.perf_counter()
    await app.process_update(obj)
    kind.latencies.append(time.perf_counter() - t0)
    kind.trips.append(trips.count - before)


async def floor(n: int, trips: RoundTrips) -> Kind:
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
    kind = Kind("floor", 0, False)
    for i in range(n):
        chat = data.group_id(i % ACTIVE)
        await timed(app, maker.message(chat, data.user_id(i % ACTIVE, 2), "/ping"), trips, kind)
    await app.shutdown()
    return kind


async def wijkbot(path: Path, updates: int, active: int, trips: RoundTrips) -> list[Kind]:
    from bot.app import build_application, start_services, stop_services
    from handlers.kit.config import Settings

    settings = Settings(
        bot_token=TOKEN,  # type: ignore[arg-type]
        database_path=path,
        telegram_api_url="http://127.0.0.1:9/bot",
        log_level="WARNING",
        flood_limit=0,  # a few hundred members stand in for thousands: no "rustig aan" here
    )
    request = InstantRequest()
    request.admin_of = lambda chat_id: data.user_id(history.group_index(chat_id), 0)
    app = build_application(
        settings, request=request, get_updates_request=InstantRequest(), rate_limiter=NoRateLimit()
    )
    await app.initialize()
    await start_services(app)
    await app.start()  # the job queue runs, as in production (the engine's timer is a job)
    maker = Updates()
    rng = random.Random(13)
    kinds = [
        Kind("/agenda <item>", 0.30, True),
        Kind("/agenda", 0.20, False, lists=True),
        Kind("/actie", 0.20, True),
        Kind("/acties", 0.10, False, lists=True),
        Kind("button: agenda item discussed", 0.10, True),
        Kind("button: open an action", 0.10, False),
    ]
    warm = Kind("warm-up", 0, False)

    def say(g: int, member: int, text: str) -> dict[str, Any]:
        return maker.message(data.group_id(g), data.user_id(g, member), text)

    def press(g: int, member: int, kind: str) -> Any:
        """A press on a button of `kind` ("agd:done"), on the group's last keyboard with one."""
        message, buttons = request.keyboards.get((data.group_id(g), kind), ({}, []))
        wanted = [d for d in buttons if d.startswith(kind + ":")]
        if not wanted:
            return None
        return maker.press(data.user_id(g, member), message, rng.choice(wanted))

    # warm-up: each active group's admins looked up once, its lists shown (their keyboards)
    for g in range(active):
        await timed(app, say(g, 0, "/agenda"), trips, warm)
        await timed(app, say(g, 2, "/acties"), trips, warm)
    items = [f"{s} (nieuw)" for s in history.SUBJECTS]
    for i in range(updates):
        g = rng.randrange(active)
        member = rng.randrange(history.MEMBERS)
        roll = rng.random()
        if roll < 0.30:
            kind, update = kinds[0], say(g, member, f"/agenda {rng.choice(items)} {i}")
        elif roll < 0.50:
            kind, update = kinds[1], say(g, member, "/agenda")
        elif roll < 0.70:
            when = rng.choice(("vrijdag", "over twee weken", "15 januari", "volgende maand"))
            kind, update = kinds[2], say(g, member, f"/actie {rng.choice(items)} {i} {when}")
        elif roll < 0.80:
            kind, update = kinds[3], say(g, member, "/acties")
        elif roll < 0.90:
            kind = kinds[4]
            update = press(g, 0, "agd:done")
        else:
            kind = kinds[5]
            update = press(g, member, "act:c")
        if update is None:  # no such keyboard in this group (yet): a list instead
            kind, update = kinds[1], say(g, 0, "/agenda")
        await timed(app, update, trips, kind)
    await app.stop()
    await stop_services(app)
    await app.shutdown()
    return kinds


async def measure(updates: int, groups: int, active: int) -> dict[str, Any]:
    now = datetime.now(UTC)
    source = await asyncio.to_thread(database, groups, now)
    trips = RoundTrips()
    with trips.installed(), tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wijkbot.sqlite3"
        shutil.copyfile(source, path)
        base = await floor(max(1000, updates // 2), trips)
        floor_p50 = median(base.latencies[len(base.latencies) // 4 :])
        # the product's modules load before the clock starts: `bench startup` times loading
        importlib.import_module("bot.app")
        started = time.perf_counter()
        kinds = await wijkbot(path, updates, active, trips)
        elapsed = time.perf_counter() - started
    everything = [x for k in kinds for x in k.latencies]
    rows: list[list[Any]] = [
        [
            "floor (bare handler)",
            len(base.latencies),
            floor_p50 * 1000,
            percentile(base.latencies, 99) * 1000,
            1.0,
            0.0,
            0,
        ]
    ]
    figures: dict[str, Any] = {}
    for kind in kinds:
        f = kind.figures(floor_p50)
        figures[kind.name] = f
        rows.append(
            [
                kind.name,
                f["n"],
                f["p50_ms"],
                f["p99_ms"],
                f["ratio"],
                f["round_trips"],
                f["max_round_trips"],
            ]
        )
    table(
        ["update", "n", "p50 ms", "p99 ms", "ratio", "trips", "max trips"],
        rows,
        title=f"{len(everything):,} updates from {active} of {groups:,} groups",
    )
    p99 = percentile(everything, 99) * 1000
    checks = {
        "read_ratio": all(
            figures[k.name]["ratio"] <= TARGET_READ for k in kinds if not k.writes and k.latencies
        ),
        "write_ratio": all(
            figures[k.name]["ratio"] <= TARGET_WRITE for k in kinds if k.writes and k.latencies
        ),
        "p99": p99 <= TARGET_P99_MS,
        "list_p99": all(figures[k.name]["p99_ms"] <= TARGET_LIST_P99_MS for k in kinds if k.lists),
        "round_trips": all(f["max_round_trips"] <= TARGET_TRIPS for f in figures.values()),
    }
    for name, ok in checks.items():
        print(f"target {name}: {'met' if ok else 'NOT met'}")
    return {
        "groups": groups,
        "updates": len(everything),
        "updates_per_s": round(len(everything) / elapsed),
        "p50_ms": round(median(everything) * 1000, 3),
        "p99_ms": round(p99, 3),
        "floor_p50_ms": round(floor_p50 * 1000, 3),
        "floor_updates_per_s": round(len(base.latencies) / sum(base.latencies)),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "commands": figures,
        "targets": checks,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench updates")
    ap.add_argument("--updates", type=int, default=5_000)
    ap.add_argument("--groups", type=int, default=2_000)
    ap.add_argument("--quick", action="store_true", help="a smoke run: 20 groups, 200 updates")
    args = ap.parse_args(argv)
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    if args.quick:
        args.updates, args.groups = 200, 20
    active = min(ACTIVE, args.groups)
    emit("updates", asyncio.run(measure(args.updates, args.groups, active)))
    return 0
