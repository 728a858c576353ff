"""Print-ready business card PDFs, PDF/X-1a:2001: a proof (each face on its own page, 3 mm
bleed, tombo, TrimBox and BleedBox) and a sheet of cards for perforated card stock (cut marks,
backs mirrored for duplex printing), kept inside a printer's 4 mm unprintable edge.

Everything is CMYK: text and marks solid black (K100), the band in the accent colour, logos
converted to CMYK and flattened on white (PDF/X-1a has no transparency)."""

from __future__ import annotations

import contextlib
import functools
import io
import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.pdf import fonts, pdfx, tategaki
from kizuna_desktop.pdf.fonts import GOTHIC
from kizuna_desktop.pdf.meishi_layout import BLEED, FACE_TITLES, CardLayout, Face

BLACK = colors.CMYKColor(0, 0, 0, 1)  # K100: all text and marks
INK = MUTED = BLACK
ACCENT = colors.CMYKColor(0.95, 0.62, 0, 0.45)  # indigo
SLUG = 10 * mm  # room outside the bleed for the tombo
MARK = 0.25
PAPERS = {"a4": A4, "letter": LETTER}
COLS, ROWS = 2, 5
EDGE = 4 * mm  # what a desktop printer cannot print at the paper's edge
MARK_GAP = 1.5 * mm
MARK_MIN = 3 * mm
LABEL_SIZE = 6.0


class MeishiOverflowError(KizunaError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The card cannot be printed as it is:\n  " + "\n  ".join(problems))


def _colour(field: str):
    return BLACK


@functools.lru_cache(maxsize=8)
def cmyk_logo(data: bytes):
    """The logo as a CMYK image flattened on white (a PIL image), or None if unreadable.
    Converted without a colour profile (none that may be shipped exists for Japan Color):
    ``meishi_layout`` warns about it unless the logo is CMYK already."""
    from PIL import Image

    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except Exception:  # noqa: BLE001 - a broken logo is left out, the card still prints
        return None
    if img.mode == "CMYK":
        return img
    if img.mode in ("P", "LA", "PA") or "transparency" in img.info:
        img = img.convert("RGBA")
    if img.mode == "RGBA":
        white = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, img)
    return img.convert("RGB").convert("CMYK")


def draw_face(c: Canvas, face: Face) -> None:
    """Draw ``face`` with its trim's bottom-left at the origin (backgrounds reach the bleed)."""
    for box in face.boxes:
        if box.kind == "band":
            c.setFillColor(ACCENT)
            c.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
        elif box.kind == "logo":
            img = cmyk_logo(box.data)
            if img is not None:
                c.drawImage(ImageReader(img), box.x, box.y, box.w, box.h,
                            preserveAspectRatio=True, anchor="ne")
        elif box.kind == "qr":
            _draw_qr(c, box.data, box.x, box.y, box.w)
    for col in face.columns:  # vertical columns first: they are read before the contacts
        c.setFillColor(_colour(col.field))
        tategaki.draw_column(c, col.text, col.x_centre, col.y_top, col.size, col.font)
    for line in face.lines:
        c.setFillColor(_colour(line.field))
        fonts.draw_string(c, line.x, line.y, line.text, line.font, line.size)


def _draw_qr(c: Canvas, matrix, x: float, y: float, size: float) -> None:
    """The QR code in solid black: each row's runs of dark modules as one rectangle, written
    once per code and size (a sheet draws the same code ten times)."""
    c.setFillColor(BLACK)
    c.saveState()
    c.translate(x, y)
    c.addLiteral(_qr_ops(tuple(tuple(bool(v) for v in row) for row in matrix), round(size, 4)))
    c.restoreState()


@functools.lru_cache(maxsize=16)
def _qr_ops(matrix: tuple, size: float) -> str:
    n = len(matrix)
    module = size / n
    ops = []
    for r, row in enumerate(matrix):
        col = 0
        while col < n:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < n and row[col]:
                col += 1
            ops.append(f"{start * module:.3f} {size - (r + 1) * module:.3f} "
                       f"{(col - start) * module:.3f} {module:.3f} re")
    return "\n".join(ops) + "\nf"


@contextlib.contextmanager
def _binary_streams():
    """ReportLab ASCII85-encodes every stream in pure Python (a third of a sheet's time);
    pikepdf rewrites the file anyway, so streams are written binary, Flate only."""
    from reportlab import rl_config

    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


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
    with _binary_streams():
        return pdfx.to_pdfx(_proof(card), "Meishi proof")


def _proof(card: CardLayout) -> bytes:
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
        c.setFont(GOTHIC, LABEL_SIZE)
        c.setFillColor(BLACK)
        from kizuna_desktop.i18n import translate

        title = translate("pdf", FACE_TITLES.get(face.name, face.name))
        c.drawString(off + 1.5 * mm, off + h + BLEED + 2 * mm,
                     translate("pdf", "{0} face · proof").format(title))
        c.drawString(off + 1.5 * mm, off - BLEED - 3.5 * mm,
                     translate("pdf", "{0} × {1} mm, bleed 3 mm").format(f"{w / mm:.1f}",
                                                                         f"{h / mm:.1f}"))
        c.showPage()
    c.save()
    return out.getvalue()


def _tombo(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Corner marks for the trim and for the bleed (double tombo), and centre marks, all in
    the slug outside the bleed."""
    c.setStrokeColor(BLACK)
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


def grid(card: CardLayout, paper: str, bleed: bool = False) -> tuple[int, int, float]:
    """(columns, rows, gutter) of cards that fit the paper with their cut marks inside the
    printer's 4 mm edge: at most 2 × 5, fewer where the paper is too short (a Japanese card
    on Letter: 2 × 4). With ``bleed`` the cards are set apart by twice the bleed, so the band
    can run past each card's edge."""
    pw, ph = PAPERS[paper]
    sw, sh = max(card.width, card.height), min(card.width, card.height)
    gutter = 2 * BLEED if bleed else 0.0
    margin = EDGE + MARK_MIN + (BLEED + 0.5 * mm if bleed else MARK_GAP)
    cols = min(COLS, math.floor((pw - 2 * margin + gutter) / (sw + gutter) + 1e-9))
    rows = min(ROWS, math.floor((ph - 2 * margin + gutter) / (sh + gutter) + 1e-9))
    if cols < 1 or rows < 1:
        raise ValueError(f"a {sw / mm:.0f} × {sh / mm:.0f} mm card does not fit {paper}")
    return cols, rows, gutter


def sheet_slots(card: CardLayout, paper: str, back: bool = False,
                bleed: bool = False) -> list[Slot]:
    """The sheet's slots, row by row from the top, left to right as seen on that side.
    A back page mirrors the front's positions across the sheet's vertical centre line, so a
    sheet printed duplex (flipped on its long edge) lines up card for card."""
    pw, ph = PAPERS[paper]
    cols, rows, gutter = grid(card, paper, bleed)
    sw, sh = max(card.width, card.height), min(card.width, card.height)
    x0 = (pw - cols * sw - (cols - 1) * gutter) / 2
    y0 = (ph - rows * sh - (rows - 1) * gutter) / 2
    portrait = card.height > card.width
    rotation = (90 if not back else -90) if portrait else 0
    out = []
    for r in range(rows):
        for col in range(cols):
            x = x0 + col * (sw + gutter)
            if back:
                x = pw - x - sw
            out.append(Slot(x, ph - y0 - (r + 1) * sh - r * gutter, sw, sh, rotation))
    return out


def sheet_pdf(card: CardLayout, paper: str = "a4", bleed: bool = False) -> bytes:
    """A page of cards with cut marks (K only); for a two-sided card a second page holds the
    backs, mirrored for duplex printing. ``bleed`` sets the cards apart so that the band
    bleeds 3 mm past every cut."""
    _check(card)
    if paper not in PAPERS:
        raise ValueError("paper is one of a4, letter")
    with _binary_streams():
        return pdfx.to_pdfx(_sheet(card, paper, bleed), "Meishi sheet")


def _sheet(card: CardLayout, paper: str, bleed: bool) -> bytes:
    out = io.BytesIO()
    c = _canvas(out, PAPERS[paper], "Meishi sheet")
    reach = BLEED if bleed else 0.0
    # Each face is drawn once, as a form the slots all show (a tenth of the work and size).
    forms = []
    for side, face in enumerate(card.faces):
        forms.append(f"face{side}")
        c.beginForm(forms[-1], -BLEED, -BLEED, face.width + BLEED, face.height + BLEED)
        draw_face(c, face)
        c.endForm()
    for side, face in enumerate(card.faces):
        slots = sheet_slots(card, paper, back=side == 1, bleed=bleed)
        for s in slots:
            c.saveState()
            p = c.beginPath()
            p.rect(s.x - reach, s.y - reach, s.w + 2 * reach, s.h + 2 * reach)
            c.clipPath(p, stroke=0, fill=0)
            if s.rotation == 90:  # the card's top towards the slot's left
                c.translate(s.x + s.w, s.y)
                c.rotate(90)
            elif s.rotation == -90:
                c.translate(s.x, s.y + s.h)
                c.rotate(-90)
            else:
                c.translate(s.x, s.y)
            c.doForm(forms[side])
            c.restoreState()
        _cut_marks(c, slots, reach)
        n = len(slots)
        label = (f"{FACE_TITLES.get(face.name, face.name)} face · "
                 + ("backs (print duplex, flip on long edge)" if side else "fronts")
                 + f" · {n} cards · Kizuna Desktop")
        _label(c, slots, label, reach)
        c.showPage()
    c.save()
    return out.getvalue()


def _label(c: Canvas, slots: list[Slot], label: str, reach: float = 0.0) -> None:
    """The sheet's label under the cards (and their bleed), between the first two vertical
    cut marks and inside the printable area."""
    xs = sorted({round(s.x, 3) for s in slots} | {round(s.x + s.w, 3) for s in slots})
    bottom = min(s.y for s in slots) - reach
    room = xs[1] - xs[0] - 2 * MARK_GAP
    size = LABEL_SIZE
    while fonts.width(label, GOTHIC, size) > room and " · " in label:
        label = label.rsplit(" · ", 1)[0]
    y = max(EDGE + 0.12 * size, bottom - MARK_GAP - 0.88 * size)  # beside the marks' ends
    if y + 0.88 * size > bottom - 0.5 * mm:
        return  # no room under the cards
    c.setFont(GOTHIC, size)
    c.setFillColor(BLACK)
    fonts.draw_string(c, xs[0] + MARK_GAP, y, label, GOTHIC, size)


def _cut_marks(c: Canvas, slots: list[Slot], reach: float = 0.0) -> None:
    """Marks at every card edge, outside the grid and its bleed, in K only, never into the
    4 mm edge."""
    xs = sorted({round(s.x, 3) for s in slots} | {round(s.x + s.w, 3) for s in slots})
    ys = sorted({round(s.y, 3) for s in slots} | {round(s.y + s.h, 3) for s in slots})
    pw, ph = c._pagesize
    c.setStrokeColor(BLACK)
    c.setLineWidth(MARK)
    gap = reach + 0.5 * mm if reach else MARK_GAP  # marks start just past the bleed
    v_len = min(5 * mm, ys[0] - gap - EDGE, ph - ys[-1] - gap - EDGE)
    h_len = min(5 * mm, xs[0] - gap - EDGE, pw - xs[-1] - gap - EDGE)
    for x in xs:
        c.line(x, ys[-1] + gap, x, ys[-1] + gap + v_len)
        c.line(x, ys[0] - gap, x, ys[0] - gap - v_len)
    for y in ys:
        c.line(xs[0] - gap, y, xs[0] - gap - h_len, y)
        c.line(xs[-1] + gap, y, xs[-1] + gap + h_len, y)
