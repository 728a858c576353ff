"""`kizuna export -o`: a symlink is written through, `-` is standard output (the report on
standard error), and a CSV export says photos are not in it (real CLI processes)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _kizuna(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", *args],
                          capture_output=True, check=False, **kw)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "demo.kizuna"
    assert _kizuna("--db", str(path), "demo").returncode == 0
    return path


def test_dash_is_standard_output(demo):
    r = _kizuna("--db", str(demo), "export", "--format", "vcard", "-o", "-")
    assert r.returncode == 0
    orgs = r.stdout.count(b"X-ABShowAs:COMPANY")  # the organisations' own cards
    assert r.stdout.startswith(b"BEGIN:VCARD\r\n") and orgs > 0
    assert r.stdout.count(b"BEGIN:VCARD") - orgs == 42
    assert f"42 contacts and {orgs} organisation cards written to standard output".encode() \
        in r.stderr


def test_an_archive_is_not_written_to_standard_output(demo, tmp_path):
    r = _kizuna("--db", str(demo), "export", "--format", "archive", "-o", "-", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout == b""
    assert r.stderr.decode().strip() == ("kizuna: error: An archive is written to a file: "
                                         "give -o FILE.zip.")
    assert list(tmp_path.iterdir()) == []


def test_a_symlink_stays_a_symlink_and_csv_names_the_photos(demo, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    r = _kizuna("--db", str(demo), "export", "--format", "csv", "-o", str(link))
    assert r.returncode == 0
    assert link.is_symlink() and real.read_text("utf-8-sig").count("\n") > 40
    assert b"Photos are not part of CSV" in r.stdout
