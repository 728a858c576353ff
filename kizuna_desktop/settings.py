"""The app's own preferences, shared by the window and the command line: one small JSON file
in the platform's config folder (``settings.json``, 0600 in a 0700 folder). No Qt here; the
window keeps only its geometry and layout in QSettings.

Today it holds the journal last opened in the window, so that ``kizuna`` with no ``--db``
reopens it (issue 18.7). Unknown keys are kept as they are; a damaged file is set aside and
the defaults used, never an error at start."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from kizuna_desktop.paths import APP_NAME, private_dir

FILE_NAME = "settings.json"


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / FILE_NAME


def load() -> dict[str, Any]:
    path = settings_file()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        try:  # kept for a look, out of the way of the next save
            os.replace(path, path.with_name(FILE_NAME + ".damaged"))
        except OSError:
            pass
        return {}
    return data if isinstance(data, dict) else {}


def save(data: dict[str, Any]) -> None:
    folder = private_dir(config_dir())
    target = folder / FILE_NAME
    tmp = folder / f".{FILE_NAME}.{os.getpid()}.part"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            os.fchmod(f.fileno(), 0o600)
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    """Sets one key. A settings file that cannot be written costs the setting, not the work
    the user is doing (a read-only home): the caller is told by OSError only if it asks."""
    data = load()
    data[key] = value
    save(data)


def last_journal() -> Path | None:
    """The journal last opened in the window, when it still exists."""
    value = get("last_journal")
    if not isinstance(value, str) or not value:
        return None
    path = Path(value)
    return path if path.exists() else None


def remember_journal(path: Path) -> None:
    try:
        put("last_journal", str(Path(path).resolve()))
    except OSError:
        pass  # nothing to reopen next time; the journal itself is fine
