"""Introductions: who introduced whom to whom. ``None`` in any one of the three places is
the user ("I introduced Sato to Tanaka", "Suzuki introduced Kato to me", "Suzuki introduced
me to Kato")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.i18n import translate  # the interface's language (README: Languages)
from kizuna_desktop.services import names, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, Introduction

ME = "me"


@dataclass(kw_only=True)
class IntroductionInput:
    introduced_id: int | None  # None: the user was introduced
    introducer_id: int | None = None  # None: the user made the introduction
    introduced_to_id: int | None = None  # None: introduced to the user
    introduced_on: date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class IntroductionView:
    id: int
    introducer_id: int | None
    introducer_name: str
    introduced_id: int | None
    introduced_name: str
    introduced_to_id: int | None
    introduced_to_name: str
    introduced_on: date | None
    note: str

    def sentence(self) -> str:
        by, who, to = self.introducer_name, self.introduced_name, self.introduced_to_name
        if self.introducer_id is None:
            text = translate("services", "I introduced {who} to {to}")
        elif self.introduced_id is None:
            text = translate("services", "{by} introduced me to {to}")
        elif self.introduced_to_id is None:
            text = translate("services", "{by} introduced {who} to me")
        else:
            text = translate("services", "{by} introduced {who} to {to}")
        return text.format(by=by, who=who, to=to)

    def to_input(self) -> IntroductionInput:
        return IntroductionInput(introduced_id=self.introduced_id,
                                 introducer_id=self.introducer_id,
                                 introduced_to_id=self.introduced_to_id,
                                 introduced_on=self.introduced_on, note=self.note)


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


def validate(session, data: IntroductionInput) -> None:
    errors: dict[str, str] = {}
    people = (data.introducer_id, data.introduced_id, data.introduced_to_id)
    if sum(p is None for p in people) > 1:
        errors["introducer_id"] = ("You can be only one of the three: who introduced, who was "
                                   "introduced, or to whom.")
    if data.introduced_to_id is not None and data.introduced_to_id == data.introduced_id:
        errors["introduced_to_id"] = translate(
            "services", "A person cannot be introduced to themselves.")
    if data.introducer_id is not None and data.introducer_id in (
        data.introduced_id, data.introduced_to_id
    ):
        errors["introducer_id"] = translate(
            "services", "The introducer is one of the two people introduced.")
    data.note = (data.note or "").strip()
    if msg := validation.length(data.note, validation.MAX_TEXT):
        errors["note"] = msg
    for name in ("introducer_id", "introduced_id", "introduced_to_id"):
        cid = getattr(data, name)
        if cid is not None and session.get(Contact, cid) is None:
            errors[name] = f"Contact {cid} does not exist."
    if errors:
        raise ValidationError(errors)


def create(journal: Journal, data: IntroductionInput,
           introduction_id: int | None = None) -> IntroductionView:
    """A new introduction (with ``introduction_id``: put back under that id, as undo does)."""
    with journal.session() as s:
        validate(s, data)
        i = Introduction(**vars(data))
        if introduction_id is not None:
            i.id = introduction_id
        s.add(i)
        s.flush()
        return view_in(s, i)


def _get(session, introduction_id: int) -> Introduction:
    i = session.get(Introduction, introduction_id)
    if i is None:
        raise NotFoundError(f"Introduction {introduction_id} does not exist.")
    return i


def get(journal: Journal, introduction_id: int) -> IntroductionView:
    with journal.session() as s:
        return view_in(s, _get(s, introduction_id))


def update(journal: Journal, introduction_id: int, data: IntroductionInput) -> IntroductionView:
    with journal.session() as s:
        i = _get(s, introduction_id)
        validate(s, data)
        for k, v in vars(data).items():
            setattr(i, k, v)
        s.flush()
        return view_in(s, i)


def delete(journal: Journal, introduction_id: int) -> None:
    with journal.session() as s:
        s.delete(_get(s, introduction_id))


def involving(contact_id: int):
    return or_(Introduction.introducer_id == contact_id,
               Introduction.introduced_id == contact_id,
               Introduction.introduced_to_id == contact_id)


def for_contact(journal: Journal, contact_id: int) -> list[IntroductionView]:
    """Every introduction the contact took part in, oldest first (undated last)."""
    with journal.session() as s:
        rows = s.scalars(
            select(Introduction)
            .where(involving(contact_id))
            .order_by(Introduction.introduced_on.is_(None), Introduction.introduced_on,
                      Introduction.id)
        ).all()
        return [view_in(s, i) for i in rows]


def introduced_by(views: list[IntroductionView], contact_id: int) -> list[IntroductionView]:
    """Of a contact's introductions, those that brought the contact to the user."""
    return [v for v in views if v.introduced_to_id is None and v.introduced_id == contact_id
            or v.introduced_id is None and v.introduced_to_id == contact_id]
