"""Derived columns on contacts: the sort key, the folded search text, the last interaction.

Kept up to date by the services on every write that affects them; ``kizuna check`` verifies
them and ``rebuild`` recomputes them all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, text, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.services.japanese import (
    fold,
    has_cjk,
    hepburn,
    romaji_variants,
    sort_key,
)
from kizuna_desktop.store.db import begin_write, raw_rows, run_each
from kizuna_desktop.store.models import (
    Contact,
    Interaction,
    MethodKind,
    Organization,
    Position,
    interaction_participants,
)

SEP = " | "


def contact_sort_key(c: Contact) -> str:
    return sort_key(
        reading=" ".join(p for p in (c.family_reading, c.given_reading) if p),
        latin=" ".join(p for p in (c.family_latin, c.given_latin) if p),
        written=" ".join(p for p in (c.family_name, c.given_name) if p),
    )


def contact_search_text(c: Contact, organizations: Iterable[Organization]) -> str:
    """Every form under which a user may look a contact up, folded (see japanese.fold)."""
    parts: list[str] = [
        c.family_name,
        c.given_name,
        c.family_name + c.given_name,
        c.family_reading,
        c.given_reading,
        (c.family_reading + c.given_reading).replace(" ", ""),
        c.family_latin,
        c.given_latin,
    ]
    for reading in (c.family_reading, c.given_reading):
        parts.extend(romaji_variants(reading))
    # Names with no reading stored still get a romaji guess from their kanji.
    for name, reading in ((c.family_name, c.family_reading), (c.given_name, c.given_reading)):
        if name and not reading and has_cjk(name):
            parts.append(hepburn(name).replace("'", ""))
    for m in c.methods:
        if m.kind in (MethodKind.EMAIL, MethodKind.LINE, MethodKind.LINKEDIN, MethodKind.X,
                      MethodKind.INSTAGRAM, MethodKind.FACEBOOK):
            parts.append(m.value)
    for o in organizations:
        parts.extend((o.name_ja, o.name_en))
    for t in c.tags:
        parts.append("#" + t.name)
    # Ends with the separator: every character is then followed by two more, so each one
    # starts a trigram of the search index (one- and two-character searches rely on it).
    # Folded in one piece (the parts' own spaces run into the separator's and are folded
    # away): a third of the time of folding each part.
    return fold(SEP.join(p for p in parts if p and p.strip())) + SEP


def place(session: Session, contact: Contact) -> bool:
    """Give a new contact, or one whose sort key changed, its sort key and a rank between
    its neighbours in list order. Call before the contact is first flushed. Returns whether
    it took a new rank."""
    key = contact_sort_key(contact)
    if contact.sort_rank is not None and key == contact.sort_key:
        return False
    with session.no_autoflush:
        (contact.sort_rank,) = assign_ranks(session, [key], exclude_id=contact.id)
    contact.sort_key = key
    return True


def refresh(session: Session, contact: Contact) -> None:
    """Recompute a loaded contact's sort key and search text (call after editing it)."""
    place(session, contact)
    state = sa_inspect(contact)
    if state.pending or state.attrs.sort_rank.history.has_changes():
        # A new contact gets its stamps, and a new rank is taken before another contact
        # looks for one; any other change is written with the caller's next flush.
        session.flush()
    with session.no_autoflush:  # organisations already loaded are taken with no query
        found = {}
        for p in contact.positions:
            o = p.organization or session.get(Organization, p.organization_id)
            found[o.id] = o
        orgs = [found[k] for k in sorted(found)]
    contact.search_text = contact_search_text(contact, orgs)
    contact.cold_after = cold_after(contact.last_interaction_at or contact.created_at,
                                    contact.cadence_days)


def cold_after(since: datetime | None, cadence_days: int | None) -> datetime | None:
    """When a contact's keep-in-touch cadence lapses."""
    if since is None or not cadence_days:
        return None
    return since + timedelta(days=cadence_days)


COLD_AFTER_SQL = (
    "CASE WHEN cadence_days IS NULL THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%f000', "
    "coalesce(last_interaction_at, created_at), '+' || cadence_days || ' days') END")


def refresh_cold_after(session: Session, contact_ids: Iterable[int]) -> None:
    ids = list(set(contact_ids))
    for start in range(0, len(ids), 500):
        session.execute(
            update(Contact).where(Contact.id.in_(ids[start:start + 500]))
            .values(cold_after=text(COLD_AFTER_SQL), updated_at=Contact.updated_at)
            .execution_options(synchronize_session=False))


def refresh_ids(session: Session, contact_ids: Iterable[int]) -> None:
    ids = list(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        contacts = session.scalars(
            select(Contact)
            .where(Contact.id.in_(chunk))
            .options(
                selectinload(Contact.methods),
                selectinload(Contact.tags),
                selectinload(Contact.positions).selectinload(Position.organization),
            )
        ).all()
        for c in contacts:
            refresh(session, c)


def contacts_at_organization(session: Session, organization_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Position.contact_id)
            .where(Position.organization_id == organization_id)
            .distinct()
        )
    )


def last_interaction_subquery(contact_id_column):
    return (
        select(func.max(Interaction.occurred_at))
        .join(
            interaction_participants,
            interaction_participants.c.interaction_id == Interaction.id,
        )
        .where(interaction_participants.c.contact_id == contact_id_column)
        .scalar_subquery()
    )


def last_zone_subquery(contact_id_column):
    """The zone of the contact's latest interaction (the later id of two at one instant)."""
    return (
        select(Interaction.zone)
        .join(
            interaction_participants,
            interaction_participants.c.interaction_id == Interaction.id,
        )
        .where(interaction_participants.c.contact_id == contact_id_column)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def refresh_last_interaction(session: Session, contact_ids: Iterable[int]) -> None:
    ids = list(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            update(Contact)
            .where(Contact.id.in_(chunk))
            # A derived column: recomputing it is not an edit of the contact.
            .values(last_interaction_at=last_interaction_subquery(Contact.id),
                    last_interaction_zone=last_zone_subquery(Contact.id),
                    updated_at=Contact.updated_at)
            .execution_options(synchronize_session=False)
        )
        _refresh_offsets(session, chunk)
    refresh_cold_after(session, ids)


def zone_offset_minutes(when: datetime, zone: str | None) -> int | None:
    """The UTC offset (minutes) of ``zone`` at ``when`` (naive UTC, as stored)."""
    from datetime import UTC

    from kizuna_desktop.text import zones

    if when is None:
        return None
    if not zone or not zones.is_zone(zone):
        return 0
    try:
        off = when.replace(tzinfo=UTC).astimezone(zones.get(zone)).utcoffset()
    except OverflowError:
        return 0
    return int(off.total_seconds() // 60) if off is not None else 0


def _refresh_offsets(session: Session, ids: list[int]) -> None:
    """Each contact's last-interaction offset from its (just recomputed) instant and zone:
    zone rules are Python's, not SQLite's."""
    rows = session.execute(select(Contact.id, Contact.last_interaction_at,
                                  Contact.last_interaction_zone)
                           .where(Contact.id.in_(ids))).all()
    values = [{"i": cid, "o": zone_offset_minutes(at, zone)} for cid, at, zone in rows]
    if values:
        session.execute(text("UPDATE contacts SET last_interaction_offset = :o WHERE id = :i"),
                        values)


def bump_last_interaction(session: Session, contact_ids: list[int], when: datetime,
                          zone: str | None = None) -> None:
    """A new interaction at ``when`` (in ``zone``): later than a contact's last one, it becomes
    the last (constant time, unlike a recomputation over the contact's whole history)."""
    session.execute(
        update(Contact)
        .where(Contact.id.in_(list(contact_ids)),
               or_(Contact.last_interaction_at.is_(None), Contact.last_interaction_at <= when))
        .values(last_interaction_at=when, last_interaction_zone=zone,
                last_interaction_offset=zone_offset_minutes(when, zone),
                updated_at=Contact.updated_at)
        .execution_options(synchronize_session=False)
    )
    refresh_cold_after(session, contact_ids)


def rebuild(session: Session) -> int:
    """Recompute every contact's derived columns. Returns how many contacts were visited."""
    ids = list(session.scalars(select(Contact.id)))
    refresh_ids(session, ids)
    refresh_last_interaction(session, ids)
    return len(ids)


def compact_search_index(session: Session) -> None:
    """Merge the search index into one segment after bulk work (an import, a rebuild). Every
    word looked up costs a seek per segment, and bulk writes leave dozens of them: at 100,000
    contacts a lookup takes about 0.1 ms before and 0.013 ms after (about 2 s of merging).
    Everyday edits add small segments that SQLite merges as it goes."""
    session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')"))


@contextmanager
def _set_aside(session: Session, names: tuple[str, ...]) -> Iterator[None]:
    """Drop these triggers and indexes of the contacts table for the block and put them back
    exactly as the schema has them. The session's transaction is opened first, so that a
    rollback brings them back too; when the block fails they are put back at once as well."""
    begin_write(session)
    kept = session.execute(text(
        "SELECT name, type, sql FROM sqlite_master WHERE tbl_name = 'contacts' AND name IN "
        f"({', '.join(repr(n) for n in names)})")).all()
    for name, kind, _sql in kept:
        session.execute(text(f"DROP {kind.upper()} {name}"))
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the error that got here matters, not this one
            for _name, _kind, sql in kept:
                session.execute(text(sql))
        raise
    for _name, _kind, sql in kept:
        session.execute(text(sql))


# While the search index is written in bulk, it keeps this much in memory before writing a
# segment out (SQLite's default is 1 MB: 10,000 new contacts then make a dozen segments, which
# it merges as it goes, three times the work of writing one).
BULK_HASH_SIZE = 64 * 1024 * 1024


@contextmanager
def search_index_deferred(session: Session, first_id: int,
                          changing: Iterable[int] = ()) -> Iterator[None]:
    """For writing thousands of contacts at once: new ones (ids from ``first_id`` on) and
    changes to the existing ones listed in ``changing``. The search index's insert and update
    triggers are set aside and the index is brought up to date at the end, in one pass in
    rank order. Row by row, every write whose rank comes lower than the one before makes
    SQLite write out what it holds as a new segment: 10,000 new contacts took 2 s instead of
    0.3 s, and each merge into an existing contact 1 ms instead of 0.05 ms.

    Only these writes may happen inside: a change to any other contact, or a deletion, would
    leave the index out of step. Renumbering inside (it rebuilds the index from the table)
    is noticed, and the index is then rebuilt again at the end."""
    changing = sorted(set(changing))
    session.flush()
    with _set_aside(session, ("contacts_fts_ai", "contacts_fts_au")):
        before = _index_entries(session, changing)
        rebuilt = session.info.get(_REBUILDS, 0)
        yield
        session.flush()
    if session.info.get(_REBUILDS, 0) != rebuilt:
        session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')"))
        return
    after = _index_entries(session, changing)
    # (rank, 0: out of the index / 1: into it, text), in rank order, taking out before
    # putting in at one rank: the order in which SQLite can add them to what it holds.
    ops = [(rank, 1, txt) for cid, (rank, txt) in after.items() if before.get(cid) != (rank, txt)]
    ops += [(rank, 0, txt) for cid, (rank, txt) in before.items() if after.get(cid) != (rank, txt)]
    ops += [(rank, 1, txt) for rank, txt in raw_rows(
        session, "SELECT sort_rank, search_text FROM contacts WHERE id >= ?", (first_id,))]
    ops.sort(key=lambda op: (op[0], op[1]))
    config = raw_rows(session, "SELECT v FROM contacts_fts_config WHERE k = 'hashsize'", ())
    _set_hash_size(session, BULK_HASH_SIZE)
    run_each(session, ((_INTO if into else _OUT_OF, (rank, txt)) for rank, into, txt in ops))
    # Back as it was (what SQLite holds is written out as one segment at the commit).
    _set_hash_size(session, config[0][0] if config else 1024 * 1024)
    if not config:
        session.execute(text("DELETE FROM contacts_fts_config WHERE k = 'hashsize'"))


_REBUILDS = "kizuna.search_index_rebuilds"  # in session.info: renumbering counts there


_INTO = "INSERT INTO contacts_fts(rowid, search_text) VALUES (?, ?)"
_OUT_OF = "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) VALUES ('delete', ?, ?)"


def _index_entries(session: Session, ids: list[int]) -> dict[int, tuple[int, str]]:
    """Each of these contacts' entry in the search index, as its row gives it: (rank, text)."""
    out: dict[int, tuple[int, str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for cid, rank, txt in raw_rows(
                session, "SELECT id, sort_rank, search_text FROM contacts WHERE id IN "
                f"({', '.join('?' * len(part))})", tuple(part)):
            out[cid] = (rank, txt)
    return out


def _set_hash_size(session: Session, size: int) -> None:
    session.execute(text("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('hashsize', :n)"),
                    {"n": int(size)})


# Ranks: contacts.sort_rank follows list order (sort_key, then the order contacts arrived in)
# with wide gaps, so that a new or renamed contact takes a rank between its neighbours without
# moving anyone else. Ranks are 63-bit; a gap halves at worst with each insertion into it.
RANK_STEP = 1 << 32  # after the last contact, before the first
RANK_MAX = (1 << 63) - 1
_FEW = 50  # up to this many keys, neighbours are looked up one by one


class _NoRoom(Exception):
    pass


def _neighbours(session: Session, key: str, exclude_id: int | None
                ) -> tuple[int | None, int | None]:
    others = Contact.id != exclude_id if exclude_id is not None else Contact.id.is_not(None)
    prev = session.scalar(select(Contact.sort_rank).where(Contact.sort_key <= key, others)
                          .order_by(Contact.sort_key.desc(), Contact.sort_rank.desc()).limit(1))
    nxt = session.scalar(select(Contact.sort_rank).where(Contact.sort_key > key, others)
                         .order_by(Contact.sort_key, Contact.sort_rank).limit(1))
    return prev, nxt


def rank_fits(session: Session, rank: int, key: str) -> bool:
    """Whether a contact with ``key`` may take ``rank``: free, and between names that sort
    before and after it."""
    if session.scalar(select(Contact.id).where(Contact.sort_rank == rank)) is not None:
        return False
    before = session.scalar(select(Contact.sort_key).where(Contact.sort_rank < rank)
                            .order_by(Contact.sort_rank.desc()).limit(1))
    after = session.scalar(select(Contact.sort_key).where(Contact.sort_rank > rank)
                           .order_by(Contact.sort_rank).limit(1))
    return (before is None or before <= key) and (after is None or key <= after)


def _spread(prev: int | None, nxt: int | None, m: int) -> list[int]:
    if prev is None and nxt is None:
        prev = 0
    if prev is None:
        prev = nxt - (m + 1) * RANK_STEP
    if nxt is None:
        nxt = prev + (m + 1) * RANK_STEP
    if nxt - prev <= m or prev < -RANK_MAX or nxt > RANK_MAX:
        raise _NoRoom
    return [prev + (nxt - prev) * (i + 1) // (m + 1) for i in range(m)]


def assign_ranks(session: Session, keys: list[str], exclude_id: int | None = None) -> list[int]:
    """Ranks for contacts about to take these sort keys (one per key, in the keys' order),
    each between its neighbours in list order; equal keys keep the order given, after the
    contacts already there. ``exclude_id`` is a contact being moved. When a gap is too narrow
    the whole list is renumbered first (rare: about 40 insertions at one place)."""
    if not keys:
        return []
    for _attempt in range(2):
        try:
            return _assign(session, keys, exclude_id)
        except _NoRoom:
            renumber(session, extra=len(keys))
    raise RuntimeError("no room for new ranks after renumbering")  # pragma: no cover


def _assign(session: Session, keys: list[str], exclude_id: int | None) -> list[int]:
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    groups: dict[tuple[int | None, int | None], list[int]] = {}
    if len(keys) <= _FEW:
        for i in order:
            groups.setdefault(_neighbours(session, keys[i], exclude_id), []).append(i)
    else:
        # In (key, rank) order, which is list order, read from the index on those columns
        # alone (ordered by rank, each row would be looked up in the table: 3x slower).
        if session.autoflush:  # as a query through the session would
            session.flush()
        rows = raw_rows(session, "SELECT sort_key, sort_rank FROM contacts WHERE id != ? "
                        "ORDER BY sort_key, sort_rank", (exclude_id or -1,))
        have_keys = [r[0] for r in rows]
        ranks = [r[1] for r in rows]
        for i in order:
            at = bisect_right(have_keys, keys[i])
            gap = (ranks[at - 1] if at else None, ranks[at] if at < len(ranks) else None)
            groups.setdefault(gap, []).append(i)
    out = [0] * len(keys)
    for (prev, nxt), members in groups.items():
        for i, rank in zip(members, _spread(prev, nxt, len(members)), strict=True):
            out[i] = rank
    return out


def renumber(session: Session, extra: int = 0) -> None:
    """Space every contact's rank evenly again, in list order (sort_key, then rank). The
    search index is keyed by rank: it is rebuilt rather than updated row by row. Works on
    the rows as stored (nothing is flushed: a contact being placed has no rank yet)."""
    n = session.scalar(select(func.count()).select_from(Contact)) or 0
    spacing = max(1, (1 << 62) // (n + extra + 1))
    # The unique index and the index's triggers would trip over ranks mid-update.
    with _set_aside(session, ("contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au",
                              "ix_contacts_rank")):
        session.execute(text(
            f"UPDATE contacts SET sort_rank = r.n * {spacing}, updated_at = updated_at FROM "
            "(SELECT id, row_number() OVER (ORDER BY sort_key, sort_rank) AS n FROM contacts) "
            "AS r WHERE r.id = contacts.id"))
    session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')"))
    session.info[_REBUILDS] = session.info.get(_REBUILDS, 0) + 1
    compact_search_index(session)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Contact):
            session.expire(obj, ["sort_rank"])
