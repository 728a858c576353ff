"""Opening journals: pragmas, file mode, transactions, and clear errors for bad files."""

from __future__ import annotations

import sqlite3
import stat

import pytest
from sqlalchemy import text

from kizuna_desktop.errors import JournalError
from kizuna_desktop.services import contacts
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact


def test_new_journal_is_private_and_uses_wal_and_full_sync(tmp_path):
    path = tmp_path / "sub" / "new.kizuna"
    with Journal.open(path) as j:
        contacts.create(j, contacts.ContactInput(family_name="山田"))
        with j.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        for f in (path, path.with_name(path.name + "-wal")):
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_reopened_journal_keeps_its_data(tmp_path):
    path = tmp_path / "j.kizuna"
    with Journal.open(path) as j:
        cid = contacts.create(j, contacts.ContactInput(family_name="佐藤", given_name="花子")).id
    with Journal.open(path, create=False) as j:
        assert contacts.get(j, cid).given_name == "花子"


def test_missing_journal_without_create_is_a_clear_error(tmp_path):
    with pytest.raises(JournalError, match="There is no journal at"):
        Journal.open(tmp_path / "nope.kizuna", create=False)
    assert not (tmp_path / "nope.kizuna").exists()


def test_folder_is_refused(tmp_path):
    with pytest.raises(JournalError, match="is a folder"):
        Journal.open(tmp_path)


def test_non_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    content = b"These are my notes, not a database.\n" * 100
    path.write_bytes(content)
    with pytest.raises(JournalError, match="not a Kizuna journal"):
        Journal.open(path)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
        conn.execute("INSERT INTO invoices (total) VALUES (100)")
    before = path.read_bytes()
    with pytest.raises(JournalError, match="not a Kizuna journal"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_damaged_journal_gives_a_clear_error(demo_path):
    data = bytearray(demo_path.read_bytes())
    data[100:4096] = b"\xde\xad\xbe\xef" * ((4096 - 100) // 4)  # smash the schema page
    demo_path.write_bytes(bytes(data))
    with pytest.raises(JournalError, match="damaged|cannot be opened"):
        Journal.open(demo_path)


def test_journal_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "j.kizuna"
    Journal.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(JournalError, match="newer version"):
        Journal.open(path)


def test_nested_sessions_are_one_transaction(journal):
    with pytest.raises(RuntimeError):
        with journal.session():
            contacts.create(journal, contacts.ContactInput(family_name="一"))
            contacts.create(journal, contacts.ContactInput(family_name="二"))
            raise RuntimeError("cancelled half way")
    with journal.session() as s:
        assert s.query(Contact).count() == 0


def test_foreign_keys_are_enforced(journal):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with journal.session() as s:
            s.execute(text("INSERT INTO contact_methods (contact_id, kind, label, value, position)"
                           " VALUES (12345, 'email', '', 'a@b.jp', 0)"))


def test_a_larger_page_cache_for_bulk_work_is_put_back(journal):
    from kizuna_desktop.store.db import larger_page_cache

    def size(s) -> int:
        return s.execute(text("PRAGMA cache_size")).scalar()

    with journal.session() as s:
        before = size(s)
        with larger_page_cache(s, 64):
            assert size(s) == -64 * 1024
        assert size(s) == before
        with pytest.raises(RuntimeError), larger_page_cache(s, 32):
            raise RuntimeError("bulk work fails")
        assert size(s) == before
