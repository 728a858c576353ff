"""0010_zones: existing interactions and last contacts take the home zone, which is the
system's zone at upgrade time and is kept in the journal; every row survives."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine

from kizuna_desktop.store.db import alembic_config
from tests.store.test_migrations import _upgrade


def _at_0009_with_rows(path) -> None:
    _upgrade(path, "0009_records")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO contacts (id, family_name, given_name, family_reading, "
                     "given_reading, family_latin, given_latin, latin_order, honorific, region, "
                     "interests, how_we_met, notes, archived, created_at, updated_at, sort_key, "
                     "sort_rank, search_text, last_interaction_at) VALUES "
                     "(1, '山田', '太郎', '', '', 'Yamada', 'Taro', 'given_first', '様', '', '', "
                     "'', '', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'やまだ', 10, "
                     "'山田 太郎', '2026-11-20 10:00:00.000000'), "
                     "(2, '佐藤', '花子', '', '', 'Sato', 'Hanako', 'given_first', '様', '', '', "
                     "'', '', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'さとう', 20, "
                     "'佐藤 花子', NULL)")
        conn.execute("INSERT INTO interactions (id, kind, occurred_at, place, summary, notes, "
                     "created_at, updated_at) VALUES (7, 'nomikai', "
                     "'2026-11-20 10:00:00.000000', 'Izakaya', 'Dinner', '', "
                     "'2026-11-20 12:00:00', '2026-11-20 12:00:00')")
        conn.execute("INSERT INTO interaction_participants VALUES (7, 1)")


def test_upgrade_gives_existing_rows_the_system_zone_as_home(tmp_path, monkeypatch):
    path = tmp_path / "old.kizuna"
    _at_0009_with_rows(path)
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # the laptop the journal was kept on
    _upgrade(path, "0010_zones")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT key, value FROM journal_settings").fetchall() == [
            ("home_zone", "Asia/Tokyo")]
        assert conn.execute("SELECT id, occurred_at, zone, summary FROM interactions"
                            ).fetchall() == [(7, "2026-11-20 10:00:00.000000", "Asia/Tokyo",
                                              "Dinner")]
        assert conn.execute("SELECT id, last_interaction_zone, last_interaction_offset "
                            "FROM contacts ORDER BY id").fetchall() == [
            (1, "Asia/Tokyo", 540), (2, None, None)]
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='journal_settings'"
                           ).fetchone()[0]
        assert "AUTOINCREMENT" in sql
        # The search index's triggers on contacts are untouched (no table copy).
        triggers = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='contacts'")}
        assert {"contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au"} <= triggers
    # 19:00 in Tokyo, wherever it is read now.
    from kizuna_desktop.services import interactions
    from kizuna_desktop.store import Journal

    monkeypatch.setenv("TZ", "America/New_York")
    with Journal.open(path) as j:
        view = interactions.get(j, 7)
        assert f"{view.local:%Y-%m-%d %H:%M %Z}" == "2026-11-20 19:00 JST"


def test_downgrade_drops_the_zones_and_keeps_the_rows(tmp_path, monkeypatch):
    from alembic import command

    path = tmp_path / "old.kizuna"
    _at_0009_with_rows(path)
    monkeypatch.setenv("TZ", "Europe/Berlin")
    _upgrade(path, "0010_zones")
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009_records")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, summary FROM interactions").fetchall() == [(7, "Dinner")]
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
        columns = {r[1] for r in conn.execute("PRAGMA table_info(interactions)")}
        assert "zone" not in columns
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='journal_settings'"
                            ).fetchone() is None
        triggers = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='contacts'")}
        assert {"contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au"} <= triggers
