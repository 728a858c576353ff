"""Merging in the window: Contact > Merge contacts… on two selected contacts, and the import
dialog's review of each proposed merge (merge or keep apart); both undone and redone through
the undo stack, with every field back as it was."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, Qt

from kizuna_desktop.services import contacts, dossier, interactions, search
from kizuna_desktop.store.models import MethodKind
from kizuna_desktop.ui.main_window import MainWindow


def _window(qtbot, journal) -> MainWindow:
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.follow_ups.pane is not None, timeout=10_000)
    return w


def _select(w: MainWindow, ids: list[int]) -> None:
    rows = [n for n, r in enumerate(w.contacts.model.rows) if r.id in ids]
    view = w.contacts.view
    view.clearSelection()
    for n in rows:
        view.selectionModel().select(
            w.contacts.model.index(n, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_merge_two_contacts_by_hand_and_undo(qtbot, demo_journal, tmp_path):
    j = demo_journal
    a = contacts.create(j, contacts.ContactInput(
        family_name="佐々木", given_name="健", family_reading="ささき", given_reading="けん",
        methods=[contacts.Method(kind=MethodKind.EMAIL, value="ken@sasaki.example")],
        tags=["golf"]))
    b = contacts.create(j, contacts.ContactInput(
        family_latin="Sasaki", given_latin="Ken", nickname="Ken-chan",
        methods=[contacts.Method(kind=MethodKind.PHONE, value="090-1111-2222")],
        addresses=[contacts.AddressInput(label="home", postal_code="150-0001",
                                         region="東京都", city="渋谷区", street="神宮前1-1")],
        tags=["sake"], notes="Met at the Osaka fair."))
    interactions.create(j, interactions.InteractionInput(
        kind="meal", occurred_at=datetime(2026, 5, 1, 3, 0, tzinfo=UTC),
        summary="Lunch", participant_ids=[b.id], zone="Asia/Tokyo"))
    before = {cid: dossier.dossier(j, cid) for cid in (a.id, b.id)}
    total = search.count(j, search.ContactFilter(include_archived=True))
    w = _window(qtbot, j)
    qtbot.waitUntil(lambda: any(r.id == b.id for r in w.contacts.model.rows), timeout=5000)
    _select(w, [a.id, b.id])
    assert sorted(w.selected_contact_ids()) == sorted([a.id, b.id])
    assert w.merge_action.text() == "&Merge contacts…"
    w.merge_action.trigger()
    d = w.merge_dialog
    qtbot.waitUntil(d.isVisible, timeout=5000)
    keep_col = {d.table.verticalHeaderItem(r).text(): r for r in range(d.table.rowCount())}
    # Side by side, and what the merged contact will hold.
    assert d.table.item(keep_col["E-mail"], 2).text() == "ken@sasaki.example"
    assert d.table.item(keep_col["Phone"], 2).text() == "090-1111-2222"
    assert d.table.item(keep_col["Nickname"], 2).text() == "Ken-chan"
    d.table.grab().save(str(tmp_path / "merge.png"))
    d.keep_buttons.button(0 if d.ids[0] == a.id else 1).setChecked(True)
    d.merge_button.click()
    assert search.count(j, search.ContactFilter(include_archived=True)) == total - 1
    merged = dossier.dossier(j, a.id)
    assert [e["value"] for e in merged["emails"]] == ["ken@sasaki.example"]
    assert [p["value"] for p in merged["phones"]] == ["090-1111-2222"]
    assert merged["addresses"][0]["postal_code"] == "150-0001"
    assert merged["tags"] == ["golf", "sake"] and merged["nickname"] == "Ken-chan"
    assert [i["summary"] for i in merged["interactions"]] == ["Lunch"]
    assert merged["family_latin"] == "Sasaki"
    w.undo_stack.undo()
    assert {cid: dossier.dossier(j, cid) for cid in (a.id, b.id)} == before
    w.undo_stack.redo()
    assert dossier.dossier(j, a.id)["phones"] == merged["phones"]
    assert search.count(j, search.ContactFilter(include_archived=True)) == total - 1


def test_merge_needs_two_selected(qtbot, journal):
    one = contacts.create(journal, contacts.ContactInput(family_name="山田", given_name="花"))
    w = _window(qtbot, journal)
    qtbot.waitUntil(lambda: len(w.contacts.model.rows) == 1, timeout=5000)
    _select(w, [one.id])
    assert w.merge_contacts() is None
    assert "Select the two contacts" in w.statusBar().currentMessage()


VCARDS = """BEGIN:VCARD
VERSION:3.0
N:山田;太郎;;;
FN:山田 太郎
EMAIL;TYPE=work:t.yamada@mitsuboshi-trading.example.co.jp
TEL;TYPE=cell:090-7777-0101
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:佐藤;花子;;;
FN:佐藤 花子
EMAIL;TYPE=work:hanako.sato@ebcj.example.jp
NOTE:Perhaps another 佐藤 花子
END:VCARD
"""


def test_import_review_merges_or_keeps_apart_and_undo_takes_it_back(qtbot, demo_journal,
                                                                    tmp_path):
    j = demo_journal
    path = tmp_path / "two.vcf"
    path.write_text(VCARDS, "utf-8")
    yamada = search.resolve(j, "yamada taro").id
    before = dossier.comparable(dossier.dossier(j, yamada))
    total = search.count(j, search.ContactFilter(include_archived=True))
    w = _window(qtbot, j)
    d = w.import_contacts(path)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    assert d.merges.rowCount() == 2
    texts = [(d.merges.item(r, 1).text(), d.merges.item(r, 2).text()) for r in range(2)]
    assert texts[0][0].startswith("line 1: 山田 太郎")
    assert texts[0][1].startswith(f"contact {yamada}: 山田 太郎")  # side by side
    assert "t.yamada@mitsuboshi-trading.example.co.jp" in texts[0][1]
    d.grab().save(str(tmp_path / "import-review.png"))
    # Keep 佐藤 花子 apart.
    d.merges.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert [i.accepted for i in d.plan.items] == [True, False]
    d.import_btn.click()
    qtbot.waitUntil(lambda: d.result is not None, timeout=20_000)
    assert (d.result.created, d.result.merged) == (1, 1)
    assert search.count(j, search.ContactFilter(include_archived=True)) == total + 1
    phones = [p["value"] for p in dossier.dossier(j, yamada)["phones"]]
    assert "090-7777-0101" in phones
    assert w.undo_stack.undoText() == "Import two.vcf"
    w.undo_stack.undo()
    assert search.count(j, search.ContactFilter(include_archived=True)) == total
    assert dossier.comparable(dossier.dossier(j, yamada)) == before
    w.undo_stack.redo()
    assert search.count(j, search.ContactFilter(include_archived=True)) == total + 1
    assert "090-7777-0101" in [p["value"] for p in dossier.dossier(j, yamada)["phones"]]
