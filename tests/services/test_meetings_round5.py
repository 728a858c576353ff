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


INVITED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kizuna Desktop tests//EN
BEGIN:VEVENT
UID:review@example.jp
DTSTAMP:20310301T000000Z
DTSTART;TZID=Asia/Tokyo:20310304T100000
DTEND;TZID=Asia/Tokyo:20310304T110000
SUMMARY:Distributor review
LOCATION:三星商事 本社 5F
DESCRIPTION:Q2 figures\\, the Osaka branch\\nBring the new catalogue
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
ATTENDEE;CN="Kenji Nakamura":mailto:kenji@newco.example.jp
ATTENDEE;CN="中村 花子":mailto:hanako@newco.example.jp
END:VEVENT
END:VCALENDAR
"""


def _pages(path) -> list[str]:
    import io

    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_a_meetings_briefing_names_the_invited_who_are_not_contacts_and_the_agenda(
        journal, tmp_path):
    """11: the briefing said "1 attending" and nothing of Kenji Nakamura, invited but not in
    the journal, nor of the agenda the calendar gave."""
    cs.people(journal)
    calendar_import.import_calendar(journal, INVITED.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    m = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    assert [g.name for g in m.guests] == ["Kenji Nakamura", "中村 花子"]
    path, _ = meetings.write_brief(journal, m.id, tmp_path / "b.pdf", language="en")
    first = " ".join(_pages(path)[0].split())
    assert "3 attending" in first
    assert ("Also invited, not in the journal: Kenji Nakamura <kenji@newco.example.jp>, "
            "中村 花子 <hanako@newco.example.jp>") in first
    assert "Agenda: Q2 figures, the Osaka branch Bring the new catalogue" in first
    assert "Bring at least 6 meishi" in first  # 3 present and the spare ones
    path, _ = meetings.write_brief(journal, m.id, tmp_path / "ja.pdf", language="ja")
    first = " ".join(_pages(path)[0].split())
    assert "出席 3名" in first
    assert "ほかの出席者（連絡先に未登録）" in first and "Kenji Nakamura" in first
    assert "議題：Q2 figures" in first
    # the morning PDF's briefing too
    path, _ = meetings.write_morning(journal, date(2031, 3, 4), tmp_path / "day.pdf", tz=TOKYO)
    assert any("Also invited, not in the journal: Kenji Nakamura" in " ".join(t.split())
               for t in _pages(path)[1:])


def test_many_invited_are_counted_not_listed(journal, tmp_path):
    cs.people(journal)
    many = "".join(f'ATTENDEE;CN="Guest {k:03d}":mailto:g{k}@big.example.com\n'
                   for k in range(40))
    ics = INVITED.replace("END:VEVENT", many + "END:VEVENT")
    calendar_import.import_calendar(journal, ics.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    m = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    path, _ = meetings.write_brief(journal, m.id, tmp_path / "b.pdf", language="en")
    first = " ".join(_pages(path)[0].split())
    assert "43 attending" in first
    assert "… and 30 more" in first and "Guest 039" not in first


def test_a_latin_name_is_addressed_by_the_languages_convention(journal, tmp_path):
    """14: John Miller, a US VP in New York, was addressed as "Miller様 · Miller-san"."""
    from kizuna_desktop.pdf.briefing import address_as
    from kizuna_desktop.services import briefing, contacts

    miller = contacts.create(journal, contacts.ContactInput(family_name="Miller",
                                                            given_name="John")).id
    yamada = cs.people(journal)["yamada"]
    meeting = briefing.Meeting(title="Review", day=date(2031, 3, 4))
    b = briefing.assemble(journal, [miller, yamada], meeting, date(2031, 3, 1), language="en")
    by_id = {p.id: p for p in b.people}
    assert address_as(by_id[miller], "en") == "Mr/Ms Miller"
    assert address_as(by_id[miller], "ja") == "Miller 様 · Millerさん"  # as nengajo: " 様"
    assert address_as(by_id[yamada], "ja") == "山田様 · 山田さん"  # unchanged


LYING = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//liar//EN
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:lie1
DTSTAMP:20310301T000000Z
SUMMARY:Lie IANA
DTSTART;TZID=Asia/Tokyo:20310304T100000
DTEND;TZID=Asia/Tokyo:20310304T110000
ATTENDEE:mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT
BEGIN:VEVENT
UID:lie2
DTSTAMP:20310301T000000Z
SUMMARY:Lie Windows
DTSTART;TZID=Tokyo Standard Time:20310304T100000
DTEND;TZID=Tokyo Standard Time:20310304T110000
ATTENDEE:mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT
END:VCALENDAR
"""


def test_a_vtimezone_that_contradicts_its_name_one_rule_and_said(journal):
    """6: Asia/Tokyo defined as -05:00 was read as Tokyo (the name won) but "Tokyo Standard
    Time" defined as +01:00 as 18:00 JST (the definition won), and nothing said so."""
    cs.people(journal)
    report = calendar_import.import_calendar(journal, LYING.replace("\n", "\r\n").encode(),
                                             days=14, now=NOW, tz=TOKYO, apply=True)
    found = {m.title: m for m in meetings.ahead(journal, 7, NOW, TOKYO)}
    for title in ("Lie IANA", "Lie Windows"):
        m = found[title]
        assert m.zone == "Asia/Tokyo"
        assert m.time_text == "10:00–11:00 JST", title  # the name wins, both ways
    problems = " ".join(report.problems)
    assert "“Lie IANA”: the calendar defines zone “Asia/Tokyo” as UTC-05:00, but " \
        "Asia/Tokyo is UTC+09:00" in problems
    assert "“Lie Windows”: the calendar defines zone “Tokyo Standard Time” as UTC+01:00" \
        in problems


ORDER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kizuna Desktop tests//EN
BEGIN:VEVENT
UID:visit@example.jp
DTSTAMP:20310301T000000Z
DTSTART;VALUE=DATE:20310305
DTEND;VALUE=DATE:20310306
SUMMARY:Osaka visit
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT
BEGIN:VEVENT
UID:acme@example.jp
DTSTAMP:20310301T000000Z
DTSTART;TZID=America/New_York:20310304T140000
DTEND;TZID=America/New_York:20310304T150000
SUMMARY:Acme review
ATTENDEE;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT
END:VCALENDAR
"""


def test_listed_in_the_order_of_the_dates_printed(journal):
    """7: in New York the all-day 03-05 (kept at 00:00 JST: 03-04 10:00 EST) was listed
    before the 03-04 14:00 EST review."""
    from kizuna_desktop.cli_calendar import _here, _when

    ny = zones.get("America/New_York")
    cs.people(journal)
    calendar_import.import_calendar(journal, ORDER.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    found = meetings.ahead(journal, 7, NOW, ny)
    assert [m.title for m in found] == ["Acme review", "Osaka visit"]
    assert [_when(m) for m in found] == ["2031-03-04 14:00 EST", "2031-03-05, all day"]
    # in Tokyo the review is on 03-05 at 04:00: after the visit's all-day line of that day
    found = meetings.ahead(journal, 7, NOW, TOKYO)
    assert [m.title for m in found] == ["Osaka visit", "Acme review"]
    assert _here(found[1], TOKYO) == " (03-05 04:00 JST here)"
    assert _here(found[1], ny) == ""


def test_a_custom_zone_of_a_half_hour_offset_is_shown_in_its_own_time(journal):
    """6 (also): "Custom Office Zone" (+05:30) was shown as 04:30 UTC."""
    cs.people(journal)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VTIMEZONE\n"
           "TZID:Custom Office Zone\nBEGIN:STANDARD\nDTSTART:19700101T000000\n"
           "TZOFFSETFROM:+0530\nTZOFFSETTO:+0530\nEND:STANDARD\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nUID:custom@example.jp\nDTSTAMP:20310301T000000Z\n"
           "DTSTART;TZID=Custom Office Zone:20310304T100000\n"
           "DTEND;TZID=Custom Office Zone:20310304T110000\nSUMMARY:Bangalore office\n"
           "ATTENDEE:mailto:taro.yamada@mitsuboshi.example.jp\nEND:VEVENT\nEND:VCALENDAR\n")
    calendar_import.import_calendar(journal, ics.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    m = meetings.ahead(journal, 7, NOW, TOKYO)[0]
    assert m.start.utcoffset() == timedelta(hours=5, minutes=30)
    assert m.time_text == "10:00–11:00 IST"
    assert m.start.astimezone(UTC) == datetime(2031, 3, 4, 4, 30, tzinfo=UTC)


def test_a_calendar_cut_short_is_refused_in_one_plain_sentence(journal):
    """14: a truncated file gave "Found no components where exactly one is required:
    b'BEGIN:VCALENDAR…'"."""
    import pytest

    from kizuna_desktop.errors import KizunaError

    cut = INVITED.replace("\n", "\r\n").encode()[:300]
    with pytest.raises(KizunaError) as e:
        calendar_import.import_calendar(journal, cut, days=14, now=NOW, tz=TOKYO)
    assert str(e.value) == ("The calendar file is cut short (it does not end with "
                            "END:VCALENDAR): an unfinished download or copy? Export it again.")
    assert "b'" not in str(e.value)


def test_a_lying_vtimezone_does_not_change_the_next_files_zone(journal, tmp_path):
    """icalendar keeps a zone a calendar defined for the whole process: after the lying
    file, a file naming "Tokyo Standard Time" with no VTIMEZONE read it as +01:00."""
    from kizuna_desktop.store import Journal

    cs.people(journal)
    calendar_import.import_calendar(journal, LYING.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    other = Journal.open(tmp_path / "other.kizuna")
    cs.people(other)
    plain = LYING[:LYING.index("BEGIN:VTIMEZONE")] + LYING[LYING.index("BEGIN:VEVENT\nUID:lie2"):]
    calendar_import.import_calendar(other, plain.replace("\n", "\r\n").encode(), days=14,
                                    now=NOW, tz=TOKYO, apply=True)
    m = meetings.ahead(other, 7, NOW, TOKYO)[0]
    assert m.time_text == "10:00–11:00 JST"
    other.close()
