"""A title or department typed in Latin letters in the title field (`kizuna add --title
Manager`, a foreign entrepreneur's own card) stays in that field through Kizuna's own vCard
3.0, vCard 4.0 and CSV: read back into a new journal it is not moved to the English title
(review 7). An outside file's Latin-only title still goes to the English one. Real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def kizuna(db, *args: str) -> str:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": "en"}
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                         capture_output=True, env=env, timeout=120)
    assert out.returncode == 0, (args, out.stderr.decode("utf-8", "replace"))
    return out.stdout.decode("utf-8")


def positions(db) -> list:
    return [(p["organization"], p["department"], p["department_en"], p["title"],
             p["title_en"]) for p in json.loads(kizuna(db, "show", "Jane Smith", "--json"))[
                 "positions"]]


@pytest.mark.parametrize("fmt", ["vcard", "vcard4", "csv"])
def test_a_latin_title_stays_the_title_through_the_own_files(tmp_path, fmt):
    src = tmp_path / "src.kizuna"
    kizuna(src, "add", "--family", "Smith", "--given", "Jane", "--email", "jane@acme.example",
           "--org", "Acme", "--title", "Managing Director")
    before = positions(src)
    assert before == [("Acme", "", "", "Managing Director", "")]
    out = tmp_path / f"out.{'csv' if fmt == 'csv' else 'vcf'}"
    kizuna(src, "export", "--format", fmt, "-o", str(out))
    new = tmp_path / "new.kizuna"
    kizuna(new, "import", "--yes", str(out))
    assert positions(new) == before
    assert "1 unchanged" in kizuna(new, "import", "--yes", str(out))


def test_an_outside_cards_latin_title_is_the_english_title(tmp_path):
    card = tmp_path / "outside.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Jane;;;\r\nFN:Jane Smith\r\n"
                    "ORG:Acme\r\nTITLE:Managing Director\r\nEND:VCARD\r\n", "utf-8")
    db = tmp_path / "j.kizuna"
    kizuna(db, "import", "--yes", str(card))
    # (show's "title" is the one shown: the English when there is no other)
    assert positions(db) == [("Acme", "", "", "Managing Director", "Managing Director")]
