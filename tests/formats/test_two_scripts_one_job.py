"""Review finding 6: one job written in Japanese and in Latin letters (Outlook's Company / Job
Title beside 会社名 / 役職, a card app's columns in both languages, two ORG lines of a 3.0 card,
an ORG ALTID/LANGUAGE pair) is one current position with its Japanese and English names, never
a current and a past one, and no column of it is left out."""

from __future__ import annotations

import pytest

from kizuna_desktop.services import contacts, importing
from kizuna_desktop.store import Journal

JA = ("山田商事株式会社", "営業部", "営業部長")
EN = ("Yamada Trading Co., Ltd.", "Sales", "Sales Manager")

OUTLOOK_EN_FIRST = (
    "First Name,Last Name,Company,Department,Job Title,会社名,部署,役職,E-mail Address\r\n"
    '太郎,山田,"Yamada Trading Co., Ltd.",Sales,Sales Manager,山田商事株式会社,営業部,営業部長,'
    "taro@yamada.example\r\n")
OUTLOOK_JA_FIRST = (
    "姓,名,会社名,部署,役職,Company,Department,Job Title,電子メール アドレス\r\n"
    '山田,太郎,山田商事株式会社,営業部,営業部長,"Yamada Trading Co., Ltd.",Sales,Sales Manager,'
    "taro@yamada.example\r\n")
CARDS_BOTH = (
    "氏名,会社名,部署名,役職,Company,Department,Title,メールアドレス\r\n"
    '山田 太郎,山田商事株式会社,営業部,営業部長,"Yamada Trading Co., Ltd.",Sales,Sales Manager,'
    "taro@yamada.example\r\n")

VCARD_3_TWO_ORGS = """BEGIN:VCARD
VERSION:3.0
N:山田;太郎;;;
FN:山田 太郎
ORG:Yamada Trading Co.\\, Ltd.;Sales
TITLE:Sales Manager
ORG:山田商事株式会社;営業部
TITLE:営業部長
EMAIL:taro@yamada.example
END:VCARD
"""
VCARD_4_ALTID = """BEGIN:VCARD
VERSION:4.0
N:山田;太郎;;;
FN:山田 太郎
ORG;ALTID=1;LANGUAGE=en:Yamada Trading Co.\\, Ltd.;Sales
ORG;ALTID=1;LANGUAGE=ja:山田商事株式会社;営業部
TITLE;ALTID=2;LANGUAGE=en:Sales Manager
TITLE;ALTID=2;LANGUAGE=ja:営業部長
EMAIL:taro@yamada.example
END:VCARD
"""


def _positions(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    with Journal.open(tmp_path / "j.kizuna") as j:
        plan = importing.import_file(j, path)
        assert [p.message for p in plan.problems] == []  # no column or value left out
        result = importing.apply(j, plan)
        assert result.created == 1
        with j.session() as s:
            return contacts.get_in(s, result.created_ids[0]).positions


@pytest.mark.parametrize(("name", "text", "encoding"), [
    ("outlook_en_first.csv", OUTLOOK_EN_FIRST, "utf-8-sig"),
    ("outlook_ja_first.csv", OUTLOOK_JA_FIRST, "cp932"),
    ("cards_both.csv", CARDS_BOTH, "utf-8"),
    ("two_orgs.vcf", VCARD_3_TWO_ORGS, "utf-8"),
    ("altid.vcf", VCARD_4_ALTID, "utf-8"),
])
def test_one_job_in_two_scripts_is_one_current_position(tmp_path, name, text, encoding):
    (pos,) = _positions(tmp_path, name, text, encoding)
    assert (pos.organization_ja, pos.department_ja, pos.title_ja) == JA
    assert (pos.organization_en, pos.department_en, pos.title_en) == EN
    assert pos.end_date is None


def test_two_japanese_companies_on_a_card_stay_two_positions(tmp_path):
    # Android writes one ORG per company: two companies in the same script are two jobs.
    card = VCARD_3_TWO_ORGS.replace("Yamada Trading Co.\\, Ltd.;Sales", "鈴木物産;企画部").replace(
        "TITLE:Sales Manager", "TITLE:顧問")
    positions = _positions(tmp_path, "two_jobs.vcf", card)
    assert sorted(p.organization_ja for p in positions) == ["山田商事株式会社", "鈴木物産"]
    assert {p.title_ja for p in positions} == {"営業部長", "顧問"}
