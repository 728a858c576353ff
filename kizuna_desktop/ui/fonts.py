"""Makes the bundled Japanese font available to Qt, so kanji and kana render as glyphs on any
machine, with or without Japanese fonts installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kizuna_desktop import paths

JAPANESE_FONT_FILES = ("ipaexg.ttf",)


def install(app: QApplication) -> list[str]:
    """Register the bundled fonts and put them after the system UI font in the app's font
    family list (the system font draws Latin text; ours draws what it lacks)."""
    families: list[str] = []
    for name in JAPANESE_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(app.font())
    base = [f for f in font.families() if f not in families] or [font.family()]
    font.setFamilies([*base, *families])
    app.setFont(font)
    return families
