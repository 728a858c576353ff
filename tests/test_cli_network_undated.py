"""An introduction recorded without its date (review 6, finding 3): `kizuna paths` says
"date unknown" in both languages — never the year it was typed in — and weighs it as a year
old, not as made today (a real process on a real journal)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from kizuna_desktop.services import contacts, introductions, network
from kizuna_desktop.store import Journal
from tests.services import network_journal as nj


def _kizuna(*args: str, db, language: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": language}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-undated") / "network.kizuna"
    with Journal.open(path) as j:
        ids = nj.build(j)
        smith = contacts.create(j, contacts.ContactInput(family_latin="Smith",
                                                         given_latin="John")).id
        introductions.create(j, introductions.IntroductionInput(  # no date
            introducer_id=ids.inoue, introduced_id=smith, introduced_to_id=ids.eto))
    return path


@pytest.mark.parametrize(("language", "line", "not_there"), [
    ("en", "井上 真一 → John Smith (0.39): introduced John Smith to 江藤 誠, date unknown",
     "to 江藤 誠 in 20"),
    ("ja", "井上 真一 → John Smith (0.39): 井上 真一がJohn Smithを江藤 誠に紹介（時期不明）",
     "江藤 誠に紹介（20"),
])
def test_an_undated_introduction_says_date_unknown(db, language, line, not_there):
    got = _kizuna("paths", "John Smith", db=db, language=language)
    assert got.returncode == 0, got.stderr.decode()
    out = got.stdout.decode()
    assert line in out
    assert not_there not in out


def test_it_weighs_as_a_year_old(db):
    got = _kizuna("paths", "John Smith", "--json", db=db, language="en")
    chains = json.loads(got.stdout)["chains"]
    link = chains[0]["links"][-1]
    assert (link["from"], link["to"], link["kind"]) == ("井上 真一", "John Smith", "introduction")
    assert link["evidence"] == ["introduced John Smith to 江藤 誠, date unknown"]
    # introduction weight 2.0, half of it after a year: 1 − e^(−1/2)
    w = network.WEIGHTS
    assert link["strength"] == round(1 - math.exp(-w.introduction * 0.5 / w.scale), 3) == 0.393
