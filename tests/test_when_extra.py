"""Score the date reader in-process on tests/data/when-extra.tsv.

That corpus was written blind from docs/dates.md (shared/docs/dates.md), before reading
schedules/when.py: every numbered convention 1-13 with other weekdays, months, abbreviations,
number words, capitals, punctuation, extra words around the date, ranges and non-dates, at
several `now` values (month ends, year end, Sundays, both DST weekends, 23:30, a year in which
27 April is a Sunday). Phrases whose answer dates.md does not determine were left out.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from schedules.when import format_result, parse_when

AMS = ZoneInfo("Europe/Amsterdam")
DATA = Path(__file__).parent / "data" / "when-extra.tsv"


def _cases() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        now, phrase, want = line.split("\t")
        out.append((now, phrase, want))
    return out


def test_extra_corpus_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 150
    for now, phrase, want in cases:
        datetime.fromisoformat(now)
        assert phrase.strip(), now
        if want != "-":
            datetime.fromisoformat(want)
    assert len({(n, p) for n, p, _ in cases}) == len(cases), "duplicate (now, phrase) rows"


def test_extra_corpus_in_process() -> None:
    misses: list[str] = []
    cases = _cases()
    for now, phrase, want in cases:
        got = format_result(
            parse_when(phrase, datetime.fromisoformat(now).replace(tzinfo=AMS), AMS)
        )
        if got != want:
            misses.append(f"now={now} {phrase!r}: want {want}, got {got}")
    assert not misses, f"{len(misses)}/{len(cases)} misses:\n" + "\n".join(misses)
