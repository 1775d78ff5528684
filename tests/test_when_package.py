"""The date reader as a package: small modules, one public surface, the CLI the scorer runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import schedules.when

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "schedules" / "when"


def test_modules_stay_small() -> None:
    sizes = {
        path.name: len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.glob("*.py")
    }
    assert len(sizes) > 5, sizes
    assert max(sizes.values()) <= 600, sizes


def test_every_public_name_is_exported() -> None:
    for name in schedules.when.__all__:
        assert hasattr(schedules.when, name), name
    assert {"read_when", "split_reading", "split_recurrence", "next_occurrence"} <= set(
        schedules.when.__all__
    )


@pytest.mark.process
def test_cli_reads_stdin_line_by_line() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "schedules.when", "--now", "2026-11-25T15:00"],
        input="morgen 19:30\nom 3 uur\nHuisnummer 12\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert run.stdout.splitlines() == ["2026-11-26T19:30", "?", "-"]
