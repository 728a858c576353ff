"""0009_records with real rows: a journal at 0008 with organisations, positions, gifts and
introductions upgrades keeping every row and value; the new kinds, occasions, 兼務 and an
introduction of the user then fit; the downgrade keeps what the old schema can hold."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from kizuna_desktop.store.db import alembic_config
from tests.store.test_migrations import _upgrade

CONTACT = ("INSERT INTO contacts (id, family_name, given_name, family_reading, given_reading, "
           "family_latin, given_latin, latin_order, honorific, region, interests, how_we_met, "
           "notes, archived, created_at, updated_at, sort_key, sort_rank, search_text) VALUES "
           "(?, ?, '', '', '', '', '', 'given_first', '様', '', '', '', '', 0, "
           "'2026-01-01 00:00:00', '2026-01-01 00:00:00', ?, ?, ?)")


def _at_0008_with_rows(path) -> None:
    _upgrade(path, "0008_import_fields")
    with sqlite3.connect(path) as conn:
        for i, name in ((1, "山田"), (2, "佐藤"), (3, "鈴木")):
            conn.execute(CONTACT, (i, name, name, i * 10, name))
        conn.execute("INSERT INTO organizations (id, name_ja, name_en, kind, group_id, notes, "
                     "created_at, updated_at) VALUES (1, '三星HD', 'Mitsuboshi HD', 'other', "
                     "NULL, '', '2026-01-01', '2026-01-01'), (2, '三星商事', '', 'client', 1, "
                     "'core', '2026-01-01', '2026-01-01')")
        conn.execute("INSERT INTO positions (id, contact_id, organization_id, department_ja, "
                     "department_en, title_ja, title_en, start_date, end_date) VALUES "
                     "(5, 1, 2, '機械部', '', '部長', 'GM', '2019-04-01', NULL)")
        conn.execute("INSERT INTO ledger_entries (id, contact_id, direction, kind, occasion, "
                     "description, value, currency, occurred_on, created_at) VALUES "
                     "(9, 1, 'given', 'gift', 'oseibo', '日本酒', 5000, 'JPY', '2025-12-10', "
                     "'2025-12-10')")
        conn.execute("INSERT INTO introductions (id, introducer_id, introduced_id, "
                     "introduced_to_id, introduced_on, note, created_at) VALUES "
                     "(4, 2, 1, NULL, '2024-05-01', 'golf', '2024-05-01')")


def _rows(conn, sql):
    return conn.execute(sql).fetchall()


def test_upgrade_keeps_every_row_and_the_new_values_fit(tmp_path):
    path = tmp_path / "old.kizuna"
    _at_0008_with_rows(path)
    _upgrade(path, "0009_records")
    with sqlite3.connect(path) as conn:
        assert _rows(conn, "SELECT id, name_ja, name_en, kind, group_id, notes, reading, "
                           "website, address FROM organizations ORDER BY id") == [
            (1, "三星HD", "Mitsuboshi HD", "other", None, "", "", "", ""),
            (2, "三星商事", "", "client", 1, "core", "", "", "")]
        assert _rows(conn, "SELECT id, title_ja, start_date, end_date, concurrent "
                           "FROM positions") == [(5, "部長", "2019-04-01", None, 0)]
        assert _rows(conn, "SELECT id, occasion, value, description FROM ledger_entries") == [
            (9, "oseibo", 5000, "日本酒")]
        assert _rows(conn, "SELECT id, introducer_id, introduced_id, introduced_to_id, note "
                           "FROM introductions") == [(4, 2, 1, None, "golf")]
        # What the records issue adds is now accepted ...
        conn.execute("UPDATE organizations SET kind = 'public_body' WHERE id = 1")
        conn.execute("INSERT INTO ledger_entries (contact_id, direction, kind, occasion, "
                     "description, currency, occurred_on, created_at) VALUES (1, 'received', "
                     "'favour', 'condolence', '', 'JPY', '2026-01-01', '2026-01-01')")
        conn.execute("INSERT INTO ledger_participants VALUES (9, 3)")
        conn.execute("INSERT INTO introductions (introducer_id, introduced_id, "
                     "introduced_to_id, note, created_at) VALUES (2, NULL, 3, '', '2026-01-01')")
        conn.execute("INSERT INTO positions (contact_id, organization_id, department_ja, "
                     "department_en, title_ja, title_en, concurrent) VALUES "
                     "(1, 1, '', '', '理事', '', 1)")
        # ... and the rules still hold: two people as "me", someone introduced to themselves.
        for bad in ("INSERT INTO introductions (introducer_id, introduced_id, introduced_to_id,"
                    " note, created_at) VALUES (NULL, NULL, 3, '', '2026-01-01')",
                    "INSERT INTO introductions (introducer_id, introduced_id, introduced_to_id,"
                    " note, created_at) VALUES (2, 3, 3, '', '2026-01-01')",
                    "UPDATE organizations SET kind = 'bank'"):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(bad)
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE "
                                              "type = 'index' AND sql IS NOT NULL")}
        assert {"ix_organizations_group", "ix_ledger_contact", "ix_introductions_introducer",
                "ix_ledger_participants_contact"} <= indexes
    _upgrade(path, "head")  # and on to the head with the rows added


def test_downgrade_keeps_what_the_old_schema_holds(tmp_path):
    path = tmp_path / "old.kizuna"
    _at_0008_with_rows(path)
    _upgrade(path, "0009_records")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE organizations SET kind = 'supplier', website = 'x.jp' WHERE id = 2")
        conn.execute("UPDATE ledger_entries SET occasion = 'thanks'")
        conn.execute("INSERT INTO introductions (introducer_id, introduced_id, "
                     "introduced_to_id, note, created_at) VALUES (2, NULL, 3, '', '2026-01-01')")
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008_import_fields")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert _rows(conn, "SELECT id, kind FROM organizations ORDER BY id") == [
            (1, "other"), (2, "other")]
        assert _rows(conn, "SELECT id, occasion FROM ledger_entries") == [(9, "other")]
        assert _rows(conn, "SELECT id FROM introductions") == [(4,)]
        assert _rows(conn, "SELECT id, title_ja FROM positions") == [(5, "部長")]
