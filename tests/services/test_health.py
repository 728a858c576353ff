"""Relationship health (issue 24): days since against the cadence, quarters, balance,
overdue promises, hints; planned meetings never count."""

from __future__ import annotations

from datetime import date, datetime

from kizuna_desktop.kinds import LedgerDirection, LedgerKind
from kizuna_desktop.services import contacts, health, introductions, ledger
from tests.services import network_journal as nj


def test_figures_of_the_issues_journal(journal):
    ids = nj.build(journal)
    got = health.for_contacts(journal, [ids.aoki, ids.inoue, ids.ueda, ids.eto], now=nj.NOW,
                              today=nj.TODAY)
    aoki = got[ids.aoki]
    # the lunch planned for 2026-12-20 is not contact: the last is 2026-09-15
    assert (aoki.last_contact, aoki.days_since, aoki.cadence_days, aoki.status,
            aoki.overdue_days) == (date(2026, 9, 15), 78, 30, "cold", 48)
    assert aoki.per_quarter == [0, 2, 3, 1]
    assert aoki.quarters[0] == (date(2025, 12, 2), date(2026, 3, 2))
    assert aoki.quarters[-1] == (date(2026, 9, 2), date(2026, 12, 2))
    # received: the omiyage and the introduction of 井上; one promise overdue, one not yet
    assert (aoki.given, aoki.received, aoki.balance, aoki.overdue_promises) == (0, 2, -2, 1)
    assert aoki.hint.startswith("Received 2, given 0: give before you ask")
    inoue = got[ids.inoue]
    assert (inoue.days_since, inoue.status, inoue.per_quarter, inoue.hint) == (
        9, "ok", [0, 0, 0, 4], "")
    assert (got[ids.ueda].status, got[ids.ueda].last_contact) == ("never", None)
    assert (got[ids.eto].status, got[ids.eto].days_since) == ("cold", 1488)
    js = aoki.as_json()
    assert js["interactions_per_quarter"][0] == {"from": "2025-12-03", "to": "2026-03-02",
                                                 "count": 0}
    assert js["name"] == "青木 健" and js["balance"] == -2


def test_giving_turns_the_balance_and_the_hint_goes(journal):
    ids = nj.build(journal)
    ledger.create(journal, ledger.LedgerInput(contact_id=ids.aoki,
                                              direction=LedgerDirection.GIVEN,
                                              kind=LedgerKind.FAVOUR,
                                              occurred_on=date(2026, 11, 30),
                                              description="紹介: a supplier in Osaka"))
    introductions.create(journal, introductions.IntroductionInput(
        introducer_id=None, introduced_id=ids.aoki, introduced_to_id=ids.eto))
    h = health.for_contacts(journal, [ids.aoki], now=nj.NOW, today=nj.TODAY)[ids.aoki]
    assert (h.given, h.received, h.hint) == (2, 2, "")


def test_due_at_four_fifths_of_the_cadence(journal):
    cid = contacts.create(journal, contacts.ContactInput(family_name="森", cadence_days=10)).id
    nj._met(journal, [cid], datetime(2026, 11, 24, 10, tzinfo=nj.JST))
    assert health.for_contacts(journal, [cid], now=nj.NOW, today=nj.TODAY)[cid].status == "due"
    assert health.for_contacts(journal, [cid], now=nj.NOW,
                               today=date(2026, 11, 30))[cid].status == "ok"


def test_going_cold_lists_due_and_cold_longest_lapsed_first(journal):
    ids = nj.build(journal)
    cold = health.going_cold(journal, now=nj.NOW, today=nj.TODAY)
    assert [(h.name, h.status, h.lapses_on) for h in cold] == [
        ("江藤 誠", "cold", date(2023, 2, 3)), ("青木 健", "cold", date(2026, 10, 15))]
    contacts.set_archived(journal, ids.eto, True)
    assert [h.name for h in health.going_cold(journal, now=nj.NOW, today=nj.TODAY)] == [
        "青木 健"]
    everyone = health.every_contact(journal, now=nj.NOW, today=nj.TODAY)
    assert everyone[0].name == "青木 健" and len(everyone) == 7  # 9, not the two archived


def test_health_and_going_cold_share_one_order_by_days_past_then_reading(journal):
    def person(fam, giv, reading):
        return contacts.create(journal, contacts.ContactInput(
            family_name=fam, given_name=giv, family_reading=reading, given_reading="はな",
            cadence_days=30)).id

    # 井 (U+4E95) sorts before 阿 (U+963F) by code point; by reading あべ comes first
    inoue = person("井上", "花", "いのうえ")
    abe = person("阿部", "花", "あべ")
    ueno = person("上野", "花", "うえの")
    for cid, day in ((inoue, 10), (abe, 10), (ueno, 1)):  # 上野 lapsed longest
        nj._met(journal, [cid], datetime(2026, 10, day, 10, tzinfo=nj.JST))
    want = ["上野 花", "阿部 花", "井上 花"]
    cold = health.going_cold(journal, now=nj.NOW, today=nj.TODAY)
    assert [h.name for h in cold] == want
    assert [h.name for h in health.every_contact(journal, now=nj.NOW, today=nj.TODAY)][:3] == want
