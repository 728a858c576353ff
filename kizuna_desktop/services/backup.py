"""Backups that keep a good copy.

- Each backup is verified after it is written (SQLite's quick_check on the copy, opened
  read-only) and what was found is kept in the folder's small index (``index.json``: kind,
  time, verified, contact count, the journal's file stamp). A copy that fails is removed.
- The automatic (daily) backup checks the journal first: a damaged journal is never copied
  over good backups. It is skipped when the journal's file is unchanged since the last one.
- Retention is tiered for the daily and manual backups (all of the last 2 days, the newest of
  each day for 14 days, of each week for 8 weeks, of each month for a year); backups made
  before an import, a restore or an encryption change are kept on their own count. The newest
  backup that passed its check is never removed.
- Leftovers of killed runs (``.part``, ``.converting``, ``.importing``, ``.restoring``) are
  removed at start (those of live processes are left alone: the pid is in their name).
- Restore never changes the backup: it is copied, and the copy is checked and migrated.
- Encryption cannot be half done: the journal is converted and swapped, then its backups;
  every open of an encrypted journal finishes any backup still plain (``finish_pending``).

Backups are SQLite files (SQLCipher when the journal is encrypted) in the data folder's
``backups/journal-<hash of the journal's path>/``, 0600 in 0700 folders; a journal outside the
data folder (``--db``, File > Open) keeps them beside it, in ``.<name>.backups/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kizuna_desktop import paths
from kizuna_desktop.errors import JournalDamagedError, JournalError
from kizuna_desktop.store import Journal, faults, lock
from kizuna_desktop.store.copying import (
    SnapshotBackup,
    backup_stamped,
    backup_to,
    export_converted,
    file_stamp,
    replace_file,
    verify_copy,
)
from kizuna_desktop.store.db import (
    DAMAGED,
    _create_private_file,
    file_kind,
    is_encrypted,
    refuse_if_not_journal,
)

STAMP = "%Y%m%d-%H%M%S"
INDEX = "index.json"
KEEP = 10  # of each kind made before an import, a restore or an encryption change
REGULAR = ("daily", "manual")
LEFTOVER = re.compile(r"^\..+?\.(?:(?P<pid>\d+)\.)?(?P<what>part|converting|importing|"
                      r"restoring)(?:-journal|-wal|-shm)?$")


@dataclass
class BackupInfo:
    path: Path
    kind: str  # daily, manual, before-import, before-restore, before-encryption-change…
    created: datetime
    encrypted: bool
    verified: bool | None  # None: made by an older version, never checked
    contacts: int | None

    def as_json(self) -> dict:
        return {"path": str(self.path), "kind": self.kind,
                "created": self.created.isoformat(timespec="seconds"),
                "encrypted": self.encrypted, "verified": self.verified,
                "contacts": self.contacts}


# folders and the index ----------------------------------------------------------------------
def backup_root() -> Path:
    """Where backups go: Preferences' backup folder (settings ``backup_dir``, for window and
    CLI alike), else the data folder's ``backups``."""
    from kizuna_desktop import settings

    chosen = settings.preference("backup_dir")
    return Path(chosen).expanduser() if chosen else paths.data_dir() / "backups"


def default_keep() -> int:
    """How many of each kind of backup are kept (Preferences: settings ``backup_keep``)."""
    from kizuna_desktop import settings

    return settings.preference("backup_keep")


def backups_dir(journal_path: Path) -> Path:
    """Backups of one journal live together, in a folder named by a short hash of the
    journal's full path (never by its name: the folder's name is not the journal's)."""
    p = Path(journal_path).absolute()
    digest = hashlib.sha256(str(p).encode()).hexdigest()[:8]
    root = backup_root()
    beside = _beside(p)
    if beside is not None:
        # A journal of its own folder (``--db``, File > Open): its backups go beside it, not
        # among the default journal's; backups an earlier version made in the data folder
        # are still used while they are there (nothing already backed up is lost).
        earlier = root / f"journal-{digest}"
        return earlier if earlier.is_dir() and not beside.exists() else beside
    new = root / f"journal-{digest}"
    old = root / f"{p.stem}-{digest}"  # what older versions named it
    if not new.exists() and old.is_dir():
        with suppress(OSError):
            old.rename(new)
    return new


def _beside(journal: Path) -> Path | None:
    """``<journal's folder>/.<journal's name>.backups`` for a journal outside the data folder
    when Preferences name no backup folder; None for the default journals (the data
    folder's) and when a backup folder is chosen."""
    from kizuna_desktop import settings

    if settings.preference("backup_dir"):
        return None
    with suppress(OSError):
        if journal.parent.resolve() == paths.data_dir().resolve():
            return None
    return journal.parent / f".{journal.name}.backups"


def _folder(journal_path: Path) -> Path:
    d = backups_dir(journal_path)
    try:
        paths.private_dir(d)
    except OSError as e:
        raise faults.from_errno(e.errno or 0, d, "make the backups folder") from e
    if not d.is_dir():
        raise JournalError(f"The backups folder {d} is not a folder.")
    return d


def _read_index(d: Path) -> dict[str, dict]:
    try:
        data = json.loads((d / INDEX).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_index(d: Path, index: dict[str, dict]) -> None:
    tmp = d / f".{INDEX}.{os.getpid()}.part"
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(index, f, indent=1, sort_keys=True)
    os.replace(tmp, d / INDEX)


_index_lock = threading.Lock()  # one writer of an index at a time in this process


def _record(made: Path, kind: str, created: datetime, verified: bool | None,
            contacts: int | None, stamp: list | None) -> None:
    with _index_lock:
        index = _read_index(made.parent)
        index[made.name] = {"kind": kind, "created": created.isoformat(timespec="seconds"),
                            "verified": verified, "contacts": contacts, "stamp": stamp}
        _write_index(made.parent, index)


# listing ---------------------------------------------------------------------------------------
def _stamp_of(p: Path) -> datetime | None:
    try:
        return datetime.strptime(p.stem.split("_")[0], STAMP)
    except ValueError:
        return None


def _kind_from_name(p: Path) -> str:
    parts = p.stem.split("_")
    tag = parts[1] if len(parts) > 1 and not parts[1].isdigit() else ""
    return tag or "daily"


def list_backups(journal_path: Path) -> list[Path]:
    """Backups of the journal, newest first."""
    d = backups_dir(journal_path)
    return sorted(d.glob("*.kizuna"), reverse=True) if d.exists() else []


def backup_infos(journal_path: Path) -> list[BackupInfo]:
    """Backups of the journal with their kind, time, encryption, check and contact count,
    newest first."""
    d = backups_dir(journal_path)
    index = _read_index(d) if d.exists() else {}
    out = []
    for p in list_backups(journal_path):
        entry = index.get(p.name, {})
        created = _stamp_of(p)
        with suppress(TypeError, ValueError):
            created = datetime.fromisoformat(entry["created"]) if "created" in entry \
                else created
        if created is None:
            created = datetime.fromtimestamp(p.stat().st_mtime)
        out.append(BackupInfo(p, entry.get("kind") or _kind_from_name(p), created,
                              is_encrypted(p), entry.get("verified"), entry.get("contacts")))
    out.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return out


def latest_backup(journal_path: Path) -> Path | None:
    """The newest backup that passed its check (or, among those made before checks were
    kept, the newest); never a copy of a damaged journal."""
    good = newest_good(journal_path)
    return good.path if good else None


def newest_good(journal_path: Path) -> BackupInfo | None:
    infos = [b for b in backup_infos(journal_path) if b.kind != "damaged"]
    for b in infos:
        if b.verified:
            return b
    return next((b for b in infos if b.verified is None), None)


# writing -----------------------------------------------------------------------------------
def _new_backup_path(journal: Journal, tag: str = "", now: datetime | None = None) -> Path:
    """A new file in the journal's backups folder named by the time (and tag). Two backups
    in one second (the daily one, then Back up now) get ``_2``, ``_3``… rather than one
    replacing the other."""
    d = _folder(journal.path)
    stem = f"{now or datetime.now():{STAMP}}{'_' + tag if tag else ''}"
    n, dest = 1, d / f"{stem}.kizuna"
    while dest.exists() or list(d.glob(f".{dest.name}*.part")):
        n += 1
        dest = d / f"{stem}_{n}.kizuna"
    return dest


def _verify_and_record(made: Path, passphrase: str | None, kind: str, created: datetime,
                       stamp: list | None) -> Path:
    ok, contacts = verify_copy(made, passphrase)
    if not ok:
        made.unlink(missing_ok=True)
        raise JournalError(f"The backup {made} was written but failed its check, so it was "
                           "removed; the journal itself is unchanged.")
    _record(made, kind, created, True, contacts, stamp)
    return made


def backup_now(journal: Journal, dest: Path | None = None, tag: str = "",
               now: datetime | None = None) -> Path:
    """A verified backup of the open journal: to ``dest``, or into its backups folder."""
    now = now or datetime.now()
    if dest is not None:
        made = backup_to(journal, Path(dest))
        ok, _ = verify_copy(made, journal.passphrase)
        if not ok:
            raise JournalError(f"The backup {made} was written but failed its check.")
        return made
    made, stamp = backup_stamped(journal, _new_backup_path(journal, tag, now))
    return _verify_and_record(made, journal.passphrase, tag or "manual", now, stamp)


@contextmanager
def backup_alongside(journal: Journal, tag: str) -> Iterator[SnapshotBackup]:
    """A backup of the journal as it is on entering, into its backups folder, written while
    the caller changes the journal (an import is undone from it). Call ``wait()`` on what
    this gives before committing: it returns the backup's path, or raises when the backup
    could not be written, so that the change is rolled back rather than made without one.
    Leaving waits for the backup to be written either way; its check is recorded after."""
    now = datetime.now()
    pending = SnapshotBackup(journal, _new_backup_path(journal, tag, now))
    try:
        yield pending
    finally:
        pending.close()
    if pending.dest.exists():
        # Checked after the caller's change committed, on a thread of its own, so that an
        # import is not held back by reading its whole backup again (the process waits for
        # it before it exits).
        dest, passphrase, journal_path = pending.dest, journal.passphrase, journal.path

        def verify() -> None:
            try:
                ok, contacts = verify_copy(dest, passphrase)
                _record(dest, tag, now, ok, contacts, None)
                prune(journal_path, now)
            except OSError:
                pass  # the folder went away: the listing shows it unchecked

        checking = threading.Thread(target=verify, name="kizuna-verify-backup")
        with _CHECKS_LOCK:
            _CHECKS[:] = [t for t in _CHECKS if t.is_alive()] + [checking]
        checking.start()


_CHECKS: list[threading.Thread] = []  # the checks backup_alongside left running
_CHECKS_LOCK = threading.Lock()


def wait_for_checks() -> None:
    """Return once every backup written alongside has been checked and its check recorded
    (the bench, before timing the next import: the check is not part of the import)."""
    with _CHECKS_LOCK:
        running = list(_CHECKS)
    for t in running:
        t.join()


def auto_backup(journal: Journal, keep: int | None = None, now: datetime | None = None,
                check_first: bool = True) -> Path | None:
    """On opening: a backup unless one was made in the last day or the journal's file has
    not changed since the last one; the journal is checked first (JournalDamagedError, and
    no backup, when it fails). Then the backups are thinned (:func:`prune`), keeping
    Preferences' number unless ``keep`` is given."""
    keep = default_keep() if keep is None else keep
    now = now or datetime.now()
    infos = [b for b in backup_infos(journal.path) if b.kind in REGULAR]
    if infos and now - max(b.created for b in infos) < timedelta(days=1):
        return None
    stamp = file_stamp(journal.path)
    index = _read_index(backups_dir(journal.path))
    last = next((index.get(b.path.name, {}) for b in infos if b.verified), {})
    if last.get("stamp") is not None and last["stamp"] == stamp:
        prune(journal.path, now, keep)
        return None  # nothing changed since the last good backup
    if check_first:  # (the window checks first itself, whether a backup is due or not)
        refuse_damaged(journal)
    made, stamp = backup_stamped(journal, _new_backup_path(journal, now=now))
    _verify_and_record(made, journal.passphrase, "daily", now, stamp)
    prune(journal.path, now, keep)
    return made


def refuse_damaged(journal: Journal) -> None:
    """Raise JournalDamagedError (naming the newest good backup) if the journal fails
    SQLite's quick_check or this process saw it damaged."""
    problems = journal.quick_check()
    if problems or journal.path.absolute() in DAMAGED:
        good = newest_good(journal.path)
        raise JournalDamagedError(
            f"The journal {journal.path} is damaged ({(problems or ['seen damaged'])[0]}); "
            "no backup was made of it, so the good ones stay.", path=journal.path,
            backup=good.path if good else None,
            backup_created=f"{good.created:%Y-%m-%d %H:%M}" if good else None)


# retention ---------------------------------------------------------------------------------
def plan_keep(infos: list[BackupInfo], now: datetime, keep: int = KEEP) -> set[Path]:
    """Which backups to keep: see the module's docstring."""
    kept: set[Path] = set()
    usable = [b for b in infos if b.verified is not False]
    regular = [b for b in usable if b.kind in REGULAR]
    for b in regular:
        if now - b.created <= timedelta(days=2):
            kept.add(b.path)
    for span, bucket in ((timedelta(days=14), lambda d: d.date()),
                         (timedelta(weeks=8), lambda d: d.isocalendar()[:2]),
                         (timedelta(days=365), lambda d: (d.year, d.month))):
        seen = set()
        for b in regular:  # newest first
            if now - b.created <= span and bucket(b.created) not in seen:
                seen.add(bucket(b.created))
                kept.add(b.path)
    others: dict[str, list[BackupInfo]] = {}
    for b in usable:
        if b.kind not in REGULAR:
            others.setdefault(b.kind, []).append(b)
    for group in others.values():
        kept.update(b.path for b in group[:keep])
    newest_verified = next((b for b in infos if b.verified and b.kind != "damaged"), None)
    if newest_verified is not None:
        kept.add(newest_verified.path)
    if not any(b.verified for b in infos) and usable:
        kept.add(usable[0].path)  # never the last one standing
    return kept


def prune(journal_path: Path, now: datetime | None = None, keep: int = KEEP) -> list[Path]:
    """Remove the backups :func:`plan_keep` does not keep; returns those removed."""
    now = now or datetime.now()
    infos = backup_infos(journal_path)
    kept = plan_keep(infos, now, keep)
    removed = []
    for b in infos:
        if b.path not in kept:
            with suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    if removed:
        d = backups_dir(journal_path)
        with _index_lock:
            index = _read_index(d)
            for p in removed:
                index.pop(p.name, None)
            with suppress(OSError):
                _write_index(d, index)
    return removed


# leftovers of killed runs ---------------------------------------------------------------------
def remove_leftovers(journal_path: Path, older_than: timedelta = timedelta(minutes=10)
                     ) -> list[Path]:
    """Remove the hidden temporary files killed runs left beside the journal and in its
    backups folder: those whose process is gone, and (without a pid in their name, from
    older versions) those older than ``older_than``."""
    journal_path = Path(journal_path).absolute()
    removed = []
    now = datetime.now().timestamp()
    for folder in (journal_path.parent, backups_dir(journal_path)):
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            m = LEFTOVER.match(p.name)
            if not m or (folder == journal_path.parent
                         and not p.name.startswith(f".{journal_path.name}.")):
                continue
            pid = m.group("pid")
            try:
                stale = (not lock.pid_alive(int(pid))) if pid else \
                    now - p.stat().st_mtime > older_than.total_seconds()
                if stale:
                    p.unlink()
                    removed.append(p)
            except OSError:
                continue
    return removed


def verify_unrecorded(journal_path: Path, passphrase: str | None, most: int = 3,
                      settled: timedelta = timedelta(minutes=1)) -> list[Path]:
    """Checks and records backups the index does not know (an import killed after its backup
    was written and before it was recorded), so that none stays "not checked" for good. At
    most ``most`` a call; a file written in the last ``settled`` is left for later."""
    journal_path = Path(journal_path).absolute()
    d = backups_dir(journal_path)
    if not d.is_dir():
        return []
    index = _read_index(d)
    now = datetime.now().timestamp()
    done = []
    for p in list_backups(journal_path):
        if len(done) >= most:
            break
        known = index.get(p.name)
        if known is not None and known.get("verified") is not None:
            continue
        try:
            if now - p.stat().st_mtime < settled.total_seconds():
                continue
        except OSError:
            continue
        ok, contacts = verify_copy(p, passphrase)
        _record(p, _kind_from_name(p), _stamp_of(p) or datetime.fromtimestamp(
            p.stat().st_mtime), ok, contacts if ok else None, None)
        done.append(p)
    return done


def staging_path(journal_path: Path, what: str) -> Path:
    """A hidden temporary file beside the journal, named with this process's id."""
    journal_path = Path(journal_path)
    return journal_path.with_name(f".{journal_path.name}.{os.getpid()}.{what}")


# restore ---------------------------------------------------------------------------------------
def restore(journal_path: Path, backup: Path, passphrase: str | None = None) -> Path | None:
    """Replace the journal at ``journal_path`` with ``backup``. The backup is only read: it
    is copied, and the copy is opened, migrated and checked. The current file, if any, is
    backed up first; returns that backup. Refused while another process holds the journal."""
    from kizuna_desktop.services import check

    journal_path, backup = Path(journal_path).absolute(), Path(backup).absolute()
    if journal_path == backup:
        raise JournalError("The backup is the journal itself.")
    if not backup.is_file():  # not "the folder is missing" when only the file is
        raise JournalError(f"{backup} does not exist or is not a file: nothing was restored.")
    try:
        refuse_if_not_journal(backup)  # an empty file or a PDF: not restored, and named itself
    except JournalDamagedError as e:  # its first page is lost
        raise JournalError(f"The backup {backup} is damaged and cannot be restored; the "
                           "journal is unchanged.") from e
    with lock.JournalLock(journal_path, "a restore"):
        staging = staging_path(journal_path, "restoring")
        try:
            try:
                staging.unlink(missing_ok=True)
                _create_private_file(staging)  # 0600 from the first byte
                shutil.copyfile(backup, staging)
            except OSError as e:
                raise faults.from_errno(e.errno or 0, backup, "read") from e
            try:
                opened = Journal.open(staging, create=False, passphrase=passphrase)
            except JournalDamagedError as e:  # the backup's name, not the staging copy's
                raise JournalError(f"The backup {backup} is damaged and cannot be restored; "
                                   "the journal is unchanged.") from e
            with opened as b:
                report = check.run(b)
                if not report.ok:
                    raise JournalError(f"{backup} has problems and was not restored: "
                                       + "; ".join(report.problems[:5]))
            saved = _save_current(journal_path, passphrase)
            replace_file(journal_path, staging)
        finally:
            staging.unlink(missing_ok=True)
    return saved


def _save_current(journal_path: Path, passphrase: str | None) -> Path | None:
    if not (journal_path.exists() and journal_path.stat().st_size):
        return None
    current_pass = passphrase if is_encrypted(journal_path) else None
    try:
        with Journal.open(journal_path, create=False, passphrase=current_pass) as current:
            return backup_now(current, tag="before-restore")
    except JournalError:
        # A damaged journal cannot be backed up through SQLite: keep its bytes as they are.
        d = _folder(journal_path)
        stem, n = f"{datetime.now():{STAMP}}_damaged", 1
        saved = d / f"{stem}.kizuna"
        while saved.exists():
            n += 1
            saved = d / f"{stem}_{n}.kizuna"
        _create_private_file(saved)
        shutil.copyfile(journal_path, saved)
        _record(saved, "damaged", datetime.now(), False, None, None)
        return saved


# encryption ------------------------------------------------------------------------------------
def plain_backups(journal_path: Path) -> list[Path]:
    """The backups that are plain SQLite (to be encrypted like their journal): not a kept
    copy of a journal whose first page was lost (no SQLite can read it to convert it)."""
    return [p for p in list_backups(journal_path) if file_kind(p) == "sqlite"]


def finish_pending(journal_path: Path, passphrase: str | None) -> int:
    """An encrypted journal's backups still plain (an encryption killed halfway) encrypted
    with its passphrase now; returns how many. Nothing to do for a plain journal."""
    if not passphrase:
        return 0
    done = 0
    for old in plain_backups(journal_path):
        tmp = old.with_name(f".{old.name}.{os.getpid()}.converting")
        try:
            export_converted(old, tmp, None, passphrase)
            replace_file(old, tmp)
            done += 1
        finally:
            tmp.unlink(missing_ok=True)
    return done


def convert(journal_path: Path, passphrase_in: str | None, passphrase_out: str | None) -> Path:
    """Encrypt, decrypt or re-key the (closed) journal in place, keeping a backup of the
    original first. Returns the backup. Refused while another process holds the journal.
    When encrypting, the older plain backups are encrypted too; if this is killed halfway,
    the next open of the encrypted journal finishes them (:func:`finish_pending`)."""
    journal_path = Path(journal_path).absolute()
    with lock.JournalLock(journal_path, "an encryption change"):
        remove_leftovers(journal_path)
        with Journal.open(journal_path, create=False, passphrase=passphrase_in) as j:
            saved = backup_now(j, tag="before-encryption-change")
        staging = staging_path(journal_path, "converting")
        try:
            export_converted(journal_path, staging, passphrase_in, passphrase_out)
            with Journal.open(staging, create=False, passphrase=passphrase_out):
                pass  # it opens with the new passphrase before it replaces anything
            replace_file(journal_path, staging)
        finally:
            staging.unlink(missing_ok=True)
        # A lost laptop must not give away the journal through its older, plain backups.
        finish_pending(journal_path, passphrase_out)
    return saved
