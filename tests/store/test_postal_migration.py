"""0014_postal: every address row is kept with its text unchanged; the rows 0008 moved from the
old address methods (text and postal code only) get their Japanese parts; a foreign address is
left as it was; the downgrade drops the new columns and the marks, keeping every address."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from kizuna_desktop.store.db import alembic_config
from tests.store.test_migrations import _upgrade

ROWS = [
    (1, "自宅", "100-0005", "〒100-0005 東京都千代田区丸の内1-2-3 丸ビル5階"),
    (2, "勤務先", "", "大阪府大阪市北区梅田二丁目4番9号"),
    (3, "US", "", "1600 Amphitheatre Pkwy, Mountain View, CA"),
    (4, "", "", "どこか"),
]


def _at_0013_with_addresses(path) -> None:
    _upgrade(path, "0013_network")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO contacts (id, family_name, given_name, family_reading, "
                     "given_reading, family_latin, given_latin, latin_order, honorific, region, "
                     "interests, how_we_met, notes, archived, created_at, updated_at, sort_key, "
                     "sort_rank, search_text) VALUES (1, '佐藤', '一郎', '', '', 'Sato', "
                     "'Ichiro', 'given_first', '様', '', '', '', '', 0, '2026-01-01 00:00:00', "
                     "'2026-01-01 00:00:00', 'さとう', 10, '佐藤 一郎')")
        for i, label, code, text in ROWS:
            conn.execute("INSERT INTO addresses (id, contact_id, label, postal_code, region, "
                         "city, street, extended, po_box, country, text, position) VALUES "
                         "(?, 1, ?, ?, '', '', '', '', '', '', ?, ?)", (i, label, code, text, i))
        # one already given in parts (an import after 0008): left as it is
        conn.execute("INSERT INTO addresses (id, contact_id, label, postal_code, region, city, "
                     "street, extended, po_box, country, text, position) VALUES (5, 1, 'x', "
                     "'530-0001', '大阪府', '大阪市北区', '梅田1-1', '', '', '', 'as written', 5)")


def test_upgrade_keeps_every_address_and_fills_japanese_parts(tmp_path):
    path = tmp_path / "old.kizuna"
    _at_0013_with_addresses(path)
    _upgrade(path, "0014_postal")
    with sqlite3.connect(path) as conn:
        got = {r[0]: r[1:] for r in conn.execute(
            "SELECT id, label, postal_code, region, city, town, block, street, extended, "
            "country, text FROM addresses ORDER BY id")}
        assert conn.execute("SELECT count(*) FROM nengajo_marks").fetchone() == (0,)
    assert sorted(got) == [1, 2, 3, 4, 5]
    for i, label, _code, text in ROWS:  # the text as written never changes
        assert got[i][0] == label and got[i][-1] == text
    assert got[1][1:9] == ("100-0005", "東京都", "千代田区", "丸の内", "1-2-3", "丸の内1-2-3",
                           "丸ビル5階", "")
    assert got[2][2:6] == ("大阪府", "大阪市北区", "梅田二丁目", "4番9号")
    assert got[3][1:9] == ("", "", "", "", "", "", "", "")  # not Japanese: untouched
    assert got[4][1:9] == ("", "", "", "", "", "", "", "")  # does not read as an address
    assert got[5][1:8] == ("530-0001", "大阪府", "大阪市北区", "", "", "梅田1-1", "")


def test_downgrade_keeps_every_address(tmp_path):
    path = tmp_path / "old.kizuna"
    _at_0013_with_addresses(path)
    _upgrade(path, "0014_postal")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO nengajo_marks (contact_id, year, sent) VALUES (1, 2027, 1)")
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0013_network")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM addresses ORDER BY id")]
        cols = [r[1] for r in conn.execute("PRAGMA table_info(addresses)")]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert texts == [t for *_, t in ROWS] + ["as written"]
    assert "town" not in cols and "nengajo_marks" not in tables
