"""Exporting: the journal's contacts as records for vCard or CSV, and its open follow-ups and
birthdays as iCalendar."""

from __future__ import annotations

from sqlalchemy import select

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats.records import Person
from kizuna_desktop.services import contacts, search
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, MethodKind


def people(journal: Journal) -> list[Person]:
    """Every contact (archived too) as export records, in list order."""
    out: list[Person] = []
    ids = [c.id for c in _all(journal)]
    with journal.session() as s:
        for cid in ids:
            d = contacts.get_in(s, cid)
            photo = s.scalar(select(Contact.photo).where(Contact.id == cid))
            cur = d.current_position
            out.append(Person(
                family_name=d.family_name, given_name=d.given_name,
                family_reading=d.family_reading, given_reading=d.given_reading,
                family_latin=d.family_latin, given_latin=d.given_latin,
                latin_order=d.latin_order.value,
                emails=[(m.label, m.value) for m in d.methods_of(MethodKind.EMAIL)],
                phones=[(m.label, m.value) for m in d.methods_of(MethodKind.PHONE)],
                addresses=[(m.label, m.value) for m in d.methods_of(MethodKind.ADDRESS)],
                handles=[(m.kind.value, m.label, m.value) for m in d.methods
                         if m.kind not in (MethodKind.EMAIL, MethodKind.PHONE,
                                           MethodKind.ADDRESS)],
                organization=(cur.organization_ja or cur.organization_en) if cur else "",
                department=(cur.department_ja or cur.department_en) if cur else "",
                title=(cur.title_ja or cur.title_en) if cur else "",
                notes=d.notes, birthday=d.birthday, photo=photo, tags=d.tags,
                interests=d.interests, how_we_met=d.how_we_met, region=d.region,
                cadence_days=d.cadence_days))
    return out


def _all(journal: Journal):
    f = search.ContactFilter(include_archived=True)
    got: list[search.ContactSummary] = []
    while True:
        batch = search.page(journal, f, 0, 1000, after=got[-1].sort_rank if got else None)
        got += batch
        if len(batch) < 1000:
            return got



EXPORT_FORMATS = ("vcard", "vcard4", "csv", "ics")


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
        births = [ical.Birthday(f"kizuna-birthday-{i}@kizuna.local", p.label, *p.birthday)
                  for i, p in enumerate(records) if p.birthday]
        return ical.calendar(due, births), (f"{len(due)} open follow-ups and {len(births)} "
                                            "birthdays")
    if fmt == "csv":
        return table.write_csv(records), f"{len(records)} contacts"
    if fmt in ("vcard", "vcard4"):
        version = "4.0" if fmt == "vcard4" else "3.0"
        return vcard.write_vcards(records, version).encode("utf-8"), f"{len(records)} contacts"
    raise KizunaError(f"Unknown export format {fmt}; use one of {', '.join(EXPORT_FORMATS)}.")
