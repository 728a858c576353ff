"""The plain records importers produce and exporters consume."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Problem:
    """Something in an input file that could not be used, with where it is.

    ``kind`` says what became of it: "problem" (a value left out, with why), "kept_as_text"
    (kept, but as text in notes or as written), "not_imported" (a column or property that
    nothing reads, with its count: listed in the plan before the user says yes),
    "possible_duplicate" (the same name and nothing else in common: kept apart)."""

    file: str
    line: int | None
    message: str
    kind: str = "problem"

    def __str__(self) -> str:
        """'file:line: message', the message in the interface's language (its English
        sentence is filed in the catalogue by i18n_marks.problem_sentences)."""
        from kizuna_desktop.i18n import translate_message

        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {translate_message(self.message, 'problems')}"


@dataclass
class Address:
    """A postal address as a file gives it: its parts where known, and the text as written.
    Iterating gives ``(label, text)`` (the earlier tuple form)."""

    label: str = ""
    postal_code: str = ""
    region: str = ""  # prefecture / state
    city: str = ""
    street: str = ""  # town, block numbers
    extended: str = ""  # building, room (Android writes a whole Japanese address here)
    po_box: str = ""
    country: str = ""
    text: str = ""  # the whole address as one text, when the file has it
    latin: str = ""  # the same address in Latin letters (a vCard's paired ADR), one line

    def __iter__(self):
        return iter((self.label, self.text or self.joined()))

    def joined(self) -> str:
        """The parts as one line, largest first for Japanese, else street first."""
        parts = [self.postal_code, self.region, self.city, self.street, self.extended]
        if any(ord(ch) > 0x2E7F for ch in "".join(parts)):
            return " ".join(x for x in (self.postal_code and f"〒{self.postal_code}",
                                        self.region, self.city, self.street, self.extended,
                                        self.po_box, self.country) if x)
        return ", ".join(x for x in (self.po_box, self.extended, self.street, self.city,
                                     " ".join(y for y in (self.region, self.postal_code) if y),
                                     self.country) if x)

    def is_empty(self) -> bool:
        return not any((self.postal_code, self.region, self.city, self.street, self.extended,
                        self.po_box, self.country, self.text, self.latin))


@dataclass
class Role:
    """A position held (for career history in exports and the journal's own files)."""

    organization: str = ""
    organization_en: str = ""
    organization_reading: str = ""
    department: str = ""
    department_en: str = ""
    title: str = ""
    title_en: str = ""
    start: str = ""  # ISO date or ""
    end: str = ""  # ISO date or "" (open)
    concurrent: bool = False  # 兼務: held alongside the main position
    # Kizuna's own career lines (X-KIZUNA-POSITION …;as-written, the own CSV's positions
    # with "as_written": true): department and title each in the field the journal had it
    # in (a Latin title typed as the title stays there). Older files put the English one
    # first when there was no other: read as other programs' files are.
    as_written: bool = field(default=False, compare=False)


@dataclass
class Person:
    """One contact read from a file (or to be written to one): names, readings, methods,
    the organisation and role, and the journal's own fields."""

    family_name: str = ""
    given_name: str = ""
    family_reading: str = ""
    given_reading: str = ""
    family_latin: str = ""
    given_latin: str = ""
    latin_order: str = "given_first"
    middle_name: str = ""
    name_prefix: str = ""
    name_suffix: str = ""
    nickname: str = ""
    honorific: str = ""
    # 連名: the joint names at the same address (筆まめ / 筆王 / 宛名職人's 連名 columns), a
    # given name under the contact's family name or a full name "FAMILY GIVEN"
    joint_names: list[str] = field(default_factory=list)
    is_organization: bool = False  # vCard KIND:org: an organisation's card, not a person's
    emails: list[tuple[str, str]] = field(default_factory=list)  # (label, address)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, number as written)
    urls: list[tuple[str, str]] = field(default_factory=list)  # (label, url)
    addresses: list[Address] = field(default_factory=list)
    handles: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, value)
    # The current role (flat, as most files have it) ...
    organization: str = ""
    organization_en: str = ""
    organization_reading: str = ""
    department: str = ""
    department_en: str = ""
    title: str = ""
    title_en: str = ""
    # ... and earlier roles, oldest first (the journal's own files carry the whole career).
    past_positions: list[Role] = field(default_factory=list)
    notes: str = ""
    # (year, month, day), any part None when the file does not give it (--03-09, 1985, 1985-04)
    birthday: tuple[int | None, int | None, int | None] | None = None
    anniversary: tuple[int | None, int | None, int | None] | None = None
    photo: bytes | None = None
    photo_type: str = ""  # "image/jpeg", "image/png", "image/webp", ...
    tags: list[str] = field(default_factory=list)
    interests: str = ""
    how_we_met: str = ""
    # 名刺交換: the dates a card app's CSV says the card was exchanged (Eight, Sansan:
    # 名刺交換日); each becomes a meishi-exchange interaction on that day (issue 14, B2)
    card_exchanges: list[date] = field(default_factory=list)
    region: str = ""
    cadence_days: int | None = None
    archived: bool = False
    line: int | None = None  # where it starts in its file

    @property
    def label(self) -> str:
        parts = (self.family_name, self.given_name)
        if not any(_cjk(x) for x in parts) and self.latin_order != "family_first":
            parts = parts[::-1]  # a name in Latin letters reads given name first
        name = " ".join(x for x in parts if x)
        if not name:
            name = " ".join(x for x in (self.given_latin, self.family_latin) if x)
        return (name or self.nickname or self.organization
                or (self.emails[0][1] if self.emails else "")
                or (self.phones[0][1] if self.phones else "") or _no_name())


def _no_name() -> str:
    from kizuna_desktop.i18n import translate

    return translate("import", "(no name)")


def _cjk(text: str) -> bool:
    from kizuna_desktop.services.japanese import has_cjk

    return has_cjk(text)


PROBLEM_LIMIT = 1000


def capped(problems: list[Problem], filename: str) -> list[Problem]:
    """At most PROBLEM_LIMIT problems, then one line saying how many more there were."""
    if len(problems) <= PROBLEM_LIMIT:
        return problems
    more = len(problems) - PROBLEM_LIMIT
    return [*problems[:PROBLEM_LIMIT],
            Problem(filename, None, f"… and {more:,} more problems like these")]
