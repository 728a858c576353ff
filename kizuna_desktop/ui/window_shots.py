"""Window screenshots for `make screenshots` (issue 18): the contact card with a long note
expanded in the timeline, and an empty journal's first steps, in the light and the dark scheme
at 1× and 2× (QT_SCALE_FACTOR), each rendered by a process of its own (the scale and the
palette are fixed when the application starts).

``python -m kizuna_desktop.ui.window_shots OUT_DIR`` writes all eight; ``… OUT_DIR SCHEME``
(light or dark) writes one scheme at the scale of QT_SCALE_FACTOR."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

LONG_NOTE = (
    "He opened with the Chiba plant: the second line slips to March because the transformer "
    "supplier (北斗電機) cannot deliver before February. He wants our engineers on site for the "
    "acceptance test and asked twice whether we could bring the Hamburg team.\n\n"
    "Personal: his daughter plays the violin at the Suntory Hall youth recital on 14 "
    "December; he is proud and a little nervous. He has given up golf until spring (knee).\n\n"
    "Promised: the revised maintenance quote by Friday, and an introduction to Dr. Weber about "
    "the sensor calibration. 次回は新潟の酒を持参。")


def all_variants(out_dir: str | Path) -> list[Path]:
    """Light and dark, 1× and 2×: one process each."""
    made = []
    for scheme in ("light", "dark"):
        for scale in ("1", "2"):
            env = dict(os.environ, QT_SCALE_FACTOR=scale,
                       QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
            done = subprocess.run([sys.executable, "-m", "kizuna_desktop.ui.window_shots",
                                   str(out_dir), scheme], env=env, capture_output=True,
                                  text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr
                                   else f"window shots ({scheme}, {scale}×) failed")
            made += [Path(line) for line in done.stdout.split()]
    return made


def one_variant(out_dir: str, scheme: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="kizuna-window-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # no remembered layout of yours
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    from PySide6.QtWidgets import QApplication

    from kizuna_desktop.services import demo, interactions, search
    from kizuna_desktop.store import Journal
    from kizuna_desktop.store.models import InteractionKind
    from kizuna_desktop.ui import fonts, palette
    from kizuna_desktop.ui.main_window import MainWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    fonts.install(app)
    app.setPalette(palette.dark_palette() if scheme == "dark"
                   else app.style().standardPalette())
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = f"{scheme}-{scale}x"
    journal = Journal.open(tmp / "demo.kizuna", create=True)
    demo.write_demo(journal)
    yamada = search.resolve(journal, "yamada taro").id
    interactions.create(journal, interactions.InteractionInput(
        kind=InteractionKind.MEAL, occurred_at=datetime(2026, 11, 28, 3, 0, tzinfo=UTC),
        participant_ids=[yamada], place="Tempura Kondo, Ginza (counter seats, his favourite)",
        summary="Lunch: the Chiba schedule, the acceptance test and his daughter's recital",
        notes=LONG_NOTE, zone="Asia/Tokyo"))
    w = MainWindow(journal, is_demo=True)
    w.resize(1360, 860)
    w.show()
    w.follow_ups.reload()
    w.contacts.select(yamada)
    app.processEvents()
    note = w.timeline.note_items()[0]
    w.timeline.toggle_note(note)  # the whole note, as a click shows it
    w.timeline.tree.setCurrentItem(note.parent())
    app.processEvents()
    made = [out / f"window-card-{suffix}.png", out / f"card-and-long-note-{suffix}.png",
            out / f"empty-journal-{suffix}.png"]
    w.grab().save(str(made[0]))
    w.middle.grab().save(str(made[1]))
    empty = Journal.open(tmp / "My contacts.kizuna", create=True)
    w2 = MainWindow(empty)
    w2.resize(1100, 640)
    w2.show()
    w2.follow_ups.reload()
    app.processEvents()
    w2.grab().save(str(made[2]))
    for window in (w, w2):
        window.close()
        window.deleteLater()
    app.processEvents()
    journal.close()
    empty.close()
    return made


if __name__ == "__main__":
    if len(sys.argv) > 2:
        for path in one_variant(sys.argv[1], sys.argv[2]):
            print(path)
    else:
        for path in all_variants(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"):
            print(path)
