"""The main window on a 1366 × 768 laptop and a 1920 × 1080 screen, in English and in
Japanese: the three panes get widths they can be read at (the contact list's every header
whole, the organisation column with room, the card and timeline, the follow-ups), by default;
a layout the user made by dragging a handle is kept, across a resize and a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kizuna_desktop import i18n
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.main_window import MainWindow

LAYOUT_KEYS = ("window/geometry", "window/state", "window/splitter", "window/card-splitter",
               "contacts/header")


@pytest.fixture(autouse=True)
def no_remembered_layout():
    """Qt keeps one settings file per process whatever XDG_CONFIG_HOME a test sets, and
    every window test saves its layout when it closes: each test here starts from none."""
    from kizuna_desktop.ui.journal_actions import settings

    def clear():
        s = settings()
        for key in LAYOUT_KEYS:
            s.remove(key)
        s.sync()
    clear()
    yield
    clear()


@pytest.fixture(params=["en", "ja"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def _window(qtbot, journal, width, height) -> MainWindow:
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitUntil(lambda: w.follow_ups.pane is not None, timeout=10_000)
    qtbot.waitUntil(lambda: w.splitter.width() >= width - 10, timeout=5000)
    return w


def _headers_whole(w: MainWindow) -> list[str]:
    """The contact list's columns narrower than their header text (the header is cut)."""
    view = w.contacts.view
    header = view.horizontalHeader()
    return [view.model().headerData(i, Qt.Orientation.Horizontal)
            for i in range(header.count()) if header.sectionSize(i) < header.sectionSizeHint(i)]


@pytest.mark.parametrize(("width", "height", "middle", "follow_ups"),
                         [(1366, 768, 400, 320), (1920, 1080, 600, 450)])
def test_each_pane_gets_a_usable_width(qtbot, demo_journal, language, width, height,
                                       middle, follow_ups):
    w = _window(qtbot, demo_journal, width, height)
    contacts, card_and_timeline, follow = w.splitter.sizes()
    assert card_and_timeline >= middle and follow >= follow_ups, w.splitter.sizes()
    assert contacts >= w.contacts.needed_width() or contacts >= 0.45 * width - 10
    assert not _headers_whole(w), _headers_whole(w)
    assert w.contacts.view.columnWidth(2) >= w.contacts.ORG_MIN - 5  # organisation's room
    # the longest health word is not cut ("× 疎遠になりつつある" in Japanese)
    fm = w.contacts.view.fontMetrics()
    words = {w.contacts.model.data(w.contacts.model.index(r, 4))
             for r in range(w.contacts.model.rowCount())}
    assert max(fm.horizontalAdvance(x) for x in words) < w.contacts.view.columnWidth(4)


def test_a_maximised_window_shares_its_width_by_the_same_rule(qtbot, demo_journal):
    w = _window(qtbot, demo_journal, 1280, 720)
    w.resize(1366, 740)  # maximised on the laptop: the panes follow, not the 1280 stretch
    qtbot.waitUntil(lambda: w.splitter.width() >= 1356, timeout=5000)
    assert w.splitter.sizes()[2] >= 320 and w.splitter.sizes()[1] >= 400


def test_a_dragged_layout_is_kept_across_a_resize_and_a_restart(qtbot, demo_path):
    """(At 790 pixels: the offscreen screen is 800 wide, and a restored geometry is kept
    on the screen.)"""
    j = Journal.open(demo_path)
    w = _window(qtbot, j, 790, 560)
    default = w.splitter.sizes()
    handle = w.splitter.handle(2)  # between the card and the follow-ups
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(handle, start + QPoint(30, 0))  # the card wider, the follow-ups less
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 0))
    qtbot.waitUntil(lambda: w.splitter.sizes()[2] < default[2] - 20, timeout=5000)
    dragged = w.splitter.sizes()
    w.resize(790, 500)  # a height change: the widths stay as dragged
    qtbot.waitUntil(lambda: w.height() == 500, timeout=5000)
    assert w.splitter.sizes() == dragged
    w.close()
    j.close()
    j2 = Journal.open(demo_path)
    w2 = MainWindow(j2)
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitUntil(lambda: w2.splitter.width() >= 780, timeout=5000)
    assert w2.splitter.sizes() == dragged
    w2.close()
    j2.close()


def test_the_first_window_is_no_taller_than_the_screens_free_height(qtbot, demo_journal,
                                                                    monkeypatch):
    """A 1366 × 768 laptop leaves about 728 pixels under its panel: the window's first
    height (800) would put the status bar below the screen's edge."""
    from PySide6.QtCore import QRect

    class Laptop:
        def availableGeometry(self):  # noqa: N802 - Qt's name
            return QRect(0, 0, 1366, 728)

    monkeypatch.setattr(MainWindow, "screen", lambda self: Laptop())
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    assert w.height() == 728 and w.width() == 1280
