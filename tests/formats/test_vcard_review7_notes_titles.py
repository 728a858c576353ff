"""Review 7, smaller findings on vCard round trips: a note is read as written (a leading or
trailing tab, an indented line: vCard has no formula to neutralise, unlike CSV), and a
Japanese title with no English one comes back with no English title. vCard 3.0 and 4.0 out
of one journal, into a new one. Real journals, real `kizuna` processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kizuna_desktop.formats import vcard

NOTE = "\tstarts with a tab\n\tan indented line\nends with a tab\t"


def kizuna(db, *args: str) -> str:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                         capture_output=True, env=env, timeout=180)
    assert out.returncode == 0, (args, out.stderr.decode("utf-8", "replace"))
    return out.stdout.decode("utf-8")


@pytest.mark.parametrize("fmt", ["vcard", "vcard4"])
def test_note_with_tabs_and_japanese_title_survive_a_round_trip(tmp_path, fmt):
    src = tmp_path / "src.kizuna"
    kizuna(src, "add", "--family", "田中", "--given", "一郎", "--org", "大和商事株式会社",
           "--department", "営業部", "--title", "部長", "--notes", NOTE)
    before = json.loads(kizuna(src, "show", "1", "--json"))
    assert before["notes"] == NOTE
    out = tmp_path / "out.vcf"
    kizuna(src, "export", "--format", fmt, "-o", str(out))
    db = tmp_path / "back.kizuna"
    kizuna(db, "import", "--yes", str(out))
    after = json.loads(kizuna(db, "show", "1", "--json"))
    assert after["notes"] == NOTE
    assert [(p["title"], p["title_en"], p["department"], p["department_en"])
            for p in after["positions"]] == [("部長", "", "営業部", "")]
    # and the file again into the journal it came from changes nothing
    again = kizuna(src, "import", "--yes", str(out))
    assert "1 unchanged" in again, again
    assert json.loads(kizuna(src, "show", "1", "--json"))["notes"] == NOTE


def test_note_read_as_written_in_each_version():
    """The value after the colon, whole: escapes undone, tabs and spaces kept; a note of
    nothing but blanks is none."""
    for version in ("3.0", "4.0"):
        text = (f"BEGIN:VCARD\r\nVERSION:{version}\r\nN:Doe;Jane;;;\r\n"
                "NOTE:\tfirst\\n  second\\, with a comma\t\r\nNOTE: \t \r\nEND:VCARD\r\n")
        (p,), problems = vcard.read_vcards(text.encode("utf-8"), "x.vcf")
        assert p.notes == "\tfirst\n  second, with a comma\t"
        assert problems == []
    qp = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane;;;\r\n"
          "NOTE;ENCODING=QUOTED-PRINTABLE:=09tab first=0D=0Anext\r\nEND:VCARD\r\n")
    (p,), _ = vcard.read_vcards(qp.encode("ascii"), "x.vcf")
    assert p.notes == "\ttab first\nnext"
