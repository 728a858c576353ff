"""`kizuna log`: an interaction at its local time and zone; every problem on its own line and
nothing written; read back in another zone by `kizuna contacts` and the journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kizuna_desktop.cli import main
from kizuna_desktop.services import interactions, search
from kizuna_desktop.store import Journal

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_log_stores_the_time_in_the_zone_given(demo_path, capsys):
    db = str(demo_path)
    code, out, err = run(capsys, "--db", db, "log", "yamada", "sato hanako", "--kind", "nomikai",
                         "--when", "2026-11-20 19:00", "--zone", "Asia/Tokyo",
                         "--summary", "Year-end nomikai", "--place", "Izakaya in Shimbashi",
                         "--json")
    assert code == 0, err
    logged = json.loads(out)
    assert logged["local_time"] == "2026-11-20T19:00+09:00" and logged["zone"] == "Asia/Tokyo"
    assert logged["utc"] == "2026-11-20T10:00Z" and logged["zone_abbreviation"] == "JST"
    assert {p["name"] for p in logged["people"]} == {"山田 太郎", "佐藤 花子"}
    assert "\\u" not in out  # characters as they are
    with Journal.open(demo_path) as j:
        view = interactions.get(j, logged["id"])
        assert (view.kind.value, view.place, view.summary) == (
            "nomikai", "Izakaya in Shimbashi", "Year-end nomikai")
        assert f"{view.local:%Y-%m-%d %H:%M %Z}" == "2026-11-20 19:00 JST"


def test_log_reads_a_zone_or_an_abbreviation_after_the_time(demo_path, capsys):
    db = str(demo_path)
    code, out, _ = run(capsys, "--db", db, "log", "1", "--kind", "call",
                       "--when", "2026-11-21 09:30 Europe/Berlin")
    assert code == 0 and "2026-11-21 09:30 CET (Europe/Berlin)" in out
    code, out, _ = run(capsys, "--db", db, "log", "1", "--kind", "call",
                       "--when", "2026-11-21 09:30 JST")
    assert code == 0 and "09:30 JST (Asia/Tokyo)" in out
    code, out, _ = run(capsys, "--db", db, "log", "1", "--kind", "call",
                       "--when", "2026-11-21T09:30-05:00")
    assert code == 0 and "09:30 UTC-05:00 (Etc/GMT+5)" in out
    # No zone: the journal's home zone (the demo's user works in Tokyo).
    code, out, _ = run(capsys, "--db", db, "log", "1", "--kind", "meeting",
                       "--when", "2026-11-22 10:00")
    assert code == 0 and "10:00 JST (Asia/Tokyo)" in out


def test_every_problem_is_named_on_its_own_line_and_nothing_is_logged(demo_path, capsys):
    with Journal.open(demo_path) as j:
        before = interactions.count_for(j, search.resolve(j, "yamada").id)
    code, out, err = run(capsys, "--db", str(demo_path), "log", "yamada", "nobody-at-all",
                         "--kind", "lunch", "--when", "2026-02-30 12:00",
                         "--zone", "Mars/Olympus", "--summary", "x" * 600)
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[0].startswith("kizuna: error: --kind: “lunch” is not a kind")
    assert any("CONTACT “nobody-at-all”" in line for line in lines)
    assert any(line.startswith("kizuna: error: --zone: “Mars/Olympus”") for line in lines)
    assert any(line.startswith("kizuna: error: --when: “2026-02-30 12:00” is not a real")
               for line in lines)
    assert lines[-1] == "kizuna: nothing was logged."
    # The length of the summary is the service's check: named once the rest is right.
    code, _, err = run(capsys, "--db", str(demo_path), "log", "yamada", "--kind", "meal",
                       "--when", "2026-11-20 12:00", "--summary", "x" * 600)
    assert code == 1 and "kizuna: error: --summary: Too long" in err
    with Journal.open(demo_path) as j:
        assert interactions.count_for(j, search.resolve(j, "yamada").id) == before


def test_logged_in_tokyo_read_in_new_york(tmp_path):
    db = tmp_path / "j.kizuna"
    env = {**os.environ, "TZ": "Asia/Tokyo"}

    def kizuna(*args, tz):
        return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                              cwd=ROOT, env={**env, "TZ": tz}, capture_output=True,
                              text=True, timeout=120)

    assert kizuna("demo", tz="Asia/Tokyo").returncode == 0
    r = kizuna("log", "yamada", "--kind", "meal", "--when", "2026-11-20 19:00",
               "--summary", "Dinner", "--json", tz="Asia/Tokyo")
    assert r.returncode == 0, r.stderr
    iid = json.loads(r.stdout)["id"]
    probe = ("import json,sys; from kizuna_desktop.store import Journal; "
             "from kizuna_desktop.services import interactions; "
             "from kizuna_desktop.text import zones; "
             f"j = Journal.open(sys.argv[1]); i = interactions.get(j, {iid}); "
             "print(zones.label(i.local, '%d %b %H:%M'))")
    seen = subprocess.run([sys.executable, "-c", probe, str(db)], cwd=ROOT,
                          env={**env, "TZ": "America/New_York"}, capture_output=True,
                          text=True, timeout=60)
    assert seen.stdout.strip() == "20 Nov 19:00 JST", seen.stderr


def test_home_zone_is_shown_and_set(demo_path, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    code, out, _ = run(capsys, "--db", str(demo_path), "home-zone")
    assert code == 0 and out.startswith("Home zone: Asia/Tokyo; this computer: Europe/Berlin;")
    code, out, _ = run(capsys, "--db", str(demo_path), "home-zone", "CET")
    assert code == 0 and "Home zone set to Europe/Berlin" in out
    code, out, _ = run(capsys, "--db", str(demo_path), "log", "1", "--kind", "call",
                       "--when", "2026-11-22 10:00")
    assert code == 0 and "10:00 CET (Europe/Berlin)" in out
    code, _, err = run(capsys, "--db", str(demo_path), "home-zone", "Mars/Olympus")
    assert code == 1 and "is not a time zone" in err


def test_log_says_what_it_made_of_a_time_that_does_not_exist_or_happens_twice(demo_path,
                                                                             capsys):
    db = str(demo_path)
    code, out, err = run(capsys, "--db", db, "log", "1", "--kind", "call", "--when",
                         "2026-03-29 02:30", "--zone", "Europe/Berlin", "--json")
    assert code == 0, err
    assert json.loads(out)["local_time"] == "2026-03-29T03:30+02:00"
    assert err == ("kizuna: note: 02:30 does not exist in Europe/Berlin on 2026-03-29 (clocks "
                   "go forward); taken as 03:30 CEST.\n")
    code, out, err = run(capsys, "--db", db, "log", "1", "--kind", "call", "--when",
                         "2026-10-25 02:30", "--zone", "Europe/Berlin")
    assert code == 0 and "2026-10-25 02:30 CEST (Europe/Berlin)" in out
    assert "happens twice in Europe/Berlin on 2026-10-25" in err
    code, out, err = run(capsys, "--db", db, "log", "1", "--kind", "call", "--when",
                         "2026-10-25 02:30 CET")
    assert code == 0 and "2026-10-25 02:30 CET (Europe/Berlin)" in out and err == ""


def test_log_refusing_year_1_writes_the_year_in_four_digits(demo_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "log", "1", "--kind", "call",
                       "--when", "0001-01-01 00:00", "--zone", "Asia/Tokyo")
    assert code == 1 and "0001-01-01 00:00 in its zone falls outside" in err


def test_log_refuses_an_offset_the_zone_given_is_not_at(demo_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "log", "1", "--kind", "call",
                       "--when", "2026-12-03T14:00+09:00", "--zone", "Europe/Berlin")
    assert code == 1 and "Europe/Berlin is not at +09:00 then" in err


def test_a_new_journals_first_log_pins_the_home_zone(tmp_path):
    """kizuna add + kizuna log under Berlin: the journal keeps Europe/Berlin as its home, and
    reads it back under Tokyo (before, home-zone followed whatever TZ it ran under)."""
    import sqlite3

    db = tmp_path / "new.kizuna"

    def kizuna(*args, tz):
        return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                              cwd=ROOT, env={**os.environ, "TZ": tz}, capture_output=True,
                              text=True, timeout=120)

    r = kizuna("add", "--family", "山田", "--given", "太郎", "--family-latin", "Yamada",
               "--given-latin", "Taro", tz="Europe/Berlin")
    assert r.returncode == 0, r.stderr
    # The first entry names its own zone: the home is still where the laptop is.
    r = kizuna("log", "yamada", "--kind", "call", "--when", "2026-11-20 10:00",
               "--zone", "Asia/Tokyo", tz="Europe/Berlin")
    assert r.returncode == 0, r.stderr
    with sqlite3.connect(db) as con:
        rows = con.execute("select key, value from journal_settings where key = 'home_zone'"
                           ).fetchall()  # (other settings: the search text's version…)
    assert rows == [("home_zone", "Europe/Berlin")]
    r = kizuna("home-zone", tz="Asia/Tokyo")
    assert r.stdout.startswith("Home zone: Europe/Berlin; this computer: Asia/Tokyo;")
    r = kizuna("log", "yamada", "--kind", "call", "--when", "2026-11-21 10:00", tz="Asia/Tokyo")
    assert "10:00 CET (Europe/Berlin)" in r.stdout, r.stderr


def test_one_problem_is_one_line(demo_path, capsys):
    """Attacker review of issue 19: a year-10000 time gave the error and a second line."""
    code, out, err = run(capsys, "--db", str(demo_path), "log", "yamada", "--kind", "meeting",
                         "--when", "10000-01-01 10:00")
    assert code == 1 and out == ""
    (line,) = err.splitlines()
    assert line.startswith("kizuna: error: --when:") and line.endswith("Nothing was logged.")
