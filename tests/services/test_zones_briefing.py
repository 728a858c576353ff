"""Briefing times (review of issue 17): "be there by" is counted on the instant and shown in the
meeting's zone; a meeting at the start of the calendar gets no time to be there by; a meeting
time that conflicts with --zone is refused in one line."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kizuna_desktop.cli import main
from kizuna_desktop.services import briefing
from kizuna_desktop.text import zones

BERLIN = ZoneInfo("Europe/Berlin")


def _arrive(when) -> str:
    return briefing.etiquette(briefing.Meeting(when=when), [])[0]


def test_be_there_by_is_ten_minutes_before_on_the_instant_across_a_change_of_clocks():
    meeting = zones.parse("2026-03-29 03:05", "Europe/Berlin", "UTC").when
    assert _arrive(meeting) == ("Arrive 5–10 minutes early: be there by 01:55 CET for "
                                "03:05 CEST.")
    # On an ordinary day the zone is said once.
    ordinary = datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert _arrive(ordinary) == "Arrive 5–10 minutes early: be there by 13:50 for 14:00 JST."


@pytest.mark.parametrize("typed, zone", [("0001-01-01 00:00", "Europe/Berlin"),
                                         ("0001-01-01 00:05", "UTC")])
def test_ten_minutes_before_the_calendar_begins_has_no_time(typed, zone):
    when = zones.parse(typed, zone, "UTC").when
    text = _arrive(when)
    assert "be there 10 minutes early for " in text and "be there by" not in text


def test_a_meeting_at_the_end_of_the_calendar_still_has_a_time():
    when = zones.parse("9999-12-31 23:59", "America/New_York", "UTC").when
    assert _arrive(when).endswith("be there by 23:49 for 23:59 EST.")


def test_brief_refuses_an_offset_that_conflicts_with_zone_in_one_line(demo_path, tmp_path,
                                                                       capsys):
    out = tmp_path / "b.pdf"
    code = main(["--db", str(demo_path), "brief", "2", "--meeting", "2026-12-03T14:00+09:00",
                 "--zone", "Europe/Berlin", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert err.strip().count("\n") == 0 and "Europe/Berlin is not at +09:00" in err


def test_brief_says_what_it_made_of_a_time_that_does_not_exist(demo_path, tmp_path, capsys):
    out = tmp_path / "b.pdf"
    code = main(["--db", str(demo_path), "brief", "2", "--meeting", "2026-03-29 02:30",
                 "--zone", "Europe/Berlin", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert ("kizuna: note: 02:30 does not exist in Europe/Berlin on 2026-03-29 (clocks go "
            "forward); taken as 03:30 CEST.") in err


def _past_journal(j):
    """Sato, met in Tokyo in March 2026; a gift, a promise, an introduction and a meeting
    with Mori come after 1 June."""
    from kizuna_desktop.services import clock, contacts, followups, introductions, ledger
    from kizuna_desktop.store.models import LedgerDirection, LedgerKind

    clock.set_home_zone(j, "Asia/Tokyo")

    def person(family, given, latin):
        return contacts.create(j, contacts.ContactInput(
            family_name=family, given_name=given, family_latin=latin, given_latin="A")).id

    sato, mori, ito = person("佐藤", "花子", "Sato"), person("森", "健一", "Mori"), \
        person("伊藤", "優", "Ito")

    def log(who, y, m, d, h, summary):
        from kizuna_desktop.services import interactions

        return interactions.create(j, interactions.InteractionInput(
            kind="meeting", occurred_at=datetime(y, m, d, h, tzinfo=ZoneInfo("Asia/Tokyo")),
            zone="Asia/Tokyo", participant_ids=who, summary=summary)).id

    log([sato], 2026, 3, 10, 10, "First visit")
    before = log([sato, ito], 2026, 5, 20, 14, "Plant tour")
    after = log([sato, mori], 2026, 6, 20, 14, "Review with Mori")
    # Promised at the tour, done later (after the meeting): it was open then.
    kept = followups.create(j, followups.FollowUpInput(contact_id=sato, title="Send the photos",
                                                       due_date=date(2026, 6, 5),
                                                       interaction_id=before))
    followups.complete(j, kept.id)
    followups.create(j, followups.FollowUpInput(contact_id=sato, title="Send the minutes",
                                                due_date=date(2026, 7, 1),
                                                interaction_id=after))
    ledger.create(j, ledger.LedgerInput(contact_id=sato, direction=LedgerDirection.GIVEN,
                                        kind=LedgerKind.GIFT, occurred_on=date(2026, 6, 25),
                                        description="Marzipan"))
    ledger.create(j, ledger.LedgerInput(contact_id=sato, direction=LedgerDirection.RECEIVED,
                                        kind=LedgerKind.GIFT, occurred_on=date(2026, 5, 20),
                                        description="Tea"))
    introductions.create(j, introductions.IntroductionInput(
        introduced_id=sato, introducer_id=ito, introduced_on=date(2026, 3, 1)))
    introductions.create(j, introductions.IntroductionInput(
        introduced_id=mori, introducer_id=sato, introduced_on=date(2026, 6, 21)))
    return sato


def test_a_briefing_for_a_past_meeting_is_as_things_stood_before_it(journal):
    sato = _past_journal(journal)
    when = zones.parse("2026-06-01 10:00", "Asia/Tokyo", "UTC").when
    p = briefing.assemble(journal, [sato], briefing.Meeting(when=when)).people[0]
    assert [i.summary for i in p.latest] == ["Plant tour", "First visit"]
    assert [f.title for f in p.follow_ups] == ["Send the photos"]  # done only after it
    assert [e.description for e in p.ledger] == ["Tea"]
    assert (p.balance.given, p.balance.received) == (0, 1)
    assert [i.introduced_on for i in p.introductions] == [date(2026, 3, 1)]
    assert [c.why for c in p.connections] == ["1 interaction together"]  # Ito, not Mori
    # The earliest record before it: Ito's introduction on 1 March (the first interaction was
    # on 10 March, the journal entry came later: today).
    assert p.known_since == date(2026, 3, 1)
    assert not any("Send the minutes" in t for t in p.talking_points)
    # Now: everything, the done promise no longer open.
    now = briefing.assemble(journal, [sato]).people[0]
    assert [f.title for f in now.follow_ups] == ["Send the minutes"]
    assert len(now.ledger) == 2 and len(now.introductions) == 2 and len(now.connections) == 2


def test_a_briefing_for_a_meeting_in_year_1_knows_nothing_yet(journal, tmp_path):
    from pypdf import PdfReader

    sato = _past_journal(journal)
    when = zones.parse("0001-01-01 00:00", "Asia/Tokyo", "UTC").when
    meeting = briefing.Meeting(when=when)
    p = briefing.assemble(journal, [sato], meeting).people[0]
    assert p.known_since is None and p.latest == [] and p.follow_ups == []
    assert p.ledger == [] and p.introductions == [] and p.connections == []
    out = briefing.write_pdf(journal, [sato], tmp_path / "y1.pdf", meeting)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "not yet known before this meeting" in text and "2026-03-10" not in text
    assert "0001" in text
