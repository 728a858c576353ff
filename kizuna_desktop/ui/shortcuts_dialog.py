"""Help > Keyboard shortcuts (F1): every shortcut of the window in two aligned columns, what
it does and its keys, grouped by the menu it is in (the tab-separated message box before
had ragged columns in any proportional font). A real item view: a screen reader reads each
row, and the list can be searched by typing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in action.shortcuts() if not s.isEmpty())


def _words(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow,
                  extra: list[tuple[str, str]] = ()) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(group, [(what it does, keys)…])…]: the menus in menu-bar order, then the window's
    other shortcuts (moving between panes…), then ``extra`` (keys handled by a pane)."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()

    def menu_rows(menu) -> list[tuple[str, str]]:
        rows = []
        for a in menu.actions():
            if a.menu() is not None:
                rows += menu_rows(a.menu())
            elif _keys(a) and id(a) not in seen:
                seen.add(id(a))
                rows.append((_words(a.text()), _keys(a)))
        return rows

    for top in window.menuBar().actions():
        if top.menu() is not None and (rows := menu_rows(top.menu())):
            groups.append((_words(top.text()), rows))
    others = [(_words(a.text()), _keys(a)) for a in window.findChildren(QAction)
              if _keys(a) and id(a) not in seen and _words(a.text())]
    others += list(extra)
    if others:  # in the order the window made them (Ctrl+1, Ctrl+2, Ctrl+3), each once
        groups.append((QCoreApplication.translate("ShortcutsDialog", "Anywhere in the window"),
                       list(dict.fromkeys(others))))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, extra: list[tuple[str, str]] = (),
                 parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        for group, rows in shortcut_rows(window, extra):
            head = QTreeWidgetItem(self.tree, [group])
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFirstColumnSpanned(True)
            for what, keys in rows:
                QTreeWidgetItem(head, [what, keys])
            head.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
