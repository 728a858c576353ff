"""`kizuna paths` says each link's evidence in the interface's language (issue 24): the same
sentences as the window and the briefing, from the one walk of services/network.py; `--json`
keeps its English sentences whatever the language (a real process on a real journal)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from kizuna_desktop.store import Journal
from tests.services import network_journal as nj


def _kizuna(*args: str, db, language: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": language}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-evidence") / "network.kizuna"
    with Journal.open(path) as j:
        nj.build(j)
    return path


@pytest.mark.parametrize(("language", "lines"), [
    ("en", ["met together 4 times, last 2026-11-23; 青木 健 introduced 井上 真一 to you in 2026",
            "井上 真一 → 上田 香織 (…): colleagues at 東雲物産 2017–2023",
            ": met together once, on 2022-11-05",
            "江藤 誠 → 上田 香織 (…): colleagues at 白鷺重工 since 2023"]),
    ("ja", ["同席4回（最終 2026年11月23日）、青木 健が井上 真一をあなたに紹介（2026年）",
            "井上 真一 → 上田 香織 (…): 東雲物産で同僚 2017–2023",
            ": 同席1回（最終 2022年11月5日）",
            "江藤 誠 → 上田 香織 (…): 白鷺重工で同僚（2023年から）"])])
def test_paths_say_the_evidence_in_the_interfaces_language(db, language, lines):
    r = _kizuna("paths", "上田 香織", "--max-hops", "2", db=db, language=language)
    assert r.returncode == 0, r.stderr.decode("utf-8")
    out = re.sub(r"\(\d\.\d\d\)", "(…)", r.stdout.decode("utf-8"))  # strengths fade by the day
    for line in lines:
        assert line in out, (line, out)
    other = "同席" if language == "en" else "met together"
    assert other not in out


@pytest.mark.parametrize("language", ["en", "ja"])
def test_paths_json_keeps_the_english_sentences(db, language):
    r = _kizuna("paths", "--org", "白鷺重工", "--json", db=db, language=language)
    assert r.returncode == 0, r.stderr.decode("utf-8")
    first = json.loads(r.stdout.decode("utf-8"))["chains"][0]
    assert [link["evidence"] for link in first["links"]] == [
        ["met together 4 times, last 2026-11-23", "青木 健 introduced 井上 真一 to you in 2026"],
        ["colleagues at 東雲物産 2017–2023"]]
