"""vCards out through vobject's components: contacts as vCard 3.0 or 4.0 with the Japanese
phonetic fields address books read (X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME and
SORT-STRING) and Kizuna's own X-KIZUNA-* fields, and the user's own meishi as the vCard its QR
code carries. Reading is in ``vcard``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import vobject

from kizuna_desktop.formats.records import Person

if TYPE_CHECKING:
    from kizuna_desktop.services.meishi import MeishiView


def write_vcards(people: list[Person], version: str = "3.0") -> str:
    """vCards for ``people``; ``version`` is '3.0' or '4.0'."""
    return "".join(_card(p, version) for p in people)


def _card(p: Person, version: str) -> str:
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=p.family_name, given=p.given_name)
    japanese = any(ord(ch) > 0x2E80 for ch in p.family_name + p.given_name)
    full = (f"{p.family_name} {p.given_name}" if japanese else
            f"{p.given_name} {p.family_name}").strip()
    card.add("fn").value = full or "(no name)"
    if p.family_reading:
        card.add("x-phonetic-last-name").value = p.family_reading
    if p.given_reading:
        card.add("x-phonetic-first-name").value = p.given_reading
    if p.family_reading or p.given_reading:
        card.add("sort-string").value = " ".join(x for x in (p.family_reading, p.given_reading)
                                                 if x)
    for kind, items in (("email", p.emails), ("tel", p.phones)):
        for label, value in items:
            prop = card.add(kind)
            prop.value = value
            if label:
                prop.type_param = label.upper()
    for label, value in p.addresses:
        prop = card.add("adr")
        prop.value = vobject.vcard.Address(street=value)
        if label:
            prop.type_param = label.upper()
    for kind, _, value in p.handles:
        if kind in ("website", "linkedin") and ("." in value or "/" in value):
            card.add("url").value = value
        else:
            card.add(f"x-{kind}").value = value
    if p.organization or p.department:
        card.add("org").value = [x for x in (p.organization, p.department) if x]
    if p.title:
        card.add("title").value = p.title
    if p.notes:
        card.add("note").value = p.notes
    if p.birthday:
        y, m, d = p.birthday
        card.add("bday").value = f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}{d:02d}"
    if p.photo:
        photo = card.add("photo")
        photo.encoding_param = "b"
        photo.type_param = "PNG" if p.photo.startswith(b"\x89PNG") else "JPEG"
        photo.value = p.photo
    if p.tags:
        card.add("categories").value = p.tags
    for key, value in (("x-kizuna-interests", p.interests),
                       ("x-kizuna-how-we-met", p.how_we_met), ("x-kizuna-region", p.region),
                       ("x-kizuna-cadence", str(p.cadence_days or "")),
                       ("x-kizuna-latin-family", p.family_latin),
                       ("x-kizuna-latin-given", p.given_latin),
                       ("x-kizuna-latin-order", p.latin_order)):
        if value:
            card.add(key).value = value
    text = card.serialize()
    if version == "4.0":
        text = text.replace("VERSION:3.0", "VERSION:4.0", 1)
    return text


def meishi_vcard(p: MeishiView) -> str:
    """A vCard 3.0 of the user's own card, as a QR code on the card carries it."""
    card = vobject.vCard()
    full = p.name_en or p.name_ja
    card.add("fn").value = full
    parts = full.split()
    family, given = (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (full, "")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if p.name_ja and p.name_en:
        card.add("x-phonetic-last-name").value = p.reading_ja or p.name_ja
    org = [x for x in (p.company_en or p.company_ja, p.department_en or p.department_ja) if x]
    if org:
        card.add("org").value = org
    if p.title_en or p.title_ja:
        card.add("title").value = p.title_en or p.title_ja
    if p.phone:
        tel = card.add("tel")
        tel.value = p.phone
        tel.type_param = "WORK"
    if p.email:
        email = card.add("email")
        email.value = p.email
        email.type_param = "INTERNET"
    if p.web:
        card.add("url").value = p.web if "://" in p.web else f"https://{p.web}"
    if p.address_en:
        card.add("label").value = p.address_en
    return card.serialize()
