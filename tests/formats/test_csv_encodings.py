"""Encodings and dialects as real exports come: UTF-8 with and without BOM, UTF-16 with a BOM
(Excel's "Unicode text", tab-separated), Shift_JIS, semicolons, quoted newlines, and one cell
far over the csv module's 128 KiB default that must not swallow the rows after it."""

from __future__ import annotations

import pytest

from kizuna_desktop.formats import table

ROWS = "First Name\tLast Name\tE-mail Address\tMobile Phone\n太郎\t山田\tt@example.jp\t090-1\n"


@pytest.mark.parametrize(("data", "encoding", "words"), [
    (ROWS.encode("utf-8"), "utf-8", "UTF-8"),
    (b"\xef\xbb\xbf" + ROWS.encode("utf-8"), "utf-8-sig", "UTF-8 (with BOM)"),
    (b"\xff\xfe" + ROWS.encode("utf-16-le"), "utf-16", "UTF-16 (with BOM)"),
    (b"\xfe\xff" + ROWS.encode("utf-16-be"), "utf-16", "UTF-16 (with BOM)"),
    (ROWS.encode("utf-16-le"), "utf-16-le", "UTF-16 little-endian"),  # no BOM
    (ROWS.encode("cp932"), "cp932", "Shift_JIS (Windows, as Excel in Japan writes)"),
])
def test_encodings_are_found_and_named_in_words(data, encoding, words):
    t = table.read_table(data, "x.csv")
    assert (t.encoding, t.encoding_name) == (encoding, words)
    assert t.headers == ["First Name", "Last Name", "E-mail Address", "Mobile Phone"]
    people, problems = table.to_people(t, table.guess_mapping(t.headers))
    assert problems == []
    assert (people[0].family_name, people[0].given_name, people[0].emails,
            people[0].phones) == ("山田", "太郎", [("", "t@example.jp")], [("mobile", "090-1")])


def test_semicolons_and_quoted_newlines():
    data = (b'Display Name;First Name;Last Name;Primary Email;Notes\n'
            b'John Doe;John;Doe;john@doe.example;"line one\nline two; with a semicolon"\n'
            b'Jane Doe;Jane;Doe;jane@doe.example;\n')
    t = table.read_table(data, "semi.csv")
    people, problems = table.to_people(t, table.guess_mapping(t.headers))
    assert [p.line for p in people] == [2, 4]  # the line each row starts on
    assert people[0].notes == "line one\nline two; with a semicolon"
    assert people[1].emails == [("", "jane@doe.example")] and problems == []


def test_a_cell_over_128_kib_is_reported_and_later_rows_arrive():
    big = "x" * (200 * 1024)
    data = (f'Name,E-mail,Notes\nAnna Berg,anna@example.com,"{big}"\n'
            'Ben Ode,ben@example.com,short\n').encode()
    t = table.read_table(data, "big.csv")
    people, problems = table.to_people(t, table.guess_mapping(t.headers))
    assert [p.emails[0][1] for p in people] == ["anna@example.com", "ben@example.com"]
    assert people[0].notes == "" and people[1].notes == "short"
    assert [(p.line, p.message) for p in problems] == [
        (2, "the cell in column 'Notes' is 200 KiB, over 128 KiB; left out")]


def test_bytes_that_are_no_known_text_are_named():
    data = "Name,Company\nJosé Müller,Café Ltd\n".encode("latin-1")
    t = table.read_table(data, "latin.csv")
    people, _ = table.to_people(t, table.guess_mapping(t.headers))
    # Not UTF-8 and not Shift_JIS: charset detection decides, named in words
    assert t.encoding_name in ("Central European (Windows-1250)", "Western (Windows-1252)",
                               "Western (ISO-8859-1)")
    assert (people[0].given_name, people[0].family_name, people[0].organization) == (
        "José", "Müller", "Café Ltd")


def test_rows_longer_or_shorter_than_the_header():
    data = b"Name,E-mail\nAnna Berg\nBen Ode,ben@example.com,stray,\n"
    t = table.read_table(data, "odd.csv")
    people, problems = table.to_people(t, table.guess_mapping(t.headers))
    assert [(p.line, p.message, p.kind) for p in problems] == [
        (2, "1 cells where the header has 2: the last column ('E-mail') is read as empty and "
         "nothing is left out; if a delimiter is missing inside the row, check the contact",
         "kept_as_text"),
        (3, "4 cells where the header has 2: a value holds a delimiter without quotes, so the "
         "values after it may sit 1 column(s) late; the row is kept as the header reads it "
         "(check the contact) and what is past the last column is kept in notes: 'stray'",
         "kept_as_text")]
    assert [p.given_name for p in people] == ["Anna", "Ben"]
    assert people[1].notes == "Past the last column: stray"


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\x00\x01\x02" * 100])
def test_empty_and_binary(data):
    t = table.read_table(data, "x.csv")
    assert t.problems and t.rows == []
