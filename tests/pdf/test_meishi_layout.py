"""Card layouts that never collide and read right (issue 20.2, 20.3, 20.8): the logo's and the
QR code's areas reserved on every face, style, size and orientation; furigana over their own
part of the name; kinsoku on every wrapped line and column; numbers set one way in vertical
text; sheets inside a printer's 4 mm edge with K-only cut marks; bilingual + vertical refused."""

from __future__ import annotations

import io
from dataclasses import replace

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.units import mm

from kizuna_desktop import cli
from kizuna_desktop.pdf import fonts, tategaki
from kizuna_desktop.pdf import meishi as pdf_meishi
from kizuna_desktop.pdf.meishi_layout import (
    MIN_TEXT,
    MeishiOptions,
    MeishiOptionsError,
    layout,
    text_rects,
)
from kizuna_desktop.services import cards
from kizuna_desktop.text import kinsoku

from .test_glyphs import HARD
from .test_meishi import ALL, PROFILE


def _logo(w: int = 900, h: int = 300) -> tuple[int, int, bytes]:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), (20, 60, 160)).save(buf, "PNG")
    return (w, h, buf.getvalue())


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("logo_shape", [(900, 300), (300, 300), (1200, 200)],
                         ids=["wide", "square", "very-wide"])
@pytest.mark.parametrize("options", ALL, ids=lambda o: f"{o.style}-{o.ja}-{o.size}-{o.orientation}")
def test_logo_and_qr_never_touch_text(options, logo_shape):
    for profile in (PROFILE, HARD):
        card = layout(profile, options, cards.qr_matrix(profile), _logo(*logo_shape))
        assert card.problems == [], card.problems
        for face in card.faces:
            rects = text_rects(face)
            boxes = [b for b in face.boxes if b.kind in ("logo", "qr")]
            assert any(b.kind == "logo" for b in boxes)  # the logo is on every face
            x0, y0, x1, y1 = face.safe
            for b in boxes:
                assert x0 - 0.01 <= b.x and b.x + b.w <= x1 + 0.01
                assert y0 - 0.01 <= b.y and b.y + b.h <= y1 + 0.01
                for f, r in rects:
                    assert not _overlaps((b.x, b.y, b.x + b.w, b.y + b.h), r), (face.name, f, b)
            for line in face.lines:
                assert line.size >= MIN_TEXT
            for col in face.columns:
                assert col.size >= MIN_TEXT


def test_text_over_the_logo_is_reported_not_printed():
    card = layout(PROFILE, MeishiOptions(ja="vertical"), None, _logo())
    face = card.faces[0]
    logo = next(b for b in face.boxes if b.kind == "logo")
    col = face.columns[0]
    face.columns[0] = replace(col, x_centre=logo.x + logo.w / 2, y_top=logo.y + logo.h)
    from kizuna_desktop.pdf.meishi_layout import collisions

    assert any("overlaps the logo" in p for p in collisions(face))


def test_horizontal_furigana_sit_over_their_own_part():
    p = replace(PROFILE, name_ja="渡邊 央一郎", reading_ja="わたなべ おういちろう",
                name_en="Oichiro WATANABE")
    for options in (MeishiOptions(), MeishiOptions(style="bilingual"),
                    MeishiOptions(orientation="portrait")):
        face = layout(p, options).faces[0]
        (name,) = [x for x in face.lines if x.field == "name_ja"]
        readings = [x for x in face.lines if x.field == "reading_ja"]
        assert [r.text for r in readings] == ["わたなべ", "おういちろう"]
        family_w = fonts.width("渡邊", name.font, name.size)
        given_x = name.x + fonts.width("渡邊 ", name.font, name.size)
        family, given = readings
        assert family.x >= name.x - 0.01 and family.x + family.width <= given_x  # over 渡邊
        assert abs((family.x + family.width / 2) - (name.x + family_w / 2)) < 1
        assert given.x >= given_x - 0.01  # the given name's reading starts over 央一郎
        given_w = fonts.width("央一郎", name.font, name.size)
        assert abs((given.x + given.width / 2) - (given_x + given_w / 2)) < 1


def test_vertical_furigana_run_beside_their_own_part():
    p = replace(PROFILE, name_ja="渡邊 央一郎", reading_ja="わたなべ おういちろう",
                name_en="Oichiro WATANABE")
    for orientation in ("portrait", "landscape"):
        face = layout(p, MeishiOptions(ja="vertical", orientation=orientation)).faces[0]
        names = [c for c in face.columns if c.field == "name_ja"]
        readings = [c for c in face.columns if c.field == "reading_ja"]
        assert [r.text for r in readings] == ["わたなべ", "おういちろう"]
        (name,) = names  # one column: 渡邊, a space, 央一郎
        family_end = name.y_top - tategaki.column_length("渡邊", name.size, name.font)
        given_start = name.y_top - tategaki.column_length("渡邊 ", name.size, name.font)
        family, given = readings
        assert family.y_top <= name.y_top + 0.01 and family.y_top - family.length >= \
            family_end - 0.01  # beside 渡邊, not bunched at the top
        assert given.y_top <= given_start + 0.01  # starts beside 央一郎
        assert family.x_centre > name.x_centre  # to the right, as ruby in vertical text


def _runs(face, field: str) -> list[str]:
    return ([x.text for x in face.lines if x.field == field]
            or [c.text for c in face.columns if c.field == field])


KINSOKU = replace(
    PROFILE, company_ja="ノルドリヒト・センサーズ・ジャパン合同会社（東京本社「虎ノ門」）、営業。",
    department_ja="国際営業部ー第一課・第二課", title_ja="部長（代表取締役）",
    address_ja="〒105-0001 東京都港区虎ノ門一丁目2-3 虎ノ門ビル8階「受付」（2026年12月2日から）",
    address_en="8F Toranomon Bldg., 1-2-3 Toranomon, Minato-ku, Tokyo 105-0001, Japan")


@pytest.mark.parametrize("options", [o for o in ALL if o.size != "us"],
                         ids=lambda o: f"{o.style}-{o.ja}-{o.size}-{o.orientation}")
def test_no_wrapped_line_or_column_breaks_the_kinsoku_rules(options):
    card = layout(KINSOKU, options)
    wrapped = 0
    for face in card.faces:
        fields = {x.field for x in face.lines} | {c.field for c in face.columns}
        for field in fields:
            runs = _runs(face, field)
            wrapped += len(runs) > 1
            for i, run in enumerate(runs):
                nxt = runs[i + 1] if i + 1 < len(runs) else None
                assert kinsoku.violations(run, nxt) == [], (face.name, field, runs)
                if nxt is not None:
                    joined = run + nxt
                    for word in ("虎ノ門", "合同会社", "105-0001"):
                        if word in joined:  # phrases and numbers stay whole
                            assert word in run or word in nxt, (field, runs)
    assert wrapped  # the test text does wrap somewhere on every layout


def test_addresses_break_at_their_boundaries():
    long_en = replace(KINSOKU, address_en="Room 801, 8F Toranomon Hills Business Tower, "
                      "1-2-3 Toranomon, Minato-ku, Tokyo 105-0001")
    en = layout(long_en, MeishiOptions()).faces[1]
    lines = _runs(en, "address_en")
    assert len(lines) == 2 and lines[0].endswith(",")  # at a comma
    assert "Tokyo 105-0001" in " ".join(lines) and not lines[1].startswith("105-0001")
    face = layout(PROFILE, MeishiOptions(ja="vertical", orientation="landscape")).faces[0]
    cols = _runs(face, "address_ja")
    assert cols[0].endswith(("都", "区"))  # after 都道府県 or 市区町村


def test_numbers_in_vertical_text_are_set_one_way():
    cells = tategaki.cells("2026年12月2日 虎ノ門1-2-3 8階", 8, fonts.GOTHIC)
    digits = [c for c in cells if any(ch.isdigit() for ch in c.text)]
    assert digits and all(c.kind in ("upright", "tcy") for c in digits)  # none turned
    assert [c.text for c in cells if c.kind == "tcy"] == ["12"]  # two digits side by side
    assert "２" in [c.text for c in cells] and "－" in [c.text for c in cells]
    latin = tategaki.cells("Toranomon Bldg.", 8, fonts.GOTHIC)
    assert [c.kind for c in latin] == ["latin"]  # words are turned, as a run


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("size", ["jp", "us", "eu"])
@pytest.mark.parametrize("bleed", [False, True])
def test_sheets_stay_inside_the_printers_edge(paper, size, bleed):
    card = cards.card_layout(PROFILE, MeishiOptions(size=size))
    data = pdf_meishi.sheet_pdf(card, paper, bleed=bleed)
    pw, ph = pdf_meishi.PAPERS[paper]
    slots = pdf_meishi.sheet_slots(card, paper, bleed=bleed)
    assert slots and len(slots) == len({(s.x, s.y) for s in slots})
    edge = 4 * mm
    reach = 3 * mm if bleed else 0
    for s in slots:
        assert s.x - reach >= edge and s.x + s.w + reach <= pw - edge
        assert s.y - reach >= edge and s.y + s.h + reach <= ph - edge
    if size == "us" and paper == "letter" and not bleed:
        assert len(slots) == 10  # US cards fill a Letter sheet
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page)
        x = y = None
        for inst in ops:
            op = str(inst.operator)
            if op == "K":  # stroke colour: cut marks are K only, never registration black
                assert [float(v) for v in inst.operands] == [0, 0, 0, 1]
            if op in ("m", "l"):
                x, y = (float(v) for v in inst.operands)
                assert edge - 0.01 <= x <= pw - edge + 0.01, x
                assert edge - 0.01 <= y <= ph - edge + 0.01, y


def test_a_letter_sheet_keeps_its_cut_marks_and_label():
    card = cards.card_layout(PROFILE, MeishiOptions())
    data = pdf_meishi.sheet_pdf(card, "letter")
    from .pdfcheck import reader

    page = reader(data).pages[0]
    assert "fronts · 8 cards" in page.extract_text()
    pdf = pikepdf.open(io.BytesIO(data))
    strokes = [i for i in pikepdf.parse_content_stream(pdf.pages[0]) if str(i.operator) == "l"]
    slots = pdf_meishi.sheet_slots(card, "letter")
    xs = {round(s.x, 2) for s in slots} | {round(s.x + s.w, 2) for s in slots}
    assert len(strokes) >= 2 * len(xs)  # vertical marks above and below at every cut


def test_bilingual_vertical_is_refused_clearly(demo_path, tmp_path, capsys):
    with pytest.raises(MeishiOptionsError, match="two-sided"):
        MeishiOptions(style="bilingual", ja="vertical").resolved()
    out = tmp_path / "c.pdf"
    code = cli.main(["--db", str(demo_path), "meishi", "Main card", "-o", str(out),
                     "--style", "bilingual", "--ja", "vertical"])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists() and "two-sided" in err and "unexpected" not in err


def test_kanji_numerals_for_the_vertical_address_when_chosen():
    face = layout(PROFILE, MeishiOptions(ja="vertical", numerals="kanji")).faces[0]
    address = "".join(_runs(face, "address_ja"))
    assert "虎ノ門一―二―三" in address and "〒一〇五―〇〇〇一" in address
    assert not any(ch.isdigit() for ch in address)
    cells = tategaki.cells(address, 8, fonts.GOTHIC)
    assert all(c.kind == "rotated" for c in cells if c.text == "―")  # a vertical dash
    arabic = "".join(_runs(layout(PROFILE, MeishiOptions(ja="vertical")).faces[0], "address_ja"))
    assert "1-2-3" in arabic  # upright digits are the default
    with pytest.raises(MeishiOptionsError, match="numerals"):
        MeishiOptions(numerals="roman").resolved()


@pytest.mark.parametrize("options", [MeishiOptions(), MeishiOptions(ja="vertical"),
                                     MeishiOptions(style="bilingual")],
                         ids=["horizontal", "vertical", "bilingual"])
def test_a_department_and_title_too_long_name_both_fields(options):
    """The card joins department and title on one line: a refusal names both fields (the
    department was the long one), not only title_ja."""
    long = replace(PROFILE, department_ja="第一事業本部国際営業統括部海外営業推進第三課" * 6,
                   title_ja="課長")
    problems = layout(long, options.resolved(), cards.qr_matrix(long)).problems
    fit = [p for p in problems if "not fit" in p]
    assert fit, problems
    assert all("department_ja" in p and "title_ja" in p and " do not fit" in p for p in fit), fit
