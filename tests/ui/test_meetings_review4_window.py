"""Fourth fresh-eyes review of Meetings ahead (issue 23), finding 13: a re-import of a
calendar with nothing new pushed an empty "Calendar import (0 meetings)" undo step."""

from __future__ import annotations

from datetime import UTC, datetime

from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 6, 0, 0, tzinfo=UTC)


def test_an_unchanged_re_import_is_no_undo_step(qtbot, journal, tmp_path):
    from kizuna_desktop.ui.main_window import MainWindow
    from tests.ui.test_meetings_view import DAY, settle

    cs.people(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    view = w.meetings
    view.now_fn, view.tz, view.quiet = (lambda: NOW), TOKYO, True
    settle(qtbot, view)
    path = tmp_path / "day.ics"
    path.write_bytes(DAY.replace("\n", "\r\n").encode())
    for _ in range(2):
        with qtbot.waitSignal(view.import_finished, timeout=60_000):
            view.import_calendar(path, ask=False)
    assert w.undo_stack.count() == 1
    assert w.undo_stack.undoText() == "Calendar import (3 meetings)"
