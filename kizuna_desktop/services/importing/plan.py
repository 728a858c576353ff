"""Planning an import: every record checked, and matched against the journal and the earlier
records of its file, before anything is written.

Duplicates are the same PERSON, never only the same address: the same name (kanji, reading
or Latin, compared folded) plus a shared e-mail, phone (its E.164 digits) or organisation. A
role address (info@, a 代表 number) shared by people of different names therefore never
merges them. The same name and nothing else in common is kept apart and listed as a
possible duplicate, unless the record brings nothing the contact does not already hold (the
same file imported again). Every comparison folds text in Python, on both sides (never
SQL's ``lower()``, which leaves non-ASCII capitals as they are)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kizuna_desktop.errors import ValidationError, field_name
from kizuna_desktop.formats.records import Person, Problem, Role, capped
from kizuna_desktop.gcpause import paused_gc
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kizuna_desktop.services import contacts, validation
from kizuna_desktop.services.contacts import AddressInput, ContactInput, Method
from kizuna_desktop.services.importing.read import read_file
from kizuna_desktop.services.japanese import has_cjk, is_kana
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import raw_rows
from kizuna_desktop.store.models import MethodKind

# Values asked for in one query (an IN list); past this many, one pass over every row.
LOOKUP_LIMIT = 500

KIND_TITLES = {  # (in English; kind_title gives them in the interface's language)
    "problem": QT_TRANSLATE_NOOP("import", "Left out"),
    "kept_as_text": QT_TRANSLATE_NOOP("import", "Kept as text"),
    "not_imported": QT_TRANSLATE_NOOP("import", "Not imported (no field for it)"),
    "possible_duplicate": QT_TRANSLATE_NOOP("import", "Possible duplicates (kept apart)"),
    "conflict": QT_TRANSLATE_NOOP(
        "import", "Conflicts (the journal's value kept, the file's added to notes)"),
}
# The same, as counted in the plan's one-line summary ("3 left out, 2 conflicts")
_KIND_COUNTS = {
    "problem": QT_TRANSLATE_NOOP("import", "{n} left out"),
    "kept_as_text": QT_TRANSLATE_NOOP("import", "{n} kept as text"),
    "not_imported": QT_TRANSLATE_NOOP("import", "{n} not imported"),
    "possible_duplicate": QT_TRANSLATE_NOOP("import", "{n} possible duplicates"),
    "conflict": QT_TRANSLATE_NOOP("import", "{n} conflicts"),
}


def kind_title(kind: str) -> str:
    """The heading of a group of problems, in the interface's language."""
    return translate("import", KIND_TITLES[kind]) if kind in KIND_TITLES else kind


@dataclass
class Item:
    person: Person
    data: ContactInput
    duplicate_of: int | None = None  # an existing contact it will be merged into
    same_as: int | None = None  # the index (in plan.items) of an earlier record it joins
    same_as_line: int | None = None  # that record's line, for messages
    reason: str = ""
    accepted: bool = True  # the user's answer to a proposed merge (False: kept apart)
    # The contact it is already holds everything it brings: nothing to write.
    unchanged: bool = False

    @property
    def merges(self) -> bool:
        return (self.accepted and not self.unchanged
                and (self.duplicate_of is not None or self.same_as is not None))


@dataclass
class Plan:
    filename: str
    format: str
    items: list[Item] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    organizations: list[Person] = field(default_factory=list)  # KIND:org cards
    # For the contacts matched: the e-mails (folded) and phones they share with the file.
    held: dict[int, tuple[set[str], list[str]]] = field(default_factory=dict)
    stamp: tuple | None = None  # the journal as it was when matched (journal_stamp)
    # 名刺交換日 (a card app's CSV): the meishi exchanges the import will record, one per
    # contact and day it has none on yet
    exchanges: int = 0

    @property
    def new(self) -> list[Item]:
        return [i for i in self.items if not i.merges and not i.unchanged]

    @property
    def unchanged(self) -> list[Item]:
        """Records the contacts they are already hold whole (the same file again)."""
        return [i for i in self.items if i.unchanged]

    @property
    def duplicates(self) -> list[Item]:
        return [i for i in self.items if i.merges]

    @property
    def proposed_merges(self) -> list[Item]:
        """Every record matched to a contact (or an earlier record), accepted or not; not
        those that would change nothing."""
        return [i for i in self.items if not i.unchanged
                and (i.duplicate_of is not None or i.same_as is not None)]

    def problems_by_kind(self) -> dict[str, list[Problem]]:
        out: dict[str, list[Problem]] = {}
        for p in self.problems:
            out.setdefault(p.kind, []).append(p)
        return {k: out[k] for k in (*KIND_TITLES, *sorted(set(out) - set(KIND_TITLES)))
                if k in out}

    def report_lines(self, limit: int = 200) -> list[str]:
        """The problems grouped by what became of them, each group with its count."""
        lines: list[str] = []
        for kind, problems in self.problems_by_kind().items():
            lines.append(f"{kind_title(kind)}: {len(problems)}")
            lines += [f"  {p}" for p in problems[:limit]]
            if len(problems) > limit:
                lines.append("  " + translate("import", "… and {n} more").format(
                    n=len(problems) - limit))
        return lines

    def summary(self) -> str:
        kinds = Counter(p.kind for p in self.problems)
        found = translate("import", ", ").join(
            translate("import", _KIND_COUNTS[k]).format(n=n) if k in _KIND_COUNTS
            else f"{n} {k}" for k, n in kinds.items())
        orgs = (translate("services", ", {n} organisation card(s)").format(
            n=len(self.organizations)) if self.organizations else "")
        same = (translate("services", ", {n} unchanged (already in the journal as they are)")
                .format(n=len(self.unchanged)) if self.unchanged else "")
        return translate("services", "{file}: {n} contact(s) to import — {new} new, {dup} the "
                         "same person as a contact already there (to be merged, never "
                         "doubled){same}{orgs}; {problems} problem(s){found}.").format(
            file=self.filename, n=len(self.items), new=len(self.new),
            dup=len(self.duplicates), same=same, orgs=orgs, problems=len(self.problems),
            found=": " + found if found else "") + (" " + translate(
                "services", "{n} meishi exchange(s) (名刺交換日) to record as interactions on "
                "their days.").format(n=self.exchanges) if self.exchanges else "")


# --- folding and keys ------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_KATA = {i: i + 0x60 for i in range(0x3041, 0x3097)}  # hiragana to katakana


def fold(text: str) -> str:
    """The form names, organisations and e-mails are compared in: NFKC, case-folded (full
    Unicode, so ``A.Ş.`` and ``a.ş.`` are one), spaces collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _pair(family: str, given: str) -> str | None:
    f, g = fold(family).replace(" ", ""), fold(given).replace(" ", "")
    return f"{f}|{g}" if f or g else None


def name_keys(d: ContactInput | tuple) -> frozenset[str]:
    """The keys a name is known by: written, reading (in katakana) and Latin, each folded."""
    if not isinstance(d, tuple):
        d = (d.family_name, d.given_name, d.family_reading, d.given_reading, d.family_latin,
             d.given_latin)
    return _keys(d)


@lru_cache(maxsize=200_000)  # names repeat: each folded once
def _keys(names: tuple) -> frozenset[str]:
    """``w:`` the name as written in Japanese script, ``r:`` its reading in katakana, ``l:``
    the Latin name (a name written in Latin letters is one)."""
    family, given, fr, gr, fl, gl = names
    written = _pair(family, given)
    # A name written in kana is its reading; in Latin letters, its Latin name.
    script = ("r:" if is_kana(family + given) else "w:") if has_cjk(family + given) else "l:"
    if script == "r:":
        written = _pair(family.translate(_KATA), given.translate(_KATA))
    keys = {written and script + written, _pair(fl, gl) and "l:" + _pair(fl, gl),
            _pair(fr.translate(_KATA), gr.translate(_KATA))
            and "r:" + _pair(fr.translate(_KATA), gr.translate(_KATA))}
    keys.discard(None)
    keys.discard("")
    return frozenset(keys)


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same name: equal in every script both give (at least one). 山田 太郎 and 山田 太一
    read alike are two people; a Latin-only record is its Latin name."""
    common = {k[:2] for k in a} & {k[:2] for k in b}
    return bool(common) and {k for k in a if k[:2] in common} == {
        k for k in b if k[:2] in common}


_LONG = [("ou", "o"), ("oo", "o"), ("uu", "u"), ("oh", "o"), ("ō", "o"), ("ū", "u")]


def _romaji(text: str) -> str:
    """A name part in Latin letters as compared across scripts: folded, letters only, long
    vowels written short (Tarou, Taroh, Tarō and Taro are one)."""
    from kizuna_desktop.services.japanese import hepburn

    if has_cjk(text):
        text = hepburn(text)
    text = "".join(ch for ch in fold(text) if ch.isalpha())
    for long, plain in _LONG:
        text = text.replace(long, plain)
    return text


@lru_cache(maxsize=50_000)
def romaji_name(names: tuple) -> frozenset[str]:
    """The name in Latin letters, family|given (and given|family, the order Latin names are
    often written in): the Latin name, else the reading romanised, else the written name
    romanised (kana exactly, kanji by its most common reading)."""
    family, given, fr, gr, fl, gl = names
    if fl or gl:
        f, g = _romaji(fl), _romaji(gl)
    elif fr or gr:
        f, g = _romaji(fr), _romaji(gr)
    else:
        f, g = _romaji(family), _romaji(given)
    return frozenset({f"{f}|{g}", f"{g}|{f}"}) if f or g else frozenset()


def _names_of(d: ContactInput) -> tuple:
    return (d.family_name, d.given_name, d.family_reading, d.given_reading, d.family_latin,
            d.given_latin)


def email_key(value: str) -> str:
    v = fold(value)
    return v[7:] if v.startswith("mailto:") else v


_EXTENSION = re.compile(r"(;ext=|\bext\.?|\bx|#|[pw,;]).*$", re.IGNORECASE)


@lru_cache(maxsize=200_000)
@lru_cache(maxsize=200_000)  # a parse is about a third of a millisecond; numbers repeat
def phone_key(value: str) -> str:
    """A phone's E.164 digits (Japan when it has no country code), without an extension or
    dial string; the bare digits when it does not parse."""
    import phonenumbers

    v = unicodedata.normalize("NFKC", value).strip()
    if v.lower().startswith(("tel:", "sip:")):
        v = v[4:]
    v = _EXTENSION.sub("", v.split("@")[0])
    try:
        n = phonenumbers.parse(v, "JP")
        return f"{n.country_code}{n.national_number}"
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in v if ch.isdigit())


_NOT_DIGITS = re.compile(r"\D+")


@lru_cache(maxsize=400_000)
def _tail(value: str) -> str:
    """The last eight digits: a cheap first test before two numbers are parsed."""
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    return _NOT_DIGITS.sub("", value)[-8:]


@lru_cache(maxsize=100_000)  # the same few organisations, on every record and both sides
def organization_key(name: str) -> str:
    return fold(name)


# --- records to contact input ----------------------------------------------------------

_KNOWN_HANDLES = {k.value for k in MethodKind} - {"email", "phone", "address"}


def to_input(p: Person) -> tuple[ContactInput, list[Problem]]:
    """The contact a record describes; readings that are not kana go to the Latin fields
    (or are left out, with a problem line, when they are neither). A record with no name
    takes one from its nickname, organisation, e-mail or phone, and says so."""
    problems: list[Problem] = []

    def note(message: str, kind: str = "problem") -> None:
        problems.append(Problem("", p.line, f"{short(p.label)}: {message}", kind))

    if p.photo:  # scaled once here as the window does (PNG, JPEG, WebP up to 20 MB); a photo
        from kizuna_desktop.errors import ValidationError  # that cannot be is named
        from kizuna_desktop.services import photos

        try:
            p.photo = photos.prepare(p.photo)
        except ValidationError as e:
            note(translate("import", "photo left out: {why}").format(
                why="; ".join(e.errors.values())))
            p.photo = None

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
                note(translate("import", "reading “{reading}” is not kana; left out")
                     .format(reading=short(reading)))
            if which == "family":
                family_reading = ""
            else:
                given_reading = ""
    family, given = p.family_name, p.given_name
    if not (family or given or family_latin or given_latin) and (family_reading
                                                                 or given_reading):
        family, given = family_reading, given_reading  # known by its reading alone
        note(translate("import", "no name in the file; named by its reading"),
             "kept_as_text")
    if not (family or given or family_latin or given_latin):
        for source, value in (
                (QT_TRANSLATE_NOOP("import", "no name in the file; named after its nickname"),
                 p.nickname),
                (QT_TRANSLATE_NOOP("import",
                                   "no name in the file; named after its organisation"),
                 p.organization or p.organization_en),
                (QT_TRANSLATE_NOOP("import", "no name in the file; named after its e-mail"),
                 p.emails[0][1] if p.emails else ""),
                (QT_TRANSLATE_NOOP("import", "no name in the file; named after its phone"),
                 p.phones[0][1] if p.phones else "")):
            if value.strip():
                if value.isascii():
                    given_latin = value.strip()
                else:
                    given = value.strip()
                note(translate("import", source), "kept_as_text")
                break
    notes = p.notes
    # A title or department with no organisation: a position needs one, and a contact has
    # no title field of its own, so it is kept in the notes and named in the plan.
    loose = []
    if not (p.organization or p.organization_en):
        loose.append(Role(department=p.department, department_en=p.department_en,
                          title=p.title, title_en=p.title_en))
    loose += [r for r in p.past_positions if not (r.organization or r.organization_en)]
    for r in loose:
        parts = [x for x in (r.title, r.title_en, r.department, r.department_en) if x]
        if not parts:
            continue
        text = " / ".join(dict.fromkeys(parts))
        line = f"Title (no organisation): {text}"
        if line not in notes:
            notes = "\n".join(x for x in (notes, line) if x)
        note(translate("import", "title “{title}” has no organisation; kept in notes")
             .format(title=short(text)), "kept_as_text")
    methods = []
    for lbl, v in p.emails:
        if validation.email(v) is None:
            methods.append(Method(kind=MethodKind.EMAIL, label=lbl, value=v))
            continue
        # (contact1@invalid, a name in the e-mail field): kept as text, named
        note(translate("import", "e-mail “{value}” is not an e-mail address; kept in notes")
             .format(value=short(v)), "kept_as_text")
        kept = f"E-mail ({lbl}): {v}" if lbl else f"E-mail: {v}"
        if kept not in notes:
            notes = "\n".join(x for x in (notes, kept) if x)
    for lbl, v in p.phones:
        method, kept = _phone_method(lbl, v, note)
        if method is not None:
            methods.append(method)
        elif kept not in notes:
            notes = "\n".join(x for x in (notes, kept) if x)
    methods += [Method(kind=MethodKind.WEBSITE, label=lbl, value=v) for lbl, v in p.urls]
    for kind, lbl, v in p.handles:
        k = (kind or "other").lower()
        if k in _KNOWN_HANDLES:
            methods.append(Method(kind=MethodKind(k), label=lbl, value=v))
        else:  # Skype, IMPP, SIP, Telegram...: the service is kept as the label
            methods.append(Method(kind=MethodKind.OTHER,
                                  label=" ".join(x for x in (k, lbl) if x), value=v))
    addresses = [AddressInput(label=a.label, postal_code=a.postal_code, region=a.region,
                              city=a.city, street=a.street, extended=a.extended,
                              po_box=a.po_box, country=a.country, text=a.text,
                              latin=getattr(a, "latin", ""))
                 for a in p.addresses]
    y, m, d = p.birthday if p.birthday else (None, None, None)
    ay, am, ad = p.anniversary if p.anniversary else (None, None, None)
    data = ContactInput(
        family_name=family, given_name=given, family_reading=family_reading,
        given_reading=given_reading, family_latin=family_latin, given_latin=given_latin,
        latin_order=p.latin_order if p.latin_order in ("given_first", "family_first")
        else "given_first",
        honorific=p.honorific or "様", nickname=p.nickname, middle_name=p.middle_name,
        name_prefix=p.name_prefix, name_suffix=p.name_suffix,
        region=p.region, birth_year=y, birth_month=m, birth_day=d,
        anniversary_year=ay, anniversary_month=am, anniversary_day=ad,
        interests=p.interests, how_we_met=p.how_we_met, notes=notes,
        cadence_days=p.cadence_days, methods=methods, tags=list(p.tags), addresses=addresses)
    return data, problems


_LETTERS = re.compile(r"[A-Za-z]")
_DIGITS = re.compile(r"[0-9]")
_VANITY = re.compile(r"\+?[0-9A-Za-z()\-. ]{7,40}")


def _vanity(value: str) -> str | None:
    """A number written with letters for its digits (1-800-FLOWERS, +1-800-MYFAX), with the
    letters as the keypad's digits; None when it is not one (a word alone is not)."""
    import phonenumbers

    v = value.strip()
    if (len(_LETTERS.findall(v)) < 2 or not _DIGITS.search(v)
            or not _VANITY.fullmatch(v)):
        return None
    number = phonenumbers.convert_alpha_characters_in_number(v)
    if len(_DIGITS.findall(number)) < 7 or validation.phone(number) is not None:
        return None
    return number


def _phone_method(label: str, value: str, note) -> tuple[Method | None, str]:
    """A TEL value as a phone (as written, when it is a number), else what it is: a
    number in letters becomes its digits, a pager's e-mail address an e-mail, and any other
    text a line of the notes (the second value); each named in the plan."""
    if validation.phone(value) is None:
        return Method(kind=MethodKind.PHONE, label=label, value=value), ""
    if number := _vanity(value):
        note(translate("import", "phone “{value}” is written in letters; kept as {number}")
             .format(value=short(value), number=number), "kept_as_text")
        return Method(kind=MethodKind.PHONE, label=label, value=number), ""
    address = value.strip().removeprefix("mailto:")
    if validation.email(address) is None:
        note(translate("import", "phone “{value}” is an e-mail address (a pager's); kept as "
                       "an e-mail").format(value=short(value)), "kept_as_text")
        return Method(kind=MethodKind.EMAIL, label=label or "pager", value=address), ""
    note(translate("import", "phone “{value}” is not a phone number; kept in notes").format(
        value=short(value)), "kept_as_text")
    return None, f"Phone ({label}): {value}" if label else f"Phone: {value}"


def _drop(d: ContactInput, fld: str) -> bool:
    """Leave out the field a validation error names; False when nothing can be left out."""
    m = re.fullmatch(r"(methods|addresses)\[(\d+)\]", fld)
    if m:
        items = getattr(d, m.group(1))
        del items[int(m.group(2))]
        return True
    if fld == "birthday":
        d.birth_year = d.birth_month = d.birth_day = None
    elif fld == "anniversary":
        d.anniversary_year = d.anniversary_month = d.anniversary_day = None
    elif fld == "cadence_days":
        d.cadence_days = None
    elif fld == "tags":
        d.tags = [t for t in d.tags if len(t.strip()) <= 100]
    elif fld == "latin_order":
        d.latin_order = "given_first"
    elif fld == "family_name" and not (d.family_name or d.given_name):
        return False  # no name at all: nothing to import
    elif isinstance(getattr(d, fld, None), str):
        setattr(d, fld, "")
    else:
        return False
    return True


QUOTE = 60  # characters of a value quoted in a problem line (then "…")


def short(text: str, limit: int = QUOTE) -> str:
    """A value as quoted in a problem line: at most ``limit`` characters."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


# Field names as problem lines name them (translated when shown); True: several lines
_TEXT_FIELDS = {
    "family_name": (QT_TRANSLATE_NOOP("import", "family name"), False),
    "given_name": (QT_TRANSLATE_NOOP("import", "given name"), False),
    "family_reading": (QT_TRANSLATE_NOOP("import", "family name reading"), False),
    "given_reading": (QT_TRANSLATE_NOOP("import", "given name reading"), False),
    "family_latin": (QT_TRANSLATE_NOOP("import", "family name in Latin letters"), False),
    "given_latin": (QT_TRANSLATE_NOOP("import", "given name in Latin letters"), False),
    "nickname": (QT_TRANSLATE_NOOP("import", "nickname"), False),
    "middle_name": (QT_TRANSLATE_NOOP("import", "middle name"), False),
    "name_prefix": (QT_TRANSLATE_NOOP("import", "name prefix"), False),
    "name_suffix": (QT_TRANSLATE_NOOP("import", "name suffix"), False),
    "honorific": (QT_TRANSLATE_NOOP("import", "honorific"), False),
    "region": (QT_TRANSLATE_NOOP("import", "region"), False),
    "notes": (QT_TRANSLATE_NOOP("import", "notes"), True),
    "interests": (QT_TRANSLATE_NOOP("import", "interests"), True),
    "how_we_met": (QT_TRANSLATE_NOOP("import", "how we met"), True)}
_ROLE_FIELDS = {
    "organization": QT_TRANSLATE_NOOP("import", "organisation"),
    "organization_en": QT_TRANSLATE_NOOP("import", "organisation (English)"),
    "organization_reading": QT_TRANSLATE_NOOP("import", "organisation reading"),
    "department": QT_TRANSLATE_NOOP("import", "department"),
    "department_en": QT_TRANSLATE_NOOP("import", "department (English)"),
    "title": QT_TRANSLATE_NOOP("import", "title"),
    "title_en": QT_TRANSLATE_NOOP("import", "title (English)")}


def _controls_and_lengths(p: Person, note) -> None:
    """Control characters taken out of the record's text (each field that held any named),
    and organisations, departments and titles past the limit the window and the command
    line apply (validation.ROLE_LIMIT) left out, named; names past theirs are left out by
    contacts.validate, named by checked_input."""
    from kizuna_desktop.services import validation

    for attr, (what, multiline) in _TEXT_FIELDS.items():
        value = getattr(p, attr)
        if value and not value.isprintable():
            plain = value.replace("\r\n", "\n").replace("\r", "\n") if multiline else value
            found = validation.control_characters(plain)
            if found:
                note(f"{translate('import', what)}: {found}")
            setattr(p, attr, validation.clean_text(value, multiline)[0])
    roles = [("", p)] + [(translate("import", " of past position {n}").format(n=n), r)
                         for n, r in enumerate(p.past_positions, 1)]
    for where, role in roles:
        for attr, what in _ROLE_FIELDS.items():
            value = getattr(role, attr)
            if not value:
                continue
            if not value.isprintable():
                found = validation.control_characters(value)
                if found:
                    note(f"{translate('import', what)}{where}: {found}")
                value = validation.clean_text(value)[0].strip()
                setattr(role, attr, value)
            if len(value) > validation.ROLE_LIMIT:
                note(translate("import", "{what}{where} “{value}”: too long ({n} characters; "
                               "at most {limit}). Left out.").format(
                    what=translate("import", what), where=where, value=short(value),
                    n=f"{len(value):,}", limit=f"{validation.ROLE_LIMIT:,}"))
                setattr(role, attr, "")
    for n, (label, value) in enumerate(p.emails):
        if not value.isprintable():
            p.emails[n] = (label, validation.clean_text(value)[0])
    for n, (label, value) in enumerate(p.phones):
        if not value.isprintable():
            p.phones[n] = (label, validation.clean_text(value)[0])


def checked_input(p: Person, filename: str) -> tuple[ContactInput | None, list[Problem]]:
    """The record's contact, validated; a bad value costs that value (named in a problem
    line, quoting at most QUOTE characters of it), never the contact. None only when
    nothing usable is left (no name at all)."""
    messages: list[str] = []
    _controls_and_lengths(p, messages.append)
    early = [Problem(filename, p.line, f"{short(p.label)}: {m}") for m in messages]
    data, problems = to_input(p)
    problems = early + problems
    for prob in problems:
        prob.file = filename
    for _ in range(4):
        try:
            return contacts.validate(data), problems
        except ValidationError as e:
            order = sorted(e.errors.items(), key=lambda kv: -int(
                re.search(r"\d+", kv[0]).group()) if "[" in kv[0] else 0)
            for fld, msg in order:  # later list items first: earlier indexes stay right
                value = _value_of(data, fld)
                if len(msg) > 2 * QUOTE:  # a message quoting the whole value
                    msg = msg.replace(_raw_value_of(data, fld), short(
                        _raw_value_of(data, fld))) if _raw_value_of(data, fld) else msg
                if not _drop(data, fld):
                    problems.append(Problem(filename, p.line, translate(
                        "import", "{label}: {why} Not imported.").format(
                            label=short(p.label), why=msg)))
                    return None, problems
                problems.append(Problem(filename, p.line, translate(
                    "import", "{label}: {field}{value}: {why} Left out.").format(
                        label=short(p.label), field=field_name(fld), value=value, why=msg)))
    return None, problems


def _raw_value_of(d: ContactInput, fld: str) -> str:
    m = re.fullmatch(r"(methods|addresses)\[(\d+)\]", fld)
    if m:
        item = getattr(d, m.group(1))[int(m.group(2))]
        return getattr(item, "value", None) or getattr(item, "text", "")
    value = getattr(d, fld, "")
    return value if isinstance(value, str) else ""


def _value_of(d: ContactInput, fld: str) -> str:
    """The value a problem line quotes (at most QUOTE characters of it)."""
    value = _raw_value_of(d, fld)
    return f" “{short(value)}”" if value else ""


# --- what the journal holds ------------------------------------------------------------


@dataclass
class _Index:
    """Who is known by which name key, and by (name key, e-mail / organisation / phone)."""

    by_name: dict[str, list[int]] = field(default_factory=dict)
    by_email: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    by_org: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    by_phone: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    bare: set[int] = field(default_factory=set)  # known by a name and nothing else
    names: dict[int, frozenset[str]] = field(default_factory=dict)
    held: dict[int, tuple[set[str], list[str]]] = field(default_factory=dict)
    # Every contact holding one of the records' e-mails: (id, name keys, name parts).
    email_holders: dict[str, list[tuple[int, frozenset[str], tuple]]] = field(
        default_factory=dict)

    def by_email_in_another_script(self, keys, names: tuple, emails) -> int | None:
        """The contact holding one of ``emails`` whose name is written in none of the
        scripts the record's is (a Latin-only or kana-only record, a kanji contact) but
        reads the same in Latin letters: e-mail is the strongest key. A role address shared
        by people of other names never matches (their names differ)."""
        mine = romaji_name(names)
        if not mine:
            return None
        scripts = {k[:2] for k in keys}
        for e in emails:
            for cid, theirs, parts in self.email_holders.get(e, ()):
                if scripts & {k[:2] for k in theirs}:
                    continue  # a script in common: same_name has compared them
                if mine & romaji_name(parts):
                    return cid
        return None

    def add(self, target: int, keys, emails, orgs, phones) -> None:
        self.names[target] = frozenset(keys)
        self.held[target] = (set(emails), list(phones))
        for k in keys:
            self.by_name.setdefault(k, []).append(target)
            for e in emails:
                self.by_email.setdefault((k, e), []).append(target)
            for o in orgs:
                self.by_org.setdefault((k, o), []).append(target)
            for ph in phones:
                self.by_phone.setdefault((k, _tail(ph)), []).append((target, ph))
        if not (emails or orgs or phones):
            self.bare.add(target)

    def find(self, keys, emails, orgs, phones) -> tuple[int | None, str]:
        """The first one known by one of ``keys`` sharing an e-mail, organisation or phone."""
        def named(target: int) -> bool:
            return same_name(keys, self.names[target])

        for k in sorted(keys):
            for e in emails:
                for target in self.by_email.get((k, e), ()):
                    if named(target):
                        return target, translate("import", "same name and e-mail")
            for o in orgs:
                for target in self.by_org.get((k, o), ()):
                    if named(target):
                        return target, translate("import", "same name and organisation")
            for ph in phones:
                for target, theirs in self.by_phone.get((k, _tail(ph)), ()):
                    if phone_key(theirs) == phone_key(ph) and named(target):
                        return target, translate("import", "same name and phone")
        return None, ""

    def namesakes_named(self, keys, at_most: int) -> list[int]:
        """Up to ``at_most`` of those known by one of ``keys`` whose name is the same."""
        out: list[int] = []
        for k in sorted(keys):
            for t in self.by_name.get(k, ()):
                if t not in out and same_name(keys, self.names[t]):
                    out.append(t)
                    if len(out) >= at_most:
                        return out
        return out

    def namesakes(self, keys) -> list[int]:
        seen: dict[int, None] = {}
        for k in sorted(keys):
            for t in self.by_name.get(k, ()):
                seen.setdefault(t, None)
        return list(seen)


def _identity(p: Person, d: ContactInput) -> tuple[list[str], list[str], list[str]]:
    emails = [email_key(m.value) for m in d.methods if m.kind == MethodKind.EMAIL]
    phones = [m.value for m in d.methods if m.kind == MethodKind.PHONE]
    orgs = [organization_key(x) for x in (p.organization, p.organization_en) if x.strip()]
    return emails, orgs, phones


def _read_apart(engine, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of a read-only query on a pooled connection of its own, for a thread: SQLite
    scans without holding Python's lock, so the query runs beside the caller's Python. (A
    plan reads outside any write transaction, and an import's second match runs under the
    write lock before writing anything: another connection sees the same journal.)"""
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        try:
            return cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()
    finally:
        raw.close()


def journal_index(session, keyed) -> tuple[_Index, dict[str, list[int]]]:
    """The journal's contacts that share an e-mail, organisation or phone with one of the
    records (found from those values' side: one indexed lookup for the e-mails, one pass
    over the open positions of the organisations named and one over the phones), indexed
    by their folded name keys with only the values they share (nothing else of theirs is
    ever compared); and, for the possible-duplicate notes, the first few contacts known by
    each of the records' name keys."""
    wanted: set[str] = set()
    emails: set[str] = set()
    orgs: set[str] = set()
    tails: set[str] = set()
    for _item, keys, (e, o, ph) in keyed:
        wanted |= keys
        emails.update(e)
        orgs.update(o)
        tails.update(_tail(x) for x in ph if len(_tail(x)) >= 6)
    shared_emails: dict[int, list[str]] = {}
    shared_orgs: dict[int, list[str]] = {}
    shared_phones: dict[int, list[str]] = {}
    # The two scans of a whole table (the phones, the names) run on threads of their own
    # while this one reads the e-mails and organisations.
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kizuna-match")
    try:
        return _journal_index(session, keyed, pool, wanted, emails, orgs, tails,
                              shared_emails, shared_orgs, shared_phones)
    finally:
        pool.shutdown(wait=True)


def _journal_index(session, keyed, pool, wanted, emails, orgs, tails, shared_emails,
                   shared_orgs, shared_phones) -> tuple[_Index, dict[str, list[int]]]:
    # Apart only when the session has written nothing the other connections cannot see
    # (an outer transaction of the caller's); else here, one after the other.
    apart = not session.connection().connection.dbapi_connection.in_transaction
    submit = pool.submit if apart else _Now
    read = _read_apart if apart else (lambda _engine, sql, params=(): raw_rows(
        session, sql, params))
    engine = session.get_bind()
    # A phone's last eight digits as SQL sees them in the common ways of writing one
    # (03-5555-0101, +81 3 5555 0101, (03) 5555 0101); they are compared as E.164 after.
    digits = "value"
    for ch in "-+ ()":
        digits = f"replace({digits}, '{ch}', '')"
    # Each found in one row (one JSON text): a thread fetching row by row waits for Python's
    # lock at every row while this thread works.
    phone_rows = submit(  # one pass over the phones, the wanted tails in one parameter
        read, engine, "SELECT json_group_array(json_array(id, contact_id, value)) FROM "
        "contact_methods WHERE kind = "
        f"'phone' AND substr({digits}, -8) IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(tails)),)) if tails else None
    namesake_rows = submit(_namesake_rows, engine, keyed, read)
    ascii_lower = {e.translate(_ASCII_LOWER) for e in emails} | emails
    if ascii_lower:
        for cid, value in raw_rows(
                session, "SELECT contact_id, value FROM contact_methods WHERE kind = 'email' "
                "AND lower(value) IN (SELECT value FROM json_each(?)) ORDER BY id",
                (json.dumps(sorted(ascii_lower), ensure_ascii=False),)):
            if email_key(value) in emails:
                shared_emails.setdefault(cid, []).append(email_key(value))
    org_keys: dict[int, list[str]] = {}
    for oid, ja, en in raw_rows(session, "SELECT id, name_ja, name_en FROM organizations"):
        ks = [organization_key(x) for x in (ja, en) if x]
        if any(k in orgs for k in ks):
            org_keys[oid] = ks
    if org_keys:
        for cid, oid in raw_rows(
                session, "SELECT contact_id, organization_id FROM positions WHERE end_date IS "
                "NULL AND organization_id IN (SELECT value FROM json_each(?)) ORDER BY id",
                (json.dumps(sorted(org_keys)),)):
            shared_orgs.setdefault(cid, []).extend(org_keys[oid])
    if phone_rows is not None:
        for _id, cid, value in sorted(_json_rows(phone_rows.result())):
            shared_phones.setdefault(cid, []).append(value)
    found = set(shared_emails) | set(shared_orgs) | set(shared_phones)
    index = _Index()
    names: dict[int, frozenset[str]] = {}
    if found:  # only those of the same name are the same person
        for cid, *parts in raw_rows(session, "SELECT id, family_name, given_name, "
                                    "family_reading, given_reading, family_latin, given_latin "
                                    "FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
                                    (json.dumps(sorted(found)),)):
            keys = name_keys(tuple(parts))
            if keys & wanted:  # all of its keys: same_name compares every script
                names[cid] = keys
            if cid in shared_emails:  # for a name given in another script only
                for e in shared_emails[cid]:
                    index.email_holders.setdefault(e, []).append((cid, keys, tuple(parts)))
    for cid in sorted(names):
        index.add(cid, names[cid], shared_emails.get(cid, ()), shared_orgs.get(cid, ()),
                  shared_phones.get(cid, ()))
    return index, _namesakes(session, keyed, namesake_rows.result())


_ASCII_LOWER = {i: i + 32 for i in range(ord("A"), ord("Z") + 1)}  # what SQL's lower() does
NAMESAKES = 6  # contacts named in a possible-duplicate note (then "…")
_SEP = "\x1f"  # between a name's parts in the SQL below (no name holds a control character)


class _Now:
    """A call made now, with a Future's ``result()``."""

    def __init__(self, fn, *args):
        self._value = fn(*args)

    def result(self):
        return self._value


def _namesake_rows(engine, keyed, read=None) -> list[tuple[str, str]]:
    """The journal's names equal to a record's (ASCII case aside), in one pass, grouped by
    the whole name with their ids (on a connection of its own: see _read_apart)."""
    if not any(keys for _, keys, _ in keyed):
        return []
    pairs: list[set[str]] = [set(), set(), set()]
    for item, _, _ in keyed:
        d = item.data
        for n, (f, g) in enumerate(((d.family_name, d.given_name),
                                    (d.family_reading, d.given_reading),
                                    (d.family_latin, d.given_latin))):
            if f or g:
                pairs[n].add(f.lower() + "|" + g.lower() if n == 2 else f + "|" + g)
    whole = f" || '{_SEP}' || ".join(("family_name", "given_name", "family_reading",
                                       "given_reading", "family_latin", "given_latin"))
    return _json_rows((read or _read_apart)(
        engine, "SELECT json_group_array(json_array(name, ids)) FROM ("
        f"SELECT {whole} AS name, group_concat(id) AS ids FROM contacts WHERE "
        "family_name || '|' || given_name IN (SELECT value FROM json_each(?)) OR "
        "family_reading || '|' || given_reading IN (SELECT value FROM json_each(?)) OR "
        "lower(family_latin) || '|' || lower(given_latin) IN (SELECT value FROM "
        "json_each(?)) GROUP BY name)",
        tuple(json.dumps(sorted(p), ensure_ascii=False) for p in pairs)))


def _json_rows(rows: list[tuple]) -> list[list]:
    """The rows a query gave as one JSON array (json_group_array)."""
    return json.loads(rows[0][0]) if rows and rows[0][0] else []


def _namesakes(session, keyed, found: list[tuple[str, str]]) -> dict[str, list[int]]:
    """The first few contacts known by each of the records' name keys: the candidates
    SQLite found (_namesake_rows), folded here as the records were."""
    wanted = set().union(*(keys for _, keys, _ in keyed)) if keyed else set()
    out: dict[str, list[int]] = {}
    if not wanted:
        return out
    rows: list[tuple[int, tuple]] = []
    for name, ids in found:
        first = sorted(map(int, ids.split(",")))[:NAMESAKES]  # the first few of each name
        parts = tuple(name.split(_SEP))
        if len(parts) != 6:  # a name holding the separator itself: read as it is
            (parts,) = raw_rows(session, "SELECT family_name, given_name, family_reading, "
                                "given_reading, family_latin, given_latin FROM contacts "
                                "WHERE id = ?", (first[0],))
        rows += [(cid, tuple(parts)) for cid in first]
    for cid, parts in sorted(rows):
        keys = _keys(parts)
        out.setdefault(None, {})[cid] = keys
        for k in keys:
            if k in wanted:
                got = out.setdefault(k, [])
                if len(got) < NAMESAKES:
                    got.append(cid)
    return out


def _bare(session, contact_id: int) -> bool:
    """The contact has no e-mail, phone or open position."""
    return not raw_rows(session, "SELECT 1 FROM contact_methods WHERE contact_id = ? AND kind "
                        "IN ('email', 'phone') UNION ALL SELECT 1 FROM positions WHERE "
                        "contact_id = ? AND end_date IS NULL LIMIT 1",
                        (contact_id, contact_id))


def _brings_nothing(session, contact_id: int, data: ContactInput) -> bool:
    """True when merging ``data`` into the contact would change nothing."""
    from kizuna_desktop.services.importing.write import merge_input

    held = contacts.get_in(session, contact_id).to_input()
    current = contacts.validate(held)
    return contacts.validate(merge_input(contacts.validate(held), data)) == current


# --- the plan --------------------------------------------------------------------------


def plan(journal: Journal, filename: str, fmt: str, people: list[Person],
         problems: list[Problem]) -> Plan:
    """Check every record and find the ones that are the same person as an existing contact
    or as an earlier record of the same file."""
    with paused_gc(), ThreadPoolExecutor(max_workers=1,
                                         thread_name_prefix="kizuna-plan") as pool:
        stamp = pool.submit(_stamp_apart, journal)
        result = Plan(filename, fmt, problems=list(problems))
        for p in people:
            if p.is_organization:
                result.organizations.append(p)
                if p.emails or p.phones:
                    what = (QT_TRANSLATE_NOOP(
                        "import", "organisation card {label}: {emails} e-mail(s) and {phones} "
                        "phone(s) kept in the organisation's notes (an organisation has no "
                        "e-mail or phone of its own)") if p.emails and p.phones
                        else QT_TRANSLATE_NOOP(
                        "import", "organisation card {label}: {emails} e-mail(s) kept in the "
                        "organisation's notes (an organisation has no e-mail or phone of its "
                        "own)") if p.emails else QT_TRANSLATE_NOOP(
                        "import", "organisation card {label}: {phones} phone(s) kept in the "
                        "organisation's notes (an organisation has no e-mail or phone of its "
                        "own)"))
                    result.problems.append(Problem(filename, p.line, translate(
                        "import", what).format(label=short(p.label), emails=len(p.emails),
                                               phones=len(p.phones)), "kept_as_text"))
                continue
            data, found = checked_input(p, filename)
            result.problems += found
            if data is not None:
                result.items.append(Item(p, data))
        with journal.session() as s:
            # Taken before anything is matched (a commit after it makes the plan stale, and
            # the import matches again), on a connection of its own while the records were
            # checked above.
            result.stamp = stamp.result()
            match(s, result)
            mark_unchanged(s, result)
            result.exchanges = exchanges_to_record(s, result)
        return result


def exchanges_to_record(session, result: Plan) -> int:
    """How many meishi exchanges the import would record (a day a contact has one on
    already is not counted: the same file again records none)."""
    from kizuna_desktop.services.importing import exchanges
    from kizuna_desktop.services.importing.write import _sort_out

    if not any(item.person.card_exchanges for item in result.items):
        return 0
    # (the new contacts numbered past any id the journal has: none holds an exchange)
    _new, _merges, targets = _sort_out(result.items, 1 << 62)
    return sum(len(days) for days in exchanges.pending(
        session, exchanges.wanted_by_target(result.items, targets)).values())


def mark_unchanged(session, result: Plan) -> None:
    """Which records merged into a contact would change nothing (the same file imported
    again): those whose every e-mail and phone the contact already has are checked whole
    (write.changes), the others bring at least a value."""
    from kizuna_desktop.services.importing.write import changes, load_contacts

    # The contacts merged into, loaded together (one at a time was most of the plan's
    # time on a large journal: about 3 ms each against 0.3 ms).
    loaded = load_contacts(session, {item.duplicate_of for item in result.items
                                     if item.duplicate_of is not None})
    details: dict[int, contacts.ContactDetail] = {}
    candidates = []
    for n, item in enumerate(result.items):
        item.unchanged = False
        if item.duplicate_of is None:
            continue
        held = details.get(item.duplicate_of)
        if held is None:
            held = details[item.duplicate_of] = contacts.detail_of(loaded[item.duplicate_of])
        _note_conflicts(result, item, held)
        emails, phones = result.held.get(item.duplicate_of, (set(), []))
        mine = _identity(item.person, item.data)
        # (a phone with an extension, 080-9999-0000p123, is not found by its last digits in
        # SQL: such a record is checked whole too)
        if set(mine[0]) <= emails and all(
                any(phone_key(x) == phone_key(h) for h in phones) or _EXTENSION.search(x)
                for x in mine[2]):
            candidates.append((n, item))
    if candidates:
        changed = changes(session, [(item.duplicate_of, item) for _, item in candidates],
                          loaded)
        for (_, item), change in zip(candidates, changed, strict=True):
            item.unchanged = not change
    # a record bringing a meishi exchange the contact has not got yet changes the journal
    dated = [item for item in result.items if item.unchanged and item.person.card_exchanges]
    if dated:
        from kizuna_desktop.services.importing import exchanges

        have = exchanges.held(session, {item.duplicate_of for item in dated})
        for item in dated:
            if not set(item.person.card_exchanges) <= have.get(item.duplicate_of, set()):
                item.unchanged = False
    # and one bringing joint names (連名) its New Year card has not got yet
    joint = [item for item in result.items if item.unchanged and item.person.joint_names]
    if joint:
        from kizuna_desktop.services.importing import joint as joint_names

        have_names = joint_names.held(session, {item.duplicate_of for item in joint})
        for item in joint:
            if not set(item.person.joint_names) <= have_names.get(item.duplicate_of, set()):
                item.unchanged = False


_CONFLICT_FIELDS = (
    ("family_reading", QT_TRANSLATE_NOOP("import", "family reading")),
    ("given_reading", QT_TRANSLATE_NOOP("import", "given reading")),
    ("nickname", QT_TRANSLATE_NOOP("import", "nickname")),
    ("middle_name", QT_TRANSLATE_NOOP("import", "middle name")),
    ("name_prefix", QT_TRANSLATE_NOOP("import", "name prefix")),
    ("name_suffix", QT_TRANSLATE_NOOP("import", "name suffix")),
    ("region", QT_TRANSLATE_NOOP("import", "region")),
    ("interests", QT_TRANSLATE_NOOP("import", "interests")),
    ("how_we_met", QT_TRANSLATE_NOOP("import", "how we met")))
QT_TRANSLATE_NOOP("import", "birthday")
QT_TRANSLATE_NOOP("import", "anniversary")


def _what(what: str) -> str:
    """A conflict's field as the plan names it, in the interface's language (``what`` stays
    English in the notes line the journal keeps: a second import finds it there)."""
    for kind in ("title", "department"):
        if what.startswith(kind + " at "):
            org = what[len(kind) + 4:]
            return (translate("import", "title at {organization}") if kind == "title"
                    else translate("import", "department at {organization}")).format(
                organization=org)
    return translate("import", what)


def _date_text(parts: tuple) -> str:
    y, m, d = parts
    return "-".join((str(y) if y is not None else "-",
                     *(f"{x:02d}" if x is not None else "?" for x in (m, d))))


def conflicts(held, data: ContactInput, person: Person) -> list[tuple[str, str, str]]:
    """(what, the journal's value, the file's value) for every value the record gives
    differently from the contact it is merged into (merging fills only empty fields, so
    these would otherwise be lost)."""
    out: list[tuple[str, str, str]] = []
    for attr, what in _CONFLICT_FIELDS:
        a, b = getattr(held, attr) or "", getattr(data, attr) or ""
        if a and b and fold(a).translate(_KATA) != fold(b).translate(_KATA):
            out.append((what, a, b))  # readings in hiragana and katakana are one
    for prefix, what in (("birth", "birthday"), ("anniversary", "anniversary")):
        names = [f"{prefix}_{x}" for x in ("year", "month", "day")]
        a = tuple(getattr(held, n) for n in names)
        b = tuple(getattr(data, n) for n in names)
        if any(x is not None and y is not None and x != y for x, y in zip(a, b, strict=True)):
            out.append((what, _date_text(a), _date_text(b)))
    if person.organization or person.organization_en:
        keys = {organization_key(x) for x in (person.organization, person.organization_en)
                if x}
        for pos in getattr(held, "positions", ()):
            if pos.end_date is not None or not keys & {
                    organization_key(x) for x in (pos.organization_ja, pos.organization_en)
                    if x}:
                continue
            for what, mine, theirs in (
                    ("title", (pos.title_ja, pos.title_en), (person.title, person.title_en)),
                    ("department", (pos.department_ja, pos.department_en),
                     (person.department, person.department_en))):
                have = {fold(x) for x in mine if x}
                got = [x for x in theirs if x]
                if have and got and not have & {fold(x) for x in got}:
                    out.append((f"{what} at {pos.organization_ja or pos.organization_en}",
                                " / ".join(x for x in mine if x), " / ".join(got)))
            break
    return out


def _note_conflicts(result: Plan, item: Item, held: contacts.ContactDetail) -> None:
    """Name each differing value in the plan and keep the file's value in the notes, so a
    record that differs is merged (never reported unchanged) and nothing is dropped."""
    for what, mine, theirs in conflicts(held, item.data, item.person):
        line = f"From {result.filename}: {what} “{theirs}” (the journal has “{mine}”)"
        if line in (held.notes or "") or line in (item.data.notes or ""):
            continue  # kept by an earlier import, or matched again under the lock
        item.data.notes = "\n".join(x for x in (item.data.notes, line) if x)
        result.problems.append(Problem(
            result.filename, item.person.line, translate(
                "import", "{label}: {what}: the journal has “{mine}”, the file “{theirs}”; "
                "the journal's kept, the file's added to notes").format(
                    label=short(item.person.label), what=_what(what), mine=short(mine),
                    theirs=short(theirs)), "conflict"))


def journal_stamp(session) -> tuple:
    """What changes when another writer adds, removes or edits contacts, their e-mails and
    phones, positions or organisations: a plan made when it was the same is still good."""
    return tuple(raw_rows(session, _STAMP)[0])


_STAMP = ("SELECT (SELECT count(*) FROM contacts), (SELECT max(id) FROM contacts), (SELECT "
          "max(updated_at) FROM contacts), (SELECT count(*) FROM contact_methods), (SELECT "
          "max(id) FROM contact_methods), (SELECT count(*) FROM positions), (SELECT max(id) "
          "FROM positions), (SELECT count(*) FROM organizations), (SELECT max(updated_at) "
          "FROM organizations)")


def _stamp_apart(journal: Journal) -> tuple:
    raw = journal.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        try:
            return tuple(cursor.execute(_STAMP).fetchone())
        finally:
            cursor.close()
    finally:
        raw.close()


def match(session, result: Plan) -> None:
    """Find, for every item, the contact (or earlier item) it is the same person as. Run
    when planning, and again inside the import's write transaction, so that a plan made
    stale by another writer never doubles anyone."""
    keyed = [(item, name_keys(item.data), _identity(item.person, item.data))
             for item in result.items]
    index, named = journal_index(session, keyed)
    result.held = index.held

    names_of = named.get(None, {})

    known: dict[frozenset[str], list[int]] = {}  # names repeat in a file: each looked up once

    def namesakes(keys) -> list[int]:
        got = known.get(keys)
        if got is None:
            got = known[keys] = [
                c for c in dict.fromkeys(c for k in sorted(keys) for c in named.get(k, ()))
                if same_name(keys, names_of[c])]
        return got

    in_file = _Index()
    result.problems = [p for p in result.problems if p.kind != "possible_duplicate"]
    for n, (item, keys, (emails, orgs, phones)) in enumerate(keyed):
        item.duplicate_of = item.same_as = item.same_as_line = None
        item.reason = ""
        hit, why = index.find(keys, emails, orgs, phones)
        if hit is None and emails:
            hit = index.by_email_in_another_script(keys, _names_of(item.data), emails)
            why = (translate("import", "same e-mail, and the same name in another script")
                   if hit else "")
        if hit is None and not (emails or orgs or phones):
            hit = next((c for c in namesakes(keys) if _bare(session, c)
                        and _brings_nothing(session, c, item.data)), None)
            why = translate("import", "same name; nothing new") if hit is not None else ""
        if hit is not None:
            item.duplicate_of, item.reason = hit, why
        else:
            twin, why = in_file.find(keys, emails, orgs, phones)
            if twin is None and not (emails or orgs or phones):
                twin = next((t for t in in_file.namesakes(keys) if t in in_file.bare
                             and result.items[t].data == item.data), None)
                why = translate("import", "the same record") if twin is not None else ""
            if twin is not None:
                item.same_as, item.same_as_line = twin, result.items[twin].person.line
                item.reason = translate("import", "{why}, as the record on line {line}").format(
                    why=why, line=item.same_as_line)
            else:
                same = namesakes(keys)
                earlier = [] if same else in_file.namesakes_named(keys, NAMESAKES)
                if same or earlier:
                    # the same name in the journal, else further up the same file
                    what = translate(
                        "import", "{label}: the same name as contact {ids} but no "
                        "e-mail, phone or organisation in common; kept apart (merge by "
                        "hand if they are one person)") if same else translate(
                        "import", "{label}: the same name as the record on line "
                        "{lines} but no e-mail, phone or organisation in common; both "
                        "kept (merge by hand if they are one person)")
                    listed = [str(c) for c in same] or [
                        str(result.items[t].person.line) for t in earlier]
                    listed = ", ".join(listed[:NAMESAKES - 1]) + (
                        " …" if len(listed) >= NAMESAKES else "")
                    result.problems.append(Problem(
                        result.filename, item.person.line, what.format(
                            label=short(item.person.label), ids=listed, lines=listed),
                        "possible_duplicate"))
        in_file.add(n, keys, emails, orgs, phones)


def import_file(journal: Journal, path: Path, fmt: str | None = None) -> Plan:
    # The collector paused from reading to the plan's last line: between the reader's pause
    # and the plan's it ran a full collection over the records read (and whatever an earlier
    # import left), 0.2-0.4 s, freeing nothing.
    with paused_gc():
        return _import_file(journal, path, fmt)


def _import_file(journal: Journal, path: Path, fmt: str | None) -> Plan:
    fmt, people, problems = read_file(path, fmt)
    result = plan(journal, Path(path).name, fmt, people, problems)
    # Capped kind by kind: thousands of possible duplicates never hide a problem.
    kept: list[Problem] = []
    for kind, group in result.problems_by_kind().items():
        group = capped(group, Path(path).name)
        group[-1].kind = kind  # the "… and N more" line stays in its group
        kept += group
    result.problems = kept
    return result
