"""Who has the journal open: a lock file beside it (``journal.kizuna.lock``) naming the process
and host. A window holds it while the journal is open; whole-file operations (restore,
encrypt, decrypt, archive import, demo) hold it while they run and refuse while someone else
holds it. Ordinary writes (a CLI import, the record commands) never look at it: they go
through SQLite's own locking.

A lock left by a process that is gone (killed, crashed) on this host is taken over. A lock of
another host (a journal on a shared or synced folder) is honoured: its process cannot be
asked."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kizuna_desktop.errors import JournalLockedError


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    what: str
    since: str

    def describe(self) -> str:
        return f"{self.what} (process {self.pid} on {self.host}, since {self.since})"

    @property
    def is_us(self) -> bool:
        return self.pid == os.getpid() and self.host == socket.gethostname()

    @property
    def alive(self) -> bool:
        if self.host != socket.gethostname():
            return True  # cannot tell: honour it
        return pid_alive(self.pid)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (signal 0 on POSIX; on Windows, where
    os.kill(pid, 0) would send Ctrl+C, the process handle's exit code)."""
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_path(journal: Path) -> Path:
    journal = Path(journal)
    return journal.with_name(journal.name + ".lock")


def holder(journal: Path) -> Holder | None:
    """Who holds the journal's lock, if a live process (or one on another host) does."""
    try:
        data = json.loads(lock_path(journal).read_text("utf-8"))
        h = Holder(int(data["pid"]), str(data["host"]), str(data.get("what", "Kizuna")),
                   str(data.get("since", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable or half written: treated as no lock
    return h if h.alive else None


class JournalLock:
    """The lock of one journal, held by this process until :meth:`release`."""

    def __init__(self, journal: Path, what: str):
        self.journal, self.what = Path(journal).absolute(), what
        self.path = lock_path(self.journal)
        self.held = False

    def acquire(self) -> JournalLock:
        """Take the lock, or raise JournalLockedError naming who has it. Taken over from a
        dead process; re-entrant within this process."""
        for _ in range(3):
            current = holder(self.journal)
            if current is not None and not current.is_us:
                raise JournalLockedError(
                    f"The journal {self.journal} is in use by {current.describe()}; close it "
                    "there first.", holder=current.describe())
            if current is not None and current.is_us:
                self.held = False  # someone else in this process holds it; leave it to them
                return self
            try:
                if self.path.exists():
                    self.path.unlink()  # a dead process's lock (holder() said not alive)
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                continue  # another process took it between our look and our write
            except OSError:
                # A read-only folder: nobody can write the journal here either; no lock.
                return self
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"pid": os.getpid(), "host": socket.gethostname(), "what": self.what,
                           "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}, f)
            self.held = True
            return self
        raise JournalLockedError(f"The journal {self.journal} is being locked by another "
                                 "process; try again.")

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            current = holder(self.journal)
            if current is None or current.is_us:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass

    def __enter__(self) -> JournalLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def refuse_if_held(journal: Path, doing: str) -> None:
    """Raise JournalLockedError if another live process holds the journal."""
    current = holder(journal)
    if current is not None and not current.is_us:
        raise JournalLockedError(
            f"Cannot {doing} {journal}: it is open in {current.describe()}; close it there "
            "first.", holder=current.describe())
