"""The format readers on the corpus of real-world and hostile files."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from icalendar import Calendar

from kizuna_desktop.formats import ical, table, vcard

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
    assert "東京都" in yamada.addresses[0][1]
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
    assert [p.family_name for p in people] == ["高橋", "<b>Tanaka & Co</b>", "伊藤"]
    assert [str(p) for p in problems] == [
        "broken.vcf:7: text outside any vCard; ignored",
        "broken.vcf:19: vCard cut off (no END:VCARD); skipped"]
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
    assert problems == []
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
    assert any(p.line == 3 and "cut off" in p.message for p in t.problems)
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


def test_a_large_file_is_read_by_several_processes_with_the_same_result(monkeypatch):
    """Above PARALLEL_FROM cards the work is shared between processes: the people, their
    order and each problem's line are exactly what one process finds."""
    cards = []
    for i in range(60):
        if i == 37:
            cards.append("BEGIN:VCARD\nVERSION:3.0\nN:;;\nPHOTO;ENCODING=b:!!!notbase64\n"
                         "END:VCARD\n")
        else:
            cards.append(f"BEGIN:VCARD\nVERSION:3.0\nN:山田{i};太郎;;;\nFN:山田{i} 太郎\n"
                         f"X-PHONETIC-LAST-NAME:やまだ\nEMAIL;TYPE=WORK:t{i}@example.co.jp\n"
                         "END:VCARD\n")
    data = "".join(cards).encode()
    monkeypatch.setattr(vcard, "PARALLEL_FROM", 10**9)
    one = vcard.read_vcards(data, "big.vcf")
    monkeypatch.setattr(vcard, "PARALLEL_FROM", 10)
    submitted = []  # the real pool, watched: the work did go to other processes
    submit = ProcessPoolExecutor.submit
    monkeypatch.setattr(ProcessPoolExecutor, "submit",
                        lambda pool, fn, *a: submitted.append(len(a[0])) or submit(pool, fn, *a))
    shared = vcard.read_vcards(data, "big.vcf")
    assert submitted and sum(submitted) < 60
    assert shared == one
    people, problems = shared
    assert len(people) == 59 and people[36].family_name == "山田36"
    assert people[37].family_name == "山田38" and people[0].emails == [("work",
                                                                       "t0@example.co.jp")]
    assert [str(p).split(": unreadable")[0] for p in problems] == ["big.vcf:260"]
