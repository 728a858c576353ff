"""Plurals that read right in English without a catalogue loaded: Qt's ``tr("%n day(s)", "",
n)`` shows "12 day(s)" until an English .qm supplies the numerus forms, so the window's own
counts give both English forms as two source strings (each still through ``tr`` with ``%n``,
so a catalogue translates either; Japanese has one form for both)."""

from __future__ import annotations

from PySide6.QtCore import QObject


def plural(owner: QObject, one: str, many: str, n: int) -> str:
    """``owner.tr(one or many, "", n)``: ``one`` and ``many`` both contain ``%n``."""
    return owner.tr(one if n == 1 else many, "", n)
