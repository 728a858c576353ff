"""A quote that is never closed must not swallow the rows after it in silence."""

from __future__ import annotations

from kizuna_desktop.formats import table

HEAD = b"Name,First,E-mail,Notes\n"


def test_a_quote_open_at_the_end_is_read_as_text_and_later_rows_come_in():
    t = table.read_table(HEAD + b'A,One,a@x.example,fine\nC,Three,c@x.example,"unterminated'
                         b' quote\nD,Four,d@x.example,ok\n', "q.csv")
    assert [cells for _, cells in t.rows] == [
        ["A", "One", "a@x.example", "fine"], ["C", "Three", "c@x.example", '"unterminated quote'],
        ["D", "Four", "d@x.example", "ok"]]
    assert [(p.line, p.kind) for p in t.problems] == [(3, "kept_as_text")]
    assert "never closed" in t.problems[0].message


def test_a_quote_closed_by_the_next_rows_quote_still_lets_every_row_in():
    t = table.read_table(HEAD + b'C,Three,c@x.example,"open\nD,Four,d@x.example,ok\n'
                         b'E,Five,e@x.example,"closed here"\n', "q.csv")
    assert [cells[0] for _, cells in t.rows] == ["C", "D", "E"]
    assert [p.line for p in t.problems] == [2]


def test_rows_inside_a_closed_cell_are_named():
    t = table.read_table(HEAD + b'C,Three,c@x.example,"open\nD,Four,d@x.example,ok"\n',
                         "q.csv")
    assert [cells[0] for _, cells in t.rows] == ["C"]
    assert [(p.line, p.kind) for p in t.problems] == [(2, "kept_as_text")]
    assert "look like rows of their own" in t.problems[0].message


def test_real_multi_line_notes_are_not_a_problem():
    t = table.read_table(HEAD + b'A,One,a@x.example,"first line\nsecond, with a comma"\n'
                         b'B,Two,b@x.example,"a ""quoted"" word"\n', "q.csv")
    assert t.problems == []
    assert t.rows[0][1][3] == "first line\nsecond, with a comma"
    assert t.rows[1][1][3] == 'a "quoted" word'
