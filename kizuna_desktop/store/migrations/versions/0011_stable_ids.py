"""row ids are never reused (AUTOINCREMENT)

Revision ID: 0011_stable_ids
Revises: 0010_zones
Create Date: 2026-12-01

SQLite gives a new row the highest id in use plus one, so the id of the last contact deleted
went to the next one added, by this process or another: an undo that put the deleted contact
back by its id then wrote over someone else's row. With AUTOINCREMENT an id is never given
twice (SQLite keeps the highest ever given in ``sqlite_sequence``).

Every table whose key is one integer ``id`` gets ``id INTEGER NOT NULL PRIMARY KEY
AUTOINCREMENT``: its own CREATE statement rewritten (never rebuilt from reflection, which
loses what SQLite cannot report back: ``tags.name``'s ``COLLATE NOCASE``, the expression
index on ``contact_methods`` and the search index's triggers; tried: Alembic's batch mode
dropped all three). The rows stay where they are (AUTOINCREMENT does not change how they are
stored), so the new statement is written into SQLite's schema table by SQLite's own
procedure for such changes (writable_schema, schema_version bumped): 0.0x s instead of 15 s
for a rebuild at 100,000 contacts and a million interactions. Where SQLite refuses that, each
table is rebuilt (SQLite's 12-step change: new table, copy, drop, rename, indexes and
triggers put back), with foreign keys off (``store/db.py`` runs migrations so, and checks
them after). The tables are found at run time, so tables added by earlier revisions are
covered whatever they are.
"""

import os
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
ID_KEYED = re.compile(r"(\"?id\"? INTEGER NOT NULL) PRIMARY KEY(\s*,)")
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


def _edit_in_place(conn, changes: list[tuple[str, str, str]]) -> bool:
    """Change the tables' CREATE statements in SQLite's schema table itself, SQLite's own
    procedure for a change that leaves the stored rows as they are (as AUTOINCREMENT does:
    the table stays a rowid table keyed by id; only how new ids are chosen changes). Takes
    milliseconds where rebuilding a 100,000-contact journal took 15 s. False (nothing
    changed) where SQLite refuses it (a build in defensive mode): then the tables are
    rebuilt."""
    (version,) = conn.execute(sa.text("PRAGMA schema_version")).one()
    done = []
    try:
        conn.execute(sa.text("PRAGMA writable_schema = ON"))
        try:
            for name, old_sql, new_sql in changes:
                conn.execute(sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' "
                                     "AND name = :name AND sql = :old"),
                             {"sql": new_sql, "name": name, "old": old_sql})
                done.append((name, old_sql, new_sql))
            conn.execute(sa.text(f"PRAGMA schema_version = {int(version) + 1}"))
        finally:
            conn.execute(sa.text("PRAGMA writable_schema = OFF"))
    except sa.exc.DBAPIError:
        if done:  # put back what was changed before SQLite refused
            conn.execute(sa.text("PRAGMA writable_schema = ON"))
            for name, old_sql, _new_sql in done:
                conn.execute(sa.text("UPDATE sqlite_master SET sql = :old WHERE type = 'table' "
                                     "AND name = :name"), {"old": old_sql, "name": name})
            conn.execute(sa.text(f"PRAGMA schema_version = {int(version) + 2}"))
            conn.execute(sa.text("PRAGMA writable_schema = OFF"))
        return False
    for name, _old_sql, new_sql in changes:  # SQLite read the new schema back as written
        got = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' "
                                   "AND name = :name"), {"name": name}).scalar()
        if got != new_sql:
            raise RuntimeError(f"0011_stable_ids: the schema of {name} did not take")
        conn.execute(sa.text(f'SELECT count(*) FROM "{name}"')).scalar()
    return True


def _each_table(change) -> list[str]:
    """Apply ``change`` to the CREATE statement of every table keyed by id; returns the
    tables changed."""
    conn = op.get_bind()
    changes = [(name, sql, change(sql)) for name, sql in _tables_keyed_by_id(conn)]
    # the name quoted as SQLite writes it after a rename: both ways leave the same schema
    changes = [(name, sql, HEAD.sub(f'CREATE TABLE "{name}" (', new, count=1))
               for name, sql, new in changes if new != sql]
    # KIZUNA_MIGRATION_REBUILD=1 takes the rebuilding way (the tests take both ways)
    if not changes or (os.environ.get("KIZUNA_MIGRATION_REBUILD") != "1"
                       and _edit_in_place(conn, changes)):
        return [name for name, _, _ in changes]
    if conn.execute(sa.text("PRAGMA foreign_keys")).scalar():
        raise RuntimeError("0011_stable_ids must run with foreign keys off (store/db.py "
                           "upgrade does so); dropping a table would cascade its rows")
    (legacy,) = conn.execute(sa.text("PRAGMA legacy_alter_table")).one()
    # The rename must not rewrite the triggers and views of other tables that name the
    # table being rebuilt (they keep naming it, and it is there again after the rename).
    conn.execute(sa.text("PRAGMA legacy_alter_table = ON"))
    try:
        for name, _sql, new_sql in changes:
            _rebuild(conn, name, new_sql)
    finally:
        conn.execute(sa.text(f"PRAGMA legacy_alter_table = {int(legacy)}"))
    for name, _sql, _new in changes:
        broken = conn.execute(sa.text(f'PRAGMA foreign_key_check("{name}")')).all()
        if broken:
            raise RuntimeError(f"0011_stable_ids: {len(broken)} rows of {name} lost their "
                               "references in the rebuild")
    return [name for name, _, _ in changes]


def _has_sequence_table(conn) -> bool:
    return bool(conn.execute(sa.text("SELECT count(*) FROM sqlite_master "
                                     "WHERE name = 'sqlite_sequence'")).scalar())


def _to_autoincrement(sql: str) -> str:
    if "AUTOINCREMENT" in sql.upper():
        return sql
    if ID_KEYED.search(sql):  # what the downgrade leaves: the key on the column
        return ID_KEYED.sub(r"\1 PRIMARY KEY AUTOINCREMENT\2", sql, count=1)
    if not TABLE_PK.search(sql) or not ID_COLUMN.search(sql):
        return sql
    sql = TABLE_PK.sub("", sql, count=1)
    sql = ID_COLUMN.sub(r"\1\2id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT\3", sql, count=1)
    return re.sub(r",\s*\n\)$", "\n)", sql.rstrip())


def _to_plain_key(sql: str) -> str:
    return ID_AUTO.sub(r"\1 PRIMARY KEY", sql, count=1)


def upgrade() -> None:
    conn = op.get_bind()
    if not _has_sequence_table(conn):  # SQLite makes it with the first AUTOINCREMENT table
        conn.execute(sa.text(f'CREATE TABLE "{TEMP}_seq" (id INTEGER PRIMARY KEY AUTOINCREMENT)'))
        conn.execute(sa.text(f'DROP TABLE "{TEMP}_seq"'))
    for name in _each_table(_to_autoincrement):
        # the highest id ever given: from here on no id at or below it is given again
        conn.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :n"), {"n": name})
        conn.execute(sa.text(f"INSERT INTO sqlite_sequence (name, seq) SELECT :n, "
                             f'coalesce(max(id), 0) FROM "{name}"'), {"n": name})


def downgrade() -> None:
    conn = op.get_bind()
    changed = _each_table(_to_plain_key)
    if changed and _has_sequence_table(conn):
        for name in changed:
            conn.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :n"), {"n": name})
