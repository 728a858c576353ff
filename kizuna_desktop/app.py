"""The QApplication bootstrap: fonts, the journal (with a clear message when it cannot be
opened), the main window."""

from __future__ import annotations

import os
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
    under a key the later ones do not match (seen with the list's aliased joins).

    Also the PDF's once-a-process costs, so the first briefing from the window is as fast as
    the next: importing ReportLab's platypus and pdf/briefing.py (~150 ms) and registering
    the bundled fonts (ReportLab parsing four TTFs, ~190 ms)."""
    from sqlalchemy import func, select

    from kizuna_desktop.services import briefing, search, timeline
    from kizuna_desktop.store.models import interaction_participants as p

    briefing.prepare()
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
    """Open a journal from the window (ui/open_journal.py presents the one opening policy):
    three real passphrase tries, a damaged one offered its newest good backup. None if not
    opened."""
    from kizuna_desktop.ui.open_journal import open_interactively

    return open_interactively(path, parent, create=create)


def choose_instead_of_missing(missing, parent=None):
    """The journal used last is gone (moved or deleted): say where it was and let the user
    choose Open…, a new journal in the usual place, or the demo. Returns (path, is_demo,
    create) or None (Quit). Nothing is created the user did not choose."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kizuna_desktop.ui import plain

    translate = QCoreApplication.translate  # (lupdate knows this name, not a "tr" alias)
    box = plain.message_box(parent, QMessageBox.Icon.Warning, "Kizuna Desktop", translate(
        "App", "The journal you used last was not found:\n{0}\nIt may have been moved, "
        "renamed or deleted. Open it where it is now, start a new journal ({1}), or look "
        "at the demo.").format(str(missing), str(paths.data_dir() / paths.JOURNAL_FILE)))
    open_button = box.addButton(translate("App", "Open…"), QMessageBox.ButtonRole.AcceptRole)
    new_button = box.addButton(translate("App", "New journal"), QMessageBox.ButtonRole.ActionRole)
    demo_button = box.addButton(translate("App", "Open the demo"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, translate("App", "Open journal"), str(Path(missing).parent),
            translate("App", "Kizuna journal (*.kizuna);;All files (*)"))
        return (Path(chosen), False, False) if chosen else None
    if clicked is new_button:
        return paths.data_dir() / paths.JOURNAL_FILE, False, True
    if clicked is demo_button:
        return paths.demo_path(), True, True
    return None


def install_error_handlers(app) -> None:
    """Unexpected errors: the code's traceback to the log (never user data), and a dialog
    saying what happened and where the log is; the window keeps running. Damage found by any
    query is offered its restore. Qt's own warnings go to the log."""
    import logging

    from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler

    from kizuna_desktop import i18n, log
    from kizuna_desktop.errors import JournalDamagedError

    qt_log = logging.getLogger("kizuna.qt")

    def excepthook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        from kizuna_desktop.ui import plain

        window = next((w for w in app.topLevelWidgets() if hasattr(w, "journal_damaged")), None)
        if isinstance(error, JournalDamagedError) and window is not None:
            window.journal_damaged(error)
            return
        if isinstance(error, KizunaError):  # a known fault reached no handler: say it
            plain.warn(app.activeWindow(), "Kizuna Desktop", i18n.message(error))
            return
        error.__traceback__ = tb
        where = log.log_error("unexpected error in the window", error)
        plain.warn(app.activeWindow(), "Kizuna Desktop", QCoreApplication.translate(
            "App", "Something went wrong ({0}); what was being done may not have finished. The "
            "window keeps running. Details for a bug report are in {1}.").format(
            kind.__name__, where or QCoreApplication.translate(
                "App", "no log (it cannot be written)")))

    def qt_messages(mode, _context, message) -> None:
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg, QtMsgType.QtWarningMsg):
            qt_log.warning("Qt %s: %s", mode.name, message[:300])

    sys.excepthook = excepthook
    qInstallMessageHandler(qt_messages)


def quit_after(app, ms: int, state: dict) -> None:
    """The hidden --quit-after: when the time is up, every open dialog is closed (a
    passphrase prompt, a message box) and the app quits, also before its main loop runs."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    def up() -> None:
        state["quit"] = True
        for w in app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        app.quit()

    QTimer.singleShot(ms, up)


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
    from kizuna_desktop import i18n

    i18n.install(app)  # the interface's language (system or Preferences), before any widget
    app_icon.install(app)
    fonts.install(app)
    follow_system_colour_scheme(app)

    from kizuna_desktop import log

    log.setup()
    install_error_handlers(app)
    state: dict = {}
    if quit_after_ms is not None:
        quit_after(app, quit_after_ms, state)
    from kizuna_desktop import settings as app_settings

    path = paths.journal_path(db)
    is_demo = False
    missing = None
    if db is None and not demo_if_missing and not os.environ.get("KIZUNA_DB"):
        missing = app_settings.missing_last_journal()
    if missing is not None:
        chosen = choose_instead_of_missing(missing)
        if chosen is None:
            print(i18n.translate("cli", "kizuna: the journal used last was not found: {0}")
                  .format(missing), file=sys.stderr)
            return 1
        path, is_demo, create = chosen
        journal = open_journal_interactively(path, create=create)
    elif demo_if_missing and not path.exists():
        # --db names where the demo goes; with no journal anywhere it is the data folder's.
        path, is_demo = (path if db else paths.demo_path()), True
    elif path == paths.demo_path():
        is_demo = True  # the demo, reopened as the last journal
    if missing is None:
        journal = open_journal_interactively(path)
    if journal is None:
        print(i18n.translate("cli", "kizuna: error: the journal {0} was not opened.")
              .format(path), file=sys.stderr)
        return 1
    try:
        if is_demo and demo.is_empty(journal):
            demo.write_demo(journal)
    except KizunaError as e:
        from kizuna_desktop.ui import plain

        plain.message_box(None, QMessageBox.Icon.Critical, "Kizuna Desktop",
                          i18n.message(e)).exec()
        journal.close()
        return 1
    if state.get("quit"):
        journal.close()
        return 0
    window = MainWindow(journal, is_demo=is_demo)
    window.show()
    window.contacts.search.setFocus()
    QTimer.singleShot(0, window.start_daily_backup)  # checked first; at most daily, tiered
    QTimer.singleShot(0, settle_memory)
    QTimer.singleShot(0, lambda: run_in_background(
        lambda: warm_up(journal), lambda _result: None,
        lambda _error: None, owner=window))  # a head start: opening a contact reports errors
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # a backup being written is finished
        window.journal.close()  # the one open now (File > Open closed the ones before)
