"""`kizuna show CONTACT [--json]` as a user runs it: a real process, a real journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _kizuna(*args: str, db) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=120)


def test_show_json_is_the_whole_contact_in_utf8_without_escapes(demo_template, tmp_path):
    db = tmp_path / "demo.kizuna"
    db.write_bytes(demo_template.read_bytes())
    for spec in ("1", "t.yamada@mitsuboshi-trading.example.co.jp", "山田 太郎", "やまだ たろう"):
        out = _kizuna("show", spec, "--json", db=db)
        assert out.returncode == 0, out.stderr.decode()
        text = out.stdout.decode("utf-8")
        assert "山田" in text and "\\u" not in text  # characters as they are
        data = json.loads(text)
        assert (data["id"], data["family"], data["given"]) == (1, "山田", "太郎"), spec
        assert data["positions"] and data["interactions"]
        assert set(data["interactions"][0]) >= {"local_time", "zone", "kind", "summary",
                                               "place", "people"}


def test_show_without_json_and_an_unknown_contact(demo_template, tmp_path):
    db = tmp_path / "demo.kizuna"
    db.write_bytes(demo_template.read_bytes())
    out = _kizuna("show", "yamada taro", db=db)
    assert out.returncode == 0
    text = out.stdout.decode("utf-8")
    assert text.startswith("山田 太郎  (contact 1)") and "position: 部長" in text
    missing = _kizuna("show", "nobody-like-this", db=db)
    assert missing.returncode == 1
    assert b"Traceback" not in missing.stderr and missing.stderr.strip().count(b"\n") == 0
