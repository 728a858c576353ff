"""Outlook's own Japanese export: 番地 2 (会社) and 国/地域 (会社) go into the business address,
as Business Street 2 and Country/Region do in the English one."""

from __future__ import annotations

from kizuna_desktop.services import contacts, importing
from kizuna_desktop.store import Journal

HEAD = ("敬称,姓,名,会社名,役職,番地 (会社),番地 2 (会社),市町村 (会社),都道府県 (会社),"
        "郵便番号 (会社),国/地域 (会社),会社電話,電子メール アドレス\r\n")
ROW = (",中村,恵,株式会社ナカムラ,部長,西新宿2-8-1,ビル10F,新宿区,東京都,163-0001,日本,"
       "03-1234-5678,megumi@nakamura.example\r\n")


def test_street_2_and_country_of_the_business_address_are_imported(tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_bytes((HEAD + ROW).encode("cp932"))
    with Journal.open(tmp_path / "j.kizuna") as j:
        plan = importing.import_file(j, path)
        assert not [p for p in plan.problems if p.kind == "not_imported"]
        importing.apply(j, plan)
        with j.session() as s:
            (a,) = contacts.get_in(s, 1).addresses
    assert (a.postal_code, a.region, a.city, a.country) == ("163-0001", "東京都", "新宿区", "日本")
    assert "西新宿2-8-1" in a.street + a.extended and "ビル10F" in a.street + a.extended


def test_the_city_column_written_shikuchoson_is_imported_too(tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_bytes(HEAD.replace("市町村 (会社)", "市区町村 (会社)").encode("cp932")
                     + ROW.encode("cp932"))
    with Journal.open(tmp_path / "j.kizuna") as j:
        plan = importing.import_file(j, path)
        assert not [p for p in plan.problems if p.kind == "not_imported"]
        importing.apply(j, plan)
        with j.session() as s:
            (a,) = contacts.get_in(s, 1).addresses
    assert a.city == "新宿区"
