"""Backups that keep a good copy, on real journals: damage found before it spreads (11
simulated days, the clock injected), tiered retention with imports on their own count, the
newest verified backup never removed, unchanged journals not backed up, leftovers of killed
runs removed, a restore that never changes its backup (read from a read-only mount), and an
encryption killed with SIGKILL at several moments that the next open finishes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from kizuna_desktop.errors import JournalDamagedError
from kizuna_desktop.services import backup, contacts, opening, search
from kizuna_desktop.store import Journal
from kizuna_desktop.store.copying import verify_copy
from kizuna_desktop.store.db import is_encrypted
from tests.store.test_faults_journal import damage_table, mounted_tmpfs, remount_read_only

DAY0 = datetime(2026, 11, 1, 9, 0)


def test_eleven_days_with_damage_on_day_six_keep_a_good_backup(demo_path):
    j = Journal.open(demo_path)
    made = []
    for day in range(6):
        contacts.create(j, contacts.ContactInput(family_name=f"日{day}"))
        made.append(backup.auto_backup(j, now=DAY0 + timedelta(days=day)))
    assert all(made) and len(backup.list_backups(demo_path)) == 6
    j.close()
    damage_table(demo_path, "interactions")  # day 6: a page goes bad
    for day in range(6, 11):
        try:
            j = Journal.open(demo_path)
        except JournalDamagedError:
            break
        with pytest.raises(JournalDamagedError) as e:
            backup.auto_backup(j, now=DAY0 + timedelta(days=day))
        assert e.value.backup == made[-1]  # names the newest good one
        j.close()
    infos = backup.backup_infos(demo_path)
    assert [b.path for b in infos] == list(reversed(made))  # nothing removed, nothing added
    assert all(b.verified for b in infos)
    for b in infos:
        assert verify_copy(b.path, None)[0]
    opened = opening.open_journal(demo_path)
    if opened.status is opening.Status.DAMAGED:
        assert opened.backup == made[-1] and "restore the newest good backup from" in \
            opened.message


def test_an_unchanged_journal_is_not_backed_up_again(demo_journal):
    assert backup.auto_backup(demo_journal, now=DAY0)
    assert backup.auto_backup(demo_journal, now=DAY0 + timedelta(days=1)) is None
    assert backup.auto_backup(demo_journal, now=DAY0 + timedelta(days=2)) is None
    contacts.create(demo_journal, contacts.ContactInput(family_name="変化"))
    assert backup.auto_backup(demo_journal, now=DAY0 + timedelta(days=3))
    assert len(backup.list_backups(demo_journal.path)) == 2


def test_tiered_retention_over_a_year_with_imports_on_their_own_count(demo_journal):
    for day in range(0, 400, 1):
        when = DAY0 + timedelta(days=day)
        contacts.create(demo_journal, contacts.ContactInput(family_name=f"年{day}"))
        if day % 40 == 0:  # imports come and go on their own count
            for _ in range(3):
                backup.backup_now(demo_journal, tag="before-import", now=when)
        if day % 7 == 0 or day > 385:
            backup.auto_backup(demo_journal, now=when)
    now = DAY0 + timedelta(days=399)
    infos = backup.backup_infos(demo_journal.path)
    daily = [b for b in infos if b.kind == "daily"]
    imports = [b for b in infos if b.kind == "before-import"]
    assert len(imports) == backup.KEEP
    ages = sorted((now - b.created).days for b in daily)
    assert [a for a in ages if a <= 13] == list(range(0, 14))  # every day of the last 14
    assert any(40 < a < 60 for a in ages)  # weeks back
    assert any(200 < a < 365 for a in ages)  # months back
    assert len(daily) < 14 + 8 + 12 + 1
    assert max(ages) <= 365


def test_the_newest_verified_backup_is_never_removed(demo_journal):
    only = backup.backup_now(demo_journal, now=DAY0)
    removed = backup.prune(demo_journal.path, DAY0 + timedelta(days=3000))
    assert removed == [] and backup.list_backups(demo_journal.path) == [only]


def test_leftovers_of_killed_runs_are_removed_at_start(demo_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    folder = backup.backups_dir(demo_path)
    folder.mkdir(parents=True)
    left = [folder / f".20261101-090000.kizuna.{dead.pid}.part",
            demo_path.with_name(f".{demo_path.name}.{dead.pid}.converting"),
            demo_path.with_name(f".{demo_path.name}.{dead.pid}.importing"),
            demo_path.with_name(f".{demo_path.name}.restoring")]  # an older version's
    live = folder / f".20261101-090001.kizuna.{os.getpid()}.part"  # ours: being written
    for p in [*left, live]:
        p.write_bytes(b"x" * 4096)
    old = time.time() - 3600
    os.utime(left[-1], (old, old))
    opened = opening.open_journal(demo_path)
    opened.journal.close()
    assert [p for p in left if p.exists()] == []
    assert live.exists()


def test_restore_reads_a_backup_on_a_read_only_stick_and_never_changes_it(
        demo_path, tmp_path):
    with Journal.open(demo_path) as j:
        n = search.count(j, search.ContactFilter())
    with mounted_tmpfs(tmp_path / "stick", "16m") as stick:
        old = stick / "old.kizuna"
        old.write_bytes(demo_path.read_bytes())
        import sqlite3

        conn = sqlite3.connect(old)  # a standalone copy, as backups are
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        before = old.read_bytes()
        remount_read_only(stick)
        with Journal.open(demo_path) as j:
            contacts.create(j, contacts.ContactInput(family_name="後で消える"))
        saved = backup.restore(demo_path, old)
        assert old.read_bytes() == before  # the backup file is never changed
        assert saved is not None and saved.exists()
    with Journal.open(demo_path) as j:
        assert search.count(j, search.ContactFilter()) == n
        assert search.count(j, search.ContactFilter(text="後で消える")) == 0


ENCRYPT = """
import sys
from kizuna_desktop.services import backup
backup.convert(sys.argv[1], None, "correct horse battery staple")
"""


@pytest.mark.parametrize("moment", ["staging", "swapped", "converting"])
def test_an_encryption_killed_halfway_is_finished_on_the_next_open(demo_path, moment):
    with Journal.open(demo_path) as j:
        for day in range(8):
            contacts.create(j, contacts.ContactInput(family_name=f"鍵{day}"))
            backup.backup_now(j, now=DAY0 + timedelta(days=day))
    folder = backup.backups_dir(demo_path)
    original_ino = demo_path.stat().st_ino
    child = subprocess.Popen([sys.executable, "-c", ENCRYPT, str(demo_path)],
                             env=os.environ.copy())

    def reached() -> bool:
        if moment == "staging":
            return any(demo_path.parent.glob(f".{demo_path.name}.*.converting"))
        if moment == "swapped":
            return demo_path.exists() and demo_path.stat().st_ino != original_ino
        return any(folder.glob(".*.converting"))

    deadline = time.monotonic() + 60
    while not reached() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    assert reached() and child.poll() is None, "the run ended before the moment to kill it"
    child.send_signal(signal.SIGKILL)
    child.wait()
    passphrase = "correct horse battery staple"
    encrypted = is_encrypted(demo_path)
    opened = opening.open_journal(demo_path, passphrase=passphrase if encrypted else None)
    assert opened.status is opening.Status.OPENED, opened.message
    opened.journal.close()
    left = [p for p in demo_path.parent.iterdir() if p.name.endswith(".converting")]
    left += list(folder.glob(".*"))
    assert [p for p in left if p.name != "index.json"] == []
    if encrypted:  # the journal is encrypted: so is every backup now
        assert [p.name for p in backup.list_backups(demo_path) if not is_encrypted(p)] == []
        for p in backup.list_backups(demo_path):
            assert verify_copy(p, passphrase)[0]
    else:  # killed before the swap: the plain journal is whole, encrypt can run again
        with Journal.open(demo_path) as j:
            assert search.count(j, search.ContactFilter(text="鍵7")) == 1
    assert all(verify_copy(p, passphrase if is_encrypted(p) else None)[0]
               for p in backup.list_backups(demo_path))


def test_encrypt_on_an_encrypted_journal_with_plain_backups_finishes_them(
        demo_path, tmp_path, capsys, monkeypatch):
    from kizuna_desktop import cli
    from kizuna_desktop.store.copying import backup_to

    passphrase = "correct horse battery staple"
    backup.convert(demo_path, None, passphrase)
    # what an interrupted run leaves: a plain backup beside the encrypted journal
    extra = backup.backups_dir(demo_path) / "20261102-090000.kizuna"
    with Journal.open(tmp_path / "plain.kizuna") as p:
        contacts.create(p, contacts.ContactInput(family_name="平文"))
        backup_to(p, extra)
    assert not is_encrypted(extra)
    monkeypatch.setenv("KIZUNA_PASSPHRASE", passphrase)
    code = cli.main(["--db", str(demo_path), "encrypt"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "plain backups are now encrypted" in out
    assert is_encrypted(extra) and verify_copy(extra, passphrase)[0]
    assert "平文".encode() not in extra.read_bytes()


def test_everything_backups_write_is_private_parents_included(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh" / "share"))
    old_umask = os.umask(0o022)  # the usual umask: what the app must not rely on
    try:
        _write_everything(tmp_path)
    finally:
        os.umask(old_umask)


def _write_everything(tmp_path) -> None:
    import stat

    from kizuna_desktop import paths

    with Journal.open(tmp_path / "j.kizuna") as j:
        contacts.create(j, contacts.ContactInput(family_name="私"))
        made = backup.backup_now(j)
        opened = opening.open_journal(tmp_path / "j.kizuna", for_window=True)
        lock_file = tmp_path / "j.kizuna.lock"
        assert stat.S_IMODE(lock_file.stat().st_mode) == 0o600
        opened.journal.close()
        assert not lock_file.exists()  # given back on close
    for f in (made, made.parent / "index.json"):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    # a journal outside the data folder (--db) keeps its backups beside it, 0700
    assert made.parent == tmp_path / ".j.kizuna.backups"
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    # the default journal (in the data folder) keeps them there: every parent made 0700
    default = paths.data_dir() / "journal.kizuna"
    with Journal.open(default) as j:
        made = backup.backup_now(j)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    folder = made.parent
    while folder != paths.data_dir():  # the backups folder and every parent made for it
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        folder = folder.parent
