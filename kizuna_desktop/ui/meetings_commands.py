"""Undo commands of the Meetings ahead view (issue 23): a calendar import and the answer to
"How did it go?" are each one step of the window's undo stack (Ctrl+Z, Ctrl+Shift+Z).

The import runs in the background (ui/meetings_view.py) and takes its snapshots inside its
own write transaction (services/calendar_import.import_calendar with ``undoable``): the one
before it wrote and the one as it left them, so no other process's write falls between a
snapshot and the write. The command is pushed once it is done; undo and redo put one
snapshot or the other back, if nothing changed those meetings since the import left them
(checked again inside the restore's write transaction, under the lock).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import calendar_import, contacts, meetings, snapshots
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.commands import CONTACTS, FOLLOWUPS, INTERACTIONS, Change, Command, Notify
from kizuna_desktop.ui.commands import _state as state_of


class CalendarImport(Command):
    what = frozenset({INTERACTIONS, CONTACTS, FOLLOWUPS})

    def __init__(self, journal: Journal, notify: Notify, report: calendar_import.Report):
        n = len(report.created) + len(report.updated) + len(report.removed) + \
            len(report.moved)
        super().__init__(
            QCoreApplication.translate("MeetingsView", "Calendar import (%n meeting)", "", n)
            if n == 1 else QCoreApplication.translate("MeetingsView",
                                                      "Calendar import (%n meetings)", "", n),
            journal, notify)
        self.uids = set(report.uids)
        self.before, self.after = report.before, report.after
        self._verb = ""

    @property
    def changed(self) -> bool:
        """The import changed something (else it is no step of the undo stack)."""
        return self._states[0] != self._states[1]

    def state(self) -> dict:
        if self._fresh and self._left is None:  # push: as the import left them, in its own
            return self._states[1]  # transaction (a later write by another is a change)
        return state_of(calendar_import.snapshot(self.journal, self.uids))

    def _guarded(self, step, verb: str) -> bool:
        """Undo or redo on the UI thread, made short (an import of 5,000 meetings: undo
        0.94 -> 0.65 s, redo 0.49 -> 0.24 s at load 1): the check that nothing changed
        those meetings runs once, inside the restore's write transaction (_unchanged, under
        the lock: the base class's check before it was the same question asked again), and
        the state left after it is the snapshot just put back (restore is exact), not a
        third reading of the rows."""
        self._verb = verb
        try:
            step()
            self._left = self._states[step == self.again]
        except KizunaError as e:
            self._refused(e)
            return False
        return True

    @functools.cached_property
    def _states(self) -> tuple[dict, dict]:
        """(before, after) as compared: each computed once."""
        return state_of(self.before), state_of(self.after)

    def _unchanged(self) -> None:
        """Inside the restore's write transaction: still as this command left them?"""
        if self.state() != self._left:
            raise self.refusal(self._verb)

    def do(self) -> None:  # already done in the background
        pass

    def again(self) -> None:
        calendar_import.restore(self.journal, self.uids, self.after, self._unchanged)

    def back(self) -> None:
        calendar_import.restore(self.journal, self.uids, self.before, self._unchanged)


class IgnoreGuest(Command):
    """"Ignore" an attendee no contact matched (at every meeting, and on later imports):
    undo asks about them again."""

    what = frozenset({INTERACTIONS})

    def __init__(self, journal: Journal, notify: Notify, guest_id: int, label: str):
        super().__init__(QCoreApplication.translate("MeetingsView", "Ignore {0}").format(label),
                         journal, notify)
        self.guest_id = guest_id
        self.before: dict[int, str] = {}
        self.after: dict[int, str] = {}

    def state(self) -> dict:
        return {gid: state for gid, state in meetings.guest_states(
            self.journal, self.guest_id).items() if gid in self.before}

    def do(self) -> None:
        self.before = meetings.guest_states(self.journal, self.guest_id)
        meetings.ignore_guest(self.journal, self.guest_id)
        self.after = meetings.guest_states(self.journal, self.guest_id)

    def again(self) -> None:
        meetings.set_guest_states(self.journal, self.after)

    def back(self) -> None:
        meetings.set_guest_states(self.journal, self.before)


class GuestToContact(Command):
    """"Create contact" or "Match…" for an attendee no contact matched: undo unmatches them
    again (and deletes the contact Create contact made); redo does it again, the same
    contact."""

    what = frozenset({INTERACTIONS, CONTACTS})

    def __init__(self, journal: Journal, notify: Notify, guest_id: int, label: str,
                 contact_id: int | None = None):
        text = (QCoreApplication.translate("MeetingsView", "Create contact for {0}")
                if contact_id is None else
                QCoreApplication.translate("MeetingsView", "Match {0}")).format(label)
        super().__init__(text, journal, notify, contact_id)
        self.guest_id = guest_id
        self.created = contact_id is None
        self.done: meetings.GuestMatch | None = None
        self.contact: snapshots.Snapshot | None = None  # the created contact, for redo

    def state(self) -> dict:
        """The contact as this left it and the attendees it took (still gone, or back)."""
        if self.select is None:
            return {}
        rows = {r["id"] for r in self.done.guests} if self.done else set()
        left = set(meetings.guest_states_of(self.journal, rows))
        contact = snapshots.contact(self.journal, self.select)
        tables = None if self.created else {"contact_methods", "interaction_participants"}
        return {"contact": state_of(contact, tables), "guests": sorted(left)}

    def do(self) -> None:
        if self.created:
            self.done = meetings.create_contact_matched(self.journal, self.guest_id)
            self.select = self.done.contact_id
        else:
            self.done = meetings.match_guest(self.journal, self.guest_id, self.select)

    def again(self) -> None:
        if self.created:
            snapshots.restore(self.journal, self.contact)
        self.done = meetings.match_guest(self.journal, self.guest_id, self.select)

    def back(self) -> None:
        meetings.unmatch_guest(self.journal, self.done)
        if self.created:
            self.contact = snapshots.contact(self.journal, self.select)
            contacts.delete(self.journal, self.select)


def review(journal: Journal, notify: Notify, meeting: meetings.MeetingView, make) -> Change:
    """ "How did it go?" answered (or "Don't ask again"): ``make`` writes it."""
    return Change(
        QCoreApplication.translate("MeetingsView", "How did it go? “{0}”").format(
            meeting.title),
        journal, notify, lambda: meetings.review_snapshot(journal, meeting.id), make,
        lambda snap: meetings.restore_review(journal, meeting.id, snap),
        frozenset({INTERACTIONS, FOLLOWUPS}), None)
