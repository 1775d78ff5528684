"""The fixtures of the in-process tests: `clock`, `fake` and `bot` (a started `Harness`), and
the guard of the tiers: a test that starts a Python process must be marked `process`.

The harness itself and the other helpers tests share live in tests/support/.
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator, Generator
from pathlib import Path
from typing import Any

import pytest

from fakegram import FakeTelegram
from schedules.clock import FakeClock
from tests.support.harness import START, Harness

_started: list[str] = []  # every Python process started from this one, in order


def _watch(event: str, args: tuple[Any, ...]) -> None:
    if event == "subprocess.Popen" and os.path.basename(str(args[0])).startswith("python"):
        _started.append(" ".join(map(str, args[1]))[:200])


sys.addaudithook(_watch)


_SEEN = pytest.StashKey[int]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_SEEN] = len(_started)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """The everyday run (`-m "not process"`) stays fast only if every test that starts a
    process says so: a phase of an unmarked test that started `python ...` fails."""
    report = yield
    seen = item.stash.get(_SEEN, len(_started))
    item.stash[_SEEN] = len(_started)
    if report.passed and len(_started) > seen and item.get_closest_marker("process") is None:
        report.outcome = "failed"
        report.longrepr = f"started {_started[seen:]}: mark the test @pytest.mark.process"
    return report


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def fake(clock: FakeClock) -> FakeTelegram:
    return FakeTelegram(clock)


@pytest.fixture
async def bot(tmp_path: Path, clock: FakeClock, fake: FakeTelegram) -> AsyncIterator[Harness]:
    harness = Harness(tmp_path / "wijkbot.sqlite3", clock, fake)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
async def english_bot(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram
) -> AsyncIterator[Harness]:
    """The bot of an English-speaking deployment (LANGUAGE=en): new groups speak English."""
    harness = Harness(tmp_path / "wijkbot.sqlite3", clock, fake, language="en")
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()
