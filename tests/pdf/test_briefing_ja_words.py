"""The final walk's briefing in Japanese (issue 22, review ja4 item 3), read back: the gifts
table's Japanese dates fit their column (2026年10月3日 was cut 2026年10 / 月3日), the kind of
a meeting is 面談 as everywhere else in the interface (was 打ち合わせ), and received is
いただいた as the glossary has it (was 頂いた). Through a real `kizuna brief --language ja`."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

from pypdf import PdfReader


def test_the_japanese_briefing_keeps_dates_whole_and_the_glossary_words(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE")}
    env.update(LANG="ja_JP.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    db, out = tmp_path / "demo.kizuna", tmp_path / "brief.pdf"

    def kizuna(*args):
        r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                           env=env, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        return r

    kizuna("demo")
    kizuna("brief", "鈴木 一郎", "--language", "ja", "-o", str(out))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    gifts = text[text.index("贈答\n"):text.index("贈答の収支")]
    lines = [x.strip() for x in gifts.splitlines()]
    dates = [x for x in lines if re.match(r"\d{4}年", x)]
    assert len(dates) >= 2, gifts
    assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", x) for x in dates), dates
    assert not [x for x in lines if re.fullmatch(r"月?\d{1,2}日|た", x)], gifts  # no tails
    assert "いただいた" in lines, gifts
    assert "頂いた" not in text and "頂き物" not in text
    assert " · 面談 · " in text and " · 打ち合わせ · " not in text, text
