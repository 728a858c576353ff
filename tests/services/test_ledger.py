"""Gifts and favours: occasions in words, the people involved, validation naming each bad
field, and the balance per contact."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.i18n import occasion_label
from kizuna_desktop.kinds import parse_occasion
from kizuna_desktop.services import contacts, ledger, timeline
from kizuna_desktop.store.models import LedgerDirection, LedgerKind, Occasion


def _c(journal, name):
    return contacts.create(journal, contacts.ContactInput(family_name=name)).id


def test_entry_with_others_shows_for_everyone_involved_and_in_words(journal):
    a, b = _c(journal, "山田"), _c(journal, "渡辺")
    e = ledger.create(journal, ledger.LedgerInput(
        contact_id=a, direction=LedgerDirection.GIVEN, kind=LedgerKind.GIFT,
        occasion=Occasion.CONDOLENCE, description="お花", value=10000,
        occurred_on=date(2026, 3, 2), others=[b, b]))
    assert e.others == (b,) and e.other_names == ("渡辺",)
    assert e.sentence() == "Given gift · お悔やみ condolence: お花 (10,000 JPY)"
    assert [x.id for x in ledger.for_contact(journal, b)] == [e.id]
    assert [t.ledger.id for t in timeline.page(journal, b).entries if t.ledger] == [e.id]
    upd = ledger.update(journal, e.id, ledger.LedgerInput(
        contact_id=a, direction=LedgerDirection.RECEIVED, kind=LedgerKind.FAVOUR,
        occurred_on=date(2026, 3, 3), occasion=Occasion.THANKS, description="紹介"))
    assert upd.others == () and ledger.for_contact(journal, b) == []
    assert occasion_label(Occasion.OCHUGEN) == "お中元 / ochūgen (summer gift)"
    assert parse_occasion("ochūgen") == parse_occasion("お中元") == Occasion.OCHUGEN


def test_each_bad_field_is_named(journal):
    a = _c(journal, "山田")
    with pytest.raises(ValidationError) as e:
        ledger.create(journal, ledger.LedgerInput(
            contact_id=a, direction="sideways", kind=LedgerKind.GIFT, occurred_on=None,
            value=-5, currency="yen!"))
    assert set(e.value.errors) == {"direction", "occurred_on", "value", "currency",
                                   "description"}
    with pytest.raises(ValidationError, match="does not exist"):
        ledger.create(journal, ledger.LedgerInput(
            contact_id=a, direction="given", kind="gift", occurred_on=date(2026, 1, 1),
            description="菓子", others=[999]))
    assert ledger.for_contact(journal, a) == []


def test_balance_counts_and_sums_per_currency(journal):
    a = _c(journal, "鈴木")
    for d, v, cur in (("given", 5000, "JPY"), ("given", 30, "EUR"), ("received", 8000, "JPY"),
                      ("received", None, "JPY")):
        ledger.create(journal, ledger.LedgerInput(contact_id=a, direction=d, kind="gift",
                                                  occurred_on=date(2026, 7, 1), value=v,
                                                  currency=cur, description="菓子"))
    bal = ledger.balance(ledger.for_contact(journal, a))
    assert (bal.given, bal.received, bal.net) == (2, 2, 0)
    assert bal.sentence() == "2 given (30 EUR, 5,000 JPY), 2 received (8,000 JPY)"


def _gift(contact_id, **kw):
    base = dict(contact_id=contact_id, direction="given", kind="gift",
                occurred_on=date(2026, 1, 1), description="菓子")
    return ledger.LedgerInput(**(base | kw))


def test_values_beyond_a_trillion_are_refused_not_overflowing(journal):
    a = _c(journal, "山田")
    with pytest.raises(ValidationError) as e:
        ledger.create(journal, _gift(a, value=99999999999999999999))
    assert set(e.value.errors) == {"value"} and "1,000,000,000,000" in e.value.errors["value"]
    assert ledger.create(journal, _gift(a, value=10**12)).value == 10**12
    big = ledger.for_contact(journal, a)[0]
    with pytest.raises(ValidationError, match="At most"):
        ledger.update(journal, big.id, _gift(a, value=10**12 + 1))
    assert ledger.get(journal, big.id).value == 10**12


@pytest.mark.parametrize("typed,code", [("yen", "JPY"), ("円", "JPY"), ("Yen", "JPY"),
                                        ("dollar", "USD"), ("$", "USD"), ("euro", "EUR"),
                                        ("€", "EUR"), ("usd", "USD"), (" gbp ", "GBP"),
                                        ("", "JPY")])
def test_currency_words_and_codes_become_iso_4217(journal, typed, code):
    a = _c(journal, "山田")
    assert ledger.create(journal, _gift(a, currency=typed)).currency == code


@pytest.mark.parametrize("typed", ["yen!", "ABC", "JP", "XXXX", "ドルドル"])
def test_currency_that_is_no_iso_4217_code_is_refused(journal, typed):
    a = _c(journal, "山田")
    with pytest.raises(ValidationError) as e:
        ledger.create(journal, _gift(a, currency=typed))
    assert set(e.value.errors) == {"currency"} and "ISO 4217" in e.value.errors["currency"]
    assert ledger.for_contact(journal, a) == []


def test_what_was_given_is_required(journal):
    a = _c(journal, "山田")
    for what in ("", "   "):
        with pytest.raises(ValidationError) as e:
            ledger.create(journal, _gift(a, description=what))
        assert e.value.errors == {"description": "Say what was given."}
    assert ledger.for_contact(journal, a) == []


def test_the_contact_itself_among_the_others_is_refused_not_dropped(journal):
    a, b = _c(journal, "山田"), _c(journal, "渡辺")
    with pytest.raises(ValidationError) as e:
        ledger.create(journal, _gift(a, others=[b, a]))
    assert set(e.value.errors) == {"others"}
    assert ledger.for_contact(journal, a) == [] and ledger.for_contact(journal, b) == []
