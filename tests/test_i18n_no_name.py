"""Fallback texts in the Japanese interface (issue 22, review ja4 item 2): a record with no
name is （名前なし） in Japanese, (no name) in English — in the import's problem lines (real
process, LANG=ja_JP.UTF-8) and wherever a contact is named in one line (names.display)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from kizuna_desktop import i18n
from kizuna_desktop.services import names

VCF = ("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:only a note\r\nEND:VCARD\r\n"
       "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山本;直子;;;\r\nFN:山本 直子\r\nEND:VCARD\r\n")


@pytest.mark.parametrize(("lang", "shown", "not_shown"),
                         [("ja_JP.UTF-8", "（名前なし）", "(no name)"),
                          ("C", "(no name)", "名前なし")])
def test_the_import_names_a_card_without_a_name_in_the_interface_language(
        tmp_path, lang, shown, not_shown):
    cards = tmp_path / "cards.vcf"
    cards.write_text(VCF, "utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE")}
    env.update(LANG=lang, XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db",
                        str(tmp_path / "j.kizuna"), "import", str(cards)],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr  # a trial run: nothing imported without --yes
    line = next(x for x in r.stdout.splitlines() if "cards.vcf:1:" in x)
    assert shown in line and not_shown not in line


def test_a_contact_without_any_name_is_named_in_japanese():
    try:
        i18n.use("ja")
        assert names.display(names.NameParts()) == "（名前なし）"
        assert names.display(names.NameParts(family_name="山田")) == "山田"
        i18n.use("en")
        assert names.display(names.NameParts()) == "(no name)"
    finally:
        i18n.use("en")


def test_a_handle_names_its_service_as_the_service_writes_it(tmp_path):
    """kizuna show wrote 「アカウント: yamada.taro (line)」 (the stored kind, lower case) and
    its birthday and interactions as ISO (1971-05-12, 2025-01-14T11:00:00+09:00)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE")}
    env.update(LANG="ja_JP.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    db = str(tmp_path / "demo.kizuna")
    for args in (("demo",), ("followups",), ("org", "show", "三星商事株式会社"),
                 ("show", "山田 太郎")):
        r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", db, *args],
                           env=env, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        if args[0] == "org":  # its header as a contact's: （ID 2）, not (id 2)
            head = r.stdout.splitlines()[0]
            assert re.search(r"（ID \d+）— 顧客$", head) and "(id" not in head, head
        if args == ("followups",):  # 2026年11月22日(日), as the window lists them
            rows = r.stdout.splitlines()
            assert rows and all(re.match(r" *\d+  \d{4}年\d{1,2}月\d{1,2}日\(.\) +\S", x)
                                for x in rows), rows
    line = next(x for x in r.stdout.splitlines() if "yamada.taro" in x)
    assert line.strip() == "アカウント: yamada.taro (LINE)", line
    # its dates read as the positions' do (1971年5月12日), not ISO
    assert "  誕生日: 1971年5月12日" in r.stdout.splitlines()
    met = [x for x in r.stdout.splitlines() if x.startswith("  やり取り: ")]
    assert met and all(re.match(r"  やり取り: \d{4}年\d{1,2}月\d{1,2}日( \d\d:\d\d \S+)? ", x)
                       for x in met), met
