"""Positions: a contact's roles at organisations over time, and transfers between them.

A contact holds one main position at a time: a dated position may not start before the
current one or overlap another dated one, unless it is marked concurrent (兼務, held alongside
the main one). A position whose start is unknown never blocks a dated one."""

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
    concurrent: bool = False


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
    concurrent: bool = False

    @property
    def is_open(self) -> bool:
        return self.end_date is None

    @property
    def organization(self) -> str:
        return self.organization_ja or self.organization_en

    @property
    def title(self) -> str:
        return self.title_ja or self.title_en

    def to_input(self) -> PositionInput:
        return PositionInput(organization_id=self.organization_id,
                             department_ja=self.department_ja, department_en=self.department_en,
                             title_ja=self.title_ja, title_en=self.title_en,
                             start_date=self.start_date, end_date=self.end_date,
                             concurrent=self.concurrent)

    def period(self) -> str:
        return f"{self.start_date or '?'} – {self.end_date or 'now'}"


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
        concurrent=bool(p.concurrent),
    )


_TEXT = ("department_ja", "department_en", "title_ja", "title_en")


def _validate(session: Session, data: PositionInput) -> PositionInput:
    errors: dict[str, str] = {}
    if data.organization_id is None or session.get(Organization, data.organization_id) is None:
        errors["organization_id"] = f"Organisation {data.organization_id} does not exist."
    for name in _TEXT:
        setattr(data, name, (getattr(data, name) or "").strip())
        if msg := validation.length(getattr(data, name), 300):
            errors[name] = msg
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = "The end date is before the start date."
    data.concurrent = bool(data.concurrent)
    if errors:
        raise ValidationError(errors)
    return data


def _describe(p: Position) -> str:
    org = p.organization.name_ja or p.organization.name_en
    title = p.title_ja or p.title_en
    what = f"{org} {title}".strip()
    from kizuna_desktop.i18n import translate

    end = p.end_date or translate("positions", "now")
    return f"{what} ({p.start_date or '?'} – {end})"


def _check_overlap(session: Session, contact_id: int, data: PositionInput,
                   self_id: int | None, closing: dict[int, date] | None = None) -> None:
    """Refuse a dated main position that begins before the current one or overlaps another
    dated main position; ``closing`` gives end dates a transfer is about to set."""
    if data.concurrent or data.start_date is None:
        return
    closing = closing or {}
    start, end = data.start_date, data.end_date or date.max
    for p in session.scalars(select(Position).where(Position.contact_id == contact_id)):
        if p.id == self_id or p.concurrent or p.start_date is None:
            continue
        p_end = closing.get(p.id, p.end_date) or date.max
        if p.end_date is None and p.id not in closing and data.end_date is None \
                and start < p.start_date:
            raise ValidationError.single(
                "start_date", f"It starts before the current position, {_describe(p)}. "
                "Give it an end date, or mark it 兼務 (concurrent) if both are held at once.")
        if start <= p_end and p.start_date <= end:
            raise ValidationError.single(
                "start_date", f"It overlaps {_describe(p)}. Change the dates, or mark it "
                "兼務 (concurrent) if both are held at once.")


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
        _check_overlap(s, contact_id, d, None)
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
        _check_overlap(s, p.contact_id, d, position_id)
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
    the contact's open main positions end the day before. A date on or before the start of
    the current position is refused (it would leave two positions "now"), unless the new one
    is concurrent (兼務), which ends nothing."""
    if data.start_date is None:
        raise ValidationError.single("start_date", "A transfer needs the date it takes effect.")
    with journal.session() as s:
        c = _contact(s, contact_id)
        d = _validate(s, data)
        closing: dict[int, date] = {}
        if not d.concurrent:
            for old in s.scalars(select(Position).where(Position.contact_id == contact_id,
                                                        Position.end_date.is_(None),
                                                        Position.concurrent.is_(False))):
                if old.start_date is not None and old.start_date >= d.start_date:
                    raise ValidationError.single(
                        "start_date",
                        f"The transfer date {d.start_date} is not after the start of the "
                        f"current position, {_describe(old)}. Edit that position instead, or "
                        "mark the new one 兼務 (concurrent).")
                closing[old.id] = d.start_date - timedelta(days=1)
        _check_overlap(s, contact_id, d, None, closing)
        for pid, end in closing.items():
            s.get(Position, pid).end_date = end
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
    return ("organization_id", *_TEXT, "start_date", "end_date", "concurrent")


@dataclass(frozen=True, kw_only=True)
class CareerStep:
    """A dated position seen as a step of a career, for the timeline: joined (the first),
    promotion (a new title at the same organisation and department), transfer (another
    department at the same organisation), move (another organisation), concurrent (兼務)."""

    position: PositionView
    kind: str
    previous: PositionView | None

    def sentence(self) -> str:
        from kizuna_desktop.i18n import translate

        p, prev = self.position, self.previous
        title = " / ".join(x for x in (p.title_ja, p.title_en) if x)
        dept = " / ".join(x for x in (p.department_ja, p.department_en) if x)
        where = " ".join(x for x in (p.organization, dept) if x)
        if self.kind == "promotion":
            text = (translate("services", "Promoted to {title} (was {was}) at {where}")
                    if prev and prev.title
                    else translate("services", "Promoted to {title} at {where}"))
            return text.format(title=title or "?", was=prev.title if prev else "", where=where)
        if self.kind == "transfer":
            return (translate("services", "Transferred to {where} as {title}") if title
                    else translate("services", "Transferred to {where}")).format(
                where=where, title=title)
        if self.kind == "move":
            return (translate("services", "Moved from {old} to {where} as {title}") if title
                    else translate("services", "Moved from {old} to {where}")).format(
                old=prev.organization, where=where, title=title)
        if self.kind == "concurrent":
            return translate("services", "Also (兼務) {title} at {where}").format(
                title=title, where=where).replace("  ", " ")
        return (translate("services", "Joined {where} as {title}") if title
                else translate("services", "Joined {where}")).format(where=where, title=title)


def steps(views: list[PositionView]) -> list[CareerStep]:
    """The dated positions of one contact as career steps, oldest first."""
    dated = sorted((v for v in views if v.start_date is not None),
                   key=lambda v: (v.start_date, v.id))
    undated_main = [v for v in views if v.start_date is None and not v.concurrent]
    out: list[CareerStep] = []
    prev: PositionView | None = undated_main[0] if undated_main else None
    for v in dated:
        if v.concurrent:
            out.append(CareerStep(position=v, kind="concurrent", previous=prev))
            continue
        if prev is None:
            kind = "joined"
        elif prev.organization_id != v.organization_id:
            kind = "move"
        elif (prev.department_ja, prev.department_en) != (v.department_ja, v.department_en):
            kind = "transfer"
        else:
            kind = "promotion"
        out.append(CareerStep(position=v, kind=kind, previous=prev))
        prev = v
    return out
