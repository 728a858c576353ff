"""連名 (issue 14, export without loss): the joint names of a contact's New Year card (a
spouse 花子 under 山田 太郎, or 佐藤 一郎 with a family name of his own, set with `nengajo
mark --joint`) travel in vCard 3.0 and 4.0 (one X-KIZUNA-JOINT-NAME each) and in Kizuna's own
CSV (a column of their own, one a line) and come back into a new journal; `kizuna show
--json` has them as ``joint_names``, plain `kizuna show` on one line. Importing the exported
file again, into the new journal or the one it came from, changes no table. Real journals,
real `kizuna` processes."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from kizuna_desktop.formats import table, vcard
from kizuna_desktop.formats.records import Person

JOINT = ["花子", "佐藤 一郎"]
SUFFIX = {"vcard": "vcf", "vcard4": "vcf", "csv": "csv"}


def _coming_new_year() -> int:
    """The New Year `nengajo mark` and the import default to (the next one from October)."""
    today = date.today()
    return today.year + 1 if today.month >= 10 else today.year


def kizuna(db, *args: str, language: str = "en") -> str:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": language}
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                         capture_output=True, env=env, timeout=180)
    assert out.returncode == 0, (args, out.stderr.decode("utf-8", "replace"))
    return out.stdout.decode("utf-8")


def show(db, who: str = "山田 太郎") -> dict:
    return json.loads(kizuna(db, "show", who, "--json"))


def rows(db) -> dict[str, list]:
    """Every row of every table of the journal (SQLite's own statistics aside): equal before
    and after exactly when an import changed nothing."""
    with sqlite3.connect(db) as c:
        names = [n for (n,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                 if n not in ("sqlite_stat1", "sqlite_sequence")]
        return {n: sorted(c.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                for n in names}


def comparable(d: dict) -> dict:
    return {k: v for k, v in d.items() if k not in ("id", "interactions", "gifts",
                                                   "introductions")}


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """山田 太郎 with two joint names on his New Year card; 鈴木 一郎 with a mark but none."""
    db = tmp_path_factory.mktemp("source") / "source.kizuna"
    year = str(_coming_new_year())
    kizuna(db, "add", "--family", "山田", "--given", "太郎", "--family-reading", "やまだ",
           "--given-reading", "たろう", "--email", "taro@example.jp", "--org", "三星商事",
           "--title", "部長")
    kizuna(db, "add", "--family", "鈴木", "--given", "一郎", "--email", "ichiro@example.jp")
    kizuna(db, "nengajo", "mark", "山田太郎", "--year", year, "--joint", "花子",
           "--joint", "佐藤 一郎")
    kizuna(db, "nengajo", "mark", "鈴木一郎", "--year", year, "--send")
    return db


def test_show_has_the_joint_names_in_json_and_on_one_line(source):
    assert show(source)["joint_names"] == JOINT
    assert show(source, "鈴木 一郎")["joint_names"] == []
    assert "  joint names: 花子, 佐藤 一郎\n" in kizuna(source, "show", "山田 太郎")
    assert "  連名: 花子、佐藤 一郎\n" in kizuna(source, "show", "山田 太郎", language="ja")
    assert "連名" not in kizuna(source, "show", "鈴木 一郎", language="ja")


@pytest.mark.parametrize("fmt", ["vcard", "vcard4", "csv"])
def test_joint_names_through_a_file_into_a_new_journal_and_again(source, tmp_path, fmt):
    path = tmp_path / f"out.{SUFFIX[fmt]}"
    kizuna(source, "export", "--format", fmt, "-o", str(path))
    text = path.read_bytes().decode("utf-8-sig")
    if fmt == "csv":
        header, *records = list(csv.reader(text.splitlines(keepends=True)))
        column = header.index("Joint names (連名)")
        assert sorted(r[column] for r in records) == ["", "花子\n佐藤 一郎"]
    else:
        assert "\r\nX-KIZUNA-JOINT-NAME:花子\r\nX-KIZUNA-JOINT-NAME:佐藤 一郎\r\n" in text
        assert text.count("X-KIZUNA-JOINT-NAME") == 2

    fresh = tmp_path / "fresh.kizuna"
    said = kizuna(fresh, "import", str(path), "--yes")
    assert "0 problem(s)" in said and "not imported" not in said, said
    assert show(fresh)["joint_names"] == JOINT
    assert show(fresh, "鈴木 一郎")["joint_names"] == []
    for who in ("山田 太郎", "鈴木 一郎"):  # the whole contact, field by field
        assert comparable(show(fresh, who)) == comparable(show(source, who))

    # the same file again, into the new journal and into the one it came from: no change
    for db in (fresh, source):
        before, shown = rows(db), show(db)
        again = kizuna(db, "import", str(path), "--yes")
        assert "2 unchanged" in again, again
        assert rows(db) == before
        assert show(db) == shown


def test_a_contact_with_joint_names_keeps_them_and_gets_the_files_others_after_them(
        source, tmp_path):
    path = tmp_path / "out.vcf"
    kizuna(source, "export", "--format", "vcard4", "-o", str(path))
    mine = tmp_path / "mine.kizuna"
    kizuna(mine, "add", "--family", "山田", "--given", "太郎", "--email", "taro@example.jp")
    kizuna(mine, "nengajo", "mark", "山田太郎", "--year", str(_coming_new_year()),
           "--joint", "健太", "--joint", "花子")
    kizuna(mine, "import", str(path), "--yes")
    assert show(mine)["joint_names"] == ["健太", "花子", "佐藤 一郎"]
    with sqlite3.connect(mine) as c:  # the year's mark took them: no second mark
        assert c.execute("SELECT year, joint_names FROM nengajo_marks").fetchall() == [
            (_coming_new_year(), "健太\n花子\n佐藤 一郎")]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_joint_names_are_escaped_like_the_other_kizuna_values(version):
    names = ["Anne; Marie", "Smith, John", "back\\slash", "ジョン・スミス"]
    text = vcard.write_vcards([Person(family_name="Smith", given_name="Jane",
                                      joint_names=names)], version)
    assert "X-KIZUNA-JOINT-NAME:Anne\\; Marie\r\n" in text
    assert "X-KIZUNA-JOINT-NAME:Smith\\, John\r\n" in text
    assert "X-KIZUNA-JOINT-NAME:back\\\\slash\r\n" in text
    (p,), problems = vcard.read_vcards(text.encode("utf-8"))
    assert p.joint_names == names
    assert not [x for x in problems if "JOINT" in x.message], problems


def test_the_own_csv_keeps_each_joint_name_as_written():
    """A 筆まめ 連名 cell is split at 、・, and loses a family name equal to the contact's;
    Kizuna's own CSV gives the card's names back as they were, one a line."""
    names = ["山田 花子", "ジョン・スミス", "=A、B"]
    data = table.write_csv([Person(family_name="山田", given_name="太郎", joint_names=names)])
    t = table.read_table(data, "own.csv")
    (p,), problems = table.to_people(t, table.guess_mapping(t.headers))
    assert p.joint_names == names
    assert not [x for x in problems if x.kind == "not_imported"], problems


def test_joint_names_on_a_later_years_mark_are_held_when_the_export_is_read_back(tmp_path):
    """A contact whose only mark is for the New Year after the coming one: the export writes
    that mark's names, and importing the file again finds them held (no second mark for the
    coming year); a new name from a file goes onto that later mark."""
    db = tmp_path / "later.kizuna"
    later = str(_coming_new_year() + 1)
    kizuna(db, "add", "--family", "山田", "--given", "太郎", "--email", "taro@example.jp")
    kizuna(db, "nengajo", "mark", "山田太郎", "--year", later, "--joint", "花子")
    out = tmp_path / "later.vcf"
    kizuna(db, "export", "--format", "vcard", "-o", str(out))
    before = rows(db)
    assert "1 unchanged" in kizuna(db, "import", str(out), "--yes")
    assert rows(db) == before
    out.write_text(out.read_text("utf-8").replace(
        "X-KIZUNA-JOINT-NAME:花子", "X-KIZUNA-JOINT-NAME:花子\r\nX-KIZUNA-JOINT-NAME:健太"),
        "utf-8")
    kizuna(db, "import", str(out), "--yes")
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT year, joint_names FROM nengajo_marks").fetchall() == [
            (int(later), "花子\n健太")]
    assert show(db)["joint_names"] == ["花子", "健太"]
