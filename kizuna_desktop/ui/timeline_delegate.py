"""Readable timeline lines: every line wraps at the pane's width (a summary, a place, a note is
never cut with "…"), and an item is as tall as its wrapped text. A note shows its first lines
under its interaction; clicking it (or Space/Right on it) shows the whole note, again hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
)

PADDING = 6  # above and below an item's text
PREVIEW_CHARS = 280
PREVIEW_LINES = 4


def preview(note: str) -> tuple[str, bool]:
    """The first lines of a note, and whether that is less than all of it."""
    lines = note.splitlines()
    short = "\n".join(lines[:PREVIEW_LINES])
    if len(short) > PREVIEW_CHARS:
        short = short[:PREVIEW_CHARS].rstrip()
    return short, short != note.strip() and short != note


class WrappingDelegate(QStyledItemDelegate):
    """Paints with word wrap and no eliding; sizes each item to its wrapped text at the
    width the tree gives it."""

    def _text_width(self, option: QStyleOptionViewItem, index) -> int:
        tree = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = tree.viewport().width() - tree.indentation() * (depth + 1) - 2 * PADDING
        if not option.icon.isNull():
            width -= option.decorationSize.width() + 2 * PADDING
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            width -= 24
        return max(width, 80)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt, index)
        rect = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1_000_000),
                                            int(Qt.TextFlag.TextWordWrap), opt.text)
        height = max(rect.height(), opt.decorationSize.height()) + PADDING
        return QSize(width, height)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class WrappingTree(QTreeWidget):
    """A tree whose one column is the viewport's width and whose items wrap in it. Space
    on an item is signalled (the timeline shows or hides the whole note with it)."""

    space_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.space_pressed.emit()
            return
        if not event.modifiers() and self._scroll_within_current(event.key()):
            return
        super().keyPressEvent(event)

    def _scroll_within_current(self, key) -> bool:
        """An entry taller than the pane (an expanded long note) is read through with Down/Up
        and PageDown/PageUp before the keys move on to the next entry."""
        k = Qt.Key
        if key not in (k.Key_Down, k.Key_Up, k.Key_PageDown, k.Key_PageUp):
            return False
        item = self.currentItem()
        if item is None:
            return False
        rect, view = self.visualItemRect(item), self.viewport().rect()
        line = self.fontMetrics().lineSpacing()
        step = max(line, view.height() - line) if key in (k.Key_PageDown, k.Key_PageUp) \
            else 2 * line
        bar = self.verticalScrollBar()
        if key in (k.Key_Down, k.Key_PageDown) and rect.bottom() > view.bottom():
            bar.setValue(bar.value() + min(step, rect.bottom() - view.bottom()))
            return True
        if key in (k.Key_Up, k.Key_PageUp) and rect.top() < view.top():
            bar.setValue(bar.value() - min(step, view.top() - rect.top()))
            return True
        return False

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header().setStretchLastSection(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()  # heights follow the new width
