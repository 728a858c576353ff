"""`make screenshots`: renders the main window on a fresh demo journal, the contact editor, the
quick-log dialog and the meishi editor to PNG files (for the README and for review)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out_dir: str = "docs/screenshots") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="kizuna-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # no remembered layout of yours
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    from PySide6.QtWidgets import QApplication

    from kizuna_desktop.app import follow_system_colour_scheme
    from kizuna_desktop.services import demo, search
    from kizuna_desktop.store import Journal
    from kizuna_desktop.ui import fonts
    from kizuna_desktop.ui.main_window import MainWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    fonts.install(app)
    follow_system_colour_scheme(app)
    journal = Journal.open(tmp / "demo.kizuna")
    demo.write_demo(journal)
    w = MainWindow(journal, is_demo=True)
    w.resize(1360, 820)
    w.show()
    w.splitter.setSizes([500, 480, 380])
    w.follow_ups.reload()  # at start-up it fills in the background; the picture needs it now
    yamada = search.resolve(journal, "yamada taro").id
    w.contacts.select(yamada)
    app.processEvents()
    shots = {"main-window.png": w}
    editor = w.edit_contact()
    editor.resize(640, 560)
    app.processEvents()
    shots["contact-editor.png"] = editor
    log = w.log_interaction()
    log.summary.setText("Lunch: the Chiba schedule and his daughter's recital")
    log.place.setText("Tempura restaurant, Marunouchi")
    app.processEvents()
    shots["quick-log.png"] = log
    meishi = w.open_meishi()
    meishi.ja.setCurrentIndex(meishi.ja.findData("vertical"))
    meishi.update_preview()
    app.processEvents()
    shots["meishi-editor.png"] = meishi
    for name, widget in shots.items():
        widget.grab().save(str(out / name))
        print(out / name)
    meishi.dirty = False
    for dialog in (editor, log, meishi):
        dialog.done(0)
    w.close()
    for widget in (editor, log, meishi, w):
        widget.deleteLater()
    app.processEvents()
    journal.close()
    # The card, a long note expanded, an empty journal: light and dark, 1× and 2× (issue 18).
    from kizuna_desktop.ui import window_shots

    for path in window_shots.all_variants(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
