"""The Meetings ahead view in the main window: View > Meetings ahead (Ctrl+Shift+E) shows its
dock, the status bar says how long until the next meeting and where, and a change made
elsewhere in the window (a new follow-up) reaches the view's cards."""

from __future__ import annotations

from datetime import date

from kizuna_desktop.services import calendar_import, followups
from kizuna_desktop.ui.main_window import MainWindow
from tests.services import calendar_samples as cs
from tests.ui.test_meetings_view import DAY, NOW, SHOTS, TOKYO, settle


def test_view_menu_status_line_and_changes(qtbot, journal):
    ids = cs.people(journal)
    calendar_import.import_calendar(journal, DAY.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    view = w.meetings
    view.now_fn, view.tz = (lambda: NOW), TOKYO
    view.refresh()
    settle(qtbot, view)
    w.resize(1500, 860)
    w.show()
    action = [a for a in w.view_menu.actions() if a.text() == "Meetings ahead"][0]
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    qtbot.waitUntil(lambda: view.isVisible())
    assert view.status_label.text() == ("Next meeting in 1 h: Distributor review at "
                                        "三星商事 本社 5F")
    assert view.status_label.isVisible()
    followups.create(journal, followups.FollowUpInput(
        contact_id=ids["sato"], title="Send the catalogue", due_date=date(2031, 3, 10)))
    w.notify(frozenset({"followups"}), None)
    settle(qtbot, view)
    lunch = [m for m in view.meeting_items() if m.text(1).startswith("Lunch")][0]
    assert "1 open promise" in lunch.child(0).text(3)
    SHOTS.mkdir(parents=True, exist_ok=True)
    w.grab().save(str(SHOTS / "window-meetings.png"))
