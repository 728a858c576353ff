"""The circle view reads off the UI thread (review 6): the circle and the path search of
the selected contact (a good part of a second at 100,000 contacts) run on the thread pool,
and a contact selected meanwhile wins — the one asked for last is the one shown."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThreadPool

from kizuna_desktop.services import network
from kizuna_desktop.ui.main_window import MainWindow
from tests.services import network_journal as nj


def test_the_circle_is_read_off_the_ui_thread_and_the_last_asked_wins(qtbot, journal,
                                                                      monkeypatch):
    ids = nj.build(journal)
    threads: list[str] = []
    real_circle, real_paths = network.circle, network.paths

    def circle(*a, **kw):
        threads.append(threading.current_thread().name)
        return real_circle(*a, **kw)

    def paths(*a, **kw):
        threads.append(threading.current_thread().name)
        return real_paths(*a, **kw)

    monkeypatch.setattr(network, "circle", circle)
    monkeypatch.setattr(network, "paths", paths)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.network
    [action] = [a for a in w.view_menu.actions() if a.text() == "Circle and introductions"]
    if not view.isVisible():  # (the dock's state is kept between windows)
        action.trigger()
    qtbot.waitUntil(view.isVisible)
    w.card.show_contact(ids.aoki)
    w.card.show_contact(ids.ueda)  # at once: 上田 is the one asked for last
    qtbot.waitUntil(lambda: view.contact_id == ids.ueda, timeout=10_000)
    # every read done and delivered: 青木's, had it finished later, must not replace 上田
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0)
    QCoreApplication.processEvents()
    assert view.contact_id == ids.ueda
    assert view.title.text() == "Circle of 上田 香織"
    assert view.chains.topLevelItem(0).text(0) == "you → 井上 真一 → 上田 香織"
    assert threads and threading.main_thread().name not in threads
    action.trigger()  # the dock closed again, as the next window expects it
