"""The records commands (add, edit, transfer, gift, introduce, followup, followups, orgs,
org show/edit/merge) against real journal files: what they write, read back through the
services, and bad input named one problem a line with nothing written."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from kizuna_desktop.cli import main
from kizuna_desktop.services import (
    contacts,
    followups,
    introductions,
    ledger,
    lookup,
    organizations,
    photos,
    positions,
)
from kizuna_desktop.store import Journal


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "j.kizuna"
    assert run(capsys, path, "add", "--family", "山田", "--given", "太郎", "--family-reading",
               "やまだ", "--given-reading", "たろう", "--family-latin", "Yamada",
               "--given-latin", "Taro", "--org", "三星商事", "--title", "部長",
               "--email", "t.yamada@ex.jp", "--phone", "03-1234-5678")[0] == 0
    assert run(capsys, path, "add", "--family", "佐藤", "--given", "花子", "--org",
               "Mitsuboshi Trading", "--title-en", "Manager", "--since", "2019-04-01")[0] == 0
    assert run(capsys, path, "add", "--family", "佐藤", "--given", "健")[0] == 0
    return path


def _open(db):
    return Journal.open(db)


def test_add_makes_the_contact_with_its_first_position_and_unknown_start(db, capsys):
    code, out, _ = run(capsys, db, "add", "--family", "田中", "--given", "美咲", "--org",
                       "東和ソリューションズ", "--department", "開発部", "--title", "課長",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["organization"], data["department"], data["title"], data["since"]) == (
        "東和ソリューションズ", "開発部", "課長", None)
    with _open(db) as j:
        yamada = contacts.get(j, lookup.resolve(j, "t.yamada@ex.jp").id)
        assert yamada.current_position.start_date is None
        assert [m.value for m in yamada.methods] == ["t.yamada@ex.jp", "03-1234-5678"]
        sato = contacts.get(j, lookup.resolve(j, "佐藤 花子").id)
        assert sato.current_position.start_date.isoformat() == "2019-04-01"


def test_edit_changes_only_what_is_given_and_sets_a_photo(db, capsys, tmp_path):
    pic = tmp_path / "face.webp"
    Image.new("RGB", (900, 900), (10, 80, 160)).save(pic, "WEBP")
    code, out, _ = run(capsys, db, "edit", "yamada", "--title", "本部長", "--notes",
                       "prefers mornings", "--photo", str(pic))
    assert code == 0 and "本部長" in out
    with _open(db) as j:
        d = contacts.get(j, lookup.resolve(j, "yamada").id)
        assert (d.given_name, d.notes, d.current_position.title_ja) == ("太郎",
                                                                         "prefers mornings",
                                                                         "本部長")
        assert len(positions.history(j, d.id)) == 1  # a correction, not a transfer
        with Image.open(io.BytesIO(photos.get_photo(j, d.id))) as im:
            assert im.size == (512, 512)
    assert run(capsys, db, "edit", "yamada", "--no-photo")[0] == 0
    with _open(db) as j:
        assert photos.get_photo(j, lookup.resolve(j, "yamada").id) is None


def test_transfer_is_a_promotion_in_one_field_and_refuses_an_earlier_date(db, capsys):
    code, out, _ = run(capsys, db, "transfer", "yamada", "--title", "本部長", "--on",
                       "2026-04-01")
    assert code == 0 and "Promoted to 本部長 (was 部長) at 三星商事" in out
    code, out, err = run(capsys, db, "transfer", "佐藤 花子", "--title-en", "Director",
                         "--on", "2018-01-01")
    assert code == 1 and err.count("\n") == 1 and "not after the start" in err
    code, out, _ = run(capsys, db, "transfer", "佐藤 花子", "--org", "日本商工会議所",
                       "--title", "理事", "--on", "2020-06-01", "--concurrent", "--json")
    assert code == 0 and json.loads(out)["kind"] == "concurrent"
    with _open(db) as j:
        sato = lookup.resolve(j, "佐藤 花子").id
        assert sorted(p.organization for p in positions.history(j, sato) if p.is_open) == [
            "Mitsuboshi Trading", "日本商工会議所"]


def test_gift_and_its_bad_input_one_line_each(db, capsys):
    code, out, _ = run(capsys, db, "gift", "yamada", "--given", "--what", "日本酒",
                       "--value", "5,000", "--occasion", "お歳暮", "--on", "2026-12-10",
                       "--with", "佐藤 花子", "--json")
    assert code == 0
    g = json.loads(out)
    assert (g["value"], g["occasion"], g["direction"]) == (5000, "oseibo", "given")
    code, _, err = run(capsys, db, "gift", "yamada", "--received", "--what", "x",
                       "--value", "-5", "--on", "2026-02-30", "--occasion", "birthday")
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 3
    assert all(line.startswith("kizuna: error: ") for line in lines)
    assert "--on: “2026-02-30” is not a real date" in lines[0]
    assert "negative" in lines[1] and "--occasion" in lines[2]
    code, _, err = run(capsys, db, "gift", "Nobody", "--given", "--what", "x")
    assert code == 1 and "No contact matches “Nobody”" in err
    code, _, err = run(capsys, db, "gift", "佐藤", "--given", "--what", "x")
    assert code == 1 and "matches 2 contacts" in err and "花子" in err and "健" in err
    with _open(db) as j:
        yamada = lookup.resolve(j, "yamada").id
        assert len(ledger.for_contact(j, yamada)) == 1


def test_introduce_with_me_in_any_place(db, capsys):
    assert run(capsys, db, "introduce", "yamada", "--to", "me", "--by", "佐藤 花子",
               "--on", "2026-01-10", "--note", "golf day")[0] == 0
    code, out, _ = run(capsys, db, "introduce", "me", "--to", "佐藤 健", "--by", "yamada")
    assert code == 0 and "太郎 introduced me to 佐藤 健" in out
    assert run(capsys, db, "introduce", "yamada", "--to", "佐藤 健")[0] == 0  # by me
    code, _, err = run(capsys, db, "introduce", "yamada", "--to", "yamada", "--by", "佐藤 健")
    assert code == 1 and "themselves" in err
    code, _, err = run(capsys, db, "introduce", "me", "--to", "me")
    assert code == 1 and "only one of the three" in err
    with _open(db) as j:
        yamada = lookup.resolve(j, "yamada").id
        assert [v.sentence() for v in introductions.for_contact(j, yamada)] == [
            "佐藤 花子 introduced 山田 太郎 to me", "山田 太郎 introduced me to 佐藤 健",
            "I introduced 山田 太郎 to 佐藤 健"]


def test_followups_add_list_done(db, capsys):
    code, out, _ = run(capsys, db, "followup", "add", "yamada", "--title", "Send the catalogue",
                       "--due", "2026-12-05", "--json")
    fid = json.loads(out)["id"]
    code, out, _ = run(capsys, db, "followups", "--json")
    assert [f["title"] for f in json.loads(out)] == ["Send the catalogue"]
    assert run(capsys, db, "followup", "done", str(fid))[0] == 0
    assert json.loads(run(capsys, db, "followups", "--json")[1]) == []
    assert run(capsys, db, "followup", "done", "999")[0] == 1
    code, _, err = run(capsys, db, "followup", "add", "yamada", "--title", "x", "--due",
                       "2026-13-01")
    assert code == 1 and "--due" in err
    with _open(db) as j:
        assert followups.get(j, fid).state.value == "done"


def test_orgs_edit_group_merge_and_show(db, capsys):
    code, out, _ = run(capsys, db, "org", "edit", "Mitsuboshi Trading", "--kind",
                       "chamber of commerce", "--reading", "みつぼし")
    assert code == 0 and "Chamber of commerce" in out
    assert run(capsys, db, "add", "--family", "伊藤", "--org", "三星ホールディングス")[0] == 0
    code, out, _ = run(capsys, db, "org", "edit", "三星商事", "--name-en", "Mitsuboshi Corp.",
                       "--kind", "client", "--group", "三星ホールディングス", "--json")
    o = json.loads(out)
    assert (o["name_en"], o["kind"], o["group"]) == ("Mitsuboshi Corp.", "client",
                                                     "三星ホールディングス")
    code, _, err = run(capsys, db, "org", "edit", "三星商事", "--kind", "bank")
    assert code == 1 and "--kind: Unknown organisation kind" in err
    code, out, _ = run(capsys, db, "org", "merge", "Mitsuboshi Trading", "三星商事")
    assert code == 0 and "1 position(s) moved" in out
    code, out, _ = run(capsys, db, "org", "show", "三星商事", "--json")
    shown = json.loads(out)
    assert {p["name"] for p in shown["people"]} == {"山田 太郎", "佐藤 花子"}
    code, out, _ = run(capsys, db, "orgs", "--json")
    assert {o["name_ja"] or o["name_en"]: o["people_now"] for o in json.loads(out)} == {
        "三星商事": 2, "三星ホールディングス": 1}
    code, out, _ = run(capsys, db, "orgs")
    assert out.splitlines()[0].split() == ["ID", "NAME", "ENGLISH", "KIND", "GROUP", "PEOPLE"]
    code, _, err = run(capsys, db, "org", "show", "Toyota")
    assert code == 1 and "No organisation matches" in err
    with _open(db) as j:
        assert len(organizations.list_all(j)) == 2


def _positions(db, spec="yamada"):
    with _open(db) as j:
        return positions.history(j, lookup.resolve(j, spec).id)


def test_gift_value_beyond_a_trillion_is_one_line_and_nothing_written(db, capsys):
    code, _, err = run(capsys, db, "gift", "yamada", "--given", "--what", "x", "--value",
                       "99999999999999999999")
    assert code == 1 and err.count("\n") == 1 and err.startswith("kizuna: error: --value: At most")
    with _open(db) as j:
        assert ledger.for_contact(j, lookup.resolve(j, "yamada").id) == []


def test_gift_currency_words_what_and_with_self(db, capsys):
    code, out, _ = run(capsys, db, "gift", "yamada", "--given", "--what", "菓子", "--value",
                       "3000", "--currency", "yen", "--json")
    assert code == 0 and json.loads(out)["currency"] == "JPY"
    code, _, err = run(capsys, db, "gift", "yamada", "--given", "--what", "菓子",
                       "--currency", "XYZ")
    assert code == 1 and "--currency: “XYZ” is not an ISO 4217" in err
    code, _, err = run(capsys, db, "gift", "yamada", "--given", "--what", "")
    assert code == 1 and err == "kizuna: error: --what: Say what was given.\n"
    code, _, err = run(capsys, db, "gift", "yamada", "--given", "--what", "t", "--with",
                       "t.yamada@ex.jp")
    assert code == 1 and err.startswith("kizuna: error: --with: The contact it was given")
    code, _, err = run(capsys, db, "gift", "yamada", "--given", "--what", "t", "--with", "me")
    assert code == 1 and err.startswith("kizuna: error: --with: “me” is you")
    with _open(db) as j:
        assert len(ledger.for_contact(j, lookup.resolve(j, "yamada").id)) == 1


def test_dates_with_slashes_are_taken_and_other_shapes_say_the_format(db, capsys):
    code, out, _ = run(capsys, db, "gift", "yamada", "--given", "--what", "t", "--on",
                       "2026/12/01", "--json")
    assert code == 0 and json.loads(out)["on"] == "2026-12-01"
    code, _, err = run(capsys, db, "gift", "yamada", "--given", "--what", "t", "--on",
                       "12.01.2026")
    assert code == 1 and "use YYYY-MM-DD" in err
    code, _, err = run(capsys, db, "gift", "yamada", "--given", "--what", "t", "--on",
                       "2026/02/30")
    assert code == 1 and "is not a real date" in err


def test_transfer_that_changes_nothing_is_refused(db, capsys):
    before = _positions(db)
    code, _, err = run(capsys, db, "transfer", "yamada", "--on", "2026-07-01")
    assert code == 1 and err == ("kizuna: error: nothing changes: give --org, --department "
                                 "or --title.\n")
    code, _, err = run(capsys, db, "transfer", "yamada", "--title", "部長", "--on", "2026-07-01")
    assert code == 1 and "nothing changes" in err
    code, _, err = run(capsys, db, "transfer", "yamada", "--org", "三星商事", "--title", "部長",
                       "--on", "2026-07-01")
    assert code == 1 and "nothing changes" in err
    assert _positions(db) == before


def test_edit_of_the_japanese_title_clears_the_stale_english_one(db, capsys):
    assert run(capsys, db, "edit", "yamada", "--title-en", "General Manager")[0] == 0
    code, out, _ = run(capsys, db, "edit", "yamada", "--title", "執行役員")
    assert code == 0 and "Cleared the English title “General Manager”" in out
    cur = _positions(db)[0]
    assert (cur.title_ja, cur.title_en) == ("執行役員", "")
    run(capsys, db, "edit", "yamada", "--title", "社長", "--title-en", "President")
    assert (_positions(db)[0].title_ja, _positions(db)[0].title_en) == ("社長", "President")
    code, out, _ = run(capsys, db, "edit", "yamada", "--title", "社長")  # unchanged: kept
    assert code == 0 and "Cleared" not in out and _positions(db)[0].title_en == "President"


def test_since_without_a_position_is_refused(db, capsys):
    code, _, err = run(capsys, db, "add", "--family", "新人", "--since", "2026-01-01")
    assert code == 1 and "--since needs --org or --title" in err
    code, _, err = run(capsys, db, "edit", "佐藤 健", "--since", "2026-01-01")
    assert code == 1 and "--since needs --org or --title" in err
    with _open(db) as j:
        with pytest.raises(Exception, match="新人"):
            lookup.resolve(j, "新人")


def test_add_and_edit_with_an_org_name_several_have_list_them(db, capsys):
    from sqlalchemy import insert

    from kizuna_desktop.store.models import Organization

    with _open(db) as j:  # an older journal may hold two of one name
        with j.session() as s:
            s.execute(insert(Organization).values(name_ja="三星商事", name_en="", reading="",
                                                  kind="other", website="", address="",
                                                  notes=""))
        first = organizations.named(j, "三星商事")[0].id
    code, _, err = run(capsys, db, "add", "--family", "重複", "--org", "三星商事")
    assert code == 1 and "matches 2 organisations" in err and f"{first}: 三星商事" in err
    code, _, err = run(capsys, db, "edit", "佐藤 健", "--org", "三星商事")
    assert code == 1 and "matches 2 organisations" in err
    assert run(capsys, db, "add", "--family", "一社", "--org", "mitsuboshi trading")[0] == 0
    with _open(db) as j:
        with pytest.raises(Exception, match="重複"):
            lookup.resolve(j, "重複")
        assert _positions(db, "佐藤 健") == []


def test_control_characters_typed_into_options_are_named_when_removed(tmp_path):
    """The attacker review of issue 19: `kizuna add` removed ESC, BS and BEL in silence."""
    import subprocess
    import sys

    db = tmp_path / "c.kizuna"
    r = subprocess.run(
        [sys.executable, "-m", "kizuna_desktop", "--db", str(db), "add",
         "--family", "\x1b[31mRED\x1b[0m", "--given", "ok", "--notes", "line\r\nbell\x07"],
        capture_output=True, text=True, timeout=120, env={**__import__("os").environ,
                                                         "KIZUNA_LANGUAGE": "en"})
    assert r.returncode == 0, r.stderr
    notes = r.stderr.splitlines()
    assert notes == ["kizuna: note: --family: Holds control characters (U+001B), which were "
                     "removed.",
                     "kizuna: note: --notes: Holds control characters (U+0007), which were "
                     "removed."]
    assert "\x1b" not in r.stdout
