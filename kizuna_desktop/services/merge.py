"""Merging two contacts who are one person (Contact > Merge contacts…): the one kept gains
what the other holds (empty fields filled, notes joined, e-mails, phones, addresses and tags
it lacks, the other's positions, interactions, follow-ups, gifts and introductions); the
other is deleted. ``unmerge`` puts both back exactly as they were (the same ids and rows),
from snapshots taken before."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import contacts, indexing, snapshots
from kizuna_desktop.services.contacts import ContactDetail
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Base,
    Contact,
    Introduction,
    interaction_participants,
)

T = Base.metadata.tables


@dataclass
class Merged:
    """What undoing a merge needs: both contacts as they were."""

    keep_id: int
    gone_id: int
    keep: snapshots.Snapshot
    gone: snapshots.Snapshot


def preview(journal: Journal, keep_id: int, other_id: int) -> ContactDetail:
    """The contact ``keep_id`` would become (nothing is written)."""
    from kizuna_desktop.services.importing import merge_input

    with journal.session() as s:
        keep = contacts.get_in(s, keep_id)
        other = contacts.get_in(s, other_id)
    merged = contacts.validate(merge_input(contacts.validate(keep.to_input()),
                                           other.to_input()))
    out = ContactDetail(**{**keep.__dict__, **merged.__dict__})
    out.positions = sorted(keep.positions + other.positions,
                           key=lambda p: (p.start_date is not None, p.start_date, p.id))
    return out


def merge(journal: Journal, keep_id: int, other_id: int) -> Merged:
    """Merge contact ``other_id`` into ``keep_id`` in one transaction."""
    from kizuna_desktop.services.importing import merge_input

    if keep_id == other_id:
        raise ValidationError.single("contact", "Choose two different contacts to merge.")
    record = Merged(keep_id, other_id, snapshots.contact(journal, keep_id),
                    snapshots.contact(journal, other_id))
    with journal.session() as s:
        keep = contacts._load(s, keep_id)
        other = contacts._load(s, other_id)
        merged = contacts.validate(merge_input(contacts.validate(
            contacts.detail_of(keep).to_input()), contacts.detail_of(other).to_input()))
        photo = other.photo if keep.photo is None else None
        archived = keep.archived and other.archived
        p = interaction_participants.c
        theirs = [r[0] for r in s.execute(select(p.interaction_id).where(
            p.contact_id == other_id))]
        mine = {r[0] for r in s.execute(select(p.interaction_id).where(
            p.contact_id == keep_id))}
        for table in ("positions", "follow_ups", "ledger_entries"):
            s.execute(update(T[table]).where(T[table].c.contact_id == other_id)
                      .values(contact_id=keep_id).execution_options(synchronize_session=False))
        # Gifts' other people, when the journal keeps them in a table of their own.
        for name, table in T.items():
            if name.startswith("ledger_") and name != "ledger_entries" \
                    and "contact_id" in table.c and len(table.primary_key.columns) > 1:
                s.execute(update(table).where(table.c.contact_id == other_id)
                          .values(contact_id=keep_id).prefix_with("OR IGNORE"))
        i = Introduction
        for column in ("introducer_id", "introduced_id", "introduced_to_id"):
            s.execute(update(i).where(getattr(i, column) == other_id)
                      .values({column: keep_id}).execution_options(synchronize_session=False))
        # One introducing someone to themselves is no introduction any more.
        s.execute(delete(i).where(or_(i.introduced_to_id == i.introduced_id,
                                      i.introducer_id == i.introduced_id))
                  .execution_options(synchronize_session=False))
        from kizuna_desktop.services import nengajo

        nengajo.fold_marks(s, organisation=False, from_id=other_id, to_id=keep_id)
        new_rows = [{"interaction_id": x, "contact_id": keep_id} for x in theirs
                    if x not in mine]
        if new_rows:
            s.execute(interaction_participants.insert(), new_rows)
        s.expire_all()
        s.execute(delete(Contact).where(Contact.id == other_id)
                  .execution_options(synchronize_session=False))
        keep = contacts._load(s, keep_id)
        contacts.apply_input(s, keep, merged)
        if photo is not None:
            keep.photo = photo
        keep.archived = archived
        s.flush()
        indexing.refresh_last_interaction(s, {keep_id})
        indexing.refresh(s, keep)
    return record


def unmerge(journal: Journal, record: Merged) -> None:
    """Both contacts back as they were before the merge."""
    with journal.session() as s:
        if s.get(Contact, record.keep_id) is None:
            raise NotFoundError(f"Contact {record.keep_id} no longer exists.")
        # Deleting the merged contact's row takes its methods, positions and the rest with
        # it (they are put back from the snapshots); interactions stay for the others.
        s.execute(delete(Contact).where(Contact.id == record.keep_id)
                  .execution_options(synchronize_session=False))
        s.expire_all()
        snapshots.restore(journal, record.gone)
        snapshots.restore(journal, record.keep)
