"""Writing output files so that a failure never leaves half a file in place of a good one."""

from __future__ import annotations

import os
from pathlib import Path

from kizuna_desktop.errors import KizunaError


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KizunaError(f"Cannot write {path}: {e.strerror}.") from e
    return path
