"""筆まめ / 筆王 / 宛名職人 address books carry 連名 (the joint names at one address) in
columns of their own: 連名 (「花子」, 「花子・一郎」), or 連名1, 連名2… with a reading and a
敬称 each (連名1敬称, or 敬称1 beside 連名1). They were not imported (review 5): now they are
the joint names of the contact's New Year card, the ones `nengajo list` and the postcard
write, and what the card cannot keep (an honorific other than 様) is named in the plan and
kept in the notes."""

from __future__ import annotations

import json

import pytest

from kizuna_desktop.cli import main
from kizuna_desktop.services import contacts, nengajo, search
from kizuna_desktop.services.importing import joint
from kizuna_desktop.store.db import Journal


@pytest.fixture(autouse=True)
def _december(monkeypatch):
    from datetime import date

    monkeypatch.setattr(joint, "today", lambda: date(2026, 12, 2))


def _write(tmp_path, name: str, lines: list[str], encoding="cp932"):
    f = tmp_path / name
    f.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return f


def _names(db, year: int) -> dict[str, list[str]]:
    with Journal.open(db) as j:
        found = nengajo.new_year_list(j, year)
    return {r.display_name.split(" 様")[0]: r.name_lines for r in found.everyone}


def test_fudemame_joint_names_reach_the_new_year_card(tmp_path, capsys):
    f = _write(tmp_path, "fudemame.csv", [
        "氏名,フリガナ,敬称,連名1,連名1フリガナ,連名1敬称,連名2,連名2敬称,自宅〒,自宅住所1,自宅住所2",
        "山本 太郎,ヤマモト タロウ,様,花子,ハナコ,様,健太,くん,150-0001,東京都渋谷区神宮前1-2-3,",
        "佐藤 一郎,サトウ イチロウ,様,花子・二郎,,,,,530-0001,大阪府大阪市北区梅田1-2-3,"
        "梅田ビル5階",
        "田中 実,タナカ ミノル,様,,,,,,100-0001,東京都千代田区千代田1-1,"])
    db = tmp_path / "j.kizuna"
    assert main(["--db", str(db), "import", str(f), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "not imported" not in out, out
    # the honorific the card cannot write is named, and kept in the notes
    assert "健太" in out and "くん" in out and "様" in out
    for who in ("山本太郎", "佐藤一郎", "田中実"):
        assert main(["--db", str(db), "nengajo", "mark", who, "--send", "--year", "2027"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "nengajo", "list", "--year", "2027", "--json"]) == 0
    cards = {r["family_name"]: r for r in json.loads(capsys.readouterr().out)["to_print"]}
    assert cards["山本"]["names"] == ["山本 太郎 様", "花子 様", "健太 様"]
    assert cards["山本"]["given_names"] == ["太郎", "花子", "健太"]
    assert cards["佐藤"]["names"] == ["佐藤 一郎 様", "花子 様", "二郎 様"]
    assert cards["田中"]["names"] == ["田中 実 様"]
    with Journal.open(db) as j:
        yamamoto = contacts.get(j, search.resolve(j, "山本 太郎").id)
        # the window's 連名 box shows them for the year
        assert nengajo.details_of(j, ("contact", yamamoto.id), 2027).joint_names == [
            "花子", "健太"]
    assert "連名 健太: くん" in yamamoto.notes and "ハナコ" in yamamoto.notes


def test_fudeo_and_atena_shokunin_columns(tmp_path, capsys):
    # 筆王-style 連名1 with 敬称1 beside it; 宛名職人's 連名 / 連名かな / 連名敬称, a joint name
    # written in full with the family name (kept as 花子), one with its own family name
    f = _write(tmp_path, "atena.csv", [
        "姓,名,姓かな,名かな,敬称,連名,連名かな,連名敬称,連名2,連名2かな,連名2敬称,自宅〒,自宅住所1",
        "木村,拓也,きむら,たくや,様,木村　花子,はなこ,様,鈴木 次郎,すずき じろう,様,"
        "060-0001,北海道札幌市中央区北一条西1-1"], encoding="utf-8-sig")
    db = tmp_path / "j.kizuna"
    assert main(["--db", str(db), "import", str(f), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "not imported" not in out, out
    assert main(["--db", str(db), "nengajo", "mark", "木村拓也", "--send", "--year", "2027"]) == 0
    assert _names(db, 2027)["木村 拓也"] == ["木村 拓也 様", "花子 様", "鈴木 次郎 様"]
    g = _write(tmp_path, "fudeo.csv", [
        "氏名,連名1,敬称1,連名2,敬称2,自宅〒,自宅住所1",
        "森田 花子,ジョン・スミス,様,,,150-0002,東京都渋谷区渋谷2-21-1"])
    assert main(["--db", str(db), "import", str(g), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "nengajo", "mark", "森田花子", "--send", "--year", "2028"]) == 0
    # a katakana name keeps its middle dot; the next year's mark takes the names over
    assert _names(db, 2028)["森田 花子"] == ["森田 花子 様", "ジョン・スミス 様"]


def test_a_merge_keeps_the_journals_joint_names_first(tmp_path, capsys):
    db = tmp_path / "j.kizuna"
    f = _write(tmp_path, "a.csv", [
        "氏名,E-mail,連名1,自宅〒,自宅住所1",
        "山本 太郎,taro@example.jp,健太,150-0001,東京都渋谷区神宮前1-2-3"])
    assert main(["--db", str(db), "import", str(f), "--yes"]) == 0
    # the user set the card's joint names to 花子 alone; a file bringing 健太 and 花子 adds
    # 健太 after them, never doubling 花子
    assert main(["--db", str(db), "nengajo", "mark", "山本太郎", "--joint", "花子",
                 "--year", "2027"]) == 0
    g = _write(tmp_path, "b.csv", ["氏名,E-mail,連名1,連名2",
                                   "山本 太郎,taro@example.jp,健太,花子"])
    assert main(["--db", str(db), "import", str(g), "--yes"]) == 0
    capsys.readouterr()
    with Journal.open(db) as j:
        c = search.resolve(j, "山本 太郎")
        assert nengajo.details_of(j, ("contact", c.id), 2027).joint_names == ["花子", "健太"]


def test_the_new_year_the_import_prepares():
    from datetime import date

    assert joint.new_year(date(2026, 12, 2)) == 2027
    assert joint.new_year(date(2026, 10, 1)) == 2027
    assert joint.new_year(date(2027, 3, 15)) == 2027


def test_the_same_file_again_is_unchanged_but_new_joint_names_are_not(tmp_path, capsys):
    db = tmp_path / "j.kizuna"
    rows = ["氏名,E-mail,連名1", "山本 太郎,taro@example.jp,健太"]
    f = _write(tmp_path, "a.csv", rows)
    assert main(["--db", str(db), "import", str(f), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(f), "--yes"]) == 0
    again = capsys.readouterr().out
    g = _write(tmp_path, "b.csv", ["氏名,E-mail,連名1,連名2",
                                   "山本 太郎,taro@example.jp,健太,花子"])
    assert main(["--db", str(db), "import", str(g), "--yes"]) == 0
    more = capsys.readouterr().out
    assert "1 unchanged" in again, again
    assert "unchanged" not in more and "1 merged into existing contacts" in more, more
    with Journal.open(db) as j:
        c = search.resolve(j, "山本 太郎")
        assert nengajo.details_of(j, ("contact", c.id), 2027).joint_names == ["健太", "花子"]
