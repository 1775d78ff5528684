"""The bot's system clock moved with libfaketime: `python -m bot` days or weeks later.

The fake Bot API in the test's process keeps the real clock, as a real emulator would. Tests
that need it are marked `needs_faketime` (skipped where libfaketime is missing; Debian:
`apt-get install faketime libfaketime`) and, as they start a process, `process`.
"""

from __future__ import annotations

import glob
import os
import sys
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest

from fakegram import FakeBotAPIServer
from tests.support.process import BotProcess, running_bot


def _libfaketime() -> str | None:
    env = os.environ.get("WIJKBOT_LIBFAKETIME")
    candidates = [env] if env else []
    candidates += sorted(
        glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
        + glob.glob("/usr/lib/faketime/libfaketime.so.1")
        + glob.glob("/usr/local/lib/faketime/libfaketime.so.1")
        + glob.glob("/opt/homebrew/lib/faketime/libfaketime.1.dylib")
    )
    for path in candidates:
        if path and Path(path).is_file():
            return path
    return None


LIBFAKETIME = _libfaketime()
needs_faketime = pytest.mark.skipif(
    LIBFAKETIME is None or sys.platform != "linux",
    reason="needs libfaketime to move the bot's system clock (apt-get install libfaketime)",
)

LATE = "te laat verstuurd, de bot was offline"  # what a send after the bot was down says


def faketime_env(faketime: str | None) -> dict[str, str]:
    """The environment that moves the bot's system clock by `faketime` (e.g. "+3d")."""
    if faketime is None:
        return {}
    assert LIBFAKETIME is not None
    return {
        "LD_PRELOAD": LIBFAKETIME,
        "FAKETIME": faketime,
        "FAKETIME_NO_CACHE": "1",
        "FAKETIME_DONT_RESET": "1",
    }


def bot_at(
    server: FakeBotAPIServer, db_path: Path, workdir: Path, name: str, faketime: str | None
) -> AbstractAsyncContextManager[BotProcess]:
    """`python -m bot` with its system clock moved by `faketime`, once it is polling."""
    return running_bot(server, db_path, workdir, name, faketime_env(faketime))
