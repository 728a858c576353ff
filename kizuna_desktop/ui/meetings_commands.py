"""Undo commands of the Meetings ahead view (issue 23): a calendar import and the answer to
"How did it go?" are each one step of the window's undo stack (Ctrl+Z, Ctrl+Shift+Z).

The import runs in the background (ui/meetings_view.py) and takes its snapshots there, before
and after writing (services/calendar_import.snapshot): the command is pushed once it is done,
and undo and redo put one snapshot or the other back, if nothing changed those meetings since.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kizuna_desktop.services import calendar_import, meetings
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.commands import CONTACTS, FOLLOWUPS, INTERACTIONS, Change, Command, Notify
from kizuna_desktop.ui.commands import _state as state_of


class CalendarImport(Command):
    what = frozenset({INTERACTIONS, CONTACTS, FOLLOWUPS})

    def __init__(self, journal: Journal, notify: Notify, report: calendar_import.Report,
                 before, after):
        n = len(report.created) + len(report.updated) + len(report.removed)
        super().__init__(
            QCoreApplication.translate("MeetingsView", "Calendar import (%n meeting)", "", n)
            if n == 1 else QCoreApplication.translate("MeetingsView",
                                                      "Calendar import (%n meetings)", "", n),
            journal, notify)
        self.uids = set(report.uids)
        self.before, self.after = before, after

    def state(self) -> dict:
        return state_of(calendar_import.snapshot(self.journal, self.uids))

    def do(self) -> None:  # already done in the background
        pass

    def again(self) -> None:
        calendar_import.restore(self.journal, self.uids, self.after)

    def back(self) -> None:
        calendar_import.restore(self.journal, self.uids, self.before)


def review(journal: Journal, notify: Notify, meeting: meetings.MeetingView, make) -> Change:
    """ "How did it go?" answered (or "Don't ask again"): ``make`` writes it."""
    return Change(
        QCoreApplication.translate("MeetingsView", "How did it go? “{0}”").format(
            meeting.title),
        journal, notify, lambda: meetings.review_snapshot(journal, meeting.id), make,
        lambda snap: meetings.restore_review(journal, meeting.id, snap),
        frozenset({INTERACTIONS, FOLLOWUPS}), None)
