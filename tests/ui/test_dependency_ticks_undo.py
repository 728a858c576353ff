"""The dependency checklist in the window (review 6, finding 5): unticking a warning sign by
mistake is undone with Ctrl+Z in the dialog, and the tick comes back with its own date (it
used to be gone for good); each tick and untick is a named step of the window's undo stack."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kizuna_desktop.services import dependency
from kizuna_desktop.text import zones
from kizuna_desktop.ui import dependency_view
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.organizations_view import OrganizationsView
from tests.services import network_journal as nj


def _sign(journal, org: int, key: str) -> dependency.Sign:
    return next(s for s in dependency.signs(journal, org) if s.key == key)


def test_an_untick_by_mistake_is_undone_with_its_date(qtbot, journal):
    ids = nj.build(journal)
    dependency.tick(journal, ids.hokuto, "one_person", on=date(2026, 11, 30))
    w = MainWindow(journal)
    qtbot.addWidget(w)
    orgs = OrganizationsView(w)
    qtbot.addWidget(orgs)
    orgs.select(ids.hokuto)
    [dep_button] = [b for b in orgs.findChildren(dependency_view.QPushButton)
                    if b.text() == "Dependency…"]
    dep_button.click()
    dlg = orgs.last_network_dialog
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.dates["one_person"].text() == "ticked 2026-11-30"
    dlg.checks["one_person"].setChecked(False)  # by mistake
    assert not _sign(journal, ids.hokuto, "one_person").checked
    assert w.undo_stack.undoText() == "Untick a warning sign"
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.keyClick(dlg, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = _sign(journal, ids.hokuto, "one_person")
    assert (back.checked, back.checked_on) == (True, date(2026, 11, 30))
    assert dlg.checks["one_person"].isChecked()
    assert dlg.dates["one_person"].text() == "ticked 2026-11-30"
    # redo unticks again; a new tick is dated today, and undone leaves it unticked
    qtbot.keyClick(dlg, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not _sign(journal, ids.hokuto, "one_person").checked
    assert not dlg.checks["one_person"].isChecked()
    dlg.checks["no_business_review"].setChecked(True)
    assert _sign(journal, ids.hokuto, "no_business_review").checked_on == zones.today()
    assert w.undo_stack.undoText() == "Tick a warning sign"
    w.undo_stack.undo()
    assert not _sign(journal, ids.hokuto, "no_business_review").checked
    assert not dlg.checks["no_business_review"].isChecked()


def test_the_figures_are_read_off_the_ui_thread(qtbot, journal, monkeypatch):
    """The dialog and the organisation's paths read in the background (review 6): the
    checklist is there at once, the figures and chains when read."""
    import threading

    from kizuna_desktop.services import network

    ids = nj.build(journal)
    threads: list[str] = []
    real_analyse, real_paths = dependency.analyse, network.paths

    def analyse(*a, **kw):
        threads.append(threading.current_thread().name)
        return real_analyse(*a, **kw)

    def paths(*a, **kw):
        threads.append(threading.current_thread().name)
        return real_paths(*a, **kw)

    monkeypatch.setattr(dependency, "analyse", analyse)
    monkeypatch.setattr(network, "paths", paths)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    orgs = OrganizationsView(w)
    qtbot.addWidget(orgs)
    orgs.select(ids.hokuto)
    dep_button, intro_button = [b for b in orgs.findChildren(dependency_view.QPushButton)
                                if b.text() in ("Dependency…", "Who can introduce me…")]
    dep_button.click()
    dlg = orgs.last_network_dialog
    assert len(dlg.checks) == 5  # the checklist at once
    qtbot.waitUntil(lambda: dlg.data is not None)
    assert dlg.heading.text() == "Partner dependency: 北斗商会"
    assert dlg.export_button.isEnabled()
    orgs.select(ids.shirasagi)
    intro_button.click()
    p = orgs.last_network_dialog
    qtbot.waitUntil(lambda: p.found is not None)
    assert p.tree.topLevelItem(0).text(0) == "you → 井上 真一 → 上田 香織"
    assert threads and threading.main_thread().name not in threads


def test_a_tick_is_dated_the_day_it_was_seen(qtbot, journal):
    """The window dates a tick as the CLI's --on does: the day in the row's date field
    (today unless changed, never after today); changing it re-dates the tick, one undo step."""
    from PySide6.QtCore import QDate

    ids = nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    orgs = OrganizationsView(w)
    qtbot.addWidget(orgs)
    orgs.select(ids.hokuto)
    [dep_button] = [b for b in orgs.findChildren(dependency_view.QPushButton)
                    if b.text() == "Dependency…"]
    dep_button.click()
    dlg = orgs.last_network_dialog
    seen = dlg.seen_on["no_business_review"]
    today = zones.today()
    assert seen.date() == QDate(today.year, today.month, today.day) == seen.maximumDate()
    seen.setDate(QDate(2026, 11, 20))  # not ticked: nothing written
    assert not _sign(journal, ids.hokuto, "no_business_review").checked
    dlg.checks["no_business_review"].setChecked(True)
    assert _sign(journal, ids.hokuto, "no_business_review").checked_on == date(2026, 11, 20)
    assert dlg.dates["no_business_review"].text() == "ticked 2026-11-20"
    seen.setDate(QDate(2026, 11, 25))  # seen on another day, in fact
    assert _sign(journal, ids.hokuto, "no_business_review").checked_on == date(2026, 11, 25)
    w.undo_stack.undo()
    back = _sign(journal, ids.hokuto, "no_business_review")
    assert (back.checked, back.checked_on) == (True, date(2026, 11, 20))
    assert seen.date() == QDate(2026, 11, 20)
