"""What a journal's schema must be, and what in a file is not ours (issue 19.4).

A journal is a file someone can hand the user (File > Open, an archive import). SQLite runs
whatever triggers and views the file carries: a trigger that blanks every contact's notes
when an interaction is logged would run with the app's hands. So the tables, indexes,
triggers and views of a journal are compared with those the migrations make, recorded in
``schema.json`` beside this module (``python -m kizuna_desktop.store.schema`` rewrites it
from the migrations; a test fails when it is out of step):

- every table, index, trigger and view the migrations make must be there, as the same type;
- a trigger or view must have exactly the migrations' SQL (a trigger is code);
- nothing else may be there, except SQLite's own objects (``sqlite_*``).

Tables and indexes are compared by name and type only: the text SQLite keeps of a table
altered by a migration differs from that of one made fresh, with the same meaning.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SNAPSHOT = Path(__file__).with_name("schema.json")
CODE_TYPES = ("trigger", "view")


@dataclass(frozen=True)
class SchemaProblem:
    kind: str  # "unknown", "missing", "wrong_type", "changed", "columns"
    type: str  # table, index, trigger, view
    name: str
    detail: str = ""  # for "columns": which columns differ

    def __str__(self) -> str:
        return {
            "columns": f"{self.type} “{self.name}” has other columns than Kizuna's: "
                       f"{self.detail}",
            "unknown": f"unknown {self.type} “{self.name}” (not made by Kizuna)",
            "missing": f"missing {self.type} “{self.name}”",
            "wrong_type": f"“{self.name}” should be a {self.type}",
            "changed": f"{self.type} “{self.name}” differs from Kizuna's",
        }[self.kind]

    @property
    def removable(self) -> bool:
        """Foreign code: ``repair`` takes it out (or puts Kizuna's back) without a row lost."""
        return self.type in CODE_TYPES and self.kind in ("unknown", "changed")

    @property
    def own_missing(self) -> bool:
        """One of Kizuna's triggers or indexes missing (a run stopped while the search
        index's triggers were set aside): put back from the migrations' SQL, rows untouched."""
        return self.kind == "missing" and self.type in ("trigger", "index")

    @property
    def repairable(self) -> bool:
        return self.removable or self.own_missing


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def objects(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """name -> (type, normalised SQL) of a connection's schema, less SQLite's own."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE "
                        "'sqlite\\_%' ESCAPE '\\'").fetchall()
    return {name: (type_, _normal(sql)) for type_, name, sql in rows}


@lru_cache(maxsize=1)
def expected() -> dict[str, tuple[str, str]]:
    data = json.loads(SNAPSHOT.read_text("utf-8"))
    return {name: (v["type"], v["sql"]) for name, v in data.items()}


def differences(conn: sqlite3.Connection) -> list[SchemaProblem]:
    """How the schema of ``conn`` differs from the migrations', most dangerous first."""
    want, have = expected(), objects(conn)
    found: list[SchemaProblem] = []
    for name, (type_, sql) in sorted(have.items()):
        if name not in want:
            found.append(SchemaProblem("unknown", type_, name))
            continue
        want_type, want_sql = want[name]
        if type_ != want_type:
            found.append(SchemaProblem("wrong_type", want_type, name))
        elif type_ in CODE_TYPES and sql != want_sql:
            found.append(SchemaProblem("changed", type_, name))
    for name, (type_, _sql) in sorted(want.items()):
        if name not in have:
            found.append(SchemaProblem("missing", type_, name))
    order = {"trigger": 0, "view": 1, "table": 2, "index": 3}
    return sorted(found, key=lambda p: (order.get(p.type, 9), p.name))


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    name = table.replace('"', '""')
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]


@lru_cache(maxsize=1)
def _expected_columns() -> dict[str, list[str]]:
    """Each table's columns as the migrations' CREATE statements make them (read by SQLite
    itself from the snapshot's SQL in a memory database, not parsed here)."""
    mem = sqlite3.connect(":memory:")
    try:
        out = {}
        for name, (type_, sql) in expected().items():
            if type_ == "table" and sql.upper().startswith("CREATE TABLE"):
                try:
                    mem.execute(sql)
                except sqlite3.Error:
                    continue  # a virtual table (FTS5) or one whose SQL needs another first
                out[name] = _columns(mem, name)
        return out
    finally:
        mem.close()


def column_differences(conn: sqlite3.Connection) -> list[SchemaProblem]:
    """Tables of Kizuna's names whose columns are not the migrations' (a column added or
    taken away by another program): named by ``kizuna check``. Not refused on opening (no
    code runs from a column), and compared by name only, since the text SQLite keeps of a
    table depends on the path of upgrades that made it."""
    have = objects(conn)
    found = []
    for name, want in sorted(_expected_columns().items()):
        if have.get(name, ("",))[0] != "table":
            continue
        got = _columns(conn, name)
        extra = [c for c in got if c not in want]
        missing = [c for c in want if c not in got]
        if extra or missing:
            detail = "; ".join(x for x in (
                "not Kizuna's: " + ", ".join(extra) if extra else "",
                "missing: " + ", ".join(missing) if missing else "") if x)
            found.append(SchemaProblem("columns", "table", name, detail))
    return found


def repair(conn: sqlite3.Connection) -> list[SchemaProblem]:
    """Drops unknown triggers and views and puts the migrations' own triggers back where a
    file changed them; returns what it did. Rows are never touched. The caller backs the
    journal up first and commits."""
    done = []
    want = expected()
    for p in differences(conn):
        if p.removable:
            name = p.name.replace('"', '""')
            conn.execute(f'DROP {p.type.upper()} IF EXISTS "{name}"')
            if p.kind == "changed":
                conn.execute(want[p.name][1])
            done.append(p)
    done += heal(conn)  # the tables they belong to are there now
    return done


def heal(conn: sqlite3.Connection) -> list[SchemaProblem]:
    """Puts back Kizuna's own missing triggers and indexes (and nothing else)."""
    want, found = expected(), differences(conn)
    if any(q.type in ("table", "view") and q.kind in ("missing", "wrong_type")
           for q in found):
        return []  # tables are not what they should be: nothing is put on them
    done = [p for p in found if p.own_missing]
    for p in done:
        conn.execute(want[p.name][1])
    return done


def foreign_code(conn: sqlite3.Connection) -> list[SchemaProblem]:
    """Triggers and views no migration ever made, of a journal at any revision (checked
    before a migration runs, so that no foreign trigger fires during one)."""
    want = expected()
    return [SchemaProblem("unknown", type_, name) for name, (type_, _sql)
            in sorted(objects(conn).items()) if type_ in CODE_TYPES and name not in want]


def refusal(found: list[SchemaProblem], path) -> str:
    shown = "; ".join(str(p) for p in found[:5]) + (f"; and {len(found) - 5} more"
                                                    if len(found) > 5 else "")
    fix = (" Run: kizuna check --repair (it backs the journal up first), or restore a backup."
           if all(p.repairable for p in found) else " Restore a backup of it.")
    return f"The journal {path} is not as Kizuna makes it: {shown}.{fix}"


def snapshot_from_migrations() -> dict[str, dict[str, str]]:
    """The schema the migrations make in an empty journal (for ``schema.json``)."""
    from sqlalchemy import create_engine

    from kizuna_desktop.store.db import alembic_config

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fresh.kizuna"
        engine = create_engine(f"sqlite:///{path}")
        config = alembic_config()
        from alembic import command

        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        engine.dispose()
        with sqlite3.connect(path) as conn:
            return {name: {"type": type_, "sql": sql}
                    for name, (type_, sql) in sorted(objects(conn).items())}


def main() -> None:
    SNAPSHOT.write_text(json.dumps(snapshot_from_migrations(), ensure_ascii=False, indent=1)
                        + "\n", "utf-8")
    print(f"wrote {SNAPSHOT}")


if __name__ == "__main__":
    main()
