"""A calendar import that can be stopped at any point (issue 23, fourth round): a large file
is parsed and expanded a chunk at a time, with a look at ``cancelled`` between chunks and
between events, and the result is the same as reading it whole; a cancel at any look writes
nothing; the undo snapshots are taken under the import's own write lock."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from kizuna_desktop.services import calendar_import as ci
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Interaction, JournalSetting
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO = zones.get("Asia/Tokyo")


def _window():
    first = cs.NOW.astimezone(TOKYO).date()
    lo = datetime.combine(first, time(0), TOKYO)
    return lo, lo + timedelta(days=30)


def _count(journal, model=Interaction) -> int:
    with journal.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _plain(events):
    return [(e.uid, e.recurrence_id, e.title, e.start, e.end, e.zone, e.all_day, e.status,
             [p.label for p in e.people]) for e in events]


@pytest.mark.parametrize("x_wr", [True, False])
def test_a_file_read_in_chunks_is_read_as_it_is_whole(monkeypatch, x_wr):
    """The samples (a weekly series with a moved and a cancelled instance, an all-day event,
    a Windows VTIMEZONE, UTC and floating times) with chunks of one and two events."""
    data = cs.calendar()
    if not x_wr:
        data = data.replace(b"X-WR-TIMEZONE:Asia/Tokyo\r\n", b"")
    lo, hi = _window()
    whole = ci.read(data, lo, hi, "Asia/Tokyo")
    assert len(whole[0]) >= 6
    for chunk in (1, 2):
        monkeypatch.setattr(ci, "CHUNK", chunk)
        got = ci.read(data, lo, hi, "Asia/Tokyo")
        assert _plain(got[0]) == _plain(whole[0])
        assert got[1:] == whole[1:]


def test_a_file_of_two_calendars_is_not_split_and_is_named(monkeypatch):
    monkeypatch.setattr(ci, "CHUNK", 1)
    data = cs.calendar()
    assert ci._event_blocks(data + data) is None  # read whole, as icalendar reads it
    lo, hi = _window()
    with pytest.raises(ci.CalendarError, match="not an iCalendar file that can be read"):
        ci.read(data + data, lo, hi, "Asia/Tokyo")


def test_a_cancel_at_any_look_writes_nothing(journal, tmp_path, monkeypatch):
    """``cancelled`` says yes at its k-th look, for every k an import makes (while parsing,
    expanding, between the events read or written, after the last snapshot): Cancelled,
    and the journal is as it was."""
    monkeypatch.setattr(ci, "CHUNK", 2)
    cs.people(journal)
    with Journal.open(tmp_path / "count.kizuna") as other:
        cs.people(other)
        looks: list[int] = []
        ci.import_calendar(other, cs.calendar(), days=30, now=cs.NOW, tz=TOKYO, apply=True,
                           undoable=True, cancelled=lambda: looks.append(1) or False)
    total = len(looks)
    assert total >= 12
    before = (_count(journal), _count(journal, JournalSetting))
    for at in range(1, total + 1):
        looks = []

        def cancelled(at=at, looks=looks) -> bool:
            looks.append(1)
            return len(looks) >= at

        with pytest.raises(ci.Cancelled):
            ci.import_calendar(journal, cs.calendar(), days=30, now=cs.NOW, tz=TOKYO,
                               apply=True, undoable=True, cancelled=cancelled)
        assert (_count(journal), _count(journal, JournalSetting)) == before, at
        assert len(looks) == at


def test_the_looks_come_between_events(journal):
    """Every event read and every event written is preceded by a look (a 5,000-event file
    stops at once, not after 50 more)."""
    cs.people(journal)
    looks = []
    report = ci.import_calendar(journal, cs.calendar(), days=30, now=cs.NOW, tz=TOKYO,
                                apply=True, cancelled=lambda: looks.append(1) or False)
    events = len(report.created) + len(report.skipped) + len(report.removed) + \
        len(report.unchanged)
    assert len(looks) >= 2 * events


def test_the_undo_snapshots_are_taken_under_the_write_lock(tmp_path, monkeypatch):
    """While the import holds its snapshot, another process cannot write (it waits); what
    the snapshot says before is what the journal held when the lock was taken."""
    a = Journal.open(tmp_path / "j.kizuna")
    b = Journal.open(a.path)
    try:
        cs.people(a)
        held = []
        real = ci.snapshot

        def snapshot(journal, uids):
            with journal.session() as s:  # the import's own session, joined
                held.append(s.connection().connection.dbapi_connection.in_transaction)
            return real(journal, uids)

        monkeypatch.setattr(ci, "snapshot", snapshot)
        report = ci.import_calendar(a, cs.calendar(), days=30, now=cs.NOW, tz=TOKYO,
                                    apply=True, undoable=True)
        monkeypatch.setattr(ci, "snapshot", real)
        assert held == [True, True]  # before and after, inside the write transaction
        assert report.before.rows.get("interactions", []) == []
        assert len(report.after.rows["interactions"]) == len(report.created)
        # the other process's journal sees all of it at once, after the commit
        assert _count(b) == len(report.created)
        done = threading.Event()
        ci.restore(a, report.uids, report.before, check=done.set)
        assert done.is_set() and _count(b) == 0
    finally:
        b.close()
        a.close()
