"""Writing vCards: 3.0 and a real 4.0 that the reader gives back whole, folded at 75 octets,
standard TYPEs only, readable by vobject (a reader we did not write)."""

from __future__ import annotations

import base64
import copy
import re
import struct
import zlib

import pytest
import vobject

from kizuna_desktop.formats import vcard
from kizuna_desktop.formats.records import Address, Person, Role


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + bytes([200, 30, 30]) * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def rich() -> Person:
    """Everything the journal keeps about a person, in both scripts."""
    return Person(
        family_name="山田", given_name="太郎", family_reading="やまだ", given_reading="たろう",
        family_latin="Yamada", given_latin="Taro", latin_order="family_first",
        middle_name="", name_prefix="", name_suffix="", nickname="ターさん, Taro-san",
        honorific="様",
        emails=[("work", "t.yamada@mitsuboshi.example.co.jp"), ("private", "taro@example.jp"),
                ("", "plain@example.jp"), ("mobile", "taro.m@example.jp")],
        phones=[("office", "03-5555-0101"), ("mobile", "090-5555-0101"),
                ("work,fax", "03-5555-0102"), ("", "+1-555-555-5555;ext=5555"),
                ("cell", "090-1111-2222p123w4"), ("voice", "sip:taro@voip.example.jp")],
        urls=[("work", "https://mitsuboshi.example.co.jp/"), ("blog", "https://taro.example/")],
        addresses=[Address(label="work", postal_code="100-0005", region="東京都",
                           city="千代田区", street="丸の内1-1-1", extended="三星ビル 12階",
                           country="日本"),
                   Address(label="private", text="〒530-0001 大阪府大阪市北区梅田1-2-3"),
                   Address(label="home", po_box="PO Box 12", street="1 Main St",
                           city="Springfield", region="IL", postal_code="62701",
                           country="USA", text="PO Box 12\n1 Main St\nSpringfield IL")],
        handles=[("line", "", "yamada.taro"), ("linkedin", "",
                                                "https://www.linkedin.com/in/taro-yamada"),
                 ("x", "", "@taro_y"), ("skype", "work", "taro.yamada"),
                 ("skype", "", "live:taro.y"), ("sip", "", "sip:taro@voip.example.jp"),
                 ("telegram", "private", "@taro"), ("instagram", "private", "taro.gram"),
                 ("other", "", "odd-handle")],
        organization="三星商事株式会社", organization_en="Mitsuboshi Trading Co., Ltd.",
        organization_reading="みつぼししょうじ", department="機械プラント部",
        department_en="Machinery & Plant Division", title="部長",
        title_en="General Manager",
        past_positions=[
            Role(organization="三星銀行", organization_en="Mitsuboshi Bank",
                 department="法人営業部", department_en="Corporate Banking", title="課長",
                 title_en="Section Manager", start="2012-04-01", end="2019-03-31"),
            Role(organization="三星商事株式会社", organization_en="Mitsuboshi Trading",
                 organization_reading="みつぼししょうじ", department="機械プラント部",
                 title="部長代理; 兼務", title_en="Deputy GM, acting", start="2019-04-01",
                 end="2023-03-31")],
        notes="ゴルフ好き。\n娘さんはバイオリン。R&D; \\ <b>not markup</b>, commas",
        birthday=(None, 3, 9), anniversary=(1998, 6, None),
        photo=_png(), photo_type="image/png",
        tags=["key account", "golf", "a,b", "x;y"], interests="Golf, Niigata sake",
        how_we_met="Introduced by Sato-san", region="東京都", cadence_days=30, archived=True)


FIELDS = [f for f in Person.__dataclass_fields__ if f != "line"]


def _same(a: Person, b: Person) -> None:
    for f in FIELDS:
        assert getattr(b, f) == getattr(a, f), f


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_rich_person_comes_back_equal(version):
    """Person -> text -> Person loses nothing: both scripts, readings, the career, a partial
    birthday, the photo, handles, structured and text-only addresses, labels that are not
    standard TYPEs, the journal's own fields."""
    p = rich()
    text = vcard.write_vcards([p], version)
    (back,), problems = vcard.read_vcards(text.encode("utf-8"), "x.vcf")
    assert problems == []
    _same(p, back)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_people_with_little_come_back_equal(version):
    """An organisation's card, a card with only an e-mail, a Latin name, a year-only and a
    day-less birthday."""
    people = [Person(is_organization=True, organization="株式会社浪速テック",
                     phones=[("work", "06-5555-0303")]),
              Person(emails=[("", "who@example.com")]),
              Person(family_name="Smith", given_name="Emily", middle_name="Jane",
                     name_prefix="Dr.", name_suffix="PhD", birthday=(1985, None, None)),
              Person(family_name="Müller", given_name="Jürgen", birthday=(1985, 4, None),
                     title="Geschäftsführer", organization_en="Müller GmbH")]
    text = vcard.write_vcards(people, version)
    back, problems = vcard.read_vcards(text.encode("utf-8"), "x.vcf")
    assert problems == []
    assert len(back) == len(people)
    for a, b in zip(people, back, strict=True):
        _same(a, b)


def test_lines_are_folded_at_75_octets_without_splitting_a_character():
    p = rich()
    p.notes = "長い備考。" * 80 + "end"
    for version in ("3.0", "4.0"):
        data = vcard.write_vcards([p], version).encode("utf-8")
        assert data.endswith(b"\r\n") and b"\r\n" in data
        lines = data.split(b"\r\n")
        assert max(len(x) for x in lines) <= 75
        assert all(not x.startswith(b" ") or len(x) <= 75 for x in lines)
        for x in lines:
            x.decode("utf-8")  # every physical line is whole UTF-8: no character split
        assert sum(1 for x in lines if x.startswith(b" ")) > 10


def test_version_4_is_real_4():
    text = vcard.write_vcards([rich()], "4.0")
    unfolded = text.replace("\r\n ", "")
    assert "VERSION:4.0" in unfolded and "SORT-STRING" not in unfolded
    assert "ENCODING=" not in unfolded
    assert re.search(r"^PHOTO:data:image/png;base64,iVBOR", unfolded, re.M)
    assert 'N;ALTID=1;LANGUAGE=ja;SORT-AS="やまだ,たろう":山田;太郎;;;' in unfolded
    assert "N;ALTID=1;LANGUAGE=en:Yamada;Taro;;;" in unfolded
    assert ("ORG;ALTID=1;LANGUAGE=ja;SORT-AS=みつぼししょうじ:三星商事株式会社;機械プラント部"
            in unfolded)
    assert "ORG;ALTID=1;LANGUAGE=en:Mitsuboshi Trading Co.\\, Ltd.;Machinery & Plant Division" \
        in unfolded
    assert "TITLE;ALTID=2;LANGUAGE=en:General Manager" in unfolded
    assert "TEL;VALUE=uri:tel:+1-555-555-5555;ext=5555" in unfolded
    assert "ANNIVERSARY:1998-06" in unfolded and "BDAY:--0309" in unfolded


def test_only_standard_types_and_labels_kept_apple_style():
    for version in ("3.0", "4.0"):
        unfolded = vcard.write_vcards([rich()], version).replace("\r\n ", "").replace(
            "\r\n", "\n")
        types = set()
        for m in re.finditer(r";TYPE=([^;:]+)", unfolded):
            if not m.string[:m.start()].rsplit("\n", 1)[-1].startswith("X-SOCIALPROFILE"):
                types |= set(m[1].lower().split(","))
        assert types <= {"work", "home", "cell", "voice", "fax", "pager", "text", "png"}
        assert "MOBILE" not in unfolded.upper().replace("X-ABLABEL:MOBILE", "")
        assert re.search(r"^(item\d+)\.TEL;[^:]*TYPE=cell[^:]*:090-5555-0101\n\1\.X-ABLabel:"
                         r"mobile$", unfolded, re.M)
        # phone types on phones only: an e-mail labelled "private" is TYPE=home
        assert re.search(r"^(item\d+)\.EMAIL;TYPE=home:taro@example.jp\n\1\.X-ABLabel:"
                         r"private$", unfolded, re.M)
        assert not re.search(r"^(item\d+\.)?(EMAIL|ADR|URL)[^:]*TYPE=[^:]*(cell|fax|voice|pager)",
                             unfolded, re.M)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_another_reader_reads_what_we_write(version):
    """vobject (3.0 rules, which 4.0 text also passes) reads every card, with its values."""
    text = vcard.write_vcards([rich(), Person(family_name="Smith", given_name="Emily")],
                              version)
    cards = list(vobject.readComponents(text))
    assert len(cards) == 2
    card = cards[0]
    assert card.n.value.family == "山田" and card.fn.value == "山田 太郎"
    assert [t.value for t in card.contents["tel"]][:2] == ["03-5555-0101", "090-5555-0101"]
    if version == "3.0":  # (vobject cuts a 4.0 data: URI at its comma: read it ourselves)
        assert card.photo.value == rich().photo
    else:
        uri = re.search(r"^PHOTO:(data:[^\r]*)", text.replace("\r\n ", ""), re.M)[1]
        assert base64.b64decode(uri.split(",", 1)[1]) == rich().photo
    assert card.note.value.startswith("ゴルフ好き。\n娘さんはバイオリン。R&D; \\")


def test_export_of_an_old_tuple_address_still_writes():
    p = Person(family_name="森", addresses=[("work", "大阪府大阪市北区1-2-3")])
    (back,), _ = vcard.read_vcards(vcard.write_vcards([p]).encode(), "x.vcf")
    assert back.addresses == [Address(label="work", text="大阪府大阪市北区1-2-3")]


def test_a_website_given_as_a_handle_is_written_as_a_url_and_read_as_one():
    p = Person(family_name="森", handles=[("website", "blog", "https://mori.example/")])
    (back,), problems = vcard.read_vcards(vcard.write_vcards([p], "4.0").encode(), "x.vcf")
    assert (back.urls, back.handles, problems) == ([("blog", "https://mori.example/")], [], [])


def test_unknown_version_is_refused():
    with pytest.raises(ValueError, match="2.1"):
        vcard.write_vcards([rich()], "2.1")


def test_round_trip_keeps_a_copy_untouched():
    p = rich()
    before = copy.deepcopy(p)
    vcard.write_vcards([p], "4.0")
    assert p == before


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_awkward_values_come_back_equal(version):
    """Values that once came back changed: a URL with a new line and a backslash, a 4.0
    address label with a backslash, a given-name reading alone (not taken for the family's),
    a name that is only a middle name and prefix, a contact with only a Latin name."""
    people = [
        Person(family_name="森", urls=[("blog", "https://x.example/a\\b\nc,d")],
               addresses=[Address(label="work", street="1-2-3", text="C:\\Users\\森\n大阪")]),
        Person(family_name="佐藤", given_name="花子", given_reading="はなこ"),
        Person(middle_name="Q.", name_prefix="Dr."),
        Person(family_latin="Yamada", given_latin="Taro", latin_order="family_first"),
        Person(family_name="Smith", emails=[("", '"Emily" <emily@example.com>')])]
    back, problems = vcard.read_vcards(vcard.write_vcards(people, version).encode(), "x.vcf")
    assert problems == []
    people[4].emails = [("", "emily@example.com")]  # the address, without its name
    for a, b in zip(people, back, strict=True):
        _same(a, b)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_random_people_with_every_special_character_come_back_equal(version):
    """A seeded sample of people whose every text holds vCard's special characters
    (; , : \\ " ^ = new lines), Japanese and Latin, in every field the writer writes."""
    import random

    rng = random.Random(2026)
    chars = list("abXY 山田太郎やまだ;,:\\\"'^=<>@./-+#\n\t")

    def s(n: int = 12) -> str:
        t = "".join(rng.choice(chars) for _ in range(rng.randint(0, n))).strip()
        return t.replace("\n ", "\n").replace(" \n", "\n")

    people = [Person(
        family_name=s(), given_name=s(), family_reading=rng.choice(["", "やまだ", "ヤマダ"]),
        given_reading=rng.choice(["", "たろう"]), nickname=s(), middle_name=s(),
        name_prefix=s(), name_suffix=s(),
        emails=[(rng.choice(["", "work", "mobile", "x,y", "直通"]), s() or "a@b")
                for _ in range(rng.randint(0, 2))],
        phones=[(rng.choice(["", "cell", "work,fax", "office"]),
                 rng.choice(["+81-3-1234", "03 1234", "sip:a@b", "090p1w2", s() or "1"]))
                for _ in range(rng.randint(0, 2))],
        urls=[(rng.choice(["", "blog"]), "https://x.example/" + s()) for _ in range(2)],
        addresses=[Address(label=rng.choice(["", "work", "private"]), street=s() or "x",
                           city=s(), text=rng.choice(["", s()]))],
        handles=[(rng.choice(["line", "x", "skype", "other", "sip"]), rng.choice(["", "work"]),
                  s() or "h")],
        organization=s(), organization_en=s(), department=s(), department_en=s(), title=s(),
        title_en=s(), organization_reading=rng.choice(["", "みつぼし"]),
        past_positions=[Role(organization=s() or "o", department_en=s(), title=s(),
                             start=rng.choice(["", "2019-04-01"]))],
        notes=s(40), tags=[t for t in (s(), s()) if t], interests=s(), how_we_met=s(),
        region=s(), honorific=rng.choice(["", "様"]), cadence_days=rng.choice([None, 0, 30]),
        archived=rng.random() < .3,
        birthday=rng.choice([None, (1985, 4, 9), (None, 2, 29), (1985, None, None)]))
        for _ in range(150)]
    for p in people:  # e-mails written "x <y@z>" are read as the address: not this test's
        p.emails = [(lbl, v) for lbl, v in p.emails if "<" not in v]
    back, problems = vcard.read_vcards(vcard.write_vcards(people, version).encode(), "x.vcf")
    assert problems == []
    for a, b in zip(people, back, strict=True):
        _same(a, b)
