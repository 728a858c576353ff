"""Interactions: meetings, meals, nomikai, calls, messages... and the timeline of a contact.

Times come in as timezone-aware datetimes, are stored as naive UTC and go out aware (UTC);
the UI and CLI show them in the user's zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import indexing, names, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    Interaction,
    InteractionKind,
    interaction_participants,
)


def to_utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("interaction times must be timezone-aware")
    return when.astimezone(UTC).replace(tzinfo=None)


def from_utc(stored: datetime) -> datetime:
    return stored.replace(tzinfo=UTC)


@dataclass(kw_only=True)
class InteractionInput:
    kind: InteractionKind
    occurred_at: datetime
    participant_ids: list[int]
    place: str = ""
    summary: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Participant:
    id: int
    name: str


@dataclass(frozen=True, kw_only=True)
class InteractionView:
    id: int
    kind: InteractionKind
    occurred_at: datetime  # aware, UTC
    place: str
    summary: str
    notes: str
    participants: list[Participant] = field(default_factory=list)

    def others(self, contact_id: int) -> list[Participant]:
        return [p for p in self.participants if p.id != contact_id]


def _participant(c: Contact) -> Participant:
    return Participant(
        id=c.id,
        name=names.short(c.family_name, c.given_name, c.family_latin, c.given_latin),
    )


def _view(i: Interaction) -> InteractionView:
    return InteractionView(
        id=i.id,
        kind=i.kind,
        occurred_at=from_utc(i.occurred_at),
        place=i.place,
        summary=i.summary,
        notes=i.notes,
        participants=[_participant(c) for c in i.participants],
    )


def _validate(session: Session, data: InteractionInput) -> list[Contact]:
    errors: dict[str, str] = {}
    try:
        data.kind = InteractionKind(data.kind)
    except ValueError:
        errors["kind"] = f"Unknown kind “{data.kind}”."
    data.place, data.summary = data.place.strip(), data.summary.strip()
    for name, limit in (("place", 300), ("summary", 500), ("notes", validation.MAX_TEXT)):
        if msg := validation.length(getattr(data, name), limit):
            errors[name] = msg
    ids = list(dict.fromkeys(data.participant_ids))
    contacts = list(session.scalars(select(Contact).where(Contact.id.in_(ids)))) if ids else []
    if not ids:
        errors["participant_ids"] = "Say who was there (at least one contact)."
    elif len(contacts) != len(ids):
        missing = sorted(set(ids) - {c.id for c in contacts})
        errors["participant_ids"] = f"Contact(s) {missing} do not exist."
    if errors:
        raise ValidationError(errors)
    return contacts


def create(journal: Journal, data: InteractionInput) -> InteractionView:
    when = to_utc(data.occurred_at)
    with journal.session() as s:
        contacts = _validate(s, data)
        i = Interaction(
            kind=data.kind, occurred_at=when, place=data.place, summary=data.summary,
            notes=data.notes, participants=contacts,
        )
        s.add(i)
        s.flush()
        indexing.bump_last_interaction(s, [c.id for c in contacts], when)
        return _view(i)


def _get(session: Session, interaction_id: int) -> Interaction:
    i = session.get(Interaction, interaction_id)
    if i is None:
        raise NotFoundError(f"Interaction {interaction_id} does not exist.")
    return i


def get(journal: Journal, interaction_id: int) -> InteractionView:
    with journal.session() as s:
        return _view(_get(s, interaction_id))


def update(journal: Journal, interaction_id: int, data: InteractionInput) -> InteractionView:
    when = to_utc(data.occurred_at)
    with journal.session() as s:
        i = _get(s, interaction_id)
        before = {c.id for c in i.participants}
        contacts = _validate(s, data)
        i.kind, i.occurred_at, i.place = data.kind, when, data.place
        i.summary, i.notes, i.participants = data.summary, data.notes, contacts
        s.flush()
        indexing.refresh_last_interaction(s, before | {c.id for c in contacts})
        return _view(i)


def delete(journal: Journal, interaction_id: int) -> None:
    with journal.session() as s:
        i = _get(s, interaction_id)
        ids = [c.id for c in i.participants]
        s.delete(i)
        s.flush()
        indexing.refresh_last_interaction(s, ids)


def timeline(journal: Journal, contact_id: int, offset: int = 0, limit: int = 100
             ) -> list[InteractionView]:
    """A page of the contact's interactions, newest first."""
    p = interaction_participants.c
    with journal.session() as s:
        rows = s.scalars(
            select(Interaction)
            .join(interaction_participants, p.interaction_id == Interaction.id)
            .where(p.contact_id == contact_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
            .offset(offset)
            .limit(limit)
            .options(selectinload(Interaction.participants))
        ).all()
        return [_view(i) for i in rows]


def count_for(journal: Journal, contact_id: int) -> int:
    p = interaction_participants.c
    with journal.session() as s:
        return s.scalar(select(func.count()).where(p.contact_id == contact_id)) or 0


def first_for(journal: Journal, contact_id: int) -> datetime | None:
    p = interaction_participants.c
    with journal.session() as s:
        first = s.scalar(
            select(func.min(Interaction.occurred_at))
            .join(interaction_participants, p.interaction_id == Interaction.id)
            .where(p.contact_id == contact_id)
        )
        return from_utc(first) if first else None
