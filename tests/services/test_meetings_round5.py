"""Fifth round of Meetings ahead (issue 23), the services and the CLI: an event of several
days says through which day and is on each day it covers (review 4 finding 12); the CLI's
counts are singular for one (finding 14)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kizuna_desktop.services import calendar_import, meetings
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 3, 0, 0, tzinfo=UTC)  # 09:00 JST, Monday 3 March

FAIR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kizuna Desktop tests//EN
BEGIN:VEVENT
UID:fair@example.jp
DTSTAMP:20310301T000000Z
DTSTART;VALUE=DATE:20310303
DTEND;VALUE=DATE:20310306
SUMMARY:Trade fair
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT
BEGIN:VEVENT
UID:dinner@example.jp
DTSTAMP:20310301T000000Z
DTSTART;TZID=Asia/Tokyo:20310304T190000
DTEND;TZID=Asia/Tokyo:20310304T210000
SUMMARY:Dinner
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT
END:VCALENDAR
"""


def _imported(journal):
    cs.people(journal)
    calendar_import.import_calendar(journal, FAIR.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    return meetings.ahead(journal, 7, NOW, TOKYO)


def test_an_event_of_several_days_says_through_when(journal):
    fair = next(m for m in _imported(journal) if m.title == "Trade fair")
    assert fair.through == date(2031, 3, 5)  # DTEND is exclusive
    assert fair.span_text == "03-03–03-05"
    assert fair.time_text == "2031-03-03–03-05"
    dinner = next(m for m in meetings.ahead(journal, 7, NOW, TOKYO) if m.title == "Dinner")
    assert dinner.through is None and dinner.span_text == ""


def test_it_counts_on_each_day_it_covers(journal):
    found = _imported(journal)
    groups = meetings.group(found, NOW, TOKYO)
    titles = {k: [m.title for m in v] for k, v in groups.items()}
    assert titles == {"today": ["Trade fair"], "tomorrow": ["Trade fair", "Dinner"],
                      "week": ["Trade fair"]}
    # on its last day it is today only
    last = NOW + timedelta(days=2)
    groups = meetings.group(meetings.ahead(journal, 7, last, TOKYO), last, TOKYO)
    assert [m.title for m in groups["today"]] == ["Trade fair"]
    assert groups["tomorrow"] == [] and groups["week"] == []


def test_the_cli_says_through_when(journal):
    from kizuna_desktop.cli_calendar import _when

    fair = next(m for m in _imported(journal) if m.title == "Trade fair")
    assert _when(fair) == "2031-03-03–03-05, all day"


def test_the_pdf_line_is_singular_for_one_meeting(tmp_path, capsys):
    """"1 meetings on 2031-03-04 …": the CLI's count of the morning PDF."""
    from kizuna_desktop import cli
    from kizuna_desktop.store import Journal

    db = tmp_path / "one.kizuna"
    j = Journal.open(db)
    cs.people(j)
    dinner_only = FAIR[:FAIR.index("BEGIN:VEVENT")] + FAIR[FAIR.index("BEGIN:VEVENT\nUID:din"):]
    calendar_import.import_calendar(j, dinner_only.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    j.close()
    code = cli.main(["--db", str(db), "meetings", "--pdf", str(tmp_path / "d.pdf"),
                     "--day", "2031-03-04", "--paper", "a4", "--language", "en"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("1 meeting on 2031-03-04 (a roster, then its briefing) written")
