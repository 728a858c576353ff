"""Exporting: the journal's contacts as records for vCard or CSV, and its open follow-ups and
birthdays as iCalendar."""

from __future__ import annotations

from sqlalchemy import select

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats.records import Address, Person, Role
from kizuna_desktop.i18n import translate
from kizuna_desktop.services import contacts, search
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, MethodKind


def people(journal: Journal) -> list[Person]:
    """Every contact (archived too) as export records, in list order, each with the joint
    names (連名) of its New Year card."""
    from kizuna_desktop.services import nengajo

    out: list[Person] = []
    ids = [c.id for c in _all(journal)]
    with journal.session() as s:
        joint = nengajo.joint_names_of(s)
        for cid in ids:
            d = contacts.get_in(s, cid)
            photo = s.scalar(select(Contact.photo).where(Contact.id == cid))
            p = person_of(d, photo, _readings(s))
            p.joint_names = list(joint.get(cid, ()))
            out.append(p)
    return out


def organization_cards(journal: Journal) -> list[Person]:
    """The organisations that hold more than a name (a website, an address, notes or a
    reading) as organisation cards (vCard KIND:org / X-ABShowAs:COMPANY), so a round trip
    keeps them; the others travel in the contacts' positions."""
    from kizuna_desktop.store.models import Organization

    out: list[Person] = []
    with journal.session() as s:
        for o in s.scalars(select(Organization).order_by(Organization.id)):
            if not (o.website or o.address or o.notes or o.reading):
                continue
            name = o.name_ja or o.name_en
            out.append(Person(
                is_organization=True, organization=name,
                organization_en=o.name_en if o.name_ja else "",
                organization_reading=o.reading or "",
                urls=[("work", o.website)] if o.website else [],
                addresses=[Address(label="work", text=o.address)] if o.address else [],
                notes=o.notes or ""))
    return out


def _readings(session) -> dict[int, str]:
    """Organisations' readings by id (when the journal keeps them)."""
    from kizuna_desktop.store.models import Organization

    if not hasattr(Organization, "reading"):
        return {}
    info = session.info
    if "export_readings" not in info:
        info["export_readings"] = dict(session.execute(
            select(Organization.id, Organization.reading).where(Organization.reading != "")
        ).all())
    return info["export_readings"]


def _pair(ja: str, en: str) -> tuple[str, str]:
    """(the value, its English form): the Japanese one first when there is one."""
    return (ja, en) if ja else (en, "")


def _role(p, readings: dict[int, str], as_written: bool = False) -> Role:
    """The position as a record's role: each value first, its English form second (what
    other programs read); ``as_written`` (the journal's own career lines): the department
    and title each in the field the journal has it in (a Latin title typed as the title
    stays the title, an English-only one stays the English one)."""
    org, org_en = _pair(p.organization_ja, p.organization_en)
    if as_written:
        (dep, dep_en), (title, title_en) = (p.department_ja, p.department_en), (
            p.title_ja, p.title_en)
    else:
        dep, dep_en = _pair(p.department_ja, p.department_en)
        title, title_en = _pair(p.title_ja, p.title_en)
    return Role(organization=org, organization_en=org_en,
                organization_reading=readings.get(p.organization_id, ""),
                department=dep, department_en=dep_en, title=title, title_en=title_en,
                start=p.start_date.isoformat() if p.start_date else "",
                end=p.end_date.isoformat() if p.end_date else "",
                concurrent=bool(getattr(p, "concurrent", False)), as_written=as_written)


def _handle(m) -> tuple[str, str, str]:
    """(service, label, value); an "other" handle keeps its service as its label's first
    word (as the import stores Skype, IMPP and the like)."""
    if m.kind == MethodKind.OTHER and m.label:
        service, _, label = m.label.partition(" ")
        return service, label, m.value
    return m.kind.value, m.label, m.value


def person_of(d: contacts.ContactDetail, photo: bytes | None = None,
              readings: dict[int, str] | None = None) -> Person:
    """A contact as an export record: every stored field, the whole career."""
    readings = readings or {}
    cur = d.current_position
    now = _role(cur, readings) if cur else Role()
    photo_type = ""
    if photo:
        photo_type = ("image/png" if photo[:8] == b"\x89PNG\r\n\x1a\n" else
                      "image/webp" if photo[8:12] == b"WEBP" else "image/jpeg")
    return Person(
        family_name=d.family_name, given_name=d.given_name,
        family_reading=d.family_reading, given_reading=d.given_reading,
        family_latin=d.family_latin, given_latin=d.given_latin,
        latin_order=d.latin_order.value, honorific=d.honorific, nickname=d.nickname,
        middle_name=d.middle_name, name_prefix=d.name_prefix, name_suffix=d.name_suffix,
        emails=[(m.label, m.value) for m in d.methods_of(MethodKind.EMAIL)],
        phones=[(m.label, m.value) for m in d.methods_of(MethodKind.PHONE)],
        urls=[(m.label, m.value) for m in d.methods_of(MethodKind.WEBSITE)],
        addresses=[Address(label=a.label, postal_code=a.postal_code, region=a.region,
                           city=a.city, street=a.street, extended=a.extended,
                           po_box=a.po_box, country=a.country, text=a.text,
                           latin=getattr(a, "latin", "") or "")
                   for a in d.addresses],
        handles=[_handle(m) for m in d.methods
                 if m.kind not in (MethodKind.EMAIL, MethodKind.PHONE, MethodKind.WEBSITE,
                                   MethodKind.ADDRESS)],
        organization=now.organization, organization_en=now.organization_en,
        organization_reading=now.organization_reading,
        department=now.department, department_en=now.department_en,
        title=now.title, title_en=now.title_en,
        # The whole career, the current role too (open, with its start date, which the flat
        # fields above have no place for); importing knows it by its organisation and title.
        past_positions=[_role(p, readings, as_written=True) for p in d.positions],
        notes=d.notes, birthday=d.birthday_parts,
        anniversary=None if d.anniversary_month is None and d.anniversary_year is None
        else (d.anniversary_year, d.anniversary_month, d.anniversary_day),
        photo=photo, photo_type=photo_type, tags=d.tags,
        interests=d.interests, how_we_met=d.how_we_met, region=d.region,
        cadence_days=d.cadence_days, archived=d.archived)


def _all(journal: Journal):
    f = search.ContactFilter(include_archived=True)
    got: list[search.ContactSummary] = []
    while True:
        batch = search.page(journal, f, 0, 1000, after=got[-1].sort_rank if got else None)
        got += batch
        if len(batch) < 1000:
            return got



EXPORT_FORMATS = ("vcard", "vcard4", "csv", "ics")


# How long each kind of interaction lasts in the calendar (minutes); mail and messages are
# not calendar events.
MINUTES = {"meeting": 60, "meal": 75, "nomikai": 150, "call": 30, "event": 120,
           "meishi_exchange": 30, "other": 60, "business_review": 90}


def _timed_items(journal: Journal, days: int = 365) -> list:
    """Interactions of the last ``days`` and any ahead, as timed events in their own zone."""
    from datetime import UTC, datetime, timedelta

    from kizuna_desktop.formats import ical
    from kizuna_desktop.services import interactions

    out = []
    for i in interactions.since(journal, datetime.now(UTC) - timedelta(days=days)):
        if i.kind.value not in MINUTES:
            continue
        people = ", ".join(p.name for p in i.participants)
        title = i.summary or i.kind.value.replace("_", " ").capitalize()
        out.append(ical.TimedItem(
            f"kizuna-interaction-{i.id}@kizuna.local", f"{title} — {people}", i.local,
            MINUTES[i.kind.value], i.place, i.notes))
    return out


def export_bytes(journal: Journal, fmt: str, today) -> tuple[bytes, str]:
    """The journal's contacts as vCard 3.0/4.0 or CSV, or its open follow-ups and birthdays as
    iCalendar; with a one-line summary of what was written."""
    from kizuna_desktop.formats import ical, table, vcard
    from kizuna_desktop.services import followups

    records = people(journal)
    if fmt == "ics":
        pane = followups.pane(journal, today, per_section=100_000)
        due = [ical.DueItem(f"kizuna-follow-up-{f.id}@kizuna.local",
                            f"{f.title} — {f.contact_name}", f.effective_due, f.notes)
               for f in pane.overdue + pane.today + pane.this_week + pane.later]
        # UIDs by contact id (never reused), so a calendar imported again updates the same
        # person's birthday; people() lists contacts in the order of _all.
        births = [ical.Birthday(f"kizuna-birthday-{cid}@kizuna.local", p.label, *p.birthday)
                  for cid, p in zip([c.id for c in _all(journal)], records, strict=True)
                  if p.birthday and None not in p.birthday[1:]]  # a day to put it on
        timed = _timed_items(journal)
        notes: list[str] = []
        data = ical.calendar(due, births, timed, notes)
        said = (translate("services", "{due} open follow-ups, {births} birthdays and {timed} "
                          "interaction of the last year and ahead") if len(timed) == 1
                else translate("services", "{due} open follow-ups, {births} birthdays and "
                               "{timed} interactions of the last year and ahead"))
        return data, said.format(due=len(due), births=len(births), timed=len(timed)) + "".join(
            f"; {n}" for n in notes)
    cards = organization_cards(journal)
    if fmt == "csv":
        left = (translate("services", "; {n} organisations' websites, addresses and notes not "
                          "exported (CSV has one row per contact; export vCard to keep them)")
                .format(n=len(cards)) if cards else "")
        return table.write_csv(records), translate("services", "{n} contacts").format(
            n=len(records)) + left
    if fmt in ("vcard", "vcard4"):
        version = "4.0" if fmt == "vcard4" else "3.0"
        return (vcard.write_vcards(records + cards, version).encode("utf-8"),
                (translate("services", "{n} contacts and {orgs} organisation cards")
                 if cards else translate("services", "{n} contacts")).format(
                    n=len(records), orgs=len(cards)))
    raise KizunaError(f"Unknown export format {fmt}; use one of {', '.join(EXPORT_FORMATS)}.")
