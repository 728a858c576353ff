"""Organisations, positions, introductions, the gift ledger, tags and meishi profiles."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import (
    contacts,
    introductions,
    ledger,
    meishi,
    organizations,
    positions,
    tags,
)
from kizuna_desktop.services import search as search_service
from kizuna_desktop.store.models import LedgerDirection, LedgerKind, Occasion, OrganizationKind


def _org(journal, ja, en="", **kw):
    return organizations.create(journal, organizations.OrganizationInput(name_ja=ja, name_en=en,
                                                                         **kw))


def test_organisation_groups_and_cycles(journal):
    holding = _org(journal, "三星ホールディングス", "Mitsuboshi Holdings")
    trading = _org(journal, "三星商事", "Mitsuboshi Trading", kind=OrganizationKind.CLIENT,
                   group_id=holding.id)
    assert trading.group_name == "三星ホールディングス"
    assert [o.id for o in organizations.members(journal, holding.id)] == [trading.id]
    with pytest.raises(ValidationError, match="itself"):
        organizations.update(journal, holding.id, organizations.OrganizationInput(
            name_ja="三星ホールディングス", group_id=trading.id))
    with pytest.raises(ValidationError):
        _org(journal, "", "")
    with pytest.raises(ValidationError, match="kind"):
        _org(journal, "X", kind="bank")


def test_position_history_and_transfer(journal):
    c = contacts.create(journal, contacts.ContactInput(family_name="山田"))
    bank = _org(journal, "三星銀行", "Mitsuboshi Bank")
    trading = _org(journal, "三星商事", "Mitsuboshi Trading")
    positions.add(journal, c.id, positions.PositionInput(
        organization_id=bank.id, title_ja="課長", start_date=date(2012, 4, 1)))
    positions.transfer(journal, c.id, positions.PositionInput(
        organization_id=trading.id, department_ja="機械部", title_ja="部長代理",
        start_date=date(2019, 4, 1)))
    hist = positions.history(journal, c.id)
    assert [(p.organization_ja, p.end_date) for p in hist] == [
        ("三星商事", None), ("三星銀行", date(2019, 3, 31))]
    assert contacts.get(journal, c.id).current_position.title_ja == "部長代理"
    # Found by the new organisation's name, and by the old one too (history is kept).
    f = search_service.ContactFilter
    assert search_service.count(journal, f(text="Mitsuboshi Trading")) == 1
    assert search_service.count(journal, f(organization_id=trading.id)) == 1
    assert search_service.count(journal, f(organization_id=bank.id)) == 0
    with pytest.raises(ValidationError, match="needs the date"):
        positions.transfer(journal, c.id, positions.PositionInput(organization_id=bank.id))
    with pytest.raises(ValidationError, match="before the start"):
        positions.add(journal, c.id, positions.PositionInput(
            organization_id=bank.id, start_date=date(2020, 1, 1), end_date=date(2019, 1, 1)))


def test_renaming_an_organisation_updates_search(journal):
    c = contacts.create(journal, contacts.ContactInput(family_name="鈴木"))
    o = _org(journal, "浪速テック")
    positions.add(journal, c.id, positions.PositionInput(organization_id=o.id))
    organizations.update(journal, o.id, organizations.OrganizationInput(
        name_ja="なにわテック", name_en="Naniwa Tech"))
    assert search_service.count(journal, search_service.ContactFilter(text="naniwa")) == 1
    with pytest.raises(ValidationError, match="still in 1 position"):
        organizations.delete(journal, o.id)


def test_introductions_both_ways(journal):
    a = contacts.create(journal, contacts.ContactInput(family_name="佐藤")).id
    b = contacts.create(journal, contacts.ContactInput(family_name="山田")).id
    c = contacts.create(journal, contacts.ContactInput(family_name="田中")).id
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=a, introduced_id=b, introduced_on=date(2025, 4, 1)))
    introductions.create(journal, introductions.IntroductionInput(
        introduced_id=b, introduced_to_id=c))
    sentences = [i.sentence() for i in introductions.for_contact(journal, b)]
    assert sentences == ["佐藤 introduced 山田 to me", "I introduced 山田 to 田中"]
    first = introductions.for_contact(journal, b)[0]
    introductions.update(journal, first.id, introductions.IntroductionInput(
        introducer_id=a, introduced_id=b, introduced_on=date(2025, 4, 1), note="golf day"))
    assert introductions.for_contact(journal, a)[0].note == "golf day"
    introductions.delete(journal, first.id)
    assert len(introductions.for_contact(journal, b)) == 1
    with pytest.raises(ValidationError):
        introductions.create(journal, introductions.IntroductionInput(introduced_id=b))
    with pytest.raises(ValidationError):
        introductions.create(journal, introductions.IntroductionInput(
            introducer_id=b, introduced_id=b, introduced_to_id=c))


def test_ledger_and_balance(journal):
    cid = contacts.create(journal, contacts.ContactInput(family_name="鈴木")).id
    for direction, value, occasion in (("given", 5000, Occasion.OSEIBO),
                                       ("received", 3000, Occasion.OCHUGEN),
                                       ("given", None, Occasion.NENGAJO)):
        ledger.create(journal, ledger.LedgerInput(
            contact_id=cid, direction=direction, kind=LedgerKind.GIFT, occasion=occasion,
            value=value, occurred_on=date(2025, 12, 1), description="<b>sake</b> & sweets"))
    entries = ledger.for_contact(journal, cid)
    bal = ledger.balance(entries)
    assert (bal.given, bal.received, bal.net) == (2, 1, 1)
    assert bal.value_given == {"JPY": 5000} and bal.value_received == {"JPY": 3000}
    assert entries[0].description == "<b>sake</b> & sweets"
    assert entries[0].direction in (LedgerDirection.GIVEN, LedgerDirection.RECEIVED)
    with pytest.raises(ValidationError) as e:
        ledger.create(journal, ledger.LedgerInput(
            contact_id=cid, direction="lent", kind="gift", value=-1, occurred_on=date.today()))
    assert {"direction", "value"} <= set(e.value.errors)


def test_tags_rename_merges_and_reindexes(journal):
    a = contacts.create(journal, contacts.ContactInput(family_name="A", tags=["golf"])).id
    contacts.create(journal, contacts.ContactInput(family_name="B", tags=["Golf club", "golf"]))
    club = tags.find(journal, "golf club")
    merged = tags.rename(journal, club.id, "GOLF")
    assert merged.name == "golf" and merged.contact_count == 2
    assert [t.name for t in tags.list_all(journal)] == ["golf"]
    assert search_service.count(journal, search_service.ContactFilter(text="#golf club")) == 0
    tags.delete(journal, merged.id)
    assert contacts.get(journal, a).tags == []


def test_meishi_profiles(journal):
    p = meishi.create(journal, meishi.MeishiInput(
        profile_name="Main card", name_ja="アレックス・ハートマン", reading_ja="ｱﾚｯｸｽ",
        name_en="Alex Hartmann", email="alex@example.jp"))
    assert p.reading_ja == "アレックス"
    assert meishi.resolve(journal, "main").id == p.id
    assert meishi.resolve(journal, str(p.id)).name_en == "Alex Hartmann"
    with pytest.raises(ValidationError, match="already exists"):
        meishi.create(journal, meishi.MeishiInput(profile_name="Main card", name_en="X"))
    with pytest.raises(ValidationError):
        meishi.create(journal, meishi.MeishiInput(profile_name="Bad", name_en="X", email="nope"))
    with pytest.raises(NotFoundError):
        meishi.resolve(journal, "nothing")
