"""Careers: a new contact with its first position in one save, and the changes a contact
editor collects (transfers, edits, deletions of positions) carried out together when the
editor is saved, after a preview that checks them without writing anything."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.services import contacts, organizations, positions
from kizuna_desktop.services.contacts import ContactDetail, ContactInput
from kizuna_desktop.services.positions import PositionInput, PositionView
from kizuna_desktop.store import Journal


@dataclass(kw_only=True)
class Role:
    """A position as typed: the organisation by id, or by name (found, else created)."""

    organization_id: int | None = None
    organization_name: str = ""
    department_ja: str = ""
    department_en: str = ""
    title_ja: str = ""
    title_en: str = ""
    start_date: date | None = None
    end_date: date | None = None
    concurrent: bool = False

    @property
    def empty(self) -> bool:
        return self.organization_id is None and not self.organization_name.strip() and not any(
            (self.department_ja, self.department_en, self.title_ja, self.title_en))

    @classmethod
    def of(cls, v: PositionView) -> Role:
        return cls(organization_id=v.organization_id, department_ja=v.department_ja,
                   department_en=v.department_en, title_ja=v.title_ja, title_en=v.title_en,
                   start_date=v.start_date, end_date=v.end_date, concurrent=v.concurrent)

    def same_as(self, v: PositionView | None) -> bool:
        if v is None:
            return self.empty
        return (self.organization_id == v.organization_id and not self.organization_name
                and (self.department_ja, self.department_en, self.title_ja, self.title_en)
                == (v.department_ja, v.department_en, v.title_ja, v.title_en))


@dataclass(frozen=True)
class Transfer:
    role: Role


@dataclass(frozen=True)
class Add:
    role: Role


@dataclass(frozen=True)
class Edit:
    position_id: int
    role: Role


@dataclass(frozen=True)
class Remove:
    position_id: int


Op = Transfer | Add | Edit | Remove


@dataclass
class Outcome:
    history: list[PositionView]  # newest first, as positions.history gives it
    made: list[int | None] = field(default_factory=list)  # per op: the position it made
    new_organizations: list[int] = field(default_factory=list)


class _Rollback(KizunaError):
    pass


def _input(journal: Journal, role: Role, created: list[int]) -> PositionInput:
    org_id = role.organization_id
    if org_id is None:
        name = role.organization_name.strip()
        if not name:
            raise ValidationError.single("organization", "Choose or name the organisation.")
        before = {o.id for o in organizations.list_all(journal, name, limit=50)}
        org = organizations.find_or_create(journal, name)
        if org.id not in before:
            created.append(org.id)
        org_id = org.id
    return PositionInput(organization_id=org_id, department_ja=role.department_ja,
                         department_en=role.department_en, title_ja=role.title_ja,
                         title_en=role.title_en, start_date=role.start_date,
                         end_date=role.end_date, concurrent=role.concurrent)


def _carry_out(journal: Journal, contact_id: int, ops: list[Op]) -> Outcome:
    out = Outcome(history=[])
    for op in ops:
        if isinstance(op, Remove):
            positions.delete(journal, op.position_id)
            out.made.append(None)
            continue
        data = _input(journal, op.role, out.new_organizations)
        if isinstance(op, Transfer):
            out.made.append(positions.transfer(journal, contact_id, data).id)
        elif isinstance(op, Add):
            out.made.append(positions.add(journal, contact_id, data).id)
        else:
            out.made.append(positions.update(journal, op.position_id, data).id)
    out.history = positions.history(journal, contact_id)
    return out


def preview(journal: Journal, contact_id: int, ops: list[Op]) -> Outcome:
    """What ``ops`` would make of the contact's positions, checked and rolled back; raises
    the first op's ValidationError. Ids of positions it would make are provisional."""
    if not ops:
        return Outcome(history=positions.history(journal, contact_id))
    result: list[Outcome] = []
    try:
        with journal.session():
            result.append(_carry_out(journal, contact_id, ops))
            raise _Rollback("preview")
    except _Rollback:
        pass
    return result[0]


def apply(journal: Journal, contact_id: int, ops: list[Op]) -> Outcome:
    """Carry out ``ops`` in one transaction (all or nothing)."""
    with journal.session():
        return _carry_out(journal, contact_id, ops)


def create_contact(journal: Journal, data: ContactInput, role: Role | None = None
                   ) -> ContactDetail:
    """A new contact and, when ``role`` names an organisation, its first position, in one
    transaction; the errors of both are reported together."""
    errors: dict[str, str] = {}
    try:
        data = contacts.validate(data)
    except ValidationError as e:
        errors.update(e.errors)
    if role is not None and role.empty:
        role = None
    if role is not None:
        if role.organization_id is None and not role.organization_name.strip():
            errors["organization"] = "Name the organisation of this title and department."
        for name in ("organization_name", "department_ja", "department_en", "title_ja",
                     "title_en"):
            if len(getattr(role, name).strip()) > 300:
                errors[name] = "At most 300 characters."
    if errors:
        raise ValidationError(errors)
    with journal.session():
        c = contacts.create(journal, data)
        if role is not None:
            positions.add(journal, c.id, _input(journal, replace(role), []))
        return contacts.get(journal, c.id)
