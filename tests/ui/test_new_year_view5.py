"""The New Year dock's &-mnemonics (issue 25, brief 5 item 3): in each of its tabs, no two
visible labels, buttons or check boxes of the dock share a mnemonic, and none takes one of
the window's menu bar (Alt+F, Alt+V… would open the menu or the control, not both). The
seasons tab's "&Year" clashed with the dock's "New &Year", the sender tab's "&Save" with
"Label &sheet" and "&Vertical labels" with the View menu. Real window, real journal."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from kizuna_desktop.ui.main_window import MainWindow
from tests.services import nengajo_journal as nj


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if 0 <= i < len(text) - 1 else None


def test_no_two_mnemonics_alike_in_any_tab_of_the_new_year_dock(qtbot, journal):
    nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
    v = w.new_year
    qtbot.waitUntil(v.isVisible)
    menus = [m for m in (_mnemonic(a.text()) for a in w.menuBar().actions()) if m]
    assert len(menus) == len(set(menus)) >= 5
    try:
        for index in range(v.tabs.count()):
            v.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda i=index: v.tabs.currentWidget().isVisible())
            texts = [x.text() for x in v.findChildren(QAbstractButton) if x.isVisible()]
            texts += [x.text() for x in v.findChildren(QLabel) if x.isVisible()]
            texts += [x.title() for x in v.findChildren(QGroupBox) if x.isVisible()]
            found = [m for m in map(_mnemonic, texts) if m]
            assert len(found) >= 3, (v.tabs.tabText(index), texts)
            twice = {k: n for k, n in Counter(found + menus).items() if n > 1}
            assert not twice, (v.tabs.tabText(index), twice, texts)
    finally:
        v.parentWidget().hide()
        w.save_layout()


def test_marking_from_the_keyboard_keeps_every_row_in_place(qtbot, journal):
    """Review 5 finding 5: S re-sorted the list at once (the marked row jumped to the sent
    group, the selection with it), so S, Down, S… skipped people. The rows stay in place
    while marks change (a change of year or of who is listed sorts them again)."""
    from PySide6.QtCore import Qt

    from kizuna_desktop.services import nengajo

    nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
    v = w.new_year
    v.year.setValue(nj.YEAR)
    qtbot.waitUntil(lambda: v.table.rowCount() == 6)
    try:
        order = [r.key for r in v.rows]
        to_print = [r.key for r in v.found.to_print]
        assert len(to_print) >= 3
        v.table.setFocus()
        v.table.selectRow(0)
        for _ in to_print:  # S, Down, S, Down… over the cards to print
            qtbot.keyClick(v.table, Qt.Key.Key_S)
            qtbot.keyClick(v.table, Qt.Key.Key_Down)
        assert [r.key for r in v.rows] == order
        marked = {r.key for r in nengajo.new_year_list(journal, nj.YEAR).sent}
        assert marked == set(to_print)  # each of them, none skipped
        v.table.selectRow(0)
        qtbot.keyClick(v.table, Qt.Key.Key_S)  # the first one back to "not sent"
        assert [r.key for r in v.rows] == order
    finally:
        v.parentWidget().hide()
        w.save_layout()


def test_onchu_is_offered_only_for_a_contact_with_a_company(qtbot, journal):
    """Review 5 finding 6: the 御中 box could be ticked for a person with no company; Apply
    said "Saved" and the card still read 高橋 三郎 様."""
    ids = nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
    v = w.new_year
    v.year.setValue(nj.YEAR)
    qtbot.waitUntil(lambda: v.table.rowCount() == 6)
    try:
        row = {r.contact_id: i for i, r in enumerate(v.rows)}
        v.table.selectRow(row[ids["sato"]])  # a home address, no company
        assert not v.onchu.isEnabled()
        v.table.selectRow(row[ids["yamada"]])  # 三星商事株式会社 営業部 部長
        assert v.onchu.isEnabled()
    finally:
        v.parentWidget().hide()
        w.save_layout()
