"""The bench's "Meetings ahead" rows (bench/meetings_case.py) at a tiny size: they run, time
the week's meetings the set-up planned, and leave the bench journal without a meeting."""

from __future__ import annotations

import os

from sqlalchemy import func, select

from bench import meetings_case
from bench.generate import generate
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Interaction


def test_the_meetings_rows_run_on_a_copy_given_planned_meetings(tmp_path, qapp):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = tmp_path / "s.kizuna"
    generate(path, 200, interactions_per_contact=2, quiet=True)
    with Journal.open(path) as j, j.session() as s:
        before = s.scalar(select(func.count()).select_from(Interaction))
    result = meetings_case.rows(path, 2)
    assert list(result) == ["meetings ahead (view refresh)", "meetings ahead (the minute's tick)"]
    for v in result.values():
        assert v["n"] == 2 and v["median"] > 0 and v["p95"] >= v["median"]
    with Journal.open(path) as j, j.session() as s:  # the bench journal itself untouched
        assert s.scalar(select(func.count()).select_from(Interaction)) == before
        assert s.scalar(select(func.count()).select_from(Interaction).where(
            Interaction.calendar_uid.is_not(None))) == 0


def test_the_planned_meetings_are_in_the_view_s_week(tmp_path):
    from datetime import UTC, datetime

    from kizuna_desktop.services import meetings
    from kizuna_desktop.text import zones

    path = tmp_path / "s.kizuna"
    generate(path, 120, interactions_per_contact=1, quiet=True)
    now = datetime(2031, 3, 6, 0, 0, tzinfo=UTC)
    with Journal.open(path) as j:
        meetings_case.plan_meetings(j, now)
        shown = meetings.ahead(j, 7, now, zones.get("Asia/Tokyo"))
        assert 30 <= len(shown) <= 40
        assert all(m.attendees for m in shown) and any(m.guests for m in shown)
