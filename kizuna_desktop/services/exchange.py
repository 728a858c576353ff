"""Importing contacts: read a file into a plan (what is new, what duplicates an existing
contact and will be merged, what cannot be used and why); ``apply`` (import_writer) then
carries the plan out in one transaction that can report progress and be cancelled (leaving
the journal unchanged)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import exists, literal, select

from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.formats import table, vcard
from kizuna_desktop.formats.records import Person, Problem, capped
from kizuna_desktop.gcpause import paused_gc
from kizuna_desktop.services import contacts
from kizuna_desktop.services.contacts import ContactInput, Method
from kizuna_desktop.services.import_writer import (  # noqa: F401 - apply and its results
    LOOKUP_LIMIT,
    Cancelled,
    Result,
    apply,
)
from kizuna_desktop.services.japanese import is_kana
from kizuna_desktop.services.names import NameParts, written
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import raw_rows
from kizuna_desktop.store.models import (
    Contact,
    MethodKind,
    Position,
)

FORMATS = ("vcard", "csv", "linkedin", "cards", "archive")
FILE_LIMIT = 200 * 1024 * 1024


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


def import_file(journal: Journal, path: Path, fmt: str | None = None) -> Plan:
    fmt, people, problems = read_file(path, fmt)
    result = plan(journal, Path(path).name, fmt, people, problems)
    result.problems = capped(result.problems, Path(path).name)
    return result
