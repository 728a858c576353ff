"""Several hands on one journal: an import takes the write lock and matches its records
again inside its transaction, so a plan made stale by another writer never doubles anyone;
two imports at once from the command line both finish (the second waits) or the second says
in one line that the journal is busy; never an IntegrityError traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from kizuna_desktop.formats import vcard
from kizuna_desktop.formats.records import Person
from kizuna_desktop.services import importing, search
from kizuna_desktop.store import Journal

N = 3000


def _people(n: int = N) -> list[Person]:
    return [Person(family_name=f"山田{i}", given_name="太郎",
                   emails=[("work", f"taro{i}@example.jp")],
                   organization=f"三星{i % 50}株式会社", title="部長") for i in range(n)]


def _count(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]


def test_a_stale_plan_never_doubles_anyone(tmp_path):
    path = tmp_path / "j.kizuna"
    with Journal.open(path) as first, Journal.open(path) as second:
        plan_1 = importing.plan(first, "a.vcf", "vcard", _people(), [])
        plan_2 = importing.plan(second, "a.vcf", "vcard", _people(), [])
        assert len(plan_2.new) == N  # planned before the first import landed
        assert importing.apply(first, plan_1).created == N
        result = importing.apply(second, plan_2)
        # Matched again under the lock: all already there as they are, none written.
        assert (result.created, result.merged, result.unchanged) == (0, 0, N)
        assert search.count(second, search.ContactFilter(include_archived=True)) == N
    assert _count(path) == N


def _kizuna(*args: str, db) -> subprocess.Popen:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def test_two_command_line_imports_at_once_never_double_or_crash(tmp_path):
    db = tmp_path / "j.kizuna"
    Journal.open(db).close()
    src = tmp_path / "people.vcf"
    src.write_text(vcard.write_vcards(_people()), "utf-8")
    runs = [_kizuna("import", str(src), "--yes", db=db) for _ in range(2)]
    outs = [(p.returncode, out, err) for p in runs
            for out, err in [p.communicate(timeout=300)]]
    for code, _out, err in outs:
        assert b"Traceback" not in err and b"IntegrityError" not in err, err.decode()
        if code != 0:  # the one that waited too long says so in one line
            assert code == 1 and err.decode().count("\n") == 1 and b"busy" in err
    assert any(code == 0 for code, _, _ in outs)
    assert _count(db) == N


def test_a_journal_held_by_another_writer_is_busy_in_one_line(tmp_path):
    db = tmp_path / "j.kizuna"
    Journal.open(db).close()
    src = tmp_path / "one.vcf"
    src.write_text(vcard.write_vcards(_people(1)), "utf-8")
    holder = sqlite3.connect(db, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, and not letting go
    try:
        run = _kizuna("import", str(src), "--yes", db=db)
        out, err = run.communicate(timeout=120)
        code = run.returncode
    finally:
        holder.rollback()
        holder.close()
    assert code == 1, (out, err)
    assert err.decode().count("\n") == 1 and "busy" in err.decode()
    assert b"Traceback" not in err
    assert _count(db) == 0


def test_two_openings_at_once_record_the_search_text_version_once(tmp_path):
    # Both `kizuna import`s of the test above bring the search text up to date on opening:
    # the second used to record the version again and fail with an IntegrityError.
    import threading

    from kizuna_desktop.services import indexing
    from kizuna_desktop.store.db import begin_write

    path = tmp_path / "j.kizuna"
    with Journal.open(path) as first, Journal.open(path) as second:
        with first.session() as s:
            assert indexing.search_text_version(s) < indexing.SEARCH_TEXT_VERSION
        got, second_started = [], threading.Event()

        def second_opening():
            second_started.set()
            try:
                with second.session() as s:
                    redone = indexing.bring_up_to_date(s)
                got.append(redone)  # committed
            except Exception as e:
                got.append(e)

        with first.session() as s:
            begin_write(s)
            assert indexing.bring_up_to_date(s) == 0
            other = threading.Thread(target=second_opening)
            other.start()
            second_started.wait()
            other.join(0.5)  # it waits for the write lock this session holds
            assert other.is_alive()
        other.join(30)
        assert got == [0]
        with second.session() as s:
            assert indexing.search_text_version(s) == indexing.SEARCH_TEXT_VERSION
