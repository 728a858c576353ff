"""`kizuna calendar import`, `kizuna calendar unmatched`, `kizuna meetings` and
`kizuna brief --meeting-id` on a real journal, with an iCalendar file dated from today (the
commands use the real clock)."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta

from pypdf import PdfReader
from sqlalchemy import func, select

from kizuna_desktop.cli import main
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Interaction
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _ics(day: date) -> bytes:
    d = day.strftime("%Y%m%d")
    text = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kizuna Desktop tests//EN
BEGIN:VEVENT
UID:cli-sync@example.jp
DTSTAMP:20261201T000000Z
DTSTART;TZID=Asia/Tokyo:{d}T100000
DTEND;TZID=Asia/Tokyo:{d}T110000
SUMMARY:Distributor review
LOCATION:三星商事 本社
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
ATTENDEE;CN="鈴木 花子":mailto:h.suzuki@private.example.com
ATTENDEE;CN="Pat Unknown":mailto:pat@unknown.example.org
END:VEVENT
BEGIN:VEVENT
UID:cli-lunch@example.jp
DTSTAMP:20261201T000000Z
DTSTART;TZID=Asia/Tokyo:{d}T123000
DTEND;TZID=Asia/Tokyo:{d}T133000
SUMMARY:Lunch
ATTENDEE;CN="さとう じろう":mailto:jiro@another.example.com
END:VEVENT
END:VCALENDAR
"""
    return text.replace("\n", "\r\n").encode()


def _setup(tmp_path):
    db = tmp_path / "j.kizuna"
    with Journal.open(db) as j:
        ids = cs.people(j)
    day = zones.today() + timedelta(days=2)  # ahead wherever the laptop is
    ics = tmp_path / "cal.ics"
    ics.write_bytes(_ics(day))
    return str(db), str(ics), ids, day


def _meetings(db) -> int:
    with Journal.open(db) as j, j.session() as s:
        return s.scalar(select(func.count()).select_from(Interaction))


def test_import_is_a_dry_run_without_yes(tmp_path, capsys):
    db, ics, _, _ = _setup(tmp_path)
    code, out, _ = run(capsys, "--db", db, "calendar", "import", ics)
    assert code == 0
    assert "Would import 2 new and 0 updated meetings" in out
    assert "Pat Unknown <pat@unknown.example.org>" in out  # the unmatched attendee is listed
    assert "Nothing was written" in out
    assert _meetings(db) == 0


def test_import_then_meetings_json_and_unmatched(tmp_path, capsys):
    db, ics, ids, day = _setup(tmp_path)
    code, out, _ = run(capsys, "--db", db, "calendar", "import", ics, "--yes")
    assert code == 0 and "Imported 2 new" in out
    code, out, _ = run(capsys, "--db", db, "calendar", "import", ics, "--yes")
    assert "Imported 0 new and 0 updated meetings" in out and "2 unchanged" in out
    assert _meetings(db) == 2
    code, out, _ = run(capsys, "--db", db, "meetings", "--days", "7", "--json")
    found = json.loads(out)
    assert [m["title"] for m in found] == ["Distributor review", "Lunch"]
    review = found[0]
    assert review["start"] == f"{day.isoformat()}T10:00:00+09:00"
    assert review["zone"] == "Asia/Tokyo" and review["place"] == "三星商事 本社"
    assert sorted(a["name"] for a in review["attendees"]) == ["山田 太郎", "鈴木 花子"]
    assert found[1]["attendees"] == [{"id": ids["sato"], "name": "佐藤 次郎"}]
    code, out, _ = run(capsys, "--db", db, "calendar", "unmatched")
    assert "Pat Unknown <pat@unknown.example.org>" in out and "Distributor review" in out
    code, out, _ = run(capsys, "--db", db, "meetings")
    assert "Distributor review" in out and "10:00 JST" in out


def test_brief_for_a_meeting_and_the_days_pdf(tmp_path, capsys):
    db, ics, _, day = _setup(tmp_path)
    run(capsys, "--db", db, "calendar", "import", ics, "--yes")
    _, out, _ = run(capsys, "--db", db, "meetings", "--json")
    meeting_id = json.loads(out)[0]["id"]
    pdf = tmp_path / "brief.pdf"
    code, out, err = run(capsys, "--db", db, "brief", "--meeting-id", str(meeting_id),
                         "-o", str(pdf))
    assert code == 0, err
    assert "Distributor review" in out and "10:00 JST" in out
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Distributor review" in text and "三星商事 本社" in text
    assert "山田" in text and "鈴木" in text
    assert "be there by 09:50" in text
    morning = tmp_path / "day.pdf"
    laptop_day = zones.local(datetime.fromisoformat(
        f"{day.isoformat()}T10:00:00+09:00"), zones.laptop()).date()
    code, out, err = run(capsys, "--db", db, "meetings", "--pdf", str(morning), "--day",
                         laptop_day.isoformat())
    assert code == 0, err
    pages = PdfReader(io.BytesIO(morning.read_bytes())).pages
    assert "Meetings on" in pages[0].extract_text()


def test_brief_needs_contacts_or_a_meeting(tmp_path, capsys):
    db, _, _, _ = _setup(tmp_path)
    code, _, err = run(capsys, "--db", db, "brief", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "--meeting-id" in err
    code, _, err = run(capsys, "--db", db, "brief", "--meeting-id", "99", "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and "no meeting with id 99" in err
    code, _, err = run(capsys, "--db", db, "brief", "yamada", "--meeting-id", "1", "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and "give no contacts" in err


def test_meetings_and_unmatched_print_tabs_between_fields_and_escape_inside_them(tmp_path,
                                                                                 capsys):
    db, ics, _, _ = _setup(tmp_path)
    hostile = open(ics, "rb").read().replace(b"SUMMARY:Distributor review",
                                             b"SUMMARY:Review\t\x1b[31mred")
    open(ics, "wb").write(hostile)
    run(capsys, "--db", db, "calendar", "import", ics, "--yes")
    code, out, _ = run(capsys, "--db", db, "meetings")
    line = [x for x in out.splitlines() if "Review" in x][0]
    assert "\\x09" not in line.split("Review")[0]  # the separators are real tabs
    assert len(line.split("\t")) == 4  # id, time, title, people
    assert "\x1b" not in out and "Review\\x09\\x1b[31mred" in line  # the title's own, shown
    code, out, _ = run(capsys, "--db", db, "calendar", "unmatched")
    line = [x for x in out.splitlines() if "Pat Unknown" in x][0]
    assert line.split("\t")[1] == "Pat Unknown <pat@unknown.example.org>"
    assert "\x1b" not in out


def test_show_marks_a_planned_meeting_as_planned(tmp_path, capsys):
    db, ics, ids, day = _setup(tmp_path)
    run(capsys, "--db", db, "calendar", "import", ics, "--yes")
    from kizuna_desktop.services import interactions
    from kizuna_desktop.services.interactions import InteractionInput
    from kizuna_desktop.store.models import InteractionKind

    with Journal.open(db) as j:  # one that has happened, for contrast
        interactions.create(j, InteractionInput(
            kind=InteractionKind.MEAL, participant_ids=[ids["yamada"]],
            summary="Lunch last week",
            occurred_at=datetime.now(zones.get("Asia/Tokyo")) - timedelta(days=7),
            zone="Asia/Tokyo"))
    code, out, _ = run(capsys, "--db", db, "show", str(ids["yamada"]), "--json")
    assert code == 0
    got = {i["summary"]: i["planned"] for i in json.loads(out)["interactions"]}
    assert got == {"Lunch last week": False, "Distributor review": True}
    code, out, _ = run(capsys, "--db", db, "show", str(ids["yamada"]))
    lines = [x for x in out.splitlines() if "Distributor review" in x or "Lunch last" in x]
    assert len(lines) == 2
    assert "(planned) Distributor review" in lines[1] and "(planned)" not in lines[0]


def test_unmatched_names_the_meeting_in_japanese(tmp_path, capsys):
    """Review ja4 item 2: the line ended '(meeting 3)' in English under a Japanese interface."""
    from kizuna_desktop import i18n

    db, ics, _ids, _day = _setup(tmp_path)
    assert run(capsys, "--db", db, "calendar", "import", ics, "--yes")[0] == 0
    i18n.use("ja")
    try:
        code, out, _ = run(capsys, "--db", db, "calendar", "unmatched")
    finally:
        i18n.use("en")
    line = next(x for x in out.splitlines() if "Pat Unknown" in x)
    assert code == 0 and "（面談 " in line and "(meeting" not in line, line
