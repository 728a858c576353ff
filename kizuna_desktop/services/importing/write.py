"""Carrying out an import plan: in one write transaction (SQLite's write lock taken first, so
a second import waits its turn), the records are matched again against the journal as it
is now (a plan made stale by another writer never doubles anyone), new contacts written in
bulk, records merged into the contacts they are, organisation cards applied, the search
index brought up to date once. Progress is reported and Cancel rolls everything back.

``import_with_backup`` is the one policy the window and the command line both use: the
journal as it was is backed up alongside, and the import commits only once that backup is
written."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from copy import copy
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import func, insert, select
from sqlalchemy.exc import OperationalError

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats.records import Person, Role
from kizuna_desktop.gcpause import paused_gc
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.services import contacts, indexing, validation
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.services.importing import exchanges, joint
from kizuna_desktop.services.importing.plan import (
    _EXTENSION,
    Item,
    Plan,
    email_key,
    fold,
    journal_stamp,
    mark_unchanged,
    match,
    organization_key,
    phone_key,
)
from kizuna_desktop.services.japanese import has_cjk, is_kana
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import begin_write, insert_many, larger_page_cache, raw_rows
from kizuna_desktop.store.models import (
    Base,
    Contact,
    Interaction,
    MethodKind,
    Organization,
    Position,
    utcnow,
)


class Cancelled(KizunaError):
    pass


class JournalBusy(KizunaError):
    """Another program holds the journal's write lock for longer than we wait."""


@dataclass
class Result:
    created: int = 0
    merged: int = 0
    unchanged: int = 0  # records the contacts they are already held whole: nothing written
    organizations: int = 0  # organisation cards made or brought up to date
    exchanges: int = 0  # meishi exchanges (名刺交換日) recorded as interactions
    interaction_ids: list[int] = field(default_factory=list)  # those interactions (for undo)
    backup: Path | None = None
    created_ids: list[int] = field(default_factory=list)
    # The contacts records were merged into, as they were before (for undo; when asked).
    before: list = field(default_factory=list)


CHUNK = 500
COMPACT_AFTER = 500  # new contacts in one import after which the search index is compacted


def _busy(e: BaseException) -> bool:
    text = str(getattr(e, "orig", e)).lower()
    return "locked" in text or "busy" in text


def _take_write_lock(session) -> None:
    """BEGIN IMMEDIATE: wait (SQLite's busy timeout) for any other writer to finish, then
    hold the lock until commit; a journal busy for longer says so in one line."""
    try:
        begin_write(session)
    except (OperationalError, sqlite3.OperationalError) as e:
        if _busy(e):
            raise JournalBusy(QT_TRANSLATE_NOOP(
                "errors", "The journal is busy: another program (an import, or a window "
                "saving) is writing to it. Nothing was imported; try again when it is "
                "done.")) from e
        raise


# --- merging one record into a contact -------------------------------------------------

_FILL = ("family_name", "given_name", "family_reading", "given_reading", "family_latin",
         "given_latin", "nickname", "middle_name", "name_prefix", "name_suffix", "region",
         "interests", "how_we_met")


def _method_key(m) -> tuple[str, str]:
    kind = MethodKind(m.kind)
    if kind == MethodKind.EMAIL:
        return kind.value, email_key(m.value)
    if kind == MethodKind.PHONE:
        return kind.value, phone_key(m.value) + "|" + _extension(m.value)
    return kind.value, fold(m.value)


@lru_cache(maxsize=100_000)
def _phone_tail(value: str) -> str | None:
    """The last four digits of a phone's number (extension and dial string left out): two
    numbers that differ there are two numbers, without parsing either (a parse is about
    a third of a millisecond). None when letters are left (a number spelt in letters)."""
    v = unicodedata.normalize("NFKC", value).strip()
    if v.lower().startswith(("tel:", "sip:")):
        v = v[4:]
    v = _EXTENSION.sub("", v.split("@")[0])
    if any(ch.isalpha() for ch in v):
        return None
    return "".join(ch for ch in v if ch.isdigit())[-4:]


def _same_phone(a: str, b: str) -> bool:
    """The same number and extension (by E.164 digits, as _method_key compares them)."""
    ta, tb = _phone_tail(a), _phone_tail(b)
    if ta is not None and tb is not None and ta != tb:
        return False
    return phone_key(a) == phone_key(b) and _extension(a) == _extension(b)


def _extension(value: str) -> str:
    v = unicodedata.normalize("NFKC", value).lower()
    for mark in (";ext=", "ext", "x", "#"):
        if mark in v:
            return "".join(ch for ch in v.split(mark, 1)[1] if ch.isdigit())
    return ""


def _more_of(held: tuple, new: tuple) -> bool:
    """True when the date ``new`` says more than ``held`` and does not contradict it."""
    if all(x is None for x in new):
        return False
    if any(h is not None and n is not None and h != n for h, n in zip(held, new, strict=True)):
        return False
    return sum(x is not None for x in new) > sum(x is not None for x in held)


def merge_input(out: ContactInput, new: ContactInput) -> ContactInput:
    """``out`` with what ``new`` adds: empty fields filled, notes appended, methods, tags and
    addresses the contact lacks (compared folded; phones by E.164 digits)."""
    if (new.family_name or new.given_name) and not has_cjk(new.family_name + new.given_name) \
            and has_cjk(out.family_name + out.given_name) \
            and not (out.family_latin or out.given_latin or new.family_latin or new.given_latin):
        # A name in Latin letters for a contact written in Japanese: its Latin name.
        new = copy(new)
        new.family_latin, new.given_latin = new.family_name, new.given_name
        new.family_name = new.given_name = ""
    elif (new.family_name or new.given_name) and is_kana(new.family_name + new.given_name) \
            and not is_kana(out.family_name + out.given_name) \
            and not (out.family_reading or out.given_reading or new.family_reading
                     or new.given_reading):
        # A name in kana for a contact written in kanji: its reading.
        new = copy(new)
        new.family_reading, new.given_reading = new.family_name, new.given_name
        new.family_name = new.given_name = ""
    if (new.family_name or new.given_name) and has_cjk(new.family_name + new.given_name) \
            and not is_kana(new.family_name + new.given_name) \
            and (out.family_name or out.given_name) \
            and not has_cjk(out.family_name + out.given_name) \
            and not (out.family_latin or out.given_latin):
        # A kanji name for a contact written only in Latin letters: the kanji becomes its
        # name and the Latin letters its Latin name (never the kanji thrown away).
        out.family_latin, out.given_latin = out.family_name, out.given_name
        out.family_name, out.given_name = new.family_name, new.given_name
    for name in _FILL:
        if not getattr(out, name) and getattr(new, name):
            setattr(out, name, getattr(new, name))
    if new.notes and new.notes not in out.notes:
        out.notes = (out.notes + "\n\n" + new.notes).strip()
    for prefix in ("birth", "anniversary"):
        names = [f"{prefix}_{x}" for x in ("year", "month", "day")]
        held = tuple(getattr(out, n) for n in names)
        got = tuple(getattr(new, n) for n in names)
        if _more_of(held, got):
            for n, h, g in zip(names, held, got, strict=True):
                setattr(out, n, h if h is not None else g)
    if out.cadence_days is None and new.cadence_days is not None:
        out.cadence_days = new.cadence_days
    have = {_method_key(m) for m in out.methods if MethodKind(m.kind) != MethodKind.PHONE}
    phones = [m.value for m in out.methods if MethodKind(m.kind) == MethodKind.PHONE]
    for m in new.methods:
        if MethodKind(m.kind) == MethodKind.PHONE:
            if not any(_same_phone(m.value, h) for h in phones):
                phones.append(m.value)
                out.methods.append(m)
        elif _method_key(m) not in have:
            have.add(_method_key(m))
            out.methods.append(m)
    tags = {t.casefold() for t in out.tags}
    out.tags += [t for t in new.tags if t.casefold() not in tags]
    texts = {fold(a.text) for a in out.addresses}
    out.addresses += [a for a in new.addresses if fold(a.text) not in texts]
    return out


# --- organisations ---------------------------------------------------------------------


_SCALAR_DEFAULTS: dict[str, list[tuple[str, object]]] = {}


def _defaults(table, row: dict) -> dict:
    """Scalar Python-side defaults of columns a row leaves out (columns added later)."""
    if table.name not in _SCALAR_DEFAULTS:
        _SCALAR_DEFAULTS[table.name] = [
            (c.name, c.default.arg) for c in table.c
            if not c.primary_key and c.default is not None
            and getattr(c.default, "is_scalar", False)]
    for name, value in _SCALAR_DEFAULTS[table.name]:
        row.setdefault(name, value)
    return row


class _Organizations:
    """The journal's organisations by folded name (Japanese or English), read once; new
    ones created in one statement a batch."""

    def __init__(self, session):
        self.session = session
        self.by_key: dict[str, tuple[int, str, str]] = {}
        for oid, ja, en in raw_rows(session, "SELECT id, name_ja, name_en FROM organizations "
                                    "ORDER BY id"):
            for name in (ja, en):
                if name:
                    self.by_key.setdefault(organization_key(name), (oid, ja, en))

    def get(self, name: str, name_en: str = "") -> tuple[int, str, str] | None:
        for n in (name, name_en):
            if n and organization_key(n) in self.by_key:
                return self.by_key[organization_key(n)]
        return None

    def resolve(self, wanted: Iterable[tuple[str, str, str]]) -> None:
        """Find or create the organisations (name, English name, reading)."""
        created: dict[str, dict] = {}
        for name, name_en, reading in wanted:
            if not (name or name_en) or self.get(name, name_en) is not None:
                continue
            key = organization_key(name or name_en)
            if key in created:
                continue
            japanese = has_cjk(name)
            row = {"name_ja": name if japanese else "",
                   "name_en": name_en or ("" if japanese else name)}
            if reading and hasattr(Organization, "reading"):
                row["reading"] = reading
            created[key] = row
        if not created:
            return
        last = self.session.scalar(select(func.max(Organization.id))) or 0
        self.session.execute(insert(Organization), list(created.values()))
        for oid, ja, en in raw_rows(self.session, "SELECT id, name_ja, name_en FROM "
                                    "organizations WHERE id > ? ORDER BY id", (last,)):
            for n in (ja, en):
                if n:
                    self.by_key.setdefault(organization_key(n), (oid, ja, en))


def _same_role(a: Role, b: Role) -> bool:
    """The same organisation, department and title, each compared as the flat fields give
    it (the value, else its English form, first)."""
    def shown(r: Role, k: str) -> tuple[str, str]:
        ja, en = getattr(r, k), getattr(r, f"{k}_en")
        return (fold(ja), fold(en)) if ja else (fold(en), "")

    return all(shown(a, k) == shown(b, k) for k in ("organization", "department", "title"))


def _roles(p: Person) -> list[tuple[Role, bool]]:
    """The record's positions: (role, current), earlier ones first. The journal's own files
    list the current role among the others too (open, with its start date): that one is
    the current role, not a second one."""
    out = [(r, False) for r in p.past_positions if r.organization or r.organization_en]
    if p.organization or p.organization_en:
        flat = Role(organization=p.organization, organization_en=p.organization_en,
                    organization_reading=p.organization_reading,
                    department=p.department, department_en=p.department_en,
                    title=p.title, title_en=p.title_en)
        listed = [n for n, (r, _) in enumerate(out) if not r.end and _same_role(r, flat)]
        if listed:
            out[listed[-1]] = (out[listed[-1]][0], True)
        else:
            out.append((flat, True))
    return out


def _both(value: str, english: str) -> tuple[str, str]:
    """(Japanese, English) of a department or title given as one value and an English one."""
    if english:
        return value, english
    return (value, "") if has_cjk(value) else ("", value)


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _position_row(r: Role, current: bool, org_id: int) -> dict:
    if r.as_written:  # Kizuna's own file: each field where the journal had it
        (dep_ja, dep_en), (title_ja, title_en) = (r.department, r.department_en), (
            r.title, r.title_en)
    else:
        dep_ja, dep_en = _both(r.department, r.department_en)
        title_ja, title_en = _both(r.title, r.title_en)
    start, end = _iso(r.start), _iso(r.end)
    if start and end and end < start:
        start = None
    return {"organization_id": org_id, "department_ja": dep_ja, "department_en": dep_en,
            "title_ja": title_ja, "title_en": title_en, "start_date": start,
            "end_date": None if current else end,
            "concurrent": bool(r.concurrent) and not current}  # 兼務


_ROLE_PARTS = (("department_ja", "department_en"), ("title_ja", "title_en"))


def _held_position(c: Contact, row: dict, is_current: bool):
    """The contact's position the record's role is: the open one at that organisation (for
    the current role), or the past one with the same start and end."""
    for p in c.positions:
        if p.organization_id != row["organization_id"]:
            continue
        if (p.end_date is None) if is_current else (
                p.start_date == row["start_date"] and p.end_date == row["end_date"]):
            return p
    return None


def _role_fills(p, row: dict) -> dict[str, str]:
    """What the record's role brings to a position the contact holds: its department and
    title where the position has none (in neither language). A different one is a
    conflict, kept in notes by the plan; nothing held is replaced."""
    out: dict[str, str] = {}
    for ja, en in _ROLE_PARTS:
        if not (getattr(p, ja) or getattr(p, en)) and (row[ja] or row[en]):
            out[ja], out[en] = row[ja], row[en]
    return out


def _apply_organization_cards(session, cards: list[Person], orgs: _Organizations) -> int:
    """KIND:org cards: the organisation made, or its empty fields filled."""
    orgs.resolve((p.organization or p.family_name or p.given_name or p.label,
                  p.organization_en, p.organization_reading) for p in cards)
    done = 0
    for p in cards:
        name = p.organization or p.family_name or p.given_name or p.label
        hit = orgs.get(name, p.organization_en)
        if hit is None:
            continue
        o = session.get(Organization, hit[0])
        kept = organization_card_text(p)  # what an organisation has no field for
        if kept and kept not in (o.notes or ""):
            o.notes = "\n\n".join(x for x in (o.notes, kept) if x)
        fills = {"name_en": p.organization_en, "notes": p.notes,
                 "reading": p.organization_reading,
                 "website": p.urls[0][1] if p.urls else "",
                 "address": (p.addresses[0].text or p.addresses[0].joined())
                 if p.addresses else ""}
        for attr, value in fills.items():
            if value and hasattr(o, attr) and not getattr(o, attr):
                setattr(o, attr, value)
        done += 1
    return done


def organization_card_text(p: Person) -> str:
    """An organisation card's e-mails and phones (an organisation has no field for them):
    kept in its notes, one a line."""
    return "\n".join([f"E-mail{' (' + lbl + ')' if lbl else ''}: {v}" for lbl, v in p.emails]
                     + [f"Phone{' (' + lbl + ')' if lbl else ''}: {v}" for lbl, v in p.phones])


# --- carrying out the plan -------------------------------------------------------------


def _next_id(session) -> int:
    """The id the next contact gets: past the highest ever given (AUTOINCREMENT's counter,
    when the table has one), so that no id of a deleted contact is used again."""
    highest = session.scalar(select(func.max(Contact.id))) or 0
    try:
        seq = raw_rows(session, "SELECT seq FROM sqlite_sequence WHERE name = 'contacts'")
    except Exception:  # noqa: BLE001 - no AUTOINCREMENT table in this journal yet
        seq = []
    return max(highest, *(int(s) for (s,) in seq)) + 1


def _sort_out(items: list[Item], first_id: int) -> tuple[list[tuple[int, Item]],
                                                        list[tuple[int, Item]], list[int]]:
    """Which records become new contacts (with the ids they will have) and which are merged
    into which contact: one in the journal, or one an earlier record of the file becomes;
    and, record by record, the contact it becomes or joins."""
    new: list[tuple[int, Item]] = []
    merges: list[tuple[int, Item]] = []
    target_of: list[int] = []
    next_id = first_id
    for item in items:
        if item.unchanged:  # nothing to write; a later record of it joins that contact
            target = item.duplicate_of
        elif item.accepted and item.duplicate_of is not None:
            target = item.duplicate_of
            merges.append((target, item))
        elif item.accepted and item.same_as is not None:
            target = target_of[item.same_as]
            merges.append((target, item))
        else:
            target, next_id = next_id, next_id + 1
            new.append((target, item))
        target_of.append(target)
    return new, merges, target_of


def apply(journal: Journal, p: Plan, progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None,
          before_commit: Callable[[], object] | None = None,
          undoable: bool = False) -> Result:
    """Import the plan's contacts (merging duplicates) in one write transaction. New
    contacts are written in bulk, a chunk at a time, then the merges are made; ``cancelled``
    is asked between chunks, and when it says so everything is rolled back.
    ``before_commit`` is called last (waiting for the backup made alongside): if it raises,
    nothing is imported. ``undoable``: the result keeps what ``undo`` needs (snapshots of
    the contacts merged into, taken inside the transaction)."""
    with paused_gc():  # see gcpause
        try:
            return _apply(journal, p, progress, cancelled, before_commit, undoable)
        except OperationalError as e:
            if _busy(e):
                raise JournalBusy(QT_TRANSLATE_NOOP(
                    "errors", "The journal is busy: another program is writing to it. "
                    "Nothing was imported; try again when it is done.")) from e
            raise


def _apply(journal: Journal, p: Plan, progress: Callable[[int, int], None] | None,
           cancelled: Callable[[], bool] | None,
           before_commit: Callable[[], object] | None, undoable: bool = False) -> Result:
    total = len(p.items)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP("errors",
                                              "Import cancelled; nothing was imported."))
        done += n
        if progress is not None and n:
            progress(done, total)

    with journal.session() as s, larger_page_cache(s):
        _take_write_lock(s)
        # Matched again under the lock when another writer changed the journal since the
        # plan was made (it may have imported the same people).
        if p.stamp is None or journal_stamp(s) != p.stamp:
            match(s, p)
            mark_unchanged(s, p)
        orgs = _Organizations(s)
        first_id = _next_id(s)
        new, merges, target_of = _sort_out(p.items, first_id)
        before = []
        if undoable:
            from kizuna_desktop.services import snapshots

            before = [snapshots.contact(journal, t) for t in sorted({t for t, _ in merges
                                                                   if t < first_id})]
        keys = [indexing.contact_sort_key(item.data) for _, item in new]
        ranks = indexing.assign_ranks(s, keys)
        orgs.resolve((r.organization, r.organization_en, r.organization_reading)
                     for _, item in [*new, *merges] for r, _cur in _roles(item.person))
        # After the people's organisations: a card fills what is empty, it never replaces
        # the name or reading a person's own card gives.
        organizations = _apply_organization_cards(s, p.organizations, orgs)
        step(0)
        with (indexing.search_index_deferred(s, first_id, {t for t, _ in merges
                                                           if t < first_id})
              if new or merges else nullcontext()):  # nothing to write: the index untouched
            for start in range(0, len(new), CHUNK):
                end = start + CHUNK
                _bulk_insert(s, new[start:end], keys[start:end], ranks[start:end], orgs)
                step(len(new[start:end]))
            for start in range(0, len(merges), CHUNK):
                _merge_chunk(s, merges[start:start + CHUNK], orgs)
                step(len(merges[start:start + CHUNK]))
            # 名刺交換日: a meishi exchange on each day a contact has none on yet
            made = exchanges.record(s, exchanges.pending(
                s, exchanges.wanted_by_target(p.items, target_of)))
            # 連名: the joint names of the contact's New Year card
            joint.record(s, joint.wanted_by_target(p.items, target_of))
        # A large import into a small journal is most of the search index: merged into one
        # segment. Into a large journal that would rewrite the whole index for little.
        if len(new) >= COMPACT_AFTER and len(new) * 4 >= (
                s.scalar(select(func.count()).select_from(Contact)) or 0):
            indexing.compact_search_index(s)
        if before_commit is not None:
            before_commit()
            step(0)  # a Cancel pressed while it waited still rolls back
    return Result(created=len(new), merged=len(merges), unchanged=len(p.unchanged),
                  organizations=organizations, exchanges=len(made), interaction_ids=made,
                  created_ids=[cid for cid, _ in new], before=before)


def undo(journal: Journal, result: Result) -> None:
    """Take an import back: the contacts it made are deleted, the ones it merged into are
    put back as they were (from the result of ``apply(..., undoable=True)``)."""
    from sqlalchemy import delete

    from kizuna_desktop.services import snapshots

    with journal.session() as s:
        _take_write_lock(s)
        for start in range(0, len(result.interaction_ids), CHUNK):  # its meishi exchanges
            s.execute(delete(Interaction).where(Interaction.id.in_(
                result.interaction_ids[start:start + CHUNK]))
                .execution_options(synchronize_session=False))
        ids = result.created_ids + [cid for snap in result.before for cid in snap.contact_ids]
        for start in range(0, len(ids), CHUNK):
            s.execute(delete(Contact).where(Contact.id.in_(ids[start:start + CHUNK]))
                      .execution_options(synchronize_session=False))
        s.expire_all()
        for snap in result.before:
            snapshots.restore(journal, snap)


def _bulk_insert(session, rows: list[tuple[int, Item]], keys: list[str], ranks: list[int],
                 orgs: _Organizations) -> None:
    """New contacts with their methods, addresses, tags and positions, as the services would
    write them (same derived columns), in a few statements."""
    if not rows:
        return
    t = Base.metadata.tables
    now = utcnow()
    contact_rows, method_rows, address_rows, tag_rows, position_rows, photos = (
        [], [], [], [], [], [])
    tag_ids: dict[str, int] = {}
    for (cid, item), key, rank in zip(rows, keys, ranks, strict=True):
        d, person = item.data, item.person
        org_view, own_positions = [], []
        for role, current in _roles(person):
            hit = orgs.get(role.organization, role.organization_en)
            if hit is None:
                continue
            if current:
                org_view.append(SimpleNamespace(name_ja=hit[1], name_en=hit[2]))
            row = _position_row(role, current, hit[0])
            own_positions.append(SimpleNamespace(**row))
            position_rows.append(_defaults(t["positions"], {"contact_id": cid, **row}))
        # The search text as the services make it: every field it reads (titles, notes,
        # region, interests, how we met… are found by search from the first keystroke).
        shim = SimpleNamespace(**{k: getattr(d, k) for k in contacts._INPUT_FIELDS},
                               methods=d.methods, positions=own_positions,
                               tags=[SimpleNamespace(name=x) for x in d.tags])
        contact_rows.append(_defaults(t["contacts"], {
            "id": cid, **{k: getattr(d, k) for k in contacts._INPUT_FIELDS},
            "archived": bool(person.archived), "photo": None, "created_at": now,
            "updated_at": now, "sort_key": key, "sort_rank": rank,
            "search_text": indexing.contact_search_text(shim, org_view),
            "last_interaction_at": None,
            "cold_after": indexing.cold_after(now, d.cadence_days)}))
        method_rows += [{"contact_id": cid, "kind": m.kind.value, "label": m.label,
                         "value": m.value, "position": i} for i, m in enumerate(d.methods)]
        address_rows += [_defaults(t["addresses"], {"contact_id": cid, "position": i,
                                                    **a.__dict__})
                         for i, a in enumerate(d.addresses)]
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
                        ("addresses", address_rows), ("contact_tags", tag_rows),
                        ("positions", position_rows)):
        insert_many(session, t[name], batch)
    for cid, photo in photos:
        if validation.image(photo, "photo", contacts.PHOTO_LIMIT_MB) is None:
            session.get(Contact, cid).photo = photo
    session.flush()


def load_contacts(session, ids: Iterable[int]) -> dict[int, Contact]:
    """These contacts with their methods, tags, addresses and positions (with their
    organisations), loaded CHUNK at a time in a few statements."""
    from sqlalchemy.orm import selectinload

    ids = sorted(set(ids))
    out: dict[int, Contact] = {}
    for start in range(0, len(ids), CHUNK):
        out.update((c.id, c) for c in session.scalars(
            select(Contact).where(Contact.id.in_(ids[start:start + CHUNK])).options(
                selectinload(Contact.methods), selectinload(Contact.tags),
                selectinload(Contact.addresses),
                selectinload(Contact.positions).selectinload(Position.organization))))
    return out


def changes(session, merges: list[tuple[int, Item]],
            loaded: dict[int, Contact] | None = None) -> list[bool]:
    """For each record, whether merging it into its contact would change anything (a
    field, a method, an address, a tag, a position, a photo), as _merge_chunk merges
    (``loaded``: the contacts, when the caller has them already)."""
    out: list[bool] = []
    orgs = _Organizations(session)
    if loaded is None:
        loaded = {}
    missing = {t for t, _ in merges} - set(loaded)
    if missing:
        loaded = {**loaded, **load_contacts(session, missing)}
    for start in range(0, len(merges), CHUNK):
        part = merges[start:start + CHUNK]
        for target, item in part:
            c = loaded[target]
            held = contacts.detail_of(c).to_input()
            current = contacts.validate(held)
            if contacts.validate(merge_input(held, item.data)) != current or (
                    item.person.photo and c.photo is None):
                out.append(True)
                continue
            moved = False
            for role, is_current in _roles(item.person):
                hit = orgs.get(role.organization, role.organization_en)
                if hit is None:  # an organisation not there yet: a new position
                    moved = True
                    break
                row = _position_row(role, is_current, hit[0])
                held_position = _held_position(c, row, is_current)
                if held_position is None or _role_fills(held_position, row):
                    moved = True  # a new position, or a department or title it lacks
                    break
            out.append(moved)
    return out


def _merge_chunk(session, merges: list[tuple[int, Item]], orgs: _Organizations) -> None:
    """Merge records into the contacts they are, as ``contacts.update`` would (the same
    checks and derived columns), with the contacts loaded together and written in one
    flush. A record's organisation becomes a position when the contact holds none there
    now; a past role one it lacks (same organisation and start); a photo fills a missing
    one; a department or title fills a held position that has none. A record that adds
    nothing writes nothing."""
    loaded = load_contacts(session, (t for t, _ in merges))
    with session.no_autoflush:  # written together at the end, not a few at each query
        for target, item in merges:
            c = loaded[target]
            held = contacts.detail_of(c).to_input()
            current = contacts.validate(held)  # a copy: merge_input then changes ``held``
            merged = contacts.validate(merge_input(held, item.data))
            person = item.person
            moved = False
            for role, is_current in _roles(person):
                hit = orgs.get(role.organization, role.organization_en)
                if hit is None:
                    continue
                row = _position_row(role, is_current, hit[0])
                held_position = _held_position(c, row, is_current)
                if held_position is None:
                    # The id too: a later record of this chunk compares ids before any flush.
                    c.positions.append(Position(
                        organization=session.get(Organization, hit[0]), **row))
                    moved = True
                elif fills := _role_fills(held_position, row):
                    for k, v in fills.items():  # (the search text is made again below)
                        setattr(held_position, k, v)
                    moved = True
            if merged != current or moved:
                contacts.apply_input(session, c, merged)  # re-indexed with the new position
            if (person.photo and c.photo is None
                    and validation.image(person.photo, "photo", contacts.PHOTO_LIMIT_MB) is None):
                c.photo = person.photo  # an unusable photo is left out; the contact is merged
    session.flush()


def import_with_backup(journal: Journal, plan: Plan,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: Callable[[], bool] | None = None,
                       waiting: Callable[[], None] | None = None,
                       undoable: bool = False) -> Result:
    """The import as the window and `kizuna import` make it: a backup of the journal as it
    was is written alongside (the import is undone from it), and the import commits only
    when that backup is written (if it cannot be, nothing is imported). ``waiting`` is
    called when the import is done and only the backup is still being written."""
    from kizuna_desktop.services import backup

    with paused_gc(), backup.backup_alongside(journal, "before-import") as saved:
        def before_commit() -> None:
            if waiting is not None and not saved.finished:
                waiting()
            saved.wait()

        result = apply(journal, plan, progress=progress, cancelled=cancel,
                       before_commit=before_commit, undoable=undoable)
    result.backup = saved.dest
    return result
