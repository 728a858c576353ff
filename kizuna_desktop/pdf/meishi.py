"""Print-ready business card PDFs: a proof (each face on its own page, 3 mm bleed, tombo,
TrimBox and BleedBox) and a sheet of 10 cards for perforated card stock (cut marks, backs
mirrored for duplex printing)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.pdf import fonts, tategaki
from kizuna_desktop.pdf.fonts import GOTHIC
from kizuna_desktop.pdf.meishi_layout import BLEED, FACE_TITLES, CardLayout, Face

INK = colors.CMYKColor(0, 0, 0, 0.92)
MUTED = colors.CMYKColor(0, 0, 0, 0.62)
ACCENT = colors.CMYKColor(0.95, 0.62, 0, 0.45)  # indigo
REGISTRATION = colors.CMYKColor(1, 1, 1, 1)  # prints on every plate: for marks only
SLUG = 10 * mm  # room outside the bleed for the tombo
MARK = 0.25
PAPERS = {"a4": A4, "letter": LETTER}
COLS, ROWS = 2, 5


class MeishiOverflowError(KizunaError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The card's text does not fit:\n  " + "\n  ".join(problems))


def _colour(field: str):
    return INK if field.startswith(("name", "company")) else MUTED


def draw_face(c: Canvas, face: Face) -> None:
    """Draw ``face`` with its trim's bottom-left at the origin (backgrounds reach the bleed)."""
    for box in face.boxes:
        if box.kind == "band":
            c.setFillColor(ACCENT)
            c.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
        elif box.kind == "logo":
            try:
                c.drawImage(ImageReader(io.BytesIO(box.data)), box.x, box.y, box.w, box.h,
                            preserveAspectRatio=True, anchor="ne", mask="auto")
            except Exception:  # noqa: BLE001 - a broken logo is left out, the card still prints
                pass
        elif box.kind == "qr":
            _draw_qr(c, box.data, box.x, box.y, box.w)
    for col in face.columns:  # vertical columns first: they are read before the contacts
        c.setFillColor(_colour(col.field))
        tategaki.draw_column(c, col.text, col.x_centre, col.y_top, col.size, col.font)
    for line in face.lines:
        c.setFillColor(_colour(line.field))
        c.setFont(line.font, line.size)
        c.drawString(line.x, line.y, line.text)


def _draw_qr(c: Canvas, matrix, x: float, y: float, size: float) -> None:
    n = len(matrix)
    module = size / n
    c.setFillColor(colors.CMYKColor(0, 0, 0, 1))
    for r, row in enumerate(matrix):
        for col, dark in enumerate(row):
            if dark:
                c.rect(x + col * module, y + size - (r + 1) * module, module, module,
                       stroke=0, fill=1)


def _canvas(out: io.BytesIO, size, title: str) -> Canvas:
    fonts.register()
    c = Canvas(out, pagesize=size, initialFontName=GOTHIC, enforceColorSpace="cmyk",
               pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Kizuna Desktop")
    c.setCreator("Kizuna Desktop")
    return c


def _check(card: CardLayout) -> None:
    if card.problems:
        raise MeishiOverflowError(card.problems)


def proof_pdf(card: CardLayout) -> bytes:
    """Each face on its own page: trim plus 3 mm bleed, Japanese-style double tombo outside
    the bleed, centre marks, TrimBox and BleedBox."""
    _check(card)
    w, h = card.width, card.height
    off = SLUG + BLEED
    page = (w + 2 * off, h + 2 * off)
    out = io.BytesIO()
    c = _canvas(out, page, "Meishi proof")
    for face in card.faces:
        c.setTrimBox((off, off, off + w, off + h))
        c.setBleedBox((off - BLEED, off - BLEED, off + w + BLEED, off + h + BLEED))
        c.saveState()
        p = c.beginPath()
        p.rect(off - BLEED, off - BLEED, w + 2 * BLEED, h + 2 * BLEED)
        c.clipPath(p, stroke=0, fill=0)
        c.translate(off, off)
        draw_face(c, face)
        c.restoreState()
        _tombo(c, off, off, w, h)
        # Labels in the slug, between the corner marks and the centre marks.
        c.setFont(GOTHIC, 4.5)
        c.setFillColor(MUTED)
        c.drawString(off + 1.5 * mm, off + h + BLEED + 2 * mm,
                     f"{FACE_TITLES.get(face.name, face.name)} face · proof")
        c.drawString(off + 1.5 * mm, off - BLEED - 3.5 * mm,
                     f"{w / mm:.1f} × {h / mm:.1f} mm, bleed 3 mm")
        c.showPage()
    c.save()
    return out.getvalue()


def _tombo(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Corner marks for the trim and for the bleed (double tombo), and centre marks, all in
    the slug outside the bleed."""
    c.setStrokeColor(REGISTRATION)
    c.setLineWidth(MARK)
    far = SLUG - 1.5 * mm
    for cx, sx in ((x, -1), (x + w, 1)):
        for cy, sy in ((y, -1), (y + h, 1)):
            # horizontal marks at the trim line and the bleed line, in the slug beside the corner
            for dy in (0, BLEED):
                yy = cy + sy * dy
                c.line(cx + sx * BLEED, yy, cx + sx * (BLEED + far), yy)
            for dx in (0, BLEED):
                xx = cx + sx * dx
                c.line(xx, cy + sy * BLEED, xx, cy + sy * (BLEED + far))
    mx, my = x + w / 2, y + h / 2
    for yy, s in ((y, -1), (y + h, 1)):
        c.line(mx, yy + s * BLEED, mx, yy + s * (BLEED + far))
        c.line(mx - 4 * mm, yy + s * (BLEED + far / 2), mx + 4 * mm, yy + s * (BLEED + far / 2))
    for xx, s in ((x, -1), (x + w, 1)):
        c.line(xx + s * BLEED, my, xx + s * (BLEED + far), my)
        c.line(xx + s * (BLEED + far / 2), my - 4 * mm, xx + s * (BLEED + far / 2), my + 4 * mm)


@dataclass(frozen=True)
class Slot:
    """Where one card sits on a sheet: the slot's rectangle (always landscape, as the
    perforations are) and the rotation the face is drawn with."""

    x: float
    y: float
    w: float
    h: float
    rotation: int  # 0, 90 or -90


def sheet_slots(card: CardLayout, paper: str, back: bool = False) -> list[Slot]:
    """The 10 slots of a sheet, row by row from the top, left to right as seen on that side.
    A back page mirrors the front's positions across the sheet's vertical centre line, so a
    sheet printed duplex (flipped on its long edge) lines up card for card."""
    pw, ph = PAPERS[paper]
    sw, sh = max(card.width, card.height), min(card.width, card.height)
    x0 = (pw - COLS * sw) / 2
    y0 = (ph - ROWS * sh) / 2
    portrait = card.height > card.width
    rotation = (90 if not back else -90) if portrait else 0
    out = []
    for r in range(ROWS):
        for col in range(COLS):
            x = x0 + col * sw
            if back:
                x = pw - x - sw
            out.append(Slot(x, ph - y0 - (r + 1) * sh, sw, sh, rotation))
    return out


def sheet_pdf(card: CardLayout, paper: str = "a4") -> bytes:
    """10 cards a page with cut marks; for a two-sided card a second page holds the backs,
    mirrored for duplex printing."""
    _check(card)
    if paper not in PAPERS:
        raise ValueError("paper is one of a4, letter")
    out = io.BytesIO()
    c = _canvas(out, PAPERS[paper], "Meishi sheet")
    for side, face in enumerate(card.faces):
        slots = sheet_slots(card, paper, back=side == 1)
        for s in slots:
            c.saveState()
            p = c.beginPath()
            p.rect(s.x, s.y, s.w, s.h)
            c.clipPath(p, stroke=0, fill=0)
            if s.rotation == 90:  # the card's top towards the slot's left
                c.translate(s.x + s.w, s.y)
                c.rotate(90)
            elif s.rotation == -90:
                c.translate(s.x, s.y + s.h)
                c.rotate(-90)
            else:
                c.translate(s.x, s.y)
            draw_face(c, face)
            c.restoreState()
        _cut_marks(c, slots)
        c.setFont(GOTHIC, 5.5)
        c.setFillColor(MUTED)
        if min(s.y for s in slots) < 7 * mm:  # no room under the cards for a label
            c.showPage()
            continue
        label = "backs (print duplex, flip on long edge)" if side else "fronts"
        c.drawString(8 * mm, 4 * mm,
                     f"{FACE_TITLES.get(face.name, face.name)} face · {label} · Kizuna Desktop")
        c.showPage()
    c.save()
    return out.getvalue()


def _cut_marks(c: Canvas, slots: list[Slot]) -> None:
    xs = sorted({round(s.x, 3) for s in slots} | {round(s.x + s.w, 3) for s in slots})
    ys = sorted({round(s.y, 3) for s in slots} | {round(s.y + s.h, 3) for s in slots})
    pw, ph = c._pagesize
    c.setStrokeColor(REGISTRATION)
    c.setLineWidth(MARK)
    gap = 1.5 * mm
    # Marks are 5 mm long, or shorter where the paper's margin is narrower (a Japanese card
    # on Letter leaves about 2 mm above and below the grid).
    v_len = min(5 * mm, ys[0] - gap - 1 * mm, ph - ys[-1] - gap - 1 * mm)
    h_len = min(5 * mm, xs[0] - gap - 1 * mm, pw - xs[-1] - gap - 1 * mm)
    if v_len > 0.5 * mm:
        for x in xs:
            c.line(x, ys[-1] + gap, x, ys[-1] + gap + v_len)
            c.line(x, ys[0] - gap, x, ys[0] - gap - v_len)
    if h_len > 0.5 * mm:
        for y in ys:
            c.line(xs[0] - gap, y, xs[0] - gap - h_len, y)
            c.line(xs[-1] + gap, y, xs[-1] + gap + h_len, y)
