"""A journal whose schema is not Kizuna's is refused wherever it is opened (issue 19.2,
19.4): a trigger that would blank every contact's notes when an interaction is logged, a
view in place of a table. `kizuna check` names what is foreign and exits 1; `check
--repair` backs the journal up, removes foreign code and the journal opens again with every
row. Kizuna's own triggers, missing after a run that stopped while they were set aside, are
put back on opening. Real files, real CLI processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from kizuna_desktop.errors import ForeignSchemaError
from kizuna_desktop.services import backup
from kizuna_desktop.store import Journal

WIPE = """CREATE TRIGGER wipe_notes AFTER INSERT ON interactions BEGIN
    UPDATE contacts SET notes = ''; DELETE FROM follow_ups; END;"""


def _kizuna(db, *args):
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def _notes(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT notes FROM contacts ORDER BY id")]


def test_a_journal_with_a_foreign_trigger_is_refused_everywhere(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.executescript(WIPE)
    before = _notes(demo_path)
    with pytest.raises(ForeignSchemaError, match="unknown trigger “wipe_notes”") as caught:
        Journal.open(demo_path)
    assert [p.name for p in caught.value.found] == ["wipe_notes"]
    r = _kizuna(demo_path, "log", "1", "--kind", "call", "--when", "2026-11-30 10:00")
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert "not as Kizuna makes it" in r.stderr and "check --repair" in r.stderr
    assert _notes(demo_path) == before  # nothing ran
    r = _kizuna(demo_path, "check")
    assert r.returncode == 1
    assert "schema: unknown trigger “wipe_notes” (not made by Kizuna)" in r.stdout


def test_check_repair_backs_up_removes_foreign_code_and_keeps_every_row(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.executescript(WIPE + "CREATE VIEW everything AS SELECT * FROM contacts;")
        rows = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    before = _notes(demo_path)
    r = _kizuna(demo_path, "check", "--repair")
    assert "removed: trigger “wipe_notes”" in r.stdout and "removed: view “everything”" in r.stdout
    assert r.returncode == 0, r.stdout + r.stderr
    assert any(i.kind == "before-repair" for i in backup.backup_infos(demo_path))
    with Journal.open(demo_path) as j, j.session() as s:
        from sqlalchemy import text

        assert s.execute(text("SELECT count(*) FROM contacts")).scalar() == rows
    assert _notes(demo_path) == before
    assert _kizuna(demo_path, "check").returncode == 0


def test_a_table_swapped_for_a_view_is_refused_and_not_repaired(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.executescript("PRAGMA foreign_keys = OFF; DROP TABLE contact_tags; "
                           "CREATE VIEW contact_tags AS SELECT 1 AS contact_id, 1 AS tag_id;")
    with pytest.raises(ForeignSchemaError, match="Restore a backup"):
        Journal.open(demo_path)
    r = _kizuna(demo_path, "check", "--repair")
    assert r.returncode == 1 and "“contact_tags” should be a table" in r.stdout


def test_kizunas_own_missing_search_triggers_are_put_back_on_opening(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.execute("DROP TRIGGER contacts_fts_ai")
    with Journal.open(demo_path):
        pass
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                            "'contacts_fts_ai'").fetchone()[0] == 1


def test_check_names_a_referenced_table_swapped_for_a_view_without_failing(demo_path):
    """`tags` is what other tables refer to: the reference check used to fail on the view
    ("an unexpected OperationalError"); the schema is looked at first."""
    with sqlite3.connect(demo_path) as conn:
        conn.executescript("PRAGMA foreign_keys = OFF; DROP TABLE tags; "
                           "CREATE VIEW tags AS SELECT 1 AS id, 'x' AS name;")
    for args in (("check",), ("check", "--repair")):
        r = _kizuna(demo_path, *args)
        assert r.returncode == 1, r.stderr
        assert "“tags” should be a table" in r.stdout and "unexpected" not in r.stderr


def test_check_names_a_column_another_program_added(demo_path):
    with sqlite3.connect(demo_path) as conn:
        conn.execute("ALTER TABLE contacts ADD COLUMN evil TEXT DEFAULT 'x'")
    r = _kizuna(demo_path, "check")
    assert r.returncode == 1
    assert "table “contacts” has other columns than Kizuna's: not Kizuna's: evil" in r.stdout
    with Journal.open(demo_path) as j:  # still opens: no code runs from a column
        assert j is not None


def test_an_archive_holding_a_hostile_journal_is_refused_by_the_archives_name(demo_path,
                                                                            tmp_path):
    """Attacker review of issue 19: the refusal named a hidden staging file already deleted
    and suggested `check --repair` on it."""
    with sqlite3.connect(demo_path) as conn:
        conn.executescript(WIPE)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the zip takes the main file only
    zipped = tmp_path / "hostile.zip"
    import zipfile

    from kizuna_desktop.services import archive

    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr(archive.MANIFEST, '{"format": "kizuna-archive", "counts": {}}')
        z.write(demo_path, archive.MEMBER)
    target = tmp_path / "new.kizuna"
    r = _kizuna(target, "import", str(zipped), "--yes")
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert "hostile.zip holds a journal that is not as Kizuna makes it" in r.stderr
    assert "wipe_notes" in r.stderr and ".importing" not in r.stderr
    assert not target.exists() and not list(tmp_path.glob(".*importing"))
