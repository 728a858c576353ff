"""Fix round of the calendar import (issue 23): events repeating without end every second or
minute are named and left out (the others imported, the import finishes); an older copy of the
file never brings back an instance a newer copy cancelled."""

from __future__ import annotations

import time

from tests.services import calendar_samples as cs
from tests.services.test_calendar_import import TOKYO, _count, _import


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


def _thursdays(journal) -> list[str]:
    from kizuna_desktop.services import meetings

    return [m.start.strftime("%m-%d") for m in meetings.ahead(journal, 30, now=cs.NOW, tz=TOKYO)
            if m.title == "Weekly sync 定例"]


def test_an_older_copy_never_brings_back_a_cancelled_instance(journal):
    cs.people(journal)
    _import(journal)
    assert _thursdays(journal) == ["03-06", "03-20", "03-27"]
    cancel = cs.WEEKLY.split("END:VEVENT\nBEGIN:VEVENT")[1]
    cancel = "BEGIN:VEVENT" + cancel.replace("20310313", "20310320") \
        .replace("SEQUENCE:{seq}", "SEQUENCE:1")
    newer = _import(journal, cs.calendar(seq=1, extra=cancel))
    assert [r for r in newer.removed if "2031-03-20" in r]
    assert _thursdays(journal) == ["03-06", "03-27"]
    older = _import(journal, cs.calendar(seq=0))  # the copy from before the cancellation
    assert older.created == []
    assert [u for u in older.unchanged if "2031-03-20" in u and "cancelled in a newer" in u]
    assert _thursdays(journal) == ["03-06", "03-27"]
    # the organiser brings it back later (SEQUENCE 2): then it is imported again
    back = _import(journal, cs.calendar(seq=2))
    assert [c for c in back.created if "2031-03-20" in c]
    assert _thursdays(journal) == ["03-06", "03-20", "03-27"]


def test_an_older_copy_never_brings_back_an_instance_taken_out_with_exdate(journal):
    cs.people(journal)
    _import(journal)
    exdate = cs.calendar(seq=1).replace(b"RRULE:FREQ=WEEKLY;COUNT=4\r\n",
                                        b"RRULE:FREQ=WEEKLY;COUNT=4\r\n"
                                        b"EXDATE;TZID=Tokyo Standard Time:20310327T100000\r\n")
    assert [r for r in _import(journal, exdate).removed if "2031-03-27" in r]
    older = _import(journal, cs.calendar(seq=0))
    assert not [c for c in older.created if "2031-03-27" in c]
    assert _thursdays(journal) == ["03-06", "03-20"]


def _attending(name: str, email: str, uid: str) -> str:
    return (f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20310301T000000Z\nDTSTART:20310307T010000Z\n"
            f"DTEND:20310307T020000Z\nSUMMARY:Call {uid}\n"
            f"ORGANIZER;CN={name}:mailto:{email}\n"
            f"ATTENDEE;CN={name}:mailto:{email}\nEND:VEVENT")


def test_a_name_matches_only_as_a_whole_name_and_me_is_the_user(journal):
    from kizuna_desktop.services import contacts
    from kizuna_desktop.services.calendar_import import Person, match

    ids = cs.people(journal)
    for family, given, fl, gl in [("目黒", "恵", "Meguro", "Megumi"),
                                  ("米田", "明", "Maida", "Akira"),
                                  ("Mead", "Emet", "Mead", "Emet")]:
        contacts.create(journal, contacts.ContactInput(
            family_name=family, given_name=given, family_latin=fl, given_latin=gl))
    assert match(journal, Person(name="Me", email="me@nowhere.example"))[0] is None
    assert match(journal, Person(name="Me", email=""))[1] == "that is you"
    # a part of a name, or a piece of its Latin form, is not a name match
    assert match(journal, Person(name="Megu", email=""))[0] is None
    assert match(journal, Person(name="Meguro", email=""))[0] is None
    # the whole name, either order, any script, matches
    meguro = match(journal, Person(name="Megumi Meguro", email=""))[0]
    assert meguro is not None
    assert match(journal, Person(name="MEGURO Megumi", email=""))[0] == meguro
    assert match(journal, Person(name="目黒 恵", email=""))[0] == meguro
    assert match(journal, Person(name="目黒恵さん", email=""))[0] == meguro
    assert match(journal, Person(name="鈴木 花子", email=""))[0] == ids["suzuki"]
    assert match(journal, Person(name="さとう じろう", email=""))[0] == ids["sato"]
    # an organiser named "Me" is neither matched nor left as an unmatched attendee
    report = _import(journal, cs.calendar(extra=_attending("Me", "me@nowhere.example", "me@x")))
    assert not [u for u in report.unmatched if "Me " in u or "me@nowhere" in u]
    assert not [u for u in report.unmatched if "matches" in u]
