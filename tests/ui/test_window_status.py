"""The status bar (issue 18 leftovers): the temporary message is laid out apart from the
permanent counts; a long one is elided with the whole of it in the tooltip."""

from __future__ import annotations

from kizuna_desktop.ui.main_window import MainWindow


def test_a_long_message_never_runs_into_the_counts(qtbot, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    long = "Imported 1,234 contacts from a file with a very long name " * 4
    w.statusBar().showMessage(long, 8000)
    msg, counts = w.message_line, w.status_line
    qtbot.waitUntil(lambda: msg.message == long)
    assert msg.isVisible() and counts.isVisible()
    assert msg.geometry().right() < counts.geometry().left()  # apart, not over each other
    assert msg.text() != long and msg.text().endswith("…")  # elided to its width
    assert msg.toolTip() == long  # the whole message
    short = "Done: Log meeting"
    w.statusBar().showMessage(short, 8000)
    assert msg.text() == short and msg.toolTip() == ""
    w.statusBar().clearMessage()
    assert msg.text() == "" and counts.text()
