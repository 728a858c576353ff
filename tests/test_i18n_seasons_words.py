"""The final walk in English (issue 22, review ja4 item 3: nothing Japanese leaks into the
English interface): a seasonal reminder is named 'Send oseibo (year-end gift)' in English
and 「お歳暮を贈る」 in Japanese (its days 2026年12月1日 there), in `kizuna seasons` and the
New Year view's list; the
follow-up it makes keeps the Japanese title either way. Real processes, the clock injected
(KIZUNA_TODAY)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

CJK_TITLE = re.compile(r"お中元|お歳暮|年賀状を|寒中見舞い|誕生日")


def _env(tmp_path, lang):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE")}
    env.update(LANG=lang, KIZUNA_TODAY="2026-11-20", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    return env


@pytest.mark.parametrize(("lang", "oseibo", "birthday"),
                         [("C", "Send oseibo (year-end gift)", "Birthday"),
                          ("ja_JP.UTF-8", "お歳暮を贈る", "誕生日")])
def test_the_seasons_are_named_in_the_interface_language(tmp_path, lang, oseibo, birthday):
    db = tmp_path / "demo.kizuna"
    env = _env(tmp_path, lang)

    def kizuna(*args):
        r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                           env=env, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        return r.stdout

    kizuna("demo")
    rows = [x.split("\t") for x in kizuna("seasons", "--year", "2026").splitlines()
            if "\t" in x]
    titles = {r[2] for r in rows}
    assert oseibo in titles and birthday in titles, rows
    if lang == "C":
        assert not [t for t in titles if CJK_TITLE.search(t)], titles
        assert all(re.fullmatch(r"[\d-]{10}( – [\d-]{10})?", r[1]) for r in rows), rows
    else:  # the days as the window's list writes them: 2026年12月1日 – 2026年12月20日
        assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日( – \d{4}年\d{1,2}月\d{1,2}日)?",
                                r[1]) for r in rows), rows
    key = next(r[0].strip() for r in rows if r[2] == oseibo)
    kizuna("seasons", "--year", "2026", "--accept", key)
    env["LANG"] = "ja_JP.UTF-8"
    assert "お歳暮を贈る" in kizuna("followups")  # the follow-up keeps its Japanese title


def test_a_refused_new_year_mark_is_said_in_japanese(tmp_path):
    """The command line's words of a refused mark (MarkRefused) had fallen out of the
    catalogue: 「同じ年の年賀状を「送る」と「送らない」の両方にはできません。…」, not English."""
    db = tmp_path / "demo.kizuna"
    env = _env(tmp_path, "ja_JP.UTF-8")
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), "demo"],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), "nengajo",
                        "mark", "1", "--send", "--skip"], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 1 and "「送る」と「送らない」の両方にはできません" in r.stderr, r.stderr
    assert "A card cannot" not in r.stderr
