"""Fix round of the calendar import (issue 23): events repeating without end every second or
minute are named and left out (the others imported, the import finishes); an older copy of the
file never brings back an instance a newer copy cancelled."""

from __future__ import annotations

import time

from tests.services import calendar_samples as cs
from tests.services.test_calendar_import import _count, _import


def _every(rule: str, uid: str = "fast@example.jp") -> str:
    return (f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20310301T000000Z\nDTSTART:20310304T030000Z\n"
            f"DURATION:PT1H\nRRULE:{rule}\nSUMMARY:Too often {uid}\n"
            "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp\nEND:VEVENT")


def test_a_never_ending_secondly_or_minutely_event_is_named_and_left_out(journal):
    cs.people(journal)
    extra = "\n".join([_every("FREQ=SECONDLY", "s@x"), _every("FREQ=MINUTELY;BYSECOND=0", "m@x")])
    began = time.monotonic()
    report = _import(journal, cs.calendar(extra=extra))
    assert time.monotonic() - began < 20  # finishes (it used to expand 2.6 million instances)
    assert len(report.created) == 5  # the other events of the file, as before
    assert _count(journal) == 5
    assert len(report.problems) == 2
    assert report.problems[0].startswith("“Too often s@x” left out: it repeats more often "
                                         "than Kizuna imports")
    assert report.problems[1].startswith("“Too often m@x” left out: it repeats more often "
                                         "than Kizuna imports")


def test_an_hourly_event_within_the_cap_is_imported(journal):
    cs.people(journal)
    report = _import(journal, cs.calendar(extra=_every("FREQ=HOURLY;COUNT=30", "h@x")))
    assert report.problems == []
    assert len([c for c in report.created if "Too often h@x" in c]) == 30
