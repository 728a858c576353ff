"""Partner dependency (issue 24): customers only through the distributor, the people it hangs
on, the last business review, the quarters and the checklist kept in the journal."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import dependency, introductions
from tests.services import network_journal as nj


def test_a_customer_met_only_with_the_distributor_is_listed(journal):
    ids = nj.build(journal)
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert d.partner == "北斗商会"
    assert [p.name for p in d.partner_people] == ["中村 恵", "佐藤 一郎"]
    # 小林 of 大和工業 met only with 佐藤 there; 山本 of 富士電機 was visited directly
    assert [(c.name, [p.name for p in c.people]) for c in d.customers_only_through] == [
        ("大和工業", ["小林 翔"])]
    assert [p.name for p in d.people_only_through] == ["小林 翔"]
    assert [p.name for p in d.direct_people] == ["山本 亮"]
    assert [(h.person.name, [b.name for b in h.breaks], h.organizations)
            for h in d.people_it_hangs_on] == [("佐藤 一郎", ["小林 翔"], ["大和工業"])]
    assert d.last_business_review == date(2026, 6, 15)
    assert d.interactions_per_quarter == [1, 1, 2, 1]
    js = d.as_json()
    assert set(js) >= {"customers_only_through", "people_it_hangs_on",
                       "last_business_review", "interactions_per_quarter"}
    assert js["last_business_review"] == "2026-06-15"
    assert [q["count"] for q in js["interactions_per_quarter"]] == [1, 1, 2, 1]


def test_an_introduction_around_the_partner_takes_the_customer_off(journal):
    ids = nj.build(journal)
    # 井上 (met directly, not at the partner) introduced 小林 to the user
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=ids.inoue, introduced_id=ids.kobayashi, introduced_to_id=None,
        introduced_on=date(2026, 8, 1)))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert d.customers_only_through == [] and d.people_it_hangs_on == []
    assert [p.name for p in d.direct_people] == ["小林 翔", "山本 亮"]


def test_an_introduction_by_the_partner_keeps_it_through_the_partner(journal):
    ids = nj.build(journal)
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=ids.sato, introduced_id=ids.kobayashi, introduced_to_id=None))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert [c.name for c in d.customers_only_through] == ["大和工業"]


def test_a_colleague_introduced_from_outside_the_partner_takes_the_customer_off(journal):
    ids = nj.build(journal)
    # 小林's colleague 岡 at 大和工業 was introduced to the user by an outsider, never met
    oka = nj._person(journal, "岡", "大地")
    outsider = nj._person(journal, "外山", "学")
    nj._at(journal, oka, ids.yamato, date(2020, 4, 1))
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=outsider, introduced_id=oka, introduced_to_id=None))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert d.customers_only_through == []
    assert "小林 翔" in [p.name for p in d.direct_people]


def test_a_colleague_met_directly_takes_the_customer_off(journal):
    ids = nj.build(journal)
    fujita = nj._person(journal, "藤田", "守")
    nj._at(journal, fujita, ids.yamato, date(2021, 4, 1))
    nj._met(journal, [fujita], datetime(2026, 10, 1, 10, tzinfo=nj.JST))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert d.customers_only_through == []
    assert "小林 翔" in [p.name for p in d.direct_people]


def test_a_colleague_introduced_by_the_partner_keeps_it_through_the_partner(journal):
    ids = nj.build(journal)
    oka = nj._person(journal, "岡", "大地")
    nj._at(journal, oka, ids.yamato, date(2020, 4, 1))
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=ids.sato, introduced_id=oka, introduced_to_id=None))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert [c.name for c in d.customers_only_through] == ["大和工業"]


def test_someone_the_partner_introduced_and_never_met_is_only_through_it(journal):
    ids = nj.build(journal)
    mori = nj._person(journal, "森", "亜美")
    org = nj._org(journal, "光陽化学")
    nj._at(journal, mori, org, date(2019, 4, 1))
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=ids.nakamura, introduced_id=mori, introduced_to_id=None))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert [p.name for p in d.people_only_through] == ["小林 翔", "森 亜美"]
    assert ("光陽化学", ["森 亜美"]) in [(c.name, [p.name for p in c.people])
                                       for c in d.customers_only_through]
    hangs = {h.person.name: [b.name for b in h.breaks] for h in d.people_it_hangs_on}
    assert hangs == {"中村 恵": ["森 亜美"], "佐藤 一郎": ["小林 翔"]}


def test_met_with_two_partner_people_is_one_of_two_roads_not_lost(journal):
    ids = nj.build(journal)
    nj._met(journal, [ids.sato, ids.nakamura, ids.kobayashi],
            datetime(2026, 10, 5, 10, tzinfo=nj.JST))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    # 小林 now also met with both: if 佐藤 leaves, 中村 is still a road (and the other way)
    got = {h.person.name: ([b.name for b in h.breaks], [b.name for b in h.one_of_several])
           for h in d.people_it_hangs_on}
    assert got == {"佐藤 一郎": ([], ["小林 翔"]), "中村 恵": ([], ["小林 翔"])}
    js = d.as_json()["people_it_hangs_on"]
    assert all(h["breaks"] == [] and [p["name"] for p in h["one_of_several"]] == ["小林 翔"]
               for h in js)


def test_a_planned_direct_visit_is_not_a_road_of_ones_own_yet(journal):
    ids = nj.build(journal)
    nj._met(journal, [ids.kobayashi], datetime(2026, 12, 15, 10, tzinfo=nj.JST))
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert [c.name for c in d.customers_only_through] == ["大和工業"]


def test_the_checklist_is_kept_ticked_and_dated(journal, tmp_path):
    ids = nj.build(journal)
    signs = dependency.signs(journal, ids.hokuto)
    assert [s.key for s in signs] == list(dependency.SIGN_KEYS)
    assert not any(s.checked for s in signs)
    got = dependency.tick(journal, ids.hokuto, "no_direct_contacts", on=date(2026, 11, 30),
                          note="only through 佐藤")
    assert (got.checked, got.checked_on, got.note) == (True, date(2026, 11, 30),
                                                      "only through 佐藤")
    journal.close()
    from kizuna_desktop.store import Journal

    with Journal.open(tmp_path / "journal.kizuna") as again:
        kept = {s.key: s for s in dependency.signs(again, ids.hokuto)}
        assert (kept["no_direct_contacts"].checked,
                kept["no_direct_contacts"].checked_on) == (True, date(2026, 11, 30))
        off = dependency.tick(again, ids.hokuto, "no_direct_contacts", False)
        assert (off.checked, off.checked_on, off.note) == (False, None, "only through 佐藤")
        with pytest.raises(ValidationError, match="Unknown warning sign"):
            dependency.tick(again, ids.hokuto, "nonsense")
