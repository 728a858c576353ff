"""A 筆まめ / 筆王 address-book CSV (Shift_JIS, one 氏名 and one フリガナ column,
自宅〒 / 自宅住所1/2, 自宅電話 and 会社… columns) is read as the address book it is.
Its 自宅電話 and 会社電話 are also Outlook's Japanese column names, and such a file
was once taken for Outlook's export: the name, reading, e-mail, addresses, department
and title were dropped and a phone number became the contact's name (the Japanese
tester's finding B1)."""

from __future__ import annotations

from kizuna_desktop.cli import main
from kizuna_desktop.formats.csv_presets import guess_preset
from kizuna_desktop.services import contacts, search
from kizuna_desktop.store.db import Journal
from kizuna_desktop.store.models import MethodKind


def _of(c, kind):
    return {(m.label, m.value) for m in c.methods if m.kind == kind}


HEADER = ("氏名,フリガナ,敬称,自宅〒,自宅住所1,自宅住所2,自宅電話,携帯電話,E-mail,会社名,部署名1,"
          "部署名2,役職名,会社〒,会社住所1,会社住所2,会社電話,会社FAX,誕生日,メモ")
ROWS = ("山本 由美,ヤマモト ユミ,様,150-0001,東京都渋谷区神宮前1-2-3,,03-1111-2222,090-1111-2222,"
        "yumi@example.jp,,,,,,,,,,1988/4/5,テスト",
        "高木 健二,タカギ ケンジ,様,,,,,,takagi@kaisha.example.jp,株式会社高木商会,営業部,第一課,"
        "部長,"
        "530-0001,大阪府大阪市北区梅田1丁目2番3号,梅田ビル5階,06-1234-5678,06-1234-5679,,")


def test_the_header_is_the_address_books_not_outlooks():
    assert guess_preset(HEADER.split(",")) == "cards"
    # Outlook's own Japanese export still is Outlook's
    assert guess_preset(["姓", "名", "電子メール アドレス", "自宅電話", "会社電話"]) == "outlook_ja"


def test_a_fudemame_file_arrives_whole(tmp_path, capsys):
    f = tmp_path / "fudemame.csv"
    f.write_bytes(("\r\n".join([HEADER, *ROWS]) + "\r\n").encode("cp932"))
    db = tmp_path / "j.kizuna"
    assert main(["--db", str(db), "import", str(f), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "not imported" not in out and "no name in the file" not in out, out
    with Journal.open(db) as j:
        yamamoto = contacts.get(j, search.resolve(j, "山本 由美").id)
        takagi = contacts.get(j, search.resolve(j, "高木 健二").id)
    assert (yamamoto.family_reading, yamamoto.given_reading) == ("ヤマモト", "ユミ")
    assert {v for _, v in _of(yamamoto, MethodKind.EMAIL)} == {"yumi@example.jp"}
    assert ("home", "03-1111-2222") in _of(yamamoto, MethodKind.PHONE)
    assert "090-1111-2222" in {v for _, v in _of(yamamoto, MethodKind.PHONE)}
    (home,) = yamamoto.addresses
    assert (home.label, home.postal_code, home.region, home.city) == (
        "home", "150-0001", "東京都", "渋谷区")
    assert yamamoto.birthday == (1988, 4, 5)
    (work,) = takagi.addresses
    assert (work.label, work.postal_code, work.extended) == ("work", "530-0001", "梅田ビル5階")
    assert {v for _, v in _of(takagi, MethodKind.PHONE)} == {"06-1234-5678", "06-1234-5679"}
    (job,) = [p for p in takagi.positions if p.end_date is None]
    assert "営業部" in job.department_ja and "第一課" in job.department_ja
    assert job.title_ja == "部長"
