"""The CLI's one top-level handler: every error one line ``kizuna: error: …`` (exit 1), usage
errors one line (exit 2), an unexpected error's traceback in the log file only, a closed pipe
ends quietly; whole-file commands refuse while a window holds the journal; a damaged journal
is reported by ``check`` with exit 1 and the newest good backup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kizuna_desktop import cli, log
from kizuna_desktop.services import backup, search
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import is_encrypted
from tests.store.test_faults_journal import damage_table


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def kizuna(*argv: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", *argv], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120, **kw)


def test_a_usage_error_is_one_line_with_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["contacts", "--limit", "many"])
    _, err = capsys.readouterr()
    assert e.value.code == 2
    assert err.startswith("kizuna: error: ") and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as e:
        cli.main(["no-such-command"])
    _, err = capsys.readouterr()
    assert e.value.code == 2 and len(err.strip().splitlines()) == 1


def test_an_unexpected_error_is_one_line_and_its_traceback_only_in_the_log(
        capsys, monkeypatch, demo_path):
    def broken(_args):
        notes = "".join(map(chr, (0x79D8, 0x5BC6)))  # user data: must not reach the log
        raise RuntimeError("went wrong with " + notes)

    monkeypatch.setitem(cli.COMMANDS, "contacts", broken)
    code, out, err = run(capsys, "--db", str(demo_path), "contacts")
    assert code == 1 and out == ""
    assert err.startswith("kizuna: error: an unexpected RuntimeError")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    text = log.log_file().read_text("utf-8")
    assert "RuntimeError" in text and "in broken" in text and "test_cli_errors.py" in text
    assert "秘密" not in text  # the message (user data) is not logged, only the code
    assert oct(log.log_file().stat().st_mode & 0o777) == "0o600"
    assert oct(log.log_dir().stat().st_mode & 0o777) == "0o700"
    assert oct(log.log_dir().parent.stat().st_mode & 0o777) == "0o700"  # parents too


def test_a_closed_pipe_ends_quietly(demo_path):
    head = subprocess.run(
        f"{sys.executable} -m kizuna_desktop --db '{demo_path}' contacts | head -n 1",
        shell=True, capture_output=True, text=True, timeout=120)
    assert head.stdout.count("\n") == 1
    assert head.stderr == ""


def test_a_damaged_journal_is_one_line_naming_the_newest_good_backup(demo_path, capsys):
    with Journal.open(demo_path) as j:
        good = backup.backup_now(j)
    damage_table(demo_path, "contacts")
    code, _, err = run(capsys, "--db", str(demo_path), "check")
    assert code == 1 and "Traceback" not in err
    assert "damaged" in err and str(good) in err
    code, _, err = run(capsys, "--db", str(demo_path), "contacts")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "damaged" in err


def test_whole_file_commands_refuse_while_a_window_holds_the_journal(demo_path, tmp_path):
    with Journal.open(demo_path) as j:
        saved = backup.backup_now(j)
    with Journal.open(demo_path) as j:
        before = search.count(j, search.ContactFilter(include_archived=True))
    window = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from kizuna_desktop.services import opening; "
         "o = opening.open_journal(sys.argv[1], for_window=True); print(o.status, flush=True); "
         "time.sleep(60)", str(demo_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "opened"
        env = {"XDG_DATA_HOME": os.environ["XDG_DATA_HOME"],
               "KIZUNA_NEW_PASSPHRASE": "a long passphrase"}
        for argv in (("restore", str(saved)), ("encrypt",), ("decrypt",), ("demo",)):
            done = kizuna("--db", str(demo_path), *argv, env=env)
            assert done.returncode == 1, (argv, done.stderr)
            assert done.stderr.startswith("kizuna: error: ")
            assert len(done.stderr.strip().splitlines()) == 1
            assert f"process {window.pid}" in done.stderr, done.stderr
        # ordinary writes go through SQLite's locking and land
        card = tmp_path / "one.vcf"
        card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:外部 太郎\r\nN:外部;太郎;;;\r\n"
                        "EMAIL:gaibu@example.jp\r\nEND:VCARD\r\n", "utf-8")
        done = kizuna("--db", str(demo_path), "import", str(card), "--yes", env=env)
        assert done.returncode == 0, done.stderr
    finally:
        window.kill()
        window.wait()
    with Journal.open(demo_path) as j, j.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contacts WHERE family_name = '外部'"
                                    ).scalar() == 1
        # the refused commands changed nothing: only the import's one contact is new
        assert search.count(j, search.ContactFilter(include_archived=True)) == before + 1
    assert not is_encrypted(demo_path)


def test_backups_lists_kind_time_encryption_and_check(demo_path, capsys):
    with Journal.open(demo_path) as j:
        made = backup.backup_now(j)
        n = search.count(j, search.ContactFilter(include_archived=True))
    code, out, _ = run(capsys, "--db", str(demo_path), "backups", "--json")
    assert code == 0
    (entry,) = json.loads(out)
    assert entry["path"] == str(made) and entry["kind"] == "manual"
    assert entry["verified"] is True and entry["encrypted"] is False
    assert entry["contacts"] == n and entry["created"][:4] == made.name[:4]
    code, out, _ = run(capsys, "--db", str(demo_path), "backups")
    assert code == 0 and "manual" in out and f"{n} contacts" in out and "verified" in out
    assert Path(made).parent.stat().st_mode & 0o777 == 0o700


def test_a_zip_that_is_not_an_archive_is_refused_and_leaves_no_journal(tmp_path):
    """Attacker review of issue 19: "archive is not a contacts format (use kizuna import for
    archives)", said by kizuna import, and a new empty journal left behind."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "other.zip", "w") as z:
        z.writestr("x.txt", "hi")
    (tmp_path / "notzip.zip").write_bytes(b"hello")
    for name in ("other.zip", "notzip.zip"):
        db = tmp_path / f"{name}.kizuna"
        r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), "import",
                            str(tmp_path / name)], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "KIZUNA_LANGUAGE": "en"})
        assert r.returncode == 1 and len(r.stderr.splitlines()) == 1, r.stderr
        assert "use kizuna import" not in r.stderr
        assert not db.exists()
    assert "is a zip file but not a Kizuna archive" in subprocess.run(
        [sys.executable, "-m", "kizuna_desktop", "--db", str(tmp_path / "a.kizuna"), "import",
         str(tmp_path / "other.zip")], capture_output=True, text=True, timeout=120,
        env={**os.environ, "KIZUNA_LANGUAGE": "en"}).stderr
