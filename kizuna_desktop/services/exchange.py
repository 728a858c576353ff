"""Importing and exporting contacts: read a file into a plan (what is new, what duplicates an
existing contact and will be merged, what cannot be used and why), then carry the plan out in
one transaction that can report progress and be cancelled (leaving the journal unchanged)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import exists, func, insert, literal, select

from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.formats import table, vcard
from kizuna_desktop.formats.records import Person, Problem, capped
from kizuna_desktop.gcpause import paused_gc
from kizuna_desktop.services import contacts, indexing, validation
from kizuna_desktop.services.contacts import ContactInput, Method
from kizuna_desktop.services.japanese import is_kana
from kizuna_desktop.services.names import NameParts, written
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import insert_many, larger_page_cache, raw_rows
from kizuna_desktop.store.models import (
    Contact,
    MethodKind,
    Organization,
    Position,
)

FORMATS = ("vcard", "csv", "linkedin", "cards", "archive")
FILE_LIMIT = 200 * 1024 * 1024


class Cancelled(KizunaError):
    pass


@dataclass
class Item:
    person: Person
    data: ContactInput
    duplicate_of: int | None = None  # an existing contact it will be merged into
    same_as_line: int | None = None  # an earlier record of the same file it merges into
    reason: str = ""


@dataclass
class Plan:
    filename: str
    format: str
    items: list[Item] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def new(self) -> list[Item]:
        return [i for i in self.items if i.duplicate_of is None and i.same_as_line is None]

    @property
    def duplicates(self) -> list[Item]:
        return [i for i in self.items if i.duplicate_of is not None or i.same_as_line]

    def summary(self) -> str:
        return (f"{self.filename}: {len(self.items)} contact(s) to import — "
                f"{len(self.new)} new, {len(self.duplicates)} matching a contact already there "
                f"(to be merged, never doubled); {len(self.problems)} problem(s).")


@dataclass
class Result:
    created: int = 0
    merged: int = 0


def detect_format(path: Path, data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if path.suffix.lower() in (".vcf", ".vcard") or head[:11].upper() == b"BEGIN:VCARD":
        return "vcard"
    if data[:4] == b"PK\x03\x04":
        return "archive"
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return "csv"
    raise KizunaError(f"{path.name}: cannot tell what kind of file this is; "
                      "give --format vcard, csv, linkedin, cards or archive.")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (its first ``limit`` only, when given), with a clear message for a
    file that cannot be read or is too large to import."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > FILE_LIMIT:
            raise KizunaError(f"{path.name} is {size // 2**20} MB; files over "
                              f"{FILE_LIMIT // 2**20} MB are not imported.")
        with open(path, "rb") as f:
            return f.read(-1 if limit is None else limit)
    except OSError as e:
        raise KizunaError(f"Cannot read {path}: {e.strerror}.") from e


def read_file(path: Path, fmt: str | None = None) -> tuple[str, list[Person], list[Problem]]:
    path = Path(path)
    data = read_bytes(path)
    fmt = fmt or detect_format(path, data)
    if fmt == "vcard":
        people, problems = vcard.read_vcards(data, path.name)
    elif fmt in ("csv", "linkedin", "cards"):
        t = table.read_table(data, path.name)
        preset = None if fmt == "csv" else fmt
        people, problems = table.to_people(
            t, table.guess_mapping(t.headers, preset or table.guess_preset(t.headers)))
    else:
        raise KizunaError(f"{fmt} is not a contacts format (use kizuna import for archives).")
    return fmt, people, problems


def to_input(p: Person) -> tuple[ContactInput, list[str]]:
    """The contact a record describes; readings that are not kana go to the Latin fields
    (or are dropped, with a note, when they are neither)."""
    notes: list[str] = []
    family_reading, given_reading = p.family_reading, p.given_reading
    family_latin, given_latin = p.family_latin, p.given_latin
    for which in ("family", "given"):
        reading = family_reading if which == "family" else given_reading
        if reading and not is_kana(reading):
            if reading.isascii():
                if which == "family":
                    family_latin = family_latin or reading
                else:
                    given_latin = given_latin or reading
            else:
                notes.append(f"reading “{reading}” is not kana; left out")
            if which == "family":
                family_reading = ""
            else:
                given_reading = ""
    methods = [Method(kind=MethodKind.EMAIL, label=lbl, value=v) for lbl, v in p.emails]
    methods += [Method(kind=MethodKind.PHONE, label=lbl, value=v) for lbl, v in p.phones]
    methods += [Method(kind=MethodKind.ADDRESS, label=lbl, value=v) for lbl, v in p.addresses]
    for kind, lbl, v in p.handles:
        k = kind if kind in {m.value for m in MethodKind} else "other"
        methods.append(Method(kind=MethodKind(k), label=lbl, value=v))
    y, m, d = p.birthday if p.birthday else (None, None, None)
    return ContactInput(
        family_name=p.family_name, given_name=p.given_name, family_reading=family_reading,
        given_reading=given_reading, family_latin=family_latin, given_latin=given_latin,
        latin_order=p.latin_order if p.latin_order in ("given_first", "family_first")
        else "given_first",
        region=p.region, birth_year=y, birth_month=m, birth_day=d, interests=p.interests,
        how_we_met=p.how_we_met, notes=p.notes, cadence_days=p.cadence_days,
        methods=methods, tags=p.tags), notes


# Values asked for in one query (an IN list). Where no index fits (organisation names in any
# case, family names), past this many one pass over every row is cheaper than a scan per few
# hundred values.
LOOKUP_LIMIT = 500


def _existing_by_email(journal: Journal, emails: set[str]) -> dict[str, int]:
    """The contact holding each of these (lower-case) e-mail addresses, looked up in the
    index on (kind, lower(value)) a few hundred at a time; the first one wins."""
    out: dict[str, int] = {}
    wanted = sorted(emails)
    with journal.session() as s:
        for i in range(0, len(wanted), LOOKUP_LIMIT):
            part = wanted[i:i + LOOKUP_LIMIT]
            for cid, value in raw_rows(
                    s, "SELECT contact_id, lower(value) FROM contact_methods WHERE kind = ? "
                    f"AND lower(value) IN ({', '.join('?' * len(part))}) ORDER BY id",
                    (MethodKind.EMAIL.value, *part)):
                out.setdefault(value, cid)
    return out


@dataclass
class _NameMatches:
    """Existing contacts by written name: with each organisation of their current position,
    and (for those with none) with their reading. The first in list order wins."""

    by_organization: dict[tuple[str, str], int] = field(default_factory=dict)
    by_reading: dict[tuple[str, str], int] = field(default_factory=dict)

    def find(self, name: str, organization: str, reading: str) -> int | None:
        """Same name at the same organisation; for a record with no organisation, the same
        reading and no organisation either."""
        if organization:
            return self.by_organization.get((name, organization))
        return self.by_reading.get((name, reading))


def _existing_by_name(journal: Journal, wanted: set[str], families: set[str],
                      organizations: set[str], any_without: bool) -> _NameMatches:
    """Existing contacts whose written name is one of ``wanted`` (so their family name is
    one of ``families``) and who work now at one of ``organizations`` or, when
    ``any_without``, at none: found from the organisations' side, not by reading every
    contact of a common name."""
    out = _NameMatches()
    if not families:
        return out
    name_columns = (Contact.id, Contact.family_name, Contact.given_name,
                    Contact.family_reading, Contact.given_reading)
    rows: list[tuple] = []
    with journal.session() as s:
        orgs = sorted(organizations)
        at: list[tuple] = []  # open positions at these organisations, with their holders
        for i in range(0, len(orgs), LOOKUP_LIMIT):
            part = orgs[i:i + LOOKUP_LIMIT]
            marks = ", ".join("?" * len(part))
            at += raw_rows(
                s, "SELECT c.id, c.family_name, c.given_name, c.family_reading, "
                "c.given_reading, o.name_ja, o.name_en, c.sort_rank, p.id "
                "FROM organizations o JOIN positions p ON p.organization_id = o.id "
                "AND p.end_date IS NULL JOIN contacts c ON c.id = p.contact_id "
                f"WHERE o.name_ja IN ({marks}) OR o.name_en IN ({marks})", (*part, *part))
        if at:
            # Someone holding more than one open position works now at the latest one (as
            # search.current_position_id orders them): found for those few in one pass.
            now: dict[int, tuple] = {}
            for cid, pid, start in raw_rows(
                    s, "SELECT contact_id, id, start_date FROM positions WHERE end_date IS "
                    "NULL AND contact_id IN (SELECT contact_id FROM positions WHERE end_date "
                    "IS NULL GROUP BY contact_id HAVING count(*) > 1)"):
                key = (start is not None, start or "", pid)  # latest start, none last; id
                if cid not in now or key > now[cid]:
                    now[cid] = key
            rows += [r[:-1] for r in at if r[0] not in now or now[r[0]][2] == r[-1]]
        if any_without:
            q = select(*name_columns, literal(""), literal(""), Contact.sort_rank).where(
                ~exists().where(Position.contact_id == Contact.id, Position.end_date.is_(None)))
            if len(families) <= LOOKUP_LIMIT:
                q = q.where(Contact.family_name.in_(sorted(families)))
            rows += s.execute(q).all()
    rows.sort(key=lambda r: r[-1])  # in list order: the first one of a name wins
    names: dict[tuple[str, str], str] = {}  # written names repeat: worked out once each
    for cid, family, given, family_reading, given_reading, ja, en, _rank in rows:
        if family not in families:
            continue
        name = names.get((family, given))
        if name is None:
            name = names[family, given] = written(NameParts(family_name=family,
                                                            given_name=given))
        if name not in wanted:
            continue
        if ja or en:
            for org in (ja, en):
                if org:
                    out.by_organization.setdefault((name, org), cid)
        else:
            reading = " ".join(x for x in (family_reading, given_reading) if x)
            out.by_reading.setdefault((name, reading), cid)
    return out


def plan(journal: Journal, filename: str, fmt: str, people: list[Person],
         problems: list[Problem]) -> Plan:
    """Check every record and find the ones that match an existing contact (same e-mail, or
    same name at the same organisation) or an earlier record of the same file."""
    with paused_gc():  # see gcpause
        return _plan(journal, filename, fmt, people, problems)


def _plan(journal: Journal, filename: str, fmt: str, people: list[Person],
          problems: list[Problem]) -> Plan:
    result = Plan(filename, fmt, problems=list(problems))
    emails = {v.strip().lower() for p in people for _, v in p.emails if v.strip()}
    by_email = _existing_by_email(journal, emails)
    checked: list[tuple[Person, ContactInput]] = []
    for p in people:
        data, notes = to_input(p)
        for n in notes:
            result.problems.append(Problem(filename, p.line, f"{p.label}: {n}"))
        try:
            checked.append((p, contacts.validate(data)))
        except ValidationError as e:
            for fld, msg in e.errors.items():
                result.problems.append(Problem(filename, p.line, f"{p.label}: {fld}: {msg}"))
    written_names = [written(NameParts(family_name=d.family_name, given_name=d.given_name))
                     for _, d in checked]
    by_name = _existing_by_name(journal, set(written_names),
                                {d.family_name for _, d in checked if d.family_name},
                                {p.organization for p, _ in checked if p.organization},
                                any(not p.organization for p, _ in checked))
    seen_in_file: dict[str, int] = {}
    for (p, data), name in zip(checked, written_names, strict=True):
        item = Item(p, data)
        mails = [v.strip().lower() for _, v in p.emails]
        hit = next((by_email[m] for m in mails if m in by_email), None)
        if hit is not None:
            item.duplicate_of, item.reason = hit, "same e-mail"
        else:
            reading = " ".join(x for x in (data.family_reading, data.given_reading) if x)
            hit = by_name.find(name, p.organization, reading)
            if hit is not None:
                item.duplicate_of, item.reason = hit, "same name and organisation"
        if item.duplicate_of is None:
            twin = next((seen_in_file[m] for m in mails if m in seen_in_file), None)
            if twin is not None:
                item.same_as_line = twin
                item.reason = f"same e-mail as the contact on line {twin}"
        for m in mails:
            seen_in_file.setdefault(m, p.line or 0)
        result.items.append(item)
    return result


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
          cancelled: Callable[[], bool] | None = None) -> Result:
    """Import the plan's contacts (merging duplicates) in one transaction. New contacts are
    written in bulk, a chunk at a time, then the merges are made; ``cancelled`` is asked
    between chunks, and when it says so everything is rolled back."""
    with paused_gc():  # see gcpause
        return _apply(journal, p, progress, cancelled)


def _apply(journal: Journal, p: Plan, progress: Callable[[int, int], None] | None,
           cancelled: Callable[[], bool] | None) -> Result:
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
        # A large import into a small journal leaves the search index in many segments: it
        # is merged into one (at 10,000 contacts, 0.2 s). Into a large journal that would
        # rewrite the whole index (2.5 s at 100,000) for little: the few new segments cost
        # a lookup 0.05 ms, and SQLite merges them as the index grows.
        if len(new) >= COMPACT_AFTER and len(new) * 4 >= (
                s.scalar(select(func.count()).select_from(Contact)) or 0):
            indexing.compact_search_index(s)
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
                    c.positions.append(Position(organization=session.get(Organization, org_id),
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


def import_file(journal: Journal, path: Path, fmt: str | None = None) -> Plan:
    fmt, people, problems = read_file(path, fmt)
    result = plan(journal, Path(path).name, fmt, people, problems)
    result.problems = capped(result.problems, Path(path).name)
    return result
