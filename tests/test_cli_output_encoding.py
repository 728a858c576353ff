"""`--json` output is UTF-8 whatever the locale's encoding (issue 14: "every --json output of
the CLI is UTF-8 JSON"), e.g. a Windows shell redirecting in cp932; text output in such a
locale writes what it cannot encode as an escape instead of failing. Real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def kizuna(db, *args: str, encoding: str = "utf-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": "en"}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=120)


def test_json_is_utf8_and_text_escapes_what_cp932_cannot_write(tmp_path):
    db = tmp_path / "j.kizuna"
    assert kizuna(db, "add", "--family", "Müller", "--given", "Jürgen").returncode == 0
    assert kizuna(db, "add", "--family", "髙橋", "--given", "花子").returncode == 0
    shown = kizuna(db, "show", "1", "--json", encoding="cp932")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout.decode("utf-8"))["name"] == "Jürgen Müller"
    listed = kizuna(db, "contacts", "--json", encoding="cp932")
    assert [r["name"] for r in json.loads(listed.stdout.decode("utf-8"))] == [
        "Jürgen Müller", "髙橋 花子"]
    text = kizuna(db, "contacts", encoding="cp932")
    assert text.returncode == 0 and not text.stderr
    out = text.stdout.decode("cp932")
    assert "髙橋 花子" in out and "J\\xfcrgen M\\xfcller" in out


def test_a_look_at_the_plan_leaves_no_new_journal_and_yes_makes_it(tmp_path):
    """`kizuna import FILE` without --yes shows the plan: into a journal that does not exist,
    none is left behind (review 7); with --yes it is made and holds the contact."""
    db = tmp_path / "new.kizuna"
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nFN:山田 太郎\r\n"
                    "EMAIL:taro@example.jp\r\nEND:VCARD\r\n", "utf-8")
    looked = kizuna(db, "import", str(card))
    assert looked.returncode == 1 and b"1 contact(s) to import" in looked.stdout
    assert not list(tmp_path.glob("new.kizuna*"))
    assert kizuna(db, "import", "--yes", str(card)).returncode == 0
    assert json.loads(kizuna(db, "show", "山田 太郎", "--json").stdout)["emails"] == [
        {"value": "taro@example.jp", "label": ""}]
    assert kizuna(db, "import", str(card)).returncode == 1
    assert db.exists()  # a journal that was there stays
