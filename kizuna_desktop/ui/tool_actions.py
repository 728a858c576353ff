"""The window's briefing, meishi, check and help actions. Mixed into MainWindow."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import briefing, interactions, search
from kizuna_desktop.ui.jobs import run_in_background


class ToolActions:
    """Needs from its host: journal, statusBar, selected_contact_ids, the timeline pane and
    the brief actions."""

    # briefings ----------------------------------------------------------------------------
    def brief_selected(self):
        """Asks for the meeting and the file (window-modal), then writes the briefing."""
        ids = self.selected_contact_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select one or more contacts for a briefing."),
                                         5000)
            return None
        return self._ask_briefing(ids)

    def brief_meeting(self):
        iid = self.timeline.current_interaction_id()
        if iid is None:
            self.statusBar().showMessage(self.tr("Select a meeting in the timeline first."), 5000)
            return None
        i = interactions.get(self.journal, iid)
        return self._ask_briefing([p.id for p in i.participants], title=i.summary,
                                  when=_in_own_zone(i), place=i.place)

    def _ask_briefing(self, ids: list[int], **meeting):
        from kizuna_desktop.ui.briefing_dialog import BriefingDialog

        people = [(c.id, c.written or c.latin) for c in search.by_ids(self.journal, ids)]
        dialog = BriefingDialog(people, self, **meeting)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.write_briefing(dialog.request()))
        dialog.open()
        self.briefing_dialog = dialog
        return dialog

    def write_briefing(self, request) -> None:
        """Writes the PDF off the UI thread where the user chose, then opens it in the
        system's viewer. Nothing is written anywhere else."""
        meeting = briefing.Meeting(title=request.title, when=request.when, day=request.day,
                                   place=request.place)
        for a in (self.brief_action, self.brief_meeting_action):
            a.setEnabled(False)
        self.statusBar().showMessage(self.tr("Writing the briefing to {0}…")
                                     .format(request.path.name))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        journal = self.journal
        run_in_background(lambda: briefing.write_pdf(journal, request.contact_ids, request.path,
                                                     meeting, paper=request.paper,
                                                     language=request.language),
                          self._briefing_done, self._briefing_failed)

    def _briefing_finished(self) -> None:
        for a in (self.brief_action, self.brief_meeting_action):
            a.setEnabled(True)
        QApplication.restoreOverrideCursor()

    def _briefing_done(self, path) -> None:
        self._briefing_finished()
        self.last_briefing = path
        self.statusBar().showMessage(f"Briefing written to {path}", 10000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _briefing_failed(self, error: Exception) -> None:
        self._briefing_finished()
        message = str(error) if isinstance(error, KizunaError) else (
            f"The briefing could not be written: {error}")
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, "Briefing", message)

    # tools, view, help --------------------------------------------------------------------
    def open_meishi(self):
        from kizuna_desktop.ui.meishi_dialog import MeishiDialog

        self.meishi_dialog = MeishiDialog(self.journal, self)
        self.meishi_dialog.show()
        return self.meishi_dialog

    def check_journal(self) -> None:
        from kizuna_desktop.services import check

        report = check.run(self.journal)
        if report.ok:
            QMessageBox.information(self, "Check journal", "No problems found.\n\nChecked: "
                                    + ", ".join(report.checked) + ".")
        else:
            QMessageBox.warning(self, "Check journal", "\n".join(report.problems[:30]))


def _in_own_zone(i):
    """An interaction's time in the zone where it happened (the laptop's zone for an
    interaction that has none recorded)."""
    zone = getattr(i, "zone", None)
    if zone:
        import zoneinfo

        try:
            return i.occurred_at.astimezone(zoneinfo.ZoneInfo(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return i.occurred_at.astimezone()
