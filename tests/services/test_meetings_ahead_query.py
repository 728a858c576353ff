"""How Meetings ahead finds its meetings (issue 23, fourth round): calendar meetings through
the calendar's index, so an event of several days shows on each of its days however long ago
it began (the 31-day bound of the last round is gone); meetings typed ahead by hand while
they are not over; nothing of the past counted as ahead; and a fixed handful of queries
whatever the number of meetings and attendees (not a few per meeting: 0.7 s for 50 meetings
at 100,000 contacts before)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import event

from kizuna_desktop.services import calendar_import, followups, interactions, meetings
from kizuna_desktop.services.interactions import InteractionInput
from kizuna_desktop.store.models import InteractionKind
from kizuna_desktop.text import zones
from tests.services import calendar_samples as cs

TOKYO = zones.get("Asia/Tokyo")
NOW = datetime(2031, 3, 6, 0, 0, tzinfo=UTC)  # 09:00 on Thursday 6 March in Tokyo


def _ics(*events: str) -> bytes:
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kizuna tests//EN\n"
            "X-WR-TIMEZONE:Asia/Tokyo\n" + "\n".join(events) + "\nEND:VCALENDAR\n")
    return text.replace("\n", "\r\n").encode()


def _event(uid: str, start: str, end: str, title: str, value_date: bool = False) -> str:
    kind = ";VALUE=DATE" if value_date else ";TZID=Asia/Tokyo"
    return (f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20310101T000000Z\nDTSTART{kind}:{start}\n"
            f"DTEND{kind}:{end}\nSUMMARY:{title}\n"
            "ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp\nEND:VEVENT")


def test_a_long_event_begun_long_ago_shows_on_each_of_its_days(journal):
    cs.people(journal)
    # imported when it was ahead: 1 January to 30 April (a secondment, a trade fair season)
    calendar_import.import_calendar(journal, _ics(
        _event("season@example.jp", "20310101", "20310501", "Trade fair season", True),
        _event("old@example.jp", "20310105", "20310110", "Over long ago", True)),
        days=30, now=datetime(2030, 12, 31, 0, 0, tzinfo=UTC), tz=TOKYO, apply=True)
    ahead = meetings.ahead(journal, 7, NOW, TOKYO)
    assert [m.title for m in ahead] == ["Trade fair season"]  # 64 days after it began
    day = meetings.on_day(journal, date(2031, 3, 6), TOKYO)
    assert [m.title for m in day] == ["Trade fair season"]
    assert meetings.on_day(journal, date(2031, 5, 1), TOKYO) == []  # DTEND is exclusive


def test_meetings_typed_ahead_show_until_they_are_over(journal):
    ids = cs.people(journal)

    def typed(when: datetime, title: str) -> None:
        interactions.create(journal, InteractionInput(
            kind=InteractionKind.MEETING, occurred_at=when, participant_ids=[ids["sato"]],
            summary=title, zone="Asia/Tokyo"))

    real_now = datetime.now(UTC)  # typed now: entered before their time
    typed(real_now + timedelta(hours=3), "Soon")
    typed(real_now + timedelta(days=3), "Later this week")
    typed(real_now + timedelta(days=20), "Next month")
    typed(real_now - timedelta(days=1), "Yesterday (logged, not planned)")
    titles = [m.title for m in meetings.ahead(journal, 7, real_now, TOKYO)]
    assert titles == ["Soon", "Later this week"]
    # under way (begun 30 minutes ago, an hour long when no end is given): still ahead
    later = real_now + timedelta(hours=3, minutes=30)
    assert [m.title for m in meetings.ahead(journal, 7, later, TOKYO)][:1] == ["Soon"]
    # over: gone
    after = real_now + timedelta(hours=4, minutes=1)
    assert "Soon" not in [m.title for m in meetings.ahead(journal, 7, after, TOKYO)]


def test_the_view_s_read_is_a_handful_of_queries_whatever_the_number_of_meetings(journal):
    ids = cs.people(journal)
    followups.create(journal, followups.FollowUpInput(
        contact_id=ids["yamada"], title="Send the Q2 figures", due_date=date(2031, 3, 1)))
    events = [_event(f"m{k}@example.jp", f"202103{6 + k // 8:02d}T{9 + k % 8:02d}0000",
                     f"202103{6 + k // 8:02d}T{9 + k % 8:02d}3000", f"Meeting {k}")
              for k in range(40)]
    events = [e.replace("2021", "2031") for e in events]
    guest = "ATTENDEE;CN=Pat Unknown:mailto:pat@unknown.example.org\nEND:VEVENT"
    events = [e.replace("END:VEVENT", guest) if k % 2 else e for k, e in enumerate(events)]
    report = calendar_import.import_calendar(journal, _ics(*events), days=14, now=NOW, tz=TOKYO,
                                             apply=True)
    assert len(report.created) == 40
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(journal.engine, "before_cursor_execute", seen)
    try:
        shown = meetings.ahead(journal, 7, NOW, TOKYO)
    finally:
        event.remove(journal.engine, "before_cursor_execute", seen)
    assert len(shown) == 40
    assert all(m.attendees[0].overdue == ["Send the Q2 figures"] for m in shown)
    assert [len(m.guests) for m in shown] == [0, 1] * 20
    assert len(statements) <= 10, statements


def test_the_next_meeting_from_the_week_read_is_the_journal_s(journal):
    """The view takes the status line's next meeting from the week it read (one read, not
    two); it is the one the journal names, at every moment of a day, and beyond the week."""
    cs.people(journal)
    calendar_import.import_calendar(journal, _ics(
        _event("a@example.jp", "20310306T100000", "20310306T110000", "Ten"),
        _event("b@example.jp", "20310306T100000", "20310306T103000", "Ten too"),
        _event("c@example.jp", "20310307", "20310308", "All day tomorrow", True),
        _event("d@example.jp", "20310307T150000", "20310307T160000", "Tomorrow"),
        _event("e@example.jp", "20310320T150000", "20310320T160000", "In a fortnight")),
        days=30, now=NOW, tz=TOKYO, apply=True)
    for hours in (0, 0.99, 1, 1.5, 20, 31, 40, 24 * 13, 24 * 15):
        now = NOW + timedelta(hours=hours)
        week = meetings.ahead(journal, 7, now, TOKYO)
        alone = meetings.next_meeting(journal, now)
        mine = meetings.next_meeting(journal, now, among=week)
        assert (mine and mine.title) == (alone and alone.title), hours
