"""Regenerates the upgrade-test fixtures of the revisions after 0007.

``fixtures/0007_method_lookup.sql`` is the demo journal's rows as written at that revision.
The fixture of each later revision R is that journal upgraded by the real migrations to R and
dumped again, so it is exactly what a user's journal at R holds. Run after changing a
migration:  .venv/bin/python -m tests.store.make_fixtures
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from tests.store.test_migrations import FIXTURES, _script, _upgrade, dump_rows

BASE = "0007_method_lookup"


def main() -> None:
    revisions = [s.revision for s in reversed(list(_script().walk_revisions()))]
    later = revisions[revisions.index(BASE) + 1:-1]  # the head takes the live demo
    for stale in FIXTURES.glob("00*.sql"):
        if stale.stem in later:
            stale.unlink()
    for revision in later:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "at.db"
            _upgrade(path, BASE)
            with sqlite3.connect(path) as conn:
                conn.executescript((FIXTURES / f"{BASE}.sql").read_text("utf-8"))
            _upgrade(path, revision)
            (FIXTURES / f"{revision}.sql").write_text(dump_rows(path) + "\n", "utf-8")
            print(f"wrote {revision}.sql")


if __name__ == "__main__":
    main()
