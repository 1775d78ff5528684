"""Every runtime dependency in pyproject.toml earns its place: the product imports it.

A dependency nobody imports (as `holidays` was, while working days come from
`domain/workdays.py` on purpose) costs an install, a supply-chain risk and a reader's time.
"""

from __future__ import annotations

import ast
import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("bot", "domain", "handlers", "storage", "schedules", "fakegram")

# Used without an import of their own, and why.
UNIMPORTED = {
    "tzdata": "zoneinfo reads its time zone files where the system has none (Windows, slim images)",
}


def _normal(name: str) -> str:
    """A distribution name as PEP 503 compares them (`Jinja2` = `jinja2`, `a_b` = `a-b`)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> list[str]:
    """The distribution names of `[project].dependencies`, without extras or versions."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = []
    for requirement in project["dependencies"]:
        found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        assert found, requirement
        names.append(found.group(1))
    return names


def imports_in(paths: list[Path]) -> dict[str, list[str]]:
    """Top-level module -> the files that import it (lazy imports inside functions too)."""
    found: dict[str, list[str]] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                found.setdefault(module.split(".")[0], []).append(str(path))
    return found


def imported() -> dict[str, list[str]]:
    return imports_in([path for p in PRODUCT for path in sorted((ROOT / p).rglob("*.py"))])


def modules_of() -> dict[str, set[str]]:
    """Distribution (normalised) -> the top-level modules it installs."""
    provides: dict[str, set[str]] = {}
    for module, distributions in packages_distributions().items():
        for distribution in distributions:
            provides.setdefault(_normal(distribution), set()).add(module)
    return provides


def test_every_runtime_dependency_is_imported_by_the_product() -> None:
    provides = modules_of()
    used = imported()
    unused = []
    for name in declared():
        if _normal(name) in UNIMPORTED:
            continue
        modules = provides.get(_normal(name))
        assert modules, f"{name} is declared but not installed: pip install -e '.[test,dev]'"
        if not modules & used.keys():
            unused.append(f"{name} (provides {', '.join(sorted(modules))})")
    assert not unused, (
        "declared in pyproject.toml [project].dependencies but imported nowhere in "
        f"{', '.join(PRODUCT)}: {'; '.join(unused)}. Drop it, or list it in UNIMPORTED with why."
    )


def test_the_exceptions_are_still_declared() -> None:
    """An entry in UNIMPORTED for a dependency that is gone would excuse nothing; drop it."""
    names = {_normal(name) for name in declared()}
    assert set(UNIMPORTED) <= names, set(UNIMPORTED) - names


def test_the_check_sees_lazy_imports_and_maps_names(tmp_path: Path) -> None:
    """An import on first use (inside a function) counts; a relative one does not; and a
    distribution's name maps to the module it installs (python-telegram-bot: `telegram`)."""
    source = tmp_path / "m.py"
    source.write_text(
        "import os.path\nfrom . import sibling\n\n\ndef draw():\n"
        "    from matplotlib.figure import Figure\n    import jinja2 as j\n"
    )
    assert set(imports_in([source])) == {"os", "matplotlib", "jinja2"}
    assert "telegram" in modules_of()[_normal("python-telegram-bot")]
    assert _normal("Jinja2") == _normal("jinja2")
    assert _normal("a_b.c") == "a-b-c"
