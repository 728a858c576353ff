"""The "Meetings ahead" view through real widgets (qtbot) on a real journal: three meetings
today with their zones, places and attendees' cards; "Briefing…" and "Print the day…" read
back with pypdf; unmatched attendees created, matched, ignored; "How did it go?" after the end
with the clock injected; the status line's next meeting. Screenshots: /tmp/meetings-shots/."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from kizuna_desktop.services import calendar_import, followups, positions
from kizuna_desktop.services import organizations as orgs
from kizuna_desktop.text import zones
from kizuna_desktop.ui.meetings_view import ATTENDEE, GUEST, KIND_ROLE, MeetingsView
from tests.services import calendar_samples as cs

from .helpers import commit_ime_text

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 6, 0, 0, tzinfo=UTC)  # 09:00 on Thursday 6 March in Tokyo
SHOTS = Path("/tmp/meetings-shots")

DAY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kizuna Desktop tests//EN
BEGIN:VEVENT
UID:morning@example.jp
DTSTAMP:20310301T000000Z
DTSTART;TZID=Asia/Tokyo:20310306T100000
DTEND;TZID=Asia/Tokyo:20310306T110000
SUMMARY:Distributor review
LOCATION:三星商事 本社 5F
DESCRIPTION:Q2 figures\\, the Osaka branch
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
ATTENDEE;CN="鈴木 花子":mailto:h.suzuki@private.example.com
END:VEVENT
BEGIN:VEVENT
UID:lunch@example.jp
DTSTAMP:20310301T000000Z
DTSTART;TZID=Asia/Tokyo:20310306T123000
DTEND;TZID=Asia/Tokyo:20310306T133000
SUMMARY:Lunch with Satō-san
LOCATION:銀座 天一
ATTENDEE;CN="さとう じろう":mailto:jiro@another.example.com
ATTENDEE;CN="Pat Unknown":mailto:pat@unknown.example.org
END:VEVENT
BEGIN:VEVENT
UID:call@example.jp
DTSTAMP:20310301T000000Z
DTSTART;TZID=Europe/Berlin:20310306T090000
DTEND;TZID=Europe/Berlin:20310306T093000
SUMMARY:Call with the Hannover fair team
ATTENDEE;CN="Taro Yamada":mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def setup(qtbot, journal):
    ids = cs.people(journal)
    org = orgs.create(journal, orgs.OrganizationInput(name_ja="三星商事", name_en="Mitsuboshi"))
    positions.add(journal, ids["yamada"], positions.PositionInput(
        organization_id=org.id, title_ja="部長",
        title_en="General Manager", start_date=date(2020, 4, 1)))
    followups.create(journal, followups.FollowUpInput(
        contact_id=ids["yamada"], title="Send the Q2 figures", due_date=date(2031, 3, 1)))
    calendar_import.import_calendar(journal, DAY.replace("\n", "\r\n").encode(), days=7,
                                    now=NOW, tz=TOKYO, apply=True)
    view = MeetingsView(journal)
    view.now_fn = lambda: NOW
    view.tz = TOKYO
    view.quiet = True  # no PDF viewer opened
    view.refresh()
    qtbot.addWidget(view)
    settle(qtbot, view)
    view.resize(1100, 620)
    view.show()
    return view, ids, journal


def settle(qtbot, view) -> None:
    """The view reads in the background: wait until what it shows is what was last asked."""
    qtbot.waitUntil(lambda: not view.loading and view._pending is None, timeout=20_000)


def _texts(view) -> list[list[str]]:
    out = []
    for item in view.meeting_items():
        out.append([item.text(c) for c in range(4)])
        for j in range(item.childCount()):
            c = item.child(j)
            out.append(["  " + c.text(1), c.text(3)])
    return out


def test_three_meetings_today_with_their_zones_and_cards(setup):
    view, ids, _ = setup
    today = view.tree.topLevelItem(0)
    assert today.text(0) == "Today (3)"
    rows = [today.child(i) for i in range(today.childCount())]
    assert [r.text(1).split("\n")[0] for r in rows] == ["Distributor review", "Lunch with Satō-san",
                                         "Call with the Hannover fair team"]
    assert [r.text(0) for r in rows] == ["10:00–11:00 JST", "12:30–13:30 JST",
                                         "09:00–09:30 CET (17:00 JST here)"]
    assert rows[0].text(2) == "三星商事 本社 5F"
    cards = {rows[0].child(i).text(1): rows[0].child(i).text(3)
             for i in range(rows[0].childCount())}
    assert cards["山田 太郎"].startswith("部長, 三星商事 · never met")
    assert "1 open promise" in cards["山田 太郎"] and "1 overdue" in cards["山田 太郎"]
    guest = rows[1].child(1)
    assert guest.data(0, KIND_ROLE) == GUEST and guest.text(1) == \
        "Pat Unknown <pat@unknown.example.org>"
    assert rows[1].child(0).data(0, KIND_ROLE) == ATTENDEE
    assert view.status_text == "Next meeting in 1 h: Distributor review at 三星商事 本社 5F"
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "meetings-today.png"))
    assert (SHOTS / "meetings-today.png").stat().st_size > 10_000


def test_briefing_for_the_selected_meeting(setup, qtbot, tmp_path):
    view, _, _ = setup
    assert view.select_meeting(view.meetings[0].id)
    with qtbot.waitSignal(view.briefing_written, timeout=20_000) as sig:
        view.write_briefing(tmp_path / "b.pdf")
    assert sig.args[0] == tmp_path / "b.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages)
    assert "Distributor review" in text and "10:00 JST" in text
    assert "be there by 09:50" in text and "山田" in text and "鈴木" in text


def _answer_the_save_dialog(path) -> None:
    """Answer the real save dialog, once it is open, with ``path``."""
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QFileDialog):
            box.selectFile(str(path))
            box.accept()
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("button", ["brief_button", "day_button"])
def test_the_briefing_and_day_buttons_write_where_the_save_dialog_says(setup, qtbot, tmp_path,
                                                                        button):
    view, _, _ = setup
    assert view.select_meeting(view.meetings[0].id)
    out = tmp_path / f"{button}.pdf"
    _answer_the_save_dialog(out)
    with qtbot.waitSignal(view.briefing_written, timeout=30_000) as sig:
        qtbot.mouseClick(getattr(view, button), Qt.MouseButton.LeftButton)
    assert sig.args[0] == out
    assert "Distributor review" in "\n".join(p.extract_text() for p in PdfReader(out).pages)


def test_print_the_day_roster_then_briefings(setup, qtbot, tmp_path):
    view, _, _ = setup
    with qtbot.waitSignal(view.briefing_written, timeout=30_000):
        view.print_day(tmp_path / "day.pdf")
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(
        (tmp_path / "day.pdf").read_bytes())).pages]
    assert "Meetings on 2031-03-06" in pages[0]
    for title in ("Distributor review", "Lunch with Satō-san", "Call with the Hannover"):
        assert title in pages[0]
        assert any(title in p for p in pages[1:])


def test_unmatched_attendee_created_as_a_contact(setup, qtbot):
    view, _, journal = setup
    guest = view.meetings[1].guests[0]
    assert view.select_guest(guest.id)
    assert view.create_button.isVisibleTo(view)
    cid = view.create_contact()
    assert cid is not None
    settle(qtbot, view)
    lunch = [r for r in _texts(view) if r[0].strip() == "Pat Unknown"]
    assert lunch, _texts(view)
    assert not any("pat@unknown" in r[0] for r in _texts(view))


def test_unmatched_attendee_matched_by_hand_or_ignored(setup, qtbot):
    view, ids, _ = setup
    guest = view.meetings[1].guests[0]
    view.select_guest(guest.id)
    assert view.match_by_hand("Yamada Taro")
    settle(qtbot, view)
    lunch = [m for m in view.meetings if m.title.startswith("Lunch")][0]
    assert ids["yamada"] in {a.id for a in lunch.attendees} and lunch.guests == []


def test_how_did_it_go_after_the_end(setup, qtbot):
    view, ids, journal = setup
    view.tick()
    settle(qtbot, view)
    assert view.review_dialog is None  # nothing has ended at 09:00
    view.now_fn = lambda: NOW + timedelta(hours=2, minutes=5)  # 11:05 in Tokyo
    view.tick()
    settle(qtbot, view)
    dialog = view.review_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.meeting.title == "Distributor review"
    assert "With 山田 太郎, 鈴木 花子" in dialog.about.text() or \
        "With 鈴木 花子, 山田 太郎" in dialog.about.text()
    qtbot.keyClicks(dialog.notes, "Agreed on the Q2 plan; ")
    commit_ime_text(dialog.notes, "花子さんのお嬢さんが小学校に入学。")
    assert dialog.thank_you.isChecked()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "how-did-it-go.png"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    from kizuna_desktop.services import meetings

    notes = meetings.get(journal, dialog.meeting.id).notes
    assert notes == "Agreed on the Q2 plan; 花子さんのお嬢さんが小学校に入学。"
    made = [followups.get(journal, f) for f in dialog.result_ids]
    assert {f.contact_id for f in made} == {ids["yamada"], ids["suzuki"]}
    assert {f.due_date for f in made} == {date(2031, 3, 7)}
    # asked once: the next minute asks about nothing else (the call in Berlin is later)
    view.tick()
    settle(qtbot, view)
    assert view.review_dialog is dialog
