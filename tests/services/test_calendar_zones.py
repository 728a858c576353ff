"""Zones of an imported calendar (issue 23, third round): Windows zone names Outlook writes
without a VTIMEZONE are mapped to their IANA zone (icalendar's CLDR windowsZones table); a zone
nobody knows is read in the calendar's zone and named in the report; an all-day event is a date
in its calendar's zone and is on that date wherever the laptop is."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kizuna_desktop.services import calendar_import as ci
from kizuna_desktop.services import meetings
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO, NEW_YORK = zones.get("Asia/Tokyo"), zones.get("America/New_York")


def _cal(*events: str, wr: str = "") -> bytes:
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kizuna tests//EN\n"
            + (f"X-WR-TIMEZONE:{wr}\n" if wr else "") + "\n".join(events) + "\nEND:VCALENDAR\n")
    return text.replace("\n", "\r\n").encode("utf-8")


def _event(uid: str, start: str, end: str = "", title: str = "") -> str:
    return "\n".join(x for x in (
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20310301T000000Z", start, end,
        f"SUMMARY:{title or uid}",
        "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp",
        "END:VEVENT") if x)


def _import(journal, data: bytes, tz=TOKYO):
    return ci.import_calendar(journal, data, days=30, now=cs.NOW, tz=tz, apply=True)


def test_windows_zone_names_without_vtimezone_are_their_iana_zones(journal):
    cs.people(journal)
    data = _cal(
        _event("tokyo", "DTSTART;TZID=Tokyo Standard Time:20310304T100000",
               "DTEND;TZID=Tokyo Standard Time:20310304T110000"),
        _event("ny", "DTSTART;TZID=Eastern Standard Time:20310304T090000"),
        _event("berlin", "DTSTART;TZID=W. Europe Standard Time:20310304T190000"))
    report = _import(journal, data)
    assert not report.problems
    got = {m.title: (m.zone, m.start.strftime("%H:%M"))
           for m in meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)}
    assert got == {"tokyo": ("Asia/Tokyo", "10:00"), "ny": ("America/New_York", "09:00"),
                   "berlin": ("Europe/Berlin", "19:00")}


def test_an_unknown_zone_is_named_in_the_report_and_read_in_the_calendars_zone(journal):
    cs.people(journal)
    data = _cal(_event("made-up", "DTSTART;TZID=Foo Standard Time:20310304T100000",
                       title="Planning"),
                _event("fine", "DTSTART;TZID=Asia/Tokyo:20310304T150000"), wr="Asia/Tokyo")
    report = _import(journal, data)
    assert report.problems == ["“Planning”: zone “Foo Standard Time” unknown, read as "
                               "Asia/Tokyo."]
    assert "Problems: 1" in report.lines()
    planning = [m for m in meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)
                if m.title == "Planning"][0]
    assert planning.zone == "Asia/Tokyo" and planning.start.strftime("%H:%M") == "10:00"
    # still imported: the one bad value costs nothing else
    assert len(report.created) == 2


def test_an_unknown_zone_is_named_once_for_a_repeating_event(journal):
    cs.people(journal)
    weekly = _event("w", "DTSTART;TZID=Nowhere/Special:20310304T100000\n"
                         "RRULE:FREQ=WEEKLY;COUNT=3", title="Weekly")
    report = _import(journal, _cal(weekly, wr="Europe/Berlin"))
    assert len(report.created) == 3
    assert report.problems == ["“Weekly”: zone “Nowhere/Special” unknown, read as "
                               "Europe/Berlin."]


def test_without_x_wr_timezone_the_calendars_zone_is_that_of_its_events(journal):
    """An Outlook export written in New York: the all-day event is a New York date, not one
    at the journal's home zone (Asia/Tokyo)."""
    cs.people(journal)
    data = _cal(_event("a", "DTSTART;TZID=Eastern Standard Time:20310304T090000"),
                _event("b", "DTSTART;TZID=America/New_York:20310305T090000"),
                _event("holiday", "DTSTART;VALUE=DATE:20310306", "DTEND;VALUE=DATE:20310307"))
    _import(journal, data)
    day = [m for m in meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)
           if m.title == "holiday"][0]
    assert day.all_day and day.zone == "America/New_York"
    assert day.start.date() == date(2031, 3, 6) and day.time_text == "2031-03-06"


@pytest.mark.parametrize("laptop", ["Asia/Tokyo", "UTC", "America/New_York",
                                    "Pacific/Kiritimati"])
def test_an_all_day_event_is_on_its_date_wherever_the_laptop_is(journal, laptop):
    cs.people(journal)
    data = _cal(_event("fair", "DTSTART;VALUE=DATE:20310305", "DTEND;VALUE=DATE:20310306",
                       title="Trade fair"), wr="Asia/Tokyo")
    tz = zones.get(laptop)
    _import(journal, data, tz=tz)
    for day, want in ((date(2031, 3, 4), []), (date(2031, 3, 5), ["Trade fair"]),
                      (date(2031, 3, 6), [])):
        assert [m.title for m in meetings.on_day(journal, day, tz)] == want, (laptop, day)
    # on the morning of the 5th where the laptop is, and at its last minute, it is today's
    for hour, minute in ((8, 0), (23, 59)):
        now = datetime(2031, 3, 5, hour, minute, tzinfo=tz).astimezone(UTC)
        ahead = meetings.ahead(journal, 1, now=now, tz=tz)
        assert [m.title for m in ahead] == ["Trade fair"], (laptop, hour)
        assert [m.title for m in meetings.group(ahead, now, tz)["today"]] == ["Trade fair"]
    # the next morning it is gone
    now = datetime(2031, 3, 6, 0, 1, tzinfo=tz).astimezone(UTC)
    assert meetings.ahead(journal, 7, now=now, tz=tz) == []


def test_a_two_day_event_is_on_both_days_and_not_the_third(journal):
    cs.people(journal)
    data = _cal(_event("expo", "DTSTART;VALUE=DATE:20310305", "DTEND;VALUE=DATE:20310307",
                       title="Expo"), wr="Asia/Tokyo")
    _import(journal, data, tz=NEW_YORK)
    got = {d: [m.title for m in meetings.on_day(journal, date(2031, 3, d), NEW_YORK)]
           for d in (4, 5, 6, 7)}
    assert got == {4: [], 5: ["Expo"], 6: ["Expo"], 7: []}
