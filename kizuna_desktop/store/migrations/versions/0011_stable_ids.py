"""row ids are never reused (AUTOINCREMENT)

Revision ID: 0011_stable_ids
Revises: 0010_zones
Create Date: 2026-12-01

SQLite gives a new row the highest id in use plus one, so the id of the last contact deleted
went to the next one added, by this process or another: an undo that put the deleted contact
back by its id then wrote over someone else's row. With AUTOINCREMENT an id is never given
twice (SQLite keeps the highest ever given in ``sqlite_sequence``).

Every table whose key is one integer ``id`` is rebuilt with ``id INTEGER NOT NULL PRIMARY KEY
AUTOINCREMENT`` (SQLite's 12-step table change: new table, copy, drop, rename, then the
table's indexes and triggers put back as they were). The table's own CREATE statement is
rewritten rather than rebuilt by Alembic's batch mode from reflection, because reflection
loses what SQLite cannot report back: ``tags.name``'s ``COLLATE NOCASE``, the expression
index on ``contact_methods`` and the search index's triggers (tried: batch mode dropped all
three). The tables are found at run time, so tables added by the revisions before this one
are covered whatever they are.

The caller runs this with foreign keys off (``store/db.py`` does; SQLite would otherwise
cascade the dropped table's rows into its children), and checks them after.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_stable_ids"
down_revision: str | None = "0010_zones"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEMP = "_kizuna_rebuild"
ID_COLUMN = re.compile(r"(^|\n)(\s*)\"?id\"? INTEGER NOT NULL(\s*,)")
ID_AUTO = re.compile(r"(\"?id\"? INTEGER NOT NULL) PRIMARY KEY AUTOINCREMENT")
TABLE_PK = re.compile(r"\n[ \t]*PRIMARY KEY \(\"?id\"?\),?[ \t]*(?=\n)")
HEAD = re.compile(r"^CREATE TABLE (\"?)(\w+)\1\s*\(", re.IGNORECASE)


def _tables_keyed_by_id(conn) -> list[tuple[str, str]]:
    """(name, CREATE sql) of the tables whose primary key is the one INTEGER column id."""
    found = []
    for name, sql in conn.execute(sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contacts_fts%' "
            "AND name != 'alembic_version' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")):
        info = conn.execute(sa.text(f'PRAGMA table_info("{name}")')).all()
        keys = [(row[1], (row[2] or "").upper()) for row in info if row[5]]
        if keys == [("id", "INTEGER")]:
            found.append((name, sql))
    return found


def _rebuild(conn, name: str, new_sql: str) -> None:
    """Replace table ``name`` by one made with ``new_sql``, keeping every row, index and
    trigger."""
    others = [sql for (sql,) in conn.execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE tbl_name = :t AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name"), {"t": name})]
    conn.execute(sa.text(f'DROP TABLE IF EXISTS "{TEMP}"'))
    conn.execute(sa.text(HEAD.sub(f'CREATE TABLE "{TEMP}" (', new_sql, count=1)))
    conn.execute(sa.text(f'INSERT INTO "{TEMP}" SELECT * FROM "{name}"'))
    conn.execute(sa.text(f'DROP TABLE "{name}"'))
    conn.execute(sa.text(f'ALTER TABLE "{TEMP}" RENAME TO "{name}"'))
    for sql in others:
        conn.execute(sa.text(sql))


def _each_table(change) -> None:
    conn = op.get_bind()
    if conn.execute(sa.text("PRAGMA foreign_keys")).scalar():
        raise RuntimeError("0011_stable_ids must run with foreign keys off (store/db.py "
                           "upgrade does so); dropping a table would cascade its rows")
    (legacy,) = conn.execute(sa.text("PRAGMA legacy_alter_table")).one()
    # The rename must not rewrite the triggers and views of other tables that name the
    # table being rebuilt (they keep naming it, and it is there again after the rename).
    conn.execute(sa.text("PRAGMA legacy_alter_table = ON"))
    try:
        for name, sql in _tables_keyed_by_id(conn):
            new_sql = change(sql)
            if new_sql != sql:
                _rebuild(conn, name, new_sql)
    finally:
        conn.execute(sa.text(f"PRAGMA legacy_alter_table = {int(legacy)}"))


def _to_autoincrement(sql: str) -> str:
    if "AUTOINCREMENT" in sql.upper() or not TABLE_PK.search(sql) or not ID_COLUMN.search(sql):
        return sql
    sql = TABLE_PK.sub("", sql, count=1)
    sql = ID_COLUMN.sub(r"\1\2id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT\3", sql, count=1)
    return re.sub(r",\s*\n\)$", "\n)", sql.rstrip())


def _to_plain_key(sql: str) -> str:
    return ID_AUTO.sub(r"\1 PRIMARY KEY", sql, count=1)


def upgrade() -> None:
    _each_table(_to_autoincrement)


def downgrade() -> None:
    _each_table(_to_plain_key)
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT count(*) FROM sqlite_master "
                            "WHERE name = 'sqlite_sequence'")).scalar():
        conn.execute(sa.text("DELETE FROM sqlite_sequence"))
