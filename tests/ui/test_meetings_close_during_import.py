"""Closing the Meetings ahead view, or the window (the app quitting), while a calendar import
runs in the background (issue 23, fourth round): the work stops at its next look (between
events, or between chunks of the file being parsed), writes nothing, and the thread pool the
app waits for on quitting is free at once, not when the 5,000 events would have been done.
A view only hidden behind another dock's tab keeps importing."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDockWidget
from sqlalchemy import func, select

from kizuna_desktop.store.models import Interaction, MeetingGuest
from kizuna_desktop.ui.journal_actions import settings
from kizuna_desktop.ui.main_window import MainWindow
from tests.services import calendar_samples as cs
from tests.ui.test_meetings_background import big_calendar
from tests.ui.test_meetings_view import NOW, TOKYO, settle

PROMPT_MS = 5_000  # the whole import of 5,000 events takes 16-40 s here


def _count(journal, model=Interaction) -> int:
    with journal.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def big(tmp_path):
    path = tmp_path / "big.ics"
    path.write_bytes(big_calendar(5000))
    return path


@pytest.fixture
def window(qtbot, journal):
    cs.people(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    v = w.meetings
    v.now_fn, v.tz, v.quiet = (lambda: NOW), TOKYO, True
    dock = next(d for d in w.findChildren(QDockWidget) if d.widget() is v)
    dock.show()
    settle(qtbot, v)
    saved = settings().value("window/state")
    yield w, v, dock
    w.close()  # the docks shown and tabbed here are not the next test's layout (QSettings
    s = settings()  # is one file for the whole run)
    if saved is None:
        s.remove("window/state")
    else:
        s.setValue("window/state", saved)
    s.sync()


def _stopped_within(qtbot, view) -> float:
    """Milliseconds until the import's work has stopped (the pool the app waits for on
    quitting is free)."""
    t = time.perf_counter()
    assert QThreadPool.globalInstance().waitForDone(PROMPT_MS)
    elapsed = (time.perf_counter() - t) * 1000
    qtbot.waitUntil(lambda: not view.importing, timeout=10_000)
    return elapsed


def test_closing_the_view_while_meetings_are_written_stops_and_writes_nothing(
        window, qtbot, big):
    w, view, dock = window
    before = (_count(w.journal), _count(w.journal, MeetingGuest))
    with qtbot.waitSignal(view.import_finished, timeout=120_000) as sig:
        view.import_calendar(big, ask=False)
        qtbot.waitUntil(lambda: view.progress is not None and view.progress.value() >= 100,
                        timeout=120_000)  # writing the meetings
        dock.toggleViewAction().trigger()  # View > Meetings ahead: closed
        assert dock.isHidden()
        elapsed = _stopped_within(qtbot, view)
    assert sig.args == [None]  # cancelled, no report
    assert (_count(w.journal), _count(w.journal, MeetingGuest)) == before
    assert view.progress is None and not w.undo_stack.canUndo()
    print(f"stopped {elapsed:.0f} ms after the view was closed")


def test_closing_the_window_while_the_file_is_read_stops_at_once(window, qtbot, big):
    w, view, dock = window
    before = _count(w.journal)
    view.import_calendar(big, ask=False)
    assert view.importing and view.progress.labelText() == "Reading the calendar…"
    w.close()  # File > Quit: the app then waits for the thread pool
    elapsed = _stopped_within(qtbot, view)
    assert _count(w.journal) == before
    print(f"stopped {elapsed:.0f} ms after the window was closed")


def test_a_view_behind_another_tab_keeps_importing(window, qtbot, tmp_path):
    w, view, dock = window
    other = next(d for d in w.findChildren(QDockWidget) if d.widget() is w.network)
    other.show()
    w.tabifyDockWidget(dock, other)
    dock.raise_()
    qtbot.waitUntil(lambda: not view.visibleRegion().isEmpty(), timeout=5_000)
    path = tmp_path / "small.ics"
    path.write_bytes(big_calendar(600))
    seen: list[bool] = []
    dock.visibilityChanged.connect(seen.append)
    with qtbot.waitSignal(view.import_finished, timeout=120_000) as sig:
        view.import_calendar(path, ask=False)
        other.raise_()  # the Meetings tab behind the other one
        qtbot.waitUntil(lambda: False in seen and view.visibleRegion().isEmpty(),
                        timeout=5_000)  # out of sight
        assert dock.toggleViewAction().isChecked()
    assert sig.args[0] is not None and len(sig.args[0].created) == 600
    assert _count(w.journal) == 600


def test_a_view_deleted_while_importing_stops_its_work(qtbot, journal, big):
    """A view deleted without being closed first (another journal opened, the window torn
    down): the work stops too, and nothing reaches the deleted view."""
    from kizuna_desktop.ui.meetings_view import MeetingsView

    cs.people(journal)
    view = MeetingsView(journal)
    view.now_fn, view.tz, view.quiet = (lambda: NOW), TOKYO, True
    settle(qtbot, view)
    view.import_calendar(big, ask=False)
    qtbot.waitUntil(lambda: view.progress is not None and view.progress.value() >= 50,
                    timeout=120_000)
    gone: list[int] = []
    view.destroyed.connect(lambda *_: gone.append(1))
    view.deleteLater()
    qtbot.waitUntil(lambda: gone == [1], timeout=5_000)
    t = time.perf_counter()
    assert QThreadPool.globalInstance().waitForDone(PROMPT_MS)
    print(f"stopped {(time.perf_counter() - t) * 1000:.0f} ms after the view was deleted")
    assert _count(journal) == 0
