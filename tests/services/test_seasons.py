"""services/seasons.py on a real journal: the dates proposed for a Kantō and a Kansai contact
in a given year (ochūgen, oseibo, nengajō posting, 寒中見舞い, birthdays), accepted into
follow-ups and not proposed twice."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.kinds import LedgerDirection, LedgerKind, Occasion
from kizuna_desktop.services import contacts, followups, ledger, nengajo, seasons
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal


@pytest.fixture
def journal(tmp_path):
    with Journal.open(tmp_path / "s.kizuna") as j:
        tokyo = contacts.create(j, ContactInput(
            family_name="山田", given_name="太郎", birth_month=3, birth_day=9,
            addresses=[AddressInput(text="〒100-0005 東京都千代田区丸の内1-2-3")])).id
        osaka = contacts.create(j, ContactInput(
            family_name="佐藤", given_name="一郎", tags=["お歳暮"],
            addresses=[AddressInput(text="〒530-0001 大阪府大阪市北区梅田2-4-9")])).id
        for cid in (tokyo, osaka):
            ledger.create(j, ledger.LedgerInput(
                contact_id=cid, direction=LedgerDirection.GIVEN, kind=LedgerKind.GIFT,
                occasion=Occasion.OCHUGEN, occurred_on=date(2025, 7, 5), description="素麺"))
        nengajo.mark(j, tokyo, 2027, send=True)
        nengajo.mark(j, osaka, 2026, mourning=True)
        yield j, tokyo, osaka


def _by(found):
    return {(r.name, r.custom): (r.due, r.end) for r in found}


def test_dates_for_a_kanto_and_a_kansai_contact(journal):
    j, _, _ = journal
    got = _by(seasons.proposals(j, 2026))
    assert got[("山田 太郎", "ochugen")] == (date(2026, 7, 1), date(2026, 7, 15))
    assert got[("佐藤 一郎", "ochugen")] == (date(2026, 7, 15), date(2026, 8, 15))
    assert got[("佐藤 一郎", "oseibo")] == (date(2026, 12, 1), date(2026, 12, 20))  # tagged
    assert ("山田 太郎", "oseibo") not in got  # never given one, not tagged
    assert got[("山田 太郎", "nengajo")] == (date(2026, 12, 15), date(2026, 12, 25))
    assert got[("佐藤 一郎", "kanchu")] == (date(2026, 1, 16), date(2026, 2, 4))  # Kansai
    assert got[("山田 太郎", "birthday")] == (date(2026, 3, 9), date(2026, 3, 9))
    assert seasons.windows(2026, "Kanto")[0].start == date(2026, 1, 8)
    mochu = [w for w in seasons.windows(2026, None) if w.custom == "mochu"][0]
    assert (mochu.start, mochu.end) == (date(2026, 11, 15), date(2026, 12, 5))


def test_accepted_become_follow_ups_and_are_not_proposed_again(journal):
    j, tokyo, _ = journal
    summer = seasons.proposals(j, 2026, start=date(2026, 6, 1), end=date(2026, 8, 31))
    assert {r.custom for r in summer} == {"ochugen"}
    ids = seasons.accept(j, [r for r in summer if r.contact_id == tokyo])
    (f,) = [followups.get(j, i) for i in ids]
    assert (f.title, f.due_date) == ("お中元を贈る", date(2026, 7, 1))
    again = seasons.proposals(j, 2026, start=date(2026, 6, 1), end=date(2026, 8, 31))
    assert [r.name for r in again] == ["佐藤 一郎"]


def test_a_latin_name_reads_given_name_first_as_on_the_card(tmp_path):
    """Review 5 finding 10: seasons showed "Dupont Marie" while the card reads Marie Dupont 様."""
    with Journal.open(tmp_path / "l.kizuna") as j:
        cid = contacts.create(j, ContactInput(family_name="Dupont", given_name="Marie",
                                              birth_month=5, birth_day=4)).id
        names = {r.name for r in seasons.proposals(j, 2026) if r.contact_id == cid}
        assert names == {"Marie Dupont"}
