"""What the fresh-eyes review of importing found: nothing a file says is dropped without a
word (a title with no company, a kanji name for a Latin-only contact, a value that differs
from the journal's)."""

from __future__ import annotations

import pytest

from kizuna_desktop.services import contacts, importing
from kizuna_desktop.store import Journal


def _import(journal, path, text):
    path.write_text(text, encoding="utf-8")
    plan = importing.import_file(journal, path)
    return plan, importing.apply(journal, plan)




def _detail(journal, contact_id=1):
    with journal.session() as s:
        return contacts.get_in(s, contact_id)


def test_a_title_with_no_company_is_kept_in_notes_and_named(tmp_path):
    with Journal.open(tmp_path / "j.kizuna") as j:
        plan, _ = _import(j, tmp_path / "t.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                          "N:Suzuki;Hanako;;;\r\nFN:Hanako Suzuki\r\nEMAIL:h@example.jp\r\n"
                          "TITLE:Chief\r\nEND:VCARD\r\n")
        assert "Chief" in _detail(j).notes
        assert any("Chief" in p.message and p.kind == "kept_as_text" for p in plan.problems)
        plan, _ = _import(j, tmp_path / "t.csv", "First Name,Last Name,Job Title,"
                          "E-mail Address\nAmy,Wong,Consultant,amy@wong.example\n")
        assert "Consultant" in _detail(j, 2).notes
        assert any("Consultant" in p.message for p in plan.problems)
        # Merged into a contact already there: kept too.
        plan, result = _import(j, tmp_path / "m.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                               "N:Suzuki;Hanako;;;\r\nFN:Hanako Suzuki\r\n"
                               "EMAIL:h@example.jp\r\nTITLE:Director\r\nEND:VCARD\r\n")
        assert result.merged == 1
        assert "Director" in _detail(j).notes and "Chief" in _detail(j).notes


def test_a_kanji_name_merged_into_a_latin_only_contact_becomes_its_name(tmp_path):
    with Journal.open(tmp_path / "j.kizuna") as j:
        _import(j, tmp_path / "a.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Sato;Ichiro;;;\r\n"
                "FN:Ichiro Sato\r\nEMAIL:ichiro@sato.example\r\nEND:VCARD\r\n")
        _import(j, tmp_path / "b.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:佐藤;一郎;;;\r\n"
                "FN:佐藤 一郎\r\nEMAIL:ichiro@sato.example\r\nEND:VCARD\r\n")
        d = _detail(j)
        assert (d.family_name, d.given_name) == ("佐藤", "一郎")
        assert (d.family_latin, d.given_latin) == ("Sato", "Ichiro")


_MORI = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:森;健一;;;\r\nFN:森 健一\r\nEMAIL:mori@example.jp"
         "\r\nBDAY:{bday}\r\nTITLE:{title}\r\nORG:森商店\r\nEND:VCARD\r\n")


def test_a_record_that_differs_is_not_unchanged_and_its_values_are_kept(tmp_path):
    with Journal.open(tmp_path / "j.kizuna") as j:
        _import(j, tmp_path / "a.vcf", _MORI.format(bday="1985-04-03", title="課長"))
        plan, result = _import(j, tmp_path / "b.vcf",
                               _MORI.format(bday="1986-11-20", title="部長"))
        assert not plan.unchanged and result.merged == 1
        conflicts = [p.message for p in plan.problems if p.kind == "conflict"]
        assert any("部長" in m and "課長" in m for m in conflicts)
        assert any("1986-11-20" in m and "1985-04-03" in m for m in conflicts)
        notes = _detail(j).notes
        assert "部長" in notes and "1986-11-20" in notes
        # The same file again: now it is unchanged, and nothing is named twice.
        plan, result = _import(j, tmp_path / "b.vcf",
                               _MORI.format(bday="1986-11-20", title="部長"))
        assert len(plan.unchanged) == 1
        assert not [p for p in plan.problems if p.kind == "conflict"]
        assert _detail(j).notes.count("部長") == 1
        # The very same values: unchanged from the start.
        plan, _ = _import(j, tmp_path / "a.vcf", _MORI.format(bday="1985-04-03", title="課長"))
        assert len(plan.unchanged) == 1 and not plan.problems


ORG_CARD = ("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:伊藤貿易株式会社\r\n"
            "ORG:伊藤貿易株式会社\r\nURL:https://ito-trading.example\r\n"
            "NOTE:Founded 1952\\, Osaka\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nN:伊藤;美咲;;;\r\nFN:伊藤 美咲\r\n"
            "EMAIL:misaki@ito-trading.example\r\nORG:伊藤貿易株式会社\r\nTITLE:部長\r\n"
            "END:VCARD\r\n")


def _organization(journal):
    from sqlalchemy import select

    from kizuna_desktop.store.models import Organization

    with journal.session() as s:
        (o,) = s.scalars(select(Organization)).all()
        return o.name_ja, o.website, o.notes


@pytest.mark.parametrize("fmt", ["vcard", "vcard4"])
def test_organisation_details_survive_a_vcard_round_trip(tmp_path, fmt):
    from datetime import date

    from kizuna_desktop.services import export

    with Journal.open(tmp_path / "a.kizuna") as a:
        _import(a, tmp_path / "in.vcf", ORG_CARD)
        before = _organization(a)
        assert before == ("伊藤貿易株式会社", "https://ito-trading.example", "Founded 1952, Osaka")
        data, what = export.export_bytes(a, fmt, date(2026, 12, 2))
        assert "1 organisation card" in what
        csv_data, csv_what = export.export_bytes(a, "csv", date(2026, 12, 2))
        assert "not exported" in csv_what  # named, never silently lost
    (tmp_path / "out.vcf").write_bytes(data)
    with Journal.open(tmp_path / "b.kizuna") as b:
        plan = importing.import_file(b, tmp_path / "out.vcf")
        assert len(plan.organizations) == 1 and len(plan.items) == 1
        importing.apply(b, plan)
        assert _organization(b) == before


def test_show_json_says_which_positions_are_concurrent(tmp_path):
    import json
    import subprocess
    import sys

    from kizuna_desktop.formats.records import Person, Role

    p = Person(family_name="山田", given_name="太郎", emails=[("", "taro@example.jp")],
               organization="三星商事", title="部長",
               past_positions=[Role(organization="三星物流", title="取締役",
                                    start="2020-04-01", concurrent=True)])
    with Journal.open(tmp_path / "j.kizuna") as j:
        importing.apply(j, importing.plan(j, "a.vcf", "vcard", [p], []))
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db",
                          str(tmp_path / "j.kizuna"), "show", "--json", "1"],
                         capture_output=True, check=True)
    positions = json.loads(out.stdout.decode("utf-8"))["positions"]
    assert {(x["organization"], x["concurrent"]) for x in positions} == {
        ("三星商事", False), ("三星物流", True)}


def test_a_card_with_a_phone_extension_imported_again_is_unchanged(tmp_path):
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:鈴木;花子;;;\r\nFN:鈴木 花子\r\n"
            "TEL;CELL:080-9999-0000p123\r\nTEL;WORK:03-5555-0100\r\n"
            "EMAIL;INTERNET:hanako.s@example.jp\r\nBDAY:1985-04\r\nEND:VCARD\r\n")
    with Journal.open(tmp_path / "j.kizuna") as j:
        _import(j, tmp_path / "a.vcf", card)
        plan, result = _import(j, tmp_path / "a.vcf", card)
        assert len(plan.unchanged) == 1 and (result.merged, result.unchanged) == (0, 1)
