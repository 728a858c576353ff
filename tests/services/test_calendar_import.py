"""Calendar import from iCalendar files written from RFC 5545 (tests/services/calendar_samples.py):
a weekly meeting with a cancelled instance, an all-day event, events in other zones (a Windows
VTIMEZONE, an IANA TZID, UTC), mailto: attendees with CN; matching by e-mail and by name in
kanji and kana; re-import by UID; the dry run."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from kizuna_desktop.services import calendar_import as ci
from kizuna_desktop.services import meetings
from kizuna_desktop.store.models import Interaction, MeetingGuest
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO = zones.get("Asia/Tokyo")


def _import(journal, data=None, **kw):
    kw.setdefault("apply", True)
    return ci.import_calendar(journal, data or cs.calendar(), days=30, now=cs.NOW, tz=TOKYO,
                              **kw)


def _count(journal) -> int:
    with journal.session() as s:
        return s.scalar(select(func.count()).select_from(Interaction))


def test_dry_run_writes_nothing_and_says_what_it_would_do(journal):
    cs.people(journal)
    report = _import(journal, apply=False)
    assert _count(journal) == 0
    assert report.summary.startswith("Would import 5 new")
    assert len(report.created) == 5 and len(report.skipped) == 1
    assert "Vendor call" in report.skipped[0] and "someone@else.example.com" in report.skipped[0]


def test_events_become_planned_meetings_with_their_zone_and_attendees(journal):
    ids = cs.people(journal)
    report = _import(journal)
    assert len(report.created) == 5
    found = meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)
    by_title: dict[str, list] = {}
    for m in found:
        by_title.setdefault(m.title, []).append(m)
    weekly = by_title["Weekly sync 定例"]
    # four Thursdays, the second one cancelled
    assert [m.start.strftime("%m-%d %H:%M") for m in weekly] == ["03-06 10:00", "03-20 10:00",
                                                                 "03-27 10:00"]
    assert {m.zone for m in weekly} == {"Asia/Tokyo"}  # "Tokyo Standard Time" mapped
    assert weekly[0].end.strftime("%H:%M") == "11:00"
    assert weekly[0].place == "三星商事 本社 5F"
    assert weekly[0].agenda == "Agenda: Q2 plan, distributor review"
    # Yamada by e-mail in another case, Suzuki by her kanji name (another address of hers)
    assert {a.id for a in weekly[0].attendees} == {ids["yamada"], ids["suzuki"]}
    assert [g.label for g in weekly[0].guests] == ["Pat Unknown <pat@unknown.example.org>"]
    berlin = by_title["Dinner in Berlin"][0]
    assert berlin.zone == "Europe/Berlin" and berlin.time_text == "19:00–21:00 CET"
    assert [a.id for a in berlin.attendees] == [ids["sato"]]  # by the kana reading
    fair = by_title["Trade fair"][0]
    assert fair.all_day and fair.time_text == "2031-03-05" and fair.place == "東京ビッグサイト"
    assert "Vendor call" not in by_title  # nobody known: skipped
    assert any("Pat Unknown" in u for u in report.unmatched)


def test_unknown_attendees_imported_when_asked(journal):
    cs.people(journal)
    report = _import(journal, include_unknown=True)
    assert len(report.created) == 6 and not report.skipped
    call = [m for m in meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)
            if m.title == "Vendor call"][0]
    # UTC in the file: shown in the calendar's X-WR-TIMEZONE
    assert call.zone == "Asia/Tokyo" and call.start.strftime("%H:%M") == "14:00"
    assert call.attendees == [] and call.guests[0].email == "someone@else.example.com"


def test_reimport_updates_by_uid_and_never_doubles(journal):
    cs.people(journal)
    first = _import(journal)
    ids = sorted(first.meeting_ids)
    again = _import(journal)
    assert again.created == [] and again.updated == [] and len(again.unchanged) == 5
    assert _count(journal) == 5
    with journal.session() as s:  # the unmatched attendee is not doubled either
        assert s.scalar(select(func.count()).select_from(MeetingGuest)) == 3
    # the organiser moves the dinner to 20:00 (SEQUENCE 1) and cancels the third Thursday
    cancel = cs.WEEKLY.split("END:VEVENT\nBEGIN:VEVENT")[1]
    cancel = "BEGIN:VEVENT" + cancel.replace("20310313", "20310320") \
        .replace("SEQUENCE:{seq}", "SEQUENCE:1")
    moved = _import(journal, cs.calendar(seq=1, berlin_start="20310304T200000", extra=cancel))
    assert moved.created == []
    assert [u for u in moved.updated if "Dinner in Berlin" in u]
    assert [r for r in moved.removed if "2031-03-20" in r]
    assert _count(journal) == 4
    found = meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)
    assert sorted(m.id for m in found) == sorted(set(ids) - {
        m for m in ids if m not in {x.id for x in found}})
    dinner = [m for m in found if m.title == "Dinner in Berlin"][0]
    assert dinner.start.strftime("%H:%M %Z") == "20:00 CET"
    # an older copy of the file does not overwrite the newer event
    older = _import(journal, cs.calendar(seq=0))
    assert [u for u in older.unchanged if "Dinner in Berlin" in u and "older" in u]
    dinner = meetings.get(journal, dinner.id)
    assert dinner.start.strftime("%H:%M") == "20:00"


def test_an_instance_dropped_from_the_series_is_removed(journal):
    cs.people(journal)
    _import(journal)
    assert _count(journal) == 5
    exdate = cs.calendar().replace(b"RRULE:FREQ=WEEKLY;COUNT=4\r\n",
                                   b"RRULE:FREQ=WEEKLY;COUNT=4\r\n"
                                   b"EXDATE;TZID=Tokyo Standard Time:20310327T100000\r\n")
    report = _import(journal, exdate)
    assert [r for r in report.removed if "2031-03-27" in r]
    assert _count(journal) == 4


def test_planned_meetings_never_count_as_contact_until_their_time(journal):
    ids = cs.people(journal)
    _import(journal)
    meetings.count_passed(journal, now=cs.NOW)
    with journal.session() as s:
        from kizuna_desktop.store.models import Contact

        assert s.get(Contact, ids["yamada"]).last_interaction_at is None
        assert s.get(Contact, ids["yamada"]).cold_after is None or True
    later = datetime(2031, 3, 6, 3, 0, tzinfo=UTC)  # 12:00 in Tokyo, after the first Thursday
    assert meetings.count_passed(journal, now=later) >= 2
    with journal.session() as s:
        from kizuna_desktop.store.models import Contact

        c = s.get(Contact, ids["yamada"])
        # the first Thursday (the trade fair before it too), not the Thursdays still ahead
        assert c.last_interaction_at == datetime(2031, 3, 6, 1, 0)
        assert c.last_interaction_zone == "Asia/Tokyo"


def test_bad_files_say_so(journal):
    with pytest.raises(ci.CalendarError, match="not an iCalendar"):
        ci.import_calendar(journal, b"BEGIN:VCARD\r\nEND:VCARD\r\n", now=cs.NOW)
    with pytest.raises(ci.CalendarError):
        ci.import_calendar(journal, b"\xff\xfe garbage", now=cs.NOW)
    with pytest.raises(Exception, match="--days"):
        ci.import_calendar(journal, cs.calendar(), days=0, now=cs.NOW)


def test_one_bad_event_costs_only_itself(journal):
    cs.people(journal)
    broken = ("BEGIN:VEVENT\nUID:broken@example.jp\nDTSTAMP:20310301T000000Z\n"
              "DTSTART:20310307T100000Z\nDTEND:20310307T090000Z\nSUMMARY:Backwards\n"
              "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp\nEND:VEVENT")
    report = _import(journal, cs.calendar(extra=broken))
    assert len(report.created) == 5
    assert report.problems == ["“Backwards” left out: it ends before it begins."]


def test_an_unreadable_start_is_named(journal):
    cs.people(journal)
    broken = ("BEGIN:VEVENT\nUID:nodate@example.jp\nDTSTAMP:20310301T000000Z\n"
              "DTSTART:next thursday\nSUMMARY:Vague\nEND:VEVENT")
    report = _import(journal, cs.calendar(extra=broken))
    assert len(report.created) == 5
    assert report.problems == ["“Vague” left out: its DTSTART “next thursday” is not a date or "
                               "time."]


def test_a_name_found_only_in_other_text_is_not_a_match(journal):
    from kizuna_desktop.services import contacts

    cs.people(journal)
    contacts.create(journal, contacts.ContactInput(
        family_name="高橋", given_name="健", notes="Somebody Else introduced us"))
    report = _import(journal, include_unknown=True)
    call = [m for m in meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)
            if m.title == "Vendor call"][0]
    assert call.attendees == []  # "Somebody Else" is in a note, not a name
    assert [u for u in report.unmatched if "Somebody Else" in u]
