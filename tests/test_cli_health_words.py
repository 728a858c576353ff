"""`kizuna health` says the list's words (review 6): past the cadence but not by a whole
cadence again is "overdue" (the list's ▲ overdue), beyond it "cold" (× going cold); --json
keeps the status "cold" for both (a real process; dates from the real clock)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kizuna_desktop.services import contacts, interactions
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import InteractionKind
from kizuna_desktop.text import zones


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-health-words") / "h.kizuna"
    today = zones.today()
    with Journal.open(path) as j:
        for family, days in (("宇野", 40), ("遠藤", 70)):  # cadence 30: overdue, going cold
            cid = contacts.create(j, contacts.ContactInput(
                family_name=family, given_name="太郎", cadence_days=30)).id
            when = datetime.combine(today - timedelta(days=days), time(12, 0),
                                    ZoneInfo(zones.system_zone_name()))
            interactions.create(j, interactions.InteractionInput(
                kind=InteractionKind.MEAL, occurred_at=when, participant_ids=[cid],
                zone=zones.system_zone_name()))
    return path


def _health(db, language: str, *args: str) -> str:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": language}
    got = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), "health",
                          *args], capture_output=True, env=env, timeout=120)
    assert got.returncode == 0, got.stderr.decode()
    return got.stdout.decode()


@pytest.mark.parametrize(("language", "cold", "overdue"), [
    ("en", "cold     遠藤 太郎  70 d since", "overdue  宇野 太郎  40 d since"),
    ("ja", "疎遠", "期限超過"),
])
def test_overdue_and_going_cold_are_told_apart(db, language, cold, overdue):
    lines = _health(db, language).splitlines()
    assert lines[0].startswith(cold) and "遠藤" in lines[0]
    assert lines[1].startswith(overdue) and "宇野" in lines[1]


def test_json_keeps_the_status(db):
    rows = json.loads(_health(db, "en", "--json"))
    assert [(r["name"], r["status"], r["overdue_days"]) for r in rows] == [
        ("遠藤 太郎", "cold", 40), ("宇野 太郎", "cold", 10)]
