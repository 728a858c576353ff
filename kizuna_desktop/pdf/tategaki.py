"""Vertical Japanese text (tategaki) for ReportLab, which has no vertical writing mode: each
character is placed in its own cell down a column.

- Punctuation and brackets use Unicode's vertical presentation forms (、→︑, 「→﹁ ...),
  which IPAex carries; the long-vowel mark, dashes and wave dash are rotated 90°.
- Small kana sit towards the upper right of their cell.
- Runs of one to three digits are set tate-chū-yoko (side by side in one cell); other Latin
  runs are rotated 90° clockwise and read top to bottom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from kizuna_desktop.pdf import fonts

VERTICAL_FORMS = str.maketrans({
    "、": "︑", "。": "︒", "，": "︐", "：": "︓", "；": "︔", "！": "︕", "？": "︖",
    "「": "﹁", "」": "﹂", "『": "﹃", "』": "﹄", "（": "︵", "）": "︶", "(": "︵", ")": "︶",
    "【": "︻", "】": "︼", "〔": "︹", "〕": "︺", "［": "﹇", "］": "﹈", "｛": "︷",
    "｝": "︸", "〈": "︿", "〉": "﹀", "《": "︽", "》": "︾", "…": "︙", "‥": "︰",
    "—": "︱", "–": "︲", "＿": "︳",
})
ROTATED = set("ー〜～―‐-－=＝→←")
SMALL_KANA = set("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ")
# Latin runs: letters, digits and the punctuation of addresses, e-mails and phone numbers.
_LATIN_RUN = re.compile(r"[A-Za-z0-9@._/:+#&'%-]+(?: [A-Za-z0-9@._/:+#&'%-]+)*")
_CLOSING = set("︑︒﹂﹄︶︼︺﹈︸﹀︾")
ASCENT = 0.88  # IPAex: the em box runs from -0.12 to 0.88 of the size around the baseline
CENTRE = 0.38  # height of a full-width glyph's centre above the baseline, in ems


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str  # "upright" | "small" | "rotated" | "tcy" | "latin"
    length: float  # advance down the column, in points


def cells(text: str, size: float, font: str) -> list[Cell]:
    """The column's cells for ``text`` at ``size`` points."""
    out: list[Cell] = []
    pos = 0
    text = text.replace("\n", " ")
    for m in _LATIN_RUN.finditer(text):
        out += _kana_cells(text[pos:m.start()], size)
        run = m.group()
        if run.isdigit() and len(run) <= 3:
            out.append(Cell(run, "tcy", size))
        else:
            out.append(Cell(run, "latin", fonts.width(run, font, size) + size * 0.2))
        pos = m.end()
    out += _kana_cells(text[pos:], size)
    return out


def _kana_cells(text: str, size: float) -> list[Cell]:
    out = []
    for ch in text:
        if ch in " 　":
            out.append(Cell(ch, "space", size * 0.5))
        elif ch in ROTATED:
            out.append(Cell(ch, "rotated", size))
        elif ch in SMALL_KANA:
            out.append(Cell(ch, "small", size))
        else:
            out.append(Cell(ch.translate(VERTICAL_FORMS), "upright", size))
    return out


def column_length(text: str, size: float, font: str) -> float:
    return sum(c.length for c in cells(text, size, font))


def split_columns(text: str, size: float, font: str, height: float) -> list[str]:
    """Break ``text`` into columns no longer than ``height`` (at cell boundaries, never
    starting a column with closing punctuation or a small kana)."""
    columns: list[str] = []
    current: list[Cell] = []
    used = 0.0
    for c in cells(text, size, font):
        if current and used + c.length > height:
            # Kinsoku: closing punctuation or a small kana never starts a column; the
            # character before it moves down with it.
            carry = [current.pop()] if c.kind == "small" or c.text in _CLOSING else []
            columns.append("".join(x.text for x in current).strip())
            current, used = carry, sum(x.length for x in carry)
        current.append(c)
        used += c.length
    if current:
        columns.append("".join(x.text for x in current).strip())
    return [_unvertical(c) for c in columns if c]


_BACK = {v: k for k, v in
         {"、": "︑", "。": "︒", "「": "﹁", "」": "﹂", "『": "﹃", "』": "﹄", "（": "︵",
          "）": "︶", "【": "︻", "】": "︼", "…": "︙"}.items()}


def _unvertical(text: str) -> str:
    return "".join(_BACK.get(ch, ch) for ch in text)


def draw_column(c: Canvas, text: str, x_centre: float, y_top: float, size: float,
                font: str) -> float:
    """Draw ``text`` downward from ``y_top`` in a column centred on ``x_centre``.
    Returns the length used."""
    y = y_top
    c.setFont(font, size)
    for cell in cells(text, size, font):
        if cell.kind == "upright":
            c.drawCentredString(x_centre, y - size * ASCENT, cell.text)
        elif cell.kind == "small":
            c.drawCentredString(x_centre + size * 0.1, y - size * ASCENT + size * 0.1, cell.text)
        elif cell.kind == "rotated":
            c.saveState()
            c.translate(x_centre, y - size / 2)
            c.rotate(-90)
            c.drawCentredString(0, -size * CENTRE, cell.text)
            c.restoreState()
        elif cell.kind == "tcy":
            w = fonts.width(cell.text, font, size)
            scale = min(1.0, size * 0.95 / w) if w else 1.0
            c.saveState()
            c.translate(x_centre, y - size * ASCENT)
            c.scale(scale, 1)
            c.drawCentredString(0, 0, cell.text)
            c.restoreState()
        elif cell.kind == "latin":
            c.saveState()
            c.translate(x_centre, y - size * 0.1)
            c.rotate(-90)
            c.drawString(0, -size * CENTRE, cell.text)
            c.restoreState()
        y -= cell.length
    return y_top - y
