"""End to end: `python -m bot` as a real process, long-polling the fake Bot API over HTTP.

The fake server runs in the test's event loop; the bot uses the real system clock. A group meets
the bot, upgrades to a supergroup, removes and re-adds it, and the bot is stopped with SIGTERM
and killed with SIGKILL: whatever it confirmed is still there after a restart.
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

from fakegram import (  # noqa: E402
    ANNA,
    BRAM,
    CARLA,
    KRAAYENSTEIN,
    Change,
    FakeBotAPIServer,
    FakeChat,
    FakeTelegram,
)

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "424242:AAEndToEndTokenForWijkbotTests"
SUPERGROUP_ID = -1009004001
STARTED_RE = re.compile(
    r"Wijkbot \d+\.\d+\.\d+\S* started: database=(\S+) groups=(\d+) pending_events=(\d+)"
)
GREETING = "Hallo Wijkberaad Kraayenstein"
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
}


def _env(**settings: str) -> dict[str, str]:
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
                **_env(
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


def greetings(fake: FakeTelegram, chat_id: int) -> int:
    return sum(1 for m in fake.sent(chat_id) if GREETING in (m.text or ""))


async def test_a_group_lives_through_upgrade_removal_and_restarts(tmp_path: Path) -> None:
    fake = FakeTelegram()
    db_path = tmp_path / "wijkbot.sqlite3"
    async with FakeBotAPIServer(fake) as server:
        async with running_bot(server, db_path, tmp_path, "first") as bot:
            started = STARTED_RE.search(bot.log)
            assert started is not None
            assert started.group(1) == str(db_path)
            assert started.group(2) == "0"

            # Anna adds the bot to a basic group: my_chat_member AND the service message come.
            fake.set_admins(KRAAYENSTEIN.id, [], creator=ANNA)
            mark = fake.mark()
            fake.push(fake.bot_added(KRAAYENSTEIN, ANNA))
            fake.push(fake.new_chat_members_bot(KRAAYENSTEIN, ANNA))
            await said(fake, mark, GREETING, KRAAYENSTEIN.id)
            assert greetings(fake, KRAAYENSTEIN.id) == 1

            # The admin and a member talk to it.
            mark = fake.mark()
            fake.say(KRAAYENSTEIN, ANNA, "/help")
            await said(fake, mark, "Wat Wijkbot kan", KRAAYENSTEIN.id)
            mark = fake.mark()
            fake.say(KRAAYENSTEIN, BRAM, "/help@WijkBot")
            await said(fake, mark, "Wat Wijkbot kan", KRAAYENSTEIN.id)

            # Anna puts Bram on the board by answering his message.
            hello = fake.say(KRAAYENSTEIN, BRAM, "Hoi, ik ben Bram van nummer 12")
            mark = fake.mark()
            fake.say(
                KRAAYENSTEIN,
                ANNA,
                "/bestuur toevoegen",
                reply_to=hello["message"]["message_id"],
            )
            await said(fake, mark, "Bram hoort nu bij het bestuur", KRAAYENSTEIN.id)

            # The group becomes a supergroup: a new chat id, the data follows.
            to_new, from_old = fake.migrate(KRAAYENSTEIN, SUPERGROUP_ID, ANNA)
            fake.push_all([to_new, from_old])
            await fake.wait_idle(quiet=0.3, timeout=10)
            supergroup: FakeChat = fake.chat(SUPERGROUP_ID)
            mark = fake.mark()
            fake.say(supergroup, ANNA, "/bestuur")
            (board,) = await said(fake, mark, "Bestuur van", SUPERGROUP_ID)
            assert "Bram" in (board.text or "")

            # Removed and added again: greeted again, nothing forgotten.
            fake.push(fake.bot_removed(supergroup, ANNA))
            await fake.wait_idle(quiet=0.3, timeout=10)
            mark = fake.mark()
            fake.push(fake.bot_added(supergroup, ANNA))
            await said(fake, mark, GREETING, SUPERGROUP_ID)
            assert greetings(fake, SUPERGROUP_ID) == 1
            mark = fake.mark()
            fake.say(supergroup, ANNA, "/bestuur")
            (board,) = await said(fake, mark, "Bestuur van", SUPERGROUP_ID)
            assert "Bram" in (board.text or "")

            # SIGTERM: a clean stop within 5 s.
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            assert "Traceback" not in bot.log
            assert not re.search(r"\b(ERROR|CRITICAL)\b", bot.log), bot.log

        # A restart finds the group; Carla is made gemeente contact, then the bot is killed -9
        # right after confirming it.
        async with running_bot(server, db_path, tmp_path, "second") as bot:
            started = STARTED_RE.search(bot.log)
            assert started is not None
            assert started.group(2) == "1"
            mark = fake.mark()
            fake.say(supergroup, CARLA, "/help")
            await said(fake, mark, "Wat Wijkbot kan", SUPERGROUP_ID)
            mark = fake.mark()
            fake.say(supergroup, ANNA, "/gemeente toevoegen @carla_gemeente")
            await said(fake, mark, "Carla is nu contactpersoon", settle=False)
            assert await bot.stop(signal.SIGKILL) == -signal.SIGKILL

        async with running_bot(server, db_path, tmp_path, "third") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)  # a redelivered update may be answered
            mark = fake.mark()
            fake.say(supergroup, BRAM, "/bestuur")
            (board,) = await said(fake, mark, "Bestuur van", SUPERGROUP_ID)
            assert "Bram" in (board.text or "")
            mark = fake.mark()
            fake.say(supergroup, BRAM, "/gemeente")
            (contacts,) = await said(fake, mark, "Contactpersonen van de gemeente", SUPERGROUP_ID)
            assert "Carla" in (contacts.text or "")
            assert greetings(fake, SUPERGROUP_ID) == 1
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0


def _run_bot_expecting_failure(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=_env(**settings),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_without_a_token_the_bot_explains_in_one_line(tmp_path: Path) -> None:
    result = _run_bot_expecting_failure(tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "BOT_TOKEN" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_malformed_api_url_is_one_line(tmp_path: Path) -> None:
    result = _run_bot_expecting_failure(
        tmp_path, BOT_TOKEN=TOKEN, TELEGRAM_API_URL="api.telegram.org/bot"
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "TELEGRAM_API_URL" in lines[0]
    assert "Traceback" not in result.stderr
