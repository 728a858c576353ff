"""0008_import_fields: postal addresses move from contact methods into their own table, with
every row, label and place kept; the new contact columns arrive empty; downgrading puts the
addresses back."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from kizuna_desktop.store.db import alembic_config
from tests.store.test_migrations import _upgrade


def _downgrade(path, target: str) -> None:
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, target)
    engine.dispose()


def _journal_at_0007(path) -> None:
    _upgrade(path, "0007_method_lookup")
    with sqlite3.connect(path) as conn:
        for cid, family in ((1, "山田"), (2, "Smith")):
            conn.execute(
                "INSERT INTO contacts (id, family_name, given_name, family_reading, "
                "given_reading, family_latin, given_latin, latin_order, honorific, region, "
                "interests, how_we_met, notes, archived, created_at, updated_at, sort_key, "
                "sort_rank, search_text) VALUES (?, ?, '', '', '', '', '', 'given_first', "
                "'様', '', '', '', '', 0, '2026-01-01', '2026-01-01', ?, ?, '')",
                (cid, family, family, cid * 10))
        conn.executemany(
            "INSERT INTO contact_methods (contact_id, kind, label, value, position) "
            "VALUES (?, ?, ?, ?, ?)",
            [(1, "email", "work", "yamada@example.jp", 0),
             (1, "address", "work", "〒100-0005 東京都千代田区丸の内1-2-3", 1),
             (1, "address", "home", "大阪府大阪市北区梅田3-1", 2),
             (2, "address", "", "1 Infinite Loop, Cupertino CA 95014", 0),
             (2, "phone", "mobile", "+1 555 0100", 1)])


def test_address_methods_move_into_addresses_with_every_row(tmp_path):
    path = tmp_path / "j.kizuna"
    _journal_at_0007(path)
    _upgrade(path, "0008_import_fields")
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT contact_id, label, postal_code, text, position "
                            "FROM addresses ORDER BY contact_id, position").fetchall()
        assert rows == [
            (1, "work", "100-0005", "〒100-0005 東京都千代田区丸の内1-2-3", 1),
            (1, "home", "", "大阪府大阪市北区梅田3-1", 2),
            (2, "", "", "1 Infinite Loop, Cupertino CA 95014", 0)]
        left = conn.execute("SELECT contact_id, kind, value FROM contact_methods "
                            "ORDER BY id").fetchall()
        assert left == [(1, "email", "yamada@example.jp"), (2, "phone", "+1 555 0100")]
        assert conn.execute("SELECT nickname, middle_name, name_prefix, name_suffix, "
                            "anniversary_year, anniversary_month, anniversary_day "
                            "FROM contacts WHERE id = 1").fetchone() == (
            "", "", "", "", None, None, None)
        # The search index's triggers survive (no table copy): a rename still reaches it.
        triggers = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au"} <= triggers
        # New rows never take a deleted row's id.
        assert "AUTOINCREMENT" in conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'addresses'").fetchone()[0]


def test_downgrade_puts_the_addresses_back_as_methods(tmp_path):
    path = tmp_path / "j.kizuna"
    _journal_at_0007(path)
    _upgrade(path, "0008_import_fields")
    _downgrade(path, "0007_method_lookup")
    with sqlite3.connect(path) as conn:
        back = conn.execute("SELECT contact_id, label, value FROM contact_methods "
                            "WHERE kind = 'address' ORDER BY contact_id, position").fetchall()
        assert back == [(1, "work", "〒100-0005 東京都千代田区丸の内1-2-3"),
                        (1, "home", "大阪府大阪市北区梅田3-1"),
                        (2, "", "1 Infinite Loop, Cupertino CA 95014")]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(contacts)")}
        assert "nickname" not in columns and "anniversary_year" not in columns
