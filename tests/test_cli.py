"""The command line: subcommands against real journal files, through main() and through the
installed entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kizuna_desktop.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_search_by_romaji_finds_yamada(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "42 contacts" in out
    code, out, _ = run(capsys, "--db", db, "contacts", "--search", "yamada")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "NAME", "READING"]
    # First (a name match); those whose "how we met" names Yamada-san follow (issue 18.4).
    assert "山田 太郎" in lines[1] and "Taro YAMADA" in lines[1]
    assert not any("山田 太郎" in line for line in lines[2:])


def test_contacts_json_and_filters(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "contacts", "--json", "--search", "naniwa")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert {r["organization"] for r in rows} == {"株式会社浪速テック"}
    assert all(r["reading"] for r in rows)
    code, out, _ = run(capsys, "--db", str(demo_path), "contacts", "--json", "--tag", "golf")
    assert {r["latin"] for r in json.loads(out)} == {"Taro YAMADA", "Ryo HASHIMOTO"}
    code, out, _ = run(capsys, "--db", str(demo_path), "contacts", "--json", "--limit", "3")
    assert len(json.loads(out)) == 3
    code, out, _ = run(capsys, "--db", str(demo_path), "contacts", "--archived", "--json")
    assert len(json.loads(out)) == 42


def test_no_match_says_so(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "contacts", "-s", "zzzz")
    assert code == 0 and out.strip() == "No contacts match."


def test_demo_refuses_a_journal_with_data_in_one_line(demo_path, capsys):
    code, out, err = run(capsys, "--db", str(demo_path), "demo")
    assert code == 1 and out == ""
    assert err.startswith("kizuna: error: ") and "already has data" in err
    assert len(err.strip().splitlines()) == 1


def test_check_ok_and_with_problems(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "check")
    assert code == 0 and "No problems found." in out


def test_corrupt_file_is_one_clear_line(tmp_path, capsys):
    bad = tmp_path / "junk.kizuna"
    bad.write_bytes(os.urandom(5000))
    code, out, err = run(capsys, "--db", str(bad), "contacts")
    assert code == 1
    assert err.startswith("kizuna: error: ") and "not a Kizuna journal" in err
    assert "Traceback" not in err


def test_contacts_on_a_missing_journal_does_not_create_it(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "none.kizuna"), "contacts")
    assert code == 1 and "There is no journal" in err
    assert not (tmp_path / "none.kizuna").exists()


def test_kizuna_db_environment_variable(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KIZUNA_DB", str(tmp_path / "env.kizuna"))
    assert run(capsys, "demo")[0] == 0
    assert (tmp_path / "env.kizuna").exists()


def test_default_journal_lives_in_the_user_data_folder(tmp_path, capsys):
    # conftest points XDG_DATA_HOME into tmp_path
    assert run(capsys, "demo")[0] == 0
    assert (tmp_path / "xdg-data" / "Kizuna" / "journal.kizuna").exists()


@pytest.mark.parametrize("argv", [["--bogus"], ["contacts", "--limit", "x"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2


def test_installed_entry_point(tmp_path):
    db = tmp_path / "e.db"
    env = {**os.environ, "KIZUNA_DB": str(db)}
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "demo"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "contacts", "-s", "ヤマダ"],
                       env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "山田 太郎" in r.stdout


def test_brief_writes_a_pdf_and_lists_ambiguous_matches(demo_path, tmp_path, capsys):
    out_pdf = tmp_path / "b.pdf"
    code, out, _ = run(capsys, "--db", str(demo_path), "brief", "山田 太郎", "suzuki",
                       "-o", str(out_pdf), "--meeting", "2026-12-02 14:00", "--title", "Review",
                       "--place", "丸の内", "--paper", "letter")
    assert code == 0 and "山田 太郎, 鈴木 一郎" in out
    assert out_pdf.read_bytes().startswith(b"%PDF")
    code, out, err = run(capsys, "--db", str(demo_path), "brief", "naniwa", "-o", str(out_pdf))
    assert code == 1 and "matches 5 contacts" in err and "鈴木 一郎" in err
    code, _, err = run(capsys, "--db", str(demo_path), "brief", "1", "-o", str(out_pdf),
                       "--meeting", "2026-02-30 10:00")
    assert code == 1 and "not a real date" in err


def test_meishi_proof_and_sheet(demo_path, tmp_path, capsys):
    from tests.pdf.pdfcheck import page_sizes_mm

    proof = tmp_path / "proof.pdf"
    code, out, _ = run(capsys, "--db", str(demo_path), "meishi", "main", "-o", str(proof),
                       "--ja", "vertical", "--size", "eu")
    assert code == 0 and "portrait" in out and "Europe 85 × 55 mm" in out
    assert page_sizes_mm(proof.read_bytes()) == [(81.0, 111.0), (81.0, 111.0)]
    sheet = tmp_path / "sheet.pdf"
    code, _, _ = run(capsys, "--db", str(demo_path), "meishi", "1", "-o", str(sheet),
                     "--sheet", "--paper", "letter", "--style", "bilingual", "--size", "us")
    assert code == 0 and page_sizes_mm(sheet.read_bytes()) == [(215.9, 279.4)]
    code, _, err = run(capsys, "--db", str(demo_path), "meishi", "nobody", "-o", str(sheet))
    assert code == 1 and "No meishi profile matches" in err


def test_import_asks_then_imports_and_keeps_a_backup_of_the_journal_as_it_was(
        tmp_path, capsys):
    from pathlib import Path

    from kizuna_desktop.services import backup, contacts, search
    from kizuna_desktop.store import Journal

    db = tmp_path / "j.kizuna"
    with Journal.open(db) as j:
        contacts.create(j, contacts.ContactInput(family_name="新井", given_name="一郎"))
    vcf = str(Path(__file__).parent / "formats" / "corpus" / "iphone-3.0.vcf")
    code, out, err = run(capsys, "--db", str(db), "import", vcf)
    assert code == 1 and "2 new" in out and "run again with --yes" in err
    assert backup.list_backups(db) == []  # nothing imported, nothing to undo
    code, out, _ = run(capsys, "--db", str(db), "import", vcf, "--yes")
    (saved,) = backup.list_backups(db)
    assert code == 0 and "Imported: 2 new, 0 merged" in out
    assert f"backed up in {saved}." in out
    everyone = search.ContactFilter(include_archived=True)
    with Journal.open(db) as j, Journal.open(saved, create=False) as b:
        assert search.count(j, everyone) == 3 and search.resolve(j, "やまだ")
        assert [c.written for c in search.page(b, everyone)] == ["新井 一郎"]
