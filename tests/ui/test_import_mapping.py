"""The import window's column mapping: a Google Contacts CSV is recognised (preset chosen from the
header), every column goes to its own target (each e-mail, phone and address part, birthday,
web), every target is offered, and a changed mapping changes what the preview will import."""

from __future__ import annotations

import os

from kizuna_desktop.formats import table
from kizuna_desktop.ui.import_dialog import ImportDialog

GOOGLE = (
    "First Name,Last Name,Phonetic First Name,Phonetic Last Name,Organization Name,"
    "Organization Title,Birthday,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,"
    "E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
    "Phone 3 - Label,Phone 3 - Value,Address 1 - Label,Address 1 - City,"
    "Address 1 - Postal Code,Website 1 - Label,Website 1 - Value,Custom Field 1 - Value\n"
    "太郎,山田,タロウ,ヤマダ,三星商事,部長,--03-09,* myContacts ::: 取引先,Work,"
    "t.yamada@mitsuboshi.example.jp,Home,taro@example.jp,Work,03-5555-0101,Mobile,"
    "090-1234-5678,Home,045-555-0102,Work,千代田区,100-0005,Profile,https://taro.example.jp,"
    "x\n")


def _mapping(d: ImportDialog) -> dict[str, str]:
    return {d.mapping.item(i, 0).text(): d.mapping.cellWidget(i, 1).currentData()
            for i in range(d.mapping.rowCount())}


def test_a_google_csv_gets_its_preset_and_a_target_for_every_column(qtbot, journal, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_bytes(GOOGLE.encode("utf-8"))
    d = ImportDialog(journal, path, on_done=lambda result: None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.ready, timeout=30_000)
    assert d.info.text() == "CSV, UTF-8, 1 row"
    assert d.preset.currentData() == "google"
    assert d.preset.currentText() == "Google Contacts"
    assert _mapping(d) == {
        "First Name": "given_name", "Last Name": "family_name",
        "Phonetic First Name": "given_reading", "Phonetic Last Name": "family_reading",
        "Organization Name": "organization", "Organization Title": "title",
        "Birthday": "birthday", "Labels": "tags",
        "E-mail 1 - Label": "email_label", "E-mail 1 - Value": "email",
        "E-mail 2 - Label": "email_label", "E-mail 2 - Value": "email",
        "Phone 1 - Label": "phone_label", "Phone 1 - Value": "phone",
        "Phone 2 - Label": "phone_label", "Phone 2 - Value": "phone",
        "Phone 3 - Label": "phone_label", "Phone 3 - Value": "phone",
        "Address 1 - Label": "addr_label", "Address 1 - City": "addr_city",
        "Address 1 - Postal Code": "addr_postal", "Website 1 - Label": "url_label",
        "Website 1 - Value": "url", "Custom Field 1 - Value": ""}
    # Each column shows its first value, so a user sees what "Phone 3 - Value" holds
    examples = {d.mapping.item(i, 0).text(): d.mapping.item(i, 2).text()
                for i in range(d.mapping.rowCount())}
    assert (examples["Phone 3 - Value"], examples["Labels"]) == (
        "045-555-0102", "* myContacts ::: 取引先")
    combo = d.mapping.cellWidget(0, 1)
    assert [combo.itemData(i) for i in range(combo.count())] == list(table.TARGETS)
    assert {combo.itemText(i) for i in range(combo.count())} >= {
        "E-mail", "Phone", "Address: city", "Web", "Birthday", "Birth year",
        "Nickname", "Middle name", "Department", "Title (job)", "Company reading", "Tags",
        "Notes", "(not imported)"}
    assert d.preview.item(0, 1).text() == "山田 太郎"
    assert d.preview.item(0, 4).text() == "t.yamada@mitsuboshi.example.jp, taro@example.jp"
    item = d.plan.items[0]
    assert [p for _, p in item.person.phones] == ["03-5555-0101", "090-1234-5678",
                                                   "045-555-0102"]
    assert item.person.birthday == (None, 3, 9) and item.person.tags == ["取引先"]
    problems = [d.problems.item(i).text().strip() for i in range(d.problems.count())]
    assert "contacts.csv: column 'Custom Field 1 - Value' (1 value) not imported" in problems
    if os.environ.get("KIZUNA_SHOTS"):
        d.grab().save(os.path.join(os.environ["KIZUNA_SHOTS"], "import_mapping_google.png"))

    # The second e-mail column to "(not imported)": the preview follows, the column is named
    rows = [d.mapping.item(i, 0).text() for i in range(d.mapping.rowCount())]
    second = d.mapping.cellWidget(rows.index("E-mail 2 - Value"), 1)
    second.setCurrentIndex(second.findData(""))
    qtbot.waitUntil(lambda: d.ready, timeout=30_000)
    assert d.preview.item(0, 4).text() == "t.yamada@mitsuboshi.example.jp"
    problems = [d.problems.item(i).text().strip() for i in range(d.problems.count())]
    assert "contacts.csv: column 'E-mail 2 - Value' (1 value) not imported" in problems

    # Another preset maps again from the header; Google's comes back when chosen
    d.preset.setCurrentIndex(d.preset.findData("generic"))
    qtbot.waitUntil(lambda: d.ready, timeout=30_000)
    assert _mapping(d)["Phone 3 - Value"] == ""
    d.preset.setCurrentIndex(d.preset.findData("google"))
    qtbot.waitUntil(lambda: d.ready, timeout=30_000)
    assert _mapping(d)["Phone 3 - Value"] == "phone"
