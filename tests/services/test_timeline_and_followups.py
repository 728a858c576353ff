"""Interactions (timeline, last contact) and follow-ups (pane sections, snooze, done)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import contacts, followups, interactions
from kizuna_desktop.store.models import FollowUpState, InteractionKind

from .helpers import at_jst


@pytest.fixture
def two(journal):
    a = contacts.create(journal, contacts.ContactInput(family_name="山田", given_name="太郎",
                                                       cadence_days=30))
    b = contacts.create(journal, contacts.ContactInput(family_name="佐藤", given_name="花子"))
    return a.id, b.id


def _log(journal, who, when, kind=InteractionKind.MEETING, summary="Meeting"):
    return interactions.create(journal, interactions.InteractionInput(
        kind=kind, occurred_at=when, participant_ids=who, summary=summary, place="Marunouchi"))


def test_timeline_is_newest_first_with_others_present(journal, two):
    a, b = two
    _log(journal, [a], at_jst(2026, 1, 10), summary="first")
    _log(journal, [a, b], at_jst(2026, 3, 5), InteractionKind.NOMIKAI, summary="nomikai")
    _log(journal, [a], at_jst(2026, 2, 1), summary="second")
    tl = interactions.timeline(journal, a)
    assert [i.summary for i in tl] == ["nomikai", "second", "first"]
    assert [p.name for p in tl[0].others(a)] == ["佐藤 花子"]
    assert interactions.count_for(journal, a) == 3 and interactions.count_for(journal, b) == 1
    assert [i.summary for i in interactions.timeline(journal, a, offset=1, limit=1)] == ["second"]


def test_times_are_stored_in_utc_and_come_back_equal(journal, two):
    when = at_jst(2026, 4, 1, 9, 30)
    i = _log(journal, [two[0]], when)
    got = interactions.get(journal, i.id).occurred_at
    assert got == when and got.utcoffset() == timedelta(0)
    with pytest.raises(ValueError, match="timezone-aware"):
        _log(journal, [two[0]], datetime(2026, 4, 1, 9, 30))


def test_last_interaction_follows_create_update_delete(journal, two):
    a, b = two
    first = _log(journal, [a], at_jst(2026, 1, 10))
    latest = _log(journal, [a, b], at_jst(2026, 3, 5))
    assert contacts.get(journal, a).last_interaction_at == datetime(2026, 3, 5, 1, 0)
    interactions.update(journal, latest.id, interactions.InteractionInput(
        kind="meal", occurred_at=at_jst(2026, 3, 6), participant_ids=[a]))
    assert contacts.get(journal, b).last_interaction_at is None
    interactions.delete(journal, latest.id)
    assert contacts.get(journal, a).last_interaction_at == datetime(2026, 1, 10, 1, 0)
    interactions.delete(journal, first.id)
    assert contacts.get(journal, a).last_interaction_at is None


def test_interaction_needs_real_participants(journal, two):
    with pytest.raises(ValidationError) as e:
        _log(journal, [], at_jst(2026, 1, 1))
    assert "participant_ids" in e.value.errors
    with pytest.raises(ValidationError, match="999"):
        _log(journal, [two[0], 999], at_jst(2026, 1, 1))


def _fu(journal, contact_id, title, due):
    return followups.create(journal, followups.FollowUpInput(
        contact_id=contact_id, title=title, due_date=due))


def test_pane_sections(journal, two):
    a, b = two
    today = date(2026, 11, 25)  # Wednesday
    _fu(journal, a, "overdue", today - timedelta(days=2))
    _fu(journal, a, "today", today)
    _fu(journal, b, "friday", date(2026, 11, 27))
    _fu(journal, b, "sunday", date(2026, 11, 29))
    _fu(journal, b, "next week", date(2026, 12, 2))
    done = _fu(journal, b, "done", today - timedelta(days=1))
    followups.complete(journal, done.id)
    pane = followups.pane(journal, today)
    assert [f.title for f in pane.overdue] == ["overdue"]
    assert [f.title for f in pane.today] == ["today"]
    assert [f.title for f in pane.this_week] == ["friday", "sunday"]
    assert [f.title for f in pane.later] == ["next week"]
    assert [f.title for f in pane.recently_done] == ["done"]
    assert pane.overdue[0].contact_name == "山田 太郎"


def test_snooze_moves_and_reopen_restores(journal, two):
    today = date(2026, 11, 25)
    f = _fu(journal, two[0], "call back", today - timedelta(days=3))
    followups.snooze(journal, f.id, today + timedelta(days=7))
    pane = followups.pane(journal, today)
    assert not pane.overdue and [x.title for x in pane.later] == ["call back"]
    assert followups.get(journal, f.id).state == FollowUpState.SNOOZED
    followups.reopen(journal, f.id)
    assert [x.title for x in followups.pane(journal, today).overdue] == ["call back"]
    done = followups.complete(journal, f.id)
    assert done.state == FollowUpState.DONE and done.done_at is not None
    with pytest.raises(ValidationError):
        followups.snooze(journal, f.id, today)


def test_lapsed_cadence_is_suggested_until_a_follow_up_exists(journal, two):
    a, _ = two
    # in Tokyo (10:00 JST on 1 September), so 85 days to 25 November wherever the laptop is
    # (with no zone it would be the home zone's day: 31 August under America/New_York)
    interactions.create(journal, interactions.InteractionInput(
        kind=InteractionKind.MEETING, occurred_at=at_jst(2026, 9, 1), zone="Asia/Tokyo",
        participant_ids=[a], summary="Meeting", place="Marunouchi"))
    today = date(2026, 11, 25)
    assert [s.contact_id for s in followups.pane(journal, today).suggestions] == [a]
    assert followups.pane(journal, today).suggestions[0].days_since == 85
    _fu(journal, a, "get in touch", today)
    assert followups.pane(journal, today).suggestions == []


def test_follow_up_validation(journal, two):
    with pytest.raises(ValidationError) as e:
        followups.create(journal, followups.FollowUpInput(
            contact_id=999, title="  ", due_date=date(2026, 1, 1), interaction_id=5))
    assert set(e.value.errors) == {"title", "contact_id", "interaction_id"}
