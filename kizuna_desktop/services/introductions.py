"""Introductions: who introduced whom to whom. ``None`` as introducer or introduced-to is the
user ("I introduced Sato to Tanaka", "Suzuki introduced me to Kato")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import names, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, Introduction

ME = "me"


@dataclass(kw_only=True)
class IntroductionInput:
    introduced_id: int
    introducer_id: int | None = None  # None: the user made the introduction
    introduced_to_id: int | None = None  # None: introduced to the user
    introduced_on: date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class IntroductionView:
    id: int
    introducer_id: int | None
    introducer_name: str
    introduced_id: int
    introduced_name: str
    introduced_to_id: int | None
    introduced_to_name: str
    introduced_on: date | None
    note: str

    def sentence(self) -> str:
        by = self.introducer_name if self.introducer_id else "I"
        to = self.introduced_to_name if self.introduced_to_id else "me"
        return f"{by} introduced {self.introduced_name} to {to}"


def _name(session, contact_id: int | None) -> str:
    if contact_id is None:
        return ME
    c = session.get(Contact, contact_id)
    if c is None:
        return "?"
    return names.short(c.family_name, c.given_name, c.family_latin, c.given_latin)


def view_in(session, i: Introduction) -> IntroductionView:
    return IntroductionView(
        id=i.id,
        introducer_id=i.introducer_id, introducer_name=_name(session, i.introducer_id),
        introduced_id=i.introduced_id, introduced_name=_name(session, i.introduced_id),
        introduced_to_id=i.introduced_to_id, introduced_to_name=_name(session, i.introduced_to_id),
        introduced_on=i.introduced_on, note=i.note,
    )


def _validate(session, data: IntroductionInput) -> None:
    errors: dict[str, str] = {}
    if data.introducer_id is None and data.introduced_to_id is None:
        errors["introducer_id"] = "Either someone introduced them to you, or you introduced them."
    if data.introduced_to_id is not None and data.introduced_to_id == data.introduced_id:
        errors["introduced_to_id"] = "A person cannot be introduced to themselves."
    if data.introducer_id is not None and data.introducer_id in (
        data.introduced_id, data.introduced_to_id
    ):
        errors["introducer_id"] = "The introducer is one of the two people introduced."
    if msg := validation.length(data.note, validation.MAX_TEXT):
        errors["note"] = msg
    for field in ("introducer_id", "introduced_id", "introduced_to_id"):
        cid = getattr(data, field)
        if cid is not None and session.get(Contact, cid) is None:
            errors[field] = f"Contact {cid} does not exist."
    if errors:
        raise ValidationError(errors)


def create(journal: Journal, data: IntroductionInput) -> IntroductionView:
    with journal.session() as s:
        _validate(s, data)
        i = Introduction(**vars(data))
        s.add(i)
        s.flush()
        return view_in(s, i)


def _get(session, introduction_id: int) -> Introduction:
    i = session.get(Introduction, introduction_id)
    if i is None:
        raise NotFoundError(f"Introduction {introduction_id} does not exist.")
    return i


def update(journal: Journal, introduction_id: int, data: IntroductionInput) -> IntroductionView:
    with journal.session() as s:
        i = _get(s, introduction_id)
        _validate(s, data)
        for k, v in vars(data).items():
            setattr(i, k, v)
        s.flush()
        return view_in(s, i)


def delete(journal: Journal, introduction_id: int) -> None:
    with journal.session() as s:
        s.delete(_get(s, introduction_id))


def for_contact(journal: Journal, contact_id: int) -> list[IntroductionView]:
    """Every introduction the contact took part in, oldest first (undated last)."""
    with journal.session() as s:
        rows = s.scalars(
            select(Introduction)
            .where(or_(
                Introduction.introducer_id == contact_id,
                Introduction.introduced_id == contact_id,
                Introduction.introduced_to_id == contact_id,
            ))
            .order_by(Introduction.introduced_on.is_(None), Introduction.introduced_on,
                      Introduction.id)
        ).all()
        return [view_in(s, i) for i in rows]
