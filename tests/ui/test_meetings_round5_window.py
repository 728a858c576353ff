"""Fifth round of Meetings ahead (issue 23), the window: Create contact and Match… are steps
of the undo stack (review 4 finding 10, Ignore was already), the card column's count stays
visible in the narrow dock (finding 14), the weekday in the interface's language."""

from __future__ import annotations

from datetime import UTC, datetime

from kizuna_desktop.services import calendar_import, contacts, meetings
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs
from tests.ui.test_meetings_view import setup as setup  # noqa: F401 - the fixture

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 6, 0, 0, tzinfo=UTC)


def _window(qtbot, journal):
    from kizuna_desktop.ui.main_window import MainWindow
    from tests.ui.test_meetings_view import DAY, settle

    ids = cs.people(journal)
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
    return w, view, guest, ids


def _lunch(journal):
    return next(m for m in meetings.ahead(journal, 7, NOW, TOKYO)
                if m.title.startswith("Lunch"))


def test_create_contact_is_undone_and_redone(qtbot, journal):
    from tests.ui.test_meetings_view import settle

    w, view, guest, _ = _window(qtbot, journal)
    assert view.select_guest(guest.id)
    cid = view.create_contact(ask=False)
    settle(qtbot, view)
    assert w.undo_stack.undoText() == "Create contact for Pat Unknown <pat@unknown.example.org>"
    assert cid in [a.id for a in _lunch(journal).attendees]
    assert meetings.pending_guests(journal, NOW) == []
    w.undo_stack.undo()
    settle(qtbot, view)
    lunch = _lunch(journal)
    assert cid not in [a.id for a in lunch.attendees]
    assert [g.id for g in lunch.guests] == [guest.id]  # asked about again
    assert view.select_guest(guest.id)
    with journal.session() as s:
        from kizuna_desktop.store.models import Contact

        assert s.get(Contact, cid) is None  # the contact it made is gone
    w.undo_stack.redo()
    settle(qtbot, view)
    lunch = _lunch(journal)
    assert cid in [a.id for a in lunch.attendees]  # the same contact, back
    assert lunch.guests == []
    assert any(m.value == "pat@unknown.example.org" for m in contacts.get(journal, cid).methods)


def test_match_is_undone_and_redone(qtbot, journal):
    from tests.ui.test_meetings_view import settle

    w, view, guest, ids = _window(qtbot, journal)
    sato = ids["sato"]
    emails = [m.value for m in contacts.get(journal, sato).methods]
    assert view.select_guest(guest.id)
    assert view.match_by_hand(str(sato))
    settle(qtbot, view)
    assert w.undo_stack.undoText() == "Match Pat Unknown <pat@unknown.example.org>"
    assert "pat@unknown.example.org" in [m.value for m in contacts.get(journal, sato).methods]
    w.undo_stack.undo()
    settle(qtbot, view)
    lunch = _lunch(journal)
    assert [g.id for g in lunch.guests] == [guest.id]
    # Satō was at lunch before (matched by reading); the e-mail the match added is gone
    assert sato in [a.id for a in lunch.attendees]
    assert [m.value for m in contacts.get(journal, sato).methods] == emails
    w.undo_stack.redo()
    settle(qtbot, view)
    assert _lunch(journal).guests == []
    assert "pat@unknown.example.org" in [m.value for m in contacts.get(journal, sato).methods]


def test_match_undo_takes_the_contact_off_meetings_it_joined(qtbot, journal):
    from tests.ui.test_meetings_view import settle

    w, view, guest, ids = _window(qtbot, journal)
    suzuki = ids["suzuki"]
    assert suzuki not in [a.id for a in _lunch(journal).attendees]
    assert view.select_guest(guest.id)
    assert view.match_by_hand(str(suzuki))
    settle(qtbot, view)
    assert suzuki in [a.id for a in _lunch(journal).attendees]
    w.undo_stack.undo()
    settle(qtbot, view)
    assert suzuki not in [a.id for a in _lunch(journal).attendees]
    assert [g.id for g in _lunch(journal).guests] == [guest.id]


def test_narrow_view_keeps_the_attending_count(setup, qtbot):  # noqa: F811
    from tests.ui.test_meetings_view import settle

    view, _, _ = setup
    view.resize(513, 680)
    qtbot.waitUntil(lambda: view.tree.viewport().width() < 560)
    settle(qtbot, view)
    assert view.tree.isColumnHidden(3)
    first = view.meeting_items()[0]
    assert "2 attending" in first.text(1).replace("\n", " ")
    view.resize(1100, 680)
    qtbot.waitUntil(lambda: not view.tree.isColumnHidden(3))
    assert "attending" not in view.meeting_items()[0].text(1)
    assert view.meeting_items()[0].text(3) == "2 attending"


def test_weekday_in_japanese(qtbot):
    from kizuna_desktop import i18n
    from kizuna_desktop.ui.meetings_view import _day_name

    when = datetime(2026, 12, 7, 9, 0, tzinfo=zones.get("America/New_York"))
    try:
        i18n.use("ja")
        assert _day_name(when) == "12月7日(月)"
        i18n.use("en")
        assert _day_name(when) == "Mon 12-07"
    finally:
        i18n.use("en")



FAR = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n"
       "BEGIN:VEVENT\nUID:far@example.jp\nDTSTAMP:20310301T000000Z\n"
       "DTSTART;TZID=Asia/Tokyo:20310326T100000\nDTEND;TZID=Asia/Tokyo:20310326T110000\n"
       "SUMMARY:Far review\n"
       "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp\nEND:VEVENT\n"
       "BEGIN:VEVENT\nUID:solo@example.jp\nDTSTAMP:20310301T000000Z\n"
       "DTSTART;TZID=Asia/Tokyo:20310307T100000\nDTEND;TZID=Asia/Tokyo:20310307T110000\n"
       "SUMMARY:Dentist\nEND:VEVENT\nEND:VCALENDAR\n")


def test_the_window_import_takes_the_days_chosen_remembered(qtbot, journal, tmp_path):
    """8: the window always imported 14 days, and its confirmation told a window user that
    "--all imports them"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from kizuna_desktop.ui.meetings_view import MeetingsView
    from tests.ui.test_meetings_view import settle

    cs.people(journal)
    path = tmp_path / "far.ics"
    path.write_bytes(FAR.replace("\n", "\r\n").encode())
    view = MeetingsView(journal)
    qtbot.addWidget(view)
    view.now_fn, view.tz, view.quiet = (lambda: NOW), TOKYO, True
    settle(qtbot, view)
    assert view.days_box.value() == 14  # the CLI's default
    seen = []

    def reply():
        box = getattr(view, "confirm_box", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(30, reply)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(30, reply)
    with qtbot.waitSignal(view.import_finished, timeout=60_000):
        view.import_calendar(path)  # asks first: 14 days leave the 26th out
    assert "--all" not in seen[0]
    assert "“Also events without a contact” imports them" in seen[0]
    assert "Would import 0 new" in seen[0]
    view.days_box.setValue(30)
    view.all_box.setChecked(True)
    with qtbot.waitSignal(view.import_finished, timeout=60_000) as done:
        view.import_calendar(path, ask=False)
    assert sorted(done.args[0].created)[0].endswith("“Dentist”")
    assert len(done.args[0].created) == 2
    settle(qtbot, view)
    again = MeetingsView(journal)  # the next window: 30 days remembered
    qtbot.addWidget(again)
    assert again.days_box.value() == 30
    assert not again.all_box.isChecked()  # (asked each time: it imports strangers' events)
    settle(qtbot, again)
