"""CSV files all the way into a journal, as the user does it: a Google export imported and
looked at with `kizuna show`'s dossier, and the journal's own CSV export imported into a new
journal, every contact equal field by field."""

from __future__ import annotations

from datetime import date

from kizuna_desktop.services import dossier, export, importing, search
from kizuna_desktop.store import Journal
from tests.formats.test_csv_readers import GOOGLE

# What a CSV carries: the contact itself (interactions, gifts, introductions and the photo
# live in the journal, an archive or vCard)
NOT_IN_CSV = ("id", "interactions", "gifts", "introductions", "photo_bytes")


def test_a_google_csv_arrives_whole_in_the_journal(journal, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    plan = importing.import_file(journal, path)
    assert sorted(p.kind for p in plan.problems) == ["kept_as_text"] * 4 + ["not_imported"] * 3
    importing.apply(journal, plan)
    yamada = dossier.dossier(journal, search.resolve(journal, "山田 太郎").id)
    assert (yamada["family"], yamada["given"], yamada["family_reading"],
            yamada["given_reading"], yamada["nickname"]) == (
        "山田", "太郎", "ヤマダ", "タロウ", "タロ")
    assert [(e["label"], e["value"]) for e in yamada["emails"]] == [
        ("work", "t.yamada@mitsuboshi.example.jp"), ("work", "taro@example.jp"),
        ("home", "taro.home@example.jp")]
    assert [(e["label"], e["value"]) for e in yamada["phones"]] == [
        ("mobile", "090-1234-5678"), ("work", "03-5555-0101"), ("work", "03-5555-0102"),
        ("work fax", "03-5555-0199")]
    assert [(u["label"], u["value"]) for u in yamada["urls"]] == [
        ("profile", "https://example.jp/taro")]
    (address,) = yamada["addresses"]
    assert (address["label"], address["postal_code"], address["region"], address["city"],
            address["street"], address["extended"], address["country"]) == (
        "work", "100-0005", "東京都", "千代田区", "丸の内1-1-1", "三星ビル 12F", "日本")
    (position,) = yamada["positions"]
    assert (position["organization"], position["department"], position["title"]) == (
        "三星商事株式会社", "機械プラント部", "部長")
    assert (yamada["birthday"], yamada["anniversary"]) == ("--03-09", "2001-06-01")
    assert sorted(yamada["tags"]) == ["starred", "取引先"]
    assert yamada["notes"] == (
        "ゴルフ好き。\n娘さんはバイオリン。\nSpouse: 山田 花子\n入社: 1995-04-01")
    smith = dossier.dossier(journal, search.resolve(journal, "emily@example.com").id)
    assert (smith["given"], smith["family"], smith["birthday"]) == (
        "Emily", "Smith", "1985-04-03")


def test_the_demo_through_its_own_csv_into_a_new_journal_is_equal(demo_journal, tmp_path):
    data, _ = export.export_bytes(demo_journal, "csv", date(2026, 12, 1))
    path = tmp_path / "kizuna.csv"
    path.write_bytes(data)
    with Journal.open(tmp_path / "new.kizuna") as new:
        plan = importing.import_file(new, path)
        assert plan.problems == []
        importing.apply(new, plan)
        before = _contacts(demo_journal)
        after = _contacts(new)
    assert len(after) == len(before) == 42
    for key in before:
        assert after[key] == before[key], key


def _contacts(journal: Journal) -> dict[tuple, dict]:
    out = {}
    for p in export.people(journal):
        found = search.resolve(journal, p.emails[0][1] if p.emails else p.label)
        d = dossier.dossier(journal, found.id)
        out[(d["family"], d["given"], d["family_latin"])] = {
            k: v for k, v in d.items() if k not in NOT_IN_CSV}
    return out
