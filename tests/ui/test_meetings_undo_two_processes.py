"""The undo of a calendar import beside another process on the same journal (issue 23, fourth
round): the import's snapshots are taken inside its own write transaction, so a write by
another process (here "How did it go?" answered in another window, a second real Journal on
the same file) lands either before the import (and undo puts it back as it was) or after it
(and undo, finding the meetings changed since, is refused): undo never throws it away.

The other process writes at the moment the old code had taken its "before" snapshot but not
yet begun writing: the import's first statement after its snapshot (its read of the user's
own addresses) starts process B's write and waits until B has written, or until the import
holds the write lock (then B waits for the import's commit)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event

from kizuna_desktop.services import calendar_import, meetings
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.main_window import MainWindow
from tests.services import calendar_samples as cs
from tests.ui.test_meetings_view import DAY, NOW, TOKYO, settle
from tests.ui.test_several_hands import _when_modal

NOTES = "Agreed on the Q2 plan (written in the other window)."
MOVED = DAY.replace("SUMMARY:Distributor review", "SUMMARY:Distributor review (moved)") \
    .replace("DTSTAMP:20310301T000000Z\nDTSTART;TZID=Asia/Tokyo:20310306T100000",
             "DTSTAMP:20310302T000000Z\nDTSTART;TZID=Asia/Tokyo:20310306T103000")


class _Between:
    """On the import's first read of the meishi profiles (the first statement of its write,
    after the snapshot): B's write starts in a thread of its own, and the import goes on once
    B has written or once the import holds the write lock itself."""

    def __init__(self, journal: Journal, write):
        self.engine, self.write = journal.engine, write
        self.started = threading.Event()
        self.written = threading.Event()
        self.error: list[BaseException] = []
        self.thread: threading.Thread | None = None
        self.lock_held_by_import: bool | None = None
        event.listen(self.engine, "before_cursor_execute", self._seen)

    def _b(self) -> None:
        try:
            self.write()
        except BaseException as e:  # noqa: BLE001 - reported by the test
            self.error.append(e)
        finally:
            self.written.set()

    def _seen(self, conn, cursor, statement, *args) -> None:
        if self.started.is_set() or "FROM meishi_profiles" not in statement or \
                threading.current_thread() is threading.main_thread():
            return
        self.started.set()
        self.lock_held_by_import = conn.connection.dbapi_connection.in_transaction
        self.thread = threading.Thread(target=self._b)
        self.thread.start()
        if not self.lock_held_by_import:
            self.written.wait(timeout=30)  # B writes now, between snapshot and write

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)
        if self.thread is not None:
            self.thread.join(timeout=30)


@pytest.fixture
def two(qtbot, tmp_path):
    a = Journal.open(tmp_path / "shared.kizuna")
    cs.people(a)
    calendar_import.import_calendar(a, DAY.replace("\n", "\r\n").encode(), days=7, now=NOW,
                                    tz=TOKYO, apply=True)
    b = Journal.open(a.path)  # another process's journal on the same file
    w = MainWindow(a)
    qtbot.addWidget(w)
    v = w.meetings
    v.now_fn, v.tz, v.quiet = (lambda: NOW), TOKYO, True
    settle(qtbot, v)
    yield w, v, a, b
    b.close()
    a.close()


def test_undo_of_an_import_leaves_another_process_s_write_alone(two, qtbot, tmp_path):
    w, view, a, b = two
    review = next(m for m in meetings.ahead(a, 7, NOW, TOKYO) if m.title == "Lunch with Satō-san")
    between = _Between(a, lambda: meetings.review(b, review.id, NOTES, thank_you=False))
    path = tmp_path / "moved.ics"
    path.write_bytes(MOVED.replace("\n", "\r\n").encode())
    try:
        with qtbot.waitSignal(view.import_finished, timeout=60_000) as sig:
            view.import_calendar(path, ask=False)
    finally:
        between.close()
    assert between.started.is_set() and between.written.is_set() and not between.error
    assert len(sig.args[0].updated) == 1
    assert meetings.get(a, review.id).notes == NOTES  # B's answer is in the journal
    said: list[str] = []
    _when_modal(lambda box: (said.append(box.text()), box.accept()), delay=0)
    w.undo_stack.undo()
    # B wrote after the import's commit: undo finds the meetings changed since and is refused
    assert said and "was not done" in said[0] and "changed since" in said[0]
    assert meetings.get(a, review.id).notes == NOTES  # B's answer still there
    moved = next(m for m in meetings.ahead(a, 7, NOW, TOKYO) if m.title.startswith("Distrib"))
    assert moved.title == "Distributor review (moved)"  # nothing half undone
    assert between.lock_held_by_import  # the snapshot was taken under the import's lock


def test_a_write_by_another_process_before_the_import_is_kept_by_its_undo(two, qtbot,
                                                                          tmp_path):
    w, view, a, b = two
    review = next(m for m in meetings.ahead(a, 7, NOW, TOKYO) if m.title == "Lunch with Satō-san")
    meetings.review(b, review.id, NOTES, thank_you=False)  # B first, then the import
    path = tmp_path / "moved.ics"
    path.write_bytes(MOVED.replace("\n", "\r\n").encode())
    with qtbot.waitSignal(view.import_finished, timeout=60_000):
        view.import_calendar(path, ask=False)
    w.undo_stack.undo()  # the meetings as before the import: with B's answer
    assert meetings.get(a, review.id).notes == NOTES
    first = next(m for m in meetings.ahead(a, 7, NOW, TOKYO) if m.title.startswith("Distrib"))
    assert first.title == "Distributor review" and first.start.minute == 0
    w.undo_stack.redo()
    assert meetings.get(a, review.id).notes == NOTES
    first = next(m for m in meetings.ahead(a, 7, NOW, TOKYO) if m.title.startswith("Distrib"))
    assert first.title == "Distributor review (moved)"


def test_undo_checks_again_under_the_lock(two, qtbot, tmp_path):
    """The one look at those meetings is inside the restore's own write transaction (no
    other process can write between it and the write: the first look outside the lock
    was dropped as the same question asked twice, and a third reading after the write as
    well, to keep an undo of 5,000 meetings short): a change made before is found there."""
    w, view, a, b = two
    review = next(m for m in meetings.ahead(a, 7, NOW, TOKYO) if m.title == "Lunch with Satō-san")
    path = tmp_path / "moved.ics"
    path.write_bytes(MOVED.replace("\n", "\r\n").encode())
    with qtbot.waitSignal(view.import_finished, timeout=60_000):
        view.import_calendar(path, ask=False)
    command = w.undo_stack.command(w.undo_stack.index() - 1)
    look = command.state
    looks: list[bool] = []

    def counted():
        looks.append(True)
        return look()

    command.state = counted
    meetings.review(b, review.id, NOTES, thank_you=False)  # another process, before
    said: list[str] = []
    _when_modal(lambda box: (said.append(box.text()), box.accept()), delay=0)
    w.undo_stack.undo()
    assert said and "was not done" in said[0]
    assert len(looks) == 1  # once, under the lock
    assert meetings.get(a, review.id).notes == NOTES
    moved = next(m for m in meetings.ahead(a, 7, NOW, TOKYO) if m.title.startswith("Distrib"))
    assert moved.title == "Distributor review (moved)"
