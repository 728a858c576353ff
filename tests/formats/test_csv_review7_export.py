"""Review 7, finding 6 (issue 14 §6): Kizuna's CSV export neutralises every cell a spreadsheet
would run as a formula, international phone numbers too (Excel reads +81-90-8765-4321 as a
sum), and reading the file back gives each phone exactly as it was written. Real journals,
real `kizuna` processes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

PHONES = ["+81-90-8765-4321", "+1 (408) 555-0100", "+49 30 1234567", "03-5555-0101"]
GOOGLE = (
    "First Name,Last Name,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,"
    "Phone 2 - Value,Phone 3 - Label,Phone 3 - Value,Phone 4 - Label,Phone 4 - Value,Notes\n"
    "Ren,Ozaki,ren@example.com,Mobile,+81-90-8765-4321,Work,+1 (408) 555-0100,Home,"
    "+49 30 1234567,Work,03-5555-0101,+1 call first\n")


def kizuna(db, *args: str) -> str:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": "en"}
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                         capture_output=True, env=env, timeout=180)
    assert out.returncode == 0, (args, out.stderr.decode("utf-8", "replace"))
    return out.stdout.decode("utf-8")


def _phones(db) -> list[str]:
    return [p["value"] for p in json.loads(kizuna(db, "show", "1", "--json"))["phones"]]


def test_phones_beginning_with_plus_are_neutralised_and_read_back_as_written(tmp_path):
    src = tmp_path / "google.csv"
    src.write_text(GOOGLE, encoding="utf-8")
    first, second = tmp_path / "first.kizuna", tmp_path / "second.kizuna"
    kizuna(first, "import", "--yes", str(src))
    assert _phones(first) == PHONES

    out = tmp_path / "out.csv"
    kizuna(first, "export", "--format", "csv", "-o", str(out))
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    cells = dict(zip(rows[0], rows[1], strict=True))
    assert [cells[f"Phone {i}"] for i in range(1, 5)] == [
        "'+81-90-8765-4321", "'+1 (408) 555-0100", "'+49 30 1234567", "03-5555-0101"]
    assert cells["Notes"] == "'+1 call first"
    # No cell of the file begins with what a spreadsheet runs as a formula
    assert not [c for r in rows for c in r if c.startswith(("=", "+", "-", "@", "\t", "\r"))]

    kizuna(second, "import", "--yes", str(out))
    assert _phones(second) == PHONES
    assert json.loads(kizuna(second, "show", "1", "--json"))["notes"] == "+1 call first"
    # and the file imported again into the journal it came from changes nothing
    assert "1 unchanged" in kizuna(first, "import", "--yes", str(out))
