"""Backups: automatic rotating ones (at most daily), manual ones, restoring one (never without
first backing up the current file), and converting a journal to or from encryption."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from kizuna_desktop import paths
from kizuna_desktop.errors import JournalError
from kizuna_desktop.store import Journal
from kizuna_desktop.store.copying import (
    SnapshotBackup,
    backup_to,
    export_converted,
    replace_file,
)
from kizuna_desktop.store.db import is_encrypted

KEEP = 10
STAMP = "%Y%m%d-%H%M%S"


def backups_dir(journal_path: Path) -> Path:
    """Backups of one journal live together, in a folder named after it (and a short hash of
    its full path, so two journals with the same name never mix)."""
    p = Path(journal_path).absolute()
    digest = hashlib.sha256(str(p).encode()).hexdigest()[:8]
    return paths.data_dir() / "backups" / f"{p.stem}-{digest}"


def list_backups(journal_path: Path) -> list[Path]:
    """Backups of the journal, newest first."""
    d = backups_dir(journal_path)
    return sorted(d.glob("*.kizuna"), reverse=True) if d.exists() else []


def latest_backup(journal_path: Path) -> Path | None:
    found = list_backups(journal_path)
    return found[0] if found else None


def _stamp_of(p: Path) -> datetime | None:
    try:
        return datetime.strptime(p.stem.split("_")[0], STAMP)
    except ValueError:
        return None


def _new_backup_path(journal: Journal, tag: str = "", now: datetime | None = None) -> Path:
    """A new file in the journal's backups folder named by the time (and tag). Two backups
    in one second (the daily one, then Back up now) get ``_2``, ``_3``… rather than one
    replacing the other."""
    d = backups_dir(journal.path)
    d.mkdir(parents=True, exist_ok=True)
    stem = f"{now or datetime.now():{STAMP}}{'_' + tag if tag else ''}"
    n, dest = 1, d / f"{stem}.kizuna"
    while dest.exists() or dest.with_name(f".{dest.name}.part").exists():
        n += 1
        dest = d / f"{stem}_{n}.kizuna"
    return dest


def backup_now(journal: Journal, dest: Path | None = None, tag: str = "") -> Path:
    """A backup of the open journal: to ``dest``, or into its backups folder."""
    return backup_to(journal, Path(dest) if dest else _new_backup_path(journal, tag))


@contextmanager
def backup_alongside(journal: Journal, tag: str) -> Iterator[SnapshotBackup]:
    """A backup of the journal as it is on entering, into its backups folder, written while
    the caller changes the journal (an import is undone from it). Call ``wait()`` on what
    this gives before committing: it returns the backup's path, or raises when the backup
    could not be written, so that the change is rolled back rather than made without one.
    Leaving waits for the backup to be written either way."""
    pending = SnapshotBackup(journal, _new_backup_path(journal, tag))
    try:
        yield pending
    finally:
        pending.close()


def auto_backup(journal: Journal, keep: int = KEEP, now: datetime | None = None) -> Path | None:
    """On opening: a backup unless one was made in the last day; keeps the newest ``keep``."""
    now = now or datetime.now()
    existing = list_backups(journal.path)
    stamps = [s for s in (_stamp_of(p) for p in existing) if s]
    if stamps and now - max(stamps) < timedelta(days=1):
        return None
    made = backup_to(journal, _new_backup_path(journal, now=now))
    for old in list_backups(journal.path)[keep:]:
        old.unlink(missing_ok=True)
    return made


def restore(journal_path: Path, backup: Path, passphrase: str | None = None) -> Path | None:
    """Replace the journal at ``journal_path`` with ``backup`` after checking the backup is a
    sound journal. The current file, if any, is backed up first; returns that backup."""
    from kizuna_desktop.services import check

    journal_path, backup = Path(journal_path).absolute(), Path(backup).absolute()
    if journal_path == backup:
        raise JournalError("The backup is the journal itself.")
    with Journal.open(backup, create=False, passphrase=passphrase) as b:
        report = check.run(b)
        if not report.ok:
            raise JournalError(f"{backup} has problems and was not restored: "
                               + "; ".join(report.problems[:5]))
    saved = None
    if journal_path.exists() and journal_path.stat().st_size:
        current_pass = passphrase if is_encrypted(journal_path) else None
        try:
            with Journal.open(journal_path, create=False, passphrase=current_pass) as current:
                saved = backup_now(current, tag="before-restore")
        except JournalError:
            # A damaged journal cannot be backed up through SQLite: keep its bytes as they are.
            d = backups_dir(journal_path)
            d.mkdir(parents=True, exist_ok=True)
            saved = d / f"{datetime.now():{STAMP}}_damaged.kizuna"
            shutil.copy2(journal_path, saved)
    staging = journal_path.with_name(f".{journal_path.name}.restoring")
    with Journal.open(backup, create=False, passphrase=passphrase) as b:
        backup_to(b, staging)
    replace_file(journal_path, staging)
    return saved


def convert(journal_path: Path, passphrase_in: str | None, passphrase_out: str | None) -> Path:
    """Encrypt, decrypt or re-key the (closed) journal in place, keeping a backup of the
    original first. Returns the backup."""
    journal_path = Path(journal_path).absolute()
    with Journal.open(journal_path, create=False, passphrase=passphrase_in) as j:
        saved = backup_now(j, tag="before-encryption-change")
    staging = journal_path.with_name(f".{journal_path.name}.converting")
    export_converted(journal_path, staging, passphrase_in, passphrase_out)
    with Journal.open(staging, create=False, passphrase=passphrase_out):
        pass  # it opens with the new passphrase before it replaces anything
    replace_file(journal_path, staging)
    if passphrase_out:
        # A lost laptop must not give away the journal through its older, plain backups:
        # they are encrypted with the new passphrase too.
        for old in list_backups(journal_path):
            if not is_encrypted(old):
                tmp = old.with_name(f".{old.name}.converting")
                export_converted(old, tmp, None, passphrase_out)
                replace_file(old, tmp)
    return saved
