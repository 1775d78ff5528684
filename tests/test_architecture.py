"""The layering rules of ARCHITECTURE.md, checked on the source itself."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from handlers import COMMANDS, menu
from handlers.i18n import en, nl, t

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_domain_imports_no_telegram_no_aiosqlite_no_other_layer() -> None:
    forbidden = {"telegram", "aiosqlite", "handlers", "storage", "bot", "schedules"}
    for path in sorted((ROOT / "domain").rglob("*.py")):
        bad = imported_modules(path) & forbidden
        assert not bad, f"{path.name} imports {bad}"


def test_storage_and_schedules_do_not_import_telegram() -> None:
    for folder in ("storage", "schedules"):
        for path in sorted((ROOT / folder).glob("*.py")):
            assert "telegram" not in imported_modules(path), path


def test_only_the_demo_imports_the_stand_in_telegram() -> None:
    for folder in ("bot", "domain", "handlers", "storage", "schedules"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.relative_to(ROOT).as_posix() == "bot/demo.py":
                continue
            assert "fakegram" not in imported_modules(path), path


def test_fakegram_modules_stay_small() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "fakegram").rglob("*.py")
    }
    assert sizes, "fakegram/ is missing"
    assert max(sizes.values()) <= 600, sizes


SQL = re.compile(r"\b(SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")


def test_no_sql_outside_storage() -> None:
    for folder in ("bot", "domain", "handlers", "schedules"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            assert not SQL.search(path.read_text(encoding="utf-8")), path


def test_catalogs_have_the_same_keys_and_placeholders() -> None:
    assert set(nl.MESSAGES) == set(en.MESSAGES)
    placeholder = re.compile(r"\{(\w+)\}")

    def names(entry: str | dict[str, str]) -> set[str]:
        forms = [entry] if isinstance(entry, str) else list(entry.values())
        return {name for form in forms for name in placeholder.findall(form)}

    for key, entry in nl.MESSAGES.items():
        other = en.MESSAGES[key]
        assert names(entry) - {"count"} == names(other) - {"count"}, key
        if isinstance(entry, dict) or isinstance(other, dict):
            # a plural: both languages have the forms Babel's rules ask for, and "other"
            assert isinstance(entry, dict), key
            assert isinstance(other, dict), key
            assert {"one", "other"} <= set(entry), key
            assert {"one", "other"} <= set(other), key
        else:
            assert names(entry) == names(other), key


def test_plural_forms_follow_the_languages_rules() -> None:
    assert t("nl", "engine.failed", count=1).startswith("⚠️ Het lukte me niet om een bericht")
    assert "3 berichten" in t("nl", "engine.failed", count=3)
    assert "0 berichten" in t("nl", "engine.failed", count=0)
    assert "2 messages" in t("en", "engine.failed", count=2)


def test_every_command_is_documented_in_both_languages_and_the_menu() -> None:
    for command in COMMANDS:
        for part in ("description", "example", "usage"):
            assert f"cmd.{command.name}.{part}" in nl.MESSAGES
        for scope in command.scopes:
            assert command.name in {c.command for c in menu(scope, "nl")}
            assert command.name in {c.command for c in menu(scope, "en")}


def test_no_test_module_imports_another() -> None:
    """Shared helpers live in tests/support/; a test file (or support) never imports a test file."""
    tests = ROOT / "tests"
    test_modules = {f"tests.{path.stem}" for path in tests.glob("test_*.py")} | {"tests.conftest"}
    assert len(test_modules) > 20, test_modules
    offenders: list[str] = []
    for path in sorted(tests.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: resolve against the file's package
                    package = path.parent.relative_to(ROOT).parts
                    package = package[: len(package) - node.level + 1]
                    base = ".".join([*package, base] if base else package)
                names = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            hits = sorted(name for name in names if name in test_modules)
            if hits:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {hits}")
    assert not offenders, "\n".join(offenders)
