"""Import and export end to end on real journals: round trips, duplicates merged (never
doubled), bad input reported with file and line and the journal left unchanged unless the
user agrees, cancellation rolling everything back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats import table, vcard
from kizuna_desktop.formats.records import Person
from kizuna_desktop.services import export, importing, search
from kizuna_desktop.store import Journal

CORPUS = Path(__file__).parents[1] / "formats" / "corpus"


def _fingerprint(journal) -> list[tuple]:
    """What a user would compare: names, readings, e-mails, phones, role, notes, birthday."""
    out = []
    for p in export.people(journal):
        out.append((p.family_name, p.given_name, p.family_reading, p.given_reading,
                    p.family_latin, p.given_latin, tuple(sorted(v for _, v in p.emails)),
                    tuple(sorted(v for _, v in p.phones)), p.organization, p.title, p.notes,
                    p.birthday, tuple(p.tags), p.interests, p.cadence_days))
    return sorted(out)


def _counts(journal) -> dict[str, int]:
    with journal.session() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("contacts", "contact_methods", "positions", "organizations")}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_round_trip_gives_the_same_contacts(demo_journal, tmp_path, version):
    path = tmp_path / "all.vcf"
    path.write_text(vcard.write_vcards(export.people(demo_journal), version), "utf-8")
    with Journal.open(tmp_path / "new.kizuna") as fresh:
        plan = importing.import_file(fresh, path)
        assert plan.problems == [] and len(plan.new) == 42
        importing.apply(fresh, plan)
        assert _fingerprint(fresh) == _fingerprint(demo_journal)
        assert search.resolve(fresh, "yamada taro").role == "部長, 三星商事株式会社"


def test_importing_again_merges_and_never_doubles(demo_journal, tmp_path):
    path = tmp_path / "all.vcf"
    path.write_text(vcard.write_vcards(export.people(demo_journal)), "utf-8")
    before = _counts(demo_journal)
    with demo_journal.session() as s:
        stamps = s.execute(text("SELECT id, updated_at FROM contacts ORDER BY id")).all()
    plan = importing.import_file(demo_journal, path)
    # Every one is a contact already there, which holds all it brings: unchanged.
    assert len(plan.unchanged) == 42 and plan.new == [] and plan.duplicates == []
    # The same person: the same name and an e-mail or organisation in common, or (for a
    # contact with neither) a record that brings nothing the contact does not hold.
    assert {i.reason for i in plan.unchanged} <= {"same name and e-mail",
                                                   "same name and organisation",
                                                   "same name; nothing new"}
    result = importing.apply(demo_journal, plan)
    assert (result.created, result.merged, result.unchanged) == (0, 0, 42)
    assert _counts(demo_journal) == before
    with demo_journal.session() as s:  # records that add nothing write nothing
        assert s.execute(text("SELECT id, updated_at FROM contacts ORDER BY id")).all() == stamps


def test_records_merged_together_share_one_new_tag(demo_journal, tmp_path):
    """Every record of a re-imported file brings the same new tag (in two spellings of
    case): it is made once and every contact gets it; the search finds them by it. (One
    demo contact has no e-mail, phone or organisation: with only the name in common and a
    new tag it is kept apart, as a possible duplicate, and gets the tag too.)"""
    people = export.people(demo_journal)
    for n, p in enumerate(people):
        p.tags = [*p.tags, "展示会2027" if n % 2 else "Expo2027", "expo2027"]
    path = tmp_path / "tagged.vcf"
    path.write_text(vcard.write_vcards(people), "utf-8")
    plan = importing.import_file(demo_journal, path)
    assert [p.kind for p in plan.problems] == ["possible_duplicate"]
    result = importing.apply(demo_journal, plan)
    assert (result.created, result.merged) == (1, len(people) - 1)
    with demo_journal.session() as s:
        assert s.execute(text("SELECT name FROM tags WHERE lower(name) = 'expo2027'")
                         ).scalars().all() == ["Expo2027"]
    for tag in ("#expo2027", "#展示会2027"):
        found = search.page(demo_journal, search.ContactFilter(text=tag, include_archived=True),
                            0, 100)
        assert len(found) == (len(people) if tag == "#expo2027" else len(people) // 2), tag


def test_csv_from_a_card_app_creates_positions_and_merges_by_email(demo_journal):
    plan = importing.import_file(demo_journal, CORPUS / "cards-sjis.csv", "cards")
    # 鈴木's e-mail is invalid: reported with its line and left out; 鈴木 comes in.
    assert [(p.line, "not-an-email" in p.message) for p in plan.problems] == [(4, True)]
    # Its 名刺交換日 are meishi exchanges to record (not a "how we met" that conflicts).
    assert plan.exchanges == 3
    assert len(plan.items) == 3
    yamada_item = plan.items[0]
    assert yamada_item.duplicate_of == search.resolve(demo_journal, "yamada taro").id
    assert yamada_item.reason == "same name and organisation"
    result = importing.apply(demo_journal, plan)
    # 鈴木 too: same name and organisation (two of them bring nothing new: unchanged)
    assert (result.merged + result.unchanged, result.created, result.exchanges) == (3, 0, 3)
    yamada = search.resolve(demo_journal, "yamada taro")
    assert yamada.role == "部長, 三星商事株式会社"


def test_linkedin_import_into_an_empty_journal(journal):
    plan = importing.import_file(journal, CORPUS / "linkedin-connections.csv", "linkedin")
    importing.apply(journal, plan)
    claire = search.resolve(journal, "dubois")
    assert claire.organization_en == "Dubois & Partners <Kansai>" and claire.title_en == "Founder"
    assert search.resolve(journal, "rossi").written == "Marco Rossi"


def test_bad_files_leave_the_journal_unchanged_until_agreed(demo_journal, tmp_path):
    before = _counts(demo_journal)
    for name in ("broken.vcf", "binary-junk.vcf", "truncated.csv",
                 "latin1-wrong-encoding.csv"):
        plan = importing.import_file(demo_journal, CORPUS / name)
        assert plan.problems or plan.items
        for p in plan.problems:
            assert str(p).startswith(name)
    assert _counts(demo_journal) == before  # planning writes nothing
    plan = importing.import_file(demo_journal, CORPUS / "broken.vcf")
    assert any(str(p) == "broken.vcf:17: BDAY “2023-02-30” is not a date; left out"
               for p in plan.problems)
    assert "伊藤 誠" in [i.person.label for i in plan.items]  # the bad birthday costs only it
    importing.apply(demo_journal, plan)  # the user agreed: the valid ones come in
    tanaka = search.resolve(demo_journal, "<b>Tanaka")
    assert tanaka.written == "<script>x</script> <b>Tanaka & Co</b>"


def test_a_50_mb_junk_file_gives_a_clear_answer(journal, tmp_path):
    big = tmp_path / "junk.csv"
    line = ("x" * 99 + "\n").encode()
    with big.open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(line)):
            f.write(line)
    plan = importing.import_file(journal, big, "csv")
    # Nothing to import, and said so (how the reader words it is the reader's; the plan
    # never lists more than a thousand lines and a count).
    assert plan.items == [] and 1 <= len(plan.problems) <= 1001
    assert _counts(journal)["contacts"] == 0


def test_unknown_format_and_missing_file(journal, tmp_path):
    odd = tmp_path / "notes.pdf"
    odd.write_bytes(b"%PDF-1.4")
    with pytest.raises(KizunaError, match="cannot tell what kind of file"):
        importing.import_file(journal, odd)
    with pytest.raises(KizunaError, match="Cannot read"):
        importing.import_file(journal, tmp_path / "missing.vcf")


def test_cancelling_an_import_leaves_nothing_behind(journal, tmp_path):
    people = [Person(family_name=f"試験{i}", given_name="太郎",
                     emails=[("", f"t{i}@example.jp")]) for i in range(1200)]
    path = tmp_path / "many.vcf"
    path.write_text(vcard.write_vcards(people), "utf-8")
    plan = importing.import_file(journal, path)
    seen = []
    with pytest.raises(importing.Cancelled):
        importing.apply(journal, plan, progress=lambda n, total: seen.append((n, total)),
                       cancelled=lambda: len(seen) >= 1)  # after the first chunk
    assert seen == [(500, 1200)]
    assert _counts(journal)["contacts"] == 0 and _counts(journal)["contact_methods"] == 0
    assert importing.apply(journal, plan).created == 1200
    assert search.resolve(journal, "試験1199").written == "試験1199 太郎"


def test_csv_export_opens_in_excel_encoding(demo_journal):
    data = table.write_csv(export.people(demo_journal))
    assert data.startswith("\ufeff".encode())
    t = table.read_table(data, "export.csv")
    assert len(t.rows) == 42 and t.problems == []
