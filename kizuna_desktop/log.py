"""The app's log: a rotating file in the data folder (``logs/kizuna.log``, 0600 in 0700
folders, 3 files of 1 MB) that holds no user data: ids, error types and SQLite codes, and
the tracebacks of the code (file, line, function, source line) without the exceptions'
messages, which can carry names, notes or paths the user typed. Never a passphrase."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from kizuna_desktop import paths

LOGGER = "kizuna"
MAX_BYTES = 1 << 20
BACKUPS = 3


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # the file (and each rotated one) created 0600
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8")


def log_dir() -> Path:
    return paths.data_dir() / "logs"


def log_file() -> Path:
    return log_dir() / "kizuna.log"


_handler: logging.Handler | None = None
_handler_file: Path | None = None


def setup() -> Path | None:
    """Send the ``kizuna`` loggers to the log file (once per data folder: a process whose
    data folder changed writes to the new one). None if it cannot be written."""
    global _handler, _handler_file
    target = log_file()
    if _handler is not None and _handler_file == target and target.exists():
        return target
    from kizuna_desktop.paths import private_dir

    logger = logging.getLogger(LOGGER)
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
        _handler, _handler_file = None, None
    try:
        private_dir(log_dir())
        handler = _PrivateRotatingHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                          encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler, _handler_file = handler, target
    return target


def describe(error: BaseException) -> str:
    """The error without its message: its type, and SQLite's or the OS's code if any."""
    from kizuna_desktop.store.faults import sqlite_code

    parts = [f"{type(error).__module__}.{type(error).__qualname__}"]
    code = sqlite_code(error)
    if code is not None:
        parts.append(f"sqlite code {code}")
    if isinstance(error, OSError) and error.errno is not None:
        parts.append(f"errno {error.errno}")
    return ", ".join(parts)


def code_traceback(error: BaseException) -> str:
    """The traceback's frames (code only), for each error in the chain."""
    lines = []
    seen = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        lines.append(f"{describe(e)}:")
        for frame in traceback.extract_tb(e.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        e = e.__cause__ or e.__context__
    return "\n".join(lines)


def log_error(what: str, error: BaseException) -> Path | None:
    """Write an unexpected error (type, codes, the code's traceback) to the log; returns the
    log file's path (None when there is no log)."""
    where = setup()
    logging.getLogger(LOGGER).error("%s: %s", what, code_traceback(error))
    return where
