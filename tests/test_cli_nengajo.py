"""`kizuna nengajo list|mark|sender|print` as a user runs them: a real process on a real
journal (tests/services/nengajo_journal.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kizuna_desktop.store import Journal
from tests.services import nengajo_journal as nj


def _kizuna(*args: str, db) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=120)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "n.kizuna"
    with Journal.open(path) as j:
        nj.build(j)
    return path


def test_list_json_and_text(db):
    r = _kizuna("nengajo", "list", "--year", "2027", "--json", db=db)
    assert r.returncode == 0, r.stderr.decode()
    out = r.stdout.decode("utf-8")
    assert "\\u" not in out
    got = json.loads(out)
    names = {x["family_name"]: x for x in got["to_print"]}
    assert names["山田"]["names"] == ["山田 太郎 様"]
    assert names["木村"]["names"] == ["総務部 御中"]
    assert [x["family_name"] for x in got["mourning"]] == ["田中"]
    assert got["kanchu_mimai"][0]["due"] == "2027-01-16"
    text = _kizuna("nengajo", "list", "--year", "2027", db=db).stdout.decode("utf-8")
    assert "4 to print" in text and "寒中見舞い" in text and "加藤" in text


def test_mark_then_list(db):
    r = _kizuna("nengajo", "mark", "山田太郎", "--mourning", "--year", "2027", db=db)
    assert r.returncode == 0, r.stderr.decode()
    assert "mourning" in r.stdout.decode("utf-8")
    got = json.loads(_kizuna("nengajo", "list", "--year", "2027", "--json", db=db).stdout)
    assert {x["family_name"] for x in got["mourning"]} == {"田中", "山田"}
    bad = _kizuna("nengajo", "mark", "nobody-at-all", "--sent", db=db)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr.decode()
    none = _kizuna("nengajo", "mark", "山田太郎", db=db)
    assert none.returncode != 0 and "Say what to mark" in none.stderr.decode()


def test_sender(db):
    r = _kizuna("nengajo", "sender", db=db)
    assert "No sender set" in r.stdout.decode("utf-8")
    r = _kizuna("nengajo", "sender", "--name", "鈴木 一郎", "--address",
                "〒150-0002 東京都渋谷区渋谷2-21-1", "--json", db=db)
    assert json.loads(r.stdout)["postal_code"] == "150-0002"


def test_print_says_no_sender_remembers_offsets_and_leaves_out_mourning(db, tmp_path):
    from tests.pdf import pdfcheck

    out = tmp_path / "cards.pdf"
    r = _kizuna("nengajo", "print", "--year", "2027", "-o", str(out), "--offset-x", "1.5",
                db=db)
    # 加藤 (marked to send, no address) is left out: the others print, the exit status is 1
    # and says how many and where the others are (finding 13)
    assert r.returncode == 1, r.stderr.decode()
    said = r.stdout.decode("utf-8")
    assert "4 cards" in said and "No sender set" in said and "喪中" in said and "田中" in said
    assert "Left out (no usable address): 加藤 健" in said
    assert "1 card(s) left out" in r.stderr.decode("utf-8") and str(out) in r.stderr.decode()
    assert pdfcheck.page_sizes_mm(out.read_bytes()) == [(100.0, 148.0)] * 4
    again = _kizuna("nengajo", "print", "--year", "2027", "-o", str(out), "--test-print",
                    db=db).stdout.decode("utf-8")
    assert "test print" in again and "+1.5 mm right" in again  # remembered
    bad = _kizuna("nengajo", "print", "-o", str(out), "--offset-y", "500", db=db)
    assert bad.returncode != 0 and "off the card" in bad.stderr.decode()


def test_labels_by_year_by_tag_and_custom(db, tmp_path):
    from kizuna_desktop.services import contacts, lookup

    out = tmp_path / "labels.pdf"
    r = _kizuna("labels", "--year", "2027", "-o", str(out), "--sheet", "avery-l7163",
                "--calibration", db=db)
    assert r.returncode == 0, r.stderr.decode()
    assert "4 labels on 1 sheet(s) of avery-l7163" in r.stdout.decode("utf-8")
    with Journal.open(db) as j:
        who = lookup.resolve(j, "山田太郎")
        data = contacts.get(j, who.id).to_input()
        data.tags = ["お歳暮"]
        contacts.update(j, who.id, data)
    r = _kizuna("labels", "--tag", "お歳暮", "-o", str(out), "--sheet",
                "custom:6,2,86.4,42.3,86.4,42.3,18.6,21.6", db=db)
    assert r.returncode == 0, r.stderr.decode()
    assert "1 labels on 1 sheet(s) of custom" in r.stdout.decode("utf-8")
    bad = _kizuna("labels", "--tag", "x", "-o", str(out), "--sheet", "custom:1,2", db=db)
    assert bad.returncode != 0 and "custom:ROWS" in bad.stderr.decode()


def test_seasons_list_accept_and_a_bad_key(db, monkeypatch):
    from kizuna_desktop.services import followups

    # asked on 1 June 2026 (a window past on the day asked is next year's: injected, so
    # that the 2026 windows below are ahead whatever the day the test runs)
    monkeypatch.setenv("KIZUNA_TODAY", "2026-06-01")

    r = _kizuna("seasons", "--year", "2026", "--json", db=db)
    assert r.returncode == 0, r.stderr.decode()
    got = json.loads(r.stdout.decode("utf-8"))
    by = {(x["name"], x["custom"]): x for x in got["reminders"]}
    yamada = by[("山田 太郎", "nengajo")]
    assert (yamada["due"], yamada["end"]) == ("2026-12-15", "2026-12-25")
    assert {w["custom"] for w in got["calendar"]} >= {"ochugen", "oseibo", "mochu", "kanchu"}
    kanchu = json.loads(_kizuna("seasons", "--year", "2027", "--json", db=db).stdout)
    (tanaka,) = [x for x in kanchu["reminders"] if x["custom"] == "kanchu"]
    assert (tanaka["name"], tanaka["due"]) == ("田中 花子", "2027-01-16")  # Kyoto: Kansai
    text = _kizuna("seasons", "--year", "2026", db=db).stdout.decode("utf-8")
    assert yamada["key"] in text and "Post the nengajō (New Year card)" in text  # English

    r = _kizuna("seasons", "--year", "2026", "--accept", yamada["key"], "--accept", "999:oseibo",
                db=db)
    assert r.returncode == 1  # the bad key is named; the good one is still accepted
    assert "999:oseibo" in r.stderr.decode("utf-8") and "Traceback" not in r.stderr.decode()
    assert "年賀状を投函する" in r.stdout.decode("utf-8")
    with Journal.open(db) as j:
        (f,) = followups.for_contact(j, yamada["contact_id"])
    assert (f.title, f.due_date.isoformat()) == ("年賀状を投函する", "2026-12-15")
    again = json.loads(_kizuna("seasons", "--year", "2026", "--json", db=db).stdout)
    assert yamada["key"] not in {x["key"] for x in again["reminders"]}
    assert len(again["reminders"]) == len(got["reminders"]) - 1
