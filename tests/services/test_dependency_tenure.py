"""Partner dependency judged by who was at the partner on the day (review 6, finding 2): a
meeting from before someone joined the distributor — when they worked at the customer — is
no road through the distributor, nor its business review, nor one of its interactions."""

from __future__ import annotations

from datetime import date, datetime

from kizuna_desktop.services import dependency, introductions
from kizuna_desktop.store.models import InteractionKind
from tests.services import network_journal as nj
from tests.services.network_journal import JST


def _story(journal):
    ids = nj.build(journal)
    nankai = nj._org(journal, "南海電機")
    nishiyama = nj._org(journal, "西山化学")
    fujita = nj._person(journal, "藤田", "亮")
    hara = nj._person(journal, "原", "剛")
    nishi = nj._person(journal, "西", "悟")
    # 藤田 worked at the customer 南海電機 with 原 until October, then joined 北斗商会
    nj._at(journal, fujita, nankai, date(2015, 4, 1), date(2026, 10, 31))
    nj._at(journal, fujita, ids.hokuto, date(2026, 11, 1))
    nj._at(journal, hara, nankai, date(2015, 4, 1))
    nj._at(journal, nishi, nishiyama, date(2020, 4, 1))
    # met 原 with 藤田 while both were at 南海電機 (the last a business review of theirs)
    nj._met(journal, [hara, fujita], datetime(2024, 5, 1, 10, 0, tzinfo=JST))
    nj._met(journal, [hara, fujita], datetime(2026, 10, 20, 10, 0, tzinfo=JST),
            InteractionKind.BUSINESS_REVIEW)
    # 西 only ever met with 藤田 present, after 藤田 joined the distributor
    nj._met(journal, [nishi, fujita], datetime(2026, 11, 18, 10, 0, tzinfo=JST))
    return ids, fujita, hara, nishi


def test_a_meeting_from_before_someone_joined_the_partner_is_no_road_through_it(journal):
    ids, fujita, hara, nishi = _story(journal)
    d = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert "藤田 亮" in [p.name for p in d.partner_people]
    # 原 was met with 藤田 when 藤田 was a colleague at the customer: a road of one's own
    assert "原 剛" not in [p.name for p in d.people_only_through]
    assert "南海電機" not in [c.name for c in d.customers_only_through]
    # 西, met with 藤田 of the distributor, is only through it, and hangs on 藤田 alone
    assert ("西山化学", ["西 悟"]) in [(c.name, [p.name for p in c.people])
                                      for c in d.customers_only_through]
    hangs = {h.person.name: [b.name for b in h.breaks] for h in d.people_it_hangs_on}
    assert hangs["藤田 亮"] == ["西 悟"]
    # 南海電機's own business review with 藤田 (October) is not the distributor's
    assert d.last_business_review == date(2026, 6, 15)
    # the quarter to 2026-12-02 holds 西's meeting (with 藤田 of the partner) and 中村's
    # call, not the October review from before 藤田 joined
    assert d.interactions_per_quarter == [1, 1, 2, 2]


def test_an_introduction_from_before_joining_goes_around_the_partner(journal):
    ids, fujita, hara, nishi = _story(journal)
    kato = nj._person(journal, "加藤", "誠")
    nj._at(journal, kato, nj._org(journal, "東海精機"), date(2019, 4, 1))
    # 加藤 met only with 藤田 of the distributor present ...
    nj._met(journal, [kato, fujita], datetime(2026, 11, 25, 10, 0, tzinfo=JST))
    before = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert "加藤 誠" in [p.name for p in before.people_only_through]
    # ... but 藤田 introduced 加藤 to the user in 2025, from 南海電機: that road is the user's own
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=fujita, introduced_id=kato, introduced_to_id=None,
        introduced_on=date(2025, 6, 1)))
    after = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)
    assert "加藤 誠" not in [p.name for p in after.people_only_through]
