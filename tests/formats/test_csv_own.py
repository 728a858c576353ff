"""Kizuna's own CSV: every field of a record out and back in equal; cells that a spreadsheet
would run as a formula are neutralised, and read back as they were written."""

from __future__ import annotations

import csv
import dataclasses
import io

from kizuna_desktop.formats import csv_own, table
from kizuna_desktop.formats.records import Address, Person, Role
from kizuna_desktop.services import export


def _rich() -> list[Person]:
    yamada = Person(
        family_name="山田", given_name="太郎", family_reading="やまだ", given_reading="たろう",
        family_latin="Yamada", given_latin="Taro", latin_order="family_first",
        middle_name="Q", name_prefix="Dr.", name_suffix="Jr.", nickname="タロ", honorific="様",
        emails=[("work", "t.yamada@mitsuboshi.example.jp"), ("private", "taro@example.jp")],
        phones=[("work", "+81 3-5555-0101;ext=12"), ("mobile", "090-1234-5678"),
                ("fax", "03-5555-0199")],
        urls=[("blog", "https://taro.example.jp")],
        addresses=[Address(label="work", postal_code="100-0005", region="東京都",
                           city="千代田区", street="丸の内1-1-1", extended="三星ビル 12F",
                           country="日本", text="〒100-0005 東京都千代田区丸の内1-1-1",
                           latin="12F Mitsuboshi Bldg., 1-1-1 Marunouchi, Chiyoda-ku, "
                           "Tokyo 100-0005, Japan"),
                   Address(label="home", po_box="PO Box 7", text="Box 7, Osaka")],
        handles=[("linkedin", "", "https://www.linkedin.com/in/taro"), ("line", "", "taro_y")],
        organization="三星商事株式会社", organization_en="Mitsuboshi Trading",
        organization_reading="みつぼししょうじ", department="機械プラント部",
        department_en="Machinery Plant", title="部長", title_en="General Manager",
        past_positions=[Role(organization="東西物産", organization_en="Tozai Bussan",
                             department="営業部", title="課長", title_en="Manager",
                             start="1998-04-01", end="2010-03-31")],
        notes="ゴルフ好き。\n娘さんはバイオリン。", birthday=(1971, 5, 12),
        anniversary=(None, 6, 1), tags=["golf", "key account, Tokyo"], interests="sake, go",
        how_we_met="Expo 2025", region="関東", cadence_days=30, archived=True)
    formulas = Person(
        family_name="=HYPERLINK(\"http://evil.example\",\"x\")", given_name="+1",
        nickname="-minus", organization="@SUM(A1)", notes="\tindented", title="\rreturn",
        department="'quoted", phones=[("", "+81 90 1111 2222")], birthday=(None, None, 3),
        tags=["=tag"])
    partial = Person(given_name="Ben", birthday=(1985, 4, None), is_organization=True,
                     emails=[("", "ben@example.com")])
    return [yamada, formulas, partial]


def _back(data: bytes) -> list[Person]:
    t = table.read_table(data, "kizuna.csv")
    assert table.guess_preset(t.headers) == "kizuna"
    people, problems = table.to_people(t, table.guess_mapping(t.headers))
    assert problems == []
    return [dataclasses.replace(p, line=None) for p in people]


def test_every_field_reads_back_equal():
    people = _rich()
    assert _back(table.write_csv(people)) == people


def test_formula_cells_are_neutralised_and_read_back_as_written():
    data = table.write_csv(_rich())
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    cells = dict(zip(rows[0], rows[2], strict=True))
    assert cells["Family name"] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert (cells["Given name"], cells["Nickname"], cells["Company"]) == (
        "'+1", "'-minus", "'@SUM(A1)")
    assert (cells["Notes"], cells["Title"], cells["Department"]) == (
        "'\tindented", "'\rreturn", "''quoted")
    # An international number too: Excel reads +81 90 1111 2222 as a formula
    assert cells["Phone 1"] == "'+81 90 1111 2222" and cells["Tags"] == "'=tag"
    assert cells["Birthday"] == "'---03"  # the day only, as vCard 4.0 writes it
    # No cell of the file begins with a character a spreadsheet runs as a formula
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for c in r)
    assert [csv_own.neutral(x) for x in (
        "+49 30 1234567", "+81 (3) 1234-5678", "+1", "+49 30 =1", "+4930123456+SUM(A1)")] == [
        "'+49 30 1234567", "'+81 (3) 1234-5678", "'+1", "'+49 30 =1", "'+4930123456+SUM(A1)"]
    # Another program's CSV keeps its ' (only Kizuna's own CSV gets the prefix taken off)
    t = table.read_table(b"Name,Notes\nAnna Berg,'=not ours\n", "other.csv")
    (anna,), _ = table.to_people(t, table.guess_mapping(t.headers))
    assert anna.notes == "'=not ours"


def test_the_demo_journal_reads_back_equal(demo_journal):
    people = export.people(demo_journal)
    expected = [dataclasses.replace(
        p, photo=None, photo_type="", line=None,
        addresses=[a if isinstance(a, Address) else Address(label=a[0], text=a[1])
                   for a in p.addresses]) for p in people]
    assert len(expected) == 42
    assert _back(table.write_csv(people)) == expected
