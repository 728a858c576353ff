"""The app's own preferences, shared by the window and the command line: one small JSON file
in the platform's config folder (``settings.json``, 0600 in a 0700 folder). No Qt here; the
window keeps only its geometry and layout in QSettings.

It holds the journal last opened in the window, so that ``kizuna`` with no ``--db``
reopens it (issue 18.7), and the preferences of issue 22.5 (PREFERENCES below: language,
Latin name order, default paper, card size and cadence, the folders of briefings, proofs and
backups, backup retention; the journal's home zone is kept in the journal). Unknown keys are
kept as they are; a damaged file is set aside and the defaults used, never an error at
start."""

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


def missing_last_journal() -> Path | None:
    """The journal last opened in the window when it is no longer where it was (moved or
    deleted): ``kizuna`` with no --db says so instead of making a new one elsewhere."""
    value = get("last_journal")
    if not isinstance(value, str) or not value:
        return None
    path = Path(value)
    return None if path.exists() else path


def remember_journal(path: Path) -> None:
    try:
        put("last_journal", str(Path(path).resolve()))
    except OSError:
        pass  # nothing to reopen next time; the journal itself is fine


def recent_journals() -> list[str]:
    """File > Open recent: the journals last opened, newest first (a JSON list of strings;
    anything else in the file is left out, never split into letters)."""
    value = get("recent", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for v in value:
        if isinstance(v, str) and v and v not in out:
            out.append(v)
    return out


def remember_recent(path: Path, limit: int = 8) -> None:
    """Puts the journal first in the recent list (at most ``limit`` kept)."""
    p = str(Path(path).resolve())
    try:
        put("recent", [p, *[r for r in recent_journals() if r != p]][:limit])
    except OSError:
        pass  # a read-only config folder costs the list, not the journal


# Preferences (issue 22.5) ------------------------------------------------------------------
# key → (default, allowed values or a check). The window's Preferences dialog writes them; the
# CLI reads paper, cadence and the backup folder/retention as its defaults. A value that is
# not allowed (an edited file) costs that value only: the default is used and named by
# preference_problems().
LANGUAGES = ("system", "en", "ja")
PAPERS = ("a4", "letter")
CARD_SIZES = ("jp", "us", "eu")  # pdf/meishi_layout.SIZES: 91×55 mm, 3.5×2 in, 85×55 mm

PREFERENCES: dict[str, Any] = {
    "language": "system",
    "latin_first": False,
    "era": False,  # Japanese dates with the era (令和8年12月1日), applied at the next start
    "paper": "a4",
    "card_size": "jp",
    "cadence_days": None,  # a new contact's keep-in-touch cadence; None: no cadence
    "briefings_dir": "",  # empty: the folder the dialog last used (or the documents folder)
    "proofs_dir": "",
    "backup_dir": "",  # empty: beside the journal (services/backup.backups_dir)
    "backup_keep": 10,
}


def _valid(key: str, value: Any) -> bool:
    if key == "language":
        return value in LANGUAGES
    if key in ("latin_first", "era"):
        return isinstance(value, bool)
    if key == "paper":
        return value in PAPERS
    if key == "card_size":
        return value in CARD_SIZES
    if key == "cadence_days":
        return value is None or (type(value) is int and 1 <= value <= 3650)
    if key in ("briefings_dir", "proofs_dir", "backup_dir"):
        return isinstance(value, str) and is_folder_value(value)
    if key == "backup_keep":
        return type(value) is int and 1 <= value <= 1000
    return False


def is_folder_value(value: str) -> bool:
    """Empty (the default place) or a full path (``~`` allowed): a relative folder would
    depend on where the app happened to be started from, so it is refused."""
    return not value.strip() or Path(value.strip()).expanduser().is_absolute()


def preferences(data: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every preference, a stored one where it is valid, else its default."""
    data = load() if data is None else data
    return {k: (data[k] if k in data and _valid(k, data[k]) else default)
            for k, default in PREFERENCES.items()}


def preference_problems(data: dict[str, Any] | None = None) -> list[str]:
    """The stored values not used, each named with the default used instead."""
    data = load() if data is None else data
    from kizuna_desktop.i18n import translate

    return [translate("validation", "settings: {key} = {value} is not a valid value; "
                      "{default} is used").format(key=k, value=repr(data[k]),
                                                  default=repr(PREFERENCES[k]))
            for k in PREFERENCES if k in data and not _valid(k, data[k])]


def save_preferences(values: dict[str, Any]) -> None:
    """Stores the given preferences (each checked first: ValueError names a bad one); other
    keys in the file are kept."""
    for k, v in values.items():
        if k not in PREFERENCES or not _valid(k, v):
            raise ValueError(f"{k} = {v!r} is not a valid preference")
    data = load()
    data.update(values)
    save(data)


def preference(key: str) -> Any:
    return preferences()[key]
