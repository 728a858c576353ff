"""Positions: overlap and order rules (兼務 allowed, undated never blocks), transfers that
refuse a date before the current position, career steps for the timeline, and the editor's
changes previewed without writing and applied together."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import careers, contacts, organizations, positions, timeline
from kizuna_desktop.services.careers import Edit, Remove, Role, Transfer


def _org(journal, ja):
    return organizations.create(journal, organizations.OrganizationInput(name_ja=ja))


@pytest.fixture
def person(journal):
    c = contacts.create(journal, contacts.ContactInput(family_name="山田", given_name="太郎"))
    org = _org(journal, "三星商事")
    positions.add(journal, c.id, positions.PositionInput(
        organization_id=org.id, department_ja="機械部", title_ja="課長",
        start_date=date(2019, 4, 1)))
    return c, org


def test_a_transfer_before_the_current_start_is_refused_and_changes_nothing(journal, person):
    c, org = person
    with pytest.raises(ValidationError, match="not after the start of the current"):
        positions.transfer(journal, c.id, positions.PositionInput(
            organization_id=org.id, title_ja="部長", start_date=date(2018, 4, 1)))
    hist = positions.history(journal, c.id)
    assert [(p.title_ja, p.end_date) for p in hist] == [("課長", None)]


def test_overlap_refused_unless_concurrent_and_undated_never_blocks(journal, person):
    c, org = person
    other = _org(journal, "日本商工会議所")
    with pytest.raises(ValidationError, match="兼務"):
        positions.add(journal, c.id, positions.PositionInput(
            organization_id=other.id, start_date=date(2020, 1, 1)))
    with pytest.raises(ValidationError, match="overlaps"):
        positions.add(journal, c.id, positions.PositionInput(
            organization_id=other.id, start_date=date(2018, 1, 1), end_date=date(2019, 6, 1)))
    positions.add(journal, c.id, positions.PositionInput(
        organization_id=other.id, title_ja="理事", start_date=date(2020, 1, 1),
        concurrent=True))
    positions.add(journal, c.id, positions.PositionInput(
        organization_id=other.id, start_date=date(2015, 1, 1), end_date=date(2019, 3, 31)))
    positions.add(journal, c.id, positions.PositionInput(organization_id=other.id))  # undated
    # A dated transfer is not blocked by the undated one, and ends only the main positions.
    positions.transfer(journal, c.id, positions.PositionInput(
        organization_id=org.id, department_ja="機械部", title_ja="部長",
        start_date=date(2023, 4, 1)))
    open_now = [(p.title_ja, p.concurrent) for p in positions.history(journal, c.id)
                if p.end_date is None]
    assert open_now == [("部長", False), ("理事", True)]


def test_career_steps_name_promotions_transfers_and_moves_in_the_timeline(journal, person):
    c, org = person
    positions.transfer(journal, c.id, positions.PositionInput(
        organization_id=org.id, department_ja="機械部", title_ja="部長",
        start_date=date(2022, 4, 1)))
    positions.transfer(journal, c.id, positions.PositionInput(
        organization_id=org.id, department_ja="化学品部", title_ja="部長",
        start_date=date(2024, 4, 1)))
    bank = _org(journal, "三星銀行")
    positions.transfer(journal, c.id, positions.PositionInput(
        organization_id=bank.id, title_ja="顧問", start_date=date(2025, 10, 1)))
    steps = positions.steps(positions.history(journal, c.id))
    assert [s.kind for s in steps] == ["joined", "promotion", "transfer", "move"]
    assert steps[1].sentence() == "Promoted to 部長 (was 課長) at 三星商事 機械部"
    assert steps[3].sentence() == "Moved from 三星商事 to 三星銀行 as 顧問"
    shown = [e.career.kind for e in timeline.page(journal, c.id).entries if e.career]
    assert shown == ["move", "transfer", "promotion"]  # newest first; joining is no event


def test_preview_checks_without_writing_and_apply_does_all(journal, person):
    c, org = person
    current = positions.history(journal, c.id)[0]
    ops = [Transfer(Role(organization_id=org.id, department_ja="機械部", title_ja="部長",
                         start_date=date(2024, 4, 1))),
           Edit(current.id, Role(organization_id=org.id, department_ja="機械部",
                                 title_ja="課長", title_en="Section Manager",
                                 start_date=date(2019, 4, 1), end_date=date(2024, 3, 31)))]
    seen = careers.preview(journal, c.id, ops)
    assert [p.title_ja for p in seen.history] == ["部長", "課長"]
    assert [p.title_ja for p in positions.history(journal, c.id)] == ["課長"]  # nothing written
    with pytest.raises(ValidationError):
        careers.preview(journal, c.id, [Transfer(Role(organization_id=org.id,
                                                      start_date=date(2000, 1, 1)))])
    done = careers.apply(journal, c.id, ops + [Remove(current.id)])
    assert [p.title_ja for p in done.history] == ["部長"]
    assert [p.title_ja for p in positions.history(journal, c.id)] == ["部長"]


def test_new_contact_with_first_position_in_one_save(journal):
    detail = careers.create_contact(journal, contacts.ContactInput(
        family_name="田中", given_name="美咲"), Role(organization_name="東和ソリューションズ",
                                                  department_ja="開発部", title_ja="課長",
                                                  title_en="Manager"))
    p = detail.current_position
    assert (p.organization_ja, p.department_ja, p.title_en, p.start_date) == (
        "東和ソリューションズ", "開発部", "Manager", None)
    with pytest.raises(ValidationError) as e:
        careers.create_contact(journal, contacts.ContactInput(), Role(title_ja="部長"))
    assert set(e.value.errors) == {"family_name", "organization"}  # both named at once
    assert len(organizations.list_all(journal)) == 1


def test_a_concurrent_role_is_not_taken_for_the_current_one(journal, person):
    c, org = person
    chamber = _org(journal, "日本商工会議所")
    positions.add(journal, c.id, positions.PositionInput(
        organization_id=chamber.id, title_ja="理事", start_date=date(2024, 6, 1),
        concurrent=True))
    assert contacts.get(journal, c.id).current_position.title_ja == "課長"
    from kizuna_desktop.services import search

    (row,) = search.page(journal, search.ContactFilter(text="山田"), 0, 10)
    assert (row.title_ja, row.organization_ja) == ("課長", "三星商事")
    # Found by the 兼務 organisation all the same.
    assert search.count(journal, search.ContactFilter(text="日本商工会議所")) == 1
