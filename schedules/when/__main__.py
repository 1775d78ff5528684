"""``python -m schedules.when --now 2026-11-25T15:00 [--tz Europe/Amsterdam]``: one text per line
on stdin, one answer per line on stdout (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``, ``-`` for no date,
``?`` for a text the bot asks back about). A thin wrapper over :func:`read_when`, so the corpora
score exactly what the commands read."""

from __future__ import annotations

import argparse
import io
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from schedules.when import DEFAULT_TZ, format_result, read_when, warm_up


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m schedules.when", description=__doc__)
    ap.add_argument("--now", required=True, help="local time in --tz, e.g. 2026-11-25T15:00")
    ap.add_argument("--tz", default=DEFAULT_TZ)
    args = ap.parse_args(argv)
    zone = ZoneInfo(args.tz)
    now = datetime.fromisoformat(args.now)
    now = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
    warm_up()
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    out: list[str] = []
    for line in stdin:
        try:
            out.append(format_result(read_when(line.rstrip("\r\n"), now, zone)))
        except Exception:  # noqa: BLE001
            out.append("-")
    sys.stdout.write("".join(o + "\n" for o in out))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
