"""Migration 0011: every table keyed by an integer id gets AUTOINCREMENT, so an id is never
given twice; every row, index, trigger, collation and the search index survive the rebuild."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine

from kizuna_desktop.store.models import Base
from tests.store.test_migrations import _upgrade

BEFORE = "0010_zones"


@pytest.fixture(params=["in place", "rebuilt"], autouse=True)
def _way(request, monkeypatch):
    """Both ways of the migration: the schema edited in place (the usual one) and the tables
    rebuilt (where SQLite refuses the first)."""
    if request.param == "rebuilt":
        monkeypatch.setenv("KIZUNA_MIGRATION_REBUILD", "1")
    return request.param


def _id_tables(conn: sqlite3.Connection) -> dict[str, str]:
    out = {}
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                  "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE "
                                  "'contacts_fts%' AND name NOT LIKE 'sqlite_%'"):
        keys = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")') if r[5]]
        if keys == ["id"]:
            out[name] = sql
    return out


def _schema_objects(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN "
                             "('index', 'trigger') AND sql IS NOT NULL"))


def _filled_journal_at_0010(tmp_path):
    path = tmp_path / "at-0010.kizuna"
    _upgrade(path, BEFORE)
    conn = sqlite3.connect(path)
    now = "2026-11-01 09:00:00.000000"
    for i, (family, given) in enumerate([("山田", "太郎"), ("佐藤", "花子"), ("鈴木", "一郎")],
                                        start=1):
        cols = {r[1]: r for r in conn.execute("PRAGMA table_info(contacts)")}
        values = {"id": i, "family_name": family, "given_name": given, "family_reading": "",
                  "given_reading": "", "family_latin": "", "given_latin": "",
                  "latin_order": "given_first", "honorific": "様", "region": "",
                  "interests": "", "how_we_met": "", "notes": f"note {i}", "archived": 0,
                  "created_at": now, "updated_at": now, "sort_key": f"{i:04d}",
                  "search_text": f"{family}{given} | ", "sort_rank": i * 1000}
        for name, row in cols.items():  # columns other revisions added: their defaults
            if name not in values and row[3] and row[4] is None:
                values[name] = "" if "CHAR" in (row[2] or "").upper() or row[2] == "TEXT" \
                    else 0
        names = ", ".join(values)
        conn.execute(f"INSERT INTO contacts ({names}) VALUES "
                     f"({', '.join('?' * len(values))})", list(values.values()))
    conn.execute("INSERT INTO contact_methods (id, contact_id, kind, label, value, position) "
                 "VALUES (7, 1, 'email', '', 'Taro@Example.jp', 0)")
    conn.execute("INSERT INTO tags (id, name) VALUES (5, 'Golf')")
    conn.execute("INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 5), (2, 5)")
    # the highest contact deleted before the upgrade: 3 is gone, 4 is the next id either way
    conn.execute("DELETE FROM contacts WHERE id = 3")
    conn.commit()
    conn.close()
    return path


def test_upgrade_makes_every_id_autoincrement_and_keeps_rows_indexes_triggers(tmp_path):
    path = _filled_journal_at_0010(tmp_path)
    with sqlite3.connect(path) as conn:
        objects_before = _schema_objects(conn)
        rows_before = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                       for t in [*_id_tables(conn), "contact_tags"]}
    _upgrade(path, "0011_stable_ids")  # what 0011 itself leaves (later revisions add objects)
    conn = sqlite3.connect(path)
    tables = _id_tables(conn)
    assert {"contacts", "contact_methods", "tags", "interactions", "follow_ups",
            "positions", "organizations", "meishi_profiles"} <= set(tables)
    plain = [t for t, sql in tables.items() if "AUTOINCREMENT" not in sql]
    assert plain == []
    assert _schema_objects(conn) == objects_before  # triggers and the expression index too
    for table, rows in rows_before.items():
        assert conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall() == rows, table
    # COLLATE NOCASE kept: a differently cased tag is the same tag
    try:
        conn.execute("INSERT INTO tags (name) VALUES ('golf')")
        raise AssertionError("tags.name lost its NOCASE collation")
    except sqlite3.IntegrityError:
        pass
    # the search index follows the rebuilt table: intact, and fed by its triggers
    conn.execute("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)")
    found = conn.execute("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '佐藤花'")
    assert [r[0] for r in found] == [2000]
    conn.execute("UPDATE contacts SET search_text = '高橋次郎 | ' WHERE id = 2")
    conn.execute("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("SELECT count(*) FROM contacts_fts WHERE contacts_fts "
                        "MATCH '高橋次'").fetchone() == (1,)
    conn.close()


def test_an_id_deleted_after_the_upgrade_is_never_given_again(tmp_path):
    path = _filled_journal_at_0010(tmp_path)
    _upgrade(path, "head")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM contact_methods WHERE id = 7")
    conn.execute("INSERT INTO contact_methods (contact_id, kind, label, value, position) "
                 "VALUES (1, 'phone', '', '03-1234-5678', 0)")
    (new_id,) = conn.execute("SELECT max(id) FROM contact_methods").fetchone()
    assert new_id == 8  # plain SQLite would have given 7 again
    conn.close()


def test_downgrade_takes_autoincrement_away_and_keeps_rows(tmp_path):
    from alembic import command

    from kizuna_desktop.store.db import alembic_config

    path = _filled_journal_at_0010(tmp_path)
    _upgrade(path, "head")
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, BEFORE)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert not [t for t, sql in _id_tables(conn).items() if "AUTOINCREMENT" in sql
                    and t in {"contacts", "tags", "contact_methods"}]
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (2,)
    _upgrade(path, "head")  # and up again: AUTOINCREMENT everywhere once more
    with sqlite3.connect(path) as conn:
        assert [t for t, sql in _id_tables(conn).items() if "AUTOINCREMENT" not in sql] == []
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (2,)


def test_models_declare_autoincrement_like_the_migration(tmp_path):
    made = tmp_path / "made.db"
    engine = create_engine(f"sqlite:///{made}")
    Base.metadata.create_all(engine)
    engine.dispose()
    migrated = tmp_path / "migrated.db"
    _upgrade(migrated, "head")
    with sqlite3.connect(made) as a, sqlite3.connect(migrated) as b:
        by_models = {t for t, sql in _id_tables(a).items() if "AUTOINCREMENT" in sql}
        by_migrations = {t for t, sql in _id_tables(b).items() if "AUTOINCREMENT" in sql}
        assert by_models == set(_id_tables(a))
        assert by_migrations == by_models


def test_opening_a_journal_upgrades_with_its_references_intact(tmp_path):
    """Journal.open runs the rebuild with foreign keys off (else dropping contacts would
    cascade into its methods and tags) and they are on again after."""
    from kizuna_desktop.store import Journal

    path = _filled_journal_at_0010(tmp_path)
    with Journal.open(path, create=False) as j, j.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_tags").scalar() == 2
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_methods").scalar() == 1


def test_both_ways_leave_the_same_schema(tmp_path, monkeypatch):
    def schema_after(way: str) -> dict:
        path = tmp_path / f"{way}.kizuna"
        if way == "rebuilt":
            monkeypatch.setenv("KIZUNA_MIGRATION_REBUILD", "1")
        else:
            monkeypatch.delenv("KIZUNA_MIGRATION_REBUILD", raising=False)
        _upgrade(path, "head")
        with sqlite3.connect(path) as conn:
            return dict(conn.execute("SELECT name, sql FROM sqlite_master"))

    assert schema_after("in place") == schema_after("rebuilt")
