"""Fix round of meetings (issue 23): a briefing for a meeting ahead looks at the past only,
never at another planned meeting between now and then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kizuna_desktop.services import briefing, interactions, meetings
from kizuna_desktop.services.interactions import InteractionInput
from kizuna_desktop.store.models import InteractionKind
from tests.services import calendar_samples as cs


def _plan(journal, cid, when, summary):
    return interactions.create(journal, InteractionInput(
        kind=InteractionKind.MEETING, occurred_at=when, participant_ids=[cid],
        summary=summary, zone="Asia/Tokyo"))


def test_a_briefing_for_a_meeting_ahead_leaves_out_meetings_not_yet_happened(journal):
    ids = cs.people(journal)
    now = datetime.now(UTC)
    _plan(journal, ids["suzuki"], now - timedelta(days=30), "Met at the fair")
    _plan(journal, ids["suzuki"], now + timedelta(days=2), "Planned visit")
    ahead = _plan(journal, ids["suzuki"], now + timedelta(days=10), "Contract talk")
    m = meetings.get(journal, ahead.id)
    b = briefing.assemble(journal, [ids["suzuki"]], meetings.briefing_meeting(m))
    p = b.people[0]
    assert p.interaction_count == 1  # the fair only, not the visit still ahead
    assert [i.summary for i in p.latest] == ["Met at the fair"]
    assert p.last_interaction is not None
    assert p.last_interaction.astimezone(UTC) < now
    assert p.last_days_before >= 39
