"""A stray NUL byte costs only the value it is in (taken out and named); a file that really
is binary is still refused, and UTF-16 without a BOM is read."""

from __future__ import annotations

from kizuna_desktop.formats import vcard
from kizuna_desktop.services import importing
from kizuna_desktop.store import Journal

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:伊藤;美咲;;;\r\nFN:伊藤 美咲\r\n"
        "EMAIL:misaki@example.jp\r\nNOTE:abc\x00def\r\nEND:VCARD\r\n")


def test_one_nul_byte_is_taken_out_and_named(tmp_path):
    path = tmp_path / "nul.vcf"
    path.write_bytes(CARD.encode("utf-8"))
    with Journal.open(tmp_path / "j.kizuna") as j:
        plan = importing.import_file(j, path)
        assert len(plan.items) == 1
        assert any("U+0000" in p.message for p in plan.problems)
        importing.apply(j, plan)
        from kizuna_desktop.services import contacts

        with j.session() as s:
            assert contacts.get_in(s, 1).notes == "abcdef"


def test_a_binary_file_is_still_refused_and_utf16_without_bom_is_read():
    people, problems = vcard.read_vcards(bytes(range(256)) * 4 + CARD.encode(), "x.vcf")
    assert people == [] and "binary" in problems[0].message
    for codec in ("utf-16-le", "utf-16-be"):
        people, _ = vcard.read_vcards(CARD.replace("\x00", "").encode(codec), "u.vcf")
        assert [(p.family_name, p.notes) for p in people] == [("伊藤", "abcdef")]
