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
