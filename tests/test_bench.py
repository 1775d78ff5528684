"""CI runs the small version of every benchmark: it must work and end with its JSON line.

No timings are asserted here (CI machines vary); docs/performance.md has the real figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import BENCHMARKS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", list(BENCHMARKS))
def test_benchmark_runs_small_and_ends_with_its_figures(name: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bench", name, "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) > 2  # a table first
    figures = json.loads(lines[-1])
    assert figures["bench"] == name
    assert len(figures) > 2
