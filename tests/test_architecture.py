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
    bad.write_text("import handlers.render\nfrom storage import db\n", encoding="utf-8")
    assert not _allowed("digest", "handlers.render")
    assert {"handlers.render", "storage"} <= _imports(bad)
