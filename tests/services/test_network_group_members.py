"""Paths to a group are those to its people one by one (issue 24): on a generated journal
(bench/generate.py: organisations in groups, colleagues, introductions, co-attendances), the
chains to a whole group, their ranks, strengths and evidence in both languages, equal the
best of the chains to each member searched alone — leaving out, as the group search does,
a chain that runs through another member (reaching that member already reaches the group)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bench.generate import generate
from kizuna_desktop.services import network
from kizuna_desktop.store import Journal

LIMIT = 25
EACH = 150  # chains asked of each member alone; a member's list cut there is checked below


def _key(c: network.Chain):
    return (-c.strength, c.hops, c.people, c.people_ids)


def _said(c: network.Chain):
    return (c.strength, c.hops, c.people, c.people_ids,
            [(k.from_id, k.to_id, k.kind, k.strength, k.evidence, k.evidence_ja)
             for k in c.links])


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("net") / "generated.kizuna"
    # one interaction a person on average: most people are reached through others
    generate(path, 300, interactions_per_contact=1, quiet=True)
    journal = Journal.open(path)
    yield journal
    journal.close()


@pytest.mark.parametrize("hops", [2, 3])
def test_a_group_gets_the_best_of_its_members_chains(generated, hops):
    now = datetime.now(UTC)
    group = network.paths(generated, organization_id=1, now=now, limit=LIMIT, max_hops=hops)
    members = set(group.target_ids)
    assert len(members) > 50 and len(group.chains) == LIMIT and not group.cut
    assert {c.hops for c in group.chains} >= set(range(2, hops + 1))  # not only direct ties
    alone, cut_at = [], []
    for m in group.target_ids:
        got = network.paths(generated, contact_id=m, now=now, limit=EACH, max_hops=hops)
        if len(got.chains) == EACH:
            cut_at.append(_key(got.chains[-1]))
        alone += [c for c in got.chains if not members & set(c.people_ids[:-1])]
    alone.sort(key=_key)
    expected = alone[:LIMIT]
    # a member's list cut at EACH could only hide chains ranked below its last one: below
    # the group's last, so none of them could belong to the group's top
    assert all(k > _key(expected[-1]) for k in cut_at)
    assert [_said(c) for c in group.chains] == [_said(c) for c in expected]
    assert [c.rank for c in group.chains] == list(range(1, LIMIT + 1))
