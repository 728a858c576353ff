"""vCard through vobject."""

from __future__ import annotations

from typing import TYPE_CHECKING

import vobject

if TYPE_CHECKING:
    from kizuna_desktop.services.meishi import MeishiView


def meishi_vcard(p: MeishiView) -> str:
    """A vCard 3.0 of the user's own card, as a QR code on the card carries it. Both names
    are given: the Latin one as FN/N, the Japanese one as its phonetic-aware sort and X- field
    phones write."""
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
