"""The New Year list (issue 25.2): per contact and year, a card to send, sent, received or
mourning (喪中); joint names (連名); company recipients (会社名 部署 役職 氏名 様, or 御中 for the
company or department alone, never both); the 寒中見舞い proposed to those in mourning; the
sender printed on the cards.

Plain Python: dataclasses out, no Qt. ``year`` is the New Year the card greets (2027 for
cards posted in December 2026)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.errors import KizunaError, NotFoundError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.services import postal, regions
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    JournalSetting,
    MeishiProfile,
    NengajoMark,
    NengajoOrgMark,
    Organization,
    PostalAddress,
)

SENDER_KEY = "nengajo_sender"
_WORK = ("work", "office", "business", "company", "勤務先", "会社", "職場", "オフィス")


@dataclass(kw_only=True)
class Marks:
    send: bool = False
    sent: bool = False
    received: bool = False
    mourning: bool = False
    skip: bool = False  # do not send this year (takes a carried-over contact off the list)


@dataclass(kw_only=True)
class Address:
    postal_code: str = ""
    prefecture: str = ""
    city: str = ""
    town: str = ""
    block: str = ""
    building: str = ""
    text: str = ""
    label: str = ""
    work: bool = False
    latin: str = ""  # the address in Latin letters, as stored (printed when no Japanese one)

    @property
    def japanese(self) -> bool:
        return self.prefecture in postal.PREFECTURES or bool(
            re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", self.city + self.town + self.block))

    @property
    def usable(self) -> bool:
        """Enough to deliver to: a street (町域 or block numbers) after the city, or for an
        address not read into Japanese parts, some text besides a postal code (or the
        Latin form)."""
        if self.japanese:
            return bool(self.town or self.block)
        return bool(postal.without_code(self.text) or self.latin.strip())

    @property
    def postal_problem(self) -> str:
        """Why the card's postal-code boxes would stay empty ("" when they will not): no code,
        not seven digits, not in Japan Post's data, or (review 5 finding 1) a code of another
        prefecture or city than the address's (100-0001 on an Osaka address would send the
        card to Tokyo; with the boxes empty the post office reads the address)."""
        if not self.japanese:
            return ""
        problem = postal.code_problem(self.postal_code)
        if problem:
            return problem
        c = postal.lookup(self.postal_code)
        where = f"〒{c.postal_code} is in {c.prefecture}{c.city}"
        if self.prefecture and c.prefecture and self.prefecture != c.prefecture:
            return f"{where}, not {self.prefecture}"
        city = self.city.replace(" ", "").replace("\u3000", "")
        if city and c.city and city not in c.city and c.city not in city:
            return f"{where}, not {self.prefecture}{city}"
        return ""


@dataclass(kw_only=True)
class Recipient:
    """One card: who it greets and where it goes."""

    contact_id: int | None  # None for an organisation (organization_id)
    family_name: str
    given_names: list[str]  # the contact's, then the joint names (連名) under one family name
    joint_families: list[str]  # a joint name with its own family name, written in full
    company: str = ""
    department: str = ""
    title: str = ""
    onchu: bool = False  # to the company or department alone (御中), no person
    address: Address | None = None
    marks: Marks = field(default_factory=Marks)
    why: str = ""  # "marked", "sent one last year" or "reply to their card"
    latin_given_first: bool = False  # a name in Latin letters only: "John Smith 様"
    region: str | None = None
    organization_id: int | None = None  # an organisation as the recipient (always 御中)
    onchu_without_company: bool = False  # 御中 asked for, no company to take it: 様 kept
    honorific: str = "様"  # the contact's own (先生, さん…); the card writes 様
    name_prefix: str = ""  # Mr, Ms, Dr…: a label abroad writes it before a Latin name
    latin_name_for: str = ""  # the script of the name as written, printed from its Latin form

    @property
    def key(self) -> tuple[str, int]:
        """("contact", id) or ("organization", id): which row the marks belong to."""
        if self.organization_id is not None:
            return ("organization", self.organization_id)
        return ("contact", self.contact_id)

    @property
    def ref(self) -> str:
        """How the CLI names the row: the contact's id, or org:ID."""
        return f"org:{self.organization_id}" if self.organization_id is not None \
            else str(self.contact_id)

    @property
    def display_name(self) -> str:
        if self.onchu:
            return self.name_lines[0]
        return self.name_lines[0].removesuffix(" 様")

    @property
    def name_lines(self) -> list[str]:
        """The names as the card writes them: each with 様, or the company/department with
        御中 (never both)."""
        if self.onchu:
            return [(self.department or self.company) + " 御中"]
        first = f"{self.family_name} {self.given_names[0]}".strip() if self.given_names \
            else self.family_name
        if self.latin_given_first and self.given_names:
            first = f"{self.given_names[0]} {self.family_name}".strip()
        return ([first + " 様"] + [g + " 様" for g in self.given_names[1:]]
                + [n + " 様" for n in self.joint_families])

    @property
    def organisation_lines(self) -> list[str]:
        """Company, department and title above the name (work addresses); with 御中 the
        company alone above the department that takes it."""
        if self.onchu:
            return [self.company] if self.department and self.company else []
        if not (self.address and self.address.work):
            return []
        return [x for x in (self.company, self.department, self.title) if x]

    @property
    def person_name(self) -> str:
        """The contact's name as written (without 様), whatever the card greets."""
        if self.latin_given_first and self.given_names:
            return f"{self.given_names[0]} {self.family_name}".strip()
        return f"{self.family_name} {self.given_names[0] if self.given_names else ''}".strip()

    @property
    def unprinted_joint_names(self) -> list[str]:
        """Joint names the card does not write: a 御中 card greets the company or department
        alone, never a person (so never 御中 and 様 together)."""
        if not self.onchu or self.organization_id is not None:
            return []
        return [*self.given_names[1:], *self.joint_families]

    def wording_notes(self) -> list[str]:
        """Each place where the card's 様 is dropped or stands for something else, said in
        one sentence (in the interface's language): a contact's card to the company (御中),
        its joint names then not printed, 御中 asked for with no company, an honorific of the
        contact's other than 様."""
        from kizuna_desktop.i18n import translate

        if self.organization_id is not None:
            return []
        out = []
        if self.onchu:
            out.append(translate("services", "{name}: the card is addressed to {to}, "
                                 "without the person's name or 様").format(
                name=self.person_name, to=self.name_lines[0]))
        if self.unprinted_joint_names:
            out.append(translate("services", "{name}: joint names not printed on a 御中 card "
                                 "({names})").format(
                name=self.person_name, names="、".join(self.unprinted_joint_names)))
        if self.onchu_without_company:
            out.append(translate("services", "{name}: 御中 needs a company or department; "
                                 "the card goes to the person, with 様").format(
                name=self.person_name))
        if self.latin_name_for:
            out.append(translate("services", "{name}: the name is written in {script} "
                                 "script; printed from its Latin form").format(
                name=self.person_name, script=self.latin_name_for))
        if self.honorific.strip() and self.honorific.strip() != "様" and not self.onchu:
            out.append(translate("services", "{name}: the card writes 様 (the contact's "
                                 "honorific {honorific} is not used on a card)").format(
                name=self.person_name, honorific=self.honorific.strip()))
        return out

    def as_json(self) -> dict:
        out = asdict(self)
        out["names"] = self.name_lines
        out["wording_notes"] = self.wording_notes()
        out["organisation"] = self.organisation_lines
        if self.address is not None:
            out["address"]["usable"] = self.address.usable
            out["address"]["postal_problem"] = self.address.postal_problem
        return out


@dataclass(kw_only=True)
class Proposal:
    """A 寒中見舞い to propose instead of a New Year card (the contact is in mourning)."""

    contact_id: int
    name: str
    title: str
    due: date


@dataclass(kw_only=True)
class NewYearList:
    year: int
    to_print: list[Recipient]  # neither sent yet nor in mourning, with an address
    sent: list[Recipient]
    mourning: list[Recipient]
    no_address: list[Recipient]  # no address, or none to deliver to (a postal code alone)
    proposals: list[Proposal]
    skipped: list[Recipient] = field(default_factory=list)  # marked "do not send" this year

    @property
    def postal_problems(self) -> list[Recipient]:
        """Cards to print whose postal-code boxes would stay empty (no code, not seven
        digits, not in Japan Post's data)."""
        return [r for r in self.to_print if r.address and r.address.postal_problem]

    @property
    def everyone(self) -> list[Recipient]:
        return [*self.to_print, *self.sent, *self.no_address, *self.mourning, *self.skipped]

    def as_json(self) -> dict:
        return {"year": self.year,
                "to_print": [r.as_json() for r in self.to_print],
                "sent": [r.as_json() for r in self.sent],
                "no_address": [r.as_json() for r in self.no_address],
                "mourning": [r.as_json() for r in self.mourning],
                "not_sending": [r.as_json() for r in self.skipped],
                "postal_problems": [{"contact_id": r.contact_id,
                                     "organization_id": r.organization_id,
                                     "name": r.display_name,
                                     "problem": r.address.postal_problem}
                                    for r in self.postal_problems],
                "kanchu_mimai": [{**asdict(p), "due": p.due.isoformat()} for p in self.proposals]}


@dataclass(kw_only=True)
class Sender:
    name: str = ""
    postal_code: str = ""
    address: str = ""  # one line, as the user writes it; split for the card by postal.parse
    from_profile: bool = False

    @property
    def is_set(self) -> bool:
        return bool(self.name.strip() and self.address.strip())


# -- marks -----------------------------------------------------------------------------------

def _check_year(year: int) -> None:
    if not 1900 <= year <= 2200:
        raise KizunaError(f"{year} is not a year to send New Year cards for.")


def mark(journal: Journal, contact_id: int, year: int, *, send: bool | None = None,
         sent: bool | None = None, received: bool | None = None,
         mourning: bool | None = None, joint_names: list[str] | None = None,
         onchu: bool | None = None, skip: bool | None = None) -> Marks:
    """Set the marks given (None leaves one as it is); returns the contact's marks for the
    year. Marking mourning takes the contact out of the print run; "do not send" (skip)
    takes them off the list (a contact carried over from last year too), and to send puts
    them back on it (each clears the other)."""
    _check_year(year)
    with journal.session() as s:
        if s.get(Contact, contact_id) is None:
            raise NotFoundError(f"No contact {contact_id}.")
        m = s.scalar(select(NengajoMark).where(NengajoMark.contact_id == contact_id,
                                               NengajoMark.year == year))
        if m is None:
            prev = _latest(s, contact_id, year)
            m = NengajoMark(contact_id=contact_id, year=year, send=False, sent=False,
                            received=False, mourning=False,
                            joint_names=prev.joint_names if prev else "",
                            onchu=prev.onchu if prev else False)
            s.add(m)
        for name, value in (("send", send), ("sent", sent), ("received", received),
                            ("mourning", mourning), ("onchu", onchu), ("skip", skip)):
            if value is not None:
                setattr(m, name, value)
        _skip_or_send(m, send, skip)
        # mourning takes the contact out of the print run (a send mark stays, for undo);
        # a card already sent, or asked to be sent while withheld (at once, or to one
        # already marked in mourning), is a contradiction
        if m.mourning and (m.sent or send):
            raise KizunaError("A card cannot be both sent (or to send) and withheld for "
                              "mourning (喪中) in one year; clear one of the marks first.")
        if joint_names is not None:
            m.joint_names = "\n".join(n.strip() for n in joint_names if n.strip())
        s.flush()
        return Marks(send=m.send, sent=m.sent, received=m.received, mourning=m.mourning,
                     skip=m.skip)


class MarkRefused(KizunaError):
    """A mark refused. ``str()`` words it for the command line (its flags, --sent); the window
    shows ``window_message()``, in its own words (its buttons, Sent)."""

    def __init__(self, message: str, window: str):
        super().__init__(message)
        self.window = window

    def window_message(self) -> str:
        from kizuna_desktop.i18n import translate

        return translate("errors", self.window)


def _skip_or_send(m, send: bool | None, skip: bool | None) -> None:
    """"Do not send" and "to send" clear each other; a card sent cannot be "not sent"."""
    if skip and send:
        raise MarkRefused(QT_TRANSLATE_NOOP(  # the command line's words, in the catalogue too
            "errors", "A card cannot be both to send and not to send in one year; give one of "
            "--send and --skip."), QT_TRANSLATE_NOOP(
                              "errors", "A card cannot be both To send and Do not send in one "
                              "year; choose one of the two."))
    if skip:
        m.send = False
    elif send:
        m.skip = False
    if m.skip and m.sent:
        raise MarkRefused(QT_TRANSLATE_NOOP(
            "errors", "A card already sent cannot be marked not to send; clear --sent first."),
            QT_TRANSLATE_NOOP(
                              "errors", "A card already sent cannot be marked Do not send; "
                              "unmark Sent first (the Sent button, or S in the list)."))


def marks_of(journal: Journal, key: tuple[str, int], year: int) -> Marks:
    """The marks of one row (a contact's or an organisation's) for ``year``."""
    kind, ident = key
    with journal.session() as s:
        if kind == "organization":
            m = s.scalar(select(NengajoOrgMark).where(
                NengajoOrgMark.organization_id == ident, NengajoOrgMark.year == year))
            return Marks(send=m.send, sent=m.sent, received=m.received, skip=m.skip) \
                if m else Marks()
        m = s.scalar(select(NengajoMark).where(NengajoMark.contact_id == ident,
                                               NengajoMark.year == year))
        return Marks(send=m.send, sent=m.sent, received=m.received, mourning=m.mourning,
                     skip=m.skip) if m else Marks()


def set_marks(journal: Journal, key: tuple[str, int], year: int, marks: Marks) -> None:
    """All four (five) marks of a row at once, as they were (undo)."""
    kind, ident = key
    if kind == "organization":
        mark_organization(journal, ident, year, send=marks.send, sent=marks.sent,
                          received=marks.received, skip=marks.skip)
        return
    with journal.session() as s:
        m = s.scalar(select(NengajoMark).where(NengajoMark.contact_id == ident,
                                               NengajoMark.year == year))
        if m is None:
            if marks == Marks():
                return
            s.add(NengajoMark(contact_id=ident, year=year, send=marks.send, sent=marks.sent,
                              received=marks.received, mourning=marks.mourning,
                              skip=marks.skip, joint_names="", onchu=False))
            return
        m.send, m.sent, m.received = marks.send, marks.sent, marks.received
        m.mourning, m.skip = marks.mourning, marks.skip


def mark_organization(journal: Journal, organization_id: int, year: int, *,
                      send: bool | None = None, sent: bool | None = None,
                      received: bool | None = None, skip: bool | None = None,
                      department: str | None = None) -> Marks:
    """An organisation as the recipient (a company's own card, no person to write to): the
    card goes to the company, or to ``department`` there, with 御中 and never 様."""
    _check_year(year)
    with journal.session() as s:
        if s.get(Organization, organization_id) is None:
            raise NotFoundError(f"No organisation {organization_id}.")
        m = s.scalar(select(NengajoOrgMark).where(
            NengajoOrgMark.organization_id == organization_id, NengajoOrgMark.year == year))
        if m is None:
            prev = s.scalar(select(NengajoOrgMark).where(
                NengajoOrgMark.organization_id == organization_id, NengajoOrgMark.year < year)
                .order_by(NengajoOrgMark.year.desc()).limit(1))
            m = NengajoOrgMark(organization_id=organization_id, year=year, send=False,
                               sent=False, received=False, skip=False,
                               department=prev.department if prev else "")
            s.add(m)
        for name, value in (("send", send), ("sent", sent), ("received", received),
                            ("skip", skip)):
            if value is not None:
                setattr(m, name, value)
        _skip_or_send(m, send, skip)
        if department is not None:
            m.department = " ".join(department.split())
        s.flush()
        return Marks(send=m.send, sent=m.sent, received=m.received, skip=m.skip)


def joint_names_of(s: Session, contact_ids: Iterable[int] | None = None
                   ) -> dict[int, list[str]]:
    """The joint names (連名) of each contact's New Year card: those of its latest mark (as
    ``tagged`` reads them, a later year's mark over an earlier one's), for ``contact_ids``
    or every contact; contacts whose card has none are left out. One query (a few for many
    ids), for an export of the whole journal too."""
    q = select(NengajoMark.contact_id, NengajoMark.joint_names).order_by(
        NengajoMark.contact_id, NengajoMark.year)
    ids = None if contact_ids is None else sorted(set(contact_ids))
    parts = [q] if ids is None else [q.where(NengajoMark.contact_id.in_(ids[i:i + 500]))
                                     for i in range(0, len(ids), 500)]
    latest: dict[int, str] = {}
    for part in parts:
        for cid, text in s.execute(part):
            latest[cid] = text or ""  # the later year's row comes last
    return {cid: names for cid, text in latest.items()
            if (names := [n for n in text.splitlines() if n.strip()])}


def _latest(s: Session, contact_id: int, before: int) -> NengajoMark | None:
    return s.scalar(select(NengajoMark).where(NengajoMark.contact_id == contact_id,
                                              NengajoMark.year < before)
                    .order_by(NengajoMark.year.desc()).limit(1))


# -- the list --------------------------------------------------------------------------------

def _position(c: Contact, s: Session):
    from kizuna_desktop.services.contacts import current_of
    from kizuna_desktop.services.positions import position_view

    return current_of([position_view(p) for p in c.positions])


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\U00020000-\U0003ffff]")


def _latin_given_first(c: Contact) -> bool:
    """A name in Latin letters only is written given name first unless the contact says
    otherwise (John Smith 様)."""
    from kizuna_desktop.store.models import LatinOrder

    name = (c.family_name or c.family_latin) + (c.given_name or c.given_latin)
    return (bool(re.search(r"[A-Za-z]", name)) and not _CJK.search(name)
            and c.latin_order != LatinOrder.FAMILY_FIRST)


def _names(c: Contact) -> tuple[str, str, bool, str]:
    """(family, given, given name first, script replaced): the name as the card writes it.
    A name in a script the cards cannot set (Arabic, Hebrew, Cyrillic…) is written from the
    contact's Latin name when it has one, in the order the contact gives (given name first
    unless it says family first); without one it stays, and the card or label is named."""
    from kizuna_desktop.pdf.postcard import foreign_script
    from kizuna_desktop.store.models import LatinOrder

    family, given = c.family_name or c.family_latin, c.given_name or c.given_latin
    script = foreign_script(family + given)
    if script and (c.family_latin or c.given_latin):
        return (c.family_latin, c.given_latin, c.latin_order != LatinOrder.FAMILY_FIRST,
                script)
    return family, given, _latin_given_first(c), ""


def _address(c: Contact) -> Address | None:
    if not c.addresses:
        return None

    def is_work(a: PostalAddress) -> bool:
        return a.label.strip().casefold() in _WORK

    a = next((a for a in c.addresses if is_work(a)), c.addresses[0])
    parts = postal.Parts(postal_code=a.postal_code, region=a.region, city=a.city,
                         town=a.town, block=a.block, extended=a.extended)
    if not (parts.region or parts.city) and a.text:
        parts = postal.parse(a.text) or parts
    if not (parts.town or parts.block) and a.street and _CJK.search(a.street):
        parts.town, parts.block, rest = postal.split_street(a.street)
        parts.extended = parts.extended or rest
    if not (parts.town or parts.block) and a.text:  # only text beside the parts (筆まめ's 住所1)
        p = postal.parse(a.text)
        if p is not None and (p.town or p.block):
            parts.town, parts.block = p.town, p.block
            parts.region, parts.city = parts.region or p.region, parts.city or p.city
            if p.extended and p.extended not in parts.extended:
                parts.extended = " ".join(x for x in (p.extended, parts.extended) if x)
    parts = postal.tidy(parts)
    return Address(postal_code=postal.normal_code(parts.postal_code) or parts.postal_code,
                   prefecture=parts.region, city=parts.city, town=parts.town,
                   block=parts.block, building=parts.extended, text=a.text, label=a.label,
                   work=is_work(a), latin=a.latin or "")


def _org_address(o: Organization) -> Address | None:
    """An organisation's address (one line of text) read into its parts."""
    text = (o.address or "").strip()
    if not text:
        return None
    # a trailing country (日本, Japan) is not an address column on a card posted in Japan
    # (review 5 finding 9: 株式会社大阪商事's card printed 日本 as a column of its own)
    p = postal.parse(re.sub(r"[\s,、]*(日本国?|japan|nippon)[\s.]*$", "", text,
                            flags=re.IGNORECASE) or text)
    if p is None:
        return Address(text=text, label="work", work=True)
    p = postal.tidy(p)
    return Address(postal_code=postal.normal_code(p.postal_code) or p.postal_code,
                   prefecture=p.region, city=p.city, town=p.town, block=p.block,
                   building=p.extended, text=text, label="work", work=True)


def new_year_list(journal: Journal, year: int) -> NewYearList:
    """Who to send to for ``year``: contacts (and organisations) marked for it, plus everyone
    who sent one for the year before (unless marked "do not send"); archived contacts only
    when marked."""
    _check_year(year)
    with journal.session() as s:
        this = {m.contact_id: m for m in s.scalars(
            select(NengajoMark).where(NengajoMark.year == year))}
        last = {m.contact_id: m for m in s.scalars(
            select(NengajoMark).where(NengajoMark.year == year - 1))}
        # Carried over: those who sent one to the user last year (received), unless this
        # year's marks say otherwise; being on last year's send list alone does not carry.
        # A card received this year and not sent is owed a reply (返礼): on the list too.
        # "Do not send" keeps a contact off (shown apart, so that it can be undone).
        def blank(m) -> bool:
            return not (m.send or m.sent or m.mourning or m.received or m.skip)

        wanted = {cid for cid, m in this.items() if not blank(m)}
        carried = {cid for cid, m in last.items()
                   if m.received and (cid not in this or blank(this[cid]))}
        wanted |= carried
        rows = s.scalars(
            select(Contact).where(Contact.id.in_(wanted))
            .where(or_(Contact.archived.is_(False), Contact.id.in_(list(this))))
            .options(selectinload(Contact.addresses), selectinload(Contact.positions))
            .order_by(Contact.sort_rank)).all() if wanted else []
        out = NewYearList(year=year, to_print=[], sent=[], mourning=[], no_address=[],
                          proposals=[])
        for c in rows:
            m = this.get(c.id)
            source = m or last.get(c.id)
            joint = [n for n in (source.joint_names if source else "").splitlines() if n]
            pos = _position(c, s)
            addr = _address(c)
            family, given, given_first, script = _names(c)
            r = Recipient(
                contact_id=c.id, family_name=family,
                given_names=[given, *[n for n in joint if " " not in n.strip()]],
                joint_families=[n for n in joint if " " in n.strip()],
                company=pos.organization if pos else "",
                department=(pos.department_ja or pos.department_en) if pos else "",
                title=(pos.title_ja or pos.title_en) if pos else "",
                onchu=bool(source and source.onchu), address=addr,
                latin_given_first=given_first, name_prefix=c.name_prefix or "",
                latin_name_for=script,
                marks=Marks(send=bool(m and m.send), sent=bool(m and m.sent),
                            received=bool(m and m.received), mourning=bool(m and m.mourning),
                            skip=bool(m and m.skip)),
                why=("sent one last year" if c.id in carried
                     else "reply to their card" if m and m.received and not (m.send or m.sent)
                     else "marked"),
                region=regions.region_of(addr.prefecture) if addr and addr.prefecture
                else regions.region_of(c.region) if c.region else None)
            if r.onchu and not r.company:
                r.onchu = False  # 御中 needs a company or department to take it (said)
                r.onchu_without_company = True
            r.honorific = c.honorific or "様"
            _sort_into(out, r, year)
        _organisations(s, year, out)
        return out


def _sort_into(out: NewYearList, r: Recipient, year: int) -> None:
    if r.marks.skip:
        out.skipped.append(r)
    elif r.marks.mourning:
        out.mourning.append(r)
        out.proposals.append(Proposal(
            contact_id=r.contact_id, name=f"{r.family_name} {r.given_names[0]}".strip(),
            title="寒中見舞いを送る（喪中）", due=kanchu_start(year, r.region)))
    elif r.marks.sent:
        out.sent.append(r)
    elif r.address is None or not r.address.usable:
        out.no_address.append(r)
    else:
        out.to_print.append(r)


def _organisations(s: Session, year: int, out: NewYearList) -> None:
    """Organisations marked for ``year`` (or that sent one the year before): one card each,
    to the company or its department, 御中."""
    this = {m.organization_id: m for m in s.scalars(
        select(NengajoOrgMark).where(NengajoOrgMark.year == year))}
    last = {m.organization_id: m for m in s.scalars(
        select(NengajoOrgMark).where(NengajoOrgMark.year == year - 1))}

    def blank(m) -> bool:
        return not (m.send or m.sent or m.received or m.skip)

    wanted = {oid for oid, m in this.items() if not blank(m)}
    carried = {oid for oid, m in last.items()
               if m.received and (oid not in this or blank(this[oid]))}
    wanted |= carried
    if not wanted:
        return
    for o in s.scalars(select(Organization).where(Organization.id.in_(wanted))
                       .order_by(Organization.reading, Organization.name_ja,
                                 Organization.name_en)):
        m = this.get(o.id)
        source = m or last.get(o.id)
        addr = _org_address(o)
        name = o.name_ja or o.name_en
        r = Recipient(
            contact_id=None, organization_id=o.id, family_name=name, given_names=[],
            joint_families=[], company=name, department=source.department if source else "",
            onchu=True, address=addr,
            marks=Marks(send=bool(m and m.send), sent=bool(m and m.sent),
                        received=bool(m and m.received), skip=bool(m and m.skip)),
            why=("sent one last year" if o.id in carried
                 else "reply to their card" if m and m.received and not (m.send or m.sent)
                 else "marked"),
            region=regions.region_of(addr.prefecture) if addr and addr.prefecture else None)
        _sort_into(out, r, year)


def kanchu_start(year: int, region: str | None) -> date:
    """The first day for a 寒中見舞い: after 松の内, 8 January (16 January in Kansai)."""
    return date(year, 1, 16 if region == "Kansai" else 8)


def accept_proposals(journal: Journal, proposals: list[Proposal]) -> list[int]:
    """The proposals the user accepted, as follow-ups (their ids)."""
    from kizuna_desktop.services import followups

    return [followups.create(journal, followups.FollowUpInput(
        contact_id=p.contact_id, title=p.title, due_date=p.due)).id for p in proposals]


# -- the sender ------------------------------------------------------------------------------

def sender(journal: Journal) -> Sender:
    """The sender set with :func:`set_sender`, else the meishi profile's name and address."""
    with journal.session() as s:
        row = s.scalar(select(JournalSetting).where(JournalSetting.key == SENDER_KEY))
        if row is not None:
            try:
                data = json.loads(row.value)
                return Sender(name=str(data.get("name", "")),
                              postal_code=str(data.get("postal_code", "")),
                              address=str(data.get("address", "")))
            except (ValueError, AttributeError):
                pass
        p = s.scalar(select(MeishiProfile).order_by(MeishiProfile.id).limit(1))
        if p is None or not p.address_ja.strip():
            return Sender()
        parsed = postal.parse(p.address_ja)
        return Sender(name=p.name_ja, postal_code=parsed.postal_code if parsed else "",
                      address=p.address_ja, from_profile=True)


def set_sender(journal: Journal, *, name: str, address: str, postal_code: str = "") -> Sender:
    name, address = " ".join(name.split()), " ".join(address.split())
    code = postal.normal_code(postal_code) if postal_code else ""
    if postal_code and not code:
        raise KizunaError(f"{postal_code!r} is not a postal code of seven digits (NNN-NNNN).")
    if not code:
        parsed = postal.parse(address)
        code = parsed.postal_code if parsed else ""
    value = json.dumps({"name": name, "postal_code": code, "address": address},
                       ensure_ascii=False)
    with journal.session() as s:
        row = s.scalar(select(JournalSetting).where(JournalSetting.key == SENDER_KEY))
        if row is None:
            s.add(JournalSetting(key=SENDER_KEY, value=value))
        else:
            row.value = value
    return Sender(name=name, postal_code=code, address=address)


# -- the print layout (remembered in the journal) ---------------------------------------------

LAYOUT_KEY = "nengajo_print_layout"


@dataclass(kw_only=True)
class PrintLayout:
    """Where the printer puts the card (mm, + right / + down) and where the card's own
    printing puts the sender's postal-code boxes (the first box's left and top edges)."""

    offset_x: float = 0.0
    offset_y: float = 0.0
    sender_box_left: float = 5.7
    sender_box_top: float = 128.0


OFFSET_LIMIT = 8.0  # mm, either way


def print_layout(journal: Journal) -> PrintLayout:
    with journal.session() as s:
        row = s.scalar(select(JournalSetting).where(JournalSetting.key == LAYOUT_KEY))
        if row is None:
            return PrintLayout()
        try:
            data = json.loads(row.value)
            return PrintLayout(**{k: float(v) for k, v in data.items()
                                  if k in PrintLayout.__dataclass_fields__})
        except (ValueError, TypeError, AttributeError):
            return PrintLayout()


def save_print_layout(journal: Journal, layout: PrintLayout) -> PrintLayout:
    # A printer's offset is a few mm; beyond OFFSET_LIMIT the red boxes' row (right edge at
    # 92 mm of 100) leaves the card, and a slip (60 for 0.6) would spoil every later run.
    # The sender's boxes stay on the card (their row is about 35 mm wide, 8 mm high).
    bounds = {"offset_x": (-OFFSET_LIMIT, OFFSET_LIMIT), "offset_y": (-OFFSET_LIMIT, OFFSET_LIMIT),
              "sender_box_left": (0.0, 65.0), "sender_box_top": (0.0, 140.0)}
    for name, value in asdict(layout).items():
        low, high = bounds[name]
        if not low <= value <= high:  # (NaN fails too)
            raise KizunaError(f"{name.replace('_', '-')} {value} mm is off the card.")
    value = json.dumps(asdict(layout))
    with journal.session() as s:
        row = s.scalar(select(JournalSetting).where(JournalSetting.key == LAYOUT_KEY))
        if row is None:
            s.add(JournalSetting(key=LAYOUT_KEY, value=value))
        else:
            row.value = value
    return layout


def tagged(journal: Journal, tag: str) -> list[Recipient]:
    """Recipients for address labels: the (not archived) contacts with ``tag``, with the
    joint names and 御中 of their latest New Year marks."""
    from kizuna_desktop.store.models import Tag

    with journal.session() as s:
        rows = s.scalars(
            select(Contact).where(Contact.archived.is_(False),
                                  Contact.tags.any(Tag.name == tag.strip().lstrip("#")))
            .options(selectinload(Contact.addresses), selectinload(Contact.positions))
            .order_by(Contact.sort_rank)).all()
        out = []
        for c in rows:
            m = _latest(s, c.id, 10_000)
            joint = [n for n in (m.joint_names if m else "").splitlines() if n]
            pos = _position(c, s)
            addr = _address(c)
            family, given, given_first, script = _names(c)
            r = Recipient(
                contact_id=c.id, family_name=family,
                given_names=[given, *[n for n in joint if " " not in n.strip()]],
                joint_families=[n for n in joint if " " in n.strip()],
                company=pos.organization if pos else "",
                department=(pos.department_ja or pos.department_en) if pos else "",
                title=(pos.title_ja or pos.title_en) if pos else "",
                onchu=bool(m and m.onchu and pos), address=addr, why=f"tagged {tag}",
                latin_given_first=given_first, name_prefix=c.name_prefix or "",
                latin_name_for=script,
                onchu_without_company=bool(m and m.onchu and not pos),
                honorific=c.honorific or "様")
            out.append(r)
        return out


# -- who a name means, and a row's card details (the view and the CLI) -------------------------

def resolve_recipient(journal: Journal, spec: str, *,
                      organization: bool = False) -> tuple[tuple[str, int], str]:
    """The row ``spec`` names, with its name: ``org:ID`` or (``organization``) an
    organisation; else a contact (an id, an e-mail, a name); an organisation named exactly
    ``spec`` when no contact has that name (a contact found only by searching, someone who
    works there, never stands in for it)."""
    from kizuna_desktop.services import lookup, names, organizations

    spec = spec.strip()
    if spec.casefold().startswith("org:"):
        o = organizations.resolve(journal, spec[4:])
        return ("organization", o.id), o.name
    if organization:
        o = organizations.resolve(journal, spec)
        return ("organization", o.id), o.name
    exact = organizations.named(journal, spec)
    squashed = "".join(spec.split()).casefold()
    try:
        who = lookup.resolve(journal, spec)
    except NotFoundError as e:
        several = getattr(e, "matches", None) or []
        # people found by searching for the organisation's name (they work there) are not it
        if len(exact) == 1 and not any(
                "".join(names.display(m.name).split()).casefold() == squashed
                for m in several):
            return ("organization", exact[0].id), exact[0].name
        if several or len(exact) > 1:  # several: the message says so
            raise
        if exact:
            return ("organization", exact[0].id), exact[0].name
        try:
            o = organizations.resolve(journal, spec)
        except NotFoundError:
            raise e from None
        return ("organization", o.id), o.name
    shown = names.display(who.name)
    if len(exact) == 1 and "".join(shown.split()).casefold() != "".join(spec.split()).casefold():
        return ("organization", exact[0].id), exact[0].name
    return ("contact", who.id), shown


@dataclass(kw_only=True)
class Details:
    """What a row's card says besides the marks: joint names (連名) and 御中 for a contact,
    the department for an organisation."""

    joint_names: list[str] = field(default_factory=list)
    onchu: bool = False
    department: str = ""


def details_of(journal: Journal, key: tuple[str, int], year: int) -> Details:
    """The row's details for ``year`` (carried from its latest earlier year when it has
    none yet)."""
    kind, ident = key
    with journal.session() as s:
        if kind == "organization":
            m = s.scalar(select(NengajoOrgMark).where(
                NengajoOrgMark.organization_id == ident, NengajoOrgMark.year <= year)
                .order_by(NengajoOrgMark.year.desc()).limit(1))
            return Details(onchu=True, department=m.department if m else "")
        m = s.scalar(select(NengajoMark).where(NengajoMark.contact_id == ident,
                                               NengajoMark.year <= year)
                     .order_by(NengajoMark.year.desc()).limit(1))
        if m is None:
            return Details()
        return Details(joint_names=[n for n in m.joint_names.splitlines() if n],
                       onchu=m.onchu)


def set_details(journal: Journal, key: tuple[str, int], year: int, details: Details) -> None:
    kind, ident = key
    if kind == "organization":
        mark_organization(journal, ident, year, department=details.department)
    else:
        mark(journal, ident, year, joint_names=details.joint_names, onchu=details.onchu)


# --- Marks follow a merge (brief 5 item 1) -------------------------------------------------
# A merge moves the New Year marks of the record that goes onto the one that stays: a year
# only the other one has moves as it is; a year both have becomes one row with what either
# knew (sent / received / mourning / to send from either, do-not-send only when both said so,
# the kept record's joint names and 御中 unless it had none).

_FLAGS_ANY = ("send", "sent", "received", "mourning", "onchu")


def fold_marks(session: Session, *, organisation: bool, from_id: int, to_id: int) -> None:
    """Move the New Year marks of ``from_id`` to ``to_id`` (contacts, or organisations when
    ``organisation``) inside the caller's merge transaction, before ``from_id`` is deleted."""
    model = NengajoOrgMark if organisation else NengajoMark
    col = model.organization_id if organisation else model.contact_id
    attr = "organization_id" if organisation else "contact_id"
    theirs = session.scalars(select(model).where(col == from_id)).all()
    mine = {m.year: m for m in session.scalars(select(model).where(col == to_id))}
    for m in theirs:
        keep = mine.get(m.year)
        if keep is None:
            setattr(m, attr, to_id)
            continue
        for flag in _FLAGS_ANY:
            if hasattr(model, flag) and getattr(m, flag):
                setattr(keep, flag, True)
        keep.skip = bool(keep.skip and m.skip)
        for text in ("joint_names", "department"):
            if hasattr(model, text) and not getattr(keep, text) and getattr(m, text):
                setattr(keep, text, getattr(m, text))
        session.delete(m)
    session.flush()


def org_mark_rows(session: Session, organization_ids: list[int]) -> list[dict]:
    """The organisations' New Year mark rows as plain data (to put back on undo)."""
    t = NengajoOrgMark.__table__
    return [dict(r._mapping) for r in session.execute(
        select(t).where(t.c.organization_id.in_(organization_ids)))]


def put_back_org_marks(session: Session, organization_ids: list[int], rows: list[dict]) -> None:
    """Make the organisations' New Year marks exactly ``rows`` again (undo of a merge)."""
    t = NengajoOrgMark.__table__
    session.execute(t.delete().where(t.c.organization_id.in_(organization_ids)))
    if rows:
        session.execute(t.insert(), rows)
