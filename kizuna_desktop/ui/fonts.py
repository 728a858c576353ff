"""Makes the bundled Japanese font available to Qt, so kanji and kana render as glyphs on any
machine, with or without Japanese fonts installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kizuna_desktop import paths

JAPANESE_FONT_FILES = ("ipaexg.ttf",)


_REGISTERED: list[str] = []


def register() -> list[str]:
    """The bundled Japanese fonts made known to Qt (once), without touching the app's own
    font: what a view that draws Japanese itself (the circle picture, its PDF and SVG) needs
    so that Qt does not fall back to whatever system font has the glyphs."""
    if not _REGISTERED:
        for name in JAPANESE_FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
            if font_id >= 0:
                _REGISTERED.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_REGISTERED)


def install(app: QApplication) -> list[str]:
    """Register the bundled fonts and put them after the system UI font in the app's font
    family list (the system font draws Latin text; ours draws what it lacks)."""
    families = register()
    font = QFont(app.font())
    base = [f for f in font.families() if f not in families] or [font.family()]
    font.setFamilies([*base, *families])
    app.setFont(font)
    return families
