"""Renders the timeline of a journal offscreen under the TZ it is run with (for
tests/ui/test_zones_ui.py and for looking at): prints each entry's text as JSON and saves
a PNG.   TZ=Europe/Berlin python -m tests.ui.zones_shot JOURNAL CONTACT OUT.png"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kizuna_desktop.store import Journal  # noqa: E402
from kizuna_desktop.ui.fonts import install as install_fonts  # noqa: E402
from kizuna_desktop.ui.timeline_pane import TimelinePane  # noqa: E402


def main(path: str, contact_id: str, png: str) -> None:
    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    with Journal.open(path) as j:
        pane = TimelinePane(j)
        pane.resize(520, 620)
        pane.show_contact(int(contact_id), f"山田 太郎 — laptop in {os.environ.get('TZ')}")
        pane.show()
        app.processEvents()
        months = [pane.tree.topLevelItem(i).text(0) for i in range(pane.tree.topLevelItemCount())]
        items = [i.text(0).splitlines()[0] for i in pane.interaction_items()]
        pane.grab().save(png)
        pane.close()
    print(json.dumps({"months": months, "items": items}, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
