"""The cold start (issue 18 leftovers): what is not on the first screen is not read or built
until it is wanted: the New Year cards dock on first show, the tag and organisation filters'
choices on first use, and the list's first page is read once."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget
from sqlalchemy import event

from kizuna_desktop.services import organizations
from kizuna_desktop.ui.main_window import MainWindow


def test_new_year_dock_is_built_when_first_shown_into_its_announced_dock(qtbot,
                                                                         demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    assert w.new_year is None  # nothing of it built at start-up
    action = next(a for a in w.view_menu.actions() if a.text() == "New Year cards")
    assert action.shortcut().toString() == "Ctrl+Shift+Y"
    docks = [d for d in w.findChildren(QDockWidget) if d.objectName() == "view-New Year cards"]
    assert len(docks) == 1 and docks[0].widget() is None
    action.trigger()
    assert w.new_year is not None
    assert docks[0].widget() is w.new_year and docks[0].isVisible()
    assert w.views["New Year cards"] is w.new_year
    assert [d for d in w.findChildren(QDockWidget)
            if d.objectName() == "view-New Year cards"] == docks  # no second dock
    action.trigger()  # hidden and shown again: the same view, not a new one
    action.trigger()
    assert docks[0].widget() is w.views["New Year cards"]
    docks[0].hide()  # the layout saved on closing leaves it closed for the next test


def test_new_year_dock_open_at_last_close_is_built_at_the_next_start(qtbot, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    dock = next(d for d in w.findChildren(QDockWidget)
                if d.objectName() == "view-New Year cards")
    dock.show()  # (the menu entry toggles: the layout of an earlier test may have it open)
    assert w.new_year is not None
    w.close()  # saves the layout with the dock open
    again = MainWindow(demo_journal)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.new_year is not None)
    assert again.new_year.isVisible()
    again.new_year.parent().hide()  # the saved layout leaves it closed for the next test


def test_filter_choices_are_read_on_first_use_and_follow_changes(qtbot, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    org = w.contacts.org
    assert org.count() == 1 and org.currentText() == "All organisations"  # as the screen shows
    org.showPopup()  # a click on it
    org.hidePopup()
    names = [org.itemText(i) for i in range(1, org.count())]
    expected = sorted((o.both_names for o in organizations.list_all(demo_journal)),
                      key=str.casefold)
    assert names == expected and len(names) > 3
    tag = w.contacts.tag
    assert tag.count() == 1
    tag.setFocus()
    qtbot.waitUntil(lambda: tag.count() > 1)  # the keyboard reaches it: read then
    assert tag.itemText(1).startswith("#")
    org.setCurrentIndex(2)
    chosen = org.currentData()
    organizations.create(demo_journal, organizations.OrganizationInput(name_ja="絆新規株式会社"))
    w.contacts.refresh()  # as after a change
    assert org.currentData() == chosen  # the choice stays across a reload
    assert any("絆新規株式会社" in org.itemText(i) for i in range(org.count()))


def test_the_first_page_of_the_list_is_read_once_at_start(qtbot, demo_journal):
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if "FROM contacts" in statement and "LIMIT" in statement:
            statements.append(statement)

    engine = demo_journal.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        w = MainWindow(demo_journal)
        qtbot.addWidget(w)
        w.show()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    pages = [s for s in statements if "ORDER BY contacts.sort_rank" in s]  # the list's
    assert len(pages) == 1, pages
