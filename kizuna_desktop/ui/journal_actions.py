"""The window's journal-level actions: import, export, backup, restore, encryption, and
opening, creating and switching journals, and watching for other programs' changes: a
controller the main window holds (``window.journal_ctl``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kizuna_desktop import paths
from kizuna_desktop.errors import JournalDamagedError, JournalError, KizunaError
from kizuna_desktop.i18n import message, translate_message
from kizuna_desktop.services import backup
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import UI_WAIT_MS, ChangeWatch
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import plain
from kizuna_desktop.ui.jobs import run_in_background
from kizuna_desktop.ui.wording import plural

RECENT_MAX = 8
WATCH_MS = 1000  # how often the window looks for changes made by other programs


def settings():
    from PySide6.QtCore import QSettings

    return QSettings("Kizuna", "Kizuna Desktop")


class JournalController(QObject):
    """What it uses of the window (``self.w``): journal, is_demo, undo_stack, notify,
    statusBar, the panes, recent_menu, backup_action, update_title and update_status."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.backups_in_flight: list[threading.Event] = []  # backups being written
        self.import_dialog = None
        self._watch = self._watch_timer = None
        self._replaced_said = False

    # data in and out ---------------------------------------------------------------------
    def import_contacts(self, path: Path | None = None):
        from kizuna_desktop.ui.import_dialog import ImportDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.w, self.tr("Import contacts"), str(Path.home()),
                self.tr("Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)"))
            if not name:
                return None
            path = Path(name)

        def done(result) -> None:
            # Undoable as one step (made already: the stack's first redo only refreshes).
            self.w.undo_stack.push(cmd.ImportContacts(self.w.journal, self.w.notify,
                                                    self.import_dialog.plan, result))
            self.w.statusBar().showMessage(
                plural(self, "Imported %n new contact", "Imported %n new contacts",
                       result.created) + "; " + self.tr("merged %n", "", result.merged) + ". "
                + self.tr("Ctrl+Z takes the import back."), 10000)

        try:  # the dialog saves a backup just before it imports
            self.import_dialog = ImportDialog(self.w.journal, path, done, self.w)
        except KizunaError as e:
            plain.warn(self.w, self.tr("Import"), message(e))  # it names the file
            return None
        self.import_dialog.open()
        return self.import_dialog

    def export(self, fmt: str, path: Path | None = None) -> None:
        from kizuna_desktop.services import archive, export, files

        suffix = {"vcard": ".vcf", "vcard4": ".vcf", "csv": ".csv", "ics": ".ics",
                  "archive": ".zip"}[fmt]
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.w, self.tr("Export"),
                str(Path.home() / f"kizuna-{datetime.now():%Y%m%d}{suffix}"))
            if not name:
                return
            path = Path(name)
        journal = self.w.journal

        def work():
            if fmt == "archive":
                return archive.export_archive(journal, path)
            data, _what = export.export_bytes(journal, fmt, datetime.now().date())
            return files.write_atomically(path, data)

        def failed(error: Exception) -> None:
            self.w.statusBar().clearMessage()  # not "Exporting to …" for good
            plain.warn(self.w, self.tr("Export"), message(error))

        self.w.statusBar().showMessage(self.tr("Exporting to {0}…").format(path))
        run_in_background(work, lambda p: self.w.statusBar().showMessage(
            self.tr("Exported to {0}").format(p), 10000), failed)

    def backup_now(self) -> None:
        """A backup now, written off the UI thread (a 100,000-contact journal takes 1-3 s):
        it is the journal as it was when the backup began, whatever is changed meanwhile."""
        journal = self.w.journal
        self._backup_in_background(lambda: backup.backup_now(journal), self.tr("The backup"))

    def start_daily_backup(self) -> None:
        """On opening, in the background: SQLite's quick check of the journal (the window
        stays usable), then at most once a day a backup (never of a damaged journal)."""
        journal = self.w.journal
        if journal.read_only:
            return

        def work():
            backup.refuse_damaged(journal)
            return backup.auto_backup(journal, check_first=False)

        self._backup_in_background(work, self.tr("The daily backup"))

    def _backup_in_background(self, work, what: str) -> None:
        written = threading.Event()  # set in the worker: the journal may be closed after it
        self.backups_in_flight.append(written)
        self.w.backup_action.setEnabled(False)

        def write():
            try:
                return work()
            finally:
                written.set()

        def finished() -> None:
            self.backups_in_flight.remove(written)
            self.w.backup_action.setEnabled(not self.backups_in_flight)

        def done(made: Path | None) -> None:
            finished()
            if made is not None:
                self.w.statusBar().showMessage(self.tr("{0} was written to {1}").format(
                    what, made), 10000)

        def failed(error: Exception) -> None:
            finished()
            if isinstance(error, JournalDamagedError):
                self.journal_damaged(error)
                return
            reason = message(error).rstrip(".。")
            if isinstance(error, OSError) and error.strerror:
                strerror = translate_message(error.strerror)
                reason = f"{strerror} ({error.filename})" if error.filename else strerror
            plain.warn(self.w, self.tr("Backup"), self.tr(
                "{0} could not be written: {1}. The journal itself is unchanged; File > Back up "
                "now tries again.").format(what, reason))

        self.w.statusBar().showMessage(self.tr("Writing {0}…").format(what.lower()))
        run_in_background(write, done, failed, owner=self)

    def _close_journal(self, journal: Journal) -> None:
        """Close a journal once the backups being written of it are (closing, encrypting or
        replacing it under one would leave it unfinished, or plain beside encrypted ones)."""
        waiting = [e for e in self.backups_in_flight if not e.is_set()]
        if waiting:
            with self._busy(self.tr("Finishing the backup…")):
                for e in waiting:
                    e.wait()
        if journal is self.w.journal:
            self.stop_watching()
        journal.close()

    @contextmanager
    def _busy(self, message: str) -> Iterator[None]:
        """A short wait on the UI thread: said in the status bar, with the busy cursor."""
        self.w.statusBar().showMessage(message)
        self.w.statusBar().repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
            self.w.statusBar().clearMessage()

    def _while_waiting(self, title: str, label: str, work):
        """Run ``work`` off the UI thread while a window-modal dialog says what is being done,
        and return its result (or raise its error) as if it had run here. Restoring or
        encrypting a 100,000-contact journal takes 20 s: on the UI thread the window froze
        and stopped painting for that long."""
        dialog = QProgressDialog(label, "", 0, 0, self.w)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)  # neither can stop halfway
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        loop = QEventLoop()
        outcome: dict = {}

        def done(result) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(error: Exception) -> None:
            outcome["error"] = error
            loop.quit()

        dialog.show()
        run_in_background(work, done, failed)
        loop.exec()
        dialog.close()
        dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def restore_backup(self, source: Path | None = None, confirm: bool = True) -> bool:
        if source is None:
            dialog = RestoreDialog(self.w, backup.backup_infos(self.w.journal.path))
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            source = dialog.chosen
        if confirm and plain.ask(
                self.w, self.tr("Restore"), self.tr(
                    "Replace the journal with {0}?\nThe journal as it is now is backed up "
                    "first.").format(source.name)) != QMessageBox.StandardButton.Yes:
            return False
        path, passphrase = self.w.journal.path, self.w.journal.passphrase
        self._close_journal(self.w.journal)
        try:
            saved = self._while_waiting(
                self.tr("Restore"), self.tr(
                    "Checking {0}, backing up the journal as it is, then restoring…").format(
                    source.name), lambda: backup.restore(path, source, passphrase))
        except KizunaError as e:
            plain.warn(self.w, self.tr("Restore"), message(e))
            self.switch_journal(path, create=False, passphrase=passphrase)
            return False
        self.switch_journal(path, create=False, passphrase=passphrase)
        self.w.statusBar().showMessage(self.tr(
            "Restored from {0}; the previous journal is kept in {1}").format(source.name, saved),
            15000)
        return True

    def encrypt_journal(self, passphrase: str | None = None) -> bool:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        if self.w.journal.encrypted:
            QMessageBox.information(self.w, self.tr("Encrypt"),
                                    self.tr("This journal is already encrypted."))
            return False
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self.w, self.tr("Encrypt journal"),
                self.tr("A passphrase (8 characters or more). Without it the journal cannot be "
                        "read, so keep it safe:"), QLineEdit.EchoMode.Password)
            if not ok:
                return False
            again, ok = QInputDialog.getText(self.w, self.tr("Encrypt journal"),
                                             self.tr("Repeat the passphrase:"),
                                             QLineEdit.EchoMode.Password)
            if not ok or again != passphrase or len(passphrase) < 8:
                QMessageBox.warning(self.w, self.tr("Encrypt"), self.tr(
                    "The passphrases differ or are shorter than 8 characters; nothing was "
                    "changed."))
                return False
        path = self.w.journal.path
        self._close_journal(self.w.journal)
        try:
            self._while_waiting(self.tr("Encrypt"),
                                self.tr("Encrypting the journal and its backups…"),
                                lambda: backup.convert(path, None, passphrase))
        except KizunaError as e:
            plain.warn(self.w, self.tr("Encrypt"), message(e))
            self.switch_journal(path, create=False)
            return False
        self.switch_journal(path, create=False, passphrase=passphrase)
        self.w.statusBar().showMessage(
            self.tr("The journal and its backups are now encrypted."), 10000)
        return True

    # journals -----------------------------------------------------------------------------
    def new_journal(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("New journal"), str(paths.data_dir()),
                                              self.tr("Kizuna journal (*.kizuna)"))
        if path:
            self.switch_journal(Path(path) if path.endswith(".kizuna") else Path(path + ".kizuna"))

    def open_journal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Open journal"),
                                              str(paths.data_dir()),
                                              self.tr("Kizuna journal (*.kizuna);;All files (*)"))
        if path:
            self.switch_journal(Path(path), create=False)

    def fill_recent(self) -> None:
        self.w.recent_menu.clear()
        from kizuna_desktop import settings as app_settings

        for p in app_settings.recent_journals():
            self.w.recent_menu.addAction(
                p, lambda p=p: self.switch_journal(Path(p), create=False))

    def switch_journal(self, path: Path, create: bool = True,
                       passphrase: str | None = None) -> bool:
        from kizuna_desktop.ui.open_journal import open_interactively

        if self.w.journal is not None and not self.w.journal.closed \
                and Path(path).absolute() == self.w.journal.path:
            self._close_journal(self.w.journal)  # its lock is given back before it is taken
        journal = open_interactively(path, self.w, create=create, passphrase=passphrase)
        if journal is None:
            return False
        old = self.w.journal
        self.w.journal = journal
        self.w.is_demo = False
        self.w.undo_stack.clear()
        for pane in (self.w.contacts, self.w.card, self.w.timeline, self.w.follow_ups,
                     *self.w.views.values()):
            if hasattr(pane, "set_journal"):
                pane.set_journal(journal)
        if old is not journal:
            self._close_journal(old)
        self._remember_journal(journal.path)
        self.w.update_title()
        self.w.update_status()
        self.start_watching()
        return True

    def _remember_journal(self, path: Path) -> None:
        from kizuna_desktop import settings as app_settings

        app_settings.remember_journal(path)  # `kizuna` with no --db reopens it
        app_settings.remember_recent(path, RECENT_MAX)  # a list in the JSON file, not QSettings

    # several hands ---------------------------------------------------------------------------
    def start_watching(self) -> None:
        """Other programs write the journal too (a CLI import, a script): the window looks at
        SQLite's data_version every second and refreshes its panes when it changed. Its own
        UI thread waits at most UI_WAIT_MS for another program's write lock."""
        self.stop_watching()
        self.w.journal.ui_wait_ms = UI_WAIT_MS
        try:
            self._watch = ChangeWatch(self.w.journal)
        except Exception:  # noqa: BLE001 - no watching is no reason not to work
            self._watch = None
            return
        self._replaced_said = False
        self._watch_timer = QTimer(self.w)
        self._watch_timer.setInterval(WATCH_MS)
        self._watch_timer.timeout.connect(self.poll_other_hands)
        self._watch_timer.start()

    def stop_watching(self) -> None:
        timer = getattr(self, "_watch_timer", None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
            self._watch_timer = None
        watch = getattr(self, "_watch", None)
        if watch is not None:
            watch.close()
            self._watch = None

    def poll_other_hands(self) -> bool:
        """Refresh the panes if another program changed the journal; True if it did."""
        watch = getattr(self, "_watch", None)
        if watch is None or self.w.journal.closed:
            return False
        try:
            changed = watch.changed()
        except Exception:  # noqa: BLE001 - busy for a moment: next time
            return False
        if changed:
            self.w.notify(cmd.ALL, None)
            self.w.statusBar().showMessage(
                self.tr("Shown as changed by another program just now."), 5000)
        return changed

    def absorb_own_change(self) -> None:
        """Called when the window announces its own change: not news for the watcher."""
        watch = getattr(self, "_watch", None)
        if watch is not None:
            try:
                watch.absorb()
            except Exception:  # noqa: BLE001
                pass

    def check_journal_file(self) -> bool:
        """On activation (and before writes, in the store): is the file at the journal's
        path still the one open here? If not, say so once and offer Save a copy as…."""
        if self.w.journal.closed:
            return True
        try:
            self.w.journal.check_file()
        except JournalError as e:
            if not getattr(self, "_replaced_said", False):
                self._replaced_said = True
                box = plain.message_box(self.w, QMessageBox.Icon.Warning, "Kizuna Desktop",
                                        message(e), QMessageBox.StandardButton.Close)
                save = box.addButton(self.tr("Save a copy as…"), QMessageBox.ButtonRole.AcceptRole)
                box.exec()
                if box.clickedButton() is save:
                    self.save_copy_as()
            return False
        return True

    def save_copy_as(self, dest: Path | None = None) -> Path | None:
        """File > Save a copy as…: the journal as this window has it, to a file of the user's
        choice (also when its own file was replaced or deleted)."""
        from kizuna_desktop.store.copying import backup_to

        if dest is None:
            name, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save a copy as"),
                                                  str(Path.home()),
                                                  self.tr("Kizuna journal (*.kizuna)"))
            if not name:
                return None
            dest = Path(name if name.endswith(".kizuna") else name + ".kizuna")
        try:
            made = backup_to(self.w.journal, dest)
        except KizunaError as e:
            plain.warn(self.w, self.tr("Save a copy"), message(e))
            return None
        self.w.statusBar().showMessage(self.tr("A copy was saved to {0}").format(made), 10000)
        return made

    def undo_refused(self, message: str) -> None:
        plain.warn(self.w, self.tr("Undo"), message)

    def journal_damaged(self, error: JournalDamagedError) -> None:
        """Damage found (by the check after opening, or by any query): the one offer to
        restore, naming the newest good backup and its date."""
        error.offered = True  # (ui/jobs.py offers it for background work that met damage)
        good = error.backup or backup.latest_backup(self.w.journal.path)
        if good is None:
            plain.warn(self.w, "Kizuna Desktop", self.tr(
                "{0} The journal has no good backup; File > Save a copy as… keeps what can "
                "still be read.").format(message(error)))
            return
        created = error.backup_created or next(
            (f"{b.created:%Y-%m-%d %H:%M}" for b in backup.backup_infos(self.w.journal.path)
             if b.path == good), "")
        answer = plain.ask(self.w, "Kizuna Desktop", self.tr(
            "The journal is damaged; restore the newest good backup from {0}?\n\n{1}").format(
            created, good))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_backup(good, confirm=False)


class RestoreDialog(QDialog):
    """File > Restore from a backup: the journal's backups by date, kind and contact count;
    another file can be chosen too."""

    def __init__(self, parent, infos: list[backup.BackupInfo]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.infos, self.chosen = infos, None
        self.table = QTableWidget(len(infos), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"),
                                              self.tr("Contacts"), self.tr("Encrypted"),
                                              self.tr("Checked")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, b in enumerate(infos):
            checked = {True: self.tr("passed"), False: self.tr("failed"),
                       None: self.tr("not checked")}[b.verified]
            kind = {"daily": self.tr("daily"), "manual": self.tr("made by hand"),
                    "before-import": self.tr("before an import"),
                    "before-restore": self.tr("before a restore"),
                    "before-encryption-change": self.tr("before encrypting"),
                    "before-repair": self.tr("before a repair"),
                    "damaged": self.tr("damaged")}.get(b.kind, b.kind.replace("-", " "))
            for col, text in enumerate([f"{b.created:%Y-%m-%d %H:%M}", kind,
                                        "" if b.contacts is None else f"{b.contacts:,}",
                                        self.tr("yes") if b.encrypted else self.tr("no"),
                                        checked]):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        if infos:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self._choose())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        other = buttons.addButton(self.tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(bool(infos))
        self.restore_button.clicked.connect(self._choose)
        other.clicked.connect(self._other)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def _choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.infos[rows[0].row()].path
            self.accept()

    def _other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"),
                                              str(Path.home()),
                                              self.tr("Kizuna journal (*.kizuna);;All files (*)"))
        if name:
            self.chosen = Path(name)
            self.accept()

