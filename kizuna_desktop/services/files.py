"""Writing output files so that a failure never leaves half a file in place of a good one,
and so that what the journal holds is readable by its owner only: every file the app writes
is created 0600, every folder it makes 0700 (missing parents included), whatever the umask."""

from __future__ import annotations

import os
from pathlib import Path

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.paths import private_dir

FILE_MODE = 0o600


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Writes ``data`` to ``path`` through a private temporary file beside it, replaced in
    one step; the result is 0600 (a file the user saves is theirs: it is not encrypted)."""
    path = Path(path)
    if path.is_symlink():
        # Written through the link, as an editor would: the link stays, its target changes.
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        if path.is_dir():
            raise KizunaError(f"Cannot write {path}: it is a folder.")
        return _write_in_place(path, data)  # a terminal, a pipe, /dev/stdout: not replaceable
    tmp = path.with_name(f".{path.name}.part")
    try:
        private_dir(path.parent)
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), FILE_MODE)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself is what failed
        raise KizunaError(f"Cannot write {path}: {e.strerror}.") from e
    return path


def _write_in_place(path: Path, data: bytes) -> Path:
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as e:
        raise KizunaError(f"Cannot write {path}: {e.strerror}.") from e
    return path
