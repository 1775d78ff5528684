"""The layering rules of ARCHITECTURE.md, checked on the source itself."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

from handlers import COMMANDS, menu
from handlers.i18n import en, nl, t
from handlers.kit.feature import CommandText

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
        for path in sorted((ROOT / folder).rglob("*.py")):
            assert "telegram" not in imported_modules(path), path


def test_only_the_demo_imports_the_stand_in_telegram() -> None:
    for folder in ("bot", "domain", "handlers", "storage", "schedules"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.relative_to(ROOT).as_posix() == "bot/demo.py":
                continue
            assert "fakegram" not in imported_modules(path), path


PRODUCT = ("bot", "domain", "handlers", "storage", "schedules", "fakegram")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def product_modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for folder in PRODUCT
        for path in sorted((ROOT / folder).rglob("*.py"))
        if ".venv" not in path.parts
    }


def import_graph() -> dict[str, set[str]]:
    """Which product module imports which, from the source: every import statement, also
    those inside functions or under TYPE_CHECKING (a lazy import is still a dependency)."""
    modules = product_modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{alias.name}" for alias in node.names]
            for target in targets:
                # `from a.b import c`: the module a.b.c if there is one, else a.b itself
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def test_no_import_circle_between_product_modules() -> None:
    graph = import_graph()
    # Tarjan's strongly connected components: any component of more than one module is a
    # circle (a package's __init__ importing its own modules is not: they never import it back)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert circles == [], circles


def test_nothing_below_the_composition_root_imports_bot() -> None:
    graph = import_graph()
    for name, targets in graph.items():
        if name.split(".")[0] in ("domain", "handlers", "storage", "schedules", "fakegram"):
            bad = {t for t in targets if t == "bot" or t.startswith("bot.")}
            assert not bad, f"{name} imports {bad}"


def test_handler_modules_stay_small() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "handlers").rglob("*.py")
        if "i18n" not in path.parts  # catalogs are data, one module a feature area
    }
    assert {path: n for path, n in sizes.items() if n > 420} == {}


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
        for part in get_args(CommandText):
            assert command.key(part) in nl.MESSAGES
        assert command.topic is not None, f"/{command.name} declares no topic for /help"
        for scope in command.scopes:
            assert command.name in {c.command for c in menu(scope, "nl")}
            assert command.shown("en") in {c.command for c in menu(scope, "en")}


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


def _key_like_literals() -> tuple[set[str], list[str]]:
    """Every string literal of the product outside the catalogs, and the f-strings that start
    like a catalog key ("area.something{...}"), which no test could follow."""
    literals: set[str] = set()
    built: list[str] = []
    for folder in ("bot", "domain", "handlers", "storage", "schedules"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).parts
            if relative[:2] == ("handlers", "i18n") and relative[2] in ("nl", "en"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    literals.add(node.value)
                elif isinstance(node, ast.JoinedStr):
                    head = node.values[0] if node.values else None
                    if isinstance(head, ast.Constant) and re.match(r"[a-z_]+\.", str(head.value)):
                        built.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return literals, built


def test_every_catalog_key_is_used_and_no_key_is_built_from_an_f_string() -> None:
    literals, built = _key_like_literals()
    # SQL column lists are the only f-strings that start like "x.": not catalog keys
    assert [where for where in built if not where.startswith("storage/")] == []
    commands = {command.key(part) for command in COMMANDS for part in get_args(CommandText)}
    unused = sorted(key for key in nl.MESSAGES if key not in literals | commands)
    assert unused == []


def test_every_key_the_product_asks_for_exists_in_both_languages() -> None:
    """Keys passed as a literal to t(), label() (also turn.t, turn.label) or a DomainError."""
    asked: set[str] = set()
    for folder in ("bot", "domain", "handlers", "storage", "schedules"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                args = [a.value for a in node.args if isinstance(a, ast.Constant)]
                strings = [a for a in args if isinstance(a, str)]
                if name in ("t", "label") and strings:
                    # t(lang, key) or turn.t(key): the key is the string that looks like one
                    asked.update(a for a in strings if re.fullmatch(r"[a-z_]+(\.[\w\-]+)+", a))
                elif name.endswith("Error") and strings and "." in strings[0]:
                    asked.add(strings[0])
    assert len(asked) > 300  # the scan finds what it should
    assert sorted(key for key in asked if key not in nl.MESSAGES) == []
    assert sorted(key for key in asked if key not in en.MESSAGES) == []
