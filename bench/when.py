"""`when`: the date reader (schedules/when/) on one core.

usage: python -m bench when [--rounds N] [--quick]

Runs the development corpus (tests/data/when-dev.tsv), the hand-made held-out phrases from
tests/test_when.py, the blind extra corpus (tests/data/when-extra.tsv), the blind sentence
corpus (tests/data/when-sentences.tsv), the blind second-edition corpus
(tests/data/when-second.tsv), the second and third development corpora (tests/data/when-dev2.tsv,
when-dev3.tsv: impossible dates and deadlines), after warm_up(), and reports phrases/s, median
and p99 latency per phrase.
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from bench.common import ROOT, emit, median, percentile, table

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


def _run(cases: list[tuple[datetime, str]], rounds: int) -> dict[str, float]:
    from schedules.when import read_when

    lat: list[float] = []
    t_all = time.perf_counter()
    for _ in range(rounds):
        for now, phrase in cases:
            t0 = time.perf_counter()
            read_when(phrase, now, AMS)
            lat.append(time.perf_counter() - t0)
    total = time.perf_counter() - t_all
    return {
        "phrases": len(cases),
        "calls": len(lat),
        "per_s": len(lat) / total,
        "p50_ms": median(lat) * 1000,
        "p99_ms": percentile(lat, 99) * 1000,
        "max_ms": max(lat) * 1000,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench when")
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--quick", action="store_true", help="a smoke run: 2 rounds")
    args = ap.parse_args(argv)
    rounds = 2 if args.quick else args.rounds

    t0 = time.perf_counter()
    from schedules import when

    t1 = time.perf_counter()
    when.warm_up()
    t2 = time.perf_counter()

    dev, held = _load_tsv("when-dev.tsv"), _load_held_out()
    extra = _load_tsv("when-extra.tsv")
    sentences = _load_tsv("when-sentences.tsv")
    second, dev2 = _load_tsv("when-second.tsv"), _load_tsv("when-dev2.tsv")
    dev3 = _load_tsv("when-dev3.tsv")
    everything = dev + held + extra + sentences + second + dev2 + dev3
    for now, phrase in everything:  # one untimed pass
        when.read_when(phrase, now, AMS)
    sets = {
        "dev": dev,
        "held-out": held,
        "extra": extra,
        "sentences": sentences,
        "second": second,
        "dev2": dev2,
        "dev3": dev3,
        "combined": everything,
    }
    results = {name: _run(cases, rounds) for name, cases in sets.items()}
    print(f"import {1000 * (t1 - t0):.1f} ms, warm_up() {1000 * (t2 - t1):.1f} ms, {rounds} rounds")
    table(
        ["set", "phrases", "calls", "phrases/s", "p50 ms", "p99 ms", "max ms"],
        [
            [n, r["phrases"], r["calls"], round(r["per_s"]), r["p50_ms"], r["p99_ms"], r["max_ms"]]
            for n, r in results.items()
        ],
    )
    combined = results["combined"]
    emit(
        "when",
        {
            "rounds": rounds,
            "import_ms": round(1000 * (t1 - t0), 1),
            "phrases_per_s": round(combined["per_s"]),
            "p50_ms": round(combined["p50_ms"], 4),
            "p99_ms": round(combined["p99_ms"], 4),
            "sets": {n: {k: round(v, 4) for k, v in r.items()} for n, r in results.items()},
        },
    )
    return 0
