"""The whole contact as plain data (``kizuna show CONTACT --json``): every stored field, the
career, and the interactions, gifts and introductions they are part of. Two journals hold
the same contact exactly when their dossiers are equal (ids aside): the round-trip tests
compare them."""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kizuna_desktop.services import contacts, introductions, ledger, nengajo
from kizuna_desktop.services.names import latin, written
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, Interaction, MethodKind, Organization

# What a contact file carries; the rest (ids, and what only the journal records) is left
# out when two journals' contacts are compared.
JOURNAL_ONLY = ("id", "interactions", "gifts", "introductions")


def partial_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """ISO 8601 as far as it is known: ``1985-04-12``, ``--04-12`` (no year), ``1985-04``,
    ``1985``; None for nothing."""
    if month is None and day is None:
        return None if year is None else f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def _ja_date(iso: str | None) -> str | None:
    """An ISO date as far as it is known, in Japanese: 1971年5月12日, 5月12日 (no year),
    1971年5月, 1971年; anything else as it is."""
    import re

    m = re.fullmatch(r"(\d{4}|-)-?(\d{2})?-?(\d{2})?", iso or "")
    if not m:
        return iso
    year, month, day = m.groups()
    return ((f"{int(year)}年" if year != "-" else "") + (f"{int(month)}月" if month else "")
            + (f"{int(day)}日" if day else ""))


def _methods(d: contacts.ContactDetail, kind: MethodKind) -> list[dict]:
    return [{"value": m.value, "label": m.label} for m in d.methods_of(kind)]


def _handles(d: contacts.ContactDetail) -> list[dict]:
    out = []
    for m in d.methods:
        if m.kind in (MethodKind.EMAIL, MethodKind.PHONE, MethodKind.WEBSITE,
                      MethodKind.ADDRESS):
            continue
        service, label = m.kind.value, m.label
        if m.kind == MethodKind.OTHER and m.label:  # Skype, IMPP...: the service first
            service, _, label = m.label.partition(" ")
        out.append({"value": m.value, "label": label, "service": service})
    return out


def _position(p, readings: dict[int, str]) -> dict:
    return {"organization": p.organization_ja or p.organization_en,
            "organization_en": p.organization_en,
            "organization_reading": readings.get(p.organization_id, ""),
            "department": p.department_ja or p.department_en,
            "department_en": p.department_en,
            "title": p.title_ja or p.title_en, "title_en": p.title_en,
            "start": p.start_date.isoformat() if p.start_date else None,
            "end": p.end_date.isoformat() if p.end_date else None,
            "current": False, "concurrent": bool(getattr(p, "concurrent", False))}  # 兼務


def interactions_of(session, contact_id: int) -> list[dict]:
    """The interactions the contact took part in, oldest first: the time as it was where
    it happened (ISO, with its offset), the zone, kind, summary, place and who was there."""
    rows = session.scalars(
        select(Interaction).where(Interaction.participants.any(Contact.id == contact_id))
        .options(selectinload(Interaction.participants))
        .order_by(Interaction.occurred_at, Interaction.id)).all()
    out = []
    for i in rows:
        zone = getattr(i, "zone", None) or "UTC"
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            tz, zone = UTC, "UTC"
        when = i.occurred_at.replace(tzinfo=UTC).astimezone(tz)
        # An all-day entry (a card app's 名刺交換日) is its date, with no time of its own.
        out.append({"local_time": when.isoformat(), "zone": zone, "kind": i.kind.value,
                    "all_day": bool(i.all_day), "date": when.date().isoformat(),
                    "summary": i.summary, "place": i.place,
                    "people": [written(_name_parts(c)) or latin(_name_parts(c))
                               for c in i.participants
                               if c.id != contact_id],
                    "notes": i.notes})
    return out


def _name_parts(c: Contact):
    from kizuna_desktop.services.names import NameParts

    return NameParts(family_name=c.family_name, given_name=c.given_name,
                     family_latin=c.family_latin, given_latin=c.given_latin,
                     latin_order=c.latin_order)


def _gift(g: ledger.LedgerView) -> dict:
    return {"direction": g.direction.value, "kind": g.kind.value,
            "occasion": g.occasion.value, "description": g.description, "value": g.value,
            "currency": g.currency, "date": g.occurred_on.isoformat(),
            "with": list(g.other_names)}


def _introduction(i: introductions.IntroductionView) -> dict:
    return {"introducer": i.introducer_name if i.introducer_id is not None else "me",
            "introduced": i.introduced_name if i.introduced_id is not None else "me",
            "introduced_to": i.introduced_to_name if i.introduced_to_id is not None else "me",
            "date": i.introduced_on.isoformat() if i.introduced_on else None,
            "note": i.note, "sentence": i.sentence()}


def dossier(journal: Journal, contact_id: int) -> dict:
    """Everything about the contact, as JSON-ready plain data."""
    with journal.session() as s:
        d = contacts.get_in(s, contact_id)
        readings: dict[int, str] = {}
        if hasattr(Organization, "reading") and d.positions:
            readings = dict(s.execute(select(Organization.id, Organization.reading).where(
                Organization.id.in_({p.organization_id for p in d.positions}))).all())
        photo = s.scalar(select(Contact.photo).where(Contact.id == contact_id))
        cur = d.current_position
        positions = [_position(p, readings) for p in d.positions]
        for p, view in zip(d.positions, positions, strict=True):
            view["current"] = cur is not None and p.id == cur.id
        out = {
            "id": d.id, "name": written(d.name_parts) or latin(d.name_parts),
            "family": d.family_name, "given": d.given_name,
            "family_reading": d.family_reading, "given_reading": d.given_reading,
            "family_latin": d.family_latin, "given_latin": d.given_latin,
            "latin_order": d.latin_order.value, "honorific": d.honorific,
            # 連名: the joint names of the contact's New Year card (its latest mark's)
            "joint_names": nengajo.joint_names_of(s, [contact_id]).get(contact_id, []),
            "nickname": d.nickname, "middle_name": d.middle_name,
            "name_prefix": d.name_prefix, "name_suffix": d.name_suffix,
            "emails": _methods(d, MethodKind.EMAIL), "phones": _methods(d, MethodKind.PHONE),
            "urls": _methods(d, MethodKind.WEBSITE), "handles": _handles(d),
            "addresses": [{"label": a.label, "postal_code": a.postal_code,
                           "region": a.region, "city": a.city, "street": a.street,
                           "extended": a.extended, "po_box": a.po_box,
                           "country": a.country, "text": a.text,
                           # 町域 and 丁目・番・号 apart, and the address in Latin letters
                           "town": a.town, "block": a.block, "latin": a.latin}
                          for a in d.addresses],
            "positions": positions,
            "birthday": partial_date(d.birth_year, d.birth_month, d.birth_day),
            "anniversary": partial_date(d.anniversary_year, d.anniversary_month,
                                        d.anniversary_day),
            "tags": list(d.tags), "interests": d.interests, "how_we_met": d.how_we_met,
            "region": d.region, "notes": d.notes, "cadence_days": d.cadence_days,
            "archived": d.archived, "photo_bytes": len(photo) if photo else 0,
            "interactions": interactions_of(s, contact_id),
        }
    out["gifts"] = [_gift(g) for g in ledger.for_contact(journal, contact_id)]
    out["introductions"] = [_introduction(i)
                            for i in introductions.for_contact(journal, contact_id)]
    return out


def comparable(data: dict) -> dict:
    """A dossier without what contact files do not carry (ids, interactions, gifts,
    introductions): what must survive a round trip through a file."""
    return {k: v for k, v in data.items() if k not in JOURNAL_ONLY}


def text_lines(data: dict) -> list[str]:
    """The dossier for a terminal: one field a line, lists indented."""
    from datetime import date

    from kizuna_desktop.i18n import (
        affiliation,
        current,
        format_span,
        method_label,
        service_name,
        translate,
    )

    lines = [translate("dossier", "{name}  (contact {id})").format(name=data["name"],
                                                                   id=data["id"])]
    words = {
        "family_reading": translate("dossier", "family reading"),
        "given_reading": translate("dossier", "given reading"),
        "family_latin": translate("dossier", "family latin"),
        "given_latin": translate("dossier", "given latin"),
        "honorific": translate("dossier", "honorific"),
        "joint_names": translate("dossier", "joint names"),
        "nickname": translate("dossier", "nickname"),
        "middle_name": translate("dossier", "middle name"),
        "name_prefix": translate("dossier", "name prefix"),
        "name_suffix": translate("dossier", "name suffix"),
        "birthday": translate("dossier", "birthday"),
        "anniversary": translate("dossier", "anniversary"),
        "region": translate("dossier", "region"),
        "cadence_days": translate("dossier", "cadence days"),
        "interests": translate("dossier", "interests"),
        "how_we_met": translate("dossier", "how we met"),
        "archived": translate("dossier", "archived"),
        "tags": translate("dossier", "tags"),
        "email": translate("dossier", "email"),
        "phone": translate("dossier", "phone"),
        "url": translate("dossier", "url"),
        "handle": translate("dossier", "handle"),
        "address": translate("dossier", "address"),
        "position": translate("dossier", "position"),
        "notes": translate("dossier", "notes"),
        "interaction": translate("dossier", "interaction"),
        "gift": translate("dossier", "gift"),
        "introduction": translate("dossier", "introduction"),
    }

    def add(label: str, value) -> None:
        if value not in (None, "", [], False):
            lines.append(f"  {words.get(label, label)}: {value}")

    for key in ("family_reading", "given_reading", "family_latin", "given_latin",
                "honorific", "nickname", "middle_name", "name_prefix", "name_suffix",
                "birthday", "anniversary", "region", "cadence_days", "interests",
                "how_we_met"):
        value = data[key]
        if key in ("birthday", "anniversary") and current() == "ja":
            value = _ja_date(value)  # 1971年5月12日, as the positions' dates below
        add(key, value)
    # 連名 on one line: 花子、佐藤 一郎 in Japanese (the names have spaces of their own)
    add("joint_names", ("、" if current() == "ja" else ", ").join(data.get("joint_names", [])))
    add("archived", translate("dossier", "yes") if data["archived"] else "")
    add("tags", ", ".join(data["tags"]))
    for key in ("emails", "phones", "urls", "handles"):
        for m in data[key]:
            label = " ".join(x for x in (service_name(m.get("service", "")),
                                         method_label(m["label"])) if x)
            add(key[:-1], f"{m['value']}" + (f" ({label})" if label else ""))
    for a in data["addresses"]:
        add("address", a["text"] + (f" ({method_label(a['label'])})" if a["label"] else ""))
    for p in data["positions"]:
        span = format_span(*(date.fromisoformat(p[k]) if p[k] else None
                             for k in ("start", "end")))
        role = affiliation(p["organization"], p["department"], p["title"])
        add("position", f"{role} [{span}]" + (translate("dossier", " (current)")
                                               if p["current"] else ""))
    add("notes", data["notes"].replace("\n", " ⏎ "))
    kinds = {"meeting": translate("Kinds", "Meeting"), "meal": translate("Kinds", "Meal"),
             "nomikai": translate("Kinds", "Nomikai"), "call": translate("Kinds", "Call"),
             "email": translate("Kinds", "E-mail"), "message": translate("Kinds", "Message"),
             "event": translate("Kinds", "Event"),
             "meishi_exchange": translate("Kinds", "Meishi exchange"),
             "other": translate("Kinds", "Other"),
             "business_review": translate("Kinds", "Business review"),
             "gift": translate("Kinds", "Gift"), "favour": translate("Kinds", "Favour"),
             "introduction": translate("Kinds", "Introduction"),
             "invitation": translate("Kinds", "Invitation"),
             "given": translate("dossier", "given"), "received": translate("dossier", "received")}
    if current() != "ja":
        kinds = {}  # English keeps the stored words (meeting, given gift)
    for i in data["interactions"]:
        # An all-day entry shows its date alone (never 00:00), and one with no summary of
        # its own says what it was (a meishi exchange an import recorded).
        at = i["date"] if i.get("all_day") else f"{i['local_time']} {i['zone']}"
        if current() == "ja":  # 2025年1月14日 11:00 Asia/Tokyo (English keeps ISO for scripts)
            at = _ja_date(i["date"]) + ("" if i.get("all_day") else
                                        f" {i['local_time'][11:16]} {i['zone']}")
        summary = i["summary"] or (translate("dossier", "Exchanged meishi")
                                   if i["kind"] == "meishi_exchange" else "")
        add("interaction", f"{at} {kinds.get(i['kind'], i['kind'])}"
            + (f": {summary}" if summary else "")
            + (f" @ {i['place']}" if i["place"] else ""))
    for g in data["gifts"]:
        when = _ja_date(g["date"]) if current() == "ja" else g["date"]
        add("gift", f"{when} {kinds.get(g['direction'], g['direction'])} "
            f"{kinds.get(g['kind'], g['kind'])}: {g['description']}")
    for i in data["introductions"]:
        add("introduction", i["sentence"])
    return lines
