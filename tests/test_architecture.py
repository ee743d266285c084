"""The package layering of DESIGN.md: bot → handlers → digest, storage; digest imports none of ours."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = {"bot", "handlers", "storage", "digest"}
ALLOWED = {
    "digest": set(),
    "storage": {"digest"},
    "handlers": {"digest", "storage", "bot.config"},
    "bot": {"bot", "handlers", "storage", "digest"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _allowed(package: str, module: str) -> bool:
    if module.split(".")[0] == package:
        return True
    return any(module == a or module.startswith(a + ".") for a in ALLOWED[package])


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_point_one_way(package: str) -> None:
    breaches = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for module in _imports(path):
            if module.split(".")[0] in OURS and not _allowed(package, module):
                breaches.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not breaches, breaches


def test_engine_imports_no_telegram_or_storage_library() -> None:
    for path in (ROOT / "digest").rglob("*.py"):
        for module in _imports(path):
            assert module.split(".")[0] not in {"telegram", "aiosqlite", "sqlite3"}, (path, module)


def test_checker_sees_a_breach(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import handlers.telegram.render\nfrom storage import db\n", encoding="utf-8")
    assert not _allowed("digest", "handlers.telegram.render")
    assert {"handlers.telegram.render", "storage"} <= _imports(bad)


def _graph(package: str, depth: int) -> dict[str, set[str]]:
    """Which units of `package` import which, a unit being a name cut to `depth` parts: at depth 2
    digest's folders and top modules ({"digest.article": {"digest.lang"}}), at a large depth its modules."""
    modules = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
        for path in sorted((ROOT / package).rglob("*.py"))
    }

    def unit(name: str) -> str:
        return ".".join(name.split(".")[:depth])

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        if name == package:
            continue
        targets = {unit(m) for m in _imports(path) if m in modules and m != package}
        graph.setdefault(unit(name), set()).update(targets - {unit(name)})
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle among the graph's nodes, or [] when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_engine_folders_import_each_other_without_circles() -> None:
    assert not _cycle(_graph("digest", 2))


def test_quotes_import_nothing_of_stories() -> None:
    """Quotes and stories are two jobs: a word list or test both need lives in `digest.lang`."""
    assert "digest.stories" not in _graph("digest", 2)["digest.quotes"]


def test_handler_modules_import_each_other_without_circles() -> None:
    assert not _cycle(_graph("handlers", 99))


def test_circle_finder_sees_a_circle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []
