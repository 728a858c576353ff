"""Paints a card face from its layout (``pdf.meishi_layout.Face``) with QPainter: the live
preview shows exactly the lines, columns and sizes the PDF will have, in the PDF's own fonts
(IPAex Gothic and Mincho, then Kizuna Names Mincho and an installed IPAmj Mincho for what they
lack; Qt renders variation sequences through the fonts' cmap 14 as the PDF does)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kizuna_desktop import paths
from kizuna_desktop.pdf import fonts as pdf_fonts
from kizuna_desktop.pdf import tategaki
from kizuna_desktop.pdf.fonts import GOTHIC, MINCHO, NAMES, NAMES_GOTHIC, SYSTEM_MJ
from kizuna_desktop.pdf.meishi_layout import Face

INK = MUTED = QColor("#000000")  # as printed: K100
ACCENT = QColor("#1f3a5f")
MARGIN = 10
_FILES = {GOTHIC: "ipaexg.ttf", MINCHO: "ipaexm.ttf", NAMES: "kizuna-names-mincho.ttf",
          NAMES_GOTHIC: "kizuna-names-gothic.ttf"}


@functools.cache
def families() -> dict[str, str]:
    """The Qt family of each PDF font, registered with Qt once (IPAmj Mincho only if the
    system has it)."""
    out = {}
    for name, file in _FILES.items():
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", file)))
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        out[name] = found[0] if found else name
    mj = pdf_fonts.font_path(SYSTEM_MJ)
    if mj is not None:
        font_id = QFontDatabase.addApplicationFont(str(mj))
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if found:
            out[SYSTEM_MJ] = found[0]
    return out


class FacePreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.face: Face | None = None
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_face(self, face: Face | None) -> None:
        self.face = face
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(380, 260)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.face is None:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No card to show"))
            return
        f = self.face
        scale = min((self.width() - 2 * MARGIN) / f.width, (self.height() - 2 * MARGIN) / f.height)
        ox = (self.width() - f.width * scale) / 2
        oy = (self.height() - f.height * scale) / 2
        p.translate(ox, oy)
        p.scale(scale, scale)
        p.fillRect(QRectF(1.5, 1.5, f.width, f.height), QColor(0, 0, 0, 40))  # shadow
        p.fillRect(QRectF(0, 0, f.width, f.height), Qt.GlobalColor.white)
        p.setClipRect(QRectF(0, 0, f.width, f.height))
        paint_face(p, f, self.logicalDpiY())
        p.setClipping(False)
        pen = QPen(QColor(150, 150, 150))
        pen.setWidthF(0.3)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        x0, y0, x1, y1 = f.safe
        p.drawRect(QRectF(x0, f.height - y1, x1 - x0, y1 - y0))  # the safe area, dashed


def _font(name: str, size: float, dpi: float) -> QFont:
    fam = families()
    font = QFont()
    font.setFamilies([fam.get(f, f) for f in pdf_fonts.chain(name) if f in fam])
    font.setPointSizeF(max(size * 72 / dpi, 0.5))  # so that 1 point of the card is 1 unit
    return font


def paint_face(p: QPainter, face: Face, dpi: float) -> None:
    """Draw ``face`` in card points (origin top-left, y down) on a painter already scaled."""
    h = face.height
    for box in face.boxes:
        rect = QRectF(box.x, h - box.y - box.h, box.w, box.h)
        if box.kind == "band":
            p.fillRect(rect, ACCENT)
        elif box.kind == "qr":
            n = len(box.data)
            m = box.w / n
            for r, row in enumerate(box.data):
                for c, dark in enumerate(row):
                    if dark:
                        p.fillRect(QRectF(rect.x() + c * m, rect.y() + r * m, m, m),
                                   Qt.GlobalColor.black)
        elif box.kind == "logo":
            img = QImage.fromData(box.data)
            if not img.isNull():
                fitted = img.size().scaled(int(rect.width() * 10), int(rect.height() * 10),
                                           Qt.AspectRatioMode.KeepAspectRatio)
                w, hh = fitted.width() / 10, fitted.height() / 10
                p.drawImage(QRectF(rect.right() - w, rect.y(), w, hh), img)
    for col in face.columns:
        p.setPen(INK if col.field.startswith(("name", "company")) else MUTED)
        _paint_column(p, col, h, dpi)
    for line in face.lines:
        p.setPen(INK if line.field.startswith(("name", "company")) else MUTED)
        p.setFont(_font(line.font, line.size, dpi))
        p.drawText(QPointF(line.x, h - line.y), line.text)


def _paint_column(p: QPainter, col, h: float, dpi: float) -> None:
    size = col.size
    p.setFont(_font(col.font, size, dpi))
    metrics = p.fontMetrics()
    y = h - col.y_top
    x = col.x_centre
    for cell in tategaki.cells(col.text, size, col.font):
        w = metrics.horizontalAdvance(cell.text)
        if cell.kind in ("upright", "small", "tcy"):
            dx = size * 0.1 if cell.kind == "small" else 0
            dy = -size * 0.1 if cell.kind == "small" else 0
            if cell.kind == "tcy" and w > size * 0.95:
                p.save()
                p.translate(x, y + size * tategaki.ASCENT)
                p.scale(size * 0.95 / w, 1)
                p.drawText(QPointF(-w / 2, 0), cell.text)
                p.restore()
            else:
                p.drawText(QPointF(x - w / 2 + dx, y + size * tategaki.ASCENT + dy), cell.text)
        elif cell.kind == "rotated":
            p.save()
            p.translate(x, y + size / 2)
            p.rotate(90)
            p.drawText(QPointF(-w / 2, size * tategaki.CENTRE), cell.text)
            p.restore()
        elif cell.kind == "latin":
            p.save()
            p.translate(x, y + size * 0.1)
            p.rotate(90)
            p.drawText(QPointF(0, size * tategaki.CENTRE), cell.text)
            p.restore()
        y += cell.length
