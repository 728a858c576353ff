"""The QApplication bootstrap: fonts, the journal (with a clear message when it cannot be
opened), the main window."""

from __future__ import annotations

import sys

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError


def follow_system_colour_scheme(app) -> None:
    """Fusion draws the same everywhere and takes its palette from the system's light or dark
    scheme; when the user switches scheme while the app runs, the palette follows."""
    app.setStyle("Fusion")
    hints = app.styleHints()

    def apply(*_args) -> None:
        app.setPalette(app.style().standardPalette())

    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(apply)
    apply()


def run_app(db: str | None, *, demo_if_missing: bool = False,
            quit_after_ms: int | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kizuna_desktop.services import demo
    from kizuna_desktop.store import Journal
    from kizuna_desktop.ui import fonts
    from kizuna_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kizuna")
    app.setOrganizationName("Kizuna")
    app.setApplicationDisplayName("Kizuna Desktop")
    fonts.install(app)
    follow_system_colour_scheme(app)

    path = paths.journal_path(db)
    is_demo = False
    if demo_if_missing and not path.exists():
        path, is_demo = paths.demo_path(), True
    try:
        journal = Journal.open(path)
        if is_demo and demo.is_empty(journal):
            demo.write_demo(journal)
    except KizunaError as e:
        QMessageBox.critical(None, "Kizuna Desktop", str(e))
        print(f"kizuna: error: {e}", file=sys.stderr)
        return 1
    window = MainWindow(journal, is_demo=is_demo)
    window.show()
    window.contacts.search.setFocus()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, app.quit)
    try:
        return app.exec()
    finally:
        journal.close()
