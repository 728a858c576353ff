"""Organisations: companies, distributors, associations, universities, and their groups
(keiretsu, holdings); the people there now and before; merging two into one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy import update as sa_update
from sqlalchemy.orm import Session

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.kinds import organization_kind_label
from kizuna_desktop.services import indexing, names, validation
from kizuna_desktop.services.japanese import normalize_kana
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, Organization, OrganizationKind, Position


@dataclass(kw_only=True)
class OrganizationInput:
    name_ja: str = ""
    name_en: str = ""
    reading: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    group_id: int | None = None
    website: str = ""
    address: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class OrganizationView:
    id: int
    name_ja: str
    name_en: str
    reading: str = ""
    kind: OrganizationKind
    group_id: int | None
    group_name: str
    website: str = ""
    address: str = ""
    notes: str
    people_now: int = 0
    people_before: int = 0

    @property
    def name(self) -> str:
        return self.name_ja or self.name_en

    @property
    def both_names(self) -> str:
        if self.name_ja and self.name_en:
            return f"{self.name_ja} / {self.name_en}"
        return self.name

    @property
    def kind_label(self) -> str:
        return organization_kind_label(self.kind)

    def to_input(self) -> OrganizationInput:
        return OrganizationInput(name_ja=self.name_ja, name_en=self.name_en,
                                 reading=self.reading, kind=self.kind, group_id=self.group_id,
                                 website=self.website, address=self.address, notes=self.notes)


@dataclass(frozen=True, kw_only=True)
class Member:
    """A person's position at an organisation."""

    contact_id: int
    position_id: int
    name: str
    title: str
    department: str
    start_date: date | None
    end_date: date | None
    concurrent: bool

    @property
    def current(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class Merged:
    """What a merge changed, so that it can be undone exactly."""

    source: dict
    target_id: int
    position_ids: list[int]
    member_ids: list[int]  # organisations whose group was the source
    contact_ids: list[int] = field(default_factory=list)
    # New Year marks of the source and the target before the merge (issue 25)
    nengajo_rows: list[dict] = field(default_factory=list)


_COLUMNS = ("name_ja", "name_en", "reading", "kind", "group_id", "website", "address", "notes")


def _view(o: Organization, now: int = 0, before: int = 0) -> OrganizationView:
    group = o.group
    return OrganizationView(
        id=o.id, name_ja=o.name_ja, name_en=o.name_en, reading=o.reading, kind=o.kind,
        group_id=o.group_id, group_name=(group.name_ja or group.name_en) if group else "",
        website=o.website, address=o.address, notes=o.notes, people_now=now,
        people_before=before,
    )


def _get(session: Session, organization_id: int) -> Organization:
    o = session.get(Organization, organization_id)
    if o is None:
        raise NotFoundError(f"Organisation {organization_id} does not exist.")
    return o


def _validate(session: Session, data: OrganizationInput, self_id: int | None) -> OrganizationInput:
    for name in ("name_ja", "name_en", "reading", "website", "address", "notes"):
        setattr(data, name, (getattr(data, name) or "").strip())
    data.reading = normalize_kana(data.reading)
    errors: dict[str, str] = {}
    if not data.name_ja and not data.name_en:
        errors["name_ja"] = "Give the organisation a Japanese or an English name."
    for name, limit in (("name_ja", 300), ("name_en", 300), ("reading", 300), ("website", 400)):
        if msg := validation.length(getattr(data, name), limit):
            errors[name] = msg
    for name in ("address", "notes"):
        if msg := validation.length(getattr(data, name), validation.MAX_TEXT):
            errors[name] = msg
    taken = {n.casefold(): n for n in (data.name_ja, data.name_en) if n}
    if taken:
        for oid, ja, en in session.execute(
                select(Organization.id, Organization.name_ja, Organization.name_en)
                .where(Organization.id != (self_id or 0))):
            for field, mine in (("name_ja", data.name_ja), ("name_en", data.name_en)):
                if mine and mine.casefold() in ((ja or "").casefold(), (en or "").casefold()) \
                        and field not in errors:
                    errors[field] = (f"Another organisation (id {oid}) is already named "
                                     f"“{mine}”; merge them instead.")
    if data.website and (" " in data.website or "." not in data.website):
        errors["website"] = f"“{data.website}” is not a web address."
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
        o = Organization(**{k: getattr(d, k) for k in _COLUMNS})
        s.add(o)
        s.flush()
        return _view(o)


def named(journal: Journal, name: str) -> list[OrganizationView]:
    """The organisations named exactly ``name`` (Japanese or English, any case), oldest
    first."""
    key = name.strip().casefold()
    if not key:
        return []
    with journal.session() as s:
        rows = s.execute(select(Organization.id, Organization.name_ja, Organization.name_en)
                         .order_by(Organization.id)).all()
    return [get(journal, i) for i, ja, en in rows
            if key in ((ja or "").casefold(), (en or "").casefold())]


def find_or_create(journal: Journal, name: str) -> OrganizationView:
    """The organisation named exactly ``name`` (Japanese or English, any case), else a new one
    of kind "other" with that name in the script it is written in."""
    from kizuna_desktop.services.japanese import has_cjk

    name = name.strip()
    if not name:
        raise ValidationError.single("organization", "Name the organisation.")
    with journal.session() as s:
        o = s.scalar(select(Organization).where(or_(
            Organization.name_ja == name, func.lower(Organization.name_en) == name.lower()))
            .order_by(Organization.id).limit(1))
        if o is not None:
            return _view(o)
    latin = not has_cjk(name)
    return create(journal, OrganizationInput(name_ja="" if latin else name,
                                             name_en=name if latin else ""))


def _counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
    rows = session.execute(
        select(Position.organization_id, Position.end_date.is_(None),
               func.count(func.distinct(Position.contact_id)))
        .where(Position.organization_id.in_(ids))
        .group_by(Position.organization_id, Position.end_date.is_(None))).all()
    out: dict[int, list[int]] = {}
    for oid, open_, n in rows:
        out.setdefault(oid, [0, 0])[0 if open_ else 1] += n
    return {k: (v[0], v[1]) for k, v in out.items()}


def get(journal: Journal, organization_id: int) -> OrganizationView:
    with journal.session() as s:
        o = _get(s, organization_id)
        now, before = _counts(s, [o.id]).get(o.id, (0, 0))
        return _view(o, now, before)


def update(journal: Journal, organization_id: int, data: OrganizationInput) -> OrganizationView:
    with journal.session() as s:
        o = _get(s, organization_id)
        d = _validate(s, data, organization_id)
        renamed = (o.name_ja, o.name_en) != (d.name_ja, d.name_en)
        for k in _COLUMNS:
            setattr(o, k, getattr(d, k))
        s.flush()
        s.expire(o, ["group"])
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


def list_all(journal: Journal, text: str = "", limit: int = 200, offset: int = 0,
             kind: OrganizationKind | None = None) -> list[OrganizationView]:
    """Organisations by name, optionally those whose name, reading or group's name contains
    ``text``, with the number of people there now and before."""
    with journal.session() as s:
        q = select(Organization)
        if text.strip():
            t = text.strip()
            like = f"%{t}%"  # SQLite's LIKE ignores ASCII case
            kana = f"%{normalize_kana(t)}%"
            group = select(Organization.id).where(or_(Organization.name_ja.like(like),
                                                      Organization.name_en.like(like)))
            q = q.where(or_(Organization.name_ja.like(like), Organization.name_en.like(like),
                            Organization.reading.like(kana), Organization.group_id.in_(group)))
        if kind is not None:
            q = q.where(Organization.kind == OrganizationKind(kind))
        q = q.order_by(Organization.reading == "", Organization.reading,
                       Organization.name_en, Organization.name_ja, Organization.id)
        rows = s.scalars(q.offset(offset).limit(limit)).all()
        counts = _counts(s, [o.id for o in rows])
        return [_view(o, *counts.get(o.id, (0, 0))) for o in rows]


def members(journal: Journal, group_id: int) -> list[OrganizationView]:
    """The organisations whose group or parent is ``group_id``."""
    with journal.session() as s:
        _get(s, group_id)
        return [_view(o) for o in s.scalars(
            select(Organization).where(Organization.group_id == group_id).order_by(Organization.id)
        )]


def people(journal: Journal, organization_id: int) -> list[Member]:
    """Everyone with a position there: current ones first, then by latest start."""
    with journal.session() as s:
        _get(s, organization_id)
        rows = s.execute(select(Position, Contact).join(Contact, Position.contact_id == Contact.id)
                         .where(Position.organization_id == organization_id)).all()
        out = [Member(contact_id=c.id, position_id=p.id,
                      name=names.short(c.family_name, c.given_name, c.family_latin,
                                       c.given_latin),
                      title=" / ".join(x for x in (p.title_ja, p.title_en) if x),
                      department=" / ".join(x for x in (p.department_ja, p.department_en) if x),
                      start_date=p.start_date, end_date=p.end_date,
                      concurrent=bool(p.concurrent)) for p, c in rows]
    return sorted(out, key=lambda m: (m.end_date is not None,
                                      -(m.start_date or date.min).toordinal(), m.name))


def merge(journal: Journal, source_id: int, target_id: int) -> Merged:
    """Merge ``source_id`` into ``target_id``: its positions and member organisations move to
    the target, the target keeps its fields and takes the source's where it has none, and the
    source is deleted."""
    if source_id == target_id:
        raise ValidationError.single("organization", "An organisation cannot be merged into "
                                     "itself.")
    with journal.session() as s:
        src, dst = _get(s, source_id), _get(s, target_id)
        record = Merged(
            source={c.name: getattr(src, c.name) for c in Organization.__table__.columns},
            target_id=target_id,
            position_ids=list(s.scalars(select(Position.id).where(
                Position.organization_id == source_id))),
            member_ids=list(s.scalars(select(Organization.id).where(
                Organization.group_id == source_id))),
            contact_ids=list(s.scalars(select(Position.contact_id).where(
                Position.organization_id == source_id).distinct())),
        )
        record.source["target_before"] = {c: getattr(dst, c) for c in _COLUMNS}
        from kizuna_desktop.services import nengajo

        record.nengajo_rows.extend(nengajo.org_mark_rows(s, [source_id, target_id]))
        nengajo.fold_marks(s, organisation=True, from_id=source_id, to_id=target_id)
        for c in ("name_en", "name_ja", "reading", "website", "address"):
            if not getattr(dst, c) and getattr(src, c):
                setattr(dst, c, getattr(src, c))
        if dst.kind == OrganizationKind.OTHER:
            dst.kind = src.kind
        if dst.group_id is None and src.group_id not in (None, target_id):
            dst.group_id = src.group_id
        if src.notes and src.notes not in dst.notes:
            dst.notes = f"{dst.notes}\n\n{src.notes}".strip()
        s.execute(sa_update(Position).where(Position.organization_id == source_id)
                  .values(organization_id=target_id))
        s.execute(sa_update(Organization).where(Organization.group_id == source_id,
                                                Organization.id != target_id)
                  .values(group_id=target_id))
        if dst.group_id == source_id:
            dst.group_id = None
        s.flush()
        s.delete(src)
        s.flush()
        s.expire_all()
        indexing.refresh_ids(s, record.contact_ids)
        return record


def unmerge(journal: Journal, record: Merged) -> None:
    """Undo a merge: the source comes back with its id, its positions and members."""
    with journal.session() as s:
        row = dict(record.source)
        target_before = row.pop("target_before")
        if s.get(Organization, row["id"]) is not None:
            raise ValidationError.single("organization", "The merged organisation's id is in "
                                         "use again; cannot undo the merge.")
        s.execute(Organization.__table__.insert().values(**row))
        dst = _get(s, record.target_id)
        for k, v in target_before.items():
            setattr(dst, k, v)
        if record.position_ids:
            s.execute(sa_update(Position).where(Position.id.in_(record.position_ids))
                      .values(organization_id=row["id"]))
        if record.member_ids:
            s.execute(sa_update(Organization).where(Organization.id.in_(record.member_ids))
                      .values(group_id=row["id"]))
        from kizuna_desktop.services import nengajo

        nengajo.put_back_org_marks(s, [row["id"], record.target_id], record.nengajo_rows)
        s.flush()
        s.expire_all()
        indexing.refresh_ids(s, record.contact_ids)


def restore(journal: Journal, view: OrganizationView) -> OrganizationView:
    """Put a deleted organisation back with its id (undo of a create's undo, of a delete)."""
    with journal.session() as s:
        if s.get(Organization, view.id) is not None:
            return get(journal, view.id)
        s.execute(Organization.__table__.insert().values(
            id=view.id, **{k: getattr(view, k) for k in _COLUMNS}))
    return get(journal, view.id)


def resolve(journal: Journal, spec: str) -> OrganizationView:
    """The one organisation ``spec`` names: an id, or a name (Japanese, English, reading)
    matching exactly one; when none matches exactly, a name containing it."""
    spec = spec.strip()
    if not spec:  # (an empty name would match every organisation, or one without a reading)
        raise NotFoundError("Name an organisation (an id or a name).")
    if spec.isdigit():
        return get(journal, int(spec))
    with journal.session() as s:
        kana = normalize_kana(spec)
        exact = s.scalars(select(Organization).where(or_(
            Organization.name_ja == spec, func.lower(Organization.name_en) == spec.lower(),
            Organization.reading == kana)).order_by(Organization.id)).all()
        if len(exact) == 1:
            return get(journal, exact[0].id)
    matches = exact or list_all(journal, spec, limit=20)
    if len(matches) == 1:
        return get(journal, matches[0].id)
    if not matches:
        raise NotFoundError(f"No organisation matches “{spec}”.")
    raise AmbiguousOrganizationError(spec, matches)


class AmbiguousOrganizationError(NotFoundError):
    def __init__(self, spec: str, matches: list):
        self.matches = matches
        lines = "\n".join(f"  {m.id}: {m.name_ja or ''} {m.name_en or ''}".rstrip()
                          for m in matches[:10])
        super().__init__(f"“{spec}” matches {len(matches)} organisations; give an id or a "
                         f"narrower name:\n{lines}")
