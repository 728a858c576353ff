"""Sixth round of Meetings ahead (issue 23), the window: a meeting that runs past the laptop's
midnight (15:30–16:30 CET, 23:30–00:30 in Tokyo) is listed once, under Today, and the day
counts say so (review 6 finding 2: it was under Tomorrow too, "Tomorrow (3)" over two)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kizuna_desktop.services import calendar_import
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs
from tests.services.test_meetings_round6 import LATE, _file

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 3, 0, 0, tzinfo=UTC)  # 09:00 JST, Monday 3 March
SHOTS = Path("/tmp/meetings-shots")

EARLY = """BEGIN:VEVENT
UID:early@example.jp
DTSTAMP:20310301T000000Z
DTSTART;TZID=Asia/Tokyo:20310304T010000
DTEND;TZID=Asia/Tokyo:20310304T020000
SUMMARY:Early call
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT"""


def test_a_meeting_past_midnight_is_listed_once(qtbot, journal):
    from kizuna_desktop.ui.meetings_view import MeetingsView
    from tests.ui.test_meetings_view import settle

    cs.people(journal)
    calendar_import.import_calendar(journal, _file(LATE, EARLY), days=7, now=NOW, tz=TOKYO,
                                    apply=True)
    view = MeetingsView(journal)
    view.now_fn, view.tz, view.quiet = (lambda: NOW), TOKYO, True
    qtbot.addWidget(view)
    view.resize(640, 500)
    view.show()
    view.refresh()
    settle(qtbot, view)
    tops = {view.tree.topLevelItem(i).text(0): view.tree.topLevelItem(i)
            for i in range(view.tree.topLevelItemCount())}
    assert list(tops) == ["Today (1)", "Tomorrow (1)", "This week (0)"]
    assert tops["Today (1)"].child(0).text(0) == "15:30–16:30 CET (23:30 JST here)"
    assert tops["Tomorrow (1)"].child(0).text(1).startswith("Early call")
    assert len(view.meeting_items()) == 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "meetings-past-midnight.png"))
