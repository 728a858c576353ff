"""The contact editor and what it does not show as fields of its own: addresses are edited as
one text each (their parts kept while the text is unchanged), and a nickname, name parts or
anniversary brought in by an import survive a save."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem

from kizuna_desktop.services import contacts
from kizuna_desktop.store.models import MethodKind
from kizuna_desktop.ui.main_window import MainWindow


def test_editing_keeps_address_parts_and_unshown_fields(qtbot, journal):
    c = contacts.create(journal, contacts.ContactInput(
        family_name="山田", given_name="太郎", nickname="タロさん", middle_name="K.",
        anniversary_year=2001, anniversary_month=6, anniversary_day=2,
        addresses=[contacts.AddressInput(label="work", postal_code="100-0005",
                                         region="東京都", city="千代田区",
                                         street="丸の内1-2-3"),
                   contacts.AddressInput(label="home", text="大阪府大阪市北区梅田3-1")]))
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(w.contacts.model.rows) == 1, timeout=5000)
    w.contacts.select(c.id)
    editor = w.edit_contact()
    rows = [(editor.methods.cellWidget(r, 0).currentData(), editor.methods.item(r, 2).text())
            for r in range(editor.methods.rowCount())]
    assert rows == [("address", "〒100-0005 東京都 千代田区 丸の内1-2-3"),
                    ("address", "大阪府大阪市北区梅田3-1")]
    editor.given_name.setText("太一")  # an edit elsewhere: the addresses stay as they are
    editor.save()
    got = contacts.get(journal, c.id)
    assert got.given_name == "太一"
    assert (got.nickname, got.middle_name, got.anniversary_month) == ("タロさん", "K.", 6)
    assert got.addresses[0].postal_code == "100-0005" and got.addresses[0].city == "千代田区"
    # The text of an address changed: it is kept as typed, without the old parts.
    editor = w.edit_contact()
    editor.methods.setItem(0, 2, QTableWidgetItem("〒100-0006 東京都千代田区有楽町1-1"))
    editor.save()
    got = contacts.get(journal, c.id)
    # the edited text's own parts (its postal code read from it), never the old row's
    assert [(a.text, a.postal_code) for a in got.addresses] == [
        ("〒100-0006 東京都千代田区有楽町1-1", "100-0006"), ("大阪府大阪市北区梅田3-1", "")]
    assert not got.methods_of(MethodKind.ADDRESS)  # addresses are not methods any more
