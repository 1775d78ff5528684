"""What every benchmark shares: tables, the JSON line, percentiles, peak RSS, round trips."""

from __future__ import annotations

import json
import resource
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str = "") -> None:
    """Print rows as an aligned plain-text table (numbers right-aligned)."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    if title:
        print(title)
    print(
        "  ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, w) in enumerate(zip(headers, widths, strict=True))
        )
    )
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print()


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def emit(name: str, figures: dict[str, Any]) -> dict[str, Any]:
    """The benchmark's last line: one JSON object, `bench` first."""
    line = {"bench": name, **figures}
    print(json.dumps(line, sort_keys=False, default=str), flush=True)
    return line


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class RoundTrips:
    """Counts calls to the database: each statement, fetch, BEGIN and COMMIT.

    aiosqlite hands every call to its worker thread (`Connection._execute`); our connection
    (storage.db.Connection) makes fewer calls and runs them inline. This wraps the one method
    every call goes through, for the whole process.
    """

    def __init__(self) -> None:
        self.count = 0

    @contextmanager
    def installed(self) -> Iterator[RoundTrips]:
        from storage.db import Connection

        original: Callable[..., Any] = Connection._execute
        counter = self

        def counted(conn: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
            counter.count += 1
            return original(conn, fn, *args, **kwargs)

        Connection._execute = counted  # type: ignore[method-assign]
        try:
            yield self
        finally:
            Connection._execute = original  # type: ignore[method-assign]


TOKEN = "424242:AAFakeTokenForWijkbotBench"


class BotProcess:
    """`python -m bot` as in production, configured only by its environment; log to a file."""

    def __init__(self, db: Path, api_url: str, log_path: Path) -> None:
        self.db = db
        self.api_url = api_url
        self.log_path = log_path
        self.proc: Any = None
        self._log: Any = None

    async def start(self) -> BotProcess:
        import asyncio
        import os
        import subprocess

        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DATABASE_"))},
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": self.api_url,
            "DATABASE_PATH": str(self.db),
            "TIMEZONE": "Europe/Amsterdam",
            "LANGUAGE": "nl",
            "LOG_LEVEL": os.environ.get("BENCH_LOG_LEVEL", "WARNING"),
            "PYTHONPATH": str(ROOT),
            "PTB_TIMEDELTA": "1",
        }
        self._log = self.log_path.open("wb")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=self.log_path.parent,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
        )
        return self

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    def log(self) -> str:
        if self._log is not None:
            self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def peak_rss_mb(self) -> float:
        """VmHWM of the process: its peak resident set size so far."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    async def stop(self) -> None:
        import asyncio
        import signal

        if self.running:
            self.proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.proc.wait(), 30)
        finally:
            if self.running:
                self.proc.kill()
                await self.proc.wait()
            self._log.close()
