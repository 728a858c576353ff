"""Small drawn icons: a coloured tile with one kanji per kind of timeline entry (drawn with the
bundled font, so they look the same everywhere and need no image files)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

KINDS = {
    "meeting": ("会", "#1f3a5f"), "meal": ("食", "#8a5a00"), "nomikai": ("飲", "#a33b20"),
    "call": ("電", "#2e6b3a"), "email": ("信", "#4a5a6a"), "message": ("文", "#3f6e8c"),
    "event": ("催", "#6a3d7a"), "meishi_exchange": ("名", "#00707a"), "other": ("他", "#666666"),
    "gift": ("贈", "#b0305a"), "favour": ("恩", "#b0305a"), "introduction": ("紹", "#7a6a00"),
    "invitation": ("招", "#b0305a"), "follow_up": ("約", "#444444"),
}


@cache
def kind_icon(kind: str, size: int = 20) -> QIcon:
    glyph, colour = KINDS.get(kind, KINDS["other"])
    pm = QPixmap(size * 2, size * 2)  # drawn at 2x for high-density screens
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(1, 1, size * 2 - 2, size * 2 - 2), size * 0.45, size * 0.45)
    font = QFont("IPAexGothic")
    font.setPixelSize(int(size * 1.25))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, size * 2, size * 2), Qt.AlignmentFlag.AlignCenter, glyph)
    p.end()
    pm.setDevicePixelRatio(2)
    return QIcon(pm)


LABELS = {  # a kind's name in the interface's language (context "Kinds")
    "meeting": QT_TRANSLATE_NOOP("Kinds", "Meeting"), "meal": QT_TRANSLATE_NOOP("Kinds", "Meal"),
    "nomikai": QT_TRANSLATE_NOOP("Kinds", "Nomikai"), "call": QT_TRANSLATE_NOOP("Kinds", "Call"),
    "email": QT_TRANSLATE_NOOP("Kinds", "E-mail"),
    "message": QT_TRANSLATE_NOOP("Kinds", "Message"),
    "event": QT_TRANSLATE_NOOP("Kinds", "Event"),
    "meishi_exchange": QT_TRANSLATE_NOOP("Kinds", "Meishi exchange"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
    "business_review": QT_TRANSLATE_NOOP("Kinds", "Business review"),
    "gift": QT_TRANSLATE_NOOP("Kinds", "Gift"), "favour": QT_TRANSLATE_NOOP("Kinds", "Favour"),
    "introduction": QT_TRANSLATE_NOOP("Kinds", "Introduction"),
    "invitation": QT_TRANSLATE_NOOP("Kinds", "Invitation"),
    "follow_up": QT_TRANSLATE_NOOP("Kinds", "Follow-up"),
}


def label(kind: str) -> str:
    text = LABELS.get(kind)
    if text is None:
        return kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("Kinds", text)
