"""A search typed just before the journal is closed (another journal opened, the window
closing): the typing pause ends on a closed journal, and the list is left as it was instead
of an error in the event loop (seen once in a clean-clone CI at the window tests' teardown)."""

from __future__ import annotations

from kizuna_desktop.ui.main_window import MainWindow


def test_the_typing_pause_ending_after_the_journal_closed_does_nothing(qtbot, demo_path):
    from kizuna_desktop.store import Journal

    journal = Journal.open(demo_path)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    rows = w.contacts.model.rowCount()
    qtbot.keyClicks(w.contacts.search, "yamada")
    assert w.contacts._debounce.isActive()
    journal.close()
    qtbot.waitUntil(lambda: not w.contacts._debounce.isActive(), timeout=5000)
    assert w.contacts.model.rowCount() == rows  # (an error here fails the test: pytest-qt)
    w.close()
