"""Floors in a vertical address (review 5 finding 9): 20F / B1F are written 二十階 / 地下一階
(the Latin F was set sideways after the kanji numerals); F in a name stays; read back from
a real card."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from kizuna_desktop.pdf import postcard
from kizuna_desktop.services import contacts, nengajo
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal
from kizuna_desktop.text.postal_parts import kanji_digits


def test_floors_become_kai():
    assert kanji_digits("あべのハルカス 20F") == "あべのハルカス 二十階"
    assert kanji_digits("渋谷ヒカリエ３４Ｆ".replace("３４", "34")) == "渋谷ヒカリエ三十四階"
    assert kanji_digits("梅田ビルB1F") == "梅田ビル地下一階"
    assert kanji_digits("FビルF棟 3F") == "FビルF棟 三階"
    assert kanji_digits("丸ビル5階") == "丸ビル五階"
    assert kanji_digits("梅田ビル102") == "梅田ビル一〇二"


def test_the_card_prints_the_floor_in_kanji(tmp_path):
    with Journal.open(tmp_path / "f.kizuna") as j:
        cid = contacts.create(j, ContactInput(family_name="木村", given_name="拓也", addresses=[
            AddressInput(label="home", text="〒545-6090 大阪府大阪市阿倍野区阿倍野筋1-1-43 "
                                            "あべのハルカス 20F")])).id
        nengajo.mark(j, cid, 2027, send=True)
        (r,) = nengajo.new_year_list(j, 2027).to_print
        assert postcard.address_columns(r)[-1].endswith("二十階")
        page = PdfReader(io.BytesIO(postcard.render([r], None).pdf)).pages[0]
        text = re.sub(r"\s", "", page.extract_text())
        assert "二十階" in text and "F" not in text
