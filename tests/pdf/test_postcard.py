"""pdf/postcard.py read back: the page is 100 × 148 mm, every postal-code digit centred in its
box within 0.5 mm (the recipient's seven boxes of Japan Post's manual and the sender's), the
address columns right to left in kanji numerals, 様 after every name (and 御中 alone for a
company), mourning contacts left out, fonts embedded, no .notdef; the test print and the
offsets. Renders for the eye: /tmp/nengajo-shots/ (pdftoppm -r 150)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kizuna_desktop.pdf import fonts, postcard
from kizuna_desktop.services import nengajo
from kizuna_desktop.store import Journal
from tests.pdf import glyphcheck, pdfcheck
from tests.services import nengajo_journal as nj

PT = 25.4 / 72
SENDER = "〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ビル3階"


@pytest.fixture(scope="module")
def cards(tmp_path_factory):
    with Journal.open(tmp_path_factory.mktemp("n") / "n.kizuna") as j:
        nj.build(j)
        nengajo.set_sender(j, name="鈴木 一郎", address=SENDER)
        found = nengajo.new_year_list(j, nj.YEAR)
        sender = nengajo.sender(j)
    return found, sender


def _pages(data: bytes):
    n = len(pdfcheck.reader(data).pages)
    return [[(t, x * PT, 148 - y * PT) for t, x, y in glyphcheck.text_positions(data, i)]
            for i in range(n)]


def _page_of(pages, family):
    (page,) = [p for p in pages if any(t == family[0] for t, *_ in p)
               and any(t == family[1] for t, *_ in p)]
    return page


def _digits(page, lefts, top, w, h, size):
    """Each digit's centre against its box's centre (mm)."""
    got = sorted([(t, x, y) for t, x, y in page if re.fullmatch(r"\d", t)], key=lambda d: d[1])
    pairs = []
    for (t, x, y), left in zip(got, lefts, strict=True):
        cx = x + fonts.width(t, postcard.DIGIT_FONT, size) * PT / 2
        cy = y - size * 0.38 * PT  # the em box's centre above the baseline
        pairs.append((t, cx - (left + w / 2), cy - (top + h / 2)))
    return pairs


def test_page_fonts_and_glyphs(cards):
    found, sender = cards
    pdf = postcard.render(found.to_print, sender).pdf
    assert pdfcheck.page_sizes_mm(pdf) == [(100.0, 148.0)] * len(found.to_print)
    used = pdfcheck.fonts(pdf)
    assert used and all(used.values()), used
    drawn = glyphcheck.drawn(pdf)
    assert drawn and not [d for d in drawn if d.gid == 0]


def test_postal_code_digits_centred_in_their_boxes(cards):
    found, sender = cards
    pages = _pages(postcard.render(found.to_print, sender).pdf)
    page = _page_of(pages, "山田")
    recipient = [d for d in page if d[2] < 40]
    pairs = _digits(recipient, postcard.BOX_LEFTS, 12.0, 5.7, 8.0, 16)
    assert "".join(t for t, *_ in pairs) == "1000005"
    assert all(abs(dx) <= 0.5 and abs(dy) <= 0.5 for _, dx, dy in pairs), pairs
    b = postcard.SenderBoxes()
    sender_digits = [d for d in page if d[2] > 120]
    pairs = _digits(sender_digits, b.lefts, b.top, b.width, b.height, 10)
    assert "".join(t for t, *_ in pairs) == "1500002"
    assert all(abs(dx) <= 0.5 and abs(dy) <= 0.5 for _, dx, dy in pairs), pairs
    # the box row's right edge 8.0 mm from the card's right edge
    assert abs(100 - (postcard.BOX_LEFTS[-1] + 5.7) - 8.0) <= 1.5


def _column(page, x_mm, tol=1.5):
    cells = sorted([(y, t) for t, x, y in page if abs(x + 2 - x_mm) <= tol * 2
                    and not re.fullmatch(r"\d", t)])
    return "".join(t for _, t in cells)


def test_address_columns_right_to_left_in_kanji_numerals(cards):
    found, sender = cards
    page = _page_of(_pages(postcard.render(found.to_print, sender).pdf), "山田")
    # columns read from the right: address, building, company, department, title, name
    columns = {}
    for t, x, y in page:
        if y < 122 and x > 40:
            columns.setdefault(round(x / 2), []).append((y, t))
    text = ["".join(t for _, t in sorted(v)) for _, v in sorted(columns.items(), reverse=True)]
    joined = "|".join(text)
    assert "東京都千代田区丸の内一丁目二番三号" in joined
    assert "丸ビル五階" in joined
    assert (joined.index("一丁目二番三号") < joined.index("丸ビル五階")
            < joined.index("三星商事") < joined.index("営業部") < joined.index("部長")
            < joined.index("山田"))
    assert not re.search(r"\d", "".join(t for t, x, y in page if 20 < y < 122))


def test_sama_after_every_name_and_onchu_alone(cards):
    found, sender = cards
    pages = _pages(postcard.render(found.to_print, sender).pdf)
    sato = _page_of(pages, "佐藤")
    samas = [(x, y) for t, x, y in sato if t == "様"]
    assert len(samas) == 3  # 佐藤一郎, 花子, 健太
    assert max(y for _, y in samas) - min(y for _, y in samas) < 0.1  # one line
    givens = {t: y for t, x, y in sato if t in "一花健" and 35 < x < 65}
    assert max(givens.values()) - min(givens.values()) < 0.1  # under one family name
    kimura = [p for p in pages if any(t == "御" for t, *_ in p)]
    (k,) = kimura
    assert not any(t == "様" for t, *_ in k)
    assert "総務部" in "".join(t for t, *_ in k)
    yamada = _page_of(pages, "山田")
    assert [t for t, *_ in yamada].count("様") == 1


def test_mourning_left_out(cards):
    found, sender = cards
    text = "".join(t for p in _pages(postcard.render(found.to_print, sender).pdf)
                   for t, *_ in p)
    assert "田中" not in text and "恵比須" not in text and "京都市" not in text
    assert [r.family_name for r in found.mourning] == ["田中"]


def test_no_sender_no_block_and_offsets_and_test_print(cards):
    found, sender = cards
    plain = _page_of(_pages(postcard.render(found.to_print, None).pdf), "山田")
    assert not [d for d in plain if d[2] > 120]  # no sender digits
    moved = _page_of(_pages(postcard.render(
        found.to_print, sender, postcard.Layout(offset_x=2.0, offset_y=-1.0)).pdf), "山田")
    pairs = _digits([d for d in moved if d[2] < 40], [x + 2.0 for x in postcard.BOX_LEFTS],
                    11.0, 5.7, 8.0, 16)
    assert all(abs(dx) <= 0.5 and abs(dy) <= 0.5 for _, dx, dy in pairs), pairs
    test = postcard.render(found.to_print, sender, test_print=True)
    assert test.cards == 1 and "テスト印刷" in "".join(t for t, *_ in _pages(test.pdf)[0])
    empty = postcard.render([], None, test_print=True)
    assert len(pdfcheck.reader(empty.pdf).pages) == 1


def test_render_for_the_eye(cards, tmp_path):
    found, sender = cards
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    out = Path("/tmp/nengajo-shots")
    out.mkdir(exist_ok=True)
    (out / "cards.pdf").write_bytes(postcard.render(found.to_print, sender).pdf)
    (out / "test.pdf").write_bytes(postcard.render(found.to_print, sender, test_print=True).pdf)
    for name in ("cards", "test"):
        subprocess.run(["pdftoppm", "-png", "-r", "150", str(out / f"{name}.pdf"),
                        str(out / name)], check=True, timeout=60)
    assert (out / "test-1.png").stat().st_size > 10_000
