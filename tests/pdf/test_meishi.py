"""Meishi proofs and sheets read back: sizes and boxes, fonts, text order (vertical too),
card positions on a sheet, duplex mirroring, text kept in the safe area, overflow reported."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest
import vobject
from reportlab.lib.units import mm

from kizuna_desktop.pdf import meishi as pdf_meishi
from kizuna_desktop.pdf.meishi_layout import SIZES, MeishiOptions, layout
from kizuna_desktop.services import cards
from kizuna_desktop.services.meishi import MeishiView

from .glyphcheck import text_positions
from .pdfcheck import fonts, reader

PROFILE = MeishiView(
    id=1, profile_name="Main card", name_ja="アレックス・ハートマン",
    reading_ja="あれっくす はーとまん", name_en="Alex Hartmann", title_ja="代表取締役",
    title_en="Representative Director", department_ja="営業部", department_en="Sales",
    company_ja="ノルドリヒト・センサーズ合同会社", company_en="Nordlicht Sensors G.K.",
    address_ja="〒105-0001 東京都港区虎ノ門1-2-3 虎ノ門ビル8階",
    address_en="8F Toranomon Bldg., 1-2-3 Toranomon, Minato-ku, Tokyo 105-0001",
    phone="+81-3-5555-0000", email="alex.hartmann@nordlicht.example.jp",
    web="nordlicht.example.jp", line_id="alex.nordlicht", include_qr=True)

ALL = [MeishiOptions(style=st, ja=ja, size=sz, orientation=o)
       for st in ("two-sided", "bilingual") for ja in ("horizontal", "vertical")
       for sz in ("jp", "us", "eu") for o in ("landscape", "portrait")
       if not (st == "bilingual" and ja == "vertical")]


def _squash(t: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))


def _in_order(haystack: str, *needles: str) -> bool:
    pos = 0
    for n in needles:
        found = haystack.find(_squash(n), pos)
        if found < 0:
            return False
        pos = found + len(_squash(n))
    return True


def _mm(v) -> float:
    return round(float(v) / mm, 1)


@pytest.mark.parametrize("size, orientation", [
    ("jp", "landscape"), ("jp", "portrait"), ("us", "landscape"), ("eu", "portrait")])
def test_proof_pages_boxes_and_bleed_are_exact(size, orientation):
    data = cards.render(PROFILE, MeishiOptions(size=size, orientation=orientation))
    w, h = SIZES[size]
    if orientation == "portrait":
        w, h = h, w
    pages = reader(data).pages
    assert len(pages) == 2  # Japanese front, English back
    for page in pages:
        trim = [_mm(v) for v in page.trimbox]
        bleed = [_mm(v) for v in page.bleedbox]
        media = [_mm(v) for v in page.mediabox]
        assert trim == [13.0, 13.0, round(13 + w / mm, 1), round(13 + h / mm, 1)]
        assert bleed == [10.0, 10.0, round(16 + w / mm, 1), round(16 + h / mm, 1)]
        assert media == [0.0, 0.0, round(26 + w / mm, 1), round(26 + h / mm, 1)]


def test_every_font_is_embedded_in_proofs_and_sheets():
    for data in (cards.render(PROFILE, MeishiOptions(ja="vertical")),
                 cards.render(PROFILE, MeishiOptions(style="bilingual"), sheet=True)):
        used = fonts(data)
        assert used and all(used.values()) and all("IPAex" in f for f in used), used


def test_text_reads_in_order_on_each_face():
    data = cards.render(PROFILE, MeishiOptions())
    ja, en = (_squash(p.extract_text()) for p in reader(data).pages)
    assert _in_order(ja, "ノルドリヒト・センサーズ合同会社", "営業部 代表取締役",
                     "アレックス・ハートマン", "〒105-0001", "TEL +81-3-5555-0000",
                     "alex.hartmann@nordlicht.example.jp")
    assert _in_order(en, "Nordlicht Sensors G.K.", "Alex Hartmann", "Representative Director",
                     "Minato-ku", "Tel +81-3-5555-0000")


def test_vertical_text_reads_right_to_left_with_vertical_forms():
    p = replace(PROFILE, company_ja="株式会社「北斗」、東京")
    data = cards.render(p, MeishiOptions(ja="vertical"))
    raw = reader(data).pages[0].extract_text()
    assert "\ufe41" in raw and "\ufe42" in raw and "\ufe11" in raw  # ﹁ ﹂ ︑ vertical forms
    ja = _squash(raw)
    assert _in_order(ja, "株式会社「北斗」、東京", "営業部代表取締役",
                     "アレックス・ハートマン", "〒105-0001東京都港区虎ノ門1-2-3虎ノ門ビル8階")
    assert "あれっくす" not in ja  # no furigana over a katakana name
    card = layout(p, MeishiOptions(ja="vertical"))
    columns = {c.field: c for c in card.faces[0].columns}
    assert columns["company_ja"].x_centre > columns["title_ja"].x_centre  # right to left
    assert columns["title_ja"].x_centre > columns["name_ja"].x_centre
    assert columns["name_ja"].x_centre > columns["address_ja"].x_centre
    assert columns["name_ja"].size == max(c.size for c in card.faces[0].columns)  # largest


@pytest.mark.parametrize("options", ALL, ids=lambda o: f"{o.style}-{o.ja}-{o.size}-{o.orientation}")
def test_all_text_stays_in_the_safe_area(options):
    card = layout(PROFILE, options, cards.qr_matrix(PROFILE))
    assert card.problems == []
    for face in card.faces:
        x0, y0, x1, y1 = face.safe
        assert face.lines or face.columns
        for line in face.lines:
            assert x0 - 0.01 <= line.x and line.x + line.width <= x1 + 0.01, line
            assert y0 - 0.01 <= line.y - 0.12 * line.size, line
            assert line.y + 0.88 * line.size <= y1 + 0.01, line
        for col in face.columns:
            assert x0 - 0.01 <= col.x_centre - col.size / 2 and col.x_centre + col.size / 2 <= x1
            assert col.y_top <= y1 + 0.01 and col.y_top - col.length >= y0 - 0.01, col
        for box in face.boxes:
            if box.kind == "qr":
                assert x0 <= box.x and box.x + box.w <= x1 + 0.01
                assert y0 - 0.01 <= box.y and box.y + box.h <= y1 + 0.01


def test_long_text_shrinks_then_wraps_then_is_reported():
    longer = replace(PROFILE, company_en="Nordlicht Sensors Japan Godo Kaisha, "
                     "International Tokyo Branch")
    line = next(x for x in layout(longer, MeishiOptions()).faces[1].lines
                if x.field == "company_en")
    assert line.size < 7.5  # shrunk below its normal size, still one line
    wrapped = replace(PROFILE, company_en="Nordlicht Sensors Japan Godo Kaisha, "
                      "International Precision Measurement and Calibration Division")
    lines = [x for x in layout(wrapped, MeishiOptions()).faces[1].lines if x.field == "company_en"]
    assert len(lines) == 2 and lines[0].size == 6.0  # never under 6 pt
    overflowing = replace(PROFILE, company_en="Nordlicht " * 40)
    card = layout(overflowing, MeishiOptions())
    assert any("company_en" in p and "does not fit" in p for p in card.problems)
    with pytest.raises(pdf_meishi.MeishiOverflowError, match="company_en"):
        pdf_meishi.proof_pdf(card)


def _name_positions(data: bytes, page: int, name: str) -> list[tuple[float, float]]:
    return [(x, y) for t, x, y in text_positions(data, page) if t.strip() == name]


@pytest.mark.parametrize("paper, count", [("a4", 10), ("letter", 8)])
def test_sheet_has_its_cards_where_the_layout_says(paper, count):
    card = cards.card_layout(PROFILE, MeishiOptions())
    data = pdf_meishi.sheet_pdf(card, paper)
    assert len(reader(data).pages) == 2
    front = pdf_meishi.sheet_slots(card, paper)
    assert len(front) == count  # 5 rows of 55 mm do not fit Letter's 279 mm inside 4 mm edges
    if paper == "a4":  # 2 × 5 cards of 91 × 55 mm centred on 210 × 297 mm
        assert [(_mm(s.x), _mm(s.y)) for s in front[:2]] == [(14.0, 231.0), (105.0, 231.0)]
        assert _mm(front[-1].y) == 11.0
    positions = _name_positions(data, 1, "Alex Hartmann")
    assert len(positions) == count
    for s in front:  # exactly one name inside each slot
        inside = [p for p in positions if s.x <= p[0] <= s.x + s.w and s.y <= p[1] <= s.y + s.h]
        assert len(inside) == 1


def test_backs_mirror_the_fronts_for_duplex():
    p = replace(PROFILE, include_qr=False)
    card = cards.card_layout(p, MeishiOptions(ja="vertical"))  # portrait: rotated in the slots
    front = pdf_meishi.sheet_slots(card, "a4")
    back = pdf_meishi.sheet_slots(card, "a4", back=True)
    width = 210 * mm
    for f, b in zip(front, back, strict=True):
        assert b.x == pytest.approx(width - f.x - f.w) and b.y == f.y
        assert (f.rotation, b.rotation) == (90, -90)
    data = pdf_meishi.sheet_pdf(card, "a4")
    # The English back of the card printed in the top-left slot lands in the top-right slot.
    names = _name_positions(data, 1, "Alex Hartmann")
    top_right = back[0]
    assert top_right.x > width / 2
    assert any(top_right.x <= x <= top_right.x + top_right.w and top_right.y <= y
               for x, y in names)


def test_qr_code_carries_the_vcard():
    card = vobject.readOne(cards.qr_vcard(PROFILE))
    assert card.fn.value == "Alex Hartmann"
    assert card.email.value == "alex.hartmann@nordlicht.example.jp"
    assert card.org.value == ["Nordlicht Sensors G.K.", "Sales"]
    matrix = cards.qr_matrix(PROFILE)
    assert len(matrix) >= 21 and len(matrix) == len(matrix[0])
    qr = next(b for b in layout(PROFILE, MeishiOptions(), matrix).faces[1].boxes if b.kind == "qr")
    assert qr.data == matrix and qr.w / len(matrix) >= 0.25 * mm  # modules of 0.25 mm or more
    assert not any(b.kind == "qr" for b in layout(PROFILE, MeishiOptions(), matrix).faces[0].boxes)


def test_a_long_vertical_address_wraps_into_columns_read_right_to_left():
    card = layout(PROFILE, MeishiOptions(ja="vertical", orientation="landscape"))
    assert card.problems == []
    address = [c for c in card.faces[0].columns if c.field == "address_ja"]
    assert len(address) >= 2
    assert address[0].text.startswith("〒105-0001")
    assert address[0].x_centre > address[1].x_centre  # the first column is the rightmost
    names = [c for c in card.faces[0].columns if c.field == "name_ja"]
    assert [c.text for c in names] == ["アレックス・", "ハートマン"]  # split at the middle dot
    assert names[0].x_centre > names[1].x_centre
