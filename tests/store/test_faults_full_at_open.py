"""A healthy journal, closed, on a disk that is full: opening it cannot create its -shm
file (SQLite's SQLITE_IOERR_SHMSIZE), and that is a full disk, never damage with an offer to
restore a backup over the journal (review of issue 15). A real small file system."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kizuna_desktop.errors import DiskFullError, JournalDamagedError
from kizuna_desktop.store import Journal
from tests.store.test_faults_journal import mounted_tmpfs


def test_a_closed_journal_on_a_full_disk_is_named_full_not_damaged(tmp_path, demo_template):
    with mounted_tmpfs(tmp_path / "small", "8m") as small:
        journal = small / "j.kizuna"
        journal.write_bytes(demo_template.read_bytes())
        with open(small / "fill", "wb", buffering=0) as f:  # the disk to its last byte
            block = b"\0" * 4096
            try:
                while True:
                    f.write(block)
            except OSError:
                pass
        with pytest.raises(DiskFullError) as caught:
            Journal.open(journal)
        assert not isinstance(caught.value, JournalDamagedError)
        r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(journal),
                            "contacts", "--limit", "1"], capture_output=True, text=True,
                           timeout=120)
        assert r.returncode == 1
        assert "is full" in r.stderr and "damaged" not in r.stderr
        (small / "fill").unlink()
        with Journal.open(journal) as j, j.session() as s:  # nothing was harmed
            from sqlalchemy import text

            assert s.execute(text("SELECT count(*) FROM contacts")).scalar() > 30
