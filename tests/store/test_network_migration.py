"""0013_network: interactions take the kind business_review (the CHECK widened in place, or by
a rebuild where SQLite refuses the in-place edit), every row kept; dependency_signs is made;
the downgrade turns business reviews into 'other' and narrows the CHECK again."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from kizuna_desktop.store.db import alembic_config
from tests.store.test_migrations import _upgrade


def _at_0012_with_rows(path) -> None:
    _upgrade(path, "0012_meetings")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO contacts (id, family_name, given_name, family_reading, "
                     "given_reading, family_latin, given_latin, latin_order, honorific, region, "
                     "interests, how_we_met, notes, archived, created_at, updated_at, sort_key, "
                     "sort_rank, search_text) VALUES (1, '佐藤', '一郎', '', '', 'Sato', "
                     "'Ichiro', 'given_first', '様', '', '', '', '', 0, '2026-01-01 00:00:00', "
                     "'2026-01-01 00:00:00', 'さとう', 10, '佐藤 一郎')")
        conn.execute("INSERT INTO organizations (id, name_ja, name_en, reading, kind, website, "
                     "address, notes, created_at, updated_at) VALUES (1, '北斗商会', '', '', "
                     "'distributor', '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
        conn.execute("INSERT INTO interactions (id, kind, occurred_at, place, summary, notes, "
                     "created_at, updated_at, zone) VALUES (7, 'meeting', "
                     "'2026-11-20 01:00:00.000000', '本社', 'Quarterly', '', "
                     "'2026-11-20 02:00:00', '2026-11-20 02:00:00', 'Asia/Tokyo')")
        conn.execute("INSERT INTO interaction_participants VALUES (7, 1)")
        with pytest.raises(sqlite3.IntegrityError):  # not a kind before 0013
            conn.execute("UPDATE interactions SET kind = 'business_review' WHERE id = 7")


@pytest.mark.parametrize("rebuild", ["0", "1"])
def test_upgrade_accepts_business_reviews_and_keeps_rows(tmp_path, monkeypatch, rebuild):
    path = tmp_path / "old.kizuna"
    _at_0012_with_rows(path)
    if rebuild == "1":  # the rebuilding way: as if SQLite refused the in-place edit
        import importlib.util
        from pathlib import Path

        import kizuna_desktop.store.migrations.versions as v

        spec = importlib.util.spec_from_file_location(
            "_m0011", Path(v.__path__[0]) / "0011_stable_ids.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        monkeypatch.setattr(mod, "_edit_in_place", lambda conn, changes: False)
        m13 = importlib.util.spec_from_file_location(
            "_m0013", Path(v.__path__[0]) / "0013_network.py")
        real = importlib.util.module_from_spec(m13)
        m13.loader.exec_module(real)
        real._stable_ids = lambda: mod
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            from alembic.migration import MigrationContext
            from alembic.operations import Operations

            with Operations.context(MigrationContext.configure(conn)):
                real.upgrade()
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0013_network'")
        engine.dispose()
    else:
        _upgrade(path, "0013_network")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE interactions SET kind = 'business_review' WHERE id = 7")
        assert conn.execute("SELECT id, kind, occurred_at, zone, summary FROM interactions"
                            ).fetchall() == [(7, "business_review", "2026-11-20 01:00:00.000000",
                                              "Asia/Tokyo", "Quarterly")]
        assert conn.execute("SELECT * FROM interaction_participants").fetchall() == [(7, 1)]
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE interactions SET kind = 'bogus' WHERE id = 7")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'interactions'"
                           ).fetchone()[0]
        assert "'other', 'business_review'" in sql and "AUTOINCREMENT" in sql
        indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interactions'")}
        assert {"ix_interactions_occurred", "ix_interactions_calendar"} <= indexes
        conn.execute("INSERT INTO dependency_signs (organization_id, sign, checked, checked_on, "
                     "note, updated_at) VALUES (1, 'one_person', 1, '2026-11-30', '', "
                     "'2026-11-30 00:00:00')")
        assert "AUTOINCREMENT" in conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'dependency_signs'").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError):  # one row per organisation and sign
            conn.execute("INSERT INTO dependency_signs (organization_id, sign, checked, note, "
                         "updated_at) VALUES (1, 'one_person', 0, '', '2026-11-30 00:00:00')")
        conn.commit()
    # and down again: the review becomes 'other', the table goes
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0012_meetings")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, kind FROM interactions").fetchall() == [(7, "other")]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                            "'dependency_signs'").fetchone() == (0,)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE interactions SET kind = 'business_review' WHERE id = 7")
