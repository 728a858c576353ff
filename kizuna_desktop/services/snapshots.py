"""Snapshots of records and everything hanging off them, so that a delete (or any edit) can be
undone exactly: the same ids, the same rows. Used by the window's undo stack; plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table, delete, insert, or_, select

from kizuna_desktop.services import indexing
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Base, Contact, interaction_participants

T = Base.metadata.tables
# Tables whose rows have children: restoring one never replaces an existing row (a REPLACE
# deletes first, and the delete would cascade to the children).
PARENTS = {"contacts", "interactions", "ledger_entries"}
# Parents before children, so that restoring in this order satisfies every foreign key.
ORDER = ["contacts", "contact_methods", "addresses", "contact_tags", "positions", "interactions",
         "interaction_participants", "follow_ups", "introductions", "ledger_entries",
         "ledger_participants", "nengajo_marks"]


@dataclass
class Snapshot:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    contact_ids: set[int] = field(default_factory=set)

    def add(self, table: str, rows) -> None:
        self.rows.setdefault(table, []).extend(dict(r._mapping) for r in rows)


def _rows(session, table: Table, *conds):
    return session.execute(select(table).where(*conds)).all()


def contact(journal: Journal, contact_id: int) -> Snapshot:
    """The contact with its methods, tags, positions, follow-ups, gifts, introductions, the
    interactions only they attended (a delete removes those) and their place in the others."""
    snap = Snapshot(contact_ids={contact_id})
    p = interaction_participants
    with journal.session() as s:
        snap.add("contacts", _rows(s, T["contacts"], T["contacts"].c.id == contact_id))
        for name in ("contact_methods", "addresses", "contact_tags", "positions", "follow_ups",
                     "ledger_entries", "nengajo_marks"):
            snap.add(name, _rows(s, T[name], T[name].c.contact_id == contact_id))
        intro = T["introductions"].c
        snap.add("introductions", _rows(s, T["introductions"], or_(
            intro.introducer_id == contact_id, intro.introduced_id == contact_id,
            intro.introduced_to_id == contact_id)))
        mine = select(p.c.interaction_id).where(p.c.contact_id == contact_id)
        shared = select(p.c.interaction_id).where(p.c.interaction_id.in_(mine),
                                                  p.c.contact_id != contact_id)
        solo = _rows(s, T["interactions"], T["interactions"].c.id.in_(mine),
                     T["interactions"].c.id.not_in(shared))
        snap.add("interactions", solo)
        solo_ids = [r.id for r in solo]
        snap.add("follow_ups", _rows(s, T["follow_ups"], T["follow_ups"].c.interaction_id.in_(
            solo_ids), T["follow_ups"].c.contact_id != contact_id))
        snap.add("interaction_participants", _rows(s, p, p.c.contact_id == contact_id))
        lp = T["ledger_participants"].c  # others involved in their gifts, and they in others'
        own = select(T["ledger_entries"].c.id).where(T["ledger_entries"].c.contact_id ==
                                                     contact_id)
        snap.add("ledger_participants", _rows(s, T["ledger_participants"], or_(
            lp.contact_id == contact_id, lp.entry_id.in_(own))))
    return snap


def interaction(journal: Journal, interaction_id: int) -> Snapshot:
    p = interaction_participants
    with journal.session() as s:
        snap = Snapshot()
        snap.add("interactions", _rows(s, T["interactions"], T["interactions"].c.id ==
                                       interaction_id))
        parts = _rows(s, p, p.c.interaction_id == interaction_id)
        snap.add("interaction_participants", parts)
        snap.contact_ids = {r.contact_id for r in parts}
        # Follow-ups pointing at it lose the link on delete (SET NULL); keep it to restore.
        snap.add("follow_ups", _rows(s, T["follow_ups"],
                                     T["follow_ups"].c.interaction_id == interaction_id))
    return snap


def follow_up(journal: Journal, follow_up_id: int) -> Snapshot:
    with journal.session() as s:
        snap = Snapshot()
        snap.add("follow_ups", _rows(s, T["follow_ups"], T["follow_ups"].c.id == follow_up_id))
    return snap


def positions(journal: Journal, contact_id: int) -> Snapshot:
    with journal.session() as s:
        snap = Snapshot(contact_ids={contact_id})
        snap.add("positions", _rows(s, T["positions"], T["positions"].c.contact_id == contact_id))
    return snap


def restore(journal: Journal, snap: Snapshot) -> None:
    """Put the snapshot's rows back (replacing rows with the same keys) in one transaction,
    then bring the affected contacts' derived columns up to date."""
    with journal.session() as s:
        _place_restored_contacts(s, snap)
        for name in ORDER:
            rows = snap.rows.get(name)
            if rows:
                verb = "OR IGNORE" if name in PARENTS else "OR REPLACE"
                s.execute(insert(T[name]).prefix_with(verb), rows)
        s.flush()
        # Contacts restored whole keep their stored derived columns; the others present at a
        # restored interaction get their last-contact date recomputed.
        whole = {r["id"] for r in snap.rows.get("contacts", [])}
        ids = (set(snap.contact_ids) | {r["contact_id"] for r in
                                        snap.rows.get("interaction_participants", [])}) - whole
        indexing.refresh_last_interaction(s, ids)
        if "positions" in snap.rows:  # organisations are part of the search text
            indexing.refresh_ids(s, snap.contact_ids - whole)
        s.expire_all()


def _place_restored_contacts(session, snap: Snapshot) -> None:
    """A contact coming back keeps its rank when that is still free and between the right
    names; else it takes a fresh one between its neighbours of today."""
    gone = [r for r in snap.rows.get("contacts", []) if session.get(Contact, r["id"]) is None]
    if all(indexing.rank_fits(session, r["sort_rank"], r["sort_key"]) for r in gone):
        return  # (if one must move, all of them do: a kept rank could meet a new one)
    for row, rank in zip(gone, indexing.assign_ranks(session, [r["sort_key"] for r in gone]),
                         strict=True):
        row["sort_rank"] = rank


def replace_positions(journal: Journal, snap: Snapshot) -> None:
    """Make a contact's positions exactly those of ``snap`` (undo of a transfer or edit)."""
    (cid,) = snap.contact_ids
    with journal.session() as s:
        s.execute(delete(T["positions"]).where(T["positions"].c.contact_id == cid))
    restore(journal, snap)

