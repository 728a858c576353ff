"""Ties, strengths, evidence and ranked chains (issue 24) on the issue's own journal."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import contacts, network, organizations, positions
from tests.services import network_journal as nj


@pytest.fixture
def built(journal):
    return journal, nj.build(journal)


def _shape(p: network.Paths) -> list[tuple]:
    return [(c.rank, c.strength, c.hops, c.people) for c in p.chains]


def test_paths_to_shirasagi_rank_the_chain_through_inoue_above_eto(built):
    journal, ids = built
    p = network.paths(journal, organization_id=ids.shirasagi, now=nj.NOW)
    assert p.target == "白鷺重工"
    assert sorted(p.target_ids) == sorted([ids.ueda, ids.eto])
    assert _shape(p) == [
        (1, 0.698, 2, ["井上 真一", "上田 香織"]),
        (2, 0.59, 3, ["青木 健", "井上 真一", "上田 香織"]),
        (3, 0.015, 1, ["江藤 誠"]),
    ]
    first = p.chains[0].links
    assert [(k.from_name, k.to_name, k.kind, k.strength) for k in first] == [
        ("you", "井上 真一", "interactions", 0.938),
        ("井上 真一", "上田 香織", "colleagues", 0.698)]
    assert first[0].evidence == ["met together 4 times, last 2026-11-23",
                                 "青木 健 introduced 井上 真一 to you in 2026"]
    # a former colleague tie, with its dates, naming 東雲物産
    assert first[1].evidence == ["colleagues at 東雲物産 2017–2023"]
    aoki = p.chains[1].links
    assert aoki[0].evidence == ["met together 6 times, last 2026-09-15",
                                "introduced 井上 真一 to you in 2026"]
    assert (aoki[1].kind, aoki[1].evidence) == ("introduction",
                                                ["introduced 井上 真一 to you in 2026"])
    assert p.chains[2].links[0].evidence == ["met together once, on 2022-11-05"]


def test_json_shape_is_the_issues(built):
    journal, ids = built
    got = network.chains_json(network.paths(journal, organization_id=ids.shirasagi,
                                            now=nj.NOW, limit=1))
    assert got == {"target": "白鷺重工", "target_ids": got["target_ids"], "chains": [{
        "rank": 1, "strength": 0.698, "hops": 2, "people": ["井上 真一", "上田 香織"],
        "ids": [ids.inoue, ids.ueda],
        "links": [
            {"from": "you", "to": "井上 真一", "from_id": None, "to_id": ids.inoue,
             "kind": "interactions", "strength": 0.938,
             "evidence": ["met together 4 times, last 2026-11-23",
                          "青木 健 introduced 井上 真一 to you in 2026"]},
            {"from": "井上 真一", "to": "上田 香織", "from_id": ids.inoue, "to_id": ids.ueda,
             "kind": "colleagues", "strength": 0.698,
             "evidence": ["colleagues at 東雲物産 2017–2023"]}]}]}
    assert sorted(got["target_ids"]) == sorted([ids.ueda, ids.eto])


def test_a_position_without_a_start_makes_an_undated_minimal_colleague_tie(journal):
    org = nj._org(journal, "朝霧製作所")
    old_hand = nj._person(journal, "古川", "進")
    unknown = nj._person(journal, "新井", "翔")
    nj._at(journal, old_hand, org, date(2015, 4, 1))
    nj._at(journal, unknown, org, None)
    with journal.session() as s:
        g = network.Graph(s, nj.NOW)
        g.load_ties([unknown])
        evidence = g.evidence(unknown, old_hand)
        strength = g.strength(unknown, old_hand)
    # no "since 2015" taken from the other person's start, and the strength of one year
    assert evidence == ["colleagues at 朝霧製作所, dates unknown"]
    w = network.WEIGHTS
    one_year = round(1 - math.exp(-w.colleague_per_year * 1.0 / w.scale), 3)
    assert strength == one_year
    assert strength < 0.5


def test_strength_is_the_documented_formula(built):
    journal, ids = built
    w = network.WEIGHTS
    # 井上–上田: six years together at 東雲物産 (2017-12-01 to 2023-11-30), ended 3 years ago
    years = (date(2023, 11, 30) - date(2017, 12, 1)).days / 365.25
    since = (nj.TODAY - date(2023, 11, 30)).days / 365.25
    score = w.colleague_per_year * min(years, w.colleague_years_cap) * 0.5 ** (
        since / w.colleague_half_life_years)
    assert round(1 - math.exp(-score / w.scale), 3) == 0.698
    # the user–江藤 tie: one event four years ago
    now = nj.NOW.astimezone(network.UTC).replace(tzinfo=None)
    age = (now - datetime(2022, 11, 5, 2, 0)).total_seconds() / 86400
    score = w.kind_weight("event") * 0.5 ** (age / w.half_life_days)
    assert round(1 - math.exp(-score / w.scale), 3) == 0.015
    with journal.session() as s:
        g = network.Graph(s, nj.NOW)
        g.load_ties([ids.inoue])
        g.load_user_ties([ids.eto])
        assert g.strength(ids.inoue, ids.ueda) == 0.698
        assert g.strength(network.ME, ids.eto) == 0.015


def test_to_a_person_max_hops_and_the_weakest_link(built):
    journal, ids = built
    p = network.paths(journal, contact_id=ids.ueda, now=nj.NOW)
    assert _shape(p) == [
        (1, 0.698, 2, ["井上 真一", "上田 香織"]),
        (2, 0.59, 3, ["青木 健", "井上 真一", "上田 香織"]),
        (3, 0.015, 2, ["江藤 誠", "上田 香織"]),
    ]
    assert p.chains[2].links[1].evidence == ["colleagues at 白鷺重工 since 2023"]
    two = network.paths(journal, contact_id=ids.ueda, max_hops=2, now=nj.NOW)
    assert [c.hops for c in two.chains] == [2, 2]
    assert network.paths(journal, contact_id=ids.ueda, max_hops=1, now=nj.NOW).chains == []
    with pytest.raises(ValidationError, match="1 to 3 hops"):
        network.paths(journal, contact_id=ids.ueda, max_hops=4, now=nj.NOW)


def test_equal_strength_fewer_hops_first(journal):
    org = organizations.create(journal, organizations.OrganizationInput(name_ja="三星商事")).id
    a = contacts.create(journal, contacts.ContactInput(family_name="甲")).id
    b = contacts.create(journal, contacts.ContactInput(family_name="乙")).id
    t = contacts.create(journal, contacts.ContactInput(family_name="丙")).id
    for cid in (a, b, t):
        positions.add(journal, cid, positions.PositionInput(organization_id=org,
                                                            start_date=date(2019, 4, 1)))
    nj._met(journal, [a], datetime(2026, 11, 1, 10, tzinfo=nj.JST))
    nj._met(journal, [b], datetime(2026, 11, 1, 10, tzinfo=nj.JST))
    p = network.paths(journal, contact_id=t, now=nj.NOW)
    # user–甲 and user–乙 are equally strong and the weakest link of every chain
    assert [(c.strength, c.hops) for c in p.chains][:2] == [(p.chains[0].strength, 2)] * 2
    assert all(c.hops == 3 for c in p.chains[2:])
    assert p.chains[0].links[1].evidence == ["colleagues at 三星商事 since 2019"]


def test_no_chain_through_an_archived_contact_unless_asked(built):
    journal, ids = built
    contacts.set_archived(journal, ids.inoue, True)
    p = network.paths(journal, organization_id=ids.shirasagi, now=nj.NOW)
    assert _shape(p) == [(1, 0.015, 1, ["江藤 誠"])]
    p = network.paths(journal, organization_id=ids.shirasagi, now=nj.NOW,
                      include_archived=True)
    assert [c.people for c in p.chains][:2] == [["井上 真一", "上田 香織"],
                                                ["青木 健", "井上 真一", "上田 香織"]]


def test_planned_meetings_and_former_members_do_not_count(built):
    journal, ids = built
    # a meeting with 上田 ahead is no tie yet
    nj._met(journal, [ids.ueda], datetime(2026, 12, 24, 10, tzinfo=nj.JST))
    p = network.paths(journal, contact_id=ids.ueda, max_hops=1, now=nj.NOW)
    assert p.chains == []
    # 上田 left 東雲物産: not "at" it any more; 井上 is
    p = network.paths(journal, organization_id=ids.shinonome, max_hops=1, now=nj.NOW)
    assert p.target_ids == [ids.inoue]


def test_the_circle_of_inoue(built):
    journal, ids = built
    c = network.circle(journal, ids.inoue, now=nj.NOW)
    assert [(n.name, n.ring, n.organization) for n in c.nodes] == [
        ("井上 真一", 0, "東雲物産"), ("you", 1, ""), ("上田 香織", 1, "白鷺重工"),
        ("青木 健", 1, ""), ("江藤 誠", 2, "白鷺重工")]
    assert [(e.a, e.b, e.strength) for e in c.edges] == [
        (network.ME, ids.aoki, 0.972), (network.ME, ids.inoue, 0.938),
        (network.ME, ids.eto, 0.015), (ids.aoki, ids.inoue, 0.59),
        (ids.inoue, ids.ueda, 0.698), (ids.ueda, ids.eto, 0.699)]
