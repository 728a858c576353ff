"""Positions: a contact's roles at organisations over time, and transfers between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import indexing, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, Organization, Position


@dataclass(kw_only=True)
class PositionInput:
    organization_id: int
    department_ja: str = ""
    department_en: str = ""
    title_ja: str = ""
    title_en: str = ""
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True, kw_only=True)
class PositionView:
    id: int
    contact_id: int
    organization_id: int
    organization_ja: str
    organization_en: str
    department_ja: str
    department_en: str
    title_ja: str
    title_en: str
    start_date: date | None
    end_date: date | None

    @property
    def is_open(self) -> bool:
        return self.end_date is None

    @property
    def organization(self) -> str:
        return self.organization_ja or self.organization_en


def position_view(p: Position) -> PositionView:
    return PositionView(
        id=p.id,
        contact_id=p.contact_id,
        organization_id=p.organization_id,
        organization_ja=p.organization.name_ja,
        organization_en=p.organization.name_en,
        department_ja=p.department_ja,
        department_en=p.department_en,
        title_ja=p.title_ja,
        title_en=p.title_en,
        start_date=p.start_date,
        end_date=p.end_date,
    )


_TEXT = ("department_ja", "department_en", "title_ja", "title_en")


def _validate(session: Session, data: PositionInput) -> PositionInput:
    errors: dict[str, str] = {}
    if session.get(Organization, data.organization_id) is None:
        errors["organization_id"] = f"Organisation {data.organization_id} does not exist."
    for name in _TEXT:
        setattr(data, name, getattr(data, name).strip())
        if msg := validation.length(getattr(data, name), 300):
            errors[name] = msg
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = "The end date is before the start date."
    if errors:
        raise ValidationError(errors)
    return data


def _get(session: Session, position_id: int) -> Position:
    p = session.get(Position, position_id)
    if p is None:
        raise NotFoundError(f"Position {position_id} does not exist.")
    return p


def _contact(session: Session, contact_id: int) -> Contact:
    c = session.get(Contact, contact_id)
    if c is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    return c


def add(journal: Journal, contact_id: int, data: PositionInput) -> PositionView:
    with journal.session() as s:
        c = _contact(s, contact_id)
        d = _validate(s, data)
        p = Position(contact_id=contact_id, **{k: getattr(d, k) for k in _fields()})
        s.add(p)
        s.flush()
        s.refresh(c)
        indexing.refresh(s, c)
        return position_view(p)


def update(journal: Journal, position_id: int, data: PositionInput) -> PositionView:
    with journal.session() as s:
        p = _get(s, position_id)
        d = _validate(s, data)
        for k in _fields():
            setattr(p, k, getattr(d, k))
        s.flush()
        s.expire(p, ["organization"])
        indexing.refresh_ids(s, [p.contact_id])
        return position_view(p)


def delete(journal: Journal, position_id: int) -> None:
    with journal.session() as s:
        p = _get(s, position_id)
        contact_id = p.contact_id
        s.delete(p)
        s.flush()
        indexing.refresh_ids(s, [contact_id])


def transfer(journal: Journal, contact_id: int, data: PositionInput) -> PositionView:
    """Record a move to a new department, title or organisation from ``data.start_date``:
    the contact's open positions that began before it end the day before."""
    if data.start_date is None:
        raise ValidationError.single("start_date", "A transfer needs the date it takes effect.")
    with journal.session() as s:
        c = _contact(s, contact_id)
        d = _validate(s, data)
        for old in s.scalars(
            select(Position).where(Position.contact_id == contact_id, Position.end_date.is_(None))
        ):
            if old.start_date is None or old.start_date < d.start_date:
                old.end_date = d.start_date - timedelta(days=1)
            elif old.start_date == d.start_date:
                old.end_date = d.start_date
        p = Position(contact_id=contact_id, **{k: getattr(d, k) for k in _fields()})
        s.add(p)
        s.flush()
        s.refresh(c)
        indexing.refresh(s, c)
        return position_view(p)


def history(journal: Journal, contact_id: int) -> list[PositionView]:
    """A contact's positions, newest first (open ones before closed ones of the same start)."""
    with journal.session() as s:
        _contact(s, contact_id)
        rows = s.scalars(select(Position).where(Position.contact_id == contact_id)).all()
        views = [position_view(p) for p in rows]
    return sorted(
        views,
        key=lambda v: (v.start_date or date.min, v.end_date is None, v.id),
        reverse=True,
    )


def _fields() -> tuple[str, ...]:
    return ("organization_id", *_TEXT, "start_date", "end_date")
