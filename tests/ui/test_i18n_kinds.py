"""Kinds in the Japanese window (issue 22 fix round): the gift dialog's kinds and the
Organisations view's kind filter, kind column and 名称 header come from the catalogue's "Kinds"
context (a ``self.tr(variable)`` was never collected by lupdate, so the catalogue test could
not see it)."""

from __future__ import annotations

import pytest

from kizuna_desktop import i18n
from kizuna_desktop.ui.gift_dialog import GiftDialog
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.organizations_view import OrganizationsView


@pytest.fixture
def japanese(qapp, monkeypatch):
    monkeypatch.setenv("KIZUNA_LANGUAGE", "ja")
    assert i18n.install(qapp) == "ja"
    yield qapp
    i18n.install(qapp, "en")


def test_gift_dialog_kinds_are_japanese(qtbot, japanese, demo_journal):
    d = GiftDialog(demo_journal, lambda _v: None, (1, "山田 太郎"))
    qtbot.addWidget(d)
    kinds = [d.kind.itemText(i) for i in range(d.kind.count())]
    assert kinds == ["贈り物", "お世話"], kinds


def test_organisations_view_kinds_and_name_header_are_japanese(qtbot, japanese, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    v = OrganizationsView(w)
    qtbot.addWidget(v)
    filters = [v.kind.itemText(i) for i in range(v.kind.count())]
    assert "顧客" in filters and "Client" not in filters, filters
    assert v.table.horizontalHeaderItem(0).text() == "名称"
    qtbot.waitUntil(lambda: v.table.rowCount() > 0)
    kinds = {v.table.item(r, 2).text() for r in range(v.table.rowCount())}
    english = {"Client", "Distributor", "Partner", "Supplier", "Competitor", "Association",
               "Chamber of commerce", "University", "Public body", "Other"}
    assert kinds and not kinds & english, kinds
