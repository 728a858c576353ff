"""Fourth fresh-eyes review of Meetings ahead (issue 23), finding 13: a re-import of a
calendar with nothing new pushed an empty "Calendar import (0 meetings)" undo step."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 6, 0, 0, tzinfo=UTC)


def test_an_unchanged_re_import_is_no_undo_step(qtbot, journal, tmp_path):
    from kizuna_desktop.ui.main_window import MainWindow
    from tests.ui.test_meetings_view import DAY, settle

    cs.people(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    view = w.meetings
    view.now_fn, view.tz, view.quiet = (lambda: NOW), TOKYO, True
    settle(qtbot, view)
    path = tmp_path / "day.ics"
    path.write_bytes(DAY.replace("\n", "\r\n").encode())
    for _ in range(2):
        with qtbot.waitSignal(view.import_finished, timeout=60_000):
            view.import_calendar(path, ask=False)
    assert w.undo_stack.count() == 1
    assert w.undo_stack.undoText() == "Calendar import (3 meetings)"


def test_ignore_is_undone_and_redone(qtbot, journal):
    """10: a mis-click on Ignore hid that address at every meeting and on every later
    import, with no way back."""
    from kizuna_desktop.services import calendar_import, meetings
    from kizuna_desktop.ui.main_window import MainWindow
    from tests.ui.test_meetings_view import DAY, settle

    cs.people(journal)
    calendar_import.import_calendar(journal, DAY.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    view = w.meetings
    view.now_fn, view.tz, view.quiet = (lambda: NOW), TOKYO, True
    view.refresh()
    settle(qtbot, view)
    guest = meetings.pending_guests(journal, NOW)[0]
    assert guest.label == "Pat Unknown <pat@unknown.example.org>"
    assert view.select_guest(guest.id)
    view.ignore()
    settle(qtbot, view)
    assert meetings.pending_guests(journal, NOW) == []
    assert w.undo_stack.undoText() == "Ignore Pat Unknown <pat@unknown.example.org>"
    w.undo_stack.undo()
    settle(qtbot, view)
    assert [g.id for g in meetings.pending_guests(journal, NOW)] == [guest.id]
    assert view.select_guest(guest.id)  # asked about again in the view
    w.undo_stack.redo()
    assert meetings.pending_guests(journal, NOW) == []


def test_the_status_line_names_the_meeting_under_way(qtbot, journal):
    """12b: at 10:30 during the 10:00-11:00 review the line said only "Next meeting in 2 h:
    Lunch…"."""
    from datetime import timedelta

    from kizuna_desktop.services import calendar_import
    from kizuna_desktop.ui.meetings_view import MeetingsView
    from tests.ui.test_meetings_view import DAY, settle

    cs.people(journal)
    calendar_import.import_calendar(journal, DAY.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    view = MeetingsView(journal)
    qtbot.addWidget(view)
    view.tz, view.quiet = TOKYO, True
    view.now_fn = lambda: NOW + timedelta(hours=1, minutes=30)  # 10:30 in Tokyo
    view.refresh()
    settle(qtbot, view)
    assert view.status_text == ("Now: Distributor review until 11:00 JST; then Lunch with "
                                "Satō-san in 2 h")
    view.now_fn = lambda: NOW  # 09:00: nothing under way
    view.refresh()
    settle(qtbot, view)
    assert view.status_text.startswith("Next meeting in 1 h: Distributor review")


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_create_contact_asks_first_when_contacts_of_that_name_exist(qtbot, journal, answer):
    """10b: the import left "田中 一郎 <tanaka@unknown.jp>" unmatched because two contacts
    have that name; Create contact then made a third one without a word."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from kizuna_desktop.services import calendar_import, contacts, meetings, search
    from kizuna_desktop.ui.meetings_view import MeetingsView
    from tests.ui.test_meetings_view import settle

    cs.people(journal)
    for _ in range(2):
        contacts.create(journal, contacts.ContactInput(family_name="田中", given_name="一郎"))
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:t@example.jp\n"
           "DTSTAMP:20310301T000000Z\nDTSTART;TZID=Asia/Tokyo:20310306T100000\n"
           "DTEND;TZID=Asia/Tokyo:20310306T110000\nSUMMARY:Review\n"
           "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp\n"
           "ATTENDEE;CN=田中 一郎:mailto:tanaka@unknown.jp\nEND:VEVENT\nEND:VCALENDAR\n")
    calendar_import.import_calendar(journal, ics.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    view = MeetingsView(journal)
    qtbot.addWidget(view)
    view.now_fn, view.tz, view.quiet = (lambda: NOW), TOKYO, True
    view.refresh()
    settle(qtbot, view)
    guest = meetings.pending_guests(journal, NOW)[0]
    assert view.select_guest(guest.id)
    before = search.count(journal, search.ContactFilter(include_archived=True))
    seen = []

    def reply():
        box = getattr(view, "confirm_box", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(30, reply)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes if answer == "yes"
                   else QMessageBox.StandardButton.No).click()

    QTimer.singleShot(30, reply)
    made = view.create_contact()
    assert seen and seen[0].startswith("2 contact(s) already named “田中 一郎”")
    after = search.count(journal, search.ContactFilter(include_archived=True))
    if answer == "yes":
        assert made is not None and after == before + 1
    else:
        assert made is None and after == before
