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

pytestmark = pytest.mark.process

ROOT = Path(__file__).resolve().parents[1]


def _quick(name: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bench", name, "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("name", list(BENCHMARKS))
def test_benchmark_runs_small_and_ends_with_its_figures(name: str) -> None:
    proc = _quick(name)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) > 2  # a table first
    figures = json.loads(lines[-1])
    assert figures["bench"] == name
    assert len(figures) > 2


def test_dateparser_is_no_dependency_and_its_comparison_runs_by_name() -> None:
    """Wijkbot reads dates with its own rules; dateparser only comes in to compare by hand."""
    import importlib.metadata
    import importlib.util
    import tomllib

    from bench.__main__ import OPTIONAL

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["dependencies"] + sum(project["optional-dependencies"].values(), [])
    installed = importlib.metadata.requires("wijkbot") or []
    for requirement in declared + installed:
        assert not requirement.lower().startswith(("dateparser", "types-dateparser")), requirement
    assert "versus-dateparser" in OPTIONAL
    proc = _quick("versus-dateparser")
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = json.loads(proc.stdout.splitlines()[-1])
    assert figures["bench"] == "versus-dateparser"
    if importlib.util.find_spec("dateparser") is None:
        assert "pip install dateparser" in proc.stdout
    else:
        assert figures["corpora"]["when-extra.tsv"]["rules_right_pct"] == 100.0
