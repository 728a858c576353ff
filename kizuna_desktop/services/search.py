"""Finding contacts: a page of the list for any filter, counts, and resolving a user's
"id or search" to exactly one contact.

Text search matches every word of the query, folded (see ``japanese.fold``), against the
contact's folded search text: kanji, kana (either script, any width), romaji in either
spelling, Latin names, organisations, e-mails, handles and #tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, func, literal_column, select, text
from sqlalchemy.orm import aliased

from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.services import names
from kizuna_desktop.services.japanese import search_tokens
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, Organization, Position, Tag, contact_tags


@dataclass(frozen=True, kw_only=True)
class ContactFilter:
    text: str = ""
    tag: str = ""  # a tag name, case-insensitive
    organization_id: int | None = None  # contacts currently at this organisation
    going_cold: bool = False  # past their keep-in-touch cadence
    include_archived: bool = False
    today: date | None = None  # for going_cold; defaults to today (UTC)


@dataclass(frozen=True, kw_only=True)
class ContactSummary:
    """One row of the contacts list."""

    id: int
    name: names.NameParts
    title_ja: str
    title_en: str
    organization_ja: str
    organization_en: str
    last_interaction_at: datetime | None
    cadence_days: int | None
    archived: bool

    @property
    def written(self) -> str:
        return names.written(self.name)

    @property
    def reading(self) -> str:
        return names.reading(self.name)

    @property
    def latin(self) -> str:
        return names.latin(self.name)

    @property
    def display(self) -> str:
        return names.display(self.name)

    @property
    def role(self) -> str:
        title = self.title_ja or self.title_en
        org = self.organization_ja or self.organization_en
        return ", ".join(p for p in (title, org) if p)

    def days_since(self, today: date) -> int | None:
        if self.last_interaction_at is None:
            return None
        return (today - self.last_interaction_at.date()).days


def _escape_like(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _current_position_id():
    return (
        select(Position.id)
        .where(Position.contact_id == Contact.id, Position.end_date.is_(None))
        .order_by(Position.start_date.desc().nulls_last(), Position.id.desc())
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )


def _where(q: Select, f: ContactFilter) -> Select:
    if not f.include_archived:
        q = q.where(Contact.archived.is_(False))
    tokens = search_tokens(f.text)
    long_tokens = [t for t in tokens if len(t) >= 3]
    if long_tokens:
        # Three characters or more: the trigram index finds the substring in milliseconds.
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_tokens)
        q = q.where(Contact.id.in_(
            select(literal_column("rowid")).select_from(text("contacts_fts"))
            .where(text("contacts_fts MATCH :match").bindparams(match=match))))
    for token in tokens:
        if len(token) < 3:  # shorter ones cannot use trigrams: matched on the rows found
            q = q.where(Contact.search_text.like(f"%{_escape_like(token)}%", escape="\\"))
    if f.tag.strip():
        tag_ids = select(Tag.id).where(Tag.name == f.tag.strip().lstrip("#"))
        q = q.where(
            select(contact_tags.c.contact_id)
            .where(contact_tags.c.contact_id == Contact.id, contact_tags.c.tag_id.in_(tag_ids))
            .exists()
        )
    if f.organization_id is not None:
        q = q.where(
            select(Position.id)
            .where(
                Position.contact_id == Contact.id,
                Position.organization_id == f.organization_id,
                Position.end_date.is_(None),
            )
            .exists()
        )
    if f.going_cold:
        today = f.today or datetime.now(UTC).date()
        q = q.where(Contact.cold_after < datetime.combine(today, datetime.min.time()))
    return q


def page(journal: Journal, f: ContactFilter, offset: int = 0, limit: int = 100
         ) -> list[ContactSummary]:
    """Contacts matching ``f`` in gojūon / alphabetical order, ``limit`` from ``offset``."""
    return _summaries(journal, _where(_summary_query(), f), offset, limit)


def _summary_query() -> Select:
    pos = aliased(Position)
    org = aliased(Organization)
    return (
        select(
            Contact.id, Contact.family_name, Contact.given_name, Contact.family_reading,
            Contact.given_reading, Contact.family_latin, Contact.given_latin,
            Contact.latin_order, Contact.honorific, Contact.last_interaction_at,
            Contact.cadence_days, Contact.archived,
            pos.title_ja, pos.title_en, org.name_ja, org.name_en,
        )
        .select_from(Contact)
        .outerjoin(pos, pos.id == _current_position_id())
        .outerjoin(org, org.id == pos.organization_id)
    )


def _summaries(journal: Journal, q: Select, offset: int, limit: int | None
               ) -> list[ContactSummary]:
    q = q.order_by(Contact.sort_key, Contact.id).offset(offset).limit(limit)
    out = []
    with journal.session() as s:
        for r in s.execute(q):
            out.append(ContactSummary(
                id=r[0],
                name=names.NameParts(
                    family_name=r[1], given_name=r[2], family_reading=r[3],
                    given_reading=r[4], family_latin=r[5], given_latin=r[6],
                    latin_order=r[7], honorific=r[8],
                ),
                last_interaction_at=r[9].replace(tzinfo=UTC) if r[9] else None,
                cadence_days=r[10], archived=r[11],
                title_ja=r[12] or "", title_en=r[13] or "",
                organization_ja=r[14] or "", organization_en=r[15] or "",
            ))
    return out


def by_ids(journal: Journal, ids: list[int]) -> list[ContactSummary]:
    """Summaries of the given contacts (archived too), in list order."""
    out: list[ContactSummary] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.extend(_summaries(journal, _summary_query().where(Contact.id.in_(chunk)), 0, None))
    return out


def count(journal: Journal, f: ContactFilter) -> int:
    q = _where(select(func.count()).select_from(Contact), f)
    with journal.session() as s:
        return s.scalar(q) or 0


def count_upto(journal: Journal, f: ContactFilter, cap: int = 1000) -> tuple[int, bool]:
    """How many contacts match, counting no further than ``cap`` (the list shows "1,000+"):
    a broad query stops early instead of counting the whole journal on every keystroke.
    Returns (count, whether it reached the cap)."""
    inner = _where(select(Contact.id), f).limit(cap + 1).subquery()
    with journal.session() as s:
        n = s.scalar(select(func.count()).select_from(inner)) or 0
    return min(n, cap), n > cap


class AmbiguousContactError(NotFoundError):
    def __init__(self, spec: str, matches: list[ContactSummary], total: int):
        self.matches = matches
        self.total = total
        lines = [f"  {m.id}: {m.display}" + (f" — {m.role}" if m.role else "") for m in matches]
        more = f"\n  … and {total - len(matches)} more" if total > len(matches) else ""
        super().__init__(
            f"“{spec}” matches {total} contacts; give an id or a narrower search:\n"
            + "\n".join(lines) + more
        )


def resolve(journal: Journal, spec: str) -> ContactSummary:
    """The one contact ``spec`` names: an id, or a search matching exactly one contact
    (archived contacts included)."""
    spec = spec.strip()
    if spec.isdigit():
        found = by_ids(journal, [int(spec)])
        if found:
            return found[0]
        raise NotFoundError(f"There is no contact with id {spec}.")
    f = ContactFilter(text=spec, include_archived=True)
    matches = page(journal, f, 0, 10)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"No contact matches “{spec}”.")
    raise AmbiguousContactError(spec, matches, count(journal, f))
