"""Smaller points of issue 18.11 outside the window's own files: the F1 list in two aligned
columns, grouped by menu; the window's messages in a user's words (no command-line options)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QTreeWidget

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.store import Journal
from tests.conftest import copy_journal


@pytest.fixture
def window(qtbot, tmp_path, demo_template):
    from kizuna_desktop.ui.main_window import MainWindow

    journal = Journal.open(copy_journal(demo_template, tmp_path / "demo.kizuna"))
    w = MainWindow(journal, is_demo=True)
    qtbot.addWidget(w)
    yield w
    w.close()
    journal.close()


def test_shortcut_list_has_one_column_per_thing(qtbot, window, tmp_path):
    from kizuna_desktop.ui.shortcuts_dialog import ShortcutsDialog

    d = ShortcutsDialog(window, [("Mark the selected follow-up done", "Space")])
    qtbot.addWidget(d)
    d.show()
    QApplication.processEvents()
    tree = d.findChild(QTreeWidget)
    rows = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        assert group.childCount()
        for i in range(group.childCount()):
            item = group.child(i)
            assert "\t" not in item.text(0) and item.text(1)  # keys in a column of their own
            rows[item.text(0)] = item.text(1)
    # Every shortcut of the window is there, with the keys as the platform writes them.
    for a in window.findChildren(QAction):
        for seq in a.shortcuts():
            if not seq.isEmpty() and a.text().replace("&", "").rstrip("…").strip():
                keys = seq.toString(QKeySequence.SequenceFormat.NativeText)
                assert any(keys in v.split(", ") for v in rows.values()), (a.text(), keys)
    assert rows["Mark the selected follow-up done"] == "Space"
    # The panes in their own order: Ctrl+1, Ctrl+2, Ctrl+3 (not by the words' alphabet).
    keys = [k for k in rows.values() if k in ("Ctrl+1", "Ctrl+2", "Ctrl+3")]
    assert keys == ["Ctrl+1", "Ctrl+2", "Ctrl+3"], rows
    # Aligned: the keys are a column of the view (one left edge for all), right of the
    # longest action name.
    assert tree.columnCount() == 2
    assert tree.header().sectionPosition(1) >= max(
        tree.fontMetrics().horizontalAdvance(name) for name in rows)
    d.grab().save(str(tmp_path / "shortcuts.png"))


def test_an_unknown_file_is_named_in_words(qtbot, journal, tmp_path):
    from kizuna_desktop.ui.import_dialog import ImportDialog

    odd = tmp_path / "contacts.numbers"
    odd.write_bytes(b"\x00\x01 not a contacts file")
    with pytest.raises(KizunaError) as e:
        ImportDialog(journal, odd, lambda result: None)
    text = str(e.value)
    assert "--format" not in text and "contacts.numbers" in text
    assert "vCard" in text and "CSV" in text


def test_f1_opens_the_list(qtbot, window):
    from kizuna_desktop.ui.shortcuts_dialog import ShortcutsDialog

    window.show()
    window.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "shortcuts_dialog", None),
                                       ShortcutsDialog) and window.shortcuts_dialog.isVisible())
    d = window.shortcuts_dialog
    tree = d.findChild(QTreeWidget)
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[0] == "File" and "Help" in groups
    d.reject()
