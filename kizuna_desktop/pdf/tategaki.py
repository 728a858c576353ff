"""Vertical Japanese text (tategaki) for ReportLab, which has no vertical writing mode: each
character is placed in its own cell down a column. Reusable by any printed form (meishi,
the New Year postcard).

- Punctuation and brackets use Unicode's vertical presentation forms (、→︑, 「→﹁ ...)
  only where the font (or its fallback) has them; otherwise ！？ stand upright (they are
  centred in their em box) and the rest is rotated 90°. The long-vowel mark, dashes and the
  wave dash are rotated.
- Small kana sit towards the upper right of their cell.
- Numbers are set one way: upright. A run of one or two digits is tate-chū-yoko (side by side
  in one cell); longer numbers stand one digit a cell, so 2026年12月2日 reads upright through;
  a hyphen between numbers (1-2-3, 105-0001) becomes a vertical dash.
- Other Latin runs are rotated 90° clockwise and read top to bottom.
- Columns break by ``text.kinsoku``: no column starts with closing punctuation, ー, ・ or a
  small kana, none ends with an opening bracket, phrases (虎ノ門, 合同会社) stay whole, and
  addresses prefer breaks after 都道府県 and 市区町村.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from kizuna_desktop.pdf import fonts
from kizuna_desktop.text import kinsoku

VERTICAL_FORMS = {
    "、": "︑", "。": "︒", "，": "︐", "：": "︓", "；": "︔", "！": "︕", "？": "︖",
    "「": "﹁", "」": "﹂", "『": "﹃", "』": "﹄", "（": "︵", "）": "︶", "(": "︵", ")": "︶",
    "【": "︻", "】": "︼", "〔": "︹", "〕": "︺", "［": "﹇", "］": "﹈", "｛": "︷",
    "｝": "︸", "〈": "︿", "〉": "﹀", "《": "︽", "》": "︾", "…": "︙", "‥": "︰",
    "—": "︱", "–": "︲", "＿": "︳",
}
UPRIGHT_WITHOUT_FORM = set("！？!?")  # centred in the em box: upright when no vertical form
ROTATED = set("ー〜～―‐-－=＝→←")
SMALL_KANA = set("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ")
# Latin runs: letters, digits and the punctuation of addresses, e-mails and phone numbers.
_LATIN_RUN = re.compile(r"[A-Za-z0-9@._/:+#&'%-]+(?: [A-Za-z0-9@._/:+#&'%-]+)*")
_NUMBERS = re.compile(r"\d+(?:-\d+)*")
ASCENT = 0.88  # IPAex: the em box runs from -0.12 to 0.88 of the size around the baseline
CENTRE = 0.38  # height of a full-width glyph's centre above the baseline, in ems
TCY_DIGITS = 2  # two digits side by side in one cell; one digit or 3+ one a cell


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str  # "upright" | "small" | "rotated" | "tcy" | "latin" | "space"
    length: float  # advance down the column, in points


def vertical_form(ch: str, font: str) -> str | None:
    """The vertical presentation form of ``ch`` if the font (or a fallback) has it."""
    form = VERTICAL_FORMS.get(ch)
    if form is None:
        return None
    # The bundled fonts only: a missing form is no reason to load the 46 MB IPAmj.
    return form if fonts.has_glyph(font, form) or fonts.has_glyph(fonts.NAMES, form) else None


def cells(text: str, size: float, font: str) -> list[Cell]:
    """The column's cells for ``text`` at ``size`` points."""
    return [Cell(t, k, f * size if k != "latin" else fonts.width(t, font, size) + size * 0.2)
            for t, k, f in _cells(text.replace("\n", " "), font)]


@functools.lru_cache(maxsize=2048)
def _cells(text: str, font: str) -> tuple[tuple[str, str, float], ...]:
    out: list[tuple[str, str, float]] = []
    pos = 0
    for m in _LATIN_RUN.finditer(text):
        out += _kana_cells(text[pos:m.start()], font)
        out += _latin_cells(m.group())
        pos = m.end()
    out += _kana_cells(text[pos:], font)
    return tuple(out)


def _latin_cells(run: str) -> list[tuple[str, str, float]]:
    words = run.split(" ")
    if not all(_NUMBERS.fullmatch(w) for w in words):
        return [(run, "latin", 0)]
    out: list[tuple[str, str, float]] = []
    for i, word in enumerate(words):
        if i:
            out.append((" ", "space", 0.5))
        out += _number_cells(word)
    return out


def _number_cells(run: str) -> list[tuple[str, str, float]]:
    out: list[tuple[str, str, float]] = []
    for i, part in enumerate(run.split("-")):
        if i:
            out.append(("－", "rotated", 1))  # a full-width dash, set vertically
        if len(part) == TCY_DIGITS:
            out.append((part, "tcy", 1))
        else:  # one full-width digit a cell
            out += [(chr(ord(d) + 0xFEE0), "upright", 1) for d in part]
    return out


def _kana_cells(text: str, font: str) -> list[tuple[str, str, float]]:
    out = []
    for ch in fonts.clusters(text):
        if ch in " 　":
            out.append((ch, "space", 0.5))
        elif ch in ROTATED:
            out.append((ch, "rotated", 1))
        elif ch in SMALL_KANA:
            out.append((ch, "small", 1))
        elif ch in VERTICAL_FORMS:
            form = vertical_form(ch, font)
            if form is not None:
                out.append((form, "upright", 1))
            elif ch in UPRIGHT_WITHOUT_FORM:
                out.append((ch, "upright", 1))
            else:
                out.append((ch, "rotated", 1))
        elif ch.isascii():
            out.append((ch, "latin", 0))
        else:
            out.append((ch, "upright", 1))
    return out


def column_length(text: str, size: float, font: str) -> float:
    return sum(c.length for c in cells(text, size, font))


def split_columns(text: str, size: float, font: str, height: float,
                  address: bool = False) -> list[str]:
    """Break ``text`` into columns no longer than ``height``, by the kinsoku rules."""
    return kinsoku.break_lines(text, lambda t: column_length(t, size, font), height,
                               address=address)


def draw_column(c: Canvas, text: str, x_centre: float, y_top: float, size: float,
                font: str) -> float:
    """Draw ``text`` downward from ``y_top`` in a column centred on ``x_centre``.
    Returns the length used."""
    y = y_top
    for cell in cells(text, size, font):
        if cell.kind == "upright":
            fonts.draw_centred_string(c, x_centre, y - size * ASCENT, cell.text, font, size)
        elif cell.kind == "small":
            fonts.draw_centred_string(c, x_centre + size * 0.1, y - size * ASCENT + size * 0.1,
                                      cell.text, font, size)
        elif cell.kind == "rotated":
            c.saveState()
            c.translate(x_centre, y - size / 2)
            c.rotate(-90)
            fonts.draw_centred_string(c, 0, -size * CENTRE, cell.text, font, size)
            c.restoreState()
        elif cell.kind == "tcy":
            w = fonts.width(cell.text, font, size)
            scale = min(1.0, size * 0.95 / w) if w else 1.0
            c.saveState()
            c.translate(x_centre, y - size * ASCENT)
            c.scale(scale, 1)
            fonts.draw_centred_string(c, 0, 0, cell.text, font, size)
            c.restoreState()
        elif cell.kind == "latin":
            c.saveState()
            c.translate(x_centre, y - size * 0.1)
            c.rotate(-90)
            fonts.draw_string(c, 0, -size * CENTRE, cell.text, font, size)
            c.restoreState()
        y -= cell.length
    return y_top - y
