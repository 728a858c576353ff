"""Briefing times (review of issue 17): "be there by" is counted on the instant and shown in the
meeting's zone; a meeting at the start of the calendar gets no time to be there by; a meeting
time that conflicts with --zone is refused in one line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kizuna_desktop.cli import main
from kizuna_desktop.services import briefing
from kizuna_desktop.text import zones

BERLIN = ZoneInfo("Europe/Berlin")


def _arrive(when) -> str:
    return briefing.etiquette(briefing.Meeting(when=when), [])[0]


def test_be_there_by_is_ten_minutes_before_on_the_instant_across_a_change_of_clocks():
    meeting = zones.parse("2026-03-29 03:05", "Europe/Berlin", "UTC").when
    assert _arrive(meeting) == ("Arrive 5–10 minutes early: be there by 01:55 CET for "
                                "03:05 CEST.")
    # On an ordinary day the zone is said once.
    ordinary = datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert _arrive(ordinary) == "Arrive 5–10 minutes early: be there by 13:50 for 14:00 JST."


@pytest.mark.parametrize("typed, zone", [("0001-01-01 00:00", "Europe/Berlin"),
                                         ("0001-01-01 00:05", "UTC")])
def test_ten_minutes_before_the_calendar_begins_has_no_time(typed, zone):
    when = zones.parse(typed, zone, "UTC").when
    text = _arrive(when)
    assert "be there 10 minutes early for " in text and "be there by" not in text


def test_a_meeting_at_the_end_of_the_calendar_still_has_a_time():
    when = zones.parse("9999-12-31 23:59", "America/New_York", "UTC").when
    assert _arrive(when).endswith("be there by 23:49 for 23:59 EST.")


def test_brief_refuses_an_offset_that_conflicts_with_zone_in_one_line(demo_path, tmp_path,
                                                                       capsys):
    out = tmp_path / "b.pdf"
    code = main(["--db", str(demo_path), "brief", "2", "--meeting", "2026-12-03T14:00+09:00",
                 "--zone", "Europe/Berlin", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert err.strip().count("\n") == 0 and "Europe/Berlin is not at +09:00" in err


def test_brief_says_what_it_made_of_a_time_that_does_not_exist(demo_path, tmp_path, capsys):
    out = tmp_path / "b.pdf"
    code = main(["--db", str(demo_path), "brief", "2", "--meeting", "2026-03-29 02:30",
                 "--zone", "Europe/Berlin", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert ("kizuna: note: 02:30 does not exist in Europe/Berlin on 2026-03-29 (clocks go "
            "forward); taken as 03:30 CEST.") in err
