"""`kizuna paths`, `kizuna health`, `kizuna dependency` as a user runs them: a real process
on a real journal (the issue's case, tests/services/network_journal.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kizuna_desktop.store import Journal
from tests.pdf import pdfcheck
from tests.services import network_journal as nj


def _kizuna(*args: str, db) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=120)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "network.kizuna"
    with Journal.open(path) as j:
        nj.build(j)
    return path


def _strength_today(db, family: str) -> str:
    """The strength the command prints for the best chain to the contact named ``family``,
    worked out by the service on the real clock: the story is dated 2026-12-02 and ties fade
    by the day, so a fixed figure would fail on a later day (0.70 on the story's day: checked
    below)."""
    from datetime import datetime

    from sqlalchemy import select

    from kizuna_desktop.services import network
    from kizuna_desktop.store.models import Contact

    with Journal.open(db) as j:
        with j.session() as s:
            cid = s.scalars(select(Contact.id).where(Contact.family_name == family)).one()
        on_the_day = network.paths(j, contact_id=cid, max_hops=2, now=nj.NOW).chains[0]
        assert f"{on_the_day.strength:.2f}" == "0.70"
        today = network.paths(j, contact_id=cid, max_hops=2, now=datetime.now(nj.JST))
    return f"{today.chains[0].strength:.2f}"


def test_paths_json_and_text(db):
    r = _kizuna("paths", "--org", "白鷺重工", "--json", db=db)
    assert r.returncode == 0, r.stderr.decode()
    got = json.loads(r.stdout.decode("utf-8"))
    assert "\\u" not in r.stdout.decode("utf-8")
    assert got["target"] == "白鷺重工"
    first = got["chains"][0]
    assert (first["rank"], first["hops"], first["people"]) == (1, 2, ["井上 真一", "上田 香織"])
    assert first["links"][1]["evidence"] == ["colleagues at 東雲物産 2017–2023"]
    assert [c["people"] for c in got["chains"]][-1] == ["江藤 誠"]
    expected = _strength_today(db, "上田")
    r = _kizuna("paths", "上田 香織", "--max-hops", "2", db=db)
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0 and out.splitlines()[0] == "Who can introduce you to 上田 香織:"
    assert f"1. {expected} · 2 hops · you → 井上 真一 → 上田 香織" in out
    assert "3 hops" not in out


def test_paths_refuse_bad_input(db):
    r = _kizuna("paths", "--max-hops", "5", "上田", db=db)
    assert r.returncode != 0 and "--max-hops takes 1, 2 or 3" in r.stderr.decode()
    r = _kizuna("paths", db=db)
    assert r.returncode != 0 and "Name a contact" in r.stderr.decode()
    r = _kizuna("paths", "--org", "存在しない会社", db=db)
    assert r.returncode != 0 and "No organisation matches" in r.stderr.decode()


def test_me_is_the_user_never_a_contact_whose_romaji_reads_me(db):
    # 加藤 恵 (めぐみ) matches "me" in the wider search: `me` must not answer for her
    with Journal.open(db) as j:
        nj._person(j, "加藤", "恵")
    for args in (("paths", "me"), ("show", "me"), ("paths", "ME")):
        r = _kizuna(*args, db=db)
        err = r.stderr.decode("utf-8")
        assert r.returncode != 0, (args, r.stdout.decode("utf-8"))
        assert "“me” is you, not a contact" in err
        assert "加藤" not in r.stdout.decode("utf-8")


def test_limits_hops_and_ticks_are_checked(db):
    for args in (("paths", "上田", "--limit", "0"), ("paths", "上田", "--limit", "-1"),
                 ("health", "--limit", "0")):
        r = _kizuna(*args, db=db)
        assert r.returncode == 2 and "is not at least 1" in r.stderr.decode(), args
    r = _kizuna("paths", "江藤 誠", "--max-hops", "1", "--limit", "1", db=db)
    assert r.returncode == 0 and " 1 hop " in r.stdout.decode("utf-8")
    r = _kizuna("paths", "小林", "--max-hops", "1", db=db)
    assert "1 hops" not in r.stdout.decode("utf-8")
    r = _kizuna("dependency", "北斗商会", "--tick", "one_person", "--on", "2099-01-01",
                db=db)
    assert r.returncode != 0 and "in the future" in r.stderr.decode()
    r = _kizuna("dependency", "北斗商会", "--tick", "one_person", "--untick",
                "one_person", db=db)
    assert r.returncode != 0 and "Both --tick and --untick" in r.stderr.decode()
    r = _kizuna("dependency", "北斗商会", "--on", "2026-11-01", db=db)
    assert r.returncode != 0 and "--tick" in r.stderr.decode()
    r = _kizuna("dependency", "北斗商会", "--json", db=db)
    assert not any(x["checked"] for x in json.loads(r.stdout.decode("utf-8"))["warning_signs"])


def test_health_json_one_entry_per_contact(db):
    r = _kizuna("health", "--json", db=db)
    assert r.returncode == 0, r.stderr.decode()
    rows = json.loads(r.stdout.decode("utf-8"))
    assert len(rows) == 8  # nine contacts, 桜井 archived
    aoki = next(x for x in rows if x["name"] == "青木 健")
    assert set(aoki) >= {"name", "status", "days_since", "cadence_days",
                         "interactions_per_quarter", "given", "received", "overdue_promises",
                         "hint"}
    assert aoki["received"] == 2 and aoki["overdue_promises"] == 1
    cold = _kizuna("health", "--going-cold", db=db).stdout.decode("utf-8")
    assert "青木 健" in cold and "give before you ask" in cold and "上田" not in cold  # never met
    assert "received 2 (gifts, favours, introductions), 1 promise overdue" in cold
    assert "promise(s)" not in cold


def test_dependency_json_pdf_and_ticks(db, tmp_path):
    pdf = tmp_path / "hokuto.pdf"
    r = _kizuna("dependency", "北斗商会", "--tick", "no_direct_contacts", "--on", "2026-11-30",
                "-o", str(pdf), "--json", db=db)
    assert r.returncode == 0, r.stderr.decode()
    got = json.loads(r.stdout.decode("utf-8"))
    assert [o["name"] for o in got["customers_only_through"]["organizations"]] == ["大和工業"]
    assert [h["person"]["name"] for h in got["people_it_hangs_on"]] == ["佐藤 一郎"]
    assert got["last_business_review"] == "2026-06-15"
    assert len(got["interactions_per_quarter"]) == 4
    sign = next(s for s in got["warning_signs"] if s["key"] == "no_direct_contacts")
    assert (sign["checked"], sign["checked_on"]) == (True, "2026-11-30")
    assert "大和工業" in pdfcheck.text(pdf.read_bytes())
    r = _kizuna("dependency", "北斗商会", "--tick", "bogus", db=db)
    assert r.returncode != 0 and "Unknown warning sign" in r.stderr.decode()


def test_dependency_in_japanese_writes_japanese_dates(db):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "LANG": "ja_JP.UTF-8", "LC_ALL": "", "LANGUAGE": "", "LC_MESSAGES": "",
           "KIZUNA_LANGUAGE": ""}  # as test_i18n_cli does: the tests' own setting cleared
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db),
                        "dependency", "北斗商会"], capture_output=True, env=env, timeout=120)
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0, r.stderr.decode()
    assert "直近のビジネスレビュー: 2026年6月15日" in out  # as the paths' evidence writes dates
    assert "2026-" not in out
