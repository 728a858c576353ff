"""A journal's schema is what the migrations make, and nothing else: foreign triggers and
views (code a file would run with the app's hands) are found by name and by their SQL, a
table swapped for a view is found, and repair takes foreign code out without touching a row."""

from __future__ import annotations

import sqlite3

import pytest

from kizuna_desktop.store import schema
from tests.store.test_migrations import FIXTURES, _upgrade


def test_the_snapshot_is_what_the_migrations_make():
    assert schema.snapshot_from_migrations() == {
        name: {"type": t, "sql": sql} for name, (t, sql) in schema.expected().items()
    }, "run: .venv/bin/python -m kizuna_desktop.store.schema"


def test_a_new_and_an_upgraded_journal_have_exactly_the_schema(demo_path, tmp_path):
    with sqlite3.connect(demo_path) as conn:
        assert schema.differences(conn) == []
    old = tmp_path / "old.kizuna"
    _upgrade(old, "0001_initial")
    with sqlite3.connect(old) as conn:
        conn.executescript((FIXTURES / "0001_initial.sql").read_text("utf-8"))
    _upgrade(old, "head")
    with sqlite3.connect(old) as conn:
        assert schema.differences(conn) == []


def _rows(conn) -> dict[str, list]:
    return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
            for t in ("contacts", "follow_ups", "interactions")}


HOSTILE = """
CREATE TRIGGER wipe_notes AFTER INSERT ON interactions BEGIN
    UPDATE contacts SET notes = '';
    DELETE FROM follow_ups;
END;
CREATE VIEW everything AS SELECT * FROM contacts;
"""


def test_foreign_triggers_and_views_are_found_and_repaired(demo_path):
    with sqlite3.connect(demo_path) as conn:
        before = _rows(conn)
        conn.executescript(HOSTILE)
        found = schema.differences(conn)
        assert [(p.kind, p.type, p.name) for p in found] == [
            ("unknown", "trigger", "wipe_notes"), ("unknown", "view", "everything")]
        assert str(found[0]) == "unknown trigger “wipe_notes” (not made by Kizuna)"
        assert [p.name for p in schema.repair(conn)] == ["wipe_notes", "everything"]
        conn.commit()
        assert schema.differences(conn) == []
        conn.execute("INSERT INTO interactions (kind, occurred_at, place, summary, notes, "
                     "created_at, updated_at) VALUES ('call', '2026-01-01', '', 'x', '', "
                     "'2026-01-01', '2026-01-01')")
        after = _rows(conn)
    assert after["contacts"] == before["contacts"]
    assert after["follow_ups"] == before["follow_ups"]


def test_an_own_trigger_with_another_body_is_found_and_put_back(demo_path):
    with sqlite3.connect(demo_path) as conn:
        original = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'contacts_fts_ad'"
                                ).fetchone()[0]
        conn.executescript("DROP TRIGGER contacts_fts_ad; CREATE TRIGGER contacts_fts_ad "
                           "AFTER DELETE ON contacts BEGIN DELETE FROM tags; END;")
        assert [(p.kind, p.name) for p in schema.differences(conn)] == [
            ("changed", "contacts_fts_ad")]
        schema.repair(conn)
        conn.commit()
        assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'contacts_fts_ad'"
                            ).fetchone()[0] == original


def test_a_table_swapped_for_a_view_is_found_and_not_repaired(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.executescript("PRAGMA foreign_keys = OFF; DROP TABLE contact_tags; "
                           "CREATE VIEW contact_tags AS SELECT 1 AS contact_id, 1 AS tag_id;")
        found = schema.differences(conn)
        assert [(p.kind, p.type, p.name) for p in found][0] == (
            "wrong_type", "table", "contact_tags")
        assert not found[0].removable  # rows cannot be made up: restore a backup
        assert "missing" in {p.kind for p in found}  # its index went with it


@pytest.mark.parametrize("name", ["sqlite_stat1"])
def test_sqlites_own_tables_are_not_foreign(demo_path, name):
    with sqlite3.connect(demo_path) as conn:
        conn.execute("ANALYZE")
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                            (name,)).fetchone()[0] == 1
        assert schema.differences(conn) == []
