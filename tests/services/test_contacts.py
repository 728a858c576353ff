"""Contacts service: create, read, update, archive, delete and validation."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import contacts, followups, interactions, organizations, positions
from kizuna_desktop.services import search as search_service
from kizuna_desktop.store.models import (
    FollowUp,
    Interaction,
    LatinOrder,
    MethodKind,
    Position,
)

from .helpers import at_jst


def _yamada(**over) -> contacts.ContactInput:
    data = dict(
        family_name="山田", given_name="太郎", family_reading="ヤマダ", given_reading="ﾀﾛｳ",
        family_latin="Yamada", given_latin="Taro", latin_order=LatinOrder.FAMILY_FIRST,
        region="東京都", birth_month=2, birth_day=29, interests="golf",
        how_we_met="Chamber reception", notes="Prefers mornings.", cadence_days=30,
        methods=[contacts.Method(kind=MethodKind.EMAIL, label="work", value="t.yamada@example.jp"),
                 contacts.Method(kind=MethodKind.PHONE, label="mobile", value="090-1234-5678"),
                 contacts.Method(kind=MethodKind.LINE, value="yamada.taro")],
        tags=["Golf", "key account", "golf"],
    )
    data.update(over)
    return contacts.ContactInput(**data)


def test_create_and_read_back_every_field(journal):
    c = contacts.create(journal, _yamada())
    got = contacts.get(journal, c.id)
    assert (got.family_name, got.given_name) == ("山田", "太郎")
    assert got.given_reading == "タロウ"  # half-width normalised
    assert got.latin_order == LatinOrder.FAMILY_FIRST
    assert got.birthday == (None, 2, 29)
    assert [m.value for m in got.methods_of(MethodKind.EMAIL)] == ["t.yamada@example.jp"]
    assert [m.label for m in got.methods] == ["work", "mobile", ""]
    assert got.tags == ["Golf", "key account"]  # duplicate tag (any case) dropped
    assert got.cadence_days == 30 and not got.archived
    assert got.created_at <= got.updated_at


@pytest.mark.parametrize("over, field", [
    (dict(family_reading="山田"), "family_reading"),
    (dict(given_reading="taro"), "given_reading"),
    (dict(birth_year=2023, birth_month=2, birth_day=30), "birthday"),
    (dict(birth_month=13, birth_day=1), "birthday"),
    (dict(birth_month=4, birth_day=None), "birthday"),
    (dict(cadence_days=0), "cadence_days"),
    (dict(methods=[contacts.Method(kind=MethodKind.EMAIL, value="not-an-email")]), "methods[0]"),
    (dict(methods=[contacts.Method(kind=MethodKind.PHONE, value="call me")]), "methods[0]"),
    (dict(family_name="", given_name="", family_latin="", given_latin=""), "family_name"),
    (dict(notes="x" * 10_000_001), "notes"),
])
def test_invalid_input_names_the_field_and_saves_nothing(journal, over, field):
    with pytest.raises(ValidationError) as e:
        contacts.create(journal, _yamada(**over))
    assert field in e.value.errors
    assert e.value.errors[field]  # a message a user can read
    assert search_service.count(journal, search_service.ContactFilter(include_archived=True)) == 0


def test_markup_and_ampersands_are_kept_literally(journal):
    c = contacts.create(journal, contacts.ContactInput(family_name="<b>Tanaka & Co</b>",
                                                       notes="R&D <Sales> {x}"))
    got = contacts.get(journal, c.id)
    assert got.family_name == "<b>Tanaka & Co</b>" and got.notes == "R&D <Sales> {x}"


def test_a_long_note_is_kept_whole(journal):
    note = "商談メモ。" * 20_000  # 100,000 characters
    c = contacts.create(journal, _yamada(notes=note))
    assert contacts.get(journal, c.id).notes == note


def test_update_changes_fields_and_search(journal):
    c = contacts.create(journal, _yamada())
    data = c.to_input()
    data.family_name, data.family_reading, data.family_latin = "高橋", "たかはし", "Takahashi"
    contacts.update(journal, c.id, data)
    f = search_service.ContactFilter
    assert search_service.count(journal, f(text="takahashi")) == 1
    assert search_service.count(journal, f(text="やまだ")) == 0  # (e-mail still says yamada)
    assert search_service.count(journal, f(text="たかはし")) == 1


def test_archive_hides_from_list_but_not_from_resolve(journal):
    c = contacts.create(journal, _yamada())
    contacts.set_archived(journal, c.id, True)
    assert search_service.count(journal, search_service.ContactFilter()) == 0
    assert search_service.count(journal, search_service.ContactFilter(include_archived=True)) == 1
    assert search_service.resolve(journal, "yamada").id == c.id


def test_delete_removes_the_contact_and_what_is_only_theirs(journal):
    a = contacts.create(journal, _yamada())
    b = contacts.create(journal, contacts.ContactInput(family_name="佐藤"))
    org = organizations.create(journal, organizations.OrganizationInput(name_ja="三星商事"))
    positions.add(journal, a.id, positions.PositionInput(organization_id=org.id, title_ja="部長"))
    alone = interactions.create(journal, interactions.InteractionInput(
        kind="call", occurred_at=at_jst(2026, 5, 1), participant_ids=[a.id]))
    shared = interactions.create(journal, interactions.InteractionInput(
        kind="meal", occurred_at=at_jst(2026, 5, 2), participant_ids=[a.id, b.id]))
    followups.create(journal, followups.FollowUpInput(
        contact_id=a.id, title="Send report", due_date=date(2026, 5, 3)))
    contacts.delete(journal, a.id)
    with pytest.raises(NotFoundError):
        contacts.get(journal, a.id)
    with journal.session() as s:
        assert s.scalar(select(func.count()).select_from(Position)) == 0
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 0
        assert s.get(Interaction, alone.id) is None
        assert s.get(Interaction, shared.id) is not None
    assert [p.id for p in interactions.get(journal, shared.id).participants] == [b.id]


def test_unknown_contact_is_not_found(journal):
    with pytest.raises(NotFoundError, match="does not exist"):
        contacts.get(journal, 999)
