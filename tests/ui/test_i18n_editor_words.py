"""The contact editor in Japanese (issue 22, review ja4 item 3, the final walk): the Kind
column names each kind (メール, 電話, LINE; it showed email / phone / line, the stored
values) and keeps the kind itself when saved; the career tab's periods read as the card's
(2026年5月17日 – 現在; they were 2026-05-17 – now)."""

from __future__ import annotations

import re

import pytest

from kizuna_desktop import i18n
from kizuna_desktop.services import contacts, search
from kizuna_desktop.ui.contact_editor import ContactEditor


@pytest.fixture
def japanese(qapp, monkeypatch):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    yield qapp
    i18n.install(qapp, "en")


def test_the_editor_names_kinds_and_periods_in_japanese(qtbot, japanese, demo_journal):
    detail = contacts.get(demo_journal, search.resolve(demo_journal, "山田 太郎").id)
    editor = ContactEditor(demo_journal, lambda data: None, detail)
    qtbot.addWidget(editor)
    rows = [(editor.methods.cellWidget(r, 0).currentText(),
             editor.methods.cellWidget(r, 0).currentData())
            for r in range(editor.methods.rowCount())]
    assert ("メール", "email") in rows and ("電話", "phone") in rows and ("LINE", "line") in rows
    assert not [shown for shown, _ in rows if shown in ("email", "phone", "line")]
    kept = sorted((m.kind.value, m.value) for m in editor.data().methods)
    assert kept == sorted((m.kind.value, m.value) for m in detail.methods)  # kinds kept
    periods = [t.item(r, 0).text() for t in editor.findChildren(type(editor.methods))
               if t is not editor.methods for r in range(t.rowCount())]  # the career tab's
    assert periods
    assert any(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 – 現在", p) for p in periods), periods
    assert not [p for p in periods if "now" in p or re.search(r"\d{4}-\d\d-\d\d", p)], periods


def test_the_organisation_editor_dates_its_people_in_japanese(qtbot, japanese, demo_journal):
    from kizuna_desktop.services import organizations
    from kizuna_desktop.ui.organization_editor import OrganizationEditor

    found = next(o for o in organizations.list_all(demo_journal)
                 if "三星商事" in str(getattr(o, "name_ja", "")))
    editor = OrganizationEditor(demo_journal, lambda data: None,
                                organizations.get(demo_journal, found.id))
    qtbot.addWidget(editor)
    periods = [editor.people.item(r, 3).text() for r in range(editor.people.rowCount())]
    assert periods and any(p.endswith("– 現在") for p in periods), periods
    assert not [p for p in periods if "now" in p or re.search(r"\d{4}-\d\d-\d\d", p)], periods
