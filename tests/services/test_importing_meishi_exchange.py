"""A card app's 名刺交換日 (Eight, Sansan) becomes a meishi exchange (名刺交換) on that day
with that contact: in the plan before the user says yes, in the result, once only (the same
file again records none), and a date that cannot be read costs that value only, named."""

from __future__ import annotations

from sqlalchemy import func, select

from kizuna_desktop.services import contacts, dossier, importing, search
from kizuna_desktop.services.importing import write
from kizuna_desktop.store.models import Interaction

EIGHT = ("会社名,部署名,役職,姓,名,e-mail,携帯電話,名刺交換日\n"
         "三星商事株式会社,機械プラント部,部長,山田,太郎,t.yamada@mitsuboshi.example.jp,"
         "090-5555-0103,2025/04/10\n"
         "浪速テック株式会社,開発部,主任,鈴木,一郎,suzuki@naniwa.example.jp,,2025年4月\n"
         "浪速テック株式会社,営業部,,佐藤,花子,hanako@naniwa.example.jp,,2025/02/30\n")

SANSAN = ("会社名,部署名,役職,姓,名,セイ,メイ,メールアドレス,交換日\n"
          "三星商事株式会社,機械プラント部,部長,山田,太郎,ヤマダ,タロウ,"
          "t.yamada@mitsuboshi.example.jp,2023-11-02 14:30\n")


def _exchanges(journal, name: str) -> list[tuple[str, str]]:
    d = dossier.dossier(journal, search.resolve(journal, name).id)
    return [(i["kind"], i["local_time"][:10]) for i in d["interactions"]]


def _count(journal) -> int:
    with journal.session() as s:
        return s.scalar(select(func.count()).select_from(Interaction))


def test_eight_exchange_dates_become_meishi_exchanges_once(journal, tmp_path):
    path = tmp_path / "eight.csv"
    path.write_text(EIGHT, encoding="cp932")
    plan = importing.import_file(journal, path)
    assert plan.exchanges == 1
    assert "1 meishi exchange(s) (名刺交換日) to record" in plan.summary()
    bad = sorted(p.message for p in plan.problems if p.kind == "problem")
    assert bad == ["名刺交換日 “2025/02/30” is not a whole date; this card exchange is left out",
                   "名刺交換日 “2025年4月” is not a whole date; this card exchange is left out"]
    result = importing.import_with_backup(journal, plan)
    assert (result.created, result.exchanges) == (3, 1)
    assert _exchanges(journal, "山田 太郎") == [("meishi_exchange", "2025-04-10")]
    # the bad date cost that value only: both contacts are there, with no exchange
    assert _exchanges(journal, "鈴木 一郎") == [] and _exchanges(journal, "佐藤 花子") == []
    yamada = dossier.dossier(journal, search.resolve(journal, "山田 太郎").id)
    assert yamada["how_we_met"] == ""  # no English sentence in place of the interaction
    assert yamada["emails"][0]["value"] == "t.yamada@mitsuboshi.example.jp"
    detail = contacts.get(journal, search.resolve(journal, "山田 太郎").id)
    assert detail.last_interaction_at is not None
    assert detail.last_interaction_at.date().isoformat() in ("2025-04-09", "2025-04-10")

    # the same file again: nothing to record, nothing written
    again = importing.import_file(journal, path)
    assert again.exchanges == 0 and "meishi exchange" not in again.summary()
    assert len(again.unchanged) == 3
    result = importing.import_with_backup(journal, again)
    assert (result.created, result.exchanges) == (0, 0)
    assert _count(journal) == 1


def test_an_exchange_reaches_a_contact_already_there_and_undo_takes_it_back(journal,
                                                                            tmp_path):
    first = tmp_path / "eight.csv"
    first.write_text(EIGHT, encoding="utf-8")
    importing.apply(journal, importing.import_file(journal, first))
    # Sansan's 交換日 with a time after the date, for the same person (same e-mail)
    path = tmp_path / "sansan.csv"
    path.write_text(SANSAN, encoding="utf-8")
    plan = importing.import_file(journal, path)
    assert plan.exchanges == 1 and not plan.unchanged and len(plan.duplicates) == 1
    result = write.apply(journal, plan, undoable=True)
    assert (result.created, result.merged, result.exchanges) == (0, 1, 1)
    assert _exchanges(journal, "山田 太郎") == [("meishi_exchange", "2023-11-02"),
                                            ("meishi_exchange", "2025-04-10")]
    write.undo(journal, result)
    assert _exchanges(journal, "山田 太郎") == [("meishi_exchange", "2025-04-10")]
    assert _count(journal) == 1


def test_two_rows_of_one_person_on_one_day_make_one_exchange(journal, tmp_path):
    path = tmp_path / "eight.csv"
    row = ("三星商事株式会社,機械プラント部,部長,山田,太郎,t.yamada@mitsuboshi.example.jp,"
           "090-5555-0103,2025/04/10\n")
    path.write_text(EIGHT.splitlines(keepends=True)[0] + row + row, encoding="utf-8")
    plan = importing.import_file(journal, path)
    assert plan.exchanges == 1
    result = importing.apply(journal, plan)
    assert (result.created, result.merged, result.exchanges) == (1, 1, 1)
    assert _count(journal) == 1
