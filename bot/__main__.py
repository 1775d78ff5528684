"""`python -m bot` runs Wijkbot; `python -m bot demo` tries it in a terminal without Telegram."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path
from typing import Any

from telegram.error import InvalidToken, NetworkError

from handlers.kit.config import SettingsError, load_settings
from storage.backup import Locked

NO_TOKEN = (
    "No BOT_TOKEN set: create a bot with @BotFather in Telegram (/newbot), put its token in"
    " BOT_TOKEN (environment or .env), or try Wijkbot without Telegram: python -m bot demo"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Wijkbot")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot with long polling (the default)")
    demo = sub.add_parser("demo", help="a local chat with the real bot, no Telegram needed")
    demo.add_argument("--script", type=Path, help="play a conversation file, print the transcript")
    backup = sub.add_parser("backup", help="copy the database safely, also while the bot runs")
    backup.add_argument("target", type=Path)
    restore = sub.add_parser(
        "restore", help="put a backup in place (only while the bot is stopped)"
    )
    restore.add_argument("source", type=Path)
    args = parser.parse_args(argv)

    if args.command == "demo":
        from bot.demo import run_demo

        return run_demo(script=args.script)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command == "backup":
        return _backup(settings.database_path, args.target)
    if args.command == "restore":
        return _restore(settings.database_path, args.source)
    if settings.bot_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    # A stop that comes while the bot is still loading has nothing to finish: exit cleanly
    # (the event loop's own handler replaces this one once the bot runs).
    signal.signal(signal.SIGTERM, _stop_while_loading)
    from bot.logs import configure_logging

    configure_logging(settings)
    from bot.app import ALLOWED_UPDATES, build_application

    app = build_application(settings)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, _graceful_stop, app)
    try:
        app.run_polling(
            allowed_updates=ALLOWED_UPDATES,
            stop_signals=None,
            close_loop=False,
            bootstrap_retries=5,
        )
    except InvalidToken:
        print(
            "BOT_TOKEN was refused by the Bot API: check the token from @BotFather.",
            file=sys.stderr,
        )
        return 2
    except NetworkError as exc:
        print(f"Cannot reach the Bot API at {settings.telegram_api_url}: {exc}", file=sys.stderr)
        return 1
    except Locked as exc:
        print(
            f"Another Wijkbot is already running on {settings.database_path} ({exc}).",
            file=sys.stderr,
        )
        return 1
    return 0


def _stop_while_loading(signum: int, frame: Any) -> None:
    raise SystemExit(0)


def _graceful_stop(app: Any) -> None:
    """SIGTERM/SIGINT: let the message in flight finish and be recorded, then shut down.

    During start-up (sending what fell due while the bot was down) the engine stops between
    messages; what it did not send stays pending for the next start.
    """
    svc = app.bot_data.get("services")
    if svc is not None and svc.engine is not None:
        svc.engine.request_stop()
    if app.running or svc is not None:
        app.stop_running()
    else:
        raise SystemExit  # still connecting: nothing to finish


def _backup(database: Path, target: Path) -> int:
    """A consistent copy through SQLite's online backup API (safe while the bot writes),
    checked (integrity, migrations) before it takes the target's name."""
    from storage.backup import BadBackup, backup

    try:
        written, summary = backup(database, target)
    except BadBackup as exc:
        print(f"Backup failed: {exc}", file=sys.stderr)
        return 2
    print(f"Backup written to {written} and verified: {summary.line()}")
    return 0


def _restore(database: Path, source: Path) -> int:
    """Put a backup in place of the database: only a healthy one, and never under a running bot."""
    from schedules.clock import SystemClock
    from storage.backup import BadBackup, restore

    try:
        summary, aside = restore(source, database, SystemClock().now())
    except BadBackup as exc:
        print(f"Not restored: {exc}", file=sys.stderr)
        return 2
    except Locked as exc:
        print(
            f"Not restored: Wijkbot is running on {database} ({exc}). Stop it first"
            " (systemctl stop wijkbot), then restore.",
            file=sys.stderr,
        )
        return 1
    kept = f"; the replaced database is kept at {aside}" if aside else ""
    print(f"Restored {source} to {database}: {summary.line()}{kept}.")
    print("Start the bot: it applies newer migrations and sends what fell due meanwhile.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
