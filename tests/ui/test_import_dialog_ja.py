"""File > Import in Japanese (LANG=ja_JP.UTF-8): the file's encoding, the plan, the review of
merges and the problems read in Japanese, with no English sentence of Kizuna's own left
(what comes from the file, its column names and values, stays as written)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from kizuna_desktop import i18n
from kizuna_desktop.services import importing
from kizuna_desktop.ui.import_dialog import ImportDialog

FIRST = ("会社名,部署名,役職,姓,名,e-mail\n"
         "三星商事株式会社,機械プラント部,課長,山田,太郎,t.yamada@mitsuboshi.example.jp\n"
         "浪速テック株式会社,開発部,主任,鈴木,一郎,ichiro@other.example.jp\n")
EIGHT = ("会社名,部署名,役職,姓,名,セイ,メイ,e-mail,TEL会社,携帯電話,郵便番号,住所,URL,"
         "名刺交換日,メモ,独自項目\n"
         "三星商事株式会社,機械プラント部,部長,山田,太郎,ヤマダ,タロウ,"
         "t.yamada@mitsuboshi.example.jp,03-5555-0100,090-5555-0103,100-0005,"
         "東京都千代田区丸の内1-1-1,https://mitsuboshi.example.jp,2025/04/10,ゴルフ好き,A\n"
         "浪速テック株式会社,開発部,主任,鈴木,一郎,スズキ,イチロウ,suzuki@naniwa.example.jp,"
         "06-5555-0200,,530-0001,大阪府大阪市北区梅田1-1,,2025年4月,,B\n")
# Names of formats and programs, which Japanese writes in Latin letters too
NAMES = {"CSV", "Shift_JIS", "Windows", "Excel", "Eight", "Sansan", "Google", "Outlook",
         "Thunderbird", "LinkedIn", "Kizuna", "vCard", "SNS", "BOM"}


@pytest.fixture
def japanese(qapp, monkeypatch):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    yield qapp
    i18n.install(qapp, "en")


def _texts(d: ImportDialog) -> list[str]:
    out = [d.windowTitle(), d.summary.text()]
    out += [w.text() for w in d.findChildren(QLabel)]
    out += [d.preset.itemText(i) for i in range(d.preset.count())]
    for t in (d.mapping, d.preview, d.merges):
        out += [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    out += [d.preview.item(r, 5).text() for r in range(d.preview.rowCount())]
    out += [d.merges.item(r, 3).text() for r in range(d.merges.rowCount())]
    out += [d.problems.item(i).text() for i in range(d.problems.count())]
    for r in range(d.mapping.rowCount()):
        combo = d.mapping.cellWidget(r, 1)
        out += [combo.itemText(i) for i in range(combo.count())]
    return out


def test_the_import_dialog_reads_in_japanese(qtbot, japanese, journal, tmp_path):
    first = tmp_path / "first.csv"
    first.write_text(FIRST, encoding="utf-8")
    importing.apply(journal, importing.import_file(journal, first))
    path = tmp_path / "eight.csv"
    path.write_text(EIGHT, encoding="cp932")
    d = ImportDialog(journal, path, lambda result: None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    assert d.info.text() == "CSV、Shift_JIS（Windows、日本語版 Excel の形式）、2行"
    assert d.merges.rowCount() == 2  # the review has rows, and their reasons are read
    from_file = set(re.findall(r"[A-Za-z][A-Za-z_-]+", EIGHT)) | {path.name}
    english = []
    for text in _texts(d):
        for word in re.findall(r"[A-Za-z][A-Za-z_-]{2,}", text):
            if word not in NAMES and word not in from_file and word not in path.name:
                english.append((word, text))
    assert not english, english
