"""The journal of issue 24, built through the services (shared by the network, health,
dependency, CLI and UI tests).

Today is 2026-12-02 (noon in Tokyo). The user lunched monthly with 青木 for six months
(April to September 2026); 青木 introduced 井上 two months ago (2026-10-02) and the user has
met 井上 four times since; 井上 and 上田 were colleagues at 東雲物産 for six years
(2017-12-01 to 2023-11-30) before 上田 moved to 白鷺重工 three years ago; the user met 江藤 of
白鷺重工 once, at a trade fair four years ago (2022-11-05). 江藤 and 上田 are colleagues at
白鷺重工 now.

The dependency part: the distributor 北斗商会 (佐藤, 中村); its customer 大和工業's 小林 was
only ever met with 佐藤 present; 富士電機's 山本 was met once with 佐藤 and once alone; 桜井
of 大和工業 was archived long ago and never met. A business review with 佐藤 and 中村 on
2026-06-15.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from kizuna_desktop.kinds import LedgerDirection, LedgerKind, Occasion, OrganizationKind
from kizuna_desktop.services import (
    contacts,
    followups,
    interactions,
    introductions,
    ledger,
    organizations,
    positions,
)
from kizuna_desktop.store.models import InteractionKind

JST = timezone(timedelta(hours=9))
TODAY = date(2026, 12, 2)
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=JST)


def _ahead(when: datetime) -> datetime:
    """``when``, or later: as far ahead of the real clock as it is ahead of NOW, so that what
    the story plans for the future is still in the future when a test reads the journal by the
    real clock (the command-line tests do) on a later day."""
    late = datetime.now(JST) - NOW
    return when + late if late > timedelta(0) else when


@dataclass
class Ids:
    aoki: int
    inoue: int
    ueda: int
    eto: int
    shinonome: int
    shirasagi: int
    sato: int
    nakamura: int
    kobayashi: int
    yamamoto: int
    sakurai: int
    hokuto: int
    yamato: int
    fuji: int


def _person(journal, family: str, given: str, cadence: int | None = None) -> int:
    return contacts.create(journal, contacts.ContactInput(
        family_name=family, given_name=given, cadence_days=cadence)).id


def _org(journal, name: str, kind=OrganizationKind.CLIENT) -> int:
    return organizations.create(journal, organizations.OrganizationInput(
        name_ja=name, kind=kind)).id


def _at(journal, cid: int, org: int, start: date | None, end: date | None = None) -> None:
    positions.add(journal, cid, positions.PositionInput(organization_id=org, start_date=start,
                                                        end_date=end))


def _met(journal, who: list[int], when: datetime, kind=InteractionKind.MEETING) -> int:
    return interactions.create(journal, interactions.InteractionInput(
        kind=kind, occurred_at=when, participant_ids=who, zone="Asia/Tokyo")).id


def build(journal) -> Ids:
    shinonome = _org(journal, "東雲物産")
    shirasagi = _org(journal, "白鷺重工")
    aoki = _person(journal, "青木", "健", cadence=30)
    inoue = _person(journal, "井上", "真一", cadence=60)
    ueda = _person(journal, "上田", "香織")
    eto = _person(journal, "江藤", "誠", cadence=90)
    _at(journal, inoue, shinonome, date(2015, 4, 1))
    _at(journal, ueda, shinonome, date(2017, 12, 1), date(2023, 11, 30))
    _at(journal, ueda, shirasagi, date(2023, 12, 1))
    _at(journal, eto, shirasagi, date(2010, 4, 1))
    for month in range(4, 10):  # monthly lunches, April to September 2026
        _met(journal, [aoki], datetime(2026, month, 15, 12, 30, tzinfo=JST), InteractionKind.MEAL)
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=aoki, introduced_id=inoue, introduced_to_id=None,
        introduced_on=date(2026, 10, 2)))
    for day in (date(2026, 10, 12), date(2026, 10, 26), date(2026, 11, 9), date(2026, 11, 23)):
        _met(journal, [inoue], datetime(day.year, day.month, day.day, 15, 0, tzinfo=JST))
    _met(journal, [eto], datetime(2022, 11, 5, 11, 0, tzinfo=JST), InteractionKind.EVENT)
    # a planned meeting ahead: never counted as contact (ahead of the real clock too, for the
    # command-line tests, which run on it)
    _met(journal, [aoki], _ahead(datetime(2026, 12, 20, 12, 0, tzinfo=JST)), InteractionKind.MEAL)
    ledger.create(journal, ledger.LedgerInput(
        contact_id=aoki, direction=LedgerDirection.RECEIVED, kind=LedgerKind.GIFT,
        occasion=Occasion.OMIYAGE, occurred_on=date(2026, 9, 15), description="羊羹"))
    followups.create(journal, followups.FollowUpInput(
        contact_id=aoki, title="Send the article on Osaka logistics", due_date=date(2026, 11, 1)))
    followups.create(journal, followups.FollowUpInput(
        contact_id=aoki, title="Thank-you card",
        due_date=_ahead(datetime(2026, 12, 10, 12, 0, tzinfo=JST)).date()))

    hokuto = _org(journal, "北斗商会", OrganizationKind.DISTRIBUTOR)
    yamato = _org(journal, "大和工業")
    fuji = _org(journal, "富士電機")
    sato = _person(journal, "佐藤", "一郎")
    nakamura = _person(journal, "中村", "恵")
    kobayashi = _person(journal, "小林", "翔")
    yamamoto = _person(journal, "山本", "亮")
    sakurai = _person(journal, "桜井", "修")
    _at(journal, sato, hokuto, date(2012, 4, 1))
    _at(journal, nakamura, hokuto, date(2019, 4, 1))
    _at(journal, kobayashi, yamato, date(2016, 4, 1))
    _at(journal, yamamoto, fuji, date(2018, 4, 1))
    _at(journal, sakurai, yamato, date(2000, 4, 1))
    contacts.set_archived(journal, sakurai, True)
    _met(journal, [sato, kobayashi], datetime(2026, 2, 10, 10, 0, tzinfo=JST))
    _met(journal, [sato, kobayashi], datetime(2026, 7, 8, 18, 0, tzinfo=JST),
         InteractionKind.NOMIKAI)
    _met(journal, [sato, yamamoto], datetime(2026, 3, 3, 14, 0, tzinfo=JST))
    _met(journal, [yamamoto], datetime(2026, 9, 30, 14, 0, tzinfo=JST))  # visited directly
    _met(journal, [sato, nakamura], datetime(2026, 6, 15, 10, 0, tzinfo=JST),
         InteractionKind.BUSINESS_REVIEW)
    _met(journal, [nakamura], datetime(2026, 11, 20, 10, 0, tzinfo=JST), InteractionKind.CALL)
    return Ids(aoki=aoki, inoue=inoue, ueda=ueda, eto=eto, shinonome=shinonome,
               shirasagi=shirasagi, sato=sato, nakamura=nakamura, kobayashi=kobayashi,
               yamamoto=yamamoto, sakurai=sakurai, hokuto=hokuto, yamato=yamato, fuji=fuji)
