"""Markup in user text is shown, never obeyed: a tooltip made by plain.tooltip renders the
characters themselves (read back through a real QTextDocument, as Qt's tooltip does), and a
plain message box or label keeps PlainText."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from kizuna_desktop.ui import plain

HOSTILE = ['<b>bold</b>', '<a href="file:///etc/passwd">link</a>', '<img src="/etc/hosts">',
           "a & b < c", "two\nlines"]


def _shown(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def _live_parts(rich: str) -> list[str]:
    """Links and images the rendered document holds."""
    doc = QTextDocument()
    doc.setHtml(rich)
    found, block = [], doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() or fmt.isImageFormat():
                found.append(it.fragment().text())
            it += 1
        block = block.next()
    return found


def test_unescaped_markup_would_be_live(qapp):
    # The check below can fail: the same text without plain.tooltip renders a link.
    assert _live_parts(HOSTILE[1]) == ["link"]


def test_tooltips_show_the_characters(qapp):
    for text in HOSTILE:
        rich = plain.tooltip(text)
        assert _shown(rich).replace("\u2028", "\n") == text
        assert _live_parts(rich) == []


def test_labels_and_boxes_are_plain(qtbot):
    w = plain.label(HOSTILE[1])
    qtbot.addWidget(w)
    assert w.textFormat() == Qt.TextFormat.PlainText and w.text() == HOSTILE[1]
    box = plain.message_box(None, QMessageBox.Icon.Question, "Delete", HOSTILE[1])
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert not box.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
