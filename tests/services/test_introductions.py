"""Introductions: the user can be any one of the three people; who introduced a contact to
the user; each rule named."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import contacts, introductions


def _c(journal, name):
    return contacts.create(journal, contacts.ContactInput(family_name=name)).id


def test_the_user_in_each_place(journal):
    sato, kato, ito = _c(journal, "佐藤"), _c(journal, "加藤"), _c(journal, "伊藤")
    make = introductions.create
    a = make(journal, introductions.IntroductionInput(introduced_id=kato, introducer_id=sato))
    b = make(journal, introductions.IntroductionInput(introduced_id=None, introducer_id=sato,
                                                      introduced_to_id=ito,
                                                      introduced_on=date(2026, 5, 1)))
    c = make(journal, introductions.IntroductionInput(introduced_id=kato,
                                                      introduced_to_id=ito))
    d = make(journal, introductions.IntroductionInput(introduced_id=kato, introducer_id=sato,
                                                      introduced_to_id=ito))
    assert [x.sentence() for x in (a, b, c, d)] == [
        "佐藤 introduced 加藤 to me", "佐藤 introduced me to 伊藤", "I introduced 加藤 to 伊藤",
        "佐藤 introduced 加藤 to 伊藤"]
    views = introductions.for_contact(journal, ito)
    # Both "me to Ito" and "Kato to me" count as how the contact came to the user.
    assert [v.id for v in introductions.introduced_by(views, ito)] == [b.id]
    assert [v.id for v in introductions.introduced_by(
        introductions.for_contact(journal, kato), kato)] == [a.id]


def test_rules_are_named(journal):
    sato, kato = _c(journal, "佐藤"), _c(journal, "加藤")
    with pytest.raises(ValidationError, match="only one of the three"):
        introductions.create(journal, introductions.IntroductionInput(introduced_id=kato))
    with pytest.raises(ValidationError, match="themselves"):
        introductions.create(journal, introductions.IntroductionInput(
            introduced_id=kato, introduced_to_id=kato, introducer_id=sato))
    with pytest.raises(ValidationError, match="one of the two"):
        introductions.create(journal, introductions.IntroductionInput(
            introduced_id=kato, introducer_id=kato))
    with pytest.raises(ValidationError, match="does not exist"):
        introductions.create(journal, introductions.IntroductionInput(
            introduced_id=kato, introducer_id=999))
    assert introductions.for_contact(journal, kato) == []
