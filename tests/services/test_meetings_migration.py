"""0012_meetings on real rows: an 0011 journal's interactions keep every value and get the
new columns empty (no calendar UID, no end, not all-day, no agenda, not reviewed); the table
keeps its AUTOINCREMENT key and ids; one UID+RECURRENCE-ID is unique; meeting_guests is new
and goes with its meeting; downgrade gives back the 0011 table with its rows."""

from __future__ import annotations

import sqlite3

import pytest

from tests.store.test_migrations import _upgrade

OLD = ("id, kind, occurred_at, zone, place, summary, notes, created_at, updated_at")


def _at_0011_with_rows(path) -> list[tuple]:
    _upgrade(path, "0011_stable_ids")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO contacts (id, family_name, given_name, family_reading, "
                     "given_reading, family_latin, given_latin, latin_order, honorific, region, "
                     "interests, how_we_met, notes, archived, created_at, updated_at, sort_key, "
                     "sort_rank, search_text) VALUES (1, '山田', '太郎', '', '', 'Yamada', "
                     "'Taro', 'given_first', '様', '', '', '', '', 0, '2026-01-01 00:00:00', "
                     "'2026-01-01 00:00:00', 'やまだ', 10, '山田 太郎')")
        conn.execute(f"INSERT INTO interactions ({OLD}) VALUES "
                     "(7, 'nomikai', '2026-11-20 10:00:00.000000', 'Asia/Tokyo', 'Izakaya', "
                     "'Dinner', '焼き鳥の話', '2026-11-20 12:00:00', '2026-11-20 12:00:00'), "
                     "(9, 'meeting', '2027-01-10 01:00:00.000000', 'Europe/Berlin', 'Office', "
                     "'Planned review', '', '2026-12-01 09:00:00', '2026-12-01 09:00:00')")
        conn.execute("INSERT INTO interaction_participants VALUES (7, 1), (9, 1)")
        conn.execute("DELETE FROM interaction_participants WHERE interaction_id = 9")
        conn.execute("DELETE FROM interactions WHERE id = 9")  # the highest id, deleted
        conn.execute(f"INSERT INTO interactions ({OLD}) VALUES (8, 'call', "
                     "'2026-11-25 01:00:00.000000', 'UTC', '', '', '', '2026-11-25 02:00:00', "
                     "'2026-11-25 02:00:00')")
        return conn.execute(f"SELECT {OLD} FROM interactions ORDER BY id").fetchall()


def test_upgrade_keeps_every_interaction_and_adds_empty_meeting_columns(tmp_path):
    path = tmp_path / "old.kizuna"
    before = _at_0011_with_rows(path)
    _upgrade(path, "0012_meetings")
    with sqlite3.connect(path) as conn:
        assert conn.execute(f"SELECT {OLD} FROM interactions ORDER BY id").fetchall() == before
        assert conn.execute(
            "SELECT calendar_uid, recurrence_id, calendar_sequence, calendar_stamp, ends_at, "
            "all_day, status, agenda, reviewed_at FROM interactions ORDER BY id").fetchall() \
            == [(None, "", None, None, None, 0, "", "", None)] * 2
        assert conn.execute("SELECT * FROM interaction_participants").fetchall() == [(7, 1)]
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'interactions'"
                           ).fetchone()[0]
        assert "AUTOINCREMENT" in sql
        # ids are never given again: 9 was deleted before the upgrade
        conn.execute("INSERT INTO interactions (kind, occurred_at, zone, place, summary, notes,"
                     " created_at, updated_at, calendar_uid, recurrence_id) VALUES ('meeting', "
                     "'2031-03-06 01:00:00', 'Asia/Tokyo', '', 'Sync', '', '2031-03-01', "
                     "'2031-03-01', 'uid@x', '2031-03-06T01:00:00')")
        assert conn.execute("SELECT max(id) FROM interactions").fetchone()[0] == 10
        with pytest.raises(sqlite3.IntegrityError):  # one UID + RECURRENCE-ID, once
            conn.execute("INSERT INTO interactions (kind, occurred_at, zone, place, summary, "
                         "notes, created_at, updated_at, calendar_uid, recurrence_id) VALUES "
                         "('meeting', '2031-03-06 01:00:00', 'Asia/Tokyo', '', 'Sync', '', "
                         "'2031-03-01', '2031-03-01', 'uid@x', '2031-03-06T01:00:00')")
        conn.commit()  # the pragma is a no-op inside a transaction
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("INSERT INTO meeting_guests (interaction_id, name, email, state) VALUES "
                     "(10, 'Pat', 'pat@x', 'pending')")
        conn.execute("DELETE FROM interactions WHERE id = 10")
        assert conn.execute("SELECT count(*) FROM meeting_guests").fetchone()[0] == 0
        conn.commit()


def test_downgrade_gives_back_the_0011_table(tmp_path):
    path = tmp_path / "old.kizuna"
    before = _at_0011_with_rows(path)
    _upgrade(path, "0012_meetings")
    from alembic import command
    from sqlalchemy import create_engine

    from kizuna_desktop.store.db import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011_stable_ids")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute(f"SELECT {OLD} FROM interactions ORDER BY id").fetchall() == before
        cols = [r[1] for r in conn.execute("PRAGMA table_info(interactions)")]
        assert "calendar_uid" not in cols and "agenda" not in cols
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'meeting_guests'"
                            ).fetchone()[0] == 0
