"""The ledger of gifts and favours given to and received from contacts: what, its value and
currency, the occasion (ochūgen, oseibo, omiyage, thanks, ...), the date and the people
involved (the contact it was given to or received from, and any others)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.i18n import occasion_label, translate
from kizuna_desktop.kinds import LEDGER_KIND_LABELS
from kizuna_desktop.services import names, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    LedgerDirection,
    LedgerEntry,
    LedgerKind,
    Occasion,
    ledger_participants,
)

MAX_VALUE = 10**12  # a trillion: larger values are typos (and overflow SQLite's integers)

# The active ISO 4217 currency codes (2024 list, funds and precious metals left out).
ISO_4217 = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL
""".split())

# Words people type for a currency -> its code.
CURRENCY_WORDS = {"yen": "JPY", "円": "JPY", "¥": "JPY", "￥": "JPY", "dollar": "USD",
                  "dollars": "USD", "$": "USD", "ドル": "USD", "euro": "EUR", "euros": "EUR",
                  "€": "EUR", "ユーロ": "EUR"}


def currency_code(text: str | None) -> str | None:
    """The ISO 4217 code ``text`` names (a code in any case, or yen/円, dollar/$, euro/€);
    None when it names none. Empty means JPY."""
    t = (text or "").strip()
    if not t:
        return "JPY"
    if (code := CURRENCY_WORDS.get(t.casefold())) is not None:
        return code
    return t.upper() if t.upper() in ISO_4217 else None


@dataclass(kw_only=True)
class LedgerInput:
    contact_id: int
    direction: LedgerDirection
    kind: LedgerKind
    occurred_on: date | None
    occasion: Occasion = Occasion.OTHER
    description: str = ""
    value: int | None = None
    currency: str = "JPY"
    others: list[int] = field(default_factory=list)  # other contacts involved


@dataclass(frozen=True, kw_only=True)
class LedgerView:
    id: int
    contact_id: int
    direction: LedgerDirection
    kind: LedgerKind
    occasion: Occasion
    description: str
    value: int | None
    currency: str
    occurred_on: date
    contact_name: str = ""
    others: tuple[int, ...] = ()
    other_names: tuple[str, ...] = ()

    def to_input(self) -> LedgerInput:
        return LedgerInput(contact_id=self.contact_id, direction=self.direction, kind=self.kind,
                           occurred_on=self.occurred_on, occasion=self.occasion,
                           description=self.description, value=self.value,
                           currency=self.currency, others=list(self.others))

    @property
    def value_text(self) -> str:
        return "" if self.value is None else f"{self.value:,} {self.currency}"

    def sentence(self) -> str:
        """In words, e.g. "Given gift · お歳暮 oseibo: Sake set (12,000 JPY)"."""
        occ = occasion_label(self.occasion, short=True)
        kind = translate("Kinds", LEDGER_KIND_LABELS[self.kind]).lower()
        head = (translate("services", "Given {kind}") if self.direction == LedgerDirection.GIVEN
                else translate("services", "Received {kind}")).format(kind=kind)
        text = f"{head} · {occ}" if occ else head
        if self.description:
            text += f": {self.description}"
        if self.value is not None:
            text += f" ({self.value_text})"
        return text


@dataclass(frozen=True, kw_only=True)
class Balance:
    given: int
    received: int
    value_given: dict[str, int]
    value_received: dict[str, int]

    @property
    def net(self) -> int:
        """Entries given minus entries received: positive when the user has given more."""
        return self.given - self.received

    def sentence(self) -> str:
        def money(d: dict[str, int]) -> str:
            return ", ".join(f"{v:,} {k}" for k, v in sorted(d.items()))

        given = translate("services", "{n} given").format(n=self.given) + (
            f" ({money(self.value_given)})" if self.value_given else "")
        received = translate("services", "{n} received").format(n=self.received) + (
            f" ({money(self.value_received)})" if self.value_received else "")
        return translate("services", "{given}, {received}").format(given=given,
                                                                   received=received)


def _name(c: Contact | None) -> str:
    if c is None:
        return "?"
    return names.short(c.family_name, c.given_name, c.family_latin, c.given_latin)


def view_of(e: LedgerEntry, session=None) -> LedgerView:
    contact = session.get(Contact, e.contact_id) if session is not None else None
    others = list(e.others) if session is not None else []
    return LedgerView(
        id=e.id, contact_id=e.contact_id, direction=e.direction, kind=e.kind,
        occasion=e.occasion, description=e.description, value=e.value, currency=e.currency,
        occurred_on=e.occurred_on, contact_name=_name(contact) if contact else "",
        others=tuple(c.id for c in others), other_names=tuple(_name(c) for c in others),
    )


def validate(data: LedgerInput) -> LedgerInput:
    """Checks every field, naming each bad one (the window and the command line both)."""
    errors: dict[str, str] = {}
    for name, enum in (("direction", LedgerDirection), ("kind", LedgerKind),
                       ("occasion", Occasion)):
        try:
            setattr(data, name, enum(getattr(data, name)))
        except ValueError:
            errors[name] = f"Unknown {name} “{getattr(data, name)}”."
    if data.occurred_on is None:
        errors["occurred_on"] = "Give the date it was given or received."
    if data.value is not None and data.value < 0:
        errors["value"] = "A value cannot be negative."
    elif data.value is not None and data.value > MAX_VALUE:
        errors["value"] = f"At most {MAX_VALUE:,} (a value this large is surely a typo)."
    code = currency_code(data.currency)
    if code is None:
        errors["currency"] = (f"“{data.currency}” is not an ISO 4217 currency code; use one "
                              "such as JPY, USD or EUR.")
    else:
        data.currency = code
    data.description = (data.description or "").strip()
    if not data.description:
        errors["description"] = "Say what was given."
    elif msg := validation.length(data.description, validation.MAX_TEXT):
        errors["description"] = msg
    if data.contact_id in data.others:
        errors["others"] = ("The contact it was given to or received from is already in it; "
                            "“with” names the other people involved.")
    data.others = [o for i, o in enumerate(data.others) if o not in data.others[:i]]
    if errors:
        raise ValidationError(errors)
    return data


def _check_people(session, data: LedgerInput) -> list[Contact]:
    if session.get(Contact, data.contact_id) is None:
        raise ValidationError.single("contact_id", f"Contact {data.contact_id} does not exist.")
    others = []
    for cid in data.others:
        c = session.get(Contact, cid)
        if c is None:
            raise ValidationError.single("others", f"Contact {cid} does not exist.")
        others.append(c)
    return others


_COLUMNS = ("contact_id", "direction", "kind", "occasion", "description", "value", "currency",
            "occurred_on")


def create(journal: Journal, data: LedgerInput, entry_id: int | None = None) -> LedgerView:
    """A new entry (with ``entry_id``: put back under that id, as undo does)."""
    validate(data)
    with journal.session() as s:
        others = _check_people(s, data)
        e = LedgerEntry(**{k: getattr(data, k) for k in _COLUMNS})
        if entry_id is not None:
            e.id = entry_id
        e.others = others
        s.add(e)
        s.flush()
        return view_of(e, s)


def get(journal: Journal, entry_id: int) -> LedgerView:
    with journal.session() as s:
        e = s.get(LedgerEntry, entry_id)
        if e is None:
            raise NotFoundError(f"Gift or favour {entry_id} does not exist.")
        return view_of(e, s)


def update(journal: Journal, entry_id: int, data: LedgerInput) -> LedgerView:
    validate(data)
    with journal.session() as s:
        e = s.get(LedgerEntry, entry_id)
        if e is None:
            raise NotFoundError(f"Gift or favour {entry_id} does not exist.")
        others = _check_people(s, data)
        for k in _COLUMNS:
            setattr(e, k, getattr(data, k))
        e.others = others
        s.flush()
        return view_of(e, s)


def delete(journal: Journal, entry_id: int) -> None:
    with journal.session() as s:
        e = s.get(LedgerEntry, entry_id)
        if e is None:
            raise NotFoundError(f"Gift or favour {entry_id} does not exist.")
        s.delete(e)


def involving(contact_id: int):
    """The condition for entries the contact takes part in (as the main person or another)."""
    p = ledger_participants.c
    return or_(LedgerEntry.contact_id == contact_id,
               LedgerEntry.id.in_(select(p.entry_id).where(p.contact_id == contact_id)))


def for_contact(journal: Journal, contact_id: int) -> list[LedgerView]:
    """The entries the contact took part in, newest first."""
    with journal.session() as s:
        return [view_of(e, s) for e in s.scalars(
            select(LedgerEntry).where(involving(contact_id))
            .order_by(LedgerEntry.occurred_on.desc(), LedgerEntry.id.desc())
        )]


def balance(entries: list[LedgerView]) -> Balance:
    given = [e for e in entries if e.direction == LedgerDirection.GIVEN]
    received = [e for e in entries if e.direction == LedgerDirection.RECEIVED]

    def sums(es: list[LedgerView]) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in es:
            if e.value is not None:
                out[e.currency] = out.get(e.currency, 0) + e.value
        return out

    return Balance(given=len(given), received=len(received),
                   value_given=sums(given), value_received=sums(received))
