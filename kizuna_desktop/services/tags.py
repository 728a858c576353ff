"""Tags: labels on contacts (golf, JETRO, alumni...). Names are unique, ignoring case."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete as sa_delete
from sqlalchemy import func, select, update

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import indexing
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Tag, contact_tags


@dataclass(frozen=True, kw_only=True)
class TagView:
    id: int
    name: str
    contact_count: int


def list_all(journal: Journal) -> list[TagView]:
    with journal.session() as s:
        rows = s.execute(
            select(Tag.id, Tag.name, func.count(contact_tags.c.contact_id))
            .outerjoin(contact_tags, contact_tags.c.tag_id == Tag.id)
            .group_by(Tag.id)
            .order_by(Tag.name)
        )
        return [TagView(id=i, name=n, contact_count=c) for i, n, c in rows]


def find(journal: Journal, name: str) -> TagView | None:
    name = name.strip().lstrip("#")
    return next((t for t in list_all(journal) if t.name.casefold() == name.casefold()), None)


def rename(journal: Journal, tag_id: int, new_name: str) -> TagView:
    """Rename a tag; renaming onto an existing tag merges the two."""
    new_name = new_name.strip().lstrip("#").strip()
    if not new_name:
        raise ValidationError.single("name", "A tag needs a name.")
    with journal.session() as s:
        tag = s.get(Tag, tag_id)
        if tag is None:
            raise NotFoundError(f"Tag {tag_id} does not exist.")
        members = set(s.scalars(select(contact_tags.c.contact_id).where(
            contact_tags.c.tag_id == tag_id)))
        other = next((t for t in s.scalars(select(Tag)) if t.id != tag_id
                      and t.name.casefold() == new_name.casefold()), None)
        if other is not None:
            already = set(s.scalars(select(contact_tags.c.contact_id).where(
                contact_tags.c.tag_id == other.id)))
            s.execute(sa_delete(contact_tags).where(contact_tags.c.tag_id == tag_id,
                                                    contact_tags.c.contact_id.in_(already)))
            s.execute(update(contact_tags).where(contact_tags.c.tag_id == tag_id)
                      .values(tag_id=other.id))
            s.delete(tag)
            tag = other
        else:
            tag.name = new_name
        s.flush()
        s.expire_all()
        indexing.refresh_ids(s, members)
        count = s.scalar(select(func.count()).where(contact_tags.c.tag_id == tag.id)) or 0
        return TagView(id=tag.id, name=tag.name, contact_count=count)


def delete(journal: Journal, tag_id: int) -> None:
    with journal.session() as s:
        tag = s.get(Tag, tag_id)
        if tag is None:
            raise NotFoundError(f"Tag {tag_id} does not exist.")
        members = list(s.scalars(select(contact_tags.c.contact_id).where(
            contact_tags.c.tag_id == tag_id)))
        s.delete(tag)
        s.flush()
        s.expire_all()
        indexing.refresh_ids(s, members)
