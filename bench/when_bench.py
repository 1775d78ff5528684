"""Benchmark the date reader (schedules/when.py) on one core.

usage: python bench/when_bench.py [--rounds N]

Runs the development corpus (tests/data/when-dev.tsv), the hand-made held-out phrases from
tests/test_when.py, the blind extra corpus (tests/data/when-extra.tsv), the blind sentence
corpus (tests/data/when-sentences.tsv), the blind second-edition corpus
(tests/data/when-second.tsv) and the second development corpus (tests/data/when-dev2.tsv), after
warm_up(), and reports phrases/s, median and p99 latency per phrase.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AMS = ZoneInfo("Europe/Amsterdam")


def _load_tsv(name: str) -> list[tuple[datetime, str]]:
    out: list[tuple[datetime, str]] = []
    for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        now, phrase, _ = line.split("\t")
        out.append((datetime.fromisoformat(now).replace(tzinfo=AMS), phrase))
    return out


def _load_held_out() -> list[tuple[datetime, str]]:
    from tests.test_when import HELD_OUT

    return [(datetime.fromisoformat(n).replace(tzinfo=AMS), p) for n, p, _ in HELD_OUT]


def _run(name: str, cases: list[tuple[datetime, str]], rounds: int) -> None:
    from schedules.when import read_when

    lat: list[float] = []
    t_all = time.perf_counter()
    for _ in range(rounds):
        for now, phrase in cases:
            t0 = time.perf_counter()
            read_when(phrase, now, AMS)
            lat.append(time.perf_counter() - t0)
    total = time.perf_counter() - t_all
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    print(
        f"{name:<10} phrases={len(cases):>4} calls={len(lat):>6}  "
        f"{len(lat) / total:>8.0f} phrases/s  median {statistics.median(lat) * 1000:.3f} ms  "
        f"p99 {p99 * 1000:.3f} ms  max {lat[-1] * 1000:.3f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=50)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from schedules import when

    t1 = time.perf_counter()
    when.warm_up()
    t2 = time.perf_counter()
    print(f"import {1000 * (t1 - t0):.1f} ms, warm_up() {1000 * (t2 - t1):.1f} ms")

    dev, held = _load_tsv("when-dev.tsv"), _load_held_out()
    extra = _load_tsv("when-extra.tsv")
    sentences = _load_tsv("when-sentences.tsv")
    second, dev2 = _load_tsv("when-second.tsv"), _load_tsv("when-dev2.tsv")
    everything = dev + held + extra + sentences + second + dev2
    for now, phrase in everything:  # one untimed pass
        when.read_when(phrase, now, AMS)
    _run("dev", dev, args.rounds)
    _run("held-out", held, args.rounds)
    _run("extra", extra, args.rounds)
    _run("sentences", sentences, args.rounds)
    _run("second", second, args.rounds)
    _run("dev2", dev2, args.rounds)
    _run("combined", everything, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
