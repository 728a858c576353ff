"""Paths to a group (issue 24.3): the group's people are many; what is read for them is
read once and only as far as the search goes — and the answers stay exact: a meeting still
ahead ties nobody, an archived go-between carries no chain unless asked, names come right."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kizuna_desktop.services import contacts, interactions, network, organizations, positions
from kizuna_desktop.store.models import InteractionKind
from tests.services import network_journal as nj


def _met(journal, who: list[int], when: datetime) -> None:
    interactions.create(journal, interactions.InteractionInput(
        kind=InteractionKind.MEETING, occurred_at=when, participant_ids=who, zone="Asia/Tokyo"))


def _group(journal) -> dict:
    parent = organizations.create(journal, organizations.OrganizationInput(
        name_ja="大洋ホールディングス")).id
    members = [organizations.create(journal, organizations.OrganizationInput(
        name_ja=n, group_id=parent)).id for n in ("大洋商事", "大洋物流")]
    people = {}
    for k in range(300):  # more than one batch of links (BATCH = 200)
        cid = contacts.create(journal, contacts.ContactInput(family_name="社員",
                                                             given_name=f"{k:03d}")).id
        positions.add(journal, cid, positions.PositionInput(
            organization_id=members[k % 2], start_date=date(2020, 4, 1)))
        people[k] = cid
    outsider = contacts.create(journal, contacts.ContactInput(family_name="外山",
                                                              given_name="仁")).id
    archived = contacts.create(journal, contacts.ContactInput(family_name="古川",
                                                              given_name="修")).id
    for month in (3, 5, 7, 9, 11):
        _met(journal, [outsider], datetime(2026, month, 10, 10, tzinfo=nj.JST))
        _met(journal, [archived], datetime(2026, month, 12, 10, tzinfo=nj.JST))
    for month in (6, 8, 10):  # 外山 met 社員 000 three times, with you
        _met(journal, [outsider, people[0]], datetime(2026, month, 20, 15, tzinfo=nj.JST))
    _met(journal, [archived, people[1]], datetime(2026, 10, 1, 15, tzinfo=nj.JST))
    _met(journal, [archived, people[1]], datetime(2026, 11, 1, 15, tzinfo=nj.JST))
    # a meeting still ahead: 外山 and 社員 002 are not tied by it
    _met(journal, [outsider, people[2]], datetime(2027, 1, 15, 15, tzinfo=nj.JST))
    for k in range(3, 300):  # every other person: met once, long ago, alone
        _met(journal, [people[k]], datetime(2021, 1 + k % 12, 1 + k % 28, 9, tzinfo=nj.JST))
    contacts.set_archived(journal, archived, True)
    return {"parent": parent, "people": people, "outsider": outsider, "archived": archived}


def test_paths_to_a_group_are_exact(journal):
    g = _group(journal)
    p = network.paths(journal, organization_id=g["parent"], now=nj.NOW)
    assert len(p.target_ids) == 300 and not p.cut
    through = {tuple(c.people) for c in p.chains if c.hops == 2}
    assert ("外山 仁", "社員 000") in through
    link = next(c for c in p.chains if c.people == ["外山 仁", "社員 000"]).links[1]
    assert link.evidence == ["met together 3 times, last 2026-10-20"]
    assert link.evidence_ja == ["同席3回（最終 2026年10月20日）"]
    assert not any(c.people[:1] == ["外山 仁"] and c.people[-1] == "社員 002" for c in p.chains)
    assert all(g["archived"] not in c.people_ids for c in p.chains)
    with_archived = network.paths(journal, organization_id=g["parent"], now=nj.NOW,
                                  include_archived=True)
    assert any(c.people == ["古川 修", "社員 001"] for c in with_archived.chains)
    # the same ranking whatever the order the lazy reads took: ranked best first
    strengths = [c.strength for c in p.chains]
    assert strengths == sorted(strengths, reverse=True)


def test_each_interaction_is_read_once(journal):
    """The user's ties and the co-attendances read the same interactions: each row once
    (the statements as SQLite itself runs them: the search reads through the DB-API cursor)."""
    g = _group(journal)
    from sqlalchemy import event

    seen: list[str] = []
    engine = journal.engine

    def count(statement: str) -> None:
        if " FROM interactions" in statement or "JOIN interactions" in statement:
            seen.append(statement)

    def trace(dbapi_connection, _record, _proxy):
        dbapi_connection.set_trace_callback(count)

    event.listen(engine, "checkout", trace)
    try:
        network.paths(journal, organization_id=g["parent"], now=nj.NOW, max_hops=2)
    finally:
        event.remove(engine, "checkout", trace)
        with journal.session() as s:  # the pooled connection traces no more
            s.connection().connection.driver_connection.set_trace_callback(None)
    # the user's ties with the 300 and with the go-betweens (a query each); who met whom
    # together comes from the participants alone (no second read of the same interactions)
    assert len(seen) == 2, seen
    assert not any(" p2" in st for st in seen), seen


def _high_floor_group(journal) -> dict:
    """A group whose direct chains are strong (the floor of its top three is ~0.99): a
    go-between's chain ranks only through a colleague span (current colleagues elsewhere as
    well), and other members' spans cannot matter (a position long ended, or none)."""
    parent = organizations.create(journal, organizations.OrganizationInput(
        name_ja="大洋ホールディングス")).id
    shoji = organizations.create(journal, organizations.OrganizationInput(
        name_ja="大洋商事", group_id=parent)).id
    elsewhere, old = (organizations.create(journal, organizations.OrganizationInput(
        name_ja=n)).id for n in ("旭物流", "昔の会社"))
    t = [contacts.create(journal, contacts.ContactInput(family_name="社員",
                                                        given_name=f"{k}")).id
         for k in range(6)]
    go, old_hand = (contacts.create(journal, contacts.ContactInput(
        family_name=f, given_name=g)).id for f, g in (("仲介", "一"), ("古参", "二")))
    for cid in t:
        positions.add(journal, cid, positions.PositionInput(
            organization_id=shoji, start_date=date(2018, 4, 1)))
    for cid, start in ((go, date(2015, 4, 1)), (t[3], date(2016, 4, 1))):  # colleagues now
        positions.add(journal, cid, positions.PositionInput(
            organization_id=elsewhere, start_date=start, concurrent=True))
    for cid in (t[4], old_hand):  # colleagues long ago: faded far below the floor
        positions.add(journal, cid, positions.PositionInput(
            organization_id=old, start_date=date(2000, 4, 1), end_date=date(2010, 3, 31)))
    for k in range(8):
        for cid in t[:3]:
            interactions.create(journal, interactions.InteractionInput(
                kind=InteractionKind.MEAL, participant_ids=[cid], zone="Asia/Tokyo",
                occurred_at=datetime(2026, 11, 1 + k, 12, tzinfo=nj.JST)))
    for k in range(10):
        _met(journal, [go], datetime(2026, 10, 1 + k, 10, tzinfo=nj.JST))
    for k in range(6):  # 仲介 and 社員 3 together: strong, yet below the floor without the span
        _met(journal, [go, t[3]], datetime(2026, 9, 1 + k, 10, tzinfo=nj.JST))
    for cid in (t[4], t[5], old_hand):
        _met(journal, [cid], datetime(2026, 8, 1, 10, tzinfo=nj.JST))
    return {"parent": parent, "t": t, "go": go}


@pytest.mark.parametrize("hops", [2, 3])
def test_a_group_reads_colleagues_only_where_they_could_rank(journal, hops):
    g = _high_floor_group(journal)
    from sqlalchemy import event

    colleague_reads: list[str] = []

    def trace(dbapi_connection, _record, _proxy):
        dbapi_connection.set_trace_callback(
            lambda st: colleague_reads.append(st) if "JOIN positions t" in st else None)

    event.listen(journal.engine, "checkout", trace)
    try:
        group = network.paths(journal, organization_id=g["parent"], now=nj.NOW, limit=3,
                              max_hops=hops)
    finally:
        event.remove(journal.engine, "checkout", trace)
        with journal.session() as s:
            s.connection().connection.driver_connection.set_trace_callback(None)
    t = g["t"]
    # the floor: three direct chains of ~0.99; the go-between's chain reaches it with the span
    assert [c.people_ids for c in group.chains][0] == [g["go"], t[3]]
    assert group.chains[0].links[1].evidence[-1] == "colleagues at 旭物流 since 2016"
    # the members' colleagues were read for 社員 3 alone (and the go-between's, at 3 hops)
    first = colleague_reads[0]
    assert f"IN ({t[3]})" in first, first
    # and the answer is the best of the members' own, searched one by one
    alone = []
    for m in group.target_ids:
        alone += [c for c in network.paths(journal, contact_id=m, now=nj.NOW, limit=50,
                                           max_hops=hops).chains
                  if not set(group.target_ids) & set(c.people_ids[:-1])]
    alone.sort(key=lambda c: (-c.strength, c.hops, c.people, c.people_ids))
    said = [(c.strength, c.people_ids, [k.evidence for k in c.links]) for c in group.chains]
    assert said == [(c.strength, c.people_ids, [k.evidence for k in c.links])
                    for c in alone[:3]]
