"""Derived columns on contacts: the sort key, the folded search text, the last interaction.

Kept up to date by the services on every write that affects them; ``kizuna check`` verifies
them and ``rebuild`` recomputes them all.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.services.japanese import (
    fold,
    has_cjk,
    hepburn,
    romaji_variants,
    sort_key,
)
from kizuna_desktop.store import fts, search_sql
from kizuna_desktop.store.db import begin_write
from kizuna_desktop.store.models import (
    Contact,
    Interaction,
    JournalSetting,
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


# The search text is three sections, each folded on its own, in the order search ranks
# them: the person's names (with handles and e-mail mailboxes, which name them too), their
# organisations (names, departments, whole e-mail addresses), then the rest (titles, phone
# numbers, region, interests, how you met, notes, #tags). The two marks between them are
# controls that folding takes for spaces: no folded search word contains one or spans them.
ORGS_MARK = "\x1e"
REST_MARK = "\x1f"
# The names section also appears a second time, each character shifted into the private-use
# plane 15: a word shifted the same way is found by the trigram index among the names only,
# so "name matches first" is a query the index answers, not a scan of every match (checking
# each match's sections took 40-90 ms for "yamada" at 100,000 contacts: thousands of people at
# Yamada companies come before the Yamadas in list order). Characters past the BMP are left
# as they are. Organisations have no copy of their own (it made the journal twice the size
# and each keystroke three queries): they rank with the rest.
NAMES_PLANE = 0xF0000
_SHIFT = {c: NAMES_PLANE + c for c in range(0x21, 0xFFFE)}


def in_names(word: str) -> str:
    """``word`` as the names section's shifted copy holds it."""
    return word.translate(_SHIFT)
HANDLES = (MethodKind.EMAIL, MethodKind.LINE, MethodKind.LINKEDIN, MethodKind.X,
           MethodKind.INSTAGRAM, MethodKind.FACEBOOK)
_NOT_DIGIT = re.compile(r"[^0-9]")


def phone_forms(value: str) -> list[str]:
    """A phone number as the digits a user may type: national (0355550101) and
    international (+81355550101); a search for 03-5555 or +81 3 5555 is folded the same way
    (search.phone_query)."""
    digits = _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", value))
    if len(digits) < 3:
        return []
    international = unicodedata.normalize("NFKC", value).lstrip().startswith("+")
    if international:
        forms = ["+" + digits]
        if digits.startswith("81"):
            forms.append("0" + digits[2:])
        return forms
    if digits.startswith("0") and not digits.startswith("00"):
        return [digits, "+81" + digits[1:]]
    return [digits]


def _section(parts: Iterable[str]) -> str:
    # Folded in one piece (the parts' own spaces run into the separator's and are folded
    # away): a third of the time of folding each part. Each word once.
    folded = fold(SEP.join(p for p in parts if p and p.strip()))
    return SEP.join(dict.fromkeys(folded.split(SEP)))


def contact_search_text(c: Contact, organizations: Iterable[Organization]) -> str:
    """Every form under which a user may look a contact up, folded (see japanese.fold), in
    three sections: names, organisations, the rest (see ORGS_MARK)."""
    names: list[str] = [
        c.family_name,
        c.given_name,
        c.family_name + c.given_name,
        c.family_reading,
        c.given_reading,
        (c.family_reading + c.given_reading).replace(" ", ""),
        c.family_latin,
        c.given_latin,
        getattr(c, "nickname", ""),
        getattr(c, "middle_name", ""),
    ]
    for reading in (c.family_reading, c.given_reading):
        names.extend(romaji_variants(reading))
    # Names with no reading stored still get a romaji guess from their kanji.
    for name, reading in ((c.family_name, c.family_reading), (c.given_name, c.given_reading)):
        if name and not reading and has_cjk(name):
            names.append(hepburn(name).replace("'", ""))
    rest: list[str] = []
    orgs: list[str] = []
    for m in c.methods:
        if m.kind == MethodKind.EMAIL:
            # The mailbox names the person; the whole address (its domain) the company.
            names.append(m.value.partition("@")[0])
            orgs.append(m.value)
        elif m.kind in HANDLES:
            names.append(m.value)
        elif m.kind == MethodKind.PHONE:
            rest.extend(phone_forms(m.value))
    for o in organizations:
        orgs.extend((o.name_ja, o.name_en))
    for p in getattr(c, "positions", ()):
        orgs.extend((p.department_ja, p.department_en))
        rest.extend((p.title_ja, p.title_en))
    rest.extend((getattr(c, "region", ""), getattr(c, "interests", ""),
                 getattr(c, "how_we_met", ""), getattr(c, "notes", "")))
    for t in c.tags:
        rest.append("#" + t.name)
    # Ends with the separator: every character is then followed by two more, so each one
    # starts a trigram of the search index (one- and two-character searches rely on it).
    named = _section(names)
    return (named + SEP + in_names(named) + f" {ORGS_MARK} " + _section(orgs)
            + f" {REST_MARK} " + _section(rest) + SEP)


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


COLD_AFTER_SQL = search_sql.COLD_AFTER_SQL  # for bench/generate.py


def refresh_cold_after(session: Session, contact_ids: Iterable[int]) -> None:
    search_sql.refresh_cold_after(session, list(set(contact_ids)))


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


def _counted_until(until: datetime | None) -> datetime:
    """Last contact counts the past only: a planned meeting (an interaction still ahead)
    counts from its time on (services/meetings.count_passed). Naive UTC, as stored."""
    from kizuna_desktop.store.models import utcnow

    return until if until is not None else utcnow()


def last_interaction_subquery(contact_id_column, until: datetime | None = None):
    return (
        select(func.max(Interaction.occurred_at))
        .join(
            interaction_participants,
            interaction_participants.c.interaction_id == Interaction.id,
        )
        .where(interaction_participants.c.contact_id == contact_id_column,
               Interaction.occurred_at <= _counted_until(until))
        .scalar_subquery()
    )


def last_zone_subquery(contact_id_column, until: datetime | None = None):
    """The zone of the contact's latest interaction (the later id of two at one instant)."""
    return (
        select(Interaction.zone)
        .join(
            interaction_participants,
            interaction_participants.c.interaction_id == Interaction.id,
        )
        .where(interaction_participants.c.contact_id == contact_id_column,
               Interaction.occurred_at <= _counted_until(until))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def refresh_last_interaction(session: Session, contact_ids: Iterable[int],
                             until: datetime | None = None) -> None:
    """Recompute the contacts' last contact from their interactions up to ``until`` (naive
    UTC; default now): planned meetings still ahead do not count."""
    ids = list(set(contact_ids))
    until = _counted_until(until)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            update(Contact)
            .where(Contact.id.in_(chunk))
            # A derived column: recomputing it is not an edit of the contact.
            .values(last_interaction_at=last_interaction_subquery(Contact.id, until),
                    last_interaction_zone=last_zone_subquery(Contact.id, until),
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
    search_sql.set_offsets(session, ((cid, zone_offset_minutes(at, zone))
                                     for cid, at, zone in rows))


def bump_last_interaction(session: Session, contact_ids: list[int], when: datetime,
                          zone: str | None = None) -> None:
    """A new interaction at ``when`` (in ``zone``): later than a contact's last one, it becomes
    the last (constant time, unlike a recomputation over the contact's whole history). One
    still ahead (a planned meeting) is not contact yet: it counts once its time has come."""
    if when > _counted_until(None):
        return
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


# What the search text holds, as a number kept in the journal (journal_settings): a journal
# whose search text was made by an older version has it recomputed once when it is opened
# for writing (bring_up_to_date). 4: the three sections with phones, titles, notes..., and
# the shifted copy of the names.
SEARCH_TEXT_VERSION = 4
SEARCH_TEXT_KEY = "search_text_version"


def search_text_version(session: Session) -> int:
    value = session.scalar(select(JournalSetting.value)
                           .where(JournalSetting.key == SEARCH_TEXT_KEY))
    try:
        return int(value) if value is not None else 1
    except ValueError:
        return 1


def mark_search_text_current(session: Session) -> None:
    row = session.scalar(select(JournalSetting).where(JournalSetting.key == SEARCH_TEXT_KEY))
    if row is None:
        session.add(JournalSetting(key=SEARCH_TEXT_KEY, value=str(SEARCH_TEXT_VERSION)))
    else:
        row.value = str(SEARCH_TEXT_VERSION)


def search_text_outdated(session: Session) -> bool:
    """Whether some contact's search text was made by an older version: the journal says
    so, and a contact's text lacks the sections (a journal made by this version through
    Journal.open alone has no version recorded, and nothing to redo)."""
    if search_text_version(session) >= SEARCH_TEXT_VERSION:
        return False
    return session.scalar(select(Contact.id).where(
        Contact.search_text.not_like(f"%{ORGS_MARK}%")).limit(1)) is not None


def bring_up_to_date(session: Session) -> int:
    """Recompute every contact's search text when the journal's was made by an older version
    (in one pass over the index, then compacted). Returns how many contacts were redone."""
    if search_text_version(session) >= SEARCH_TEXT_VERSION:
        return 0
    # Under the write lock, and asked again: two processes opening the journal at once (two
    # `kizuna import`s) would both record the version (an IntegrityError for the second).
    begin_write(session)
    if search_text_version(session) >= SEARCH_TEXT_VERSION:
        return 0
    if not search_text_outdated(session):
        mark_search_text_current(session)
        return 0
    ids = list(session.scalars(select(Contact.id)))
    if ids:
        with search_index_deferred(session, max(ids) + 1, ids):
            refresh_ids(session, ids)
        compact_search_index(session)
    mark_search_text_current(session)
    return len(ids)


def compact_search_index(session: Session) -> None:
    """Merge the search index into one segment after bulk work (store.fts.compact)."""
    fts.compact(session)


def search_index_deferred(session: Session, first_id: int,
                          changing: Iterable[int] = ()):
    """For writing thousands of contacts at once: the search index brought up to date in
    one pass at the end (store.fts.deferred says what may happen inside)."""
    return fts.deferred(session, first_id, changing)


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
        rows = search_sql.keys_and_ranks(session, exclude_id)
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
    fts.renumber_ranks(session, spacing)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Contact):
            session.expire(obj, ["sort_rank"])
