"""Nothing lost: rotating backups, restore that backs up first, archives, encryption at rest,
and a journal that always opens with every committed change after kill -9."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from kizuna_desktop.errors import JournalError
from kizuna_desktop.services import archive, backup, check, contacts, search
from kizuna_desktop.store import Journal


def test_automatic_backups_at_most_daily_and_rotated(demo_journal):
    now = datetime(2026, 11, 25, 9, 0)
    first = backup.auto_backup(demo_journal, keep=3, now=now)
    assert first is not None and first.exists()
    assert backup.auto_backup(demo_journal, keep=3, now=now + timedelta(hours=20)) is None
    for day in range(1, 5):  # a change each day (an unchanged journal is not backed up)
        contacts.create(demo_journal, contacts.ContactInput(family_name=f"日{day}"))
        assert backup.auto_backup(demo_journal, keep=3, now=now + timedelta(days=day))
    kept = backup.list_backups(demo_journal.path)
    assert len(kept) == 5 and kept[0].name.startswith("20261129")  # tiered: 14 dailies kept
    with Journal.open(kept[0], create=False) as b:
        assert check.run(b).ok and search.count(b, search.ContactFilter()) == search.count(
            demo_journal, search.ContactFilter())
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"


def test_restore_backs_up_the_current_journal_first(demo_path):
    with Journal.open(demo_path) as j:
        good = backup.backup_now(j)
        contacts.delete(j, search.resolve(j, "yamada taro").id)
    saved = backup.restore(demo_path, good)
    assert saved is not None and "before-restore" in saved.name
    with Journal.open(demo_path) as j:
        assert search.resolve(j, "yamada taro").written == "山田 太郎"
    with Journal.open(saved) as before:  # the state it replaced is kept
        assert search.count(before, search.ContactFilter(text="yamada taro")) == 0


def test_restore_refuses_a_file_that_is_not_a_journal(demo_path, tmp_path):
    junk = tmp_path / "junk.kizuna"
    junk.write_bytes(os.urandom(4096))
    before = demo_path.read_bytes()
    with pytest.raises(JournalError, match="not a Kizuna journal"):
        backup.restore(demo_path, junk)
    assert demo_path.read_bytes() == before


def test_archive_makes_a_new_journal_and_refuses_one_with_data(demo_journal, tmp_path):
    zpath = archive.export_archive(demo_journal, tmp_path / "all.zip")
    assert archive.read_manifest(zpath)["counts"]["contacts"] == 42
    manifest = archive.import_archive(zpath, tmp_path / "copy.kizuna")
    assert manifest["schema"]
    with Journal.open(tmp_path / "copy.kizuna") as copy:
        assert check.run(copy).ok and search.resolve(copy, "yamada taro")
    with pytest.raises(JournalError, match="already has data"):
        archive.import_archive(zpath, tmp_path / "copy.kizuna")
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(JournalError, match="not a readable Kizuna archive"):
        archive.import_archive(bad, tmp_path / "other.kizuna")


def test_encrypted_journal_hides_every_name_and_note(tmp_path):
    path = tmp_path / "secret.kizuna"
    with Journal.open(path, passphrase="correct horse battery") as j:
        contacts.create(j, contacts.ContactInput(
            family_name="秘密", given_name="花子", family_latin="Himitsu",
            notes="The merger with Mitsuboshi is confidential"))
        backup.backup_now(j)
    raw = path.read_bytes() + b"".join(p.read_bytes() for p in backup.list_backups(path))
    for secret in ("秘密", "Himitsu", "merger", "Mitsuboshi"):
        assert secret.encode() not in raw and secret.encode("utf-16-le") not in raw
    with pytest.raises(JournalError, match="encrypted journal, open it with its passphrase"):
        Journal.open(path)
    with pytest.raises(JournalError, match="Wrong passphrase"):
        Journal.open(path, passphrase="wrong")
    with Journal.open(path, passphrase="correct horse battery") as j:
        assert search.resolve(j, "himitsu").written == "秘密 花子"


def test_converting_a_journal_and_its_backups(demo_path):
    with Journal.open(demo_path) as j:
        backup.backup_now(j)
    backup.convert(demo_path, None, "a long passphrase")
    for f in [demo_path, *backup.list_backups(demo_path)]:
        assert "山田".encode() not in f.read_bytes(), f
    with Journal.open(demo_path, passphrase="a long passphrase") as j:
        assert check.run(j).ok and search.count(j, search.ContactFilter()) == 41
    backup.convert(demo_path, "a long passphrase", None)
    with Journal.open(demo_path) as j:
        assert search.resolve(j, "yamada taro")


WRITER = r"""
import sys
from kizuna_desktop.store import Journal
from kizuna_desktop.services import contacts, interactions
from datetime import datetime, timezone
j = Journal.open(sys.argv[1])
n = int(sys.argv[2])
while True:
    n += 1
    with j.session():
        c = contacts.create(j, contacts.ContactInput(family_name=f"試験{n}", given_name="太郎",
                            notes="x" * 5000))
        interactions.create(j, interactions.InteractionInput(kind="call",
            occurred_at=datetime.now(timezone.utc), participant_ids=[c.id], summary=f"call {n}"))
    print(n, flush=True)  # committed
"""


def test_kill_9_while_writing_never_loses_a_committed_change(tmp_path):
    path = tmp_path / "crash.kizuna"
    Journal.open(path).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    rng = random.Random(7)
    committed: set[int] = set()
    last = 0
    kills = 0
    # At least 12 kills, and on until more than 20 changes were committed across them (a
    # loaded machine writes fewer per run; the moments of the kills stay random)
    while kills < 12 or (len(committed) <= 20 and kills < 60):
        kills += 1
        proc = subprocess.Popen([sys.executable, str(script), str(path), str(last)],
                                stdout=subprocess.PIPE, text=True)
        first = proc.stdout.readline()  # start-up over (about 1.3 s: imports, pykakasi)
        time.sleep(rng.random() * 0.6)  # then a random moment of writing
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        done = [int(x) for x in (first + out).split()]
        committed.update(done)
        last = max([last, *done])
        with Journal.open(path) as j:  # always opens
            assert check.run(j).ok
            names = {c.written for c in search.page(j, search.ContactFilter(), 0, 100_000)}
            missing = [n for n in committed if f"試験{n} 太郎" not in names]
            assert missing == []
            last = max(last, len(names))
    assert len(committed) > 20


def test_a_damaged_journal_is_kept_aside_when_a_backup_is_restored(demo_path):
    with Journal.open(demo_path) as j:
        good = backup.backup_now(j)
    damaged = bytearray(demo_path.read_bytes())
    damaged[100:4096] = b"\xff" * (4096 - 100)
    demo_path.write_bytes(bytes(damaged))
    with pytest.raises(JournalError):
        Journal.open(demo_path)
    saved = backup.restore(demo_path, good)
    assert saved.read_bytes() == bytes(damaged) and "damaged" in saved.name
    with Journal.open(demo_path) as j:
        assert check.run(j).ok


CORPUS = __import__("pathlib").Path(__file__).parents[1] / "formats" / "corpus"


def _count_all(journal: Journal) -> int:
    return search.count(journal, search.ContactFilter(include_archived=True))


def test_a_backup_made_alongside_holds_the_journal_as_it_was_when_it_began(
        demo_journal, monkeypatch):
    """The import writes while its backup is being copied: the backup is the journal as it
    was before, whatever is committed meanwhile."""
    import threading

    from kizuna_desktop.store import copying

    before = _count_all(demo_journal)
    go = threading.Event()
    real_connect = copying.connect

    def connect_when_told(*args, **kwargs):  # the copy begins only after the write below
        assert go.wait(10)
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(copying, "connect", connect_when_told)
    with backup.backup_alongside(demo_journal, "before-import") as saved:
        contacts.create(demo_journal, contacts.ContactInput(family_name="新井", given_name="一郎"))
        go.set()
        path = saved.wait()
    assert path.name.endswith("_before-import.kizuna") and path.parent == backup.backups_dir(
        demo_journal.path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert _count_all(demo_journal) == before + 1
    with Journal.open(path, create=False) as b:
        assert check.run(b).ok and _count_all(b) == before
        assert not search.page(b, search.ContactFilter(text="新井 一郎"))


def test_the_check_of_an_import_backup_is_recorded_once_waited_for(demo_journal):
    """The backup made alongside an import is checked after the import committed, on a
    thread; wait_for_checks returns once that check is recorded (passed, with the count of
    contacts the journal had before the import)."""
    from kizuna_desktop.services import importing

    before = search.count(demo_journal, search.ContactFilter(include_archived=True))
    plan = importing.import_file(demo_journal, CORPUS / "iphone-3.0.vcf")
    result = importing.import_with_backup(demo_journal, plan)
    backup.wait_for_checks()
    (info,) = [b for b in backup.backup_infos(demo_journal.path) if b.path == result.backup]
    assert info.kind == "before-import" and info.verified is True
    assert info.contacts == before


def test_an_import_whose_backup_cannot_be_written_imports_nothing(demo_journal, monkeypatch):
    import sqlite3

    from kizuna_desktop.services import importing
    from kizuna_desktop.store import copying

    before = _count_all(demo_journal)
    plan = importing.import_file(demo_journal, CORPUS / "iphone-3.0.vcf")
    assert plan.items

    def full_disk(*_args, **_kwargs):  # what a full disk does to the copy
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(copying, "connect", full_disk)
    with pytest.raises(JournalError, match="Cannot write the backup .*disk is full"):
        with backup.backup_alongside(demo_journal, "before-import") as saved:
            importing.apply(demo_journal, plan, before_commit=saved.wait)
    assert _count_all(demo_journal) == before
    assert backup.list_backups(demo_journal.path) == []
    assert not list(backup.backups_dir(demo_journal.path).glob(".*.part"))


def test_the_backup_of_an_encrypted_journal_made_alongside_an_import_is_encrypted(tmp_path):
    from kizuna_desktop.services import importing
    from kizuna_desktop.store.db import is_encrypted

    path = tmp_path / "secret.kizuna"
    with Journal.open(path, passphrase="correct horse battery") as j:
        contacts.create(j, contacts.ContactInput(family_name="秘密", given_name="花子"))
        plan = importing.import_file(j, CORPUS / "iphone-3.0.vcf")
        with backup.backup_alongside(j, "before-import") as saved:
            importing.apply(j, plan, before_commit=saved.wait)
        assert _count_all(j) == 3
    (made,) = backup.list_backups(path)
    assert is_encrypted(made) and "秘密".encode() not in made.read_bytes()
    with Journal.open(made, create=False, passphrase="correct horse battery") as b:
        assert [c.written for c in search.page(b, search.ContactFilter())] == ["秘密 花子"]
