"""Review 7 of the import (issue 14): a record merged into the contact it is brings the
department and title its position lacks (the plan no longer calls it unchanged, and nothing
held is replaced); two records of one file with the same name and nothing else in common are
both kept and listed as possible duplicates."""

from __future__ import annotations

from kizuna_desktop.formats.records import Person
from kizuna_desktop.services import contacts, importing, search


def _import(journal, people):
    plan = importing.plan(journal, "test.vcf", "vcard", people, [])
    return plan, importing.apply(journal, plan)


def _position(journal, name):
    (p,) = contacts.get(journal, search.resolve(journal, name).id).positions
    return p


def test_a_second_file_fills_the_department_and_title_the_position_lacks(journal):
    _import(journal, [Person(family_name="佐藤", given_name="一郎", organization="大和商事株式会社",
                             emails=[("work", "ichiro@yamato.example")], line=1)])
    again = [Person(family_name="佐藤", given_name="一郎", organization="大和商事株式会社",
                    department="営業部", title="部長",
                    emails=[("work", "ichiro@yamato.example")], line=1)]
    plan, result = _import(journal, again)
    assert len(plan.duplicates) == 1 and not plan.unchanged
    assert (result.created, result.merged) == (0, 1)
    p = _position(journal, "佐藤 一郎")
    assert (p.organization_ja, p.department_ja, p.title_ja, p.end_date) == (
        "大和商事株式会社", "営業部", "部長", None)
    assert search.page(journal, search.ContactFilter(text="部長"))  # found by its title now
    plan, result = _import(journal, again)  # the same file again: nothing left to bring
    assert plan.unchanged and (result.created, result.merged) == (0, 0)


def test_a_title_held_is_not_replaced_and_an_english_one_is_not_added_beside_it(journal):
    _import(journal, [Person(family_name="佐藤", given_name="一郎", organization="大和商事株式会社",
                             title="課長", emails=[("work", "ichiro@yamato.example")], line=1)])
    plan, _ = _import(journal, [Person(
        family_name="佐藤", given_name="一郎", organization="大和商事株式会社", title="Manager",
        department="営業部", emails=[("work", "ichiro@yamato.example")], line=1)])
    p = _position(journal, "佐藤 一郎")
    assert (p.title_ja, p.title_en, p.department_ja) == ("課長", "", "営業部")
    assert any("Manager" in x.message and x.kind == "conflict" for x in plan.problems)


def test_two_records_of_one_file_with_one_name_and_nothing_in_common_are_both_listed(journal):
    plan, result = _import(journal, [
        Person(family_name="田中", given_name="太郎", emails=[("", "tanaka1@a.example")], line=1),
        Person(family_name="田中", given_name="太郎", emails=[("", "tanaka2@b.example")], line=7)])
    assert (result.created, result.merged) == (2, 0)
    (dup,) = [p for p in plan.problems if p.kind == "possible_duplicate"]
    assert dup.line == 7 and "the same name as the record on line 1" in dup.message
