"""The demo's times are realistic where they happened (issue 17.6): kinds at their hours and
places, no business at weekends or over New Year, a trip abroad in another zone."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from kizuna_desktop.services import interactions
from kizuna_desktop.store.models import Interaction


def _all(journal):
    with journal.session() as s:
        ids = s.scalars(select(Interaction.id)).all()
    return [interactions.get(journal, i) for i in ids]


def test_the_demo_happens_at_realistic_hours_and_places(demo_journal):
    every = _all(demo_journal)
    assert len(every) > 200
    for i in every:
        at, kind = i.local, i.kind.value
        clock = at.time()
        where = f"{kind} at {at:%Y-%m-%d %H:%M %Z} in {i.place!r}"
        if kind == "nomikai":
            assert time(18, 30) <= clock <= time(21, 0), where
            assert "izakaya" in i.place.lower() or "yatai" in i.place.lower(), where
        elif kind == "meal":
            assert time(12, 0) <= clock <= time(13, 0) or i.zone != "Asia/Tokyo", where
        elif kind in ("meeting", "call", "meishi_exchange"):
            assert time(9, 0) <= clock <= time(17, 30), where
            assert "office" in i.place.lower() or "hall" in i.place.lower(), where
        if kind == "message":
            assert (at.month, at.day) != (1, 1), where
        elif kind != "email":
            assert at.weekday() < 5, where  # no business at weekends
            assert not ((at.month, at.day) >= (12, 29) or (at.month, at.day) <= (1, 3)), where
        if kind in ("email", "message"):
            assert i.place == "", where
    zones_used = {i.zone for i in every}
    assert zones_used == {"Asia/Tokyo", "Europe/Berlin", "America/New_York"}
    trip = sorted((i for i in every if i.zone == "Europe/Berlin"), key=lambda i: i.occurred_at)
    assert [i.kind.value for i in trip] == ["event", "meal", "meeting"]
    assert f"{trip[0].local:%H:%M %Z}" == "10:30 CEST" or f"{trip[0].local:%H:%M %Z}" == \
        "10:30 CET"
    assert trip[2].local.date() > trip[0].local.date()  # Frankfurt the working day after
