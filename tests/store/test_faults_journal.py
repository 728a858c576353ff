"""The journal's faults, each named truly, on real files: a page of a real journal overwritten,
a file replaced or deleted under an open journal, a full disk and a read-only folder (small
real file systems mounted for the test where mount works: CI runs as root, and root ignores
permission bits), another process holding the write lock, a closed journal, the lock file."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kizuna_desktop.errors import (
    DiskFullError,
    FolderMissingError,
    JournalBusyError,
    JournalClosedError,
    JournalDamagedError,
    JournalLockedError,
    JournalReplacedError,
    NotWritableError,
)
from kizuna_desktop.services import check, contacts, search, timeline
from kizuna_desktop.store import Journal, lock
from kizuna_desktop.store.db import ChangeWatch


def damage_table(path: Path, table: str) -> None:
    """Overwrite the first data page of ``table`` in a closed journal (its WAL folded in)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                               (table,)).fetchone()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xde\xad\xbe\xef" * (page_size // 4))


@contextlib.contextmanager
def mounted_tmpfs(where: Path, size: str = "1m"):
    where.mkdir(parents=True, exist_ok=True)
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(where)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {made.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount_read_only(where: Path) -> None:
    done = subprocess.run(["mount", "-o", "remount,ro", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {done.stderr.decode().strip()}")


def test_a_closed_journal_stays_closed(demo_path):
    j = Journal.open(demo_path)
    j.close()
    with pytest.raises(JournalClosedError):
        search.count(j, search.ContactFilter())
    with pytest.raises(JournalClosedError):
        j.engine.connect()
    j.close()  # twice is harmless


def test_damaged_interactions_page_is_named_damaged_everywhere(demo_path):
    damage_table(demo_path, "interactions")
    with Journal.open(demo_path) as j:  # the schema is readable: it opens
        assert j.quick_check() != []
        someone = search.page(j, search.ContactFilter(), 0, 1)[0]
        with pytest.raises(JournalDamagedError):
            timeline.page(j, someone.id, 0, limit=200)
        report = check.run(j)
    assert report.damaged and not report.ok


def test_damaged_contacts_page_is_damage_not_a_traceback(demo_path):
    damage_table(demo_path, "contacts")
    try:
        j = Journal.open(demo_path)
    except JournalDamagedError:
        return  # refused at open: as good
    with j:
        with pytest.raises(JournalDamagedError):
            search.page(j, search.ContactFilter(), 0, 50)
        assert check.run(j).damaged


def test_a_replaced_or_deleted_file_is_never_written_into(demo_path, tmp_path):
    other = tmp_path / "other.kizuna"
    shutil.copyfile(demo_path, other)
    with Journal.open(demo_path) as j:
        contacts.create(j, contacts.ContactInput(family_name="前"))
        os.replace(other, demo_path)  # what a restore from another process does
        with pytest.raises(JournalReplacedError, match="Save a copy"):
            contacts.create(j, contacts.ContactInput(family_name="置換後"))
    with Journal.open(demo_path) as j:
        assert search.count(j, search.ContactFilter(text="置換後")) == 0
    with Journal.open(demo_path) as j:
        demo_path.unlink()
        with pytest.raises(JournalReplacedError, match="deleted or moved"):
            j.check_file()


def test_another_process_writing_is_noticed_by_data_version(demo_path):
    window = Journal.open(demo_path)
    watch = ChangeWatch(window)
    assert not watch.changed()
    code = ("import sys; from kizuna_desktop.store import Journal; "
            "from kizuna_desktop.services import contacts; "
            "j = Journal.open(sys.argv[1]); "
            "contacts.create(j, contacts.ContactInput(family_name='外部')); j.close()")
    subprocess.run([sys.executable, "-c", code, str(demo_path)], check=True)
    assert watch.changed()
    assert not watch.changed()  # once per batch of commits
    assert search.count(window, search.ContactFilter(text="外部")) == 1
    watch.close()
    window.close()


def test_two_writer_processes_both_land(demo_path):
    code = ("import sys; from kizuna_desktop.store import Journal; "
            "from kizuna_desktop.services import contacts; "
            "j = Journal.open(sys.argv[1]); tag = sys.argv[2]\n"
            "for i in range(25): contacts.create(j, contacts.ContactInput("
            "family_name=f'{tag}{i}'))\n"
            "j.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(demo_path), tag],
                              stderr=subprocess.PIPE) for tag in ("甲", "乙")]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read().decode()
    with Journal.open(demo_path) as j:
        assert search.count(j, search.ContactFilter(text="甲")) == 25
        assert search.count(j, search.ContactFilter(text="乙")) == 25
        with j.engine.connect() as conn:
            ids = conn.exec_driver_sql("SELECT id FROM contacts").scalars().all()
        assert len(ids) == len(set(ids))


def test_the_ui_thread_waits_briefly_for_a_lock_then_says_busy(demo_path):
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process's write, held
    try:
        with Journal.open(demo_path, create=False) as j:
            j.ui_wait_ms = 200
            started = time.monotonic()
            with pytest.raises(JournalBusyError):
                contacts.create(j, contacts.ContactInput(family_name="待"))
            assert time.monotonic() - started < 2.0
            # work off the UI thread waits long enough for the other writer to finish
            result = {}

            def background():
                try:
                    result["id"] = contacts.create(j, contacts.ContactInput(family_name="後")).id
                except Exception as e:  # noqa: BLE001
                    result["error"] = e

            t = threading.Thread(target=background)
            t.start()
            time.sleep(0.5)  # the other process holds its lock this long
            holder.execute("COMMIT")
            t.join(10)
            assert "id" in result, result
    finally:
        holder.close()


def test_a_full_disk_is_disk_full_not_damage(tmp_path, demo_template):
    with mounted_tmpfs(tmp_path / "small", "600k") as small:
        path = small / "j.kizuna"
        with Journal.open(path) as j:
            contacts.create(j, contacts.ContactInput(family_name="山田"))
            with pytest.raises(DiskFullError):
                for _ in range(200):
                    contacts.create(j, contacts.ContactInput(family_name="大", notes="x" * 20000))
            assert j.quick_check() == []  # healthy: a full disk is not damage
            assert search.count(j, search.ContactFilter(text="山田")) == 1


def test_a_read_only_folder_is_not_writable_not_damage(tmp_path, demo_template):
    with mounted_tmpfs(tmp_path / "stick", "8m") as stick:
        path = stick / "j.kizuna"
        with Journal.open(path) as j:
            contacts.create(j, contacts.ContactInput(family_name="山田"))
        remount_read_only(stick)
        with pytest.raises(NotWritableError):
            Journal.open(path, create=False)


def test_a_folder_gone_is_folder_missing(tmp_path):
    with pytest.raises(FolderMissingError):
        Journal.open(tmp_path / "gone" / "j.kizuna", create=False)


def test_the_lock_names_its_holder_and_a_dead_holder_is_taken_over(tmp_path):
    path = tmp_path / "j.kizuna"
    path.touch()
    child = subprocess.Popen([sys.executable, "-c",
                              "import sys, time; from kizuna_desktop.store import lock; "
                              "lock.JournalLock(sys.argv[1], 'a window').acquire(); "
                              "print('held', flush=True); time.sleep(60)", str(path)],
                             stdout=subprocess.PIPE)
    try:
        assert child.stdout.readline().strip() == b"held"
        holder = lock.holder(path)
        assert holder is not None and holder.pid == child.pid and holder.what == "a window"
        with pytest.raises(JournalLockedError, match=f"process {child.pid}"):
            lock.refuse_if_held(path, "restore")
        with pytest.raises(JournalLockedError):
            lock.JournalLock(path, "a restore").acquire()
    finally:
        child.kill()
        child.wait()
    assert lock.holder(path) is None  # its process is gone: a stale lock
    mine = lock.JournalLock(path, "a restore").acquire()
    assert mine.held and lock.holder(path).pid == os.getpid()
    mine.release()
    assert not lock.lock_path(path).exists()


def test_check_while_another_process_writes_finds_no_false_problem(demo_path):
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock throughout
    try:
        with Journal.open(demo_path, create=False) as j:
            j.ui_wait_ms = None
            import kizuna_desktop.store.db as db

            old, db.BUSY_WAIT_MS = db.BUSY_WAIT_MS, 200
            try:
                report = check.run(j)
            finally:
                db.BUSY_WAIT_MS = old
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert report.ok, report.problems  # no false "search index out of step"
    assert report.skipped and "search index" in report.skipped[0]
