"""Where things live: the journal file, the app's resources."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Kizuna"
JOURNAL_FILE = "journal.kizuna"
DEMO_FILE = "demo.kizuna"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def journal_path(cli_value: str | None = None) -> Path:
    """``--db PATH``, else ``$KIZUNA_DB``, else the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("KIZUNA_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / JOURNAL_FILE


def demo_path() -> Path:
    return data_dir() / DEMO_FILE


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
