"""`kizuna` with no --db reopens the journal last opened in the window (File > New journal
included), the demo opens only when there is none, and --db is honoured with
--demo-if-missing. Real processes sharing one settings folder, as two runs of the app do."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from kizuna_desktop import paths, settings


def _run(env, *args, timeout=120):
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def _env(tmp_path):
    return {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}


def test_settings_file_is_private_and_survives_damage(tmp_path):
    settings.put("last_journal", "/somewhere/j.kizuna")
    f = settings.settings_file()
    assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert stat.S_IMODE(f.parent.stat().st_mode) == 0o700
    assert json.loads(f.read_text("utf-8")) == {"last_journal": "/somewhere/j.kizuna"}
    f.write_text("{ not json")
    assert settings.load() == {}
    assert f.with_name("settings.json.damaged").exists()
    settings.put("x", 1)
    assert settings.load() == {"x": 1}


def test_the_journal_made_in_the_window_is_reopened(tmp_path):
    env = _env(tmp_path)
    mine = tmp_path / "elsewhere" / "mine.kizuna"
    mine.parent.mkdir()
    assert _run(env, "--db", str(mine), "demo").returncode == 0
    r = _run(env, "--db", str(mine), "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    probe = _run(env, "contacts", "--limit", "1", "--json")  # no --db: the last journal
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout)  # the demo's contacts, read from mine.kizuna
    r = _run(env, "--demo-if-missing", "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    data_dir = tmp_path / "data" / paths.APP_NAME
    assert not (data_dir / paths.DEMO_FILE).exists()  # the user's journal, not the demo
    assert not (data_dir / paths.JOURNAL_FILE).exists()


def test_the_demo_opens_only_when_there_is_no_journal_and_db_is_honoured(tmp_path):
    env = _env(tmp_path)
    r = _run(env, "--demo-if-missing", "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "data" / paths.APP_NAME / paths.DEMO_FILE).exists()
    chosen = tmp_path / "chosen.kizuna"
    r = _run(env, "--db", str(chosen), "--demo-if-missing", "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    listing = _run(env, "--db", str(chosen), "contacts", "--json")
    assert len(json.loads(listing.stdout)) > 30  # the demo was written where --db said
