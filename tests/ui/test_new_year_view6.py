"""The New Year view from the keyboard (review 5): Ctrl+Shift+Y opened the dock with the
keyboard focus left where it was (S, R, M… then typed into the contacts' search); now it is
in the list of cards, first and every later opening. A mark refused said "clear --sent
first" (the command line's flag) in the window; it now says the window's words (the Sent
button). Real window, real journal, keys sent with QTest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kizuna_desktop.services import nengajo
from kizuna_desktop.ui.main_window import MainWindow
from tests.services import nengajo_journal as nj


def _open(qtbot, w):
    """Ctrl+Shift+Y typed where the keyboard focus is (the contacts' search at first)."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or w
    QTest.keyClick(target, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)


def test_ctrl_shift_y_puts_the_focus_in_the_list(qtbot, journal):
    ids = nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    try:
        _open(qtbot, w)
        qtbot.waitUntil(lambda: getattr(w, "new_year", None) is not None
                        and w.new_year.isVisible())
        v = w.new_year
        qtbot.waitUntil(lambda: v.table.hasFocus())
        assert v.tabs.currentIndex() == 0 and v.table.currentRow() >= 0
        # closed and opened again from another tab: the list again
        _open(qtbot, w)
        qtbot.waitUntil(lambda: not v.isVisible())
        v.tabs.setCurrentIndex(2)
        _open(qtbot, w)
        qtbot.waitUntil(lambda: v.isVisible() and v.table.hasFocus())
        assert v.tabs.currentIndex() == 0

        # a card already sent, marked "do not send" from the keyboard: refused in the
        # window's words
        v.year.setValue(nj.YEAR)
        nengajo.mark(journal, ids["yamada"], nj.YEAR, sent=True)
        v.reload()
        row = next(i for i, r in enumerate(v.rows) if r.contact_id == ids["yamada"])
        v.table.selectRow(row)
        v.table.setFocus()
        QTest.keyClick(v.table, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: "Sent" in v.status.text())
        assert "--" not in v.status.text(), v.status.text()
        assert "unmark Sent first" in v.status.text()
        assert not nengajo.marks_of(journal, ("contact", ids["yamada"]), nj.YEAR).skip
    finally:
        if getattr(w, "new_year", None) is not None:
            w.new_year.parentWidget().hide()
        w.save_layout()


def test_the_command_line_keeps_its_flags(tmp_path, capsys):
    from kizuna_desktop.cli import main
    from kizuna_desktop.store.db import Journal

    db = tmp_path / "j.kizuna"
    with Journal.open(db) as j:
        nj.build(j)
    assert main(["--db", str(db), "nengajo", "mark", "山田太郎", "--sent",
                 "--year", str(nj.YEAR)]) == 0
    assert main(["--db", str(db), "nengajo", "mark", "山田太郎", "--skip",
                 "--year", str(nj.YEAR)]) != 0
    assert "clear --sent first" in capsys.readouterr().err
