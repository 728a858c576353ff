"""Keeping a passphrase out of core dumps (issue 19.8).

While a passphrase is held, a crash must not write the process's memory to disk: the core
file size limit is set to 0 (``RLIMIT_CORE``) and, on Linux, the process is made
non-dumpable (``PR_SET_DUMPABLE`` 0, which also keeps other processes of the same user from
reading its memory through ptrace or /proc/PID/mem). Both are process-wide and stay in force
until the process ends: a passphrase typed once may have left copies in memory Python cannot
wipe, so dumps stay off after the journal is closed too."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3

_done = False


def no_core_dumps() -> bool:
    """Turns core dumps off for this process; True when both steps took effect (or the
    platform has neither)."""
    global _done
    if _done:
        return True
    ok = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                ok = False
        except OSError:
            ok = False
    _done = ok
    return ok


def dumpable() -> bool | None:
    """Whether the process may dump core (Linux), None where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
