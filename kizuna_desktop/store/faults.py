"""SQLite's and the file system's errors turned into the journal's own error types, by their
codes (SQLite's result codes, errno), never by their words."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from kizuna_desktop.errors import (
    DiskFullError,
    FolderMissingError,
    JournalBusyError,
    JournalDamagedError,
    JournalError,
    NotWritableError,
)

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
DAMAGE = {SQLITE_CORRUPT, SQLITE_NOTADB}


def sqlite_code(e: BaseException) -> int | None:
    """The primary SQLite result code of an error from sqlite3 or SQLCipher (also when
    SQLAlchemy wraps it), else None."""
    for candidate in (e, getattr(e, "orig", None), e.__cause__, e.__context__):
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def is_damage(e: BaseException) -> bool:
    return sqlite_code(e) in DAMAGE


def _folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def classify(e: BaseException, path: Path, doing: str = "use") -> JournalError | None:
    """The journal error ``e`` is, or None when it is none of the known faults (a bug, a
    constraint a service should have checked: those keep their own type)."""
    if isinstance(e, JournalError):
        return e
    path = Path(path)
    if isinstance(e, OSError) and e.errno is not None:
        return from_errno(e.errno, path, doing, e.filename)
    code = sqlite_code(e)
    if code is None:
        return None
    if code in DAMAGE:
        return JournalDamagedError(f"The journal {path} is damaged (SQLite reports "
                                   f"{_name(e)}).", path=path)
    if code == SQLITE_FULL:
        return DiskFullError(f"The disk holding {path} is full: nothing was saved. Free some "
                             "space and try again.")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return JournalBusyError(f"The journal {path} is busy: another program is writing to "
                                "it. Nothing was saved; try again in a moment.")
    if not path.parent.exists():
        return FolderMissingError(f"The folder of the journal {path} is gone (moved, deleted "
                                  "or a removed drive). Nothing was saved.")
    if code == SQLITE_READONLY or (code in (SQLITE_CANTOPEN, SQLITE_IOERR)
                                   and not _folder_writable(path.parent)):
        return NotWritableError(f"The journal {path} cannot be written (a read-only file, "
                                "folder or drive). Nothing was saved.")
    if code == SQLITE_CANTOPEN:
        return JournalError(f"The journal {path} cannot be opened ({_name(e)}).")
    if code == SQLITE_IOERR:
        # An I/O error is the drive's, not the file's: a journal closed on a full disk fails
        # to grow its -shm file (SQLITE_IOERR_SHMSIZE) and was called damaged.
        if _nearly_full(path.parent):
            return DiskFullError(f"The disk holding {path} is full: nothing was saved. Free "
                                 "some space and try again.")
        return JournalError(f"The journal {path} cannot be read or written: the drive "
                            f"reported an error ({_name(e)}). The journal was not changed; "
                            "check the drive and try again.")
    return None


FULL_BELOW = 256 * 1024  # free bytes under which a drive counts as full for SQLite's needs


def _nearly_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def from_errno(number: int, path: Path, doing: str = "use", filename=None) -> JournalError:
    where = Path(filename) if filename else path
    if number == errno.ENOSPC or number == getattr(errno, "EDQUOT", -1):
        return DiskFullError(f"The disk holding {where} is full: cannot {doing} it. Free some "
                             "space and try again.")
    if number in (errno.EROFS, errno.EACCES, errno.EPERM):
        return NotWritableError(f"{where} cannot be written (a read-only file, folder or "
                                f"drive): cannot {doing} it.")
    if number == errno.ENOENT:
        return FolderMissingError(f"The folder of {where} does not exist (moved, deleted or a "
                                  f"removed drive): cannot {doing} it.")
    return JournalError(f"Cannot {doing} {where}: {os.strerror(number)}.")


def _name(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    name = getattr(orig, "sqlite_errorname", None)
    text = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    return f"{text}, {name}" if name else text
