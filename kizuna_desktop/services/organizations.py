"""Organisations: companies, distributors, associations, universities, and their groups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import indexing, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Organization, OrganizationKind, Position


@dataclass(kw_only=True)
class OrganizationInput:
    name_ja: str = ""
    name_en: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    group_id: int | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class OrganizationView:
    id: int
    name_ja: str
    name_en: str
    kind: OrganizationKind
    group_id: int | None
    group_name: str
    notes: str

    @property
    def name(self) -> str:
        return self.name_ja or self.name_en

    @property
    def both_names(self) -> str:
        if self.name_ja and self.name_en:
            return f"{self.name_ja} / {self.name_en}"
        return self.name


def _view(o: Organization) -> OrganizationView:
    group = o.group
    return OrganizationView(
        id=o.id,
        name_ja=o.name_ja,
        name_en=o.name_en,
        kind=o.kind,
        group_id=o.group_id,
        group_name=(group.name_ja or group.name_en) if group else "",
        notes=o.notes,
    )


def _get(session: Session, organization_id: int) -> Organization:
    o = session.get(Organization, organization_id)
    if o is None:
        raise NotFoundError(f"Organisation {organization_id} does not exist.")
    return o


def _validate(session: Session, data: OrganizationInput, self_id: int | None) -> OrganizationInput:
    data.name_ja, data.name_en = data.name_ja.strip(), data.name_en.strip()
    errors: dict[str, str] = {}
    if not data.name_ja and not data.name_en:
        errors["name_ja"] = "Give the organisation a Japanese or an English name."
    for name in ("name_ja", "name_en"):
        if msg := validation.length(getattr(data, name), 300):
            errors[name] = msg
    if msg := validation.length(data.notes, validation.MAX_TEXT):
        errors["notes"] = msg
    try:
        data.kind = OrganizationKind(data.kind)
    except ValueError:
        errors["kind"] = f"Unknown kind “{data.kind}”."
    if data.group_id is not None:
        # Walk up from the chosen group: reaching ourselves would make a cycle.
        seen: set[int] = set()
        gid: int | None = data.group_id
        while gid is not None and gid not in seen:
            if gid == self_id:
                errors["group_id"] = "An organisation cannot belong to itself or its own member."
                break
            seen.add(gid)
            g = session.get(Organization, gid)
            if g is None:
                errors["group_id"] = f"Organisation {gid} does not exist."
                break
            gid = g.group_id
    if errors:
        raise ValidationError(errors)
    return data


def create(journal: Journal, data: OrganizationInput) -> OrganizationView:
    with journal.session() as s:
        d = _validate(s, data, None)
        o = Organization(**vars(d))
        s.add(o)
        s.flush()
        return _view(o)


def get(journal: Journal, organization_id: int) -> OrganizationView:
    with journal.session() as s:
        return _view(_get(s, organization_id))


def update(journal: Journal, organization_id: int, data: OrganizationInput) -> OrganizationView:
    with journal.session() as s:
        o = _get(s, organization_id)
        d = _validate(s, data, organization_id)
        renamed = (o.name_ja, o.name_en) != (d.name_ja, d.name_en)
        for k, v in vars(d).items():
            setattr(o, k, v)
        s.flush()
        if renamed:
            indexing.refresh_ids(s, indexing.contacts_at_organization(s, organization_id))
        return _view(o)


def delete(journal: Journal, organization_id: int) -> None:
    """Delete an organisation no position refers to; members of it as a group are detached."""
    with journal.session() as s:
        o = _get(s, organization_id)
        used = s.scalar(
            select(func.count()).select_from(Position).where(
                Position.organization_id == organization_id
            )
        )
        if used:
            raise ValidationError.single(
                "organization",
                f"{o.name_ja or o.name_en} is still in {used} position(s); "
                "move or delete them first.",
            )
        s.delete(o)


def list_all(journal: Journal, text: str = "", limit: int = 200, offset: int = 0
             ) -> list[OrganizationView]:
    """Organisations by name, optionally those whose name contains ``text``."""
    with journal.session() as s:
        q = select(Organization)
        if text.strip():
            like = f"%{text.strip()}%"  # SQLite's LIKE ignores ASCII case
            q = q.where(or_(Organization.name_ja.like(like), Organization.name_en.like(like)))
        q = q.order_by(Organization.name_en, Organization.name_ja, Organization.id)
        return [_view(o) for o in s.scalars(q.offset(offset).limit(limit))]


def members(journal: Journal, group_id: int) -> list[OrganizationView]:
    with journal.session() as s:
        _get(s, group_id)
        return [_view(o) for o in s.scalars(
            select(Organization).where(Organization.group_id == group_id).order_by(Organization.id)
        )]
