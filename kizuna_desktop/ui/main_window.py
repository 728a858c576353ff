"""The main window: contacts, the selected contact's timeline and the follow-ups side by side,
with menus, a toolbar, one undo stack and a layout that is remembered."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
)

from kizuna_desktop import __version__, paths
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import backup, briefing, contacts, followups, interactions, search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui.contacts_pane import ContactsPane
from kizuna_desktop.ui.followups_pane import FollowUpsPane
from kizuna_desktop.ui.jobs import run_in_background
from kizuna_desktop.ui.timeline_pane import TimelinePane

RECENT_MAX = 8
THANK_YOU_KINDS = {"meeting", "meal", "nomikai"}


def settings() -> QSettings:
    return QSettings("Kizuna", "Kizuna Desktop")


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal, *, is_demo: bool = False):
        super().__init__()
        self.journal = journal
        self.is_demo = is_demo
        self.undo_stack = QUndoStack(self)
        self.contacts = ContactsPane(journal)
        self.timeline = TimelinePane(journal)
        self.follow_ups = FollowUpsPane(journal)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.contacts, self.timeline, self.follow_ups):
            self.splitter.addWidget(pane)
        self.splitter.setChildrenCollapsible(False)
        for i, stretch in enumerate((4, 4, 3)):
            self.splitter.setStretchFactor(i, stretch)
        self.setCentralWidget(self.splitter)
        self.resize(1280, 800)
        self.splitter.setSizes([470, 460, 350])
        self.last_briefing: Path | None = None

        self._build_actions()
        self.contacts.selection_changed.connect(self._contacts_selected)
        self.contacts.activated.connect(lambda _cid: self.edit_contact())
        self.timeline.interaction_activated.connect(self.edit_interaction)
        self.follow_ups.contact_selected.connect(lambda cid: self.contacts.select(cid))
        self.follow_ups.toggle_done.connect(self.toggle_follow_up)
        self.follow_ups.edit_requested.connect(self.edit_follow_up)
        self.follow_ups.suggestion_activated.connect(self.new_follow_up_for)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self._update_title()
        self._update_status()
        self.restore_layout()
        self._remember_journal(journal.path)

    # actions ------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        return a

    def _build_actions(self) -> None:
        A = self._action
        K = QKeySequence.StandardKey
        self.new_journal_action = A("&New journal…", self.new_journal)  # Ctrl+N: new contact
        self.open_journal_action = A("&Open journal…", self.open_journal, K.Open)
        self.quit_action = A("&Quit", self.close, K.Quit)
        self.import_action = A("&Import contacts…", self.import_contacts, "Ctrl+I",
                               "vCard or CSV (LinkedIn, business-card apps, Excel)")
        self.export_actions = {
            fmt: A(label, lambda fmt=fmt: self.export(fmt)) for fmt, label in (
                ("vcard", "Contacts as vCard 3.0…"), ("vcard4", "Contacts as vCard 4.0…"),
                ("csv", "Contacts as CSV (Excel)…"),
                ("ics", "Follow-ups and birthdays as a calendar (.ics)…"),
                ("archive", "Whole journal as an archive…"))}
        self.backup_action = A("&Back up now", self.backup_now)
        self.restore_action = A("&Restore from a backup…", self.restore_backup)
        self.encrypt_action = A("&Encrypt journal…", self.encrypt_journal)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = A("&Find contact", self.focus_search, "Ctrl+F")
        self.new_contact_action = A("&New contact…", self.new_contact, "Ctrl+N",
                                    "Add a contact")
        self.edit_contact_action = A("&Edit contact…", self.edit_contact, "Ctrl+E")
        self.archive_action = A("&Archive or unarchive", self.toggle_archive, "Ctrl+Shift+A")
        self.delete_action = A("&Delete…", self.delete_selected, QKeySequence.StandardKey.Delete,
                               "Delete the selected contact, interaction or follow-up")
        self.log_action = A("&Log interaction…", self.log_interaction, "Ctrl+L",
                            "Log a meeting, meal, call… with the selected contact")
        self.edit_interaction_action = A("Edit &interaction…", self.edit_interaction)
        self.new_follow_up_action = A("New &follow-up…", self.new_follow_up, "Ctrl+Shift+F")
        self.brief_action = A("&Briefing…", self.brief_selected, "Ctrl+B",
                              "Write a pre-meeting briefing PDF for the selected contacts")
        self.brief_meeting_action = A("Briefing for this &meeting…", self.brief_meeting,
                                      "Ctrl+Shift+B")
        self.done_action = A("Mark &done / not done", self.toggle_current_follow_up)
        self.snooze_day_action = A("Snooze &1 day", lambda: self.snooze(1))
        self.snooze_week_action = A("Snooze 1 &week", lambda: self.snooze(7))
        self.snooze_pick_action = A("Snooze &until…", lambda: self.snooze(None))
        self.edit_follow_up_action = A("&Edit follow-up…", self.edit_follow_up)
        self.latin_first_action = A("Show &Latin names first", self.toggle_latin_first)
        self.latin_first_action.setCheckable(True)
        self.meishi_action = A("&Meishi…", self.open_meishi, "Ctrl+Shift+M",
                               "Design and print your bilingual business cards")
        self.check_action = A("&Check journal", self.check_journal)
        self.about_action = A("&About Kizuna Desktop", self.about)
        self.shortcuts_action = A("&Keyboard shortcuts", self.show_shortcuts, "F1")

        mb = self.menuBar()
        file = mb.addMenu("&File")
        file.addActions([self.new_journal_action, self.open_journal_action])
        self.recent_menu = file.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        file.addAction(self.import_action)
        export = file.addMenu("&Export")
        export.addActions(list(self.export_actions.values()))
        file.addSeparator()
        file.addActions([self.backup_action, self.restore_action])
        file.addSeparator()
        file.addAction(self.quit_action)
        edit = mb.addMenu("&Edit")
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.delete_action])
        contact = mb.addMenu("&Contact")
        contact.addActions([self.new_contact_action, self.edit_contact_action,
                            self.archive_action])
        contact.addSeparator()
        contact.addActions([self.log_action, self.edit_interaction_action,
                            self.new_follow_up_action])
        contact.addSeparator()
        contact.addActions([self.brief_action, self.brief_meeting_action])
        fu = contact.addMenu("Follow-&up")
        fu.addActions([self.done_action, self.snooze_day_action, self.snooze_week_action,
                       self.snooze_pick_action, self.edit_follow_up_action])
        view = mb.addMenu("&View")
        view.addAction(self.latin_first_action)
        tools = mb.addMenu("&Tools")
        tools.addActions([self.meishi_action, self.check_action, self.encrypt_action])
        help_ = mb.addMenu("&Help")
        help_.addActions([self.shortcuts_action, self.about_action])

        bar = QToolBar("Main")
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.new_contact_action, self.log_action, self.new_follow_up_action,
                        self.brief_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        self.addToolBar(bar)

        for widget, actions in (
            (self.contacts.view, [self.edit_contact_action, self.log_action, self.brief_action,
                                  self.new_follow_up_action, self.archive_action,
                                  self.delete_action]),
            (self.timeline.tree, [self.edit_interaction_action, self.brief_meeting_action,
                                  self.new_follow_up_action, self.delete_action]),
            (self.follow_ups.tree, [self.done_action, self.snooze_day_action,
                                    self.snooze_week_action, self.snooze_pick_action,
                                    self.edit_follow_up_action, self.delete_action]),
        ):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            widget.addActions(actions)

    # refreshing ---------------------------------------------------------------------------
    def notify(self, what: frozenset[str], select: int | None) -> None:
        """Called by every command after it changed the journal."""
        if cmd.CONTACTS in what:
            self.contacts.refresh(select)
        elif select is not None:
            self.contacts.select(select)
        if cmd.TIMELINE in what:
            self.timeline.reload()
        if cmd.FOLLOWUPS in what:
            self.follow_ups.reload()
        self._update_status()

    def _contacts_selected(self, ids: list[int]) -> None:
        if len(ids) == 1:
            c = search.by_ids(self.journal, ids)
            self.timeline.show_contact(ids[0], c[0].display if c else "")
        else:
            self.timeline.show_contact(None)
        self._update_status()

    def _update_status(self) -> None:
        p = self.follow_ups.pane
        overdue = len(p.overdue) if p else 0
        msg = (f"{self.contacts.model.total:,} contacts shown · {overdue} follow-ups overdue · "
               f"{self.journal.path}")
        self.statusBar().showMessage(msg)

    def _undo_index_changed(self, _index: int) -> None:
        self.statusBar().showMessage(self.undo_stack.undoText() and
                                     f"Done: {self.undo_stack.undoText()}", 4000)

    def _update_title(self) -> None:
        demo = " (demo)" if self.is_demo else ""
        self.setWindowTitle(f"Kizuna Desktop — {self.journal.path.name}{demo}")

    def selected_contact_ids(self) -> list[int]:
        return self.contacts.selected_ids()

    def current_contact_id(self) -> int | None:
        ids = self.selected_contact_ids()
        return ids[0] if ids else None

    def focus_search(self) -> None:
        self.contacts.search.setFocus()
        self.contacts.search.selectAll()

    # contacts -----------------------------------------------------------------------------
    def new_contact(self):
        from kizuna_desktop.ui.contact_editor import ContactEditor

        def save(data):
            cmd.push(self.undo_stack, cmd.CreateContact(self.journal, self.notify, data))

        self.editor = ContactEditor(self.journal, save, None, self)
        self.editor.open()
        return self.editor

    def edit_contact(self):
        from kizuna_desktop.ui.contact_editor import ContactEditor

        cid = self.current_contact_id()
        if cid is None:
            return None
        before = contacts.get(self.journal, cid)

        def save(data):
            if data != before.to_input():
                cmd.push(self.undo_stack, cmd.EditContact(self.journal, self.notify, cid,
                                                          before.to_input(), data))
            if self.editor.wants_archived != before.archived:
                cmd.push(self.undo_stack, cmd.SetArchived(self.journal, self.notify, cid,
                                                          self.editor.wants_archived))

        def transfer(contact_id, data):
            from kizuna_desktop.services import positions

            cmd.push(self.undo_stack, cmd.positions_change(
                "Record transfer", self.journal, self.notify, contact_id,
                lambda: positions.transfer(self.journal, contact_id, data)))

        def delete_position(contact_id, position_id):
            from kizuna_desktop.services import positions

            cmd.push(self.undo_stack, cmd.positions_change(
                "Delete position", self.journal, self.notify, contact_id,
                lambda: positions.delete(self.journal, position_id)))

        self.editor = ContactEditor(self.journal, save, before, self, on_transfer=transfer,
                                    on_delete_position=delete_position)
        self.editor.open()
        return self.editor

    def toggle_archive(self) -> None:
        cid = self.current_contact_id()
        if cid is not None:
            archived = contacts.get(self.journal, cid).archived
            cmd.push(self.undo_stack, cmd.SetArchived(self.journal, self.notify, cid,
                                                      not archived))

    def delete_selected(self) -> None:
        focus = QApplication.focusWidget()
        if focus is self.timeline.tree and self.timeline.current_interaction_id():
            cmd.push(self.undo_stack, cmd.DeleteInteraction(
                self.journal, self.notify, self.timeline.current_interaction_id(),
                self.current_contact_id()))
        elif focus is self.follow_ups.tree and self.follow_ups.current_follow_up_id():
            cmd.push(self.undo_stack, cmd.DeleteFollowUp(
                self.journal, self.notify, self.follow_ups.current_follow_up_id()))
        else:
            self.delete_contact()

    def delete_contact(self, confirm: bool = True) -> None:
        cid = self.current_contact_id()
        if cid is None:
            return
        name = search.by_ids(self.journal, [cid])[0].display
        if confirm:
            answer = QMessageBox.question(
                self, "Delete contact",
                f"Delete {name} with their positions, follow-ups and gifts?\n"
                "Interactions others attended stay. You can undo this (Ctrl+Z).")
            if answer != QMessageBox.StandardButton.Yes:
                return
        cmd.push(self.undo_stack, cmd.DeleteContact(self.journal, self.notify, cid, name))
        self.statusBar().showMessage(f"Deleted {name}. Ctrl+Z brings them back.", 8000)

    # interactions -------------------------------------------------------------------------
    def log_interaction(self):
        from kizuna_desktop.ui.quick_log import QuickLogDialog

        people = [(c.id, c.written or c.latin)
                  for c in search.by_ids(self.journal, self.selected_contact_ids())]
        select = self.current_contact_id()

        def save(data):
            command = cmd.push(self.undo_stack, cmd.LogInteraction(self.journal, self.notify,
                                                                   data, select))
            self.last_logged = command.interaction_id
            if data.kind.value in THANK_YOU_KINDS:
                self.offer_thank_you(command.interaction_id, data)

        self.quick_log = QuickLogDialog(self.journal, save, people, parent=self)
        self.quick_log.open()
        return self.quick_log

    def offer_thank_you(self, interaction_id: int, data) -> None:
        """After a meeting, meal or nomikai: a personal thank-you within a day."""
        title = f"Thank-you note: {data.summary}" if data.summary else "Thank-you note"
        answer = QMessageBox.question(
            self, "Thank-you follow-up",
            f"Add a follow-up to send a thank-you tomorrow?\n\n“{title}”",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            due = (datetime.now() + timedelta(days=1)).date()
            cmd.push(self.undo_stack, cmd.CreateFollowUp(self.journal, self.notify,
                                                         followups.FollowUpInput(
                contact_id=data.participant_ids[0], title=title, due_date=due,
                interaction_id=interaction_id)))

    def edit_interaction(self, interaction_id: int | None = None):
        from kizuna_desktop.ui.quick_log import QuickLogDialog

        iid = interaction_id or self.timeline.current_interaction_id()
        if iid is None:
            return None
        before = interactions.get(self.journal, iid)
        before_input = interactions.InteractionInput(
            kind=before.kind, occurred_at=before.occurred_at,
            participant_ids=[p.id for p in before.participants], place=before.place,
            summary=before.summary, notes=before.notes)
        select = self.current_contact_id()

        def save(data):
            cmd.push(self.undo_stack, cmd.EditInteraction(self.journal, self.notify, iid,
                                                          before_input, data, select))

        self.quick_log = QuickLogDialog(self.journal, save, [], before, parent=self)
        self.quick_log.open()
        return self.quick_log

    # follow-ups ---------------------------------------------------------------------------
    def new_follow_up(self):
        cid = self.current_contact_id()
        if cid is None:
            self.statusBar().showMessage("Select a contact for the follow-up.", 5000)
            return None
        return self.new_follow_up_for(cid, self.timeline.current_interaction_id()
                                      if QApplication.focusWidget() is self.timeline.tree
                                      else None)

    def new_follow_up_for(self, contact_id: int, interaction_id: int | None = None):
        from kizuna_desktop.ui.quick_log import FollowUpDialog

        title = ""
        if interaction_id is not None:
            title = f"Follow up on: {interactions.get(self.journal, interaction_id).summary}"
        elif contact_id not in self.selected_contact_ids():
            title = "Get in touch"

        def save(text, due, notes):
            cmd.push(self.undo_stack, cmd.CreateFollowUp(self.journal, self.notify,
                                                         followups.FollowUpInput(
                contact_id=contact_id, title=text, due_date=due, notes=notes,
                interaction_id=interaction_id)))

        due = (datetime.now() + timedelta(days=1)).date()
        self.follow_up_dialog = FollowUpDialog(title, due, save, "New follow-up", parent=self)
        self.follow_up_dialog.open()
        return self.follow_up_dialog

    def toggle_current_follow_up(self) -> None:
        fid = self.follow_ups.current_follow_up_id()
        if fid is not None:
            self.toggle_follow_up(fid)

    def toggle_follow_up(self, follow_up_id: int) -> None:
        f = followups.get(self.journal, follow_up_id)
        done = f.state.value == "done"
        make = (lambda: followups.reopen(self.journal, follow_up_id)) if done else (
            lambda: followups.complete(self.journal, follow_up_id))
        cmd.push(self.undo_stack, cmd.follow_up_change(
            "Reopen follow-up" if done else "Mark follow-up done", self.journal, self.notify,
            follow_up_id, make))
        self.follow_ups.select_follow_up(follow_up_id)

    def snooze(self, days: int | None) -> None:
        from kizuna_desktop.ui.quick_log import DateDialog

        fid = self.follow_ups.current_follow_up_id()
        if fid is None:
            return
        today = datetime.now().date()
        if days is None:
            dialog = DateDialog("Snooze until", today + timedelta(days=3), self)
            if dialog.exec() != DateDialog.DialogCode.Accepted:
                return
            until = dialog.value()
        else:
            until = today + timedelta(days=days)
        cmd.push(self.undo_stack, cmd.follow_up_change(
            f"Snooze until {until:%d %b}", self.journal, self.notify, fid,
            lambda: followups.snooze(self.journal, fid, until)))

    def edit_follow_up(self, follow_up_id: int | None = None):
        from kizuna_desktop.ui.quick_log import FollowUpDialog

        fid = follow_up_id or self.follow_ups.current_follow_up_id()
        if fid is None:
            return None
        f = followups.get(self.journal, fid)

        def save(text, due, notes):
            data = followups.FollowUpInput(contact_id=f.contact_id, title=text, due_date=due,
                                           notes=notes, interaction_id=f.interaction_id)
            cmd.push(self.undo_stack, cmd.follow_up_change(
                "Edit follow-up", self.journal, self.notify, fid,
                lambda: followups.update(self.journal, fid, data)))

        self.follow_up_dialog = FollowUpDialog(f.title, f.due_date, save, "Edit follow-up",
                                               f.notes, self)
        self.follow_up_dialog.open()
        return self.follow_up_dialog

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

    def toggle_latin_first(self) -> None:
        self.contacts.model.latin_first = self.latin_first_action.isChecked()
        self.contacts.refresh()

    def about(self) -> None:
        QMessageBox.about(self, "About Kizuna Desktop",
                          f"Kizuna Desktop {__version__}\nAn offline relationship journal for "
                          "business in Japan.\nJapanese fonts: IPAex (IPA Font License).")

    def show_shortcuts(self) -> None:
        rows = []
        for a in self.findChildren(QAction):
            if a.shortcut().toString():
                rows.append(f"{a.shortcut().toString():<16} {a.text().replace('&', '')}")
        QMessageBox.information(self, "Keyboard shortcuts",
                                "\n".join(sorted(set(rows))) + "\nSpace           "
                                "Mark the selected follow-up done")

    # data in and out ---------------------------------------------------------------------
    def import_contacts(self, path: Path | None = None):
        from kizuna_desktop.ui.import_dialog import ImportDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Import contacts", str(Path.home()),
                "Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)")
            if not name:
                return None
            path = Path(name)

        def done(result) -> None:
            self.notify(cmd.ALL, None)
            self.undo_stack.clear()  # an import is not undone piecemeal; a backup was made
            self.statusBar().showMessage(
                f"Imported {result.created} new contacts, merged {result.merged}.", 10000)

        try:
            backup.backup_now(self.journal, tag="before-import")
            self.import_dialog = ImportDialog(self.journal, path, done, self)
        except KizunaError as e:
            QMessageBox.warning(self, "Import", str(e))
            return None
        self.import_dialog.open()
        return self.import_dialog

    def export(self, fmt: str, path: Path | None = None) -> None:
        from kizuna_desktop.formats import ical, table, vcard
        from kizuna_desktop.services import archive, exchange, files

        suffix = {"vcard": ".vcf", "vcard4": ".vcf", "csv": ".csv", "ics": ".ics",
                  "archive": ".zip"}[fmt]
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, "Export", str(Path.home() / f"kizuna-{datetime.now():%Y%m%d}{suffix}"))
            if not name:
                return
            path = Path(name)
        journal = self.journal

        def work():
            if fmt == "archive":
                return archive.export_archive(journal, path)
            if fmt == "ics":
                pane = followups.pane(journal, datetime.now().date(), per_section=100_000)
                due = [ical.DueItem(f"kizuna-follow-up-{f.id}@kizuna.local",
                                    f"{f.title} — {f.contact_name}", f.effective_due, f.notes)
                       for f in pane.overdue + pane.today + pane.this_week + pane.later]
                people = exchange.people(journal)
                births = [ical.Birthday(f"kizuna-birthday-{i}@kizuna.local", p.label,
                                        *p.birthday) for i, p in enumerate(people) if p.birthday]
                return files.write_atomically(path, ical.calendar(due, births))
            people = exchange.people(journal)
            data = table.write_csv(people) if fmt == "csv" else vcard.write_vcards(
                people, "4.0" if fmt == "vcard4" else "3.0").encode("utf-8")
            return files.write_atomically(path, data)

        self.statusBar().showMessage(f"Exporting to {path}…")
        run_in_background(work, lambda p: self.statusBar().showMessage(
            f"Exported to {p}", 10000), lambda e: QMessageBox.warning(self, "Export", str(e)))

    def backup_now(self) -> None:
        try:
            made = backup.backup_now(self.journal)
        except KizunaError as e:
            QMessageBox.warning(self, "Backup", str(e))
            return
        self.statusBar().showMessage(f"Backup written to {made}", 10000)

    def restore_backup(self, source: Path | None = None, confirm: bool = True) -> bool:
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Restore from a backup", str(backup.backups_dir(self.journal.path)),
                "Kizuna journal (*.kizuna);;All files (*)")
            if not name:
                return False
            source = Path(name)
        if confirm and QMessageBox.question(
                self, "Restore", f"Replace the journal with {source.name}?\nThe journal as it "
                "is now is backed up first.") != QMessageBox.StandardButton.Yes:
            return False
        path, passphrase = self.journal.path, self.journal.passphrase
        self.journal.close()
        try:
            saved = backup.restore(path, source, passphrase)
        except KizunaError as e:
            QMessageBox.warning(self, "Restore", str(e))
            self.switch_journal(path, create=False, passphrase=passphrase)
            return False
        self.switch_journal(path, create=False, passphrase=passphrase)
        self.statusBar().showMessage(f"Restored from {source.name}; the previous journal is "
                                     f"kept in {saved}", 15000)
        return True

    def encrypt_journal(self, passphrase: str | None = None) -> bool:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        if self.journal.encrypted:
            QMessageBox.information(self, "Encrypt", "This journal is already encrypted.")
            return False
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self, "Encrypt journal", "A passphrase (8 characters or more). Without it the "
                "journal cannot be read, so keep it safe:", QLineEdit.EchoMode.Password)
            if not ok:
                return False
            again, ok = QInputDialog.getText(self, "Encrypt journal", "Repeat the passphrase:",
                                             QLineEdit.EchoMode.Password)
            if not ok or again != passphrase or len(passphrase) < 8:
                QMessageBox.warning(self, "Encrypt", "The passphrases differ or are shorter "
                                    "than 8 characters; nothing was changed.")
                return False
        path = self.journal.path
        self.journal.close()
        try:
            backup.convert(path, None, passphrase)
        except KizunaError as e:
            QMessageBox.warning(self, "Encrypt", str(e))
            self.switch_journal(path, create=False)
            return False
        self.switch_journal(path, create=False, passphrase=passphrase)
        self.statusBar().showMessage("The journal and its backups are now encrypted.", 10000)
        return True

    # journals -----------------------------------------------------------------------------
    def new_journal(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New journal", str(paths.data_dir()),
                                              "Kizuna journal (*.kizuna)")
        if path:
            self.switch_journal(Path(path) if path.endswith(".kizuna") else Path(path + ".kizuna"))

    def open_journal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open journal", str(paths.data_dir()),
                                              "Kizuna journal (*.kizuna);;All files (*)")
        if path:
            self.switch_journal(Path(path), create=False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for p in settings().value("recent", []) or []:
            self.recent_menu.addAction(
                p, lambda p=p: self.switch_journal(Path(p), create=False))

    def switch_journal(self, path: Path, create: bool = True,
                       passphrase: str | None = None) -> bool:
        from kizuna_desktop.app import open_journal_interactively

        journal = (Journal.open(path, create=create, passphrase=passphrase) if passphrase
                   else open_journal_interactively(path, self, create=create))
        if journal is None:
            return False
        old = self.journal
        self.journal = journal
        self.is_demo = False
        self.undo_stack.clear()
        for pane in (self.contacts, self.timeline, self.follow_ups):
            pane.set_journal(journal)
        if old is not journal:
            old.close()
        self._remember_journal(journal.path)
        self._update_title()
        self._update_status()
        return True

    def _remember_journal(self, path: Path) -> None:
        s = settings()
        recent = [p for p in (s.value("recent", []) or []) if p != str(path)]
        s.setValue("recent", [str(path), *recent][:RECENT_MAX])

    # layout -------------------------------------------------------------------------------
    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("contacts/header", self.contacts.view.horizontalHeader().saveState())
        s.setValue("view/latin_first", self.latin_first_action.isChecked())
        s.sync()

    def restore_layout(self) -> None:
        s = settings()
        for key, fn in (("window/geometry", self.restoreGeometry),
                        ("window/state", self.restoreState),
                        ("window/splitter", self.splitter.restoreState),
                        ("contacts/header",
                         self.contacts.view.horizontalHeader().restoreState)):
            value = s.value(key)
            if value is not None:
                fn(value)
        latin = s.value("view/latin_first", False) in (True, "true")
        self.latin_first_action.setChecked(latin)
        if latin:
            self.toggle_latin_first()

    def closeEvent(self, event) -> None:
        self.save_layout()
        super().closeEvent(event)


def _safe_name(name: str) -> str:
    return "".join("_" if ch in '/\\:*?"<>|' else ch for ch in name)

