"""The window's briefing, meishi, check and help actions. Mixed into MainWindow."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import briefing, interactions, search
from kizuna_desktop.ui.jobs import run_in_background


class ToolActions:
    """Needs from its host: journal, statusBar, selected_contact_ids, the timeline pane and
    the brief actions."""

    # briefings ----------------------------------------------------------------------------
    def brief_selected(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            self.statusBar().showMessage("Select one or more contacts for a briefing.", 5000)
            return
        self.write_briefing(ids, briefing.Meeting())

    def brief_meeting(self) -> None:
        iid = self.timeline.current_interaction_id()
        if iid is None:
            self.statusBar().showMessage("Select a meeting in the timeline first.", 5000)
            return
        i = interactions.get(self.journal, iid)
        meeting = briefing.Meeting(title=i.summary, when=i.occurred_at.astimezone(),
                                   place=i.place)
        self.write_briefing([p.id for p in i.participants], meeting)

    def write_briefing(self, ids: list[int], meeting: briefing.Meeting) -> None:
        """Writes the PDF off the UI thread, then opens it in the system's viewer."""
        names = [c.written or c.latin for c in search.by_ids(self.journal, ids)]
        stamp = datetime.now().strftime("%Y-%m-%d %H%M")
        label = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        target = paths.data_dir() / "briefings" / _safe_name(f"Briefing {label} {stamp}.pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        for a in (self.brief_action, self.brief_meeting_action):
            a.setEnabled(False)
        self.statusBar().showMessage(f"Writing the briefing for {label}…")
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        journal = self.journal
        run_in_background(lambda: briefing.write_pdf(journal, ids, target, meeting),
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


def _safe_name(name: str) -> str:
    return "".join("_" if ch in '/\\:*?"<>|' else ch for ch in name)
