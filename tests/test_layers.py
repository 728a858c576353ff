"""The layers of DESIGN.md: Qt only in ui/ and app.py; SQL only in store/ and services/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kizuna_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module.split(".")[0] if node.level == 0 else "")
    return out


def _modules(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


@pytest.mark.parametrize("layer", ["store", "services", "pdf", "formats"])
def test_no_qt_outside_the_ui(layer):
    offenders = [p.name for p in _modules(layer) if "PySide6" in _imports(p)]
    assert offenders == []
    for top in ("cli.py", "errors.py", "paths.py", "__init__.py"):
        assert "PySide6" not in _imports(PACKAGE / top)


def test_no_sql_in_widgets():
    for p in _modules("ui"):
        imports = _imports(p)
        assert "sqlalchemy" not in imports, p
        assert "sqlite3" not in imports, p
