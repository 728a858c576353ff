"""Contacts: create, read, update, archive and delete, with validation.

Everything returned is plain data (dataclasses); no ORM object leaves a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from sqlalchemy import delete as sa_delete
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.i18n import translate  # the interface's language (README: Languages)
from kizuna_desktop.services import indexing, postal, validation
from kizuna_desktop.services.japanese import normalize_kana
from kizuna_desktop.services.names import NameParts
from kizuna_desktop.services.positions import PositionView, position_view
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    ContactMethod,
    Interaction,
    LatinOrder,
    MethodKind,
    Position,
    PostalAddress,
    Tag,
    interaction_participants,
)

NAME_LIMIT = 200


@dataclass(kw_only=True)
class Method:
    """An e-mail, phone or handle, with an optional label (work, mobile, private...)."""

    kind: MethodKind
    value: str
    label: str = ""


@dataclass(kw_only=True)
class AddressInput:
    """A postal address: its parts where known and the whole text (as written, or the parts
    joined when a file gives only parts)."""

    label: str = ""
    postal_code: str = ""
    region: str = ""
    city: str = ""
    street: str = ""
    extended: str = ""
    po_box: str = ""
    country: str = ""
    text: str = ""
    # Issue 25: 町域 and 丁目・番・号 apart (filled by services.postal), the Latin form.
    town: str = ""
    block: str = ""
    latin: str = ""

    def parts(self) -> tuple[str, ...]:
        return (self.postal_code, self.region, self.city, self.street, self.extended,
                self.po_box, self.country)


ADDRESS_PARTS = ("postal_code", "region", "city", "street", "extended", "po_box", "country")
POSTAL_PARTS = ("town", "block", "latin")  # issue 25: not part of the joined text


@dataclass(kw_only=True)
class ContactInput:
    """Everything a user edits on a contact."""

    family_name: str = ""
    given_name: str = ""
    family_reading: str = ""
    given_reading: str = ""
    family_latin: str = ""
    given_latin: str = ""
    latin_order: LatinOrder = LatinOrder.GIVEN_FIRST
    honorific: str = "様"
    nickname: str = ""
    middle_name: str = ""
    name_prefix: str = ""
    name_suffix: str = ""
    region: str = ""
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    anniversary_year: int | None = None
    anniversary_month: int | None = None
    anniversary_day: int | None = None
    interests: str = ""
    how_we_met: str = ""
    notes: str = ""
    cadence_days: int | None = None
    methods: list[Method] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    addresses: list[AddressInput] = field(default_factory=list)

    @property
    def name_parts(self) -> NameParts:
        return NameParts(
            family_name=self.family_name,
            given_name=self.given_name,
            family_reading=self.family_reading,
            given_reading=self.given_reading,
            family_latin=self.family_latin,
            given_latin=self.given_latin,
            latin_order=self.latin_order,
            honorific=self.honorific,
        )

    def methods_of(self, kind: MethodKind) -> list[Method]:
        return [m for m in self.methods if m.kind == kind]


@dataclass(kw_only=True)
class ContactDetail(ContactInput):
    id: int
    archived: bool
    created_at: datetime
    updated_at: datetime
    last_interaction_at: datetime | None
    positions: list[PositionView]  # oldest first

    @property
    def current_position(self) -> PositionView | None:
        return current_of(self.positions)

    @property
    def birthday(self) -> tuple[int | None, int, int] | None:
        if self.birth_month is None or self.birth_day is None:
            return None
        return self.birth_year, self.birth_month, self.birth_day

    @property
    def birthday_parts(self) -> tuple[int | None, int | None, int | None] | None:
        """The birthday as far as it is known (a year alone, a year and month, ...)."""
        parts = (self.birth_year, self.birth_month, self.birth_day)
        return None if parts == (None, None, None) else parts

    def to_input(self) -> ContactInput:
        names = {f.name for f in fields(ContactInput)}
        out = ContactInput(**{k: getattr(self, k) for k in names})
        out.methods, out.tags = list(out.methods), list(out.tags)
        out.addresses = [AddressInput(**a.__dict__) for a in self.addresses]
        return out


def current_of(positions: list[PositionView]) -> PositionView | None:
    """The latest open position: a contact's current role (a main one before one held
    alongside it, 兼務)."""
    open_ = [p for p in positions if p.end_date is None]
    if not open_:
        return None
    return max(open_, key=lambda p: (not p.concurrent, p.start_date or date.min, p.id))


_INPUT_FIELDS = [f.name for f in fields(ContactInput)
                 if f.name not in ("methods", "tags", "addresses")]
_MULTILINE = {"interests", "how_we_met", "notes"}


def _clean(data: ContactInput) -> ContactInput:
    """Trimmed copy, readings normalised to full-width kana."""
    out = ContactInput(**{k: getattr(data, k) for k in _INPUT_FIELDS})
    for name in _INPUT_FIELDS:  # no control characters from any path (issue 19)
        value = getattr(out, name)
        if isinstance(value, str):
            setattr(out, name, validation.clean_text(value, name in _MULTILINE)[0])
    for name in ("family_name", "given_name", "family_latin", "given_latin", "honorific", "region"):
        setattr(out, name, getattr(out, name).strip())
    out.family_reading = normalize_kana(out.family_reading)
    out.given_reading = normalize_kana(out.given_reading)
    out.methods = [
        Method(kind=MethodKind(m.kind), value=value,
               label=validation.clean_text(m.label)[0].strip())
        for m in data.methods
        if (value := validation.clean_text(m.value)[0].strip())
    ]
    out.addresses = []
    for a in data.addresses:
        parts = {k: " ".join(getattr(a, k).split()) for k in ADDRESS_PARTS}
        text = a.text.strip() or _joined(parts)
        extra = {k: " ".join(getattr(a, k).split()) for k in POSTAL_PARTS}
        if text or any(parts.values()) or extra["latin"]:  # (an address in Latin alone too)
            out.addresses.append(postal.structured(
                AddressInput(label=a.label.strip(), text=text, **parts, **extra)))
    seen: set[str] = set()
    out.tags = []
    for t in data.tags:
        t = validation.clean_text(t)[0].strip().lstrip("#").strip()
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            out.tags.append(t)
    return out


def _joined(parts: dict[str, str]) -> str:
    from kizuna_desktop.formats.records import Address

    return Address(**parts).joined()


def validate(data: ContactInput) -> ContactInput:
    """Return a cleaned copy of ``data`` or raise ValidationError naming each bad field."""
    d = _clean(data)
    errors: dict[str, str] = {}
    if not (d.family_name or d.given_name or d.family_latin or d.given_latin):
        errors["family_name"] = translate("services", "Give at least a family or given name.")
    for name in (
        "family_name", "given_name", "family_reading", "given_reading",
        "family_latin", "given_latin",
    ):
        if msg := validation.length(getattr(d, name), NAME_LIMIT):
            errors[name] = msg
    for name in ("family_reading", "given_reading"):
        if msg := validation.kana(getattr(d, name)):
            errors[name] = msg
    for name in ("interests", "how_we_met", "notes"):
        if msg := validation.length(getattr(d, name), validation.MAX_TEXT):
            errors[name] = msg
    if msg := validation.birthday(d.birth_year, d.birth_month, d.birth_day):
        errors["birthday"] = msg
    if msg := validation.anniversary(d.anniversary_year, d.anniversary_month,
                                     d.anniversary_day):
        errors["anniversary"] = msg
    for name in ("nickname", "middle_name", "name_prefix", "name_suffix"):
        if msg := validation.length(getattr(d, name), NAME_LIMIT if name in (
                "nickname", "middle_name") else 100):
            errors[name] = msg
    for i, a in enumerate(d.addresses):
        if msg := validation.length(a.text, 2000) or validation.length(a.label, 60):
            errors[f"addresses[{i}]"] = msg
    if d.cadence_days is not None and not (1 <= d.cadence_days <= 3650):
        errors["cadence_days"] = translate(
            "services", "Keep-in-touch cadence is a number of days from 1 to 3650.")
    for i, m in enumerate(d.methods):
        check = {MethodKind.EMAIL: validation.email, MethodKind.PHONE: validation.phone}.get(m.kind)
        if check and (msg := check(m.value)):
            errors[f"methods[{i}]"] = msg
        elif msg := validation.length(m.value, 400):
            errors[f"methods[{i}]"] = msg
    for t in d.tags:
        if len(t) > 100:
            errors["tags"] = translate(
                "services", "Tag “{0}…” is too long (at most 100 characters).").format(t[:20])
    try:
        d.latin_order = LatinOrder(d.latin_order)
    except ValueError:
        errors["latin_order"] = "Latin order is given_first or family_first."
    if errors:
        raise ValidationError(errors)
    return d


def tags_named(session: Session, names: list[str]) -> list[Tag]:
    """The tags with these names (any case), created when missing. Tags made earlier in
    the session and not written yet count too (bulk work may hold off writing)."""
    out = []
    pending = {t.name.casefold(): t for t in session.new if isinstance(t, Tag)}
    for name in names:
        tag = pending.get(name.casefold())
        if tag is None:
            tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = next(
                (t for t in session.scalars(select(Tag)) if t.name.casefold() == name.casefold()),
                None,
            )
        if tag is None:
            tag = pending[name.casefold()] = Tag(name=name)
            session.add(tag)
        out.append(tag)
    return out


def apply_input(session: Session, c: Contact, d: ContactInput) -> None:
    """Write validated input onto a loaded contact (methods and tags replaced), with its sort
    key, rank and search text brought up to date."""
    for name in _INPUT_FIELDS:
        setattr(c, name, getattr(d, name))
    indexing.place(session, c)  # a new contact gets its rank before it is first written
    have = [(MethodKind(m.kind), m.value, m.label) for m in c.methods]
    want = [(MethodKind(m.kind), m.value, m.label) for m in d.methods]
    if want[:len(have)] == have:  # unchanged, or added to (a merge): only the new are written
        c.methods.extend(ContactMethod(kind=k, value=v, label=lbl, position=i)
                         for i, (k, v, lbl) in enumerate(want[len(have):], len(have)))
    else:
        c.methods = [ContactMethod(kind=k, value=v, label=lbl, position=i)
                     for i, (k, v, lbl) in enumerate(want)]
    if [t.name for t in c.tags] != d.tags:
        c.tags = tags_named(session, d.tags)
    _apply_addresses(c, d.addresses)
    indexing.refresh(session, c)


def _apply_addresses(c: Contact, wanted: list[AddressInput]) -> None:
    """The contact's addresses become ``wanted``; an address given only as text that reads as
    a stored one keeps that one's parts (the editor shows and edits the text)."""
    have = [_address_input(a) for a in c.addresses]
    out: list[AddressInput] = []
    for w in wanted:
        if not any(w.parts()):
            same = next((h for h in have if h.text == w.text and any(h.parts())), None)
            if same is not None:
                w = AddressInput(**{**same.__dict__, "label": w.label})
        out.append(w)
    if out == have:
        return
    c.addresses = [PostalAddress(position=i, **a.__dict__) for i, a in enumerate(out)]


def _address_input(a: PostalAddress) -> AddressInput:
    return AddressInput(label=a.label, text=a.text,
                        **{k: getattr(a, k) for k in (*ADDRESS_PARTS, *POSTAL_PARTS)})


def _load(session: Session, contact_id: int) -> Contact:
    c = session.scalar(
        select(Contact)
        .where(Contact.id == contact_id)
        .options(
            selectinload(Contact.methods),
            selectinload(Contact.tags),
            selectinload(Contact.addresses),
            selectinload(Contact.positions).selectinload(Position.organization),
        )
    )
    if c is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    return c


def detail_of(c: Contact) -> ContactDetail:
    return ContactDetail(
        **{k: getattr(c, k) for k in _INPUT_FIELDS},
        methods=[Method(kind=m.kind, value=m.value, label=m.label) for m in c.methods],
        tags=[t.name for t in c.tags],
        addresses=[_address_input(a) for a in c.addresses],
        id=c.id,
        archived=c.archived,
        created_at=c.created_at,
        updated_at=c.updated_at,
        last_interaction_at=c.last_interaction_at,
        positions=[position_view(p) for p in c.positions],
    )


def create(journal: Journal, data: ContactInput) -> ContactDetail:
    d = validate(data)
    with journal.session() as s:
        c = Contact()
        s.add(c)
        apply_input(s, c, d)
        s.flush()
        return get_in(s, c.id)


def get_in(session: Session, contact_id: int) -> ContactDetail:
    return detail_of(_load(session, contact_id))


def get(journal: Journal, contact_id: int) -> ContactDetail:
    with journal.session() as s:
        return get_in(s, contact_id)


def update(journal: Journal, contact_id: int, data: ContactInput) -> ContactDetail:
    d = validate(data)
    with journal.session() as s:
        c = _load(s, contact_id)
        apply_input(s, c, d)
        s.flush()
        return get_in(s, contact_id)


def set_archived(journal: Journal, contact_id: int, archived: bool = True) -> None:
    with journal.session() as s:
        c = _load(s, contact_id)
        c.archived = archived


def delete(journal: Journal, contact_id: int) -> None:
    """Delete a contact with its methods, positions, follow-ups, gifts and introductions.
    Interactions the contact attended alone go too; shared ones stay for the others."""
    with journal.session() as s:
        c = s.get(Contact, contact_id)
        if c is None:
            raise NotFoundError(f"Contact {contact_id} does not exist.")
        p = interaction_participants.c
        mine = select(p.interaction_id).where(p.contact_id == contact_id)
        shared = select(p.interaction_id).where(
            p.interaction_id.in_(mine), p.contact_id != contact_id
        )
        s.execute(
            sa_delete(Interaction)
            .where(Interaction.id.in_(mine), Interaction.id.not_in(shared))
            .execution_options(synchronize_session=False)
        )
        s.delete(c)


PHOTO_LIMIT_MB = 5


def set_photo(journal: Journal, contact_id: int, data: bytes | None) -> None:
    """Set (or with None, remove) a contact's photo: a PNG or JPEG of at most 5 MB."""
    if data is not None and (msg := validation.image(data, "photo", PHOTO_LIMIT_MB)):
        raise ValidationError.single("photo", msg)
    with journal.session() as s:
        c = s.get(Contact, contact_id)
        if c is None:
            raise NotFoundError(f"Contact {contact_id} does not exist.")
        c.photo = data
