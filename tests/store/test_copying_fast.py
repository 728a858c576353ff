"""The backup's fast way (store/copying.py): the WAL emptied, then the main file's bytes copied
while a read transaction holds the snapshot. The copy must be the journal as it was when the
backup began, whatever another connection commits or checkpoints meanwhile; when the WAL
cannot be emptied the backup takes SQLite's page-by-page way and is just as right."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from kizuna_desktop.services import check, contacts, search
from kizuna_desktop.store import Journal, copying


def _names(journal: Journal) -> set[str]:
    return {c.written for c in search.page(
        journal, search.ContactFilter(include_archived=True), limit=10_000)}


def _standalone(made: Path) -> None:
    assert made.exists() and oct(made.stat().st_mode & 0o777) == "0o600"
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{made}{suffix}").exists()
    assert not list(made.parent.glob(f".{made.name}*"))  # no .part left
    assert made.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: opens read-only too


def test_a_backup_of_a_journal_with_commits_still_in_its_wal_holds_them_all(
        demo_journal, tmp_path):
    contacts.create(demo_journal, contacts.ContactInput(family_name="新井", given_name="一郎"))
    wal = Path(f"{demo_journal.path}-wal")
    assert wal.stat().st_size > 0  # the change is in the WAL, not yet in the main file
    pending = copying.SnapshotBackup(demo_journal, tmp_path / "b.kizuna")
    try:
        made = pending.wait()
        assert pending.fast
    finally:
        pending.close()
    _standalone(made)
    assert copying.verify_copy(made, None)[0]
    with Journal.open(made, create=False) as b:
        assert check.run(b).ok and _names(b) == _names(demo_journal)
        assert "新井 一郎" in _names(b)


def test_commits_and_checkpoints_during_the_copy_never_reach_it(
        demo_journal, tmp_path, monkeypatch):
    before = _names(demo_journal)
    go = threading.Event()
    real_copy = copying._copy_bytes

    def copy_when_told(source, dest):  # the bytes are copied only after the writes below
        assert go.wait(20)
        real_copy(source, dest)

    monkeypatch.setattr(copying, "_copy_bytes", copy_when_told)
    pending = copying.SnapshotBackup(demo_journal, tmp_path / "b.kizuna")
    try:
        assert pending.fast
        for n in range(3):
            contacts.create(demo_journal, contacts.ContactInput(family_name="後藤",
                                                                given_name=f"{n}郎"))
        # Another connection (another program) asks to fold the WAL into the main file.
        other = sqlite3.connect(demo_journal.path, timeout=0.1)
        try:
            for mode in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
                other.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        finally:
            other.close()
        go.set()
        made = pending.wait()
    finally:
        go.set()
        pending.close()
    _standalone(made)
    with Journal.open(made, create=False) as b:
        assert check.run(b).ok and _names(b) == before
    assert _names(demo_journal) == before | {"後藤 0郎", "後藤 1郎", "後藤 2郎"}


def test_a_reader_holding_the_wal_sends_the_backup_the_page_by_page_way(
        demo_journal, tmp_path):
    contacts.create(demo_journal, contacts.ContactInput(family_name="読者", given_name="一"))
    reader = sqlite3.connect(demo_journal.path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM contacts").fetchone()  # holds the WAL's frames
        contacts.create(demo_journal, contacts.ContactInput(family_name="読者", given_name="二"))
        pending = copying.SnapshotBackup(demo_journal, tmp_path / "b.kizuna")
        try:
            made = pending.wait()
            assert not pending.fast
        finally:
            pending.close()
    finally:
        reader.close()
    _standalone(made)
    with Journal.open(made, create=False) as b:
        assert check.run(b).ok and _names(b) == _names(demo_journal)
        assert {"読者 一", "読者 二"} <= _names(b)


def test_the_fast_copy_of_an_encrypted_journal_stays_encrypted(tmp_path):
    from kizuna_desktop.store.db import is_encrypted

    path = tmp_path / "secret.kizuna"
    with Journal.open(path, passphrase="correct horse battery") as j:
        contacts.create(j, contacts.ContactInput(family_name="秘密", given_name="花子"))
        pending = copying.SnapshotBackup(j, tmp_path / "b.kizuna")
        try:
            made = pending.wait()
            assert pending.fast
        finally:
            pending.close()
    assert is_encrypted(made) and "秘密".encode() not in made.read_bytes()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{made}{suffix}").exists()
    assert copying.verify_copy(made, "correct horse battery")[0]
    assert not copying.verify_copy(made, "wrong horse")[0]
    with Journal.open(made, create=False, passphrase="correct horse battery") as b:
        assert _names(b) == {"秘密 花子"}


def test_a_stamp_taken_with_the_backup_equals_the_next_when_nothing_was_written(
        demo_journal, tmp_path):
    contacts.create(demo_journal, contacts.ContactInput(family_name="印", given_name="一"))
    _made, stamp = copying.backup_stamped(demo_journal, tmp_path / "b.kizuna")
    assert copying.file_stamp(demo_journal.path) == stamp
    contacts.create(demo_journal, contacts.ContactInput(family_name="印", given_name="二"))
    assert copying.file_stamp(demo_journal.path) != stamp


def test_without_copy_file_range_or_sendfile_the_bytes_are_read_and_written(
        demo_journal, tmp_path, monkeypatch):
    import os

    contacts.create(demo_journal, contacts.ContactInput(family_name="古い", given_name="系"))
    for name in ("copy_file_range", "sendfile"):  # an older kernel, another system
        monkeypatch.delattr(os, name, raising=False)
    pending = copying.SnapshotBackup(demo_journal, tmp_path / "b.kizuna")
    try:
        made = pending.wait()
        assert pending.fast
    finally:
        pending.close()
    _standalone(made)
    with Journal.open(made, create=False) as b:
        assert check.run(b).ok and _names(b) == _names(demo_journal)
