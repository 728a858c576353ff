"""The Meetings ahead view's work off the UI thread, and its undo (issue 23, third round):
a refresh and the minute's tick run no SQL on the UI thread; a 5,000-event calendar is
imported behind a progress dialog whose Cancel writes nothing; in the window a calendar
import and "How did it go?" are each undone by Ctrl+Z and done again by redo."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import event, func, select

from kizuna_desktop.services import calendar_import, meetings
from kizuna_desktop.store.models import FollowUp, Interaction
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.meetings_view import MeetingsView
from tests.services import calendar_samples as cs
from tests.ui.test_meetings_view import DAY, NOW, TOKYO, settle

SHOTS = Path("/tmp/meetings3-shots")


def _count(journal, model=Interaction) -> int:
    with journal.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def big_calendar(n: int) -> bytes:
    """``n`` meetings three minutes apart from NOW (all within the 14 days imported), each
    with Yamada and one of 40 strangers."""
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kizuna tests//EN",
           "X-WR-TIMEZONE:Asia/Tokyo"]
    for i in range(n):
        t = NOW + timedelta(hours=1, minutes=3 * i)
        out += ["BEGIN:VEVENT", f"UID:big-{i}@example.jp", "DTSTAMP:20310301T000000Z",
                f"DTSTART:{t:%Y%m%dT%H%M%SZ}",
                f"DTEND:{t + timedelta(minutes=30):%Y%m%dT%H%M%SZ}", f"SUMMARY:Meeting {i}",
                "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp",
                f"ATTENDEE;CN=Guest {i % 40}:mailto:guest{i % 40}@example.org", "END:VEVENT"]
    out.append("END:VCALENDAR")
    return ("\r\n".join(out) + "\r\n").encode()


class _Threads:
    """Which threads ran SQL on the journal (a listener on its real engine)."""

    def __init__(self, journal):
        self.ui: list[str] = []
        self.other = 0
        self.main = threading.main_thread()
        self.engine = journal.engine
        event.listen(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, *args) -> None:
        if threading.current_thread() is self.main:
            self.ui.append(statement)
        else:
            self.other += 1

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


@pytest.fixture
def view(qtbot, journal):
    cs.people(journal)
    calendar_import.import_calendar(journal, DAY.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    v = MeetingsView(journal)
    v.now_fn, v.tz, v.quiet = (lambda: NOW), TOKYO, True
    qtbot.addWidget(v)
    settle(qtbot, v)
    v.refresh()
    settle(qtbot, v)
    return v


def test_refresh_and_tick_run_no_sql_on_the_ui_thread(view, qtbot):
    threads = _Threads(view.journal)
    try:
        for step in (view.refresh, view.tick, view.ask_reviews):
            with qtbot.waitSignal(view.refreshed, timeout=20_000):
                step()
            settle(qtbot, view)
    finally:
        threads.close()
    assert threads.ui == []
    assert threads.other > 0  # the queries ran, in the background
    assert [m.title for m in view.meetings][:2] == ["Distributor review", "Lunch with Satō-san"]


def test_a_refresh_asked_while_one_runs_shows_the_newest_state(view, qtbot):
    view.refresh()
    assert view.loading
    meetings.dismiss_review(view.journal, view.meetings[0].id)  # any write, then
    from kizuna_desktop.services import interactions

    interactions.delete(view.journal, view.meetings[0].id)
    view.refresh()  # asked while the first runs: it runs after it
    settle(qtbot, view)
    assert [m.title for m in view.meetings][0] == "Lunch with Satō-san"


def test_a_large_calendar_shows_progress_and_cancel_writes_nothing(view, qtbot, tmp_path):
    path = tmp_path / "big.ics"
    path.write_bytes(big_calendar(5000))
    before = _count(view.journal)
    view.import_calendar(path, ask=False)
    assert view.importing and view.progress is not None
    assert view.progress.labelText() == "Reading the calendar…"  # while the file is read
    # the events are being written: the dialog counts them
    qtbot.waitUntil(lambda: view.progress is not None and view.progress.value() >= 100,
                    timeout=60_000)
    assert view.progress.maximum() == 5000
    assert "of 5000 events" in view.progress.labelText()
    assert view.progress.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.progress.grab().save(str(SHOTS / "import-progress.png"))
    cancel = view.progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(view.import_finished, timeout=60_000) as sig:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert sig.args == [None]
    assert not view.importing and view.progress is None
    assert _count(view.journal) == before  # nothing written


def test_a_small_import_finishes_with_its_report(view, qtbot, tmp_path):
    path = tmp_path / "small.ics"
    path.write_bytes(big_calendar(30))
    with qtbot.waitSignal(view.import_finished, timeout=60_000) as sig:
        view.import_calendar(path, ask=False)
    report = sig.args[0]
    assert len(report.created) == 30
    settle(qtbot, view)
    assert sum(m.title.startswith("Meeting ") for m in view.meetings) == 30


@pytest.fixture
def window(qtbot, journal):
    cs.people(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    v = w.meetings
    v.now_fn, v.tz, v.quiet = (lambda: NOW), TOKYO, True
    settle(qtbot, v)
    return w, v


def test_calendar_import_is_undone_and_redone(window, qtbot, tmp_path):
    w, view = window
    path = tmp_path / "day.ics"
    path.write_bytes(DAY.replace("\n", "\r\n").encode())
    with qtbot.waitSignal(view.import_finished, timeout=60_000):
        view.import_calendar(path, ask=False)
    settle(qtbot, view)
    assert len(view.meetings) == 3 and _count(w.journal) == 3
    assert w.undo_stack.undoText() == "Calendar import (3 meetings)"
    w.undo_stack.undo()
    assert _count(w.journal) == 0
    settle(qtbot, view)
    assert view.meetings == []
    w.undo_stack.redo()
    assert _count(w.journal) == 3
    settle(qtbot, view)
    assert [m.title for m in view.meetings] == ["Distributor review", "Lunch with Satō-san",
                                                "Call with the Hannover fair team"]
    # the same ids and attendees as the import made
    assert {a.name for a in view.meetings[0].attendees} == {"山田 太郎", "鈴木 花子"}


def test_re_import_undone_puts_the_earlier_meetings_back(window, qtbot, tmp_path):
    w, view = window
    calendar_import.import_calendar(w.journal, DAY.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    moved = DAY.replace("SUMMARY:Distributor review", "SUMMARY:Distributor review (moved)") \
        .replace("DTSTAMP:20310301T000000Z\nDTSTART;TZID=Asia/Tokyo:20310306T100000",
                 "DTSTAMP:20310302T000000Z\nDTSTART;TZID=Asia/Tokyo:20310306T103000")
    path = tmp_path / "moved.ics"
    path.write_bytes(moved.replace("\n", "\r\n").encode())
    with qtbot.waitSignal(view.import_finished, timeout=60_000) as sig:
        view.import_calendar(path, ask=False)
    assert len(sig.args[0].updated) == 1
    first = meetings.ahead(w.journal, 7, NOW, TOKYO)[0]
    assert first.title == "Distributor review (moved)" and first.start.hour == 10 \
        and first.start.minute == 30
    w.undo_stack.undo()
    first = meetings.ahead(w.journal, 7, NOW, TOKYO)[0]
    assert first.title == "Distributor review" and first.start.minute == 0


def test_how_did_it_go_is_undone_and_redone(window, qtbot):
    w, view = window
    calendar_import.import_calendar(w.journal, DAY.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    view.now_fn = lambda: NOW + timedelta(hours=2, minutes=5)  # the review is over
    view.tick()
    settle(qtbot, view)
    dialog = view.review_dialog
    assert dialog is not None and dialog.meeting.title == "Distributor review"
    dialog.notes.setPlainText("Agreed on the Q2 plan.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    mid = dialog.meeting.id
    assert meetings.get(w.journal, mid).notes == "Agreed on the Q2 plan."
    assert _count(w.journal, FollowUp) == 2
    assert w.undo_stack.undoText() == "How did it go? “Distributor review”"
    w.undo_stack.undo()
    m = meetings.get(w.journal, mid)
    assert m.notes == "" and not m.reviewed and _count(w.journal, FollowUp) == 0
    due = meetings.due_reviews(w.journal, datetime(2031, 3, 6, 2, 5, tzinfo=UTC))
    assert [d.id for d in due] == [mid]  # asked about again
    w.undo_stack.redo()
    m = meetings.get(w.journal, mid)
    assert m.notes == "Agreed on the Q2 plan." and m.reviewed
    with w.journal.session() as s:
        titles = list(s.scalars(select(FollowUp.title)))
    assert titles == ["Thank-you note for “Distributor review”"] * 2


@pytest.mark.parametrize("answer", ["ok", "cancel"])
def test_the_import_says_what_it_would_do_first(window, qtbot, tmp_path, answer):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    w, view = window
    path = tmp_path / "day.ics"
    path.write_bytes(DAY.replace("\n", "\r\n").encode())
    seen = []

    def answer_when_shown():
        box = getattr(view, "confirm_box", None)
        if box is not None and box.isVisible():
            seen.append(box.text())
            button = QMessageBox.StandardButton.Ok if answer == "ok" else \
                QMessageBox.StandardButton.Cancel
            box.button(button).click()
        else:
            QTimer.singleShot(50, answer_when_shown)

    QTimer.singleShot(50, answer_when_shown)
    with qtbot.waitSignal(view.import_finished, timeout=60_000) as sig:
        view.import_calendar(path, ask=True)
    assert seen and seen[0].startswith("Would import 3 new and 0 updated meetings")
    if answer == "ok":
        assert len(sig.args[0].created) == 3 and _count(w.journal) == 3
    else:
        assert sig.args == [None] and _count(w.journal) == 0
