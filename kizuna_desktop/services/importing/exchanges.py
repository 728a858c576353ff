"""名刺交換: the days a card app's CSV says a card was exchanged (Eight, Sansan: 名刺交換日)
become meishi-exchange interactions on those days with the contact, as the journal records
a card exchange (an all-day entry in the journal's home zone). Once each: a day on which the
contact already has a meishi exchange gets no second one, so importing the same file again
adds nothing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy import select

from kizuna_desktop.services import clock, indexing
from kizuna_desktop.services.interactions import from_utc, to_utc
from kizuna_desktop.store.db import insert_many
from kizuna_desktop.store.models import Interaction, InteractionKind, interaction_participants
from kizuna_desktop.text import zones

CHUNK = 500


def held(session, ids: Iterable[int]) -> dict[int, set[date]]:
    """The days (where each happened) on which these contacts already have a meishi
    exchange."""
    ids = sorted(set(ids))
    out: dict[int, set[date]] = {}
    p = interaction_participants.c
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(p.contact_id, Interaction.occurred_at, Interaction.zone)
            .join(Interaction, Interaction.id == p.interaction_id)
            .where(p.contact_id.in_(ids[start:start + CHUNK]),
                   Interaction.kind == InteractionKind.MEISHI_EXCHANGE))
        for cid, when, zone in rows:
            day = zones.local(from_utc(when), zone if zones.is_zone(zone) else "UTC").date()
            out.setdefault(cid, set()).add(day)
    return out


def pending(session, wanted: dict[int, set[date]]) -> dict[int, list[date]]:
    """Of the days wanted per contact, those it has no meishi exchange on yet (oldest
    first)."""
    have = held(session, wanted)
    return {cid: sorted(days - have.get(cid, set())) for cid, days in wanted.items()
            if days - have.get(cid, set())}


def wanted_by_target(items, targets: list[int]) -> dict[int, set[date]]:
    """The exchange days of the records, gathered per contact they become or join."""
    out: dict[int, set[date]] = {}
    for item, target in zip(items, targets, strict=True):
        if item.person.card_exchanges:
            out.setdefault(target, set()).update(item.person.card_exchanges)
    return out


def record(session, todo: dict[int, list[date]]) -> list[int]:
    """Write one meishi exchange per contact and day; returns the new interactions' ids."""
    if not todo:
        return []
    home = clock.pin_home_in(session)
    tz = zones.get(home)
    rows: list[tuple[int, datetime, Interaction]] = []
    for cid, days in todo.items():
        for day in days:
            when = to_utc(datetime.combine(day, time(0), tz))
            rows.append((cid, when, Interaction(
                kind=InteractionKind.MEISHI_EXCHANGE, occurred_at=when, zone=home,
                all_day=True, summary="", place="", notes="")))
    session.add_all([r for _, _, r in rows])
    session.flush()  # (one flush: the ids of all of them)
    participants = [{"interaction_id": r.id, "contact_id": cid} for cid, _, r in rows]
    by_when: dict[datetime, list[int]] = {}
    for cid, when, _ in rows:
        by_when.setdefault(when, []).append(cid)
    insert_many(session, interaction_participants, participants)
    for when, ids in by_when.items():
        indexing.bump_last_interaction(session, ids, when, home)
    return [r.id for _, _, r in rows]
