"""Derived columns on contacts: the sort key, the folded search text, the last interaction.

Kept up to date by the services on every write that affects them; ``kizuna check`` verifies
them and ``rebuild`` recomputes them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.services.japanese import (
    fold,
    has_cjk,
    hepburn,
    romaji_variants,
    sort_key,
)
from kizuna_desktop.store.models import (
    Contact,
    Interaction,
    MethodKind,
    Organization,
    Position,
    interaction_participants,
)

SEP = " | "


def contact_sort_key(c: Contact) -> str:
    return sort_key(
        reading=" ".join(p for p in (c.family_reading, c.given_reading) if p),
        latin=" ".join(p for p in (c.family_latin, c.given_latin) if p),
        written=" ".join(p for p in (c.family_name, c.given_name) if p),
    )


def contact_search_text(c: Contact, organizations: Iterable[Organization]) -> str:
    """Every form under which a user may look a contact up, folded (see japanese.fold)."""
    parts: list[str] = [
        c.family_name,
        c.given_name,
        c.family_name + c.given_name,
        c.family_reading,
        c.given_reading,
        (c.family_reading + c.given_reading).replace(" ", ""),
        c.family_latin,
        c.given_latin,
    ]
    for reading in (c.family_reading, c.given_reading):
        parts.extend(romaji_variants(reading))
    # Names with no reading stored still get a romaji guess from their kanji.
    for name, reading in ((c.family_name, c.family_reading), (c.given_name, c.given_reading)):
        if name and not reading and has_cjk(name):
            parts.append(hepburn(name).replace("'", ""))
    for m in c.methods:
        if m.kind in (MethodKind.EMAIL, MethodKind.LINE, MethodKind.LINKEDIN, MethodKind.X,
                      MethodKind.INSTAGRAM, MethodKind.FACEBOOK):
            parts.append(m.value)
    for o in organizations:
        parts.extend((o.name_ja, o.name_en))
    for t in c.tags:
        parts.append("#" + t.name)
    return SEP.join(fold(p) for p in parts if p and p.strip())


def refresh(session: Session, contact: Contact) -> None:
    """Recompute a loaded contact's sort key and search text (call after editing it)."""
    session.flush()
    org_ids = {p.organization_id for p in contact.positions}
    orgs = (
        session.scalars(select(Organization).where(Organization.id.in_(org_ids))).all()
        if org_ids
        else []
    )
    contact.sort_key = contact_sort_key(contact)
    contact.search_text = contact_search_text(contact, orgs)
    contact.cold_after = cold_after(contact.last_interaction_at or contact.created_at,
                                    contact.cadence_days)


def cold_after(since: datetime | None, cadence_days: int | None) -> datetime | None:
    """When a contact's keep-in-touch cadence lapses."""
    if since is None or not cadence_days:
        return None
    return since + timedelta(days=cadence_days)


COLD_AFTER_SQL = (
    "CASE WHEN cadence_days IS NULL THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%f000', "
    "coalesce(last_interaction_at, created_at), '+' || cadence_days || ' days') END")


def refresh_cold_after(session: Session, contact_ids: Iterable[int]) -> None:
    ids = list(set(contact_ids))
    for start in range(0, len(ids), 500):
        session.execute(
            update(Contact).where(Contact.id.in_(ids[start:start + 500]))
            .values(cold_after=text(COLD_AFTER_SQL), updated_at=Contact.updated_at)
            .execution_options(synchronize_session=False))


def refresh_ids(session: Session, contact_ids: Iterable[int]) -> None:
    ids = list(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        contacts = session.scalars(
            select(Contact)
            .where(Contact.id.in_(chunk))
            .options(
                selectinload(Contact.methods),
                selectinload(Contact.tags),
                selectinload(Contact.positions),
            )
        ).all()
        for c in contacts:
            refresh(session, c)


def contacts_at_organization(session: Session, organization_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Position.contact_id)
            .where(Position.organization_id == organization_id)
            .distinct()
        )
    )


def last_interaction_subquery(contact_id_column):
    return (
        select(func.max(Interaction.occurred_at))
        .join(
            interaction_participants,
            interaction_participants.c.interaction_id == Interaction.id,
        )
        .where(interaction_participants.c.contact_id == contact_id_column)
        .scalar_subquery()
    )


def refresh_last_interaction(session: Session, contact_ids: Iterable[int]) -> None:
    ids = list(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            update(Contact)
            .where(Contact.id.in_(chunk))
            # A derived column: recomputing it is not an edit of the contact.
            .values(last_interaction_at=last_interaction_subquery(Contact.id),
                    updated_at=Contact.updated_at)
            .execution_options(synchronize_session=False)
        )
    refresh_cold_after(session, ids)


def bump_last_interaction(session: Session, contact_ids: list[int], when: datetime) -> None:
    """A new interaction at ``when``: later than a contact's last one, it becomes the last
    (constant time, unlike a recomputation over the contact's whole history)."""
    session.execute(
        update(Contact)
        .where(Contact.id.in_(list(contact_ids)),
               or_(Contact.last_interaction_at.is_(None), Contact.last_interaction_at < when))
        .values(last_interaction_at=when, updated_at=Contact.updated_at)
        .execution_options(synchronize_session=False)
    )
    refresh_cold_after(session, contact_ids)


def rebuild(session: Session) -> int:
    """Recompute every contact's derived columns. Returns how many contacts were visited."""
    ids = list(session.scalars(select(Contact.id)))
    refresh_ids(session, ids)
    refresh_last_interaction(session, ids)
    return len(ids)
