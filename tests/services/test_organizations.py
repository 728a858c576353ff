"""Organisations: every field, kinds in words, people now and before, search, merge and its
undo, and naming one on the command line (resolve)."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import contacts, organizations, positions
from kizuna_desktop.store.models import OrganizationKind


def _org(journal, ja, en="", **kw):
    return organizations.create(journal, organizations.OrganizationInput(name_ja=ja, name_en=en,
                                                                         **kw))


def _person(journal, family, org, **kw):
    c = contacts.create(journal, contacts.ContactInput(family_name=family))
    positions.add(journal, c.id, positions.PositionInput(organization_id=org.id, **kw))
    return c


def test_every_field_is_kept_and_kinds_read_in_words(journal):
    hd = _org(journal, "三星ホールディングス", "Mitsuboshi Holdings")
    o = _org(journal, "三星商事株式会社", "Mitsuboshi Trading", reading="みつぼししょうじ",
             kind=OrganizationKind.CHAMBER, group_id=hd.id, website="https://ms.example.jp",
             address="東京都千代田区丸の内1-1-1", notes="keiretsu core")
    got = organizations.get(journal, o.id)
    assert (got.reading, got.website, got.address, got.group_name) == (
        "みつぼししょうじ", "https://ms.example.jp", "東京都千代田区丸の内1-1-1",
        "三星ホールディングス")
    assert got.kind_label == "Chamber of commerce"
    for kind in ("supplier", "public_body"):
        assert _org(journal, f"X{kind}", kind=kind).kind == kind
    with pytest.raises(ValidationError) as e:
        _org(journal, "Y", website="not a site")
    assert set(e.value.errors) == {"website"}


def test_list_counts_people_now_and_before_and_searches_reading_and_group(journal):
    hd = _org(journal, "三星ホールディングス", "Mitsuboshi Holdings")
    bank = _org(journal, "三星銀行", "Mitsuboshi Bank", reading="みつぼしぎんこう",
                group_id=hd.id, kind=OrganizationKind.PARTNER)
    _person(journal, "山田", bank, start_date=date(2010, 4, 1), end_date=date(2019, 3, 31))
    _person(journal, "伊藤", bank, title_ja="頭取")
    row = next(o for o in organizations.list_all(journal) if o.id == bank.id)
    assert (row.people_now, row.people_before) == (1, 1)
    assert [o.id for o in organizations.list_all(journal, "ぎんこう")] == [bank.id]
    # Searching the group's name finds its members as well as the group.
    assert {o.id for o in organizations.list_all(journal, "Holdings")} == {hd.id, bank.id}
    assert [o.id for o in organizations.list_all(journal, kind=OrganizationKind.PARTNER)] == [
        bank.id]
    people = organizations.people(journal, bank.id)
    assert [(m.name, m.current, m.title) for m in people] == [("伊藤", True, "頭取"),
                                                              ("山田", False, "")]


def test_merge_moves_positions_and_members_and_undo_puts_everything_back(journal):
    dup = _org(journal, "", "Mitsuboshi Trading", website="https://ms.example.jp",
               kind=OrganizationKind.CLIENT)
    keep = _org(journal, "三星商事")
    sub = _org(journal, "三星ロジ", group_id=dup.id)
    a = _person(journal, "山田", dup, title_ja="部長")
    _person(journal, "渡辺", keep)
    record = organizations.merge(journal, dup.id, keep.id)
    merged = organizations.get(journal, keep.id)
    assert (merged.name_ja, merged.name_en, merged.website, merged.kind) == (
        "三星商事", "Mitsuboshi Trading", "https://ms.example.jp", OrganizationKind.CLIENT)
    assert merged.people_now == 2
    assert organizations.get(journal, sub.id).group_id == keep.id
    assert contacts.get(journal, a.id).current_position.organization_id == keep.id
    with pytest.raises(NotFoundError):
        organizations.get(journal, dup.id)
    organizations.unmerge(journal, record)
    assert organizations.get(journal, dup.id).name_en == "Mitsuboshi Trading"
    assert organizations.get(journal, keep.id).name_en == ""
    assert organizations.get(journal, sub.id).group_id == dup.id
    assert contacts.get(journal, a.id).current_position.organization_id == dup.id
    with pytest.raises(ValidationError):
        organizations.merge(journal, keep.id, keep.id)


def test_resolve_by_id_exact_name_then_wider(journal):
    a = _org(journal, "三星商事", "Mitsuboshi Trading")
    _org(journal, "三星銀行", "Mitsuboshi Bank")
    assert organizations.resolve(journal, str(a.id)).id == a.id
    assert organizations.resolve(journal, "mitsuboshi trading").id == a.id
    assert organizations.resolve(journal, "商事").id == a.id
    with pytest.raises(NotFoundError, match="matches 2"):
        organizations.resolve(journal, "Mitsuboshi")
    with pytest.raises(NotFoundError, match="No organisation"):
        organizations.resolve(journal, "Toyota")


def test_find_or_create_reuses_a_name_in_any_case(journal):
    a = organizations.find_or_create(journal, "Sakura Robotics")
    assert organizations.find_or_create(journal, "sakura robotics").id == a.id
    b = organizations.find_or_create(journal, "さくら電機")
    assert (b.name_ja, b.name_en) == ("さくら電機", "")


def test_a_name_another_organisation_has_is_refused_in_either_language(journal):
    bank = _org(journal, "東和銀行", "Towa Bank")
    other = _org(journal, "大和")
    for ja, en in (("東和銀行", ""), ("", "TOWA BANK"), ("Towa Bank", ""), ("大和", "towa bank")):
        data = organizations.get(journal, other.id).to_input()
        data.name_ja, data.name_en = ja or data.name_ja, en
        with pytest.raises(ValidationError, match=f"id {bank.id}"):
            organizations.update(journal, other.id, data)
    assert organizations.get(journal, other.id).name_ja == "大和"
    with pytest.raises(ValidationError) as e:
        _org(journal, "新会社", "towa bank")
    assert set(e.value.errors) == {"name_en"}
    renamed = bank.to_input()
    renamed.name_en = "TOWA BANK"  # its own name in another case is fine
    assert organizations.update(journal, bank.id, renamed).name_en == "TOWA BANK"
    assert [o.id for o in organizations.named(journal, "towa bank")] == [bank.id]
