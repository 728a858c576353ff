"""The format readers on the corpus of real-world and hostile files."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from kizuna_desktop.formats import ical, table, vcard
from kizuna_desktop.formats.records import Address

CORPUS = Path(__file__).with_name("corpus")


def read(name: str):
    return vcard.read_vcards((CORPUS / name).read_bytes(), name)


def test_iphone_vcard_with_phonetic_fields():
    (yamada, smith), problems = read("iphone-3.0.vcf")
    assert problems == []
    assert (yamada.family_name, yamada.given_name) == ("山田", "太郎")
    assert (yamada.family_reading, yamada.given_reading) == ("やまだ", "たろう")
    assert yamada.emails == [("work", "t.yamada@mitsuboshi.example.co.jp"),
                             ("home", "taro@example.jp")]
    assert yamada.phones == [("cell", "090-1234-5678"), ("work", "03-5555-0101")]
    assert (yamada.organization, yamada.department, yamada.title) == (
        "三星商事株式会社", "機械プラント部", "部長")
    assert yamada.birthday == (1971, 5, 12)
    assert yamada.notes == "ゴルフ好き。\n娘さんはバイオリン。"
    assert yamada.addresses == [Address(label="work", street="丸の内1-1-1", city="千代田区",
                                        region="東京都", postal_code="100-0005", country="日本")]
    assert yamada.handles == [("linkedin", "", "https://www.linkedin.com/in/taro-yamada-example")]
    assert (smith.family_reading, smith.given_reading) == ("スミス", "エミリー")  # SORT-STRING
    assert smith.birthday == (None, 9, 3)


def test_vcard_4_with_tel_uris():
    (suzuki,), problems = read("android-4.0.vcf")
    assert problems == [] and suzuki.phones == [("work", "+81-6-5555-0303")]
    assert (suzuki.family_reading, suzuki.birthday) == ("スズキ", (1965, 11, 23))


def test_old_japanese_phone_shift_jis_quoted_printable():
    (sato,), problems = read("docomo-2.1-sjis.vcf")
    assert problems == []
    assert (sato.family_name, sato.given_name) == ("佐藤", "花子")
    assert (sato.family_reading, sato.given_reading) == ("ｻﾄｳ", "ﾊﾅｺ")  # SOUND;X-IRMC-N
    assert sato.notes == "来週、見積もりを送る約束。"  # folded soft line break joined
    assert sato.phones == [("cell", "080-1111-2222")]


def test_broken_vcards_report_their_lines_and_keep_the_rest():
    people, problems = read("broken.vcf")
    # the card cut off at the end of the file comes in with what it has
    assert [p.family_name for p in people] == ["高橋", "<b>Tanaka & Co</b>", "伊藤", "未完"]
    assert people[3].emails == [("", "cut@off.example")]
    assert [str(p) for p in problems] == [
        "broken.vcf:7: text outside any vCard; ignored",
        "broken.vcf:17: BDAY “2023-02-30” is not a date; left out",
        "broken.vcf:19: vCard cut off (no END:VCARD); read as far as it goes"]
    assert people[1].notes == "<font size=40>big</font> R&D <Sales>"


def test_binary_junk_is_refused_clearly():
    people, problems = read("binary-junk.vcf")
    assert people == []
    assert str(problems[0]) == "binary-junk.vcf: this is a binary file, not a vCard"


def test_write_and_read_back_both_versions():
    (yamada, smith), _ = read("iphone-3.0.vcf")
    yamada.tags, yamada.cadence_days, yamada.interests = ["golf", "key account"], 30, "sake"
    yamada.photo = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
    for version in ("3.0", "4.0"):
        text = vcard.write_vcards([yamada, smith], version)
        assert f"VERSION:{version}" in text
        (y2, s2), problems = vcard.read_vcards(text.encode(), "x.vcf")
        assert problems == []
        for field in ("family_name", "given_name", "family_reading", "given_reading", "emails",
                      "phones", "organization", "department", "title", "notes", "birthday",
                      "tags", "cadence_days", "interests", "photo"):
            assert getattr(y2, field) == getattr(yamada, field), field
        assert s2.birthday == (None, 9, 3)


def test_business_card_csv_in_shift_jis():
    t = table.read_table((CORPUS / "cards-sjis.csv").read_bytes(), "cards-sjis.csv")
    assert t.encoding == "cp932" and t.problems == []
    assert table.guess_preset(t.headers) == "cards"
    people, problems = table.to_people(t, table.guess_mapping(t.headers, "cards"))
    # 鈴木's e-mail is not one: that value is named with its line, the contact still comes in
    assert [(p.line, "not-an-email" in p.message) for p in problems] == [(4, True)]
    assert len(people) == 3
    yamada = people[0]
    assert (yamada.family_name, yamada.given_name, yamada.family_reading) == (
        "山田", "太郎", "ヤマダ")
    assert (yamada.organization, yamada.department, yamada.title) == (
        "三星商事株式会社", "機械プラント部", "部長")
    assert people[1].family_reading == "ｻﾄｳ" and people[0].line == 2


def test_linkedin_export_with_its_preamble_and_bom():
    t = table.read_table((CORPUS / "linkedin-connections.csv").read_bytes(), "connections.csv")
    assert t.headers[:2] == ["First Name", "Last Name"]
    assert table.guess_preset(t.headers) == "linkedin"
    people, problems = table.to_people(t, table.guess_mapping(t.headers, "linkedin"))
    assert [(p.given_name, p.family_name) for p in people] == [
        ("Emily", "Smith"), ("Marco", "Rossi"), ("Claire", "Dubois")]
    assert people[0].handles[0][0] == "linkedin" and people[2].organization == \
        "Dubois & Partners <Kansai>"
    assert people[0].line == 5


def test_truncated_csv_reports_the_line():
    t = table.read_table((CORPUS / "truncated.csv").read_bytes(), "truncated.csv")
    assert any(p.line == 3 and "is read as empty" in p.message for p in t.problems)
    people, _ = table.to_people(t, table.guess_mapping(t.headers))
    assert [p.given_name for p in people][:2] == ["Anna", "Ben"]


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02" * 100])
def test_empty_and_binary_csv(data):
    t = table.read_table(data, "x.csv")
    assert t.problems and t.rows == []


def test_icalendar_follow_ups_and_birthdays():
    from datetime import date

    data = ical.calendar([ical.DueItem("f1@k", "Send the report — 山田 太郎", date(2026, 12, 1))],
                         [ical.Birthday("b1@k", "佐藤 花子", None, 2, 29)])
    cal = Calendar.from_ical(data)
    events = [c for c in cal.walk("VEVENT")]
    assert events[0]["SUMMARY"] == "Send the report — 山田 太郎"
    assert events[0].decoded("DTSTART") == date(2026, 12, 1)
    assert events[1]["RRULE"]["FREQ"] == ["YEARLY"]
    assert events[1].decoded("DTSTART") == date(2000, 2, 29)


def _flat(v):
    if isinstance(v, list):
        return ",".join(str(x) for x in v)
    return str(v or "")


def _vobject_values(card) -> dict[str, list]:
    out = {}
    for k, props in card.contents.items():
        if k == "version":
            continue
        vals = []
        for p in props:
            v = p.value
            if isinstance(v, vobject.vcard.Name):
                v = [_flat(getattr(v, a)) for a in vobject.vcard.NAME_ORDER]
            elif isinstance(v, vobject.vcard.Address):
                v = [_flat(getattr(v, a)) for a in vobject.vcard.ADDRESS_ORDER]
            elif k == "org":
                v = [_flat(x) for x in v]
            elif isinstance(v, str):
                v = v.strip()
            vals.append(v)
        out[k] = vals
    return out


def _ours(k: str, props) -> list:
    out = []
    for p in props:
        if isinstance(p.value, bytes):
            out.append(base64.b64decode(p.value))
        elif k in ("n", "adr", "org"):
            out.append(p.fields())
        elif k == "categories":
            out.append(p.items())
        else:
            out.append(p.text)
    return out


@pytest.mark.parametrize("name", ["iphone-3.0.vcf", "android-4.0.vcf", "docomo-2.1-sjis.vcf",
                                  "broken.vcf", "written"])
def test_properties_are_decoded_as_vobjects_own_reader_decodes_them(name):
    """Cards are read by our own linear-time line parser, not vobject's: every value
    (structured names, addresses, organisations, categories, escapes, base64 photos, 2.1
    quoted-printable in Shift_JIS) must come out as vobject.readOne gives it. (Updated with
    the reader's rewrite: it used to compare vobject's parseLine output, which the reader no
    longer uses.)"""
    if name == "written":
        (yamada, smith), _ = read("iphone-3.0.vcf")
        yamada.tags, yamada.notes = ["golf", "key; account", "a,b"], "line 1\nR&D; \\ end"
        yamada.photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
        data = vcard.write_vcards([yamada, smith]).encode()
    else:
        data = (CORPUS / name).read_bytes()
    blocks, _ = vcard._blocks(vcard._logical_lines(data), name)
    assert blocks
    reader = vcard._Reader(data, name)
    for _, lines in blocks:
        ours = reader.properties(lines, vcard._version(lines))
        text = reader.text(b"BEGIN:VCARD\r\n" + b"\r\n".join(x for _, x in lines)
                           + b"\r\nEND:VCARD\r\n", None, 0, "")
        if "2.1" in text[:40]:  # vobject reads only 3.0 text: give it the decoded lines
            text = "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(
                f"{k.upper()}:{p.value}\r\n" for k, v in ours.items() for p in v
                if isinstance(p.value, str)) + "END:VCARD\r\n"
        theirs = _vobject_values(vobject.readOne(text, ignoreUnreadable=True))
        theirs = {k: v for k, v in theirs.items() if k in ours}
        assert {k: _ours(k, v) for k, v in ours.items()} == theirs


def test_unescaped_commas_in_a_note_are_kept():
    """vobject cuts a text value at an unescaped comma; exporters that do not escape them
    are common, and the rest of the note must not be lost."""
    data = "BEGIN:VCARD\nVERSION:3.0\nN:森;花;;;\nNOTE:大阪, 京都, 神戸\\nnext\nEND:VCARD\n"
    (mori,), problems = vcard.read_vcards(data.encode(), "x.vcf")
    assert problems == [] and mori.notes == "大阪, 京都, 神戸\nnext"


def test_a_broken_photo_or_line_costs_only_itself():
    """A photo that is not base64 and a line that is not a property are reported with their
    own line numbers; the contact still comes in with everything else."""
    data = ("BEGIN:VCARD\nVERSION:3.0\nN:山田;太郎;;;\nPHOTO;ENCODING=b:!!!notbase64\n"
            "this line has no colon\nEMAIL:t@example.co.jp\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:佐藤;花子;;;\nEND:VCARD\n").encode()
    (yamada, sato), problems = vcard.read_vcards(data, "x.vcf")
    assert (yamada.family_name, yamada.emails, yamada.photo) == (
        "山田", [("", "t@example.co.jp")], None)
    assert sato.family_name == "佐藤"
    assert [str(p) for p in problems] == [
        "x.vcf:4: PHOTO is not valid base64; left out",
        "x.vcf:5: line is not a vCard property; skipped"]
