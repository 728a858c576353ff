"""Interactions: meetings, meals, nomikai, calls, messages... and the timeline of a contact.

Each is an instant plus the IANA zone where it happened. Times come in as timezone-aware
datetimes, are stored as naive UTC with the zone beside them, and go out aware (UTC) with the
zone: ``InteractionView.local`` is the time where it happened, the one to show and to date by.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.i18n import translate  # the interface's language (README: Languages)
from kizuna_desktop.services import clock, indexing, names, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    Interaction,
    InteractionKind,
    interaction_participants,
)
from kizuna_desktop.text import zones


def to_utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("interaction times must be timezone-aware")
    try:
        return when.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        raise ValidationError.single(
            "occurred_at", f"{zones.fmt(when, '%Y-%m-%d %H:%M')} in its zone falls outside "
            "the years 0001-9999 in UTC.") from None


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
    # Where it happened (an IANA name, or an abbreviation such as JST); None: the home zone.
    zone: str | None = None


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
    zone: str = "UTC"  # the IANA zone where it happened
    all_day: bool = False  # a day with no time of its own (a card app's 名刺交換日)

    @property
    def local(self) -> datetime:
        """The time where it happened (aware, in its zone)."""
        return zones.local(self.occurred_at, self.zone if zones.is_zone(self.zone) else "UTC")

    @property
    def local_date(self):
        return self.local.date()

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
        zone=i.zone,
        all_day=bool(i.all_day),
    )


def _validate(session: Session, data: InteractionInput) -> list[Contact]:
    errors: dict[str, str] = {}
    try:
        data.kind = InteractionKind(data.kind)
    except ValueError:
        errors["kind"] = f"Unknown kind “{data.kind}”."
    data.place, data.summary = data.place.strip(), data.summary.strip()
    # A new journal's first entry, whatever its zone and however it comes (kizuna log, the
    # Log dialog, an import), records the laptop's zone as the journal's home.
    home = clock.pin_home_in(session)
    if data.zone is None or not str(data.zone).strip():
        data.zone = home
    else:
        try:
            data.zone = zones.canonical(str(data.zone))
        except zones.ZoneError as e:
            errors["zone"] = str(e)
    for name, limit in (("place", 300), ("summary", 500), ("notes", validation.MAX_TEXT)):
        if msg := validation.length(getattr(data, name), limit):
            errors[name] = msg
    ids = list(dict.fromkeys(data.participant_ids))
    contacts = list(session.scalars(select(Contact).where(Contact.id.in_(ids)))) if ids else []
    if not ids:
        errors["participant_ids"] = translate("services",
                                              "Say who was there (at least one contact).")
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
            kind=data.kind, occurred_at=when, zone=data.zone, place=data.place,
            summary=data.summary, notes=data.notes, participants=contacts,
        )
        s.add(i)
        s.flush()
        indexing.bump_last_interaction(s, [c.id for c in contacts], when, data.zone)
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
        i.kind, i.occurred_at, i.zone, i.place = data.kind, when, data.zone, data.place
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


def utc_cutoff(when: datetime) -> datetime | None:
    """``when`` (aware) as the naive UTC a query compares with; None past year 9999 in UTC
    (everything is before it), the first instant there is before year 1."""
    try:
        return when.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        return None if when.year > 1 else datetime.min


def timeline(journal: Journal, contact_id: int, offset: int = 0, limit: int = 100,
             before: datetime | None = None) -> list[InteractionView]:
    """A page of the contact's interactions, newest first (only those before ``before``, an
    aware time, when given)."""
    p = interaction_participants.c
    cutoff = utc_cutoff(before) if before is not None else None
    with journal.session() as s:
        rows = s.scalars(
            select(Interaction)
            .join(interaction_participants, p.interaction_id == Interaction.id)
            .where(p.contact_id == contact_id,
                   Interaction.occurred_at < cutoff if cutoff is not None else true())
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
            .offset(offset)
            .limit(limit)
            .options(selectinload(Interaction.participants))
        ).all()
        return [_view(i) for i in rows]


def since(journal: Journal, start: datetime, limit: int = 20_000) -> list[InteractionView]:
    """Every interaction from ``start`` (aware) on, oldest first, at most ``limit``."""
    cutoff = utc_cutoff(start) or datetime.max
    with journal.session() as s:
        rows = s.scalars(
            select(Interaction).where(Interaction.occurred_at >= cutoff)
            .order_by(Interaction.occurred_at, Interaction.id).limit(limit)
            .options(selectinload(Interaction.participants))).all()
        return [_view(i) for i in rows]


def count_for(journal: Journal, contact_id: int, before: datetime | None = None) -> int:
    p = interaction_participants.c
    cutoff = utc_cutoff(before) if before is not None else None
    with journal.session() as s:
        if cutoff is None:
            return s.scalar(select(func.count()).where(p.contact_id == contact_id)) or 0
        return s.scalar(
            select(func.count())
            .select_from(interaction_participants)
            .join(Interaction, p.interaction_id == Interaction.id)
            .where(p.contact_id == contact_id, Interaction.occurred_at < cutoff)) or 0


def first_for(journal: Journal, contact_id: int) -> datetime | None:
    """The contact's first interaction, aware, in the zone where it happened (one that has
    happened: a planned meeting is not yet acquaintance)."""
    p = interaction_participants.c
    with journal.session() as s:
        first = s.execute(
            select(Interaction.occurred_at, Interaction.zone)
            .join(interaction_participants, p.interaction_id == Interaction.id)
            .where(p.contact_id == contact_id,
                   Interaction.occurred_at <= datetime.now(UTC).replace(tzinfo=None))
            .order_by(Interaction.occurred_at, Interaction.id).limit(1)
        ).first()
        if first is None:
            return None
        zone = first[1] if zones.is_zone(first[1]) else "UTC"
        return zones.local(from_utc(first[0]), zone)
