"""The main window: contacts, the selected contact's timeline and the follow-ups side by side,
with menus, a toolbar, one undo stack and a layout that is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
)

from kizuna_desktop import __version__
from kizuna_desktop.services import search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui.contacts_pane import ContactsPane
from kizuna_desktop.ui.followups_pane import FollowUpsPane
from kizuna_desktop.ui.journal_actions import JournalActions, settings
from kizuna_desktop.ui.record_actions import RecordActions
from kizuna_desktop.ui.timeline_pane import TimelinePane
from kizuna_desktop.ui.tool_actions import ToolActions


class MainWindow(RecordActions, JournalActions, ToolActions, QMainWindow):
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
        self.backups_in_flight: list = []  # threading.Events of backups being written

        self._build_actions()
        self.contacts.selection_changed.connect(self._contacts_selected)
        self.contacts.activated.connect(lambda _cid: self.edit_contact())
        self.timeline.interaction_activated.connect(self.edit_interaction)
        self.timeline.record_activated.connect(self.edit_timeline_item)
        self.follow_ups.contact_selected.connect(lambda cid: self.contacts.select(cid))
        self.follow_ups.toggle_done.connect(self.toggle_follow_up)
        self.follow_ups.edit_requested.connect(self.edit_follow_up)
        self.follow_ups.suggestion_activated.connect(self.new_follow_up_for)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.follow_ups.loaded.connect(self._update_status)
        self.contacts.model.counted.connect(self._update_status)
        self.follow_ups.reload_in_background()
        self._update_title()
        self._update_status()
        self.restore_layout()
        self._remember_journal(journal.path)
        self.start_watching()  # changes by other programs refresh the panes

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
        self.save_copy_action = A("Save a &copy as…", self.save_copy_as)
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
        self.gift_action = A("New &gift or favour…", self.new_gift, "Ctrl+G",
                             "Record a gift or favour given to or received from the contact")
        self.introduction_action = A("Record an &introduction…", self.new_introduction,
                                     "Ctrl+Shift+I", "Who introduced whom to whom")
        self.organizations_action = A("&Organisations", self.show_organizations,
                                      "Ctrl+Shift+O", "Organisations, their kinds and groups")
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
        file.addActions([self.backup_action, self.restore_action, self.save_copy_action])
        file.addSeparator()
        file.addAction(self.quit_action)
        edit = mb.addMenu("&Edit")
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.delete_action])
        contact = mb.addMenu("&Contact")
        contact.addActions([self.new_contact_action, self.edit_contact_action,
                            self.archive_action])
        self.merge_action = contact.addAction("&Merge contacts…", lambda: self.merge_contacts())
        contact.addSeparator()
        contact.addActions([self.log_action, self.edit_interaction_action,
                            self.new_follow_up_action])
        contact.addActions([self.gift_action, self.introduction_action])
        contact.addSeparator()
        contact.addActions([self.brief_action, self.brief_meeting_action])
        fu = contact.addMenu("Follow-&up")
        fu.addActions([self.done_action, self.snooze_day_action, self.snooze_week_action,
                       self.snooze_pick_action, self.edit_follow_up_action])
        view = mb.addMenu("&View")
        view.addAction(self.latin_first_action)
        view.addAction(self.organizations_action)
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
                                  self.new_follow_up_action, self.gift_action,
                                  self.introduction_action, self.archive_action,
                                  self.delete_action]),
            (self.timeline.tree, [self.edit_interaction_action, self.brief_meeting_action,
                                  self.new_follow_up_action, self.gift_action,
                                  self.introduction_action, self.delete_action]),
            (self.follow_ups.tree, [self.done_action, self.snooze_day_action,
                                    self.snooze_week_action, self.snooze_pick_action,
                                    self.edit_follow_up_action, self.delete_action]),
        ):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            widget.addActions(actions)

    # refreshing ---------------------------------------------------------------------------
    def notify(self, what: frozenset[str], select: int | None) -> None:
        """Called by every command after it changed the journal."""
        self.absorb_own_change()
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
        overdue = p.shown("overdue") if p else "0"
        msg = (f"{self.contacts.count_text()} · {overdue} follow-ups overdue · "
               f"{self.journal.path}")
        self.statusBar().showMessage(msg)

    def _undo_index_changed(self, _index: int) -> None:
        self.statusBar().showMessage(self.undo_stack.undoText() and
                                     f"Done: {self.undo_stack.undoText()}", 4000)

    def _update_title(self) -> None:
        demo = " (demo)" if self.is_demo else ""
        demo += " (read-only: open in another window)" if self.journal.read_only else ""
        self.setWindowTitle(f"Kizuna Desktop — {self.journal.path.name}{demo}")

    def selected_contact_ids(self) -> list[int]:
        return self.contacts.selected_ids()

    def current_contact_id(self) -> int | None:
        ids = self.selected_contact_ids()
        return ids[0] if ids else None

    def focus_search(self) -> None:
        self.contacts.search.setFocus()
        self.contacts.search.selectAll()

    # view and help ------------------------------------------------------------------------
    def toggle_latin_first(self) -> None:
        self.contacts.model.latin_first = self.latin_first_action.isChecked()
        self.contacts.refresh()

    def about_text(self) -> str:
        return (f"Kizuna Desktop {__version__}\nAn offline relationship journal for "
                "business in Japan.\nJapanese fonts: IPAex (IPA Font License).")

    def about(self) -> None:
        QMessageBox.about(self, "About Kizuna Desktop", self.about_text())

    def show_shortcuts(self) -> None:
        rows = []
        for a in self.findChildren(QAction):
            if a.shortcut().toString():
                rows.append(f"{a.shortcut().toString():<16} {a.text().replace('&', '')}")
        QMessageBox.information(self, "Keyboard shortcuts",
                                "\n".join(sorted(set(rows))) + "\nSpace           "
                                "Mark the selected follow-up done")

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

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.check_journal_file)  # replaced, moved or deleted?
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.save_layout()
        self.stop_watching()
        super().closeEvent(event)

