"""Score the date reader in-process on tests/data/when-sentences.tsv.

That corpus was written blind from docs/dates.md (shared/docs/dates.md), before reading
schedules/when.py: whole chat messages of board members of residents' organisations (agenda
items, action items, meeting announcements, advice deadlines, poll closings) in which the date
is one part of a longer sentence (convention 11: the first date expression counts, with the
clock time next to it), at the start, middle or end, with punctuation, capitals, quotes, emoji
and " / " for line breaks; plus messages without a date but full of numbers (house numbers,
postcodes, phone numbers, amounts, counts, percentages, agenda numbering, articles, bus and
tram lines, years, ages, durations; convention 12), and tricky but determined ones (weekday and
date that disagree, number words, "kwart voor acht 's avonds", a clock time already past).
`now` values include two Sunday evenings, 30 December, March before DST and 23:15.
Phrases whose answer dates.md does not determine were left out.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from schedules.when import format_result, parse_when

AMS = ZoneInfo("Europe/Amsterdam")
DATA = Path(__file__).parent / "data" / "when-sentences.tsv"


def _cases() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        now, phrase, want = line.split("\t")
        out.append((now, phrase, want))
    return out


def test_sentences_corpus_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 150
    assert sum(want == "-" for _, _, want in cases) >= 40, "too few messages without a date"
    for now, phrase, want in cases:
        datetime.fromisoformat(now)
        assert phrase.strip(), now
        if want != "-":
            datetime.fromisoformat(want)
    assert len({(n, p) for n, p, _ in cases}) == len(cases), "duplicate (now, phrase) rows"


def test_sentences_corpus_in_process() -> None:
    misses: list[str] = []
    cases = _cases()
    for now, phrase, want in cases:
        got = format_result(
            parse_when(phrase, datetime.fromisoformat(now).replace(tzinfo=AMS), AMS)
        )
        if got != want:
            misses.append(f"now={now} {phrase!r}: want {want}, got {got}")
    assert not misses, f"{len(misses)}/{len(cases)} misses:\n" + "\n".join(misses)
