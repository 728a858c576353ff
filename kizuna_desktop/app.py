"""The QApplication bootstrap: fonts, the journal (with a clear message when it cannot be
opened), the main window."""

from __future__ import annotations

import sys

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError


def settle_memory() -> None:
    """Once the window is up: the objects made at start-up (modules, widgets, the first page
    of contacts) live as long as the app, so the garbage collector stops scanning them. Full
    collections then stay short: filling a timeline of 1,200 interactions at 100,000 contacts
    had pauses up to 140 ms (p95 45 ms), after this 47 ms at worst (p95 36 ms). No collection
    first: that would cost the start 60 ms; what start-up left as garbage is little and
    stays."""
    import gc

    gc.freeze()


def warm_up(journal) -> None:
    """Once the window is up, in the background: the queries of opening a contact, run on a
    contact with a few interactions and their results dropped. SQLAlchemy compiles a
    statement the first time it runs; at 100,000 contacts that made the first contact opened
    after start take 60-125 ms instead of 20-35. What is compiled depends only on the
    statement's shape (a timeline page with more to come, or the last one), never on the
    data: nothing here can go stale. Run twice: the very first statement of a kind is filed
    under a key the later ones do not match (seen with the list's aliased joins)."""
    from sqlalchemy import func, select

    from kizuna_desktop.services import search, timeline
    from kizuna_desktop.store.models import interaction_participants as p

    with journal.session() as s:
        contact_id = s.scalar(select(p.c.contact_id).group_by(p.c.contact_id)
                              .having(func.count().between(2, 100)).limit(1))
    if contact_id is None:
        return
    for _ in range(2):
        search.by_ids(journal, [contact_id])
        timeline.page(journal, contact_id, 0, limit=1)  # more to come
        timeline.page(journal, contact_id, 0, limit=200)  # the last page


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


def open_journal_interactively(path, parent=None, create: bool = True):
    """Open a journal from the window: ask for the passphrase of an encrypted one (three
    tries), and for a damaged one offer to restore its latest backup. None if not opened."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    from kizuna_desktop.services import backup
    from kizuna_desktop.store import Journal
    from kizuna_desktop.store.db import PassphraseNeededError, is_encrypted

    passphrase = None
    for _ in range(3):
        try:
            return Journal.open(path, create=create, passphrase=passphrase)
        except PassphraseNeededError:
            pass
        except KizunaError as e:
            if passphrase is not None and "passphrase" in str(e).lower():
                QMessageBox.warning(parent, "Kizuna Desktop", str(e))
            else:
                latest = backup.latest_backup(path)
                if latest is None:
                    QMessageBox.critical(parent, "Kizuna Desktop", str(e))
                    return None
                box = QMessageBox(QMessageBox.Icon.Critical, "Kizuna Desktop",
                                  f"{e}\n\nThe latest backup is {latest.name}. Restore it? "
                                  "The damaged file is kept beside the backups.", parent=parent)
                restore = box.addButton("Restore latest backup",
                                        QMessageBox.ButtonRole.AcceptRole)
                box.addButton(QMessageBox.StandardButton.Cancel)
                box.exec()
                if box.clickedButton() is not restore:
                    return None
                backup.restore(path, latest, passphrase if is_encrypted(latest) else None)
                continue
        passphrase, ok = QInputDialog.getText(
            parent, "Encrypted journal", f"Passphrase for {path.name}:",
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
    return None


def run_app(db: str | None, *, demo_if_missing: bool = False,
            quit_after_ms: int | None = None) -> int:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kizuna_desktop.services import demo
    from kizuna_desktop.ui import app_icon, fonts
    from kizuna_desktop.ui.jobs import run_in_background
    from kizuna_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kizuna")
    app.setOrganizationName("Kizuna")
    app.setApplicationDisplayName("Kizuna Desktop")
    app_icon.install(app)
    fonts.install(app)
    follow_system_colour_scheme(app)

    path = paths.journal_path(db)
    is_demo = False
    if demo_if_missing and not path.exists():
        path, is_demo = paths.demo_path(), True
    journal = open_journal_interactively(path)
    if journal is None:
        print(f"kizuna: error: the journal {path} was not opened", file=sys.stderr)
        return 1
    try:
        if is_demo and demo.is_empty(journal):
            demo.write_demo(journal)
    except KizunaError as e:
        QMessageBox.critical(None, "Kizuna Desktop", str(e))
        return 1
    window = MainWindow(journal, is_demo=is_demo)
    window.show()
    window.contacts.search.setFocus()
    QTimer.singleShot(0, window.start_daily_backup)  # at most daily, the newest ten kept
    QTimer.singleShot(0, settle_memory)
    QTimer.singleShot(0, lambda: run_in_background(
        lambda: warm_up(journal), lambda _result: None,
        lambda _error: None))  # only a head start: opening a contact reports its own errors
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, app.quit)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # a backup being written is finished
        window.journal.close()  # the one open now (File > Open closed the ones before)
