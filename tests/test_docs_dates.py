"""docs/dates.md tells users what the reader understands: every example there must be true."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from schedules.when import format_result, read_when

DOC = Path(__file__).resolve().parent.parent / "docs" / "dates.md"
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))  # as the page says
ROW = re.compile(r"^\| `([^`]+)` \| `([^`]+)` \|$")


def test_every_example_in_docs_dates_reads_as_documented() -> None:
    rows = [m.groups() for m in map(ROW.match, DOC.read_text().splitlines()) if m]
    assert len(rows) >= 80
    wrong = [
        f"{text!r}: page says {want}, reader gives {got}"
        for text, want in rows
        if (got := format_result(read_when(text, NOW, "Europe/Amsterdam"))) != want
    ]
    assert not wrong, "\n".join(wrong)
