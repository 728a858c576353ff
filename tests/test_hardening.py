"""While a passphrase is held the process cannot dump core: checked in a real CLI process
opening an encrypted journal (its /proc status shows the limits it ran with)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

PROBE = """
import resource, sys
from kizuna_desktop import cli, hardening
from pathlib import Path
before = (resource.getrlimit(resource.RLIMIT_CORE)[0], hardening.dumpable())
cli.passphrase_for(Path(sys.argv[1]))
after = (resource.getrlimit(resource.RLIMIT_CORE)[0], hardening.dumpable())
print(before, after)
"""


def test_no_core_dumps_in_a_fresh_process():
    out = subprocess.run([sys.executable, "-c", "from kizuna_desktop import hardening;"
                          "import resource; print(hardening.no_core_dumps(),"
                          " resource.getrlimit(resource.RLIMIT_CORE), hardening.dumpable())"],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "(0,", "0)", "False"]


def test_asking_for_an_encrypted_journals_passphrase_turns_dumps_off(tmp_path):
    from kizuna_desktop.store import Journal
    from kizuna_desktop.store.db import is_encrypted

    path = tmp_path / "secret.kizuna"
    Journal.open(path, passphrase="correct horse").close()
    assert is_encrypted(path)
    env = dict(os.environ, KIZUNA_PASSPHRASE="correct horse")
    line = subprocess.run([sys.executable, "-c", PROBE, str(path)], env=env,
                          capture_output=True, text=True, check=True).stdout.strip()
    before, after = line.split(") (")
    assert after == "0, False)"
    assert before.endswith("True")  # it was dumpable until the passphrase was wanted


def test_a_plain_journal_changes_nothing(tmp_path):
    from kizuna_desktop.store import Journal

    path = tmp_path / "plain.kizuna"
    Journal.open(path).close()
    line = subprocess.run([sys.executable, "-c", PROBE, str(path)],
                          capture_output=True, text=True, check=True).stdout.strip()
    before, after = line.split(") (")
    assert after.endswith("True)")
