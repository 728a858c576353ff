"""Gifts and favours: occasions in words, the people involved, validation naming each bad
field, and the balance per contact."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.kinds import occasion_label, parse_occasion
from kizuna_desktop.services import contacts, ledger, timeline
from kizuna_desktop.store.models import LedgerDirection, LedgerKind, Occasion


def _c(journal, name):
    return contacts.create(journal, contacts.ContactInput(family_name=name)).id


def test_entry_with_others_shows_for_everyone_involved_and_in_words(journal):
    a, b = _c(journal, "山田"), _c(journal, "渡辺")
    e = ledger.create(journal, ledger.LedgerInput(
        contact_id=a, direction=LedgerDirection.GIVEN, kind=LedgerKind.GIFT,
        occasion=Occasion.CONDOLENCE, description="お花", value=10000,
        occurred_on=date(2026, 3, 2), others=[b, a, b]))
    assert e.others == (b,) and e.other_names == ("渡辺",)
    assert e.sentence() == "Given gift · お悔やみ condolence: お花 (10,000 JPY)"
    assert [x.id for x in ledger.for_contact(journal, b)] == [e.id]
    assert [t.ledger.id for t in timeline.page(journal, b).entries if t.ledger] == [e.id]
    upd = ledger.update(journal, e.id, ledger.LedgerInput(
        contact_id=a, direction=LedgerDirection.RECEIVED, kind=LedgerKind.FAVOUR,
        occurred_on=date(2026, 3, 3), occasion=Occasion.THANKS))
    assert upd.others == () and ledger.for_contact(journal, b) == []
    assert occasion_label(Occasion.OCHUGEN) == "お中元 / ochūgen (summer gift)"
    assert parse_occasion("ochūgen") == parse_occasion("お中元") == Occasion.OCHUGEN


def test_each_bad_field_is_named(journal):
    a = _c(journal, "山田")
    with pytest.raises(ValidationError) as e:
        ledger.create(journal, ledger.LedgerInput(
            contact_id=a, direction="sideways", kind=LedgerKind.GIFT, occurred_on=None,
            value=-5, currency="yen!"))
    assert set(e.value.errors) == {"direction", "occurred_on", "value", "currency"}
    with pytest.raises(ValidationError, match="does not exist"):
        ledger.create(journal, ledger.LedgerInput(
            contact_id=a, direction="given", kind="gift", occurred_on=date(2026, 1, 1),
            others=[999]))
    assert ledger.for_contact(journal, a) == []


def test_balance_counts_and_sums_per_currency(journal):
    a = _c(journal, "鈴木")
    for d, v, cur in (("given", 5000, "JPY"), ("given", 30, "EUR"), ("received", 8000, "JPY"),
                      ("received", None, "JPY")):
        ledger.create(journal, ledger.LedgerInput(contact_id=a, direction=d, kind="gift",
                                                  occurred_on=date(2026, 7, 1), value=v,
                                                  currency=cur))
    bal = ledger.balance(ledger.for_contact(journal, a))
    assert (bal.given, bal.received, bal.net) == (2, 2, 0)
    assert bal.sentence() == "2 given (30 EUR, 5,000 JPY), 2 received (8,000 JPY)"
