"""Markup in user text is shown, never obeyed: a tooltip made by plain.tooltip renders the
characters themselves (read back through a real QTextDocument, as Qt's tooltip does), and a
plain message box or label keeps PlainText."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from kizuna_desktop.ui import plain

HOSTILE = ['<b>bold</b>', '<a href="file:///etc/passwd">link</a>', '<img src="/etc/hosts">',
           "a & b < c", "two\nlines"]


def _shown(tip: str) -> str:
    """A tooltip's text as QToolTip shows it: rich text when Qt guesses so, else as it is."""
    if not QtGui.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
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
    for text in HOSTILE + ["second line <b>bold</b>\nthen <b>more</b>", "x\n<img src=a.png>"]:
        tip = plain.tooltip(text)
        assert _shown(tip).replace("\u2028", "\n") == text
        assert _live_parts(tip) == [] or not QtGui.mightBeRichText(tip)


def test_plain_looking_tooltips_stay_as_they_are(qapp):
    # Qt shows these as plain text already: nothing to escape, and tests can read them back.
    for text in ("a & b < c", "two\nlines", "CEST · UTC+02:00", "x\n<b>y</b>"):
        assert plain.tooltip(text) == text


def test_labels_and_boxes_are_plain(qtbot):
    w = plain.label(HOSTILE[1])
    qtbot.addWidget(w)
    assert w.textFormat() == Qt.TextFormat.PlainText and w.text() == HOSTILE[1]
    box = plain.message_box(None, QMessageBox.Icon.Question, "Delete", HOSTILE[1])
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert not box.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
