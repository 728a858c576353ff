"""Fixes of the fourth fresh-eyes review of Meetings ahead (issue 23,
/work/briefs/reviews/meetings4_review.md), each with real files: an all-hands of 200 in the
morning PDF (0a); an emoji in a calendar's title and place (0b); a cancelled meeting kept for
its notes (2); an Outlook METHOD:CANCEL attachment (3); Shift_JIS and UTF-16 calendars (5);
/dev/zero, a huge file and garbage (13b). The window's (13) is in
tests/ui/test_meetings_review4_window.py."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from kizuna_desktop.services import calendar_import as ci
from kizuna_desktop.services import meetings
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 6, 0, 0, tzinfo=UTC)  # 09:00 on Thursday 6 March in Tokyo
YAMADA = "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp"


def _ics(*events: str, head: str = "") -> bytes:
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kizuna tests//EN\n" + head +
            "X-WR-TIMEZONE:Asia/Tokyo\n" + "\n".join(events) + "\nEND:VCALENDAR\n")
    return text.replace("\n", "\r\n").encode()


def _event(uid: str, title: str, start: str = "20310306T100000",
           end: str = "20310306T110000", extra: str = "", seq: int = 0) -> str:
    return (f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:2031030{1 + seq}T000000Z\nSEQUENCE:{seq}\n"
            f"DTSTART;TZID=Asia/Tokyo:{start}\nDTEND;TZID=Asia/Tokyo:{end}\n"
            f"SUMMARY:{title}\n{YAMADA}\n{extra}END:VEVENT")


def _import(journal, data: bytes, **kw):
    return ci.import_calendar(journal, data, days=7, now=NOW, tz=TOKYO, apply=True, **kw)


def _text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_an_all_hands_of_200_prints_in_the_morning_pdf(journal, tmp_path):
    """0a: a roster row of 200 invitees was taller than a page (ReportLab's LayoutError)."""
    cs.people(journal)
    guests = "".join(f"ATTENDEE;CN=Person {k}:mailto:p{k}@corp.example.com\n"
                     for k in range(200))
    _import(journal, _ics(_event("allhands@example.jp", "All hands", extra=guests)))
    path, shown = meetings.write_morning(journal, date(2031, 3, 6), tmp_path / "day.pdf",
                                         tz=TOKYO, made_on=date(2031, 3, 6))
    pages = _text(path.read_bytes())
    assert len(shown) == 1 and len(shown[0].guests) == 200
    assert "All hands" in pages[0] and "… and 190 more" in pages[0]
    assert "Person 0" in pages[0] and "<p0@corp.example.com>" in pages[0]
    assert "Person 199" not in pages[0]
    assert len(pages) >= 2  # then Yamada's briefing


def test_an_emoji_in_a_calendar_title_is_left_out_of_the_pdfs_not_refused(journal, tmp_path):
    """0b: "🍣 Lunch with Yamada-san 🎉" @ "銀座 久兵衛 📍" (and a bidi override) refused the
    briefing and the whole morning PDF; the next import by UID would put them back."""
    cs.people(journal)
    _import(journal, _ics(_event("sushi@example.jp", "🍣 Lunch with Yamada-san 🎉",
                                 extra="LOCATION:銀座 久兵衛 📍\u202e\n")))
    m = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    assert m.title == "🍣 Lunch with Yamada-san 🎉"  # the journal keeps it as written
    path, _ = meetings.write_brief(journal, m.id, tmp_path / "b.pdf")
    text = "\n".join(_text(path.read_bytes()))
    assert "Lunch with Yamada-san" in text and "銀座 久兵衛" in text
    assert "🍣" not in text and "\u202e" not in text
    day, _ = meetings.write_morning(journal, date(2031, 3, 6), tmp_path / "day.pdf", tz=TOKYO)
    assert "Lunch with Yamada-san" in _text(day.read_bytes())[0]
    assert meetings.printable("🙇 ご挨拶 \u202e山田様\u202c 📍") == "ご挨拶 山田様"


def test_a_cancelled_meeting_kept_for_its_notes_is_no_longer_ahead(journal):
    """2: kept (it has notes), but no longer in the view, the next-meeting line, the morning
    PDF or "How did it go?"."""
    cs.people(journal)
    _import(journal, _ics(_event("sync@example.jp", "Weekly sales sync"),
                          _event("later@example.jp", "Later", "20310306T150000",
                                 "20310306T160000")))
    sync = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    meetings.review(journal, sync.id, "Prepared the Q2 figures.", thank_you=False)
    report = _import(journal, _ics(
        _event("sync@example.jp", "Weekly sales sync", extra="STATUS:CANCELLED\n", seq=4),
        _event("later@example.jp", "Later", "20310306T150000", "20310306T160000")))
    assert any("was cancelled but is kept" in p for p in report.problems)
    assert meetings.get(journal, sync.id).notes == "Prepared the Q2 figures."
    assert meetings.get(journal, sync.id).status == "cancelled"
    week = meetings.ahead(journal, 7, NOW, TOKYO)
    assert [m.title for m in week] == ["Later"]
    assert meetings.next_meeting(journal, NOW).title == "Later"
    assert meetings.next_meeting(journal, NOW, among=week).title == "Later"
    assert [m.title for m in meetings.on_day(journal, date(2031, 3, 6), TOKYO)] == ["Later"]
    after = datetime(2031, 3, 6, 8, 0, tzinfo=UTC)
    assert [m.title for m in meetings.due_reviews(journal, after)] == ["Later"]


def test_an_outlook_cancellation_attachment_removes_only_its_meeting(journal):
    """3: METHOD:CANCEL (RFC 5546), no STATUS line: read as an update before; and a message
    naming one instance of a series leaves the series' other instances alone."""
    cs.people(journal)
    weekly = ("BEGIN:VEVENT\nUID:weekly@example.jp\nDTSTAMP:20310301T000000Z\n"
              "DTSTART;TZID=Asia/Tokyo:20310306T170000\nDTEND;TZID=Asia/Tokyo:20310306T180000\n"
              f"RRULE:FREQ=DAILY;COUNT=5\nSUMMARY:Daily sync\n{YAMADA}\nEND:VEVENT")
    _import(journal, _ics(_event("osaka@example.jp", "Osaka: factory visit"), weekly))
    assert len(meetings.ahead(journal, 7, NOW, TOKYO)) == 6
    cancel = _event("osaka@example.jp", "Canceled: Osaka: factory visit", seq=1)
    report = _import(journal, _ics(cancel, head="METHOD:CANCEL\n"))
    assert len(report.removed) == 1 and report.updated == []
    one = ("BEGIN:VEVENT\nUID:weekly@example.jp\nDTSTAMP:20310302T000000Z\nSEQUENCE:1\n"
           "RECURRENCE-ID;TZID=Asia/Tokyo:20310307T170000\n"
           "DTSTART;TZID=Asia/Tokyo:20310307T170000\nDTEND;TZID=Asia/Tokyo:20310307T180000\n"
           f"SUMMARY:Daily sync\n{YAMADA}\nEND:VEVENT")
    report = _import(journal, _ics(one, head="METHOD:CANCEL\n"))
    assert len(report.removed) == 1
    titles = [(m.title, m.start.day) for m in meetings.ahead(journal, 7, NOW, TOKYO)]
    assert titles == [("Daily sync", 6), ("Daily sync", 8), ("Daily sync", 9),
                      ("Daily sync", 10)]


@pytest.mark.parametrize("encoding", ["cp932", "utf-16"])
def test_shift_jis_and_utf16_calendars_are_read_as_written(journal, encoding):
    """5: a cp932 export (older Japanese Outlook, Garoon, desknet's) was imported as
    mojibake without a word; UTF-16 was refused with the parser's bytes."""
    ids = cs.people(journal)
    text = _ics(_event("osaka@example.jp", "大阪機械 工場見学",
                       extra="ATTENDEE;CN=鈴木 花子:mailto:h.suzuki@private.example.com\n")
                ).decode("utf-8")
    data = text.encode(encoding)  # (Python's utf-16 writes its BOM)
    report = _import(journal, data)
    m = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    assert m.title == "大阪機械 工場見学"
    assert {a.id for a in m.attendees} == {ids["yamada"], ids["suzuki"]}
    if encoding == "cp932":
        assert report.problems == ["The file is not UTF-8: it was read as Shift_JIS (cp932)."]


def test_garbage_and_huge_files_are_refused_at_once(journal, tmp_path, monkeypatch):
    """13b: /dev/zero filled the memory, a 400 MB file ran for minutes; binary garbage and
    a truncated file named the parser's bytes."""
    monkeypatch.setattr(ci, "MAX_BYTES", 1000)
    with pytest.raises(ci.CalendarError, match="larger than"):
        ci.read_file("/dev/zero")
    big = tmp_path / "huge.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X" * 5000)
    with pytest.raises(ci.CalendarError, match="larger than"):
        ci.read_file(big)
    with pytest.raises(ci.CalendarError, match="Cannot read"):
        ci.read_file(tmp_path / "missing.ics")
    for junk in (bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100):
        with pytest.raises(ci.CalendarError) as e:
            _import(journal, junk)
        assert str(e.value) == "This is not an iCalendar file (no VCALENDAR)."


def test_an_attendee_taken_off_the_invitation_leaves_the_meeting(journal):
    """1: attendee lists only grew. One the last import matched and this one does not
    leaves; one added by hand (never matched) stays; undo puts the earlier list back."""
    from kizuna_desktop.services import interactions
    from kizuna_desktop.services.interactions import InteractionInput
    from kizuna_desktop.store.models import InteractionKind

    ids = cs.people(journal)
    suzuki = "ATTENDEE;CN=鈴木 花子:mailto:h.suzuki@private.example.com\n"
    _import(journal, _ics(_event("osaka@example.jp", "Osaka visit", extra=suzuki)))
    m = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    assert {a.id for a in m.attendees} == {ids["yamada"], ids["suzuki"]}
    interactions.update(journal, m.id, InteractionInput(  # Satō added by hand
        kind=InteractionKind.MEETING, occurred_at=m.start, zone=m.zone, place=m.place,
        summary=m.title, participant_ids=[ids["yamada"], ids["suzuki"], ids["sato"]]))
    before = ci.snapshot(journal, {"osaka@example.jp"})
    report = _import(journal, _ics(_event("osaka@example.jp", "Osaka visit", seq=3)))
    assert len(report.updated) == 1
    m = meetings.get(journal, m.id)
    assert {a.id for a in m.attendees} == {ids["yamada"], ids["sato"]}
    report = _import(journal, _ics(_event("osaka@example.jp", "Osaka visit", seq=3)))
    assert len(report.unchanged) == 1 and report.updated == []  # the same file again
    ci.restore(journal, {"osaka@example.jp"}, before)  # undo: Suzuki back, and the record
    assert {a.id for a in meetings.get(journal, m.id).attendees} == set(ids.values())
    report = _import(journal, _ics(_event("osaka@example.jp", "Osaka visit", seq=4)))
    assert {a.id for a in meetings.get(journal, m.id).attendees} == {ids["yamada"], ids["sato"]}


@pytest.fixture
def ja():
    from kizuna_desktop import i18n

    i18n.use("ja")
    yield
    i18n.use("en")


def test_a_meeting_s_briefing_and_the_morning_pdf_are_in_the_interface_s_language(
        journal, tmp_path, ja):
    """4: a meeting's briefing was English whatever the language (a contact's was not), and
    the morning PDF mixed a Japanese roster with English briefings."""
    cs.people(journal)
    _import(journal, _ics(_event("osaka@example.jp", "大阪機械 工場見学")))
    m = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    path, _ = meetings.write_brief(journal, m.id, tmp_path / "b.pdf")
    first = _text(path.read_bytes())[0]
    assert "打ち合わせ資料" in first and "PRE-MEETING BRIEFING" not in first
    path, _ = meetings.write_brief(journal, m.id, tmp_path / "en.pdf", language="en")
    assert "PRE-MEETING BRIEFING" in _text(path.read_bytes())[0]
    day, _ = meetings.write_morning(journal, date(2031, 3, 6), tmp_path / "day.pdf", tz=TOKYO)
    pages = _text(day.read_bytes())
    assert "2031年3月6日" in pages[0]  # the roster
    assert "打ち合わせ資料" in pages[1] and "PRE-MEETING" not in "".join(pages)


def test_a_meeting_moved_after_the_days_imported_is_not_called_cancelled(journal):
    """9: "Removed (cancelled): … Acme distributor review" for a meeting moved to January;
    with notes it was even marked cancelled."""
    cs.people(journal)
    _import(journal, _ics(_event("acme@example.jp", "Acme review"),
                          _event("noted@example.jp", "Noted review", "20310307T100000",
                                 "20310307T110000")))
    noted = next(m for m in meetings.ahead(journal, 7, NOW, TOKYO) if m.title == "Noted review")
    meetings.review(journal, noted.id, "Bring the contract.", thank_you=False)
    report = _import(journal, _ics(
        _event("acme@example.jp", "Acme review", "20310407T100000", "20310407T110000", seq=1),
        _event("noted@example.jp", "Noted review", "20310408T100000", "20310408T110000",
               seq=1)))
    assert report.removed == [] and len(report.moved) == 1 and "Acme review" in report.moved[0]
    lines = report.lines()
    assert any(x.startswith("Moved after the days imported") for x in lines)
    assert any("Noted review" in p and "moved after the days imported" in p
               for p in report.problems)
    kept = meetings.get(journal, noted.id)
    assert kept.status == "" and kept.notes == "Bring the contract."
    assert [m.title for m in meetings.ahead(journal, 7, NOW, TOKYO)] == ["Noted review"]
