"""One address written twice in a vCard, in Japanese and in Latin letters (RFC 6350's ALTID
pairs with LANGUAGE=ja / LANGUAGE=en, LANGUAGE alone, and the 2.1/3.0 habit of a second ADR
with the same TYPE in Latin script) arrives as one address with its Latin form (``latin``,
what the New Year cards print for a Latin address), never as two addresses; two different
places of the same TYPE stay two."""

from __future__ import annotations

import pytest

from kizuna_desktop.formats import vcard
from kizuna_desktop.services import contacts, importing
from kizuna_desktop.store import Journal

LATIN = "1-1 Marunouchi 2-chome, Chiyoda-ku, Tokyo 100-0005, Japan"

VCARD_4_ALTID = """BEGIN:VCARD
VERSION:4.0
FN:山田 太郎
N:山田;太郎;;;
ADR;ALTID=1;LANGUAGE=ja;TYPE=work:;丸の内ビル 5F;丸の内2-1-1;千代田区;東京都;100-0005;日本
ADR;ALTID=1;LANGUAGE=en;TYPE=work:;5F Marunouchi Bldg.;1-1 Marunouchi 2-chome;Chiyoda-ku;
 Tokyo;100-0005;Japan
EMAIL:taro@yamada.example
END:VCARD
"""
VCARD_4_ALTID_EN_FIRST_LABEL = """BEGIN:VCARD
VERSION:4.0
FN:山田 太郎
N:山田;太郎;;;
ADR;ALTID=a;LANGUAGE=en;TYPE=work;LABEL="1-1 Marunouchi 2-chome, Chiyoda-ku, Tokyo 100-0
 005, Japan":;;1-1 Marunouchi 2-chome;Chiyoda-ku;Tokyo;100-0005;Japan
ADR;ALTID=a;LANGUAGE=ja;TYPE=work:;;丸の内2-1-1;千代田区;東京都;100-0005;
EMAIL:taro@yamada.example
END:VCARD
"""
VCARD_3_LANGUAGE = """BEGIN:VCARD
VERSION:3.0
FN:山田 太郎
N:山田;太郎;;;
ADR;TYPE=WORK;LANGUAGE=ja:;;丸の内2-1-1;千代田区;東京都;100-0005;
ADR;TYPE=WORK;LANGUAGE=en:;;1-1 Marunouchi 2-chome;Chiyoda-ku;Tokyo;100-0005;Japan
EMAIL:taro@yamada.example
END:VCARD
"""
VCARD_3_SAME_TYPE = """BEGIN:VCARD
VERSION:3.0
FN:山田 太郎
N:山田;太郎;;;
ADR;TYPE=WORK:;;丸の内2-1-1;千代田区;東京都;100-0005;
ADR;TYPE=WORK:;;1-1 Marunouchi 2-chome;Chiyoda-ku;Tokyo;100-0005;Japan
ADR;TYPE=HOME:;;桜町1-2-3;世田谷区;東京都;154-0015;
EMAIL:taro@yamada.example
END:VCARD
"""
VCARD_21_SAME_TYPE = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:山田;太郎;;;\r\n"
    "ADR;WORK;CHARSET=UTF-8:;;丸の内2-1-1;千代田区;東京都;;\r\n"
    "ADR;WORK:;;1-1 Marunouchi 2-chome;Chiyoda-ku;Tokyo;;Japan\r\n"
    "EMAIL;INTERNET:taro@yamada.example\r\nEND:VCARD\r\n")
VCARD_3_TWO_PLACES = """BEGIN:VCARD
VERSION:3.0
FN:山田 太郎
N:山田;太郎;;;
ADR;TYPE=WORK:;;丸の内2-1-1;千代田区;東京都;100-0005;
ADR;TYPE=WORK:;;350 Fifth Avenue;New York;NY;10118;USA
ADR;TYPE=WORK:;;1 Infinite Loop;Cupertino;CA;;
EMAIL:taro@yamada.example
END:VCARD
"""


def _addresses(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "card.vcf"
    path.write_bytes(text.encode(encoding))
    with Journal.open(tmp_path / "j.kizuna") as j:
        plan = importing.import_file(j, path)
        assert [p.message for p in plan.problems] == []  # nothing left out or kept as text
        result = importing.apply(j, plan)
        assert result.created == 1
        return contacts.get(j, result.created_ids[0]).addresses


def _one_tokyo_office(addresses, latin=LATIN, extended="") -> None:
    assert len(addresses) == 1
    (a,) = addresses
    assert (a.postal_code, a.region, a.city, a.extended) == (
        "100-0005", "東京都", "千代田区", extended)
    assert "丸の内" in a.street + a.town and "2-1-1" in a.street + a.block
    assert a.latin == latin
    assert "Marunouchi" not in a.text + a.street  # the Japanese address stays Japanese


def test_an_altid_pair_is_one_address_with_its_latin_form(tmp_path):
    _one_tokyo_office(_addresses(tmp_path, VCARD_4_ALTID),
                      latin="5F Marunouchi Bldg., 1-1 Marunouchi 2-chome, Chiyoda-ku, "
                      "Tokyo 100-0005, Japan", extended="丸の内ビル 5F")


def test_an_altid_pair_written_english_first_keeps_the_english_label_as_latin(tmp_path):
    _one_tokyo_office(_addresses(tmp_path, VCARD_4_ALTID_EN_FIRST_LABEL))


def test_language_ja_beside_language_en_of_the_same_type_is_one_address(tmp_path):
    _one_tokyo_office(_addresses(tmp_path, VCARD_3_LANGUAGE))


def test_a_second_adr_of_the_same_type_in_latin_letters_for_the_same_place(tmp_path):
    addresses = _addresses(tmp_path, VCARD_3_SAME_TYPE)
    assert len(addresses) == 2
    work = [a for a in addresses if a.city == "千代田区"]
    home = [a for a in addresses if a.city == "世田谷区"]
    _one_tokyo_office(work)
    assert home[0].latin == "" and home[0].postal_code == "154-0015"


def test_a_vcard_21_pair_without_postal_codes_pairs_by_japan(tmp_path):
    addresses = _addresses(tmp_path, VCARD_21_SAME_TYPE)
    assert len(addresses) == 1
    assert addresses[0].city == "千代田区"
    assert addresses[0].latin == "1-1 Marunouchi 2-chome, Chiyoda-ku, Tokyo, Japan"


def test_two_different_places_of_the_same_type_stay_two_addresses(tmp_path):
    addresses = _addresses(tmp_path, VCARD_3_TWO_PLACES)
    assert len(addresses) == 3
    assert all(a.latin == "" for a in addresses)
    assert sorted(a.city for a in addresses) == ["Cupertino", "New York", "千代田区"]


def test_the_reader_alone_gives_one_address_for_a_pair():
    (p,), problems = vcard.read_vcards(VCARD_4_ALTID.encode())
    assert problems == []
    (a,) = p.addresses
    assert a.city == "千代田区" and a.latin.startswith("5F Marunouchi Bldg.")


@pytest.mark.parametrize("fmt", ["vcard", "vcard4", "csv"])
def test_an_address_with_its_latin_form_goes_out_and_back_as_one(tmp_path, fmt):
    """vCard 3.0 and 4.0 (paired ADRs) and Kizuna's own CSV (an 'in Latin letters' column
    for each address)."""
    from datetime import date

    from kizuna_desktop.services import export

    wanted = contacts.AddressInput(label="work", postal_code="100-0005", region="東京都",
                                   city="千代田区", street="丸の内2-1-1", latin=LATIN)
    custom = contacts.AddressInput(label="本社", postal_code="530-0001", region="大阪府",
                                   city="大阪市北区", street="梅田1-1-1",
                                   latin="1-1-1 Umeda, Kita-ku, Osaka 530-0001, Japan")
    with Journal.open(tmp_path / "a.kizuna") as j:
        contacts.create(j, contacts.ContactInput(family_name="山田", given_name="太郎",
                                                 addresses=[wanted, custom]))
        data, _said = export.export_bytes(j, fmt, date(2026, 12, 2))
    text = data.decode("utf-8-sig")
    if fmt == "csv":
        assert "Address 1 in Latin letters" in text.splitlines()[0]
    else:
        assert text.count("LANGUAGE=en") == 2 and (fmt == "vcard" or "ALTID=a1" in text)
    path = tmp_path / ("out.csv" if fmt == "csv" else "out.vcf")
    path.write_bytes(data)
    with Journal.open(tmp_path / "b.kizuna") as j:
        plan = importing.import_file(j, path)
        assert [p.message for p in plan.problems] == []
        (cid,) = importing.apply(j, plan).created_ids
        got = contacts.get(j, cid).addresses
    assert [(a.label, a.city, a.latin) for a in got] == [
        ("work", "千代田区", LATIN),
        ("本社", "大阪市北区", "1-1-1 Umeda, Kita-ku, Osaka 530-0001, Japan")]
