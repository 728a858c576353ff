"""Carrying out an import plan (see exchange): new contacts written in bulk, records merged
into the contacts they match, the search index brought up to date once, all in one
transaction that reports progress and can be cancelled (leaving the journal unchanged)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats.records import Person
from kizuna_desktop.gcpause import paused_gc
from kizuna_desktop.services import contacts, indexing, validation
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import insert_many, larger_page_cache
from kizuna_desktop.store.models import Contact, MethodKind, Organization, Position

if TYPE_CHECKING:
    from kizuna_desktop.services.exchange import Item, Plan


class Cancelled(KizunaError):
    pass


@dataclass
class Result:
    created: int = 0
    merged: int = 0


# Values asked for in one query (an IN list). Where no index fits (organisation names in any
# case, family names), past this many one pass over every row is cheaper than a scan per few
# hundred values.
LOOKUP_LIMIT = 500


def _organization_names(session, name: str, cache: dict) -> tuple[int, str, str]:
    """(id, Japanese name, English name) of the organisation called ``name``, created when
    there is none; remembered in ``cache`` for the rest of the import."""
    key = name.casefold()
    if key not in cache:
        _resolve_organizations(session, [name], cache)
    return cache[key]


def _resolve_organizations(session, names: Iterable[str], cache: dict) -> None:
    """Find or create the organisations called ``names`` (a Japanese name as written, an
    English one in any case) with one query, into ``cache`` by folded name."""
    todo: dict[str, str] = {}
    for name in names:
        if name and name.casefold() not in cache:
            todo.setdefault(name.casefold(), name)
    if not todo:
        return
    by_ja: dict[str, tuple] = {}
    by_en: dict[str, tuple] = {}
    q = select(Organization.id, Organization.name_ja, Organization.name_en,
               func.lower(Organization.name_en)).order_by(Organization.id)
    if len(todo) <= LOOKUP_LIMIT:  # a few names: asked for; many: one pass over them all
        q = q.where(Organization.name_ja.in_(list(todo.values()))
                    | func.lower(Organization.name_en).in_(list(todo)))
    for oid, ja, en, en_lower in session.execute(q):
        by_ja.setdefault(ja, (oid, ja, en))
        by_en.setdefault(en_lower, (oid, ja, en))
    created: list[dict[str, str]] = []
    for key, name in todo.items():
        hits = [h for h in (by_ja.get(name), by_en.get(key)) if h is not None]
        if hits:
            cache[key] = min(hits)  # the first such organisation, as one query finds it
        else:
            japanese = any(ord(ch) > 0x2E80 for ch in name)
            created.append({"name_ja": name if japanese else "",
                            "name_en": "" if japanese else name})
    if created:
        # In one statement, then read back (RETURNING in order costs a statement a row).
        last = session.scalar(select(func.max(Organization.id))) or 0
        session.execute(insert(Organization), created)
        for oid, ja, en in session.execute(
                select(Organization.id, Organization.name_ja, Organization.name_en)
                .where(Organization.id > last)):
            cache[(ja or en).casefold()] = (oid, ja, en)


def _merge(existing: ContactInput, new: ContactInput) -> ContactInput:
    out = existing
    for name in ("family_name", "given_name", "family_reading", "given_reading",
                 "family_latin", "given_latin", "region", "interests", "how_we_met"):
        if not getattr(out, name) and getattr(new, name):
            setattr(out, name, getattr(new, name))
    if new.notes and new.notes not in out.notes:
        out.notes = (out.notes + "\n\n" + new.notes).strip()
    if out.birth_month is None and new.birth_month is not None:
        out.birth_year, out.birth_month, out.birth_day = (new.birth_year, new.birth_month,
                                                          new.birth_day)
    have = {(m.kind, m.value.strip().lower()) for m in out.methods}
    out.methods += [m for m in new.methods if (m.kind, m.value.strip().lower()) not in have]
    out.tags += [t for t in new.tags if t.casefold() not in {x.casefold() for x in out.tags}]
    return out


CHUNK = 500


COMPACT_AFTER = 500  # new contacts in one import after which the search index is compacted


def _sort_out(items: list[Item], first_id: int) -> tuple[list[tuple[int, Item]],
                                                        list[tuple[int, Item]]]:
    """Which records become new contacts (with the ids they will have) and which are merged
    into which contact: one found in the journal, or one this file creates earlier (the same
    e-mail)."""
    new: list[tuple[int, Item]] = []
    merges: list[tuple[int, Item]] = []
    by_email: dict[str, int] = {}
    next_id = first_id
    for item in items:
        mails = [m.value.strip().lower() for m in item.data.methods
                 if m.kind == MethodKind.EMAIL]
        target = item.duplicate_of or next(
            (by_email[m] for m in mails if m in by_email), None)
        if target is None:
            target, next_id = next_id, next_id + 1
            new.append((target, item))
        else:
            merges.append((target, item))
        for m in mails:
            by_email.setdefault(m, target)
    return new, merges


def apply(journal: Journal, p: Plan, progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None,
          before_commit: Callable[[], object] | None = None) -> Result:
    """Import the plan's contacts (merging duplicates) in one transaction. New contacts are
    written in bulk, a chunk at a time, then the merges are made; ``cancelled`` is asked
    between chunks, and when it says so everything is rolled back. ``before_commit`` is
    called last (waiting for the backup made alongside): if it raises, nothing is imported."""
    with paused_gc():  # see gcpause
        return _apply(journal, p, progress, cancelled, before_commit)


def _apply(journal: Journal, p: Plan, progress: Callable[[int, int], None] | None,
           cancelled: Callable[[], bool] | None,
           before_commit: Callable[[], object] | None) -> Result:
    total = len(p.items)
    orgs: dict = {}
    done = 0

    def step(n: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled("Import cancelled; nothing was imported.")
        done += n
        if progress is not None and n:
            progress(done, total)

    with journal.session() as s, larger_page_cache(s):
        first_id = (s.scalar(select(func.max(Contact.id))) or 0) + 1
        new, merges = _sort_out(p.items, first_id)
        # Ranks and organisations for every new contact at once: one walk of the list and a
        # query per few hundred names, not one per chunk or per name.
        keys = [indexing.contact_sort_key(item.data) for _, item in new]
        ranks = indexing.assign_ranks(s, keys)
        _resolve_organizations(s, (item.person.organization for _, item in new), orgs)
        step(0)
        # The search index is written once at the end, in rank order, for the new contacts
        # and the existing ones that records merge into.
        with indexing.search_index_deferred(
                s, first_id, {t for t, _ in merges if t < first_id}):
            for start in range(0, len(new), CHUNK):
                end = start + CHUNK
                _bulk_insert(s, new[start:end], keys[start:end], ranks[start:end], orgs)
                step(len(new[start:end]))
            # After the new contacts: some records merge into them.
            for start in range(0, len(merges), CHUNK):
                _merge_chunk(s, merges[start:start + CHUNK], orgs)
                step(len(merges[start:start + CHUNK]))
        # A large import into a small journal is most of the search index: it is merged into
        # one segment (at 10,000 contacts, 0.2 s), for an index bigger than SQLite holds in
        # memory is written in several. Into a large journal that would rewrite the whole
        # index (2.5 s at 100,000) for little: the import adds one segment (0.05 ms a
        # lookup), and SQLite merges segments as the index grows.
        if len(new) >= COMPACT_AFTER and len(new) * 4 >= (
                s.scalar(select(func.count()).select_from(Contact)) or 0):
            indexing.compact_search_index(s)
        if before_commit is not None:
            before_commit()
            step(0)  # a Cancel pressed while it waited still rolls back
    return Result(created=len(new), merged=len(merges))


def _bulk_insert(session, rows: list[tuple[int, Item]], keys: list[str], ranks: list[int],
                 orgs: dict) -> None:
    """New contacts with their methods, tags and positions, as the services would write
    them (same derived columns), in a few statements."""
    if not rows:
        return
    from types import SimpleNamespace

    from kizuna_desktop.store.models import Base, utcnow

    t = Base.metadata.tables
    now = utcnow()
    contact_rows, method_rows, tag_rows, position_rows, photos = [], [], [], [], []
    tag_ids: dict[str, int] = {}
    for (cid, item), key, rank in zip(rows, keys, ranks, strict=True):
        d, person = item.data, item.person
        org_view = []
        if person.organization:
            org_id, name_ja, name_en = orgs[person.organization.casefold()]
            org_view = [SimpleNamespace(name_ja=name_ja, name_en=name_en)]
            position_rows.append({"contact_id": cid, "organization_id": org_id,
                                  "department_ja": "", "department_en": "", "title_ja": "",
                                  "title_en": "", "start_date": None, "end_date": None,
                                  **_role_fields(person)})
        shim = SimpleNamespace(**{k: getattr(d, k) for k in (
            "family_name", "given_name", "family_reading", "given_reading", "family_latin",
            "given_latin")}, methods=d.methods, tags=[SimpleNamespace(name=x) for x in d.tags])
        contact_rows.append({
            "id": cid, **{k: getattr(d, k) for k in contacts._INPUT_FIELDS},
            "archived": False, "photo": None, "created_at": now, "updated_at": now,
            "sort_key": key, "sort_rank": rank,
            "search_text": indexing.contact_search_text(shim, org_view),
            "last_interaction_at": None,
            "cold_after": indexing.cold_after(now, d.cadence_days)})
        method_rows += [{"contact_id": cid, "kind": m.kind.value, "label": m.label,
                         "value": m.value, "position": i} for i, m in enumerate(d.methods)]
        for name in d.tags:
            folded = name.casefold()
            if folded not in tag_ids:
                (tag,) = contacts.tags_named(session, [name])
                session.flush()
                tag_ids[folded] = tag.id
            tag_rows.append({"contact_id": cid, "tag_id": tag_ids[folded]})
        if person.photo:
            photos.append((cid, person.photo))
    # In list order: FTS5 starts a new segment whenever a rowid (the rank) comes lower than
    # the one before.
    contact_rows.sort(key=lambda r: r["sort_rank"])
    session.flush()  # tags made above go in first
    for name, batch in (("contacts", contact_rows), ("contact_methods", method_rows),
                        ("contact_tags", tag_rows), ("positions", position_rows)):
        insert_many(session, t[name], batch)
    for cid, photo in photos:
        if validation.image(photo, "photo", contacts.PHOTO_LIMIT_MB) is None:
            session.get(Contact, cid).photo = photo
    session.flush()


def _merge_chunk(session, merges: list[tuple[int, Item]], orgs: dict) -> None:
    """Merge records into the contacts they belong to, as ``contacts.update`` would (the
    same checks and derived columns), with the contacts loaded together and written in one
    flush: a merge costs a few queries instead of a dozen. A record's organisation becomes a
    position when the contact holds none there now; a photo fills a missing one."""
    from sqlalchemy.orm import selectinload

    targets = sorted({t for t, _ in merges})
    loaded = {c.id: c for c in session.scalars(
        select(Contact).where(Contact.id.in_(targets)).options(
            selectinload(Contact.methods), selectinload(Contact.tags),
            selectinload(Contact.positions).selectinload(Position.organization)))}
    with session.no_autoflush:  # written together at the end, not a few at each query
        for target, item in merges:
            c = loaded[target]
            held = contacts.detail_of(c).to_input()
            current = contacts.validate(held)  # a copy: _merge may then change ``held``
            merged = contacts.validate(_merge(held, item.data))
            person = item.person
            moved = False
            if person.organization:
                org_id = _organization_names(session, person.organization, orgs)[0]
                if not any(p.organization_id == org_id and p.end_date is None
                           for p in c.positions):
                    # The id too: a later record of this chunk compares ids before any flush.
                    c.positions.append(Position(
                        organization_id=org_id, organization=session.get(Organization, org_id),
                        **_role_fields(person)))
                    moved = True
            if merged != current or moved:  # a record that adds nothing writes nothing
                contacts.apply_input(session, c, merged)  # re-indexed with the new position too
            if (person.photo and c.photo is None
                    and validation.image(person.photo, "photo", contacts.PHOTO_LIMIT_MB) is None):
                c.photo = person.photo  # an unusable photo is left out; the contact is merged
    session.flush()


def _role_fields(p: Person) -> dict[str, str]:
    japanese = any(ord(ch) > 0x2E80 for ch in p.department + p.title)
    if japanese:
        return {"department_ja": p.department, "title_ja": p.title}
    return {"department_en": p.department, "title_en": p.title}
