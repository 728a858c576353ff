"""The import window with Outlook's Japanese export (Shift_JIS, as Outlook in Japan writes it,
with the English Company / Job Title columns beside the Japanese ones): the preset is chosen
from the header, every column goes to one target (each phone, e-mail and address part,
birthday, web), and what the window imports arrives whole: one position in two scripts, three
phones, two e-mails, two addresses with their parts, the birthday and the web address."""

from __future__ import annotations

import os

from kizuna_desktop.services import contacts
from kizuna_desktop.ui.import_dialog import ImportDialog

HEAD = ("姓,名,姓フリガナ,名フリガナ,会社名,部署,役職,Company,Job Title,勤務先郵便番号,"
        "勤務先都道府県,勤務先市区町村,勤務先番地,自宅郵便番号,自宅都道府県,自宅市区町村,"
        "自宅番地,勤務先電話,携帯電話,自宅電話,電子メール アドレス,電子メール 2 アドレス,"
        "誕生日,Web ページ,メモ,ユーザー 1\r\n")
ROW = ("中村,恵,ナカムラ,メグミ,株式会社ナカムラ,営業部,部長,Nakamura Inc.,Sales Director,"
       "163-0001,東京都,新宿区,西新宿2-8-1,251-0052,神奈川県,藤沢市,藤沢1-2-3,03-1234-5678,"
       "090-8765-4321,0466-22-3333,megumi@nakamura.example,meg@home.example,1985/4/3,"
       "https://nakamura.example,展示会で名刺交換,x\r\n")


def _mapping(d: ImportDialog) -> dict[str, str]:
    return {d.mapping.item(i, 0).text(): d.mapping.cellWidget(i, 1).currentData()
            for i in range(d.mapping.rowCount())}


def test_outlook_japanese_export_through_the_window(qtbot, journal, tmp_path):
    path = tmp_path / "outlook_ja.csv"
    path.write_bytes((HEAD + ROW).encode("cp932"))
    done = []
    d = ImportDialog(journal, path, on_done=done.append)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.ready, timeout=30_000)
    assert d.preset.currentData() == "outlook_ja"
    assert _mapping(d) == {
        "姓": "family_name", "名": "given_name", "姓フリガナ": "family_reading",
        "名フリガナ": "given_reading", "会社名": "organization", "部署": "department",
        "役職": "title", "Company": "organization", "Job Title": "title",
        "勤務先郵便番号": "addr_postal", "勤務先都道府県": "addr_region",
        "勤務先市区町村": "addr_city", "勤務先番地": "addr_street",
        "自宅郵便番号": "addr_postal", "自宅都道府県": "addr_region",
        "自宅市区町村": "addr_city", "自宅番地": "addr_street",
        "勤務先電話": "phone", "携帯電話": "phone", "自宅電話": "phone",
        "電子メール アドレス": "email", "電子メール 2 アドレス": "email",
        "誕生日": "birthday", "Web ページ": "url", "メモ": "notes", "ユーザー 1": "note_line"}
    problems = [d.problems.item(i).text().strip() for i in range(d.problems.count())]
    assert not [p for p in problems if "not imported" in p], problems
    if os.environ.get("KIZUNA_SHOTS"):
        d.grab().save(os.path.join(os.environ["KIZUNA_SHOTS"], "import_mapping_outlook_ja.png"))

    d.start()
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    (cid,) = done[0].created_ids
    with journal.session() as s:
        c = contacts.get_in(s, cid)
    assert (c.family_name, c.given_name, c.family_reading, c.given_reading) == (
        "中村", "恵", "ナカムラ", "メグミ")
    (pos,) = c.positions
    assert (pos.organization_ja, pos.department_ja, pos.title_ja) == (
        "株式会社ナカムラ", "営業部", "部長")
    assert (pos.organization_en, pos.title_en, pos.end_date) == (
        "Nakamura Inc.", "Sales Director", None)
    by_kind: dict[str, list[str]] = {}
    for m in c.methods:
        by_kind.setdefault(str(getattr(m.kind, "value", m.kind)), []).append(m.value)
    assert by_kind["phone"] == ["03-1234-5678", "090-8765-4321", "0466-22-3333"]
    assert by_kind["email"] == ["megumi@nakamura.example", "meg@home.example"]
    assert by_kind["website"] == ["https://nakamura.example"]
    parts = sorted((a.label, a.postal_code, a.region, a.city, a.street) for a in c.addresses)
    assert parts == [("home", "251-0052", "神奈川県", "藤沢市", "藤沢1-2-3"),
                     ("work", "163-0001", "東京都", "新宿区", "西新宿2-8-1")]
    assert (c.birth_year, c.birth_month, c.birth_day) == (1985, 4, 3)
    assert "展示会で名刺交換" in c.notes
