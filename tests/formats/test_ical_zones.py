"""iCalendar export: timed items in their zone (TZID with a VTIMEZONE, or UTC), birthday UIDs
stable per contact, a 29 February birthday every year."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from kizuna_desktop.formats import ical
from kizuna_desktop.services import contacts, export, interactions

TOKYO = ZoneInfo("Asia/Tokyo")


def _events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_timed_items_carry_their_zone_with_a_vtimezone_or_are_in_utc():
    items = [
        ical.TimedItem("a@x", "Nomikai", datetime(2026, 11, 20, 19, 0, tzinfo=TOKYO), 150,
                       "Izakaya in Shimbashi"),
        ical.TimedItem("b@x", "Fair", datetime(2026, 4, 10, 10, 30,
                                               tzinfo=ZoneInfo("Europe/Berlin")), 120),
        ical.TimedItem("c@x", "Call", datetime(2026, 11, 20, 9, 0,
                                               tzinfo=ZoneInfo("Etc/GMT+5")), 30),
    ]
    data = ical.calendar([], [], items)
    text = data.decode()
    assert "DTSTART;TZID=Asia/Tokyo:20261120T190000" in text
    assert "DTEND;TZID=Asia/Tokyo:20261120T213000" in text
    assert "DTSTART;TZID=Europe/Berlin:20260410T103000" in text
    assert "DTSTART:20261120T140000Z" in text  # a bare offset: the instant in UTC
    cal = Calendar.from_ical(data)
    assert sorted(str(z["tzid"]) for z in cal.walk("VTIMEZONE")) == ["Asia/Tokyo",
                                                                      "Europe/Berlin"]
    ev = _events(data)
    start = ev["a@x"].decoded("dtstart")
    assert start.astimezone(UTC) == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    assert str(ev["a@x"]["location"]) == "Izakaya in Shimbashi"


def _occurrences(event, years: range) -> list[date]:
    start = event.decoded("dtstart")
    rule = rrulestr(event["rrule"].to_ical().decode(),
                    dtstart=datetime(start.year, start.month, start.day))
    return [d.date() for d in rule.between(datetime(years.start, 1, 1),
                                           datetime(years.stop, 1, 1))]


def test_a_29_february_birthday_comes_every_year_on_the_last_day_of_february():
    data = ical.calendar([], [ical.Birthday("leap@x", "Leap", None, 2, 29),
                              ical.Birthday("born@x", "Born", 1988, 2, 29),
                              ical.Birthday("may@x", "May", None, 5, 12)])
    assert "RRULE:FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2" in data.decode()
    ev = _events(data)
    for uid in ("leap@x", "born@x"):
        assert _occurrences(ev[uid], range(2026, 2030)) == [
            date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29), date(2029, 2, 28)]
    assert _occurrences(ev["may@x"], range(2026, 2028)) == [date(2026, 5, 12),
                                                            date(2027, 5, 12)]
    assert ev["born@x"].decoded("dtstart") == date(1988, 2, 29)


def _person(j, family, given, latin, month, day):
    return contacts.create(j, contacts.ContactInput(
        family_name=family, given_name=given, family_latin=latin, given_latin="A",
        birth_month=month, birth_day=day)).id


def test_birthday_uids_follow_the_contact_not_its_place_in_the_list(journal):
    yamada = _person(journal, "山田", "太郎", "Yamada", 5, 12)
    watanabe = _person(journal, "渡辺", "花", "Watanabe", 2, 29)
    interactions.create(journal, interactions.InteractionInput(
        kind="nomikai", occurred_at=datetime.now(TOKYO).replace(microsecond=0),
        zone="Asia/Tokyo", participant_ids=[yamada], summary="Nomikai"))
    before, _ = export.export_bytes(journal, "ics", date.today())
    # A contact who sorts first (あ) moves everyone down the list.
    _person(journal, "青木", "一", "Aoki", 1, 3)
    after, what = export.export_bytes(journal, "ics", date.today())
    uid = {str(e["summary"]): str(e["uid"]) for e in Calendar.from_ical(after).walk("VEVENT")}
    old = {str(e["summary"]): str(e["uid"]) for e in Calendar.from_ical(before).walk("VEVENT")}
    assert uid["Birthday: 山田 太郎"] == old["Birthday: 山田 太郎"] == \
        f"kizuna-birthday-{yamada}@kizuna.local"
    assert uid["Birthday: 渡辺 花"] == f"kizuna-birthday-{watanabe}@kizuna.local"
    assert len(set(uid.values())) == len(uid)
    assert "3 birthdays" in what and "1 interaction of" in what
    assert "DTSTART;TZID=Asia/Tokyo:" in after.decode()


def test_an_event_running_past_year_9999_ends_there_and_is_named():
    late = datetime(9999, 12, 31, 23, 59, tzinfo=ZoneInfo("Europe/Berlin"))
    notes: list[str] = []
    data = ical.calendar([], [], [ical.TimedItem("late@x", "Call", late, 30),
                                  ical.TimedItem("ok@x", "Nomikai",
                                                 datetime(2026, 11, 20, 19, tzinfo=TOKYO), 150)],
                         notes)
    ev = _events(data)
    assert ev["late@x"].decoded("dtend").replace(tzinfo=None) == datetime(9999, 12, 31, 23, 59,
                                                                          59)
    assert str(ev["late@x"]["dtend"].params["tzid"]) == "Europe/Berlin"
    assert ev["ok@x"].decoded("dtend") == datetime(2026, 11, 20, 21, 30, tzinfo=TOKYO)
    assert notes == ["“Call” (late@x): it ends at 23:59 on 9999-12-31, the calendar's last day."]


def test_vtimezones_come_sorted_by_tzid_before_the_events():
    items = [ical.TimedItem(f"{z}@x", "Meeting", datetime(2026, 11, 20, 10,
                                                          tzinfo=ZoneInfo(z)), 60)
             for z in ("Asia/Tokyo", "Europe/Berlin", "America/New_York", "Asia/Tokyo")]
    cal = Calendar.from_ical(ical.calendar([], [], items))
    names = [c.name for c in cal.subcomponents]
    assert [str(z["tzid"]) for z in cal.walk("VTIMEZONE")] == [
        "America/New_York", "Asia/Tokyo", "Europe/Berlin"]
    assert names[:3] == ["VTIMEZONE"] * 3 and set(names[3:]) == {"VEVENT"}


def test_export_of_a_journal_with_an_entry_at_the_end_of_year_9999_succeeds(demo_path, tmp_path,
                                                                           capsys):
    from kizuna_desktop.cli import main

    db = str(demo_path)
    assert main(["--db", db, "log", "1", "--kind", "call", "--when", "9999-12-31 23:59",
                 "--zone", "Europe/Berlin"]) == 0
    out = tmp_path / "k.ics"
    capsys.readouterr()
    assert main(["--db", db, "export", "--format", "ics", "-o", str(out)]) == 0
    report = capsys.readouterr().out
    assert "(e-mails and messages left out: not calendar events)" in report
    cal = Calendar.from_ical(out.read_bytes())
    ends = [e.decoded("dtend") for e in cal.walk("VEVENT") if "dtend" in e]
    assert max(e.replace(tzinfo=None) for e in ends) == datetime(9999, 12, 31, 23, 59, 59)
