"""`versus-dateparser`: why the date reader is rules and not dateparser, in two numbers.

usage: pip install dateparser && python -m bench versus-dateparser [--quick]

Scores plain dateparser (`DateDataParser`, relative to the row's `now`, preferring the future,
a clock time when it found one), told the language is Dutch ("dp nl") and left to detect it
("dp auto", as `dateparser.parse(text)` does), against the same corpora the rules are scored
on (tests/test_when_corpora.py), and times each per phrase. dateparser is not a
dependency of Wijkbot; this benchmark says so when it is not installed. Not part of the plain
`python -m bench` run for that reason.
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bench.common import ROOT, emit, median, table

AMS = ZoneInfo("Europe/Amsterdam")
# The blind corpora first (written before the reader was), then the development ones.
CORPORA = [
    "when-extra.tsv",
    "when-sentences.tsv",
    "when-second.tsv",
    "when-dev.tsv",
    "when-dev2.tsv",
]


def _rows(name: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            now, phrase, want = line.split("\t")
            out.append((now, phrase, want))
    return out


def _dateparser(phrase: str, now: datetime, languages: list[str] | None = None) -> str:
    """What plain dateparser reads, in the corpus format (date, date and time, or '-')."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=languages,
        settings={
            "RELATIVE_BASE": now,
            "PREFER_DATES_FROM": "future",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    data = parser.get_date_data(phrase)
    if data.date_obj is None:
        return "-"
    if data.period == "time":
        return data.date_obj.strftime("%Y-%m-%dT%H:%M")
    return data.date_obj.strftime("%Y-%m-%d")


def _rules(phrase: str, now: datetime) -> str:
    from schedules.when import format_result, read_when

    return format_result(read_when(phrase, now.replace(tzinfo=AMS), AMS))


def _score(
    read: Callable[[str, datetime], str], rows: list[tuple[str, str, str]]
) -> tuple[int, float]:
    """(phrases read right, median milliseconds a phrase); `now` is naive local time."""
    right = 0
    lat: list[float] = []
    for now, phrase, want in rows:
        t0 = time.perf_counter()
        got = read(phrase, datetime.fromisoformat(now))
        lat.append(time.perf_counter() - t0)
        right += got == want
    return right, median(lat) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench versus-dateparser")
    ap.add_argument("--quick", action="store_true", help="the first 20 rows of each corpus")
    args = ap.parse_args(argv)
    if importlib.util.find_spec("dateparser") is None:
        print("dateparser is not installed (Wijkbot does not need it): pip install dateparser")
        emit("versus-dateparser", {"skipped": "dateparser not installed"})
        return 0
    from schedules.when import warm_up

    warm_up()
    _dateparser("morgen", datetime.fromisoformat("2026-11-26T09:00"))  # loads its data
    rows_out: list[list[object]] = []
    figures: dict[str, dict[str, float]] = {}
    for name in CORPORA:
        rows = _rows(name)[: 20 if args.quick else None]
        nl_right, nl_ms = _score(lambda p, n: _dateparser(p, n, ["nl"]), rows)
        auto_right, auto_ms = _score(_dateparser, rows)
        rules_right, rules_ms = _score(_rules, rows)
        n = len(rows)
        figures[name] = {
            "phrases": n,
            "dateparser_nl_right_pct": round(100 * nl_right / n, 1),
            "dateparser_nl_median_ms": round(nl_ms, 3),
            "dateparser_auto_right_pct": round(100 * auto_right / n, 1),
            "dateparser_auto_median_ms": round(auto_ms, 3),
            "rules_right_pct": round(100 * rules_right / n, 1),
            "rules_median_ms": round(rules_ms, 4),
        }
        rows_out.append(
            [name, n]
            + [f"{100 * nl_right / n:.0f}%", nl_ms, f"{100 * auto_right / n:.0f}%", auto_ms]
            + [f"{100 * rules_right / n:.0f}%", rules_ms]
        )
    table(
        ["corpus", "phrases", "dp nl", "ms", "dp auto", "ms", "rules", "ms"],
        rows_out,
        title="Read right, and median time a phrase",
    )
    emit("versus-dateparser", {"quick": args.quick, "corpora": figures})
    return 0
