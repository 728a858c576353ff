"""The contacts list's health column (issue 24.4) as a user sees it: a header click sorts the
whole list in `kizuna health`'s order, each row's word and mark are the figure `kizuna health
--json` gives for that contact, and a second click reverses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kizuna_desktop.services import contacts, interactions
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import InteractionKind
from kizuna_desktop.ui.contacts_pane import HEALTH, ContactsPane
from tests.services import network_journal as nj

WORD = {"ok": "○ on track", "due": "△ due", "never": "· not met yet", "unset": "— no cadence"}


def _word(row: dict) -> str:
    if row["status"] == "cold":
        return "× going cold" if row["overdue_days"] > row["cadence_days"] else "▲ overdue"
    return WORD[row["status"]]


def _health_json(db) -> list[dict]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), "health",
                        "--json"], capture_output=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(r.stdout.decode("utf-8"))


def _click_header(pane: ContactsPane, section: int) -> None:
    header = pane.view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_header_click_sorts_by_health_as_kizuna_health_does(qtbot, tmp_path):
    db = tmp_path / "health.kizuna"
    with Journal.open(db) as j:
        nj.build(j)
        ny = contacts.create(j, contacts.ContactInput(family_name="Baker", given_name="Ann",
                                                      cadence_days=5)).id
        interactions.create(j, interactions.InteractionInput(
            kind=InteractionKind.CALL, participant_ids=[ny], zone="America/New_York",
            occurred_at=datetime(2026, 11, 26, 23, 30, tzinfo=ZoneInfo("America/New_York"))))
        for k in range(60):  # more than a page (50): the sorted list is paged too
            contacts.create(j, contacts.ContactInput(family_name=f"追加{k:02d}",
                                                     cadence_days=7 + k % 5))
    expected = _health_json(db)
    journal = Journal.open(db)
    try:
        pane = ContactsPane(journal)
        qtbot.addWidget(pane)
        pane.resize(900, 500)
        pane.show()
        qtbot.waitExposed(pane)
        model = pane.view.model()
        assert model.headerData(HEALTH, Qt.Orientation.Horizontal) == "Health"
        _click_header(pane, HEALTH)
        qtbot.waitUntil(lambda: model.sorted_by[0] == HEALTH)
        while model.canFetchMore():
            model.fetchMore()
        assert [c.id for c in model.rows] == [r["id"] for r in expected]
        shown = [model.data(model.index(i, HEALTH)) for i in range(model.rowCount())]
        assert shown == [_word(r) for r in expected]
        assert {"× going cold", "· not met yet", "— no cadence"} <= set(shown)  # any date
        first = expected[0]
        assert model.data(model.index(0, HEALTH), Qt.ItemDataRole.ToolTipRole) == (
            f"Days since last contact: {first['days_since']}; "
            f"cadence: {first['cadence_days']} days")
        _click_header(pane, HEALTH)  # again: the other way round
        qtbot.waitUntil(lambda: model.sorted_by[1] == Qt.SortOrder.DescendingOrder)
        while model.canFetchMore():
            model.fetchMore()
        assert [c.id for c in model.rows] == [r["id"] for r in expected][::-1]
        pane.grab().save("/tmp/network_health_column.png")
    finally:
        journal.close()


def test_from_the_health_sort_to_another_column_every_match_once(qtbot, journal):
    """Sorted by health, the rows are in health order, not the list's: a click on another
    column then gathers the matches afresh (none twice, none missing)."""
    for k in range(70):  # more than a page
        contacts.create(journal, contacts.ContactInput(family_name=f"並{k:02d}",
                                                       cadence_days=None if k % 3 else 9))
    pane = ContactsPane(journal)
    qtbot.addWidget(pane)
    model = pane.view.model()
    model.sort(HEALTH, Qt.SortOrder.AscendingOrder)
    assert model.canFetchMore()  # a page of it, in health order
    model.sort(1, Qt.SortOrder.DescendingOrder)
    ids = [c.id for c in model.rows]
    assert len(ids) == len(set(ids)) == 70
