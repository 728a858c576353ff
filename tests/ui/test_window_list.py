"""The contacts list's smaller points (issue 18.11): sorting by a header click, the
Latin-first header, Japanese position order, the organisation filter in the order shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kizuna_desktop.ui.main_window import MainWindow


def column(w, col: int) -> list[str]:
    m = w.contacts.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def test_header_clicks_sort_and_name_ascending_is_the_list_order(qtbot, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    header = w.contacts.view.horizontalHeader()
    listed = [c.id for c in w.contacts.model.rows]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionPosition(1) + 10, 5))  # "Reading"
    readings = [r for r in column(w, 1) if r]
    assert readings == sorted(readings)
    assert header.sortIndicatorSection() == 1
    w.contacts.model.sort(3, Qt.SortOrder.AscendingOrder)  # fewest days first ("3 d")
    days = [c.last_interaction_at for c in w.contacts.model.rows if c.last_interaction_at]
    assert days == sorted(days, reverse=True)
    assert w.contacts.model.rows[-1].last_interaction_at is None or len(days) == len(
        w.contacts.model.rows)  # never met: last
    w.contacts.model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [c.id for c in w.contacts.model.rows] == listed[::-1]
    w.contacts.model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [c.id for c in w.contacts.model.rows] == listed
    # A new search keeps the chosen order.
    w.contacts.model.sort(1, Qt.SortOrder.DescendingOrder)
    w.contacts.refresh()
    readings = [r for r in column(w, 1) if r]
    assert readings == sorted(readings, reverse=True)


def test_latin_first_header_japanese_position_order_and_organisation_filter(qtbot,
                                                                         demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    m = w.contacts.model
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Reading"
    roles = column(w, 2)
    assert "三星商事株式会社 部長" in roles  # company then title, as Japanese reads
    w.latin_first_action.trigger()
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Name as written"
    org = w.contacts.org
    shown = [org.itemText(i) for i in range(1, org.count())]
    assert shown == sorted(shown, key=str.casefold)
