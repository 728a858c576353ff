"""The embedded TrueType Japanese fonts every PDF uses (never a non-embedded CID font)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kizuna_desktop import paths

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"
_FILES = {GOTHIC: "ipaexg.ttf", MINCHO: "ipaexm.ttf"}
_lock = threading.Lock()
_done = False


def register() -> None:
    """Register the bundled fonts with ReportLab once. IPAex has no bold or italic faces:
    the family maps them to the regular face so ReportLab markup can never fall back to an
    unembedded standard font."""
    global _done
    with _lock:
        if _done:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", file))))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _done = True


def width(text: str, font: str, size: float) -> float:
    register()
    return pdfmetrics.stringWidth(text, font, size)
