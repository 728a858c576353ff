"""Opening a journal from the window: presents what services/opening.py answers. Asks for an
encrypted journal's passphrase (three real tries: each one typed is tried), offers to
restore the newest good backup of a damaged journal (and only of a damaged one), and names
every other fault as it is (disk full, not writable, folder missing, busy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import message
from kizuna_desktop.services import backup, opening
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import is_encrypted
from kizuna_desktop.ui import plain

TRIES = 3
translate = QCoreApplication.translate  # module functions: context "OpenJournal"


def ask_passphrase(parent: QWidget | None, path: Path, again: bool) -> str | None:
    label = (translate("OpenJournal", "Wrong passphrase. Passphrase for {0}:") if again
             else translate("OpenJournal", "Passphrase for {0}:")).format(path.name)
    text, ok = plain.get_text(parent, translate("OpenJournal", "Encrypted journal"), label,
                              QLineEdit.EchoMode.Password)
    return text if ok else None


def open_interactively(path: Path, parent: QWidget | None = None, create: bool = True,
                       passphrase: str | None = None, ask=ask_passphrase) -> Journal | None:
    """The journal opened for a window, or None (the user was told why)."""
    path = Path(path)
    tries = 0
    while True:
        answer = opening.open_journal(path, passphrase=passphrase, create=create,
                                      for_window=True)
        status = answer.status
        if status is opening.Status.OPENED:
            journal = answer.journal
            journal.ui_wait_ms = None  # the window sets its own short wait
            journal.opened_read_only_because = answer.holder if answer.read_only else ""
            if answer.read_only:
                plain.inform(parent, "Kizuna Desktop", answer.message)
            return journal
        if status in (opening.Status.NEEDS_PASSPHRASE, opening.Status.WRONG_PASSPHRASE):
            if tries >= TRIES:
                plain.warn(parent, "Kizuna Desktop",
                           translate("OpenJournal", "{0} was not opened: {1} passphrases were "
                                     "tried.").format(path.name, TRIES))
                return None
            passphrase = ask(parent, path, status is opening.Status.WRONG_PASSPHRASE)
            if passphrase is None:
                return None
            tries += 1
            continue
        if status is opening.Status.DAMAGED and answer.backup is not None:
            if not offer_restore(parent, answer):
                return None
            if passphrase is None and is_encrypted(answer.backup):
                # an encrypted journal whose first page is lost: its backup's passphrase
                passphrase = ask(parent, answer.backup, False)
                if passphrase is None:
                    return None
            try:
                backup.restore(path, answer.backup, passphrase)
            except KizunaError as e:
                plain.warn(parent, "Kizuna Desktop", translate(
                    "OpenJournal", "The restore failed: {0}").format(message(e)))
                return None
            continue
        plain.message_box(parent, QMessageBox.Icon.Critical, "Kizuna Desktop",
                          answer.message).exec()
        return None


def offer_restore(parent: QWidget | None, answer: opening.Opening) -> bool:
    box = plain.message_box(parent, QMessageBox.Icon.Critical, "Kizuna Desktop",
                            answer.message + "\n\n" + translate(
                                "OpenJournal", "The damaged file is kept beside the backups."),
                            QMessageBox.StandardButton.NoButton)
    restore = box.addButton(translate("OpenJournal", "Restore latest backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore
