"""The window's briefing, meishi and check actions: a controller the main window holds
(``window.tools``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import message as i18n_message
from kizuna_desktop.i18n import translate
from kizuna_desktop.services import briefing, interactions, search
from kizuna_desktop.ui import plain
from kizuna_desktop.ui.jobs import run_in_background


class ToolController(QObject):
    """What it uses of the window (``self.w``): journal, statusBar, selected_contact_ids,
    the timeline pane and the brief actions."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.briefing_dialog = self.meishi_dialog = None
        self.last_briefing = None

    # briefings ----------------------------------------------------------------------------
    def brief_selected(self):
        """Asks for the meeting and the file (window-modal), then writes the briefing."""
        ids = self.w.selected_contact_ids()
        if not ids:
            self.w.statusBar().showMessage(self.tr("Select one or more contacts for a briefing."),
                                         5000)
            return None
        return self._ask_briefing(ids)

    def brief_meeting(self):
        iid = self.w.timeline.current_interaction_id()
        if iid is None:
            self.w.statusBar().showMessage(self.tr("Select a meeting in the timeline first."), 5000)
            return None
        i = interactions.get(self.w.journal, iid)
        return self._ask_briefing([p.id for p in i.participants], title=i.summary,
                                  when=_in_own_zone(i), place=i.place)

    def _ask_briefing(self, ids: list[int], **meeting):
        from kizuna_desktop.services import clock
        from kizuna_desktop.ui.briefing_dialog import BriefingDialog

        people = [(c.id, c.written or c.latin) for c in search.by_ids(self.w.journal, ids)]
        meeting.setdefault("home_zone", clock.home_zone(self.w.journal))  # not the laptop's
        dialog = BriefingDialog(people, self.w, **meeting)
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
        for a in (self.w.brief_action, self.w.brief_meeting_action):
            a.setEnabled(False)
        self.w.statusBar().showMessage(self.tr("Writing the briefing to {0}…")
                                     .format(request.path.name))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        journal = self.w.journal
        run_in_background(lambda: briefing.write_pdf(journal, request.contact_ids, request.path,
                                                     meeting, paper=request.paper,
                                                     language=request.language),
                          self._briefing_done, self._briefing_failed)

    def _briefing_finished(self) -> None:
        for a in (self.w.brief_action, self.w.brief_meeting_action):
            a.setEnabled(True)
        QApplication.restoreOverrideCursor()

    def _briefing_done(self, path) -> None:
        self._briefing_finished()
        self.last_briefing = path
        self.w.statusBar().showMessage(self.tr("Briefing written to {0}").format(path), 10000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _briefing_failed(self, error: Exception) -> None:
        self._briefing_finished()
        message = i18n_message(error) if isinstance(error, KizunaError) else (
            self.tr("The briefing could not be written: {0}").format(error))
        self.w.statusBar().showMessage(message, 10000)
        plain.warn(self.w, self.tr("Briefing"), message)  # it may name people and files

    # tools, view, help --------------------------------------------------------------------
    def open_meishi(self):
        from kizuna_desktop.ui.meishi_dialog import MeishiDialog

        self.meishi_dialog = MeishiDialog(self.w.journal, self.w)
        self.meishi_dialog.show()
        return self.meishi_dialog

    def check_journal(self) -> None:
        from kizuna_desktop.services import check

        report = check.run(self.w.journal)
        if report.ok:
            plain.inform(self.w, self.tr("Check journal"), self.tr("No problems found.")
                         + "\n\n" + self.tr("Checked: ") + self.tr(", ").join(
                             translate("check", x) for x in report.checked) + self.tr("."))
        else:  # a problem line may quote a name or a note
            plain.warn(self.w, self.tr("Check journal"), "\n".join(report.problems[:30]))


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
