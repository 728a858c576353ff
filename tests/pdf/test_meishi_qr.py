"""The meishi QR code (issue 20.6) scanned as a phone would: the printed proof rendered at
200 dpi (poppler's pdftoppm), also slightly blurred, decoded with a real decoder (zxing-cpp),
and every field of its vCard compared."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import vobject
from PIL import Image, ImageFilter
from reportlab.lib.units import mm

from kizuna_desktop.pdf.meishi_layout import MeishiOptions, layout
from kizuna_desktop.services import cards

from .test_meishi import PROFILE

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="pdftoppm (Debian: poppler-utils) is not installed")

JAPANESE = replace(PROFILE, name_ja="渡邊 央一郎", reading_ja="わたなべ おういちろう",
                   name_en="Oichiro WATANABE", company_ja="株式会社𠮷田﨑製作所",
                   department_ja="営業部", title_ja="部長", company_en="Yoshidazaki Works",
                   title_en="General Manager")


def _scan(data: bytes, tmp: Path, page: int, dpi: int, blur: float = 0.0) -> str:
    (tmp / "card.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(tmp / "card.pdf"), str(tmp / "card")], check=True)
    img = Image.open(tmp / "card.png").convert("L")
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    found = zxingcpp.read_barcodes(img)
    codes = [b for b in found if b.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(codes) == 1, f"no QR code read at {dpi} dpi (blur {blur})"
    return codes[0].text


def _fields(text: str) -> dict:
    card = vobject.readOne(text)
    return {"family": card.n.value.family, "given": card.n.value.given, "fn": card.fn.value,
            "last_reading": card.contents.get("x-phonetic-last-name", [None])[0],
            "first_reading": card.contents.get("x-phonetic-first-name", [None])[0],
            "org": card.org.value, "title": card.title.value, "tel": card.tel.value,
            "email": card.email.value, "url": card.url.value}


@pytest.mark.parametrize("blur", [0.0, 0.8])  # the old 0.17 mm modules failed at 0.8
def test_the_printed_qr_code_decodes_at_200_dpi_with_every_field(tmp_path, blur):
    text = _scan(cards.render(PROFILE, MeishiOptions()), tmp_path, page=2, dpi=200, blur=blur)
    f = _fields(text)
    assert f["family"] == "Hartmann" and f["given"] == "Alex"  # N is family;given
    assert f["fn"] == "Alex Hartmann"
    # The katakana name, given name first as it is written, is the reading and the Japanese
    # name at once; the Japanese company is in NOTE (ORG carries the English one).
    assert f["first_reading"].value == "アレックス"
    assert f["last_reading"].value == "ハートマン"
    assert vobject.readOne(text).note.value == "ノルドリヒト・センサーズ合同会社"
    assert f["org"] == ["Nordlicht Sensors G.K.", "Sales"]
    assert f["title"] == "Representative Director"
    assert f["tel"] == "+81-3-5555-0000"
    assert f["email"] == "alex.hartmann@nordlicht.example.jp"
    assert f["url"] == "https://nordlicht.example.jp"
    assert text == cards.qr_vcard(PROFILE)  # nothing lost on the way to print


def test_a_japanese_card_holder_has_the_japanese_name_in_n(tmp_path):
    text = _scan(cards.render(JAPANESE, MeishiOptions()), tmp_path, page=2, dpi=200)
    f = _fields(text)
    assert (f["family"], f["given"]) == ("渡邊", "央一郎")
    assert f["fn"] == "Oichiro WATANABE"  # the other form
    assert f["last_reading"].value == "わたなべ" and f["first_reading"].value == "おういちろう"
    assert f["org"] == ["株式会社𠮷田﨑製作所", "営業部"] and f["title"] == "部長"


@pytest.mark.parametrize("profile", [PROFILE, JAPANESE], ids=["foreign", "japanese"])
def test_modules_print_at_a_quarter_millimetre_or_more(profile):
    matrix = cards.qr_matrix(profile)
    for options in (MeishiOptions(), MeishiOptions(orientation="portrait"),
                    MeishiOptions(style="bilingual"), MeishiOptions(size="us")):
        card = layout(profile, options, matrix)
        assert card.problems == []
        (qr,) = [b for f in card.faces for b in f.boxes if b.kind == "qr"]
        assert qr.w / len(matrix) >= 0.25 * mm


def _mask(matrix) -> int:
    """The mask pattern, from the format information beside the top-left finder (row 8,
    columns 2-4 hold format bits 12-10, XORed with 101)."""
    return ((matrix[8][2] ^ 1) << 2) | (matrix[8][3] << 1) | (matrix[8][4] ^ 1)


_MASKS = [lambda i, j: (i + j) % 2 == 0, lambda i, j: i % 2 == 0, lambda i, j: j % 3 == 0,
          lambda i, j: (i + j) % 3 == 0, lambda i, j: (i // 2 + j // 3) % 2 == 0,
          lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
          lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
          lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0]


def _first_codeword(matrix) -> int:
    """The first data codeword: the eight modules at the bottom-right corner, read upwards
    in the right-to-left zigzag, unmasked."""
    n, mask = len(matrix), _MASKS[_mask(matrix)]
    bits = []
    for row in (n - 1, n - 2, n - 3, n - 4):
        for col in (n - 1, n - 2):
            bits.append(int(bool(matrix[row][col])) ^ int(mask(row, col)))
    return int("".join(map(str, bits)), 2)


@pytest.mark.parametrize("profile", [PROFILE, JAPANESE], ids=["foreign", "japanese"])
def test_the_qr_code_says_its_text_is_utf8(profile, tmp_path):
    """An ECI designator for UTF-8 first (mode 0111, assignment 26 = 0001 1010), so a reader
    never guesses Shift_JIS; zbar, which guesses otherwise, reads every character back."""
    matrix = cards.qr_matrix(profile)
    assert _first_codeword(matrix) >> 4 == 0b0111  # ECI mode indicator
    assert _first_codeword(matrix) & 0xF == 0b0001  # assignment number 26 begins 0001
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (Debian: zbar-tools) is not installed")
    data = cards.render(profile, MeishiOptions())
    (tmp_path / "card.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "2", "-l", "2", "-singlefile",
                    str(tmp_path / "card.pdf"), str(tmp_path / "card")], check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "card.png")],
                         capture_output=True, check=True).stdout.decode("utf-8")
    assert out.replace("\r\n", "\n").strip() == \
        cards.qr_vcard(profile).replace("\r\n", "\n").strip()


def test_the_mask_reader_agrees_with_segno():
    import segno

    for text in ("BEGIN:VCARD", "山田 太郎", "x" * 200):
        q = segno.make(text, error="m", micro=False, boost_error=False)
        assert _mask([list(r) for r in q.matrix]) == q.mask
