"""A TEL value (or a phone column) that is not a number as written is not lost: a number in
letters (1-800-FLOWERS, as Evolution and DAVx5 test cards write them) becomes its keypad
digits, a pager's e-mail address an e-mail, any other text a line of the notes; each is
named in the plan as kept, and the contact has every other value."""

from __future__ import annotations

from kizuna_desktop.services import contacts, importing

CARD = """BEGIN:VCARD
VERSION:3.0
N:Morrison;Jim;;;
FN:Jim Morrison
TEL;TYPE=WORK:+1 555 0100
TEL;TYPE=HOME:1-800-FLOWERS
TEL;TYPE=FAX:+1-800-MYFAX
TEL;TYPE=PAGER:6101231234@pager.example.com
TEL;TYPE=CELL:ask Jenny for Lisa's number
TEL:BusinessPhone
EMAIL:jim@example.com
NOTE:Met in LA
END:VCARD
"""


def test_phone_values_that_are_not_numbers_are_kept_and_named(journal, tmp_path):
    path = tmp_path / "jim.vcf"
    path.write_text(CARD, encoding="utf-8")
    plan = importing.import_file(journal, path)
    assert [p.kind for p in plan.problems] == ["kept_as_text"] * 5
    assert sorted(p.message.split(": ", 1)[1] for p in plan.problems) == [
        "phone “+1-800-MYFAX” is written in letters; kept as +1-800-69329",
        "phone “1-800-FLOWERS” is written in letters; kept as 1-800-3569377",
        "phone “6101231234@pager.example.com” is an e-mail address (a pager's); kept as an "
        "e-mail",
        "phone “BusinessPhone” is not a phone number; kept in notes",
        "phone “ask Jenny for Lisa's number” is not a phone number; kept in notes"]
    (cid,) = importing.apply(journal, plan).created_ids
    jim = contacts.get(journal, cid)
    assert [(m.kind.value, m.label, m.value) for m in jim.methods] == [
        ("email", "", "jim@example.com"),
        ("phone", "work", "+1 555 0100"), ("phone", "home", "1-800-3569377"),
        ("phone", "fax", "+1-800-69329"),
        ("email", "pager", "6101231234@pager.example.com")]
    assert jim.notes.splitlines() == ["Met in LA", "Phone (cell): ask Jenny for Lisa's number",
                                      "Phone: BusinessPhone"]
    # the same file again: the same person, nothing new (the notes lines are not doubled)
    again = importing.import_file(journal, path)
    assert len(again.unchanged) == 1 and not again.new


def test_a_phone_column_with_a_word_in_it_keeps_the_word(journal, tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_text("First Name,Last Name,E-mail Address,Business Phone,Mobile Phone\n"
                    "Anna,Berg,anna@berg.example,ask reception,+49 151 2345678\n",
                    encoding="utf-8")
    plan = importing.import_file(journal, path)
    assert [(p.kind, p.message) for p in plan.problems] == [
        ("kept_as_text", "Anna Berg: phone “ask reception” is not a phone number; kept in "
         "notes")]
    (cid,) = importing.apply(journal, plan).created_ids
    anna = contacts.get(journal, cid)
    assert [m.value for m in anna.methods] == ["anna@berg.example", "+49 151 2345678"]
    assert anna.notes == "Phone (work): ask reception"


def test_an_email_that_is_not_one_is_kept_in_notes(journal, tmp_path):
    """Thunderbird's own test cards carry contact1@invalid: kept as text, named, and the
    card's other e-mail still arrives as an e-mail."""
    path = tmp_path / "tb.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:contact one\r\nN:one;contact;;;\r\n"
                    "EMAIL;TYPE=work:contact1@invalid\r\nEMAIL:one@example.org\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    plan = importing.import_file(journal, path)
    assert [(p.kind, p.message) for p in plan.problems] == [
        ("kept_as_text", "contact one: e-mail “contact1@invalid” is not an e-mail address; "
         "kept in notes")]
    (cid,) = importing.apply(journal, plan).created_ids
    one = contacts.get(journal, cid)
    assert [m.value for m in one.methods] == ["one@example.org"]
    assert one.notes == "E-mail (work): contact1@invalid"
