"""Seasons asked late in the year (review 5): asked in December, `kizuna seasons` proposed
this year's ochūgen (July, Kantō; July–August, Kansai) as if it were ahead. A window
already past on the day asked is never proposed so: an ochūgen, oseibo or birthday is
proposed in its window next year, the nengajō posting and 寒中見舞い of a New Year gone by
are left out. The day is injected (seasons.today / asked_on), for a Kantō and a Kansai
contact."""

from __future__ import annotations

from datetime import date

import pytest

from kizuna_desktop.cli import main
from kizuna_desktop.kinds import LedgerDirection, LedgerKind, Occasion
from kizuna_desktop.services import contacts, ledger, nengajo, seasons
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal


def _build(j) -> None:
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


@pytest.fixture
def journal(tmp_path):
    with Journal.open(tmp_path / "s.kizuna") as j:
        _build(j)
        yield j


def _by(found):
    return {(r.name, r.custom): (r.due, r.end) for r in found}


def test_asked_in_december_a_past_window_is_next_years(journal):
    asked = date(2026, 12, 2)
    found = seasons.proposals(journal, 2026, asked_on=asked)
    got = _by(found)
    assert got[("山田 太郎", "ochugen")] == (date(2027, 7, 1), date(2027, 7, 15))  # Kantō
    assert got[("佐藤 一郎", "ochugen")] == (date(2027, 7, 15), date(2027, 8, 15))  # Kansai
    assert got[("佐藤 一郎", "oseibo")] == (date(2026, 12, 1), date(2026, 12, 20))  # under way
    assert got[("山田 太郎", "nengajo")] == (date(2026, 12, 15), date(2026, 12, 25))
    assert got[("山田 太郎", "birthday")] == (date(2027, 3, 9), date(2027, 3, 9))
    assert ("佐藤 一郎", "kanchu") not in got  # January 2026's, for that New Year: gone
    assert all(r.end >= asked for r in found)
    # without a day asked (a year's calendar), the year's own windows as before
    assert _by(seasons.proposals(journal, 2026))[("山田 太郎", "ochugen")] == (
        date(2026, 7, 1), date(2026, 7, 15))


def test_after_the_twentieth_oseibo_is_next_years_and_nengajo_goes(journal):
    got = _by(seasons.proposals(journal, 2026, asked_on=date(2026, 12, 26)))
    assert got[("佐藤 一郎", "oseibo")] == (date(2027, 12, 1), date(2027, 12, 20))
    assert ("山田 太郎", "nengajo") not in got
    # early in the year nothing has passed but 寒中見舞い's start
    early = _by(seasons.proposals(journal, 2026, asked_on=date(2026, 1, 20)))
    assert early[("佐藤 一郎", "kanchu")] == (date(2026, 1, 16), date(2026, 2, 4))
    assert early[("山田 太郎", "ochugen")] == (date(2026, 7, 1), date(2026, 7, 15))


def test_the_command_line_asks_on_today(tmp_path, capsys, monkeypatch):
    db = tmp_path / "s.kizuna"
    with Journal.open(db) as j:
        _build(j)
    monkeypatch.setattr(seasons, "today", lambda: date(2026, 12, 2))
    assert main(["--db", str(db), "seasons", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "2026-07-01" not in out and "2026-07-15 – 2026-08-15" not in out, out
    assert "2027-07-01 – 2027-07-15" in out and "2027-07-15 – 2027-08-15" in out, out


def test_the_window_asks_on_today(journal, qtbot, monkeypatch):
    # (journal before qtbot: the window is closed before the journal is)
    from kizuna_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(seasons, "today", lambda: date(2026, 12, 2))
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
    v = w.new_year
    qtbot.waitUntil(v.isVisible)
    v.season_year.setValue(2026)
    qtbot.waitUntil(lambda: v.seasons.count() > 0)
    texts = [v.seasons.item(i).text() for i in range(v.seasons.count())]
    assert not [t for t in texts if "2026-07" in t or "2026-08" in t], texts
    assert any("2027-07-01 – 2027-07-15" in t and "山田" in t for t in texts), texts
    assert any("2027-07-15 – 2027-08-15" in t and "佐藤" in t for t in texts), texts
    v.parentWidget().hide()
    w.save_layout()
