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


def test_print_says_how_cards_are_addressed(qtbot, journal, tmp_path):
    """The view's Print… report names a card to the company (御中) and a card abroad, as
    `nengajo print` does."""
    from kizuna_desktop.services import contacts
    from kizuna_desktop.services.contacts import AddressInput, ContactInput

    nj.build(journal)
    paris = contacts.create(journal, ContactInput(
        family_name="Dupont", given_name="Marie", name_prefix="Ms", addresses=[AddressInput(
            label="home", text="12 Rue de Rivoli, 75001 Paris, France")])).id
    nengajo.mark(journal, paris, nj.YEAR, send=True)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
    v = w.new_year
    qtbot.waitUntil(v.isVisible)
    v.year.setValue(nj.YEAR)
    v.save_path = tmp_path / "cards.pdf"
    try:
        with qtbot.waitSignal(v.printed, timeout=60_000) as said:
            v.print_actions["cards"].trigger()
        text = said.args[0]
        assert "Notes:" in text, text
        assert "木村 拓也: the card is addressed to 総務部 御中" in text
        assert "Marie Dupont 様: an address abroad, printed horizontally in Latin letters" \
            in text
        assert "--" not in text
    finally:
        v.parentWidget().hide()
        w.save_layout()
