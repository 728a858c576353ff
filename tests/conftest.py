"""Shared fixtures: an empty journal and a copy of the demo journal (realistic Japanese and
English data), each a real SQLite file in the test's temporary folder."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kizuna_desktop.services import demo  # noqa: E402
from kizuna_desktop.store import Journal  # noqa: E402

# The demo is made relative to a day; tests fix it so that "overdue" and "this week" are stable.
DEMO_TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads or writes the user's real journal or settings."""
    monkeypatch.delenv("KIZUNA_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # English whatever the machine's locale (tests of the language set their own)
    monkeypatch.setenv("KIZUNA_LANGUAGE", "en")


@pytest.fixture
def journal(tmp_path: Path):
    j = Journal.open(tmp_path / "journal.kizuna")
    yield j
    j.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.kizuna"
    with Journal.open(path) as j:
        demo.write_demo(j, today=DEMO_TODAY)
    return path


def copy_journal(src: Path, dst: Path) -> Path:
    """Copy a journal with SQLite's online backup (safe with WAL)."""
    with sqlite3.connect(src) as s, sqlite3.connect(dst) as d:
        s.backup(d)
    os.chmod(dst, 0o600)
    return dst


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    return copy_journal(demo_template, tmp_path / "demo.kizuna")


@pytest.fixture
def demo_journal(demo_path: Path):
    j = Journal.open(demo_path)
    yield j
    j.close()


@pytest.fixture(autouse=True)
def _background_jobs_finish():
    """A window test's background jobs (counts, reads, PDFs) run in Qt's global thread pool,
    which has as many threads as the machine has cores (2 here): a job still running after its
    test would hold a thread while the next test waits for its own. Each test ends with the
    pool empty, so a job that never ends is found in the test that started it."""
    yield
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(60_000), f"{pool.activeThreadCount()} background jobs still running"
