"""The ledger of gifts and favours given to and received from each contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    LedgerDirection,
    LedgerEntry,
    LedgerKind,
    Occasion,
)


@dataclass(kw_only=True)
class LedgerInput:
    contact_id: int
    direction: LedgerDirection
    kind: LedgerKind
    occurred_on: date
    occasion: Occasion = Occasion.OTHER
    description: str = ""
    value: int | None = None
    currency: str = "JPY"


@dataclass(frozen=True, kw_only=True)
class LedgerView:
    id: int
    contact_id: int
    direction: LedgerDirection
    kind: LedgerKind
    occasion: Occasion
    description: str
    value: int | None
    currency: str
    occurred_on: date


@dataclass(frozen=True, kw_only=True)
class Balance:
    given: int
    received: int
    value_given: dict[str, int]
    value_received: dict[str, int]

    @property
    def net(self) -> int:
        """Entries given minus entries received: positive when the user has given more."""
        return self.given - self.received


def view_of(e: LedgerEntry) -> LedgerView:
    return LedgerView(
        id=e.id, contact_id=e.contact_id, direction=e.direction, kind=e.kind,
        occasion=e.occasion, description=e.description, value=e.value, currency=e.currency,
        occurred_on=e.occurred_on,
    )


def _validate(data: LedgerInput) -> None:
    errors: dict[str, str] = {}
    for name, enum in (("direction", LedgerDirection), ("kind", LedgerKind),
                       ("occasion", Occasion)):
        try:
            setattr(data, name, enum(getattr(data, name)))
        except ValueError:
            errors[name] = f"Unknown {name} “{getattr(data, name)}”."
    if data.value is not None and data.value < 0:
        errors["value"] = "A value cannot be negative."
    data.currency = (data.currency or "JPY").strip().upper()
    if len(data.currency) != 3 or not data.currency.isalpha():
        errors["currency"] = "Use a three-letter currency code such as JPY."
    if msg := validation.length(data.description, validation.MAX_TEXT):
        errors["description"] = msg
    if errors:
        raise ValidationError(errors)


def create(journal: Journal, data: LedgerInput) -> LedgerView:
    _validate(data)
    with journal.session() as s:
        if s.get(Contact, data.contact_id) is None:
            raise ValidationError.single("contact_id", f"Contact {data.contact_id} does not exist.")
        e = LedgerEntry(**vars(data))
        s.add(e)
        s.flush()
        return view_of(e)


def update(journal: Journal, entry_id: int, data: LedgerInput) -> LedgerView:
    _validate(data)
    with journal.session() as s:
        e = s.get(LedgerEntry, entry_id)
        if e is None:
            raise NotFoundError(f"Ledger entry {entry_id} does not exist.")
        for k, v in vars(data).items():
            setattr(e, k, v)
        s.flush()
        return view_of(e)


def delete(journal: Journal, entry_id: int) -> None:
    with journal.session() as s:
        e = s.get(LedgerEntry, entry_id)
        if e is None:
            raise NotFoundError(f"Ledger entry {entry_id} does not exist.")
        s.delete(e)


def for_contact(journal: Journal, contact_id: int) -> list[LedgerView]:
    """The contact's entries, newest first."""
    with journal.session() as s:
        return [view_of(e) for e in s.scalars(
            select(LedgerEntry).where(LedgerEntry.contact_id == contact_id)
            .order_by(LedgerEntry.occurred_on.desc(), LedgerEntry.id.desc())
        )]


def balance(entries: list[LedgerView]) -> Balance:
    given = [e for e in entries if e.direction == LedgerDirection.GIVEN]
    received = [e for e in entries if e.direction == LedgerDirection.RECEIVED]

    def sums(es: list[LedgerView]) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in es:
            if e.value is not None:
                out[e.currency] = out.get(e.currency, 0) + e.value
        return out

    return Balance(given=len(given), received=len(received),
                   value_given=sums(given), value_received=sums(received))
