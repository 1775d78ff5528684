"""The bot as a process: `python -m bot` long-polling fakegram's HTTP server.

`launch()` starts it configured only by its environment (`bot_env()` drops the runner's own
settings), `running_bot()` waits until it polls and kills it on the way out; `until()` and
`said()` wait for the fake to see something; `started()` and `clean()` read the bot's log.
Tests that use these start a process: mark them `process` (see pyproject's pytest markers).
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, BinaryIO

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")

from fakegram import DUINDORP, Change, FakeBotAPIServer, FakeTelegram  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "424242:AAEndToEndTokenForWijkbotTests"
STARTED_RE = re.compile(
    r"Wijkbot \d+\.\d+\.\d+\S* started: database=(\S+) groups=(\d+) pending_events=(\d+)"
)
# Settings the bot reads from the environment: never inherit them from the test runner.
SETTING_NAMES = {
    "BOT_TOKEN",
    "DATABASE_PATH",
    "TIMEZONE",
    "LANGUAGE",
    "LOG_LEVEL",
    "TELEGRAM_API_URL",
    "SMTP_URL",
    "MAIL_FROM",
    "IMAP_URL",
    "REPLY_ADDRESS",
}


def bot_env(**settings: str) -> dict[str, str]:
    """The runner's environment without the bot's settings, plus `settings`."""
    env = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
    env.update(PYTHONPATH=str(ROOT), PTB_TIMEDELTA="1", PYTHONUNBUFFERED="1", **settings)
    return env


class BotProcess:
    """One `python -m bot` process; its stdout and stderr go to a log file."""

    def __init__(self, proc: asyncio.subprocess.Process, log_path: Path, log: BinaryIO) -> None:
        self.proc = proc
        self.log_path = log_path
        self._log = log

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    async def wait_log(self, pattern: re.Pattern[str], timeout: float = 20) -> re.Match[str]:  # noqa: ASYNC109
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            match = pattern.search(self.log)
            if match:
                return match
            if self.proc.returncode is not None or loop.time() > deadline:
                pytest.fail(f"no {pattern.pattern!r} in the bot's log:\n{self.log}")
            await asyncio.sleep(0.05)

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 5) -> int:  # noqa: ASYNC109
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout)
        finally:
            if self.proc.returncode is None:
                self.proc.kill()
                await self.proc.wait()
            self.close_log()

    def close_log(self) -> None:
        self._log.close()


async def launch(
    server: FakeBotAPIServer,
    db_path: Path,
    workdir: Path,
    name: str,
    extra_env: dict[str, str] | None = None,
) -> BotProcess:
    """Start `python -m bot` against `server`, configured only by its environment."""
    log_path = workdir / f"{name}.log"
    log = log_path.open("wb")
    try:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=workdir,
            env={
                **bot_env(
                    BOT_TOKEN=TOKEN,
                    TELEGRAM_API_URL=server.base_url,
                    DATABASE_PATH=str(db_path),
                    TIMEZONE="Europe/Amsterdam",
                    LANGUAGE="nl",
                    LOG_LEVEL="INFO",
                ),
                **(extra_env or {}),
            },
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
    except BaseException:
        log.close()
        raise
    return BotProcess(proc, log_path, log)


@asynccontextmanager
async def running_bot(
    server: FakeBotAPIServer,
    db_path: Path,
    workdir: Path,
    name: str,
    extra_env: dict[str, str] | None = None,
) -> AsyncIterator[BotProcess]:
    """Start the bot and wait until it is polling; kill it on the way out if still running."""
    fake = server.fake
    polls_before = len(fake.calls_to("getUpdates"))
    bot = await launch(server, db_path, workdir, name, extra_env)
    try:
        await bot.wait_log(STARTED_RE)
        await until(lambda: len(fake.calls_to("getUpdates")) > polls_before, "polling")
        # PTB logs "Application started" once polling runs; tests that count log lines after
        # start-up must not count it (on a loaded machine it can come a little later)
        await bot.wait_log(re.compile(r"Application started"))
        yield bot
    finally:
        if bot.proc.returncode is None:
            bot.proc.kill()
        await bot.proc.wait()
        bot.close_log()


async def until(condition: Callable[[], Any], what: str, timeout: float = 15) -> Any:  # noqa: ASYNC109
    """Poll `condition` every 20 ms until it is truthy (returned), or fail after `timeout`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if loop.time() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def said(
    fake: FakeTelegram,
    marker: int,
    needle: str,
    chat_id: int | None = None,
    *,
    settle: bool = True,
) -> list[Change]:
    """Wait until a bot message containing `needle` appeared after `marker`; then, when
    `settle`, until the bot is idle (without it the caller acts right after the message)."""

    def found() -> list[Change]:
        return [
            c
            for c in fake.changes_since(marker)
            if c.kind != "deleted"
            and needle in (c.text or "")
            and (chat_id is None or c.chat_id == chat_id)
        ]

    hits: list[Change] = await until(found, f"the bot to say {needle!r}")
    if settle:
        await fake.wait_idle(quiet=0.2, timeout=10)
    return hits


GROUP = DUINDORP  # the group of `ask()`


def started(bot: BotProcess) -> tuple[int, int, int]:
    """(groups, pending_events, sent_at_startup) from the start-up line."""
    match = re.search(
        r"started: database=\S+ groups=(\d+) pending_events=(\d+) sent_at_startup=(\d+)", bot.log
    )
    assert match is not None, bot.log
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def clean(bot: BotProcess) -> None:
    """No traceback and no ERROR or CRITICAL line in the bot's log."""
    assert "Traceback" not in bot.log, bot.log
    assert not re.search(r"\b(ERROR|CRITICAL)\b", bot.log), bot.log


async def ask(fake: FakeTelegram, user: object, text: str, needle: str) -> Change:
    """`user` types `text` in GROUP; the one bot message containing `needle`."""
    mark = fake.mark()
    fake.say(GROUP, user, text)  # type: ignore[arg-type]
    hits = await said(fake, mark, needle, GROUP.id)
    assert len(hits) == 1, hits
    return hits[0]
