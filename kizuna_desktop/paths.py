"""Where things live: the journal file, the app's resources."""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
from importlib import resources as _resources
from pathlib import Path

APP_NAME = "Kizuna"
APP_ID = "jp.kizuna.Desktop"  # the desktop entry, icon, MIME and AppStream id (packaging/)
JOURNAL_FILE = "journal.kizuna"
DEMO_FILE = "demo.kizuna"
# The package's own data (fonts with their licence, demo data, the icon), read through
# importlib.resources so it is found in the source tree, an installed wheel, a zip and a
# PyInstaller bundle alike.
RESOURCES = _resources.files("kizuna_desktop") / "resources"

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def private_dir(folder: str | os.PathLike[str]) -> Path:
    """Make ``folder`` and its missing parents 0700, as the XDG spec asks of the folders an
    app makes (``mkdir(mode, parents=True)`` would leave the parents at the umask); a folder
    that exists already keeps its mode. Everything the app writes goes into such folders."""
    folder = Path(folder)
    missing = []
    p = folder
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(d, 0o700)  # the umask may have taken bits off
    return folder


def journal_path(cli_value: str | None = None) -> Path:
    """``--db PATH``, else ``$KIZUNA_DB``, else the journal last opened in the window (when it
    still exists), else ``journal.kizuna`` in the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("KIZUNA_DB")
    if env:
        return Path(env).expanduser()
    from kizuna_desktop import settings

    return settings.last_journal() or data_dir() / JOURNAL_FILE


def demo_path() -> Path:
    return data_dir() / DEMO_FILE


@functools.cache
def resource(*parts: str) -> Path:
    """A real file for ``kizuna_desktop/resources/<parts>`` (ReportLab and Qt want a path).
    Where the package is on disk that is the file itself; where it is not (a zip), the file is
    extracted once for the life of the process. Raises FileNotFoundError naming what is
    missing, which means a broken installation."""
    entry = RESOURCES.joinpath(*parts)
    if not entry.is_file():
        raise FileNotFoundError(
            f"Kizuna's resource {'/'.join(parts)} is missing from {RESOURCES} "
            "(the installation is incomplete; reinstall the package)")
    return _extracted.enter_context(_resources.as_file(entry))
