"""Opening a journal: one policy, written once. The window (ui/open_journal.py) and the CLI
each only present the answer.

The answer is one of: opened (perhaps read-only, when another window holds the journal),
not a journal (a text file, a PDF, an empty file: said so, nothing asked), needs a
passphrase, wrong passphrase, damaged (with the newest good backup and its date),
disk full, not writable, folder missing, busy, locked (for whole-file work), or another
error. On the way, leftovers of killed runs are removed and an encryption left half done
(backups still plain beside an encrypted journal) is finished.

A second window on a journal another window holds opens it read-only (SQLite's
``query_only``): it shows everything and refreshes when the other writes, and says it is
read-only. (Switching to the other process's window would need a channel between the two;
read-only is honest and needs none.)"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from kizuna_desktop.errors import (
    DamagedOrNotAJournalError,
    DiskFullError,
    FolderMissingError,
    JournalBusyError,
    JournalDamagedError,
    JournalError,
    JournalLockedError,
    NotAJournalError,
    NotWritableError,
    WrongPassphraseError,
)
from kizuna_desktop.services import backup
from kizuna_desktop.store import Journal, lock
from kizuna_desktop.store.db import PassphraseNeededError

log = logging.getLogger("kizuna.opening")


class Status(enum.StrEnum):
    OPENED = "opened"
    NOT_A_JOURNAL = "not a journal"  # a text file, a PDF, an empty file: nothing to ask
    NEEDS_PASSPHRASE = "needs a passphrase"
    WRONG_PASSPHRASE = "wrong passphrase"
    DAMAGED = "damaged"
    DISK_FULL = "disk full"
    NOT_WRITABLE = "not writable"
    FOLDER_MISSING = "folder missing"
    BUSY = "busy"
    LOCKED = "locked"
    FAILED = "failed"


_BY_TYPE = [(NotAJournalError, Status.NOT_A_JOURNAL),
            (PassphraseNeededError, Status.NEEDS_PASSPHRASE),
            (WrongPassphraseError, Status.WRONG_PASSPHRASE),
            (JournalDamagedError, Status.DAMAGED), (DiskFullError, Status.DISK_FULL),
            (NotWritableError, Status.NOT_WRITABLE), (FolderMissingError, Status.FOLDER_MISSING),
            (JournalBusyError, Status.BUSY), (JournalLockedError, Status.LOCKED)]


@dataclass
class Opening:
    status: Status
    path: Path
    journal: Journal | None = None
    error: JournalError | None = None
    read_only: bool = False  # opened, but another window holds it
    holder: str = ""  # who holds it (read-only, or locked)
    backup: Path | None = None  # damaged: the newest good backup
    backup_created: str | None = None

    @property
    def message(self) -> str:
        from kizuna_desktop.i18n import current, format_datetime, message, translate

        if self.status is Status.DAMAGED:
            if self.backup is not None:
                when = self.backup_created
                if current() == "ja" and when:  # 2026年12月2日(水) 07:49
                    from datetime import datetime

                    when = format_datetime(datetime.strptime(when, "%Y-%m-%d %H:%M"))
                return translate("opening", "The journal {path} is damaged; restore the newest "
                                 "good backup from {when}?").format(path=self.path, when=when)
            return translate("opening", "The journal {path} is damaged, and it has no good "
                             "backup.").format(path=self.path)
        if self.read_only:
            return translate("opening", "The journal is open in {holder}; this window shows it "
                             "read-only until that one closes it.").format(holder=self.holder)
        return message(self.error) if self.error else ""

    def journal_or_raise(self) -> Journal:
        """The journal, or the error (the damaged one naming its newest good backup)."""
        if self.journal is not None:
            return self.journal
        assert self.error is not None
        if self.status is Status.DAMAGED:
            from kizuna_desktop.i18n import translate

            run = translate("opening", " Run: kizuna restore '{path}'").format(path=self.backup)
            raise JournalDamagedError(self.message + (run if self.backup else ""),
                                      path=self.path, backup=self.backup,
                                      backup_created=self.backup_created)
        raise self.error


def status_of(error: JournalError) -> Status:
    for kind, status in _BY_TYPE:
        if isinstance(error, kind):
            return status
    return Status.FAILED


def _put_off(what: str, error: JournalError) -> None:
    """Work done on opening that can wait: another program writing is no fault (the command's
    own write then says "busy" once), anything else is logged as a warning."""
    from kizuna_desktop.errors import JournalBusyError

    if isinstance(error, JournalBusyError):
        log.info("%s (put off: the journal is busy)", what)
    else:
        log.warning("%s: %s", what, type(error).__name__)


def open_journal(path: Path, *, passphrase: str | None = None, create: bool = True,
                 for_window: bool = False, allow_foreign_schema: bool = False) -> Opening:
    """Open the journal at ``path`` for the window (``for_window``: takes the journal's lock,
    or opens read-only when another window has it) or for a command."""
    path = Path(path).expanduser().absolute()
    held = lock.holder(path)
    others = held is not None and not held.is_us
    if not others:
        try:
            backup.remove_leftovers(path)
        except OSError:
            pass
    read_only = for_window and others
    try:
        journal = Journal.open(path, create=create, passphrase=passphrase, read_only=read_only,
                               allow_foreign_schema=allow_foreign_schema)
    except JournalError as e:
        opening = Opening(status_of(e), path, error=e)
        if isinstance(e, DamagedOrNotAJournalError) and backup.list_backups(path):
            opening.status = Status.DAMAGED  # backups of it: it was this journal, now damaged
        if opening.status in (Status.NEEDS_PASSPHRASE, Status.WRONG_PASSPHRASE):
            from kizuna_desktop.hardening import no_core_dumps

            no_core_dumps()  # before the window or the CLI asks for one (issue 19.8)
        if opening.status is Status.DAMAGED:
            good = backup.newest_good(path)
            if good is not None:
                opening.backup = good.path
                opening.backup_created = f"{good.created:%Y-%m-%d %H:%M}"
        return opening
    if not read_only:
        try:
            checked = backup.verify_unrecorded(path, journal.passphrase)
            if checked:
                log.info("checked %d backups left unrecorded by a stopped run", len(checked))
        except (JournalError, OSError) as e:
            log.warning("could not check unrecorded backups: %s", type(e).__name__)
    if journal.encrypted and not read_only:
        try:
            done = backup.finish_pending(path, journal.passphrase)
            if done:
                log.info("finished encrypting %d backups", done)
        except JournalError as e:
            log.warning("could not finish encrypting the backups: %s", type(e).__name__)
    if not read_only and not allow_foreign_schema:
        # Planned meetings whose time has passed since the journal was last open count as
        # contact from now on (last contact, going cold)
        from kizuna_desktop.services import meetings

        try:
            meetings.count_passed(journal)
        except JournalError as e:  # busy: counted at the next open or the window's minute
            _put_off("could not count the meetings held since", e)
        from kizuna_desktop.services import indexing  # a search text of an older version

        try:
            with journal.session() as s:
                redone = indexing.bring_up_to_date(s)
            if redone:
                log.info("search text of %d contacts brought up to date", redone)
        except JournalError as e:  # busy: brought up to date at the next open
            _put_off("could not bring the search text up to date", e)
    opening = Opening(Status.OPENED, path, journal=journal, read_only=read_only,
                      holder=held.describe() if read_only else "")
    if for_window and not read_only:
        window_lock = lock.JournalLock(path, "a Kizuna Desktop window")
        try:
            window_lock.acquire()
        except JournalLockedError as e:  # taken between our look and now: read-only then
            journal.close()
            return open_journal(path, passphrase=passphrase, create=False, for_window=True) \
                if lock.holder(path) else Opening(Status.LOCKED, path, error=e)
        journal.on_close.append(window_lock.release)
    return opening


def open_for_command(path: Path, passphrase: str | None = None, create: bool = False,
                     allow_foreign_schema: bool = False) -> Journal:
    """For the CLI: the journal, or the fault as its own error type. ``allow_foreign_schema``
    is for ``kizuna check``, which reports and repairs what is not Kizuna's."""
    return open_journal(path, passphrase=passphrase, create=create,
                        allow_foreign_schema=allow_foreign_schema).journal_or_raise()
