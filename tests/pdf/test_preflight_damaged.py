"""Preflight on a damaged file (issue 20 fix): a truncated PDF or a file that is no PDF says so
first, in plain words (no Python repr), through the real CLI."""

from __future__ import annotations

from kizuna_desktop.cli import main
from kizuna_desktop.pdf import briefing as pdf_briefing
from kizuna_desktop.services import briefing, contacts


def _run(path, capsys) -> tuple[int, list[str]]:
    rc = main(["preflight", str(path)])
    return rc, capsys.readouterr().out.splitlines()


def test_truncated_and_non_pdf_files_are_named_damaged_first(journal, tmp_path, capsys):
    c = contacts.create(journal, contacts.ContactInput(family_name="新井", given_name="聡"))
    data = pdf_briefing.render(briefing.assemble(journal, [c.id]))
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(data)
    rc, lines = _run(whole, capsys)
    assert not any("damaged" in x or "not a PDF" in x for x in lines)

    for keep, first in ((len(data) - 300, "FAIL file: damaged PDF: truncated or broken"),
                        (3000, "FAIL file: damaged PDF: it cannot be read")):
        cut = tmp_path / f"cut{keep}.pdf"  # cut before its xref and trailer / in its first page
        cut.write_bytes(data[:keep])
        rc, lines = _run(cut, capsys)
        assert rc == 1
        assert lines[0].startswith(first), lines[0]
        assert "object at 0x" not in "\n".join(lines) and "BytesIO" not in "\n".join(lines)

    text = tmp_path / "notes.pdf"
    text.write_text("hello\n")
    rc, lines = _run(text, capsys)
    assert rc == 1 and lines[0].startswith("FAIL file: not a PDF")

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.3\ngarbage")
    rc, lines = _run(broken, capsys)
    assert rc == 1 and lines[0].startswith("FAIL file: damaged PDF: it cannot be read")
    assert "BytesIO" not in lines[0]
