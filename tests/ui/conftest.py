"""Fixtures shared by the window tests."""
from __future__ import annotations

import pytest

from kizuna_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_journal):
    """The main window on the demo journal, shown, its follow-ups pane filled (that pane is
    filled off the UI thread at start-up)."""
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.follow_ups.pane is not None, timeout=10_000)
    return w


@pytest.fixture
def active_window(qtbot, window):
    """The same window, also the active one (for tests of focus and keyboard paths)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window
