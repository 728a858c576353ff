"""Silent losses found by the review of issue 14, each on a file written here: a card begun
inside another, control characters taken out of names and notes, values past the limits the
window applies, Latin names in problem lines."""

from __future__ import annotations

import pytest

from kizuna_desktop.services import contacts, importing, search


def _vcf(tmp_path, *lines: str, name: str = "in.vcf"):
    """One card of these property lines."""
    path = tmp_path / name
    path.write_bytes(("BEGIN:VCARD\r\nVERSION:3.0\r\n" + "\r\n".join(lines)
                      + "\r\nEND:VCARD\r\n").encode("utf-8"))
    return path


def _only(journal):
    (one,) = search.page(journal, search.ContactFilter(include_archived=True), 0, 10)
    return contacts.get(journal, one.id)


def test_a_card_begun_inside_another_without_its_end_is_named(journal, tmp_path):
    path = tmp_path / "nested.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Outer;Anna;;;\r\nEMAIL:anna@example.com\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Inner;Ben;;;\r\nEND:VCARD\r\n")
    plan = importing.import_file(journal, path)
    assert sorted(i.data.given_latin or i.data.given_name for i in plan.items) == [
        "Anna", "Ben"]
    lines = [str(p) for p in plan.problems]
    assert lines == ["nested.vcf:1: vCard cut off: another BEGIN:VCARD (line 5) comes "
                     "before its END:VCARD; read as far as it goes, the card inside as a "
                     "card of its own"]


def test_control_characters_taken_out_of_names_and_notes_are_named(journal, tmp_path):
    path = _vcf(tmp_path, "N:山田\x07;太郎;;;", "NOTE:golf\x1b[31m on Sundays\\nand tennis",
                "ORG:ベータ\x02株式会社", "TITLE:部長")
    plan = importing.import_file(journal, path)
    lines = [str(p) for p in plan.problems]
    assert any("family name" in x and "U+0007" in x and "山田 太郎" in x for x in lines), lines
    assert any("notes" in x and "U+001B" in x for x in lines), lines
    assert any("organisation" in x and "U+0002" in x for x in lines), lines
    importing.apply(journal, plan)
    got = _only(journal)
    assert (got.family_name, got.given_name) == ("山田", "太郎")
    assert got.notes == "golf[31m on Sundays\nand tennis"
    assert [p.organization for p in got.positions] == ["ベータ株式会社"]


def test_values_past_the_window_limits_are_left_out_and_quoted_short(journal, tmp_path):
    huge = "長" * 100_000
    path = _vcf(tmp_path, f"N:山田;太郎;;;\r\nNICKNAME:{'n' * 300}", f"ORG:{huge};{'営' * 301}",
                f"TITLE:{'T' * 301}", "EMAIL:t.yamada@example.jp")
    plan = importing.import_file(journal, path)
    lines = [str(p) for p in plan.problems]
    assert all(len(x) < 400 for x in lines), [len(x) for x in lines]
    assert any("organisation “" + "長" * 59 + "…”: too long (100,000 characters; at most 300)"
               in x and "山田 太郎" in x for x in lines), lines
    assert any(x.count("営") == 59 and "department" in x for x in lines), lines
    assert any("title “" in x and "at most 300" in x for x in lines), lines
    assert any("nickname" in x and "“" + "n" * 59 + "…”" in x and "at most 200" in x
               for x in lines), lines
    importing.apply(journal, plan)
    got = _only(journal)
    # The contact comes in with what fits; the long values are not stored at all.
    assert (got.family_name, got.given_name, got.nickname) == ("山田", "太郎", "")
    assert got.positions == []
    assert [m.value for m in got.methods] == ["t.yamada@example.jp"]


def test_a_name_of_100000_characters_is_quoted_short(journal, tmp_path):
    path = _vcf(tmp_path, f"N:{'x' * 100_000};Taro;;;", "EMAIL:taro@example.com")
    plan = importing.import_file(journal, path)
    lines = [str(p) for p in plan.problems]
    assert lines and all(len(x) < 400 for x in lines), [len(x) for x in lines]
    assert any("family_latin" in x or "family_name" in x for x in lines), lines


def test_latin_names_read_given_name_first_in_problem_lines(journal, tmp_path):
    path = _vcf(tmp_path, "N:Doe;John;;;\r\nEMAIL:not an address")
    plan = importing.import_file(journal, path)
    assert any(str(p).startswith("in.vcf:1: John Doe: ") for p in plan.problems), [
        str(p) for p in plan.problems]
    japanese = _vcf(tmp_path, "N:山田;太郎;;;\r\nEMAIL:not an address", name="ja.vcf")
    plan = importing.import_file(journal, japanese)
    assert any(str(p).startswith("ja.vcf:1: 山田 太郎: ") for p in plan.problems)


ORG_FILE = ("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:ベータ株式会社\r\n"
            "ORG;SORT-AS=べーたかぶしきがいしゃ:ベータ株式会社\r\nEMAIL:info@beta.example.jp\r\n"
            "TEL;TYPE=work:03-1111-2222\r\nURL:https://beta.example.jp\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nN:山田;太郎;;;\r\n"
            "ORG;SORT-AS=ベータ:ベータ株式会社\r\nEMAIL:t.yamada@beta.example.jp\r\n"
            "END:VCARD\r\n")


def _organizations(journal) -> list[tuple]:
    from sqlalchemy import text

    with journal.session() as s:
        return s.execute(text("SELECT name_ja, name_en, reading, website, notes FROM "
                              "organizations ORDER BY id")).fetchall()


def test_an_organisation_card_never_replaces_a_persons_organisation_reading(journal,
                                                                            tmp_path):
    path = tmp_path / "orgs.vcf"
    path.write_bytes(ORG_FILE.encode())
    plan = importing.import_file(journal, path)
    importing.apply(journal, plan)
    ((name_ja, name_en, reading, website, _notes),) = _organizations(journal)
    # The person's own card gives the reading; the organisation card fills what is empty.
    assert (name_ja, name_en, reading, website) == (
        "ベータ株式会社", "", "ベータ", "https://beta.example.jp")
    assert [p.organization for p in _only(journal).positions] == ["ベータ株式会社"]


def test_an_organisation_cards_e_mail_and_phone_are_kept_and_named(journal, tmp_path):
    path = tmp_path / "orgs.vcf"
    path.write_bytes(ORG_FILE.encode())
    plan = importing.import_file(journal, path)
    assert ["orgs.vcf:1: organisation card ベータ株式会社: 1 e-mail(s) and 1 phone(s) kept in "
            "the organisation's notes (an organisation has no e-mail or phone of its own)"] == [
        str(p) for p in plan.problems if p.kind == "kept_as_text"]
    importing.apply(journal, plan)
    notes = _organizations(journal)[0][4]
    assert "E-mail: info@beta.example.jp" in notes and "Phone (work): 03-1111-2222" in notes
    # A second import of the same file adds nothing to the notes.
    importing.apply(journal, importing.import_file(journal, path))
    assert _organizations(journal)[0][4] == notes


def test_a_latin_only_or_kana_only_record_with_the_same_e_mail_is_the_kanji_contact(
        journal, tmp_path):
    first = _vcf(tmp_path, "N:山田;太郎;;;", "EMAIL:t.yamada@example.jp", name="ja.vcf")
    importing.apply(journal, importing.import_file(journal, first))
    again = tmp_path / "latin-and-kana.vcf"
    again.write_bytes((
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yamada;Taro;;;\r\nEMAIL:T.Yamada@example.jp\r\n"
        "TEL:03-5555-0101\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:やまだ;たろう;;;\r\nEMAIL:t.yamada@example.jp\r\n"
        "NOTE:ゴルフ\r\nEND:VCARD\r\n").encode())
    plan = importing.import_file(journal, again)
    assert [i.reason for i in plan.items] == [
        "same e-mail, and the same name in another script"] * 2
    result = importing.apply(journal, plan)
    assert (result.created, result.merged) == (0, 2)
    got = _only(journal)
    assert (got.family_name, got.given_name, got.family_latin, got.given_latin,
            got.family_reading, got.given_reading) == (
        "山田", "太郎", "Yamada", "Taro", "やまだ", "たろう")
    assert [m.value for m in got.methods] == ["t.yamada@example.jp", "03-5555-0101"]
    assert got.notes == "ゴルフ"


def test_a_shared_address_never_merges_people_of_other_names_in_another_script(
        journal, tmp_path):
    first = _vcf(tmp_path, "N:佐藤;一郎;;;", "EMAIL:info@example.co.jp", name="ja.vcf")
    importing.apply(journal, importing.import_file(journal, first))
    other = _vcf(tmp_path, "N:Suzuki;Hanako;;;", "EMAIL:info@example.co.jp",
                 "BDAY:1990-03-09", name="latin.vcf")
    plan = importing.import_file(journal, other)
    result = importing.apply(journal, plan)
    assert (result.created, result.merged) == (1, 0)
    sato = contacts.get(journal, search.resolve(journal, "佐藤 一郎").id)
    assert sato.birthday_parts is None and sato.given_latin == ""


def _positions(journal) -> list[tuple]:
    from sqlalchemy import text

    with journal.session() as s:
        return s.execute(text(
            "SELECT o.name_ja, p.title_ja, p.start_date, p.end_date, p.concurrent FROM "
            "positions p JOIN organizations o ON o.id = p.organization_id "
            "ORDER BY o.name_ja")).fetchall()


@pytest.mark.parametrize("fmt", ["vcard 3.0", "vcard 4.0", "own csv"])
def test_a_concurrent_position_survives_a_round_trip_and_a_re_import(journal, tmp_path,
                                                                     fmt):
    from kizuna_desktop.formats import csv_own, vcard
    from kizuna_desktop.services import export
    from kizuna_desktop.store import Journal

    first = _vcf(tmp_path, "N:山田;太郎;;;", "EMAIL:t.yamada@example.jp",
                 "ORG:アルファ株式会社", "TITLE:部長",
                 "X-KIZUNA-POSITION:アルファ株式会社;;;;;部長;;2020-04-01;",
                 "X-KIZUNA-POSITION:ベータ財団;;;;;理事;;2022-01-01;;concurrent",
                 name="first.vcf")
    importing.apply(journal, importing.import_file(journal, first))
    want = [("アルファ株式会社", "部長", "2020-04-01", None, 0),
            ("ベータ財団", "理事", "2022-01-01", None, 1)]
    assert _positions(journal) == want
    people = export.people(journal)
    path = tmp_path / ("out.csv" if fmt == "own csv" else "out.vcf")
    if fmt == "own csv":
        path.write_bytes(csv_own.write_csv(people))
    else:
        path.write_text(vcard.write_vcards(people, fmt.split()[1]), "utf-8")
    with Journal.open(tmp_path / "fresh.kizuna") as fresh:
        importing.apply(fresh, importing.import_file(fresh, path))
        assert _positions(fresh) == want
    # Into the journal it came from: nothing doubled, the 兼務 still 兼務.
    importing.apply(journal, importing.import_file(journal, path))
    assert _positions(journal) == want


def test_an_imported_contact_is_found_by_title_note_interest_and_department(journal, tmp_path):
    """The bulk insert writes the same search text as the services: a contact that came in
    through import is found by everything the search box looks at, not only the name."""
    path = _vcf(tmp_path, "N:北村;綾;;;", "ORG:東雲物産;海外営業部", "TITLE:部長",
                "NOTE:loves kayaking in Shimanto", "INTEREST:sake", "TEL:03-5555-0199")
    importing.apply(journal, importing.import_file(journal, path))
    one = _only(journal)
    for query in ("部長", "kayaking", "sake", "海外営業部", "0355550199", "北村"):
        hits = [r.id for r in search.page(journal, search.ContactFilter(text=query), 0, 10)]
        assert hits == [one.id], query
