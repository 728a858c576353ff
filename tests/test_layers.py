"""The layers of DESIGN.md, checked on the code's own imports and text (README: "Layers").

- Every import arrow between the package's layers is one the design allows
  (ui → services → store; cli → services; pdf/ and formats/ never reach the services or
  the store; text/ and kinds.py depend on nothing of ours). ui/, cli and app.py may take
  from store/ only its public handle: ``Journal``, the lock, the enums of the models and a
  few named helpers (STORE_HANDLE) — never a model class or a session of their own.
- Qt only in ui/ and app.py.
- SQLite-only SQL only in store/ (the FTS5 index in store/fts.py, the rest of search's and
  check's in store/search_sql.py): outside store/ no SQL text (``text("…")``, raw cursors,
  SQL in strings), no ``sqlite3``, no SQLite-only functions through ``func``. The services
  may build queries with SQLAlchemy's Core and ORM expressions, which any database runs;
  ui/ uses no SQLAlchemy at all.

What breaks a rule today is listed in KNOWN with its owner's area, so that the test fails on
anything new and the list only shrinks.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kizuna_desktop"

# layer -> the layers it may import
ALLOWED = {
    "text": {"text"},
    "kinds": set(),
    "base": {"base", "kinds", "text"},
    "store": {"store", "text", "kinds", "base"},
    "pdf": {"pdf", "text", "kinds", "base"},
    "formats": {"formats", "text", "kinds", "base"},
    "services": {"services", "store", "pdf", "formats", "text", "kinds", "base"},
    "ui": {"ui", "services", "pdf", "formats", "text", "kinds", "base", "app", "store*"},
    "cli": {"cli", "services", "pdf", "text", "kinds", "base", "app", "store*"},
    "app": {"ui", "services", "text", "kinds", "base", "store*"},
    "resources": set(),  # data (fonts, demo, translations) found with importlib.resources
}
# What ui/, cli and app.py may take from store/ ("store*" above): the journal handle, its
# lock and errors, the models' enums, and these helpers.
STORE_HANDLE = {
    "kizuna_desktop.store": {"Journal", "lock"},
    "kizuna_desktop.store.db": {"is_encrypted", "UI_WAIT_MS", "ChangeWatch",
                                "PassphraseNeededError"},
    "kizuna_desktop.store.faults": {"classify"},
    "kizuna_desktop.store.copying": {"backup_to"},
    "kizuna_desktop.store.lock": None,  # the whole module: who holds a journal
}
SQLITE_ONLY_FUNCTIONS = {"printf", "datetime", "julianday", "strftime", "instr", "iif",
                         "glob", "unixepoch", "group_concat", "date", "time", "substr",
                         "json_extract", "total_changes", "changes", "last_insert_rowid"}
SQL_TEXT = re.compile(r"^\s*(SELECT\s.*\bFROM\b|SELECT\s+\(|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|"
                      r"DELETE\s+FROM\s|(CREATE|DROP)\s+(VIRTUAL\s+)?(TABLE|INDEX|TRIGGER|VIEW)"
                      r"\s|PRAGMA\s+\w|BEGIN\s+IMMEDIATE|ALTER\s+TABLE\s)", re.DOTALL)
SQL_CALLS = {"text", "exec_driver_sql", "raw_rows", "run_each", "executemany", "executescript"}

# Known breaches, by file (relative to the package) and rule; each to be moved where it
# belongs by the area that owns it.
KNOWN = {
    # Import (issue 14): the import's bulk reads and writes as plain SQL on raw cursors
    ("services/importing/plan.py", "sql"): "Import: raw_rows reads for matching",
    ("services/importing/write.py", "sql"): "Import: bulk inserts, sqlite_sequence",
    ("services/calendar_import.py", "sql"): "Meetings: func.instr in the whole-name match",
    # pdf/briefing.py and formats/records.py take has_cjk from services/japanese (text/ would do)
    ("pdf/briefing.py", "arrow"): "Print: services.japanese.has_cjk",
    ("formats/records.py", "arrow"): "Import: services.japanese.has_cjk",
    # the records CLI lists follow-ups with its own query on the model
    ("cli_records.py", "store"): "records CLI: select(FollowUp) in cmd_followups",
    ("app.py", "store"): "Window: warm_up queries interaction_participants itself",
    ("log.py", "arrow"): "log: names SQLite's errors with store.faults",
    # Language (issue 22): Qt's translators, imported inside functions the window calls
    ("i18n.py", "qt"): "Language: QTranslator and QLocale for the window",
}


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    if len(rel.parts) > 1:
        return rel.parts[0]
    name = rel.stem
    if name in ("cli", "__main__") or name.startswith("cli_"):
        return "cli"
    if name in ("app", "kinds"):
        return name
    return "base"


def _module_layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "kizuna_desktop":
        return None
    if len(parts) == 1:
        return "base"
    target = PACKAGE / parts[1]
    if target.is_dir():
        return parts[1]
    return _layer(PACKAGE / f"{parts[1]}.py")


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of each runtime import (type-checking-only imports left out)."""
    tree = ast.parse(path.read_text("utf-8"))
    typing_only = _type_checking_lines(tree)
    inside = path.is_relative_to(PACKAGE)
    package = ".".join(("kizuna_desktop", *path.relative_to(PACKAGE).parent.parts)) \
        if inside else "kizuna_desktop"
    out = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in typing_only:
            continue
        if isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            names = [a.name for a in node.names]
            if module == "kizuna_desktop":  # from kizuna_desktop import services
                out += [(f"kizuna_desktop.{n}", []) for n in names]
            else:
                out.append((module, names))
    return out


def _files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _store_enums() -> set[str]:
    import enum

    from kizuna_desktop.store import models

    return {n for n, v in vars(models).items() if isinstance(v, type) and issubclass(v, enum.Enum)}


def test_every_import_arrow_is_allowed():
    enums = _store_enums()
    bad = []
    for path in _files():
        layer = _layer(path)
        allowed = ALLOWED[layer]
        for module, names in _imports(path):
            target = _module_layer(module)
            if target is None or target == layer:
                continue
            if target == "store" and "store*" in allowed:
                handle = STORE_HANDLE.get(module, set())
                ok = handle is None or all(
                    n in handle or (module.endswith(".models") and n in enums) for n in names)
                ok = ok and (names or handle is None)
                if not ok and (_rel(path), "store") not in KNOWN:
                    bad.append(f"{_rel(path)}: {module} {names} (only the store's handle)")
                continue
            if target not in allowed and (_rel(path), "arrow") not in KNOWN:
                bad.append(f"{_rel(path)} ({layer}) imports {module} ({target})")
    assert bad == []


def test_the_layer_map_knows_every_file():
    assert {_layer(p) for p in _files()} <= set(ALLOWED)
    # and the arrows the design names are there
    assert "store" in ALLOWED["services"] and "services" in ALLOWED["ui"]
    assert "services" in ALLOWED["cli"] and "store" not in ALLOWED["ui"]
    assert not ALLOWED["pdf"] & {"services", "store", "ui"}
    assert not ALLOWED["formats"] & {"services", "store", "ui"}


def test_no_qt_outside_the_ui_and_app():
    offenders = [_rel(p) for p in _files()
                 if _layer(p) not in ("ui", "app") and (_rel(p), "qt") not in KNOWN
                 and any(m.split(".")[0] == "PySide6" for m, _ in _imports(p))]
    assert offenders == []


def _sql_breaches(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    sa_text = any(m.split(".")[0] == "sqlalchemy" and "text" in names
                  for m, names in _imports(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name in SQL_CALLS and (name != "text" or sa_text):
                found.append(f"{name}() at line {node.lineno}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "func" and node.attr in SQLITE_ONLY_FUNCTIONS:
            found.append(f"func.{node.attr} at line {node.lineno}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and SQL_TEXT.match(node.value):
            found.append(f"SQL string at line {node.lineno}: {node.value[:40]!r}")
    for module, _names in _imports(path):
        if module.split(".")[0] == "sqlite3":
            found.append("imports sqlite3")
    return found


def test_sqlite_only_sql_lives_in_the_store():
    bad = {}
    for path in _files():
        if _layer(path) == "store" or (_rel(path), "sql") in KNOWN:
            continue
        if found := _sql_breaches(path):
            bad[_rel(path)] = found
    assert bad == {}


def test_the_sql_check_would_see_a_breach(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text('from sqlalchemy import func, text\n'
                      'q = text("SELECT 1")\n'
                      'd = func.julianday("now")\n'
                      's = "UPDATE contacts SET x = 1"\n'
                      'import sqlite3\n', "utf-8")
    assert len(_sql_breaches(sample)) == 4


@pytest.mark.parametrize("layer", ["ui"])
def test_no_sqlalchemy_in_the_ui(layer):
    offenders = [_rel(p) for p in _files() if _layer(p) == layer
                 and any(m.split(".")[0] in ("sqlalchemy", "sqlite3") for m, _ in _imports(p))]
    assert offenders == []


def test_the_known_breaches_are_still_breaches():
    """An entry of KNOWN that no longer breaks its rule is taken off the list."""
    for (rel, rule), _why in KNOWN.items():
        path = PACKAGE / rel
        assert path.exists(), rel
        if rule == "sql":
            assert _sql_breaches(path), rel
        if rule == "qt":
            assert any(m.split(".")[0] == "PySide6" for m, _ in _imports(path)), rel
