"""`check` finds problems and `repair` mends derived data; the demo is realistic and refuses
to overwrite a journal."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kizuna_desktop.services import check, demo, followups, search
from kizuna_desktop.services.demo import DemoRefusedError
from tests.conftest import DEMO_TODAY


def test_demo_journal_is_realistic(demo_journal):
    counts = {}
    with demo_journal.session() as s:
        for table in ("contacts", "organizations", "interactions", "follow_ups",
                      "introductions", "ledger_entries", "meishi_profiles", "positions"):
            counts[table] = s.execute(text(f"SELECT count(*) FROM {table}")).scalar()
        groups = s.execute(text("SELECT count(*) FROM organizations WHERE group_id IS NOT NULL"
                                )).scalar()
        kinds = {r[0] for r in s.execute(text("SELECT kind FROM organizations"))}
        transfers = s.execute(text("SELECT count(*) FROM positions WHERE end_date IS NOT NULL"
                                   )).scalar()
        span = s.execute(text("SELECT julianday(max(occurred_at)) - julianday(min(occurred_at))"
                              " FROM interactions")).scalar()
    assert 38 <= counts["contacts"] <= 45
    assert counts["interactions"] >= 200 and span > 600
    assert counts["meishi_profiles"] == 1 and counts["introductions"] > 5
    assert groups >= 3 and {"distributor", "client", "chamber"} <= kinds
    assert transfers >= 5
    pane = followups.pane(demo_journal, DEMO_TODAY)
    assert pane.overdue and pane.today and pane.this_week and pane.later
    foreign = search.page(demo_journal, search.ContactFilter(text="smith"), 0, 5)
    assert foreign[0].reading == "スミス エミリー"


def test_demo_refuses_a_journal_with_data(demo_journal):
    with pytest.raises(DemoRefusedError, match="already has data"):
        demo.write_demo(demo_journal)


def test_check_passes_on_a_sound_journal(demo_journal):
    report = check.run(demo_journal)
    assert report.ok, report.problems
    assert "SQLite integrity" in report.checked


def test_check_reports_stale_derived_data_and_repair_mends_it(demo_journal):
    with demo_journal.session() as s:
        s.execute(text("UPDATE contacts SET last_interaction_at = '2001-01-01 00:00:00.000000'"
                       " WHERE id IN (1, 2)"))
        s.execute(text("UPDATE contacts SET sort_key = '', search_text = '' WHERE id = 3"))
    report = check.run(demo_journal)
    assert not report.ok
    assert any("contact 1: last-contact" in p for p in report.problems)
    assert any("contact 3: not in the search index" in p for p in report.problems)
    found = search.page(demo_journal, search.ContactFilter(text="suzuki"), 0, 50)
    assert 3 not in [c.id for c in found]
    check.repair(demo_journal)
    assert check.run(demo_journal).ok
    found = search.page(demo_journal, search.ContactFilter(text="suzuki"), 0, 50)
    assert found[0].id == 3  # back in the index, first: by name


def test_check_reports_broken_references(demo_journal):
    with demo_journal.engine.connect() as conn:
        conn.execute(text("PRAGMA foreign_keys = OFF"))
        conn.execute(text("DELETE FROM contacts WHERE id = 1"))
        conn.commit()
        conn.execute(text("PRAGMA foreign_keys = ON"))
    report = check.run(demo_journal)
    assert any("refers to a missing contacts record" in p for p in report.problems)


def test_cadence_without_interactions_is_consistent_and_goes_cold(journal):
    from datetime import timedelta

    from kizuna_desktop.services import contacts
    from kizuna_desktop.text import zones

    c = contacts.create(journal, contacts.ContactInput(family_name="新井", cadence_days=30))
    assert check.run(journal).ok
    # 31 days from today where the laptop is (the UTC date is a day behind it in Tokyo
    # from 00:00 to 09:00 JST, and the contact's cadence counts from its local day)
    later = zones.today() + timedelta(days=31)
    cold = search.page(journal, search.ContactFilter(going_cold=True, today=later), 0, 10)
    assert [x.id for x in cold] == [c.id]
    assert [s.contact_id for s in followups.pane(journal, later).suggestions] == [c.id]
    with journal.session() as s:
        s.execute(text("UPDATE follow_ups SET due_on = NULL"))
        s.execute(text("UPDATE contacts SET cold_after = NULL"))
    assert any("keep-in-touch" in p for p in check.run(journal).problems)
    check.repair(journal)
    assert check.run(journal).ok
