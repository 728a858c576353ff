"""The fresh-eyes review of issue 25 (New Year cards), its findings on real files: Japanese CSV
address columns, carry-over to the next year, addresses printed once, postal codes normalised
and named, joint names with their own family name, a one-line address with 〒 split.

Each test imports files a user has (CSV, vCard) through a real `kizuna import` process into a
real journal, then asks the New Year list / the card layout what it would print."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.pdf import labels, postcard
from kizuna_desktop.services import contacts, nengajo
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal

YEAR = 2027


def _kizuna(db, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(db.parent)}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=180)


def _import(tmp_path, name: str, text: str):
    db = tmp_path / "r.kizuna"
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    r = _kizuna(db, "import", str(f), "--yes")
    assert r.returncode == 0, r.stderr.decode()
    return db, r.stdout.decode("utf-8")


def _mark_all(db) -> None:
    from sqlalchemy import select

    from kizuna_desktop.store.models import Contact

    with Journal.open(db) as j:
        with j.session() as s:
            ids = list(s.scalars(select(Contact.id)))
        for cid in ids:
            nengajo.mark(j, cid, YEAR, send=True)


def _list(db) -> dict[str, nengajo.Recipient]:
    _mark_all(db)
    with Journal.open(db) as j:
        got = nengajo.new_year_list(j, YEAR)
    return {r.family_name: r for r in got.everyone}, got


# -- finding 1: Japanese CSV address columns ---------------------------------------------------

CONTACTS_CSV = (
    "姓,名,姓（かな）,名（かな）,会社名,部署,役職,メール,郵便番号,都道府県,市区町村,番地,建物名\n"
    "中村,誠,なかむら,まこと,中村工業株式会社,技術部,主任,n@example.jp,530-0001,大阪府,"
    "大阪市北区,梅田3-1-3,ノースゲートビル5F\n"
    "小林,恵子,こばやし,けいこ,,,,k@example.jp,812-0011,福岡県,福岡市博多区,"
    "博多駅前2丁目1番1号,\n"
    "渡辺,翔,わたなべ,しょう,,,,w@example.jp,980-0021,,,,\n")


def test_csv_prefecture_city_street_building_and_kana_in_full_width_parentheses(tmp_path):
    db, out = _import(tmp_path, "contacts.csv", CONTACTS_CSV)
    assert "not imported" not in out
    rows, got = _list(db)
    n = rows["中村"]
    assert (n.address.prefecture, n.address.city, n.address.town, n.address.block,
            n.address.building) == ("大阪府", "大阪市北区", "梅田", "3-1-3", "ノースゲートビル5F")
    assert postcard.address_columns(n)[0] == "大阪府大阪市北区梅田三丁目一番三号"
    k = rows["小林"]
    assert k.address.town + k.address.block == "博多駅前2丁目1番1号"
    with Journal.open(db) as j:
        from sqlalchemy import select

        from kizuna_desktop.store.models import Contact
        with j.session() as s:
            c = s.scalar(select(Contact).where(Contact.family_name == "中村"))
            assert (c.family_reading, c.given_reading) == ("なかむら", "まこと")
    # a postal code alone is no address to deliver to: counted and named
    assert [r.family_name for r in got.no_address] == ["渡辺"]
    text = _kizuna(db, "nengajo", "list", "--year", str(YEAR)).stdout.decode("utf-8")
    assert "1 without a usable address" in text and "渡辺" in text.split(
        "Without a usable address")[1]


def test_fudemame_home_and_work_columns_and_jusho2(tmp_path):
    db, out = _import(tmp_path, "fudemame.csv", (
        "氏名,フリガナ,自宅〒,自宅住所1,自宅住所2,会社名,部署名1,役職名,会社〒,会社住所1,会社住所2,"
        "E-mail\n大野 健一,オオノ ケンイチ,154-0001,東京都世田谷区池尻2-3-4,池尻ハイツ105,"
        "大野物産株式会社,総務部,部長,105-0011,東京都港区芝公園4-2-8,東京タワービル3F,"
        "ono@example.jp\n"))
    assert "not imported" not in out
    rows, _ = _list(db)
    a = rows["大野"].address
    assert a.work and (a.postal_code, a.prefecture, a.city, a.town, a.block, a.building) == (
        "105-0011", "東京都", "港区", "芝公園", "4-2-8", "東京タワービル3F")
    with Journal.open(db) as j:
        c = contacts.get(j, rows["大野"].contact_id)
    (home,) = [x for x in c.addresses if x.label == "home"]
    assert (home.postal_code, home.extended) == ("154-0001", "池尻ハイツ105")

    db2 = tmp_path / "j" / "j.kizuna"
    db2.parent.mkdir()
    f = db2.parent / "jusho.csv"
    f.write_text("姓,名,郵便番号,住所,住所2,メール\n大野,健一,154-0001,東京都世田谷区池尻2-3-4,"
                 "池尻ハイツ105,ono2@example.jp\n", encoding="utf-8")
    r = _kizuna(db2, "import", str(f), "--yes")
    assert r.returncode == 0 and "not imported" not in r.stdout.decode("utf-8")
    rows, _ = _list(db2)
    a = rows["大野"].address
    assert (a.prefecture, a.city, a.town, a.block, a.building) == (
        "東京都", "世田谷区", "池尻", "2-3-4", "池尻ハイツ105")


# -- findings 3, 4, 9: addresses printed once, codes normalised, 〒 in the street -------------

VCARDS = """BEGIN:VCARD
VERSION:3.0
N:鈴木;花子;;;
FN:鈴木 花子
ADR;TYPE=HOME:;;京都府京都市下京区四条通烏丸東入長刀鉾町20番地;;;600-8008;
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:山田;太郎;;;
FN:山田 太郎
ADR;TYPE=HOME:;;〒156-0052 東京都世田谷区経堂3丁目4番5号;;;;
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:加藤;大輔;;;
FN:加藤 大輔
ADR;TYPE=HOME:;;北一条西２丁目;札幌市中央区;北海道;０６０－０００１;
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:佐藤;一郎;;;
FN:佐藤 一郎
ADR;TYPE=HOME:;;東京都杉並区阿佐谷南２－１３－７ メゾン阿佐谷２０１号室;;;１６６００４;
END:VCARD
"""


def test_whole_address_in_street_printed_once_and_one_line_with_postal_mark(tmp_path):
    db, _ = _import(tmp_path, "c.vcf", VCARDS)
    rows, got = _list(db)
    s = rows["鈴木"]
    (main,) = postcard.address_columns(s)
    assert main.count("京都府") == 1 and main.startswith("京都府京都市下京区四条通")
    assert sum(line.count("京都府") for line in labels.lines_of(s)) == 1
    y = rows["山田"]
    assert (y.address.postal_code, y.address.prefecture, y.address.city) == (
        "156-0052", "東京都", "世田谷区")
    assert postcard.address_columns(y) == ["東京都世田谷区経堂三丁目四番五号"]
    assert y.region == "Kanto"  # the region is derived, so seasonal timing can apply


def test_full_width_postal_code_normalised_and_wrong_length_named_never_kanji(tmp_path):
    db, _ = _import(tmp_path, "c.vcf", VCARDS)
    rows, got = _list(db)
    k = rows["加藤"]
    assert k.address.postal_code == "060-0001" and not k.address.postal_problem
    assert "〒060-0001" in labels.lines_of(k)
    assert all("六十" not in col for col in postcard.address_columns(k))
    s = rows["佐藤"]
    assert "seven digits" in s.address.postal_problem
    assert all("十六万" not in c and "〒" not in c for c in postcard.address_columns(s))
    assert [r.family_name for r in got.postal_problems] == ["佐藤"]
    text = _kizuna(db, "nengajo", "list", "--year", str(YEAR)).stdout.decode("utf-8")
    assert "Postal codes to check (1" in text and "佐藤 一郎" in text
    pdf = tmp_path / "c.pdf"
    _kizuna(db, "nengajo", "sender", "--name", "田中 一郎", "--address",
            "〒150-0002 東京都渋谷区渋谷2-21-1")
    r = _kizuna(db, "nengajo", "print", "--year", str(YEAR), "-o", str(pdf))
    assert r.returncode == 0, r.stderr.decode()
    assert "Postal-code boxes left empty: 佐藤 一郎" in r.stdout.decode("utf-8")


def test_sender_postal_code_alone_checked(tmp_path):
    db, _ = _import(tmp_path, "c.vcf", VCARDS)
    _kizuna(db, "nengajo", "sender", "--name", "田中 一郎", "--address",
            "〒150-0002 東京都渋谷区渋谷2-21-1")
    r = _kizuna(db, "nengajo", "sender", "--postal-code", "12345678")
    assert r.returncode == 1 and "12345678" in r.stderr.decode("utf-8")
    r = _kizuna(db, "nengajo", "sender", "--postal-code", "１５０－０００１")
    assert r.returncode == 0
    shown = _kizuna(db, "nengajo", "sender").stdout.decode("utf-8")
    assert "〒150-0001 東京都渋谷区" in shown and shown.count("〒") == 1


def test_bad_postal_code_in_csv_named_at_import(tmp_path):
    _, out = _import(tmp_path, "c.csv", "姓,名,郵便番号,住所\n長谷川,八桁,12345678,"
                                        "東京都中央区銀座1-1-1\n")
    assert "'12345678' is not seven digits" in out


# -- finding 2: what carries over to the next year ---------------------------------------------

@pytest.fixture
def three(tmp_path):
    with Journal.open(tmp_path / "y.kizuna") as j:
        ids = {f: contacts.create(j, ContactInput(family_name=f, given_name="様子", addresses=[
            AddressInput(text="〒100-0005 東京都千代田区丸の内1-2-3")])).id
            for f in ("井上", "石川", "池田")}
        yield j, ids


def test_only_a_card_received_carries_over(three):
    j, ids = three
    nengajo.mark(j, ids["井上"], YEAR, send=True)  # sent, nothing came back
    nengajo.mark(j, ids["石川"], YEAR, send=True, received=True)
    nxt = {r.family_name: r for r in nengajo.new_year_list(j, YEAR + 1).to_print}
    assert set(nxt) == {"石川"} and nxt["石川"].why == "sent one last year"
    assert nengajo.new_year_list(j, YEAR + 2).to_print == []
    # received this year, not sent: a reply is owed (返礼), never shown as "marked"
    nengajo.mark(j, ids["池田"], YEAR + 1, received=True)
    nxt = {r.family_name: r for r in nengajo.new_year_list(j, YEAR + 1).to_print}
    assert nxt["池田"].why == "reply to their card"
    # clearing this year's marks of one who sent one last year: still carried, and said so
    nengajo.mark(j, ids["石川"], YEAR + 1, send=False, sent=False, received=False,
                 mourning=False)
    nxt = {r.family_name: r for r in nengajo.new_year_list(j, YEAR + 1).to_print}
    assert nxt["石川"].why == "sent one last year"


def test_contradictory_marks_refused(three):
    j, ids = three
    with pytest.raises(KizunaError, match="mourning"):
        nengajo.mark(j, ids["井上"], YEAR, sent=True, mourning=True)
    nengajo.mark(j, ids["井上"], YEAR, send=True)
    with pytest.raises(KizunaError, match="mourning"):
        nengajo.mark(j, ids["井上"], YEAR, send=True, mourning=True)
    m = nengajo.mark(j, ids["井上"], YEAR, mourning=True)  # mourning takes it off the run
    assert m.mourning
    assert [r.family_name for r in nengajo.new_year_list(j, YEAR).mourning] == ["井上"]
    with pytest.raises(KizunaError):
        nengajo.mark(j, ids["井上"], YEAR, sent=True)


# -- finding 5: a joint name with its own family name -----------------------------------------

def _glyph_x(pdf: bytes) -> dict[str, list[float]]:
    """Each drawn character's x position (points), read back from the PDF."""
    out: dict[str, list[float]] = {}
    page = PdfReader(io.BytesIO(pdf)).pages[0]

    def visit(text, cm, tm, font, size):
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        for ch in text.strip():
            out.setdefault(ch, []).append(round(x, 1))

    page.extract_text(visitor_text=visit)
    return out


def test_joint_name_with_own_family_name_in_its_own_column(three):
    j, ids = three
    nengajo.mark(j, ids["井上"], YEAR, send=True, joint_names=["鈴木 花子"])
    (r,) = [x for x in nengajo.new_year_list(j, YEAR).to_print if x.family_name == "井上"]
    assert r.name_lines == ["井上 様子 様", "鈴木 花子 様"]
    xs = _glyph_x(postcard.render([r], None).pdf)
    assert xs["井"] and xs["鈴"] and abs(xs["井"][0] - xs["鈴"][0]) > 20  # never on top
    assert xs["井"][0] == xs["様"][0] or min(abs(xs["井"][0] - x) for x in xs["様"]) < 1


def test_labels_with_nothing_to_print_exit_1(tmp_path):
    db, _ = _import(tmp_path, "c.vcf", VCARDS)
    out = tmp_path / "none.pdf"
    r = _kizuna(db, "labels", "--tag", "nobody", "-o", str(out))
    assert r.returncode == 1 and "Nothing to print" in r.stderr.decode("utf-8")
    assert not out.exists()


def test_list_json_names_postal_problems(tmp_path):
    db, _ = _import(tmp_path, "c.vcf", VCARDS)
    _mark_all(db)
    got = json.loads(_kizuna(db, "nengajo", "list", "--year", str(YEAR), "--json").stdout)
    assert [p["name"] for p in got["postal_problems"]] == ["佐藤 一郎"]


# -- findings 6 and 14: Latin addresses as written; numbers as 筆まめ writes them ------------

def test_latin_address_and_name_kept_as_written(tmp_path):
    with Journal.open(tmp_path / "l.kizuna") as j:
        cid = contacts.create(j, ContactInput(
            family_latin="Smith", given_latin="John", addresses=[AddressInput(
                label="work", street="Roppongi Hills Mori Tower 30F, 6-10-1 Roppongi",
                city="Minato-ku", region="Tokyo", postal_code="106-6108",
                country="Japan")])).id
        nengajo.mark(j, cid, YEAR, send=True)
        (r,) = nengajo.new_year_list(j, YEAR).to_print
    assert r.name_lines == ["John Smith 様"]
    cols = postcard.address_columns(r)
    joined = "".join(cols)
    assert "Roppongi Hills Mori Tower 30F" in joined and "6-10-1 Roppongi" in joined
    assert "番地" not in joined and "三十" not in joined
    assert "Tokyo" in joined and "Minato-ku" in joined


def test_room_and_block_numbers_of_three_digits_digit_by_digit(three):
    j, _ = three
    cid = contacts.create(j, ContactInput(family_name="伊藤", given_name="美咲", addresses=[
        AddressInput(text="〒460-0008 愛知県名古屋市中区栄3-5-12 栄ビル302"),
        ])).id
    cid2 = contacts.create(j, ContactInput(family_name="𠮷田", given_name="修", addresses=[
        AddressInput(postal_code="399-9301", street="大字北城字和田野4683番地",
                     region="長野県", city="北安曇郡白馬村")])).id
    for c in (cid, cid2):
        nengajo.mark(j, c, YEAR, send=True)
    rows = {r.family_name: r for r in nengajo.new_year_list(j, YEAR).to_print}
    assert postcard.address_columns(rows["伊藤"]) == ["愛知県名古屋市中区栄三丁目五番十二号",
                                                     "栄ビル三〇二"]
    assert postcard.address_columns(rows["𠮷田"]) == [
        "長野県北安曇郡白馬村大字北城字和田野四六八三番地"]


# -- finding 7: overlong text shrunk within a floor, else the card / label refused, named -----

def _glyphs(pdf: bytes) -> list[tuple[str, float, float]]:
    """(character, x, y) in points of every glyph drawn on every page, read back."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, cm, tm, font, size, page_out=out):
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            for ch in text.strip():
                page_out.append((ch, x, y))
        page.extract_text(visitor_text=visit)
    return out


def test_overlong_address_refuses_the_card_and_long_lines_stay_on_it(three):
    from reportlab.lib.units import mm

    j, ids = three
    long_town = contacts.create(j, ContactInput(family_name="岡田", given_name="優", addresses=[
        AddressInput(postal_code="100-0001", region="東京都", city="千代田区",
                     street="あ" * 300 + "本町1-1-1")])).id
    nengajo.mark(j, long_town, YEAR, send=True)
    nengajo.mark(j, ids["井上"], YEAR, send=True)
    got = {r.family_name: r for r in nengajo.new_year_list(j, YEAR).to_print}
    result = postcard.render([got["岡田"], got["井上"]], None)
    assert result.cards == 1 and any("岡田 優 様" in p and "do not fit" in p
                                     for p in result.skipped)
    glyphs = _glyphs(result.pdf)
    assert glyphs and "岡" not in {g[0] for g in glyphs}
    for _, x, y in glyphs:  # every glyph on the card
        assert 0 <= x <= 100 * mm and 0 <= y <= 148 * mm
    # labels: the long one refused and named; every glyph of the others inside its label
    for vertical in (False, True):
        sheet = labels.SHEETS["avery-l7160" if not vertical else "avery-l7163"]
        res = labels.render([got["岡田"], got["井上"]], sheet, vertical=vertical)
        if not vertical:  # across, 300 characters cannot fit a 63.5 mm label at 5.5 pt
            assert res.labels == 1 and any("岡田" in p for p in res.skipped)
        else:  # down, broken into columns at 5.5 pt or more, or refused: never outside
            assert res.labels == 2 or any("岡田" in p for p in res.skipped)
        rects = [sheet.rect(i) for i in range(res.labels)]
        drawn = _glyphs(res.pdf)
        assert drawn
        for ch, x, y in drawn:
            assert any(left * mm <= x <= right * mm and (297 - bottom) * mm <= y
                       <= (297 - top) * mm for left, top, right, bottom in rects), ch


def test_to_send_refused_for_one_in_mourning_either_order(three):
    """Review 5 finding 2: --mourning then --send was accepted (send, mourning)."""
    j, ids = three
    nengajo.mark(j, ids["井上"], YEAR, mourning=True)
    with pytest.raises(KizunaError, match="mourning"):
        nengajo.mark(j, ids["井上"], YEAR, send=True)
    assert nengajo.marks_of(j, ("contact", ids["井上"]), YEAR) == nengajo.Marks(mourning=True)
    nengajo.mark(j, ids["井上"], YEAR, mourning=False)
    assert nengajo.mark(j, ids["井上"], YEAR, send=True).send


def test_print_offset_that_pushes_the_boxes_off_the_card_refused(three):
    """Review 5 finding 3: --offset-x 60 was printed and remembered (first digit at 107 mm)."""
    j, _ids = three
    nengajo.save_print_layout(j, nengajo.PrintLayout(offset_x=1.5, offset_y=-2.0))
    for bad in ({"offset_x": 60.0}, {"offset_x": 8.5}, {"offset_y": 99.0},
                {"offset_x": float("nan")}, {"sender_box_left": 90.0}):
        with pytest.raises(KizunaError, match="off the card"):
            nengajo.save_print_layout(j, nengajo.PrintLayout(**bad))
    assert nengajo.print_layout(j) == nengajo.PrintLayout(offset_x=1.5, offset_y=-2.0)
    assert nengajo.save_print_layout(j, nengajo.PrintLayout(offset_x=-8.0, offset_y=8.0))


def test_a_postal_code_of_another_town_is_named_and_its_boxes_left_empty(tmp_path):
    """Review 5 finding 1: 〒100-0001 (千代田区千代田) on an Osaka address printed 1000001 in the
    red boxes without a word, so the card would be sorted to Tokyo."""
    with Journal.open(tmp_path / "p.kizuna") as j:
        wrong = contacts.create(j, ContactInput(family_name="鈴木", given_name="次郎", addresses=[
            AddressInput(label="home", text="〒100-0001 大阪府大阪市北区梅田3-4-5")])).id
        right = contacts.create(j, ContactInput(family_name="佐藤", given_name="一郎", addresses=[
            AddressInput(label="home", text="〒530-0001 大阪府大阪市北区梅田3-4-5")])).id
        for cid in (wrong, right):
            nengajo.mark(j, cid, YEAR, send=True)
        found = nengajo.new_year_list(j, YEAR)
        got = {r.contact_id: r for r in found.to_print}
        problem = got[wrong].address.postal_problem
        assert "東京都" in problem and "大阪府" in problem
        assert got[right].address.postal_problem == ""
        assert [r.contact_id for r in found.postal_problems] == [wrong]
        text = {cid: PdfReader(io.BytesIO(postcard.render([got[cid]], None).pdf))
                .pages[0].extract_text() for cid in (wrong, right)}
        assert "5300001" in re.sub(r"\s", "", text[right])
        assert "1000001" not in re.sub(r"\s", "", text[wrong])


def test_the_test_print_is_over_a_card_with_digits_in_the_boxes(tmp_path):
    """Review 5 finding 8: the test print drew the outlines over the first card, a Paris
    address whose code is rightly not put in the boxes, so no digit could be checked."""
    with Journal.open(tmp_path / "t.kizuna") as j:
        paris = contacts.create(j, ContactInput(family_name="Dupont", given_name="Marie",
                                                addresses=[AddressInput(
                                                    label="home", country="France",
                                                    text="12 rue de Rivoli, 75001 Paris")])).id
        tokyo = contacts.create(j, ContactInput(family_name="山田", given_name="太郎", addresses=[
            AddressInput(label="home", text="〒100-0005 東京都千代田区丸の内1-2-3")])).id
        for cid in (paris, tokyo):
            nengajo.mark(j, cid, YEAR, send=True)
        found = nengajo.new_year_list(j, YEAR).to_print
        assert [r.contact_id for r in found][0] == paris  # Dupont sorts first
        result = postcard.render(found, None, test_print=True)
        (page,) = PdfReader(io.BytesIO(result.pdf)).pages
        text = re.sub(r"\s", "", page.extract_text())
        assert "1000005" in text and "山田" in text and "Dupont" not in text


def test_an_organisations_address_ending_in_japan_prints_no_japan_column(tmp_path):
    """Review 5 finding 9: the org card for 株式会社大阪商事 printed 日本 as its own column."""
    from kizuna_desktop.services import organizations

    with Journal.open(tmp_path / "o.kizuna") as j:
        for name, where in (("株式会社大阪商事", "〒530-0001 大阪府大阪市北区梅田2-4-9 日本"),
                            ("株式会社東京物産", "〒100-0005 東京都千代田区丸の内1-2-3, Japan")):
            org = organizations.create(j, organizations.OrganizationInput(
                name_ja=name, address=where)).id
            nengajo.mark_organization(j, org, YEAR, send=True)
        found = nengajo.new_year_list(j, YEAR).to_print
        assert len(found) == 2
        for r in found:
            cols = postcard.address_columns(r)
            assert cols and not any("日本" in c or "Japan" in c for c in cols), cols
            assert cols[0].startswith(("大阪府大阪市北区梅田二丁目", "東京都千代田区丸の内一丁目"))
