"""Who is the same person: the same name (any script, folded the same way everywhere) plus a
shared e-mail, phone or organisation. Shared addresses alone never merge; the same name and
nothing in common is kept apart and listed; importing the same records twice changes no
table; organisation cards make organisations; a bad value costs only that value."""

from __future__ import annotations

import sqlite3

from kizuna_desktop.formats.records import Address, Person, Problem, Role
from kizuna_desktop.services import contacts, importing, search
from kizuna_desktop.store.models import MethodKind


def _import(journal, people, problems=()):
    plan = importing.plan(journal, "test.vcf", "vcard", people, list(problems))
    return plan, importing.apply(journal, plan)


def _all_rows(path, with_index: bool = False) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND (? OR name NOT LIKE "
            "'contacts_fts%') AND name != 'contacts_fts' ORDER BY name", (with_index,))]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                for n in names}


def test_a_role_address_shared_by_two_people_never_merges_them(journal):
    _import(journal, [Person(family_name="佐藤", given_name="一郎",
                             emails=[("work", "info@example.co.jp")],
                             phones=[("work", "03-5555-0000")])])
    plan, result = _import(journal, [
        Person(family_name="鈴木", given_name="花子", emails=[("work", "info@example.co.jp")],
               phones=[("work", "03-5555-0000")], birthday=(1990, 3, 9), line=1)])
    assert plan.duplicates == [] and (result.created, result.merged) == (1, 0)
    sato = contacts.get(journal, search.resolve(journal, "佐藤 一郎").id)
    assert sato.birthday_parts is None  # nothing of 鈴木's reached 佐藤


def test_the_same_name_and_a_phone_written_another_way_is_the_same_person(journal):
    _import(journal, [Person(family_name="山田", given_name="太郎",
                             phones=[("office", "03-5555-0101")])])
    plan, result = _import(journal, [
        Person(family_name="山田", given_name="太郎", phones=[("office", "+81 3 5555 0101")],
               emails=[("work", "t.yamada@example.jp")], line=1)])
    assert [i.reason for i in plan.duplicates] == ["same name and phone"]
    assert (result.created, result.merged) == (0, 1)
    (only,) = search.page(journal, search.ContactFilter(include_archived=True), 0, 10)
    got = contacts.get(journal, only.id)
    # The phone is not doubled (one number), the e-mail is added.
    assert [m.value for m in got.methods_of(MethodKind.PHONE)] == ["03-5555-0101"]
    assert [m.value for m in got.methods_of(MethodKind.EMAIL)] == ["t.yamada@example.jp"]


def test_the_same_name_in_another_script_and_an_e_mail_merge(journal):
    _import(journal, [Person(family_name="山田", given_name="太郎", family_reading="やまだ",
                             given_reading="たろう", family_latin="Yamada", given_latin="Taro",
                             emails=[("work", "T.Yamada@Example.jp")])])
    plan, result = _import(journal, [
        Person(family_latin="YAMADA", given_latin="Taro", emails=[("", "t.yamada@example.jp")],
               line=1),
        Person(family_reading="ヤマダ", given_reading="タロウ",
               emails=[("", "t.yamada@example.jp")], line=2)])
    # Both are the contact (which holds all they bring already: unchanged, not rewritten).
    assert (result.created, result.merged + result.unchanged) == (0, 2)


def test_two_different_people_of_one_name_are_both_kept_and_listed(journal):
    _import(journal, [Person(family_name="田中", given_name="太郎",
                             emails=[("work", "tanaka@alpha.example")],
                             organization="アルファ株式会社")])
    plan, result = _import(journal, [
        Person(family_name="田中", given_name="太郎", emails=[("work", "tanaka@beta.example")],
               organization="ベータ株式会社", line=7)])
    assert (result.created, result.merged) == (1, 0)
    (dup,) = [p for p in plan.problems if p.kind == "possible_duplicate"]
    assert dup.line == 7 and "kept apart" in dup.message
    assert search.count(journal, search.ContactFilter(text="田中")) == 2


def test_importing_the_same_records_twice_changes_no_table(journal):
    people = lambda: [  # noqa: E731 - fresh records each time, as reading a file gives
        Person(given_name="Mika", emails=[("", "mika@example.com")],
               organization="Self-Employed"),
        Person(given_latin="Ayşe", family_latin="Yılmaz", organization="ACME A.Ş.",
               title="Müdür", phones=[("work", "+90 212 555 0101")]),
        Person(given_name="ケン"),  # a given name and nothing else
        Person(family_name="田中", given_name="太郎", notes="golf"),
        Person(family_name="田中", given_name="太郎", organization="ベータ株式会社",
               past_positions=[Role(organization="旧社", title="主任", start="2010-04-01",
                                    end="2015-03-31")],
               addresses=[Address(label="work", postal_code="100-0005", region="東京都",
                                  city="千代田区", street="丸の内1-2-3")]),
    ]
    _import(journal, people())
    before = _all_rows(journal.path)
    before_with_index = _all_rows(journal.path, with_index=True)
    # Another spelling of case (and a non-ASCII capital) of the same organisations.
    again = people()
    again[0].organization = "Self-employed"
    again[1].organization = "acme a.ş."
    plan, result = _import(journal, again)
    assert (result.created, result.merged, result.unchanged) == (0, 0, 5)
    assert "0 new, 0 the same person as a contact already there (to be merged, never " \
           "doubled), 5 unchanged (already in the journal as they are)" in plan.summary()
    assert plan.proposed_merges == []  # nothing to review
    assert _all_rows(journal.path) == before
    # The search index too: not one of its rows is written again.
    assert _all_rows(journal.path, with_index=True) == before_with_index


def test_an_organisation_card_makes_an_organisation_not_a_contact(journal):
    plan, result = _import(journal, [
        Person(organization="三星商事株式会社", organization_en="Mitsuboshi Trading",
               is_organization=True, urls=[("", "https://mitsuboshi.example.jp")])])
    assert plan.items == [] and result.organizations == 1
    assert search.count(journal, search.ContactFilter(include_archived=True)) == 0
    with sqlite3.connect(journal.path) as conn:
        assert conn.execute("SELECT name_ja, name_en FROM organizations").fetchall() == [
            ("三星商事株式会社", "Mitsuboshi Trading")]
    # A person there afterwards joins that organisation, in any case of its English name.
    _import(journal, [Person(family_name="山田", given_name="太郎",
                             organization="MITSUBOSHI TRADING")])
    with sqlite3.connect(journal.path) as conn:
        assert conn.execute("SELECT count(*) FROM organizations").fetchone() == (1,)


def test_a_bad_value_costs_that_value_and_partial_birthdays_come_in(journal):
    plan, result = _import(journal, [
        Person(family_name="伊藤", given_name="誠", emails=[("", "not an e-mail"),
                                                          ("", "ito@example.jp")],
               birthday=(1985, None, None), line=3),
        Person(family_name="木村", given_name="拓也", birthday=(1850, 2, 30), line=9),
        Person(emails=[("work", "nobody@example.org")], line=12),  # no name at all
    ])
    assert result.created == 3
    ito = contacts.get(journal, search.resolve(journal, "伊藤").id)
    assert [m.value for m in ito.methods] == ["ito@example.jp"]
    assert ito.notes == "E-mail: not an e-mail"  # kept as text, never lost
    assert ito.birthday_parts == (1985, None, None)
    assert contacts.get(journal, search.resolve(journal, "木村").id).birthday_parts is None
    nameless = search.resolve(journal, "nobody@example.org")
    assert nameless.display == "nobody@example.org"
    lines = {(p.line, p.kind) for p in plan.problems}
    assert {(3, "kept_as_text"), (9, "problem"), (12, "kept_as_text")} <= lines
    assert any("not an e-mail" in p.message and "kept in notes" in p.message
               for p in plan.problems)


def test_the_plan_groups_what_is_not_imported_before_anything_is_written(journal):
    problems = [Problem("x.vcf", None, "X-ABRELATEDNAMES on 14 cards not imported",
                        "not_imported"),
                Problem("x.vcf", 4, "PHOTO at a URL not fetched", "not_imported"),
                Problem("x.vcf", 5, "X-ODD kept in notes", "kept_as_text")]
    plan = importing.plan(journal, "x.vcf", "vcard", [Person(family_name="山田")], problems)
    groups = plan.problems_by_kind()
    assert list(groups) == ["kept_as_text", "not_imported"]
    assert len(groups["not_imported"]) == 2
    lines = plan.report_lines()
    assert lines[0] == "Kept as text: 1" and "Not imported (no field for it): 2" in lines
    assert "2 not imported" in plan.summary()
    assert search.count(journal, search.ContactFilter(include_archived=True)) == 0


def test_thousands_of_possible_duplicates_never_hide_a_problem(journal, tmp_path):
    from kizuna_desktop.formats import vcard

    _import(journal, [Person(family_name="田中", given_name="太郎",
                             emails=[("", "tanaka@alpha.example")])])
    records = [Person(family_name="田中", given_name="太郎",
                      emails=[("", f"tanaka{i}@beta.example")]) for i in range(1100)]
    records.append(Person(family_name="木村", given_name="拓也", birthday=(1850, 1, 1)))
    path = tmp_path / "many.vcf"
    path.write_text(vcard.write_vcards(records), "utf-8")
    plan = importing.import_file(journal, path)
    groups = plan.problems_by_kind()
    assert len(groups["possible_duplicate"]) == 1001  # a thousand, then how many more
    assert groups["possible_duplicate"][-1].message.startswith("… and 100 more")
    assert any("1850" in p.message for p in groups["problem"])


def test_names_read_alike_but_written_apart_are_two_people(journal):
    _import(journal, [Person(family_name="新田", given_name="様", family_reading="あらた",
                             emails=[("", "office@arata.example")])])
    plan, result = _import(journal, [
        Person(family_name="荒田", given_name="様", family_reading="あらた",
               emails=[("", "office@arata.example")], line=1),  # same reading, not name
        Person(family_reading="アラタ", given_reading="", emails=[("", "office@arata.example")],
               line=2)])  # the reading alone: that is the name it gives
    assert (result.created, result.merged + result.unchanged) == (1, 1)
    assert [i.reason for i in plan.items] == ["", "same name and e-mail"]
