"""Score the date reader in-process on the blind corpora in tests/data, each at 100%.

They were written from docs/dates.md (shared/docs/dates.md) before reading schedules/when/;
phrases whose answer dates.md does not determine were left out.
- when-extra.tsv: every numbered convention 1-13 with other weekdays, months, abbreviations,
  number words, capitals, punctuation, words around the date, ranges and non-dates, at several
  `now` values (month ends, year end, Sundays, both DST weekends, 23:30, a year in which
  27 April is a Sunday).
- when-sentences.tsv: whole chat messages of board members (agenda items, actions, meeting
  announcements, advice deadlines) with the date somewhere inside (convention 11), and messages
  without a date but full of numbers (convention 12).
- when-second.tsv: conventions 14-29 (the second edition): ranges, moved dates, durations,
  working days across the Algemene termijnenwet holidays, named and moveable feasts, vague
  periods, the texts the bot must ask back about (`?`), clock words, two-digit years, spoken
  clock times, hedges; written before looking at when-dev2.tsv or the reader's misses on it.
- when-typed.tsv: what volunteers type, written by hand from the third edition before running
  the reader: weekday and month abbreviations with and without dots, compounds
  ("zaterdagochtend"), digits and words in spoken clock times ("half 8", "kwart voor 9"),
  "19.30u", deadlines (convention 31) in weeks with a holiday on the Friday, Saturdays and
  Sundays as `now`, year end, both DST weekends, February, impossible dates.
- when-dev.tsv, when-dev2.tsv and when-dev3.tsv: the shared development corpora (copies of
  shared/data; dev3 is the third edition: impossible dates `!` and deadlines, conventions 30-31).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from schedules.when import format_result, read_when

AMS = ZoneInfo("Europe/Amsterdam")
DATA = Path(__file__).parent / "data"
# corpus file -> (at least this many rows, at least this many rows without a date)
CORPORA = {
    "when-extra.tsv": (150, 10),
    "when-sentences.tsv": (150, 40),
    "when-second.tsv": (150, 10),
    "when-typed.tsv": (450, 10),
    "when-dev.tsv": (80, 5),
    "when-dev2.tsv": (120, 3),
    "when-dev3.tsv": (19, 1),
}
# answers other than a date: no date in the text, ask back (conventions 20 and 28), or a day
# or time that cannot exist (convention 30)
NOT_A_DATE = ("-", "?", "!")


def cases(name: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        now, phrase, want = line.split("\t")
        out.append((now, phrase, want))
    return out


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_is_well_formed(name: str) -> None:
    rows = cases(name)
    least, without_date = CORPORA[name]
    assert len(rows) >= least
    assert sum(want == "-" for _, _, want in rows) >= without_date
    for now, phrase, want in rows:
        datetime.fromisoformat(now)
        assert phrase.strip(), now
        if want not in NOT_A_DATE:
            datetime.fromisoformat(want)
    assert len({(n, p) for n, p, _ in rows}) == len(rows), "duplicate (now, phrase) rows"


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_is_read_right(name: str) -> None:
    rows = cases(name)
    misses: list[str] = []
    for now, phrase, want in rows:
        got = format_result(read_when(phrase, datetime.fromisoformat(now).replace(tzinfo=AMS), AMS))
        if got != want:
            misses.append(f"now={now} {phrase!r}: want {want}, got {got}")
    assert not misses, f"{len(misses)}/{len(rows)} misses:\n" + "\n".join(misses)
