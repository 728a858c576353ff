"""How a contact's name is shown: as written, its reading, its Latin form, how to address them."""

from __future__ import annotations

from dataclasses import dataclass

from kizuna_desktop.services.japanese import has_cjk
from kizuna_desktop.store.models import LatinOrder


@dataclass(frozen=True)
class NameParts:
    family_name: str = ""
    given_name: str = ""
    family_reading: str = ""
    given_reading: str = ""
    family_latin: str = ""
    given_latin: str = ""
    latin_order: LatinOrder = LatinOrder.GIVEN_FIRST
    honorific: str = "様"


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def written(n: NameParts) -> str:
    """The name as written: family first for Japanese script (山田 太郎), else given
    first (Anna Schmidt)."""
    if has_cjk(n.family_name + n.given_name):
        return _join(n.family_name, n.given_name)
    return _join(n.given_name, n.family_name)


def reading(n: NameParts) -> str:
    return _join(n.family_reading, n.given_reading)


def latin(n: NameParts) -> str:
    """``Taro YAMADA`` or ``YAMADA Taro``, as the contact prefers; falls back to a Latin
    name as written."""
    family, given = n.family_latin, n.given_latin
    if not family and not given:
        if not has_cjk(n.family_name + n.given_name):
            family, given = n.family_name, n.given_name
        else:
            return ""
    if n.latin_order == LatinOrder.FAMILY_FIRST:
        return _join(family.upper(), given)
    return _join(given, family.upper())


def display(n: NameParts) -> str:
    """One line naming the contact: as written, with the Latin form when it differs."""
    w = written(n)
    lat = latin(n)
    if w and lat and has_cjk(w):
        return f"{w} ({lat})"
    if w or lat:
        return w or lat
    from kizuna_desktop.i18n import translate

    return translate("services", "(no name)")


def address_forms(n: NameParts) -> tuple[str, str]:
    """How to address the person in writing and in speech: (``山田様``, ``Yamada-san``)."""
    honorific = n.honorific or "様"
    family = n.family_name or n.given_name
    if not has_cjk(family) and n.family_reading:
        family = n.family_reading  # a foreign name is written in katakana: スミス様
    written_form = f"{family}{honorific}" if family else ""
    spoken_family = n.family_latin or (n.family_name if not has_cjk(n.family_name) else "")
    if spoken_family.isupper():
        spoken_family = spoken_family.title()
    spoken = f"{spoken_family}-san" if spoken_family else ""
    return written_form, spoken


def short(family_name: str, given_name: str, family_latin: str = "", given_latin: str = ""
          ) -> str:
    """The name as written, else the Latin one: how lists and panes name a contact."""
    return written(NameParts(family_name=family_name, given_name=given_name)) or " ".join(
        p for p in (given_latin, family_latin) if p)
