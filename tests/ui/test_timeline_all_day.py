"""An all-day interaction (a card app's 名刺交換日 imported as a meishi exchange) shows its
date alone in the timeline, never "00:00", and says what it was when it has no summary of
its own, in English and in Japanese; an interaction at a time of day keeps its time. The
same entry in `kizuna show` and the briefing: the date alone."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from kizuna_desktop import i18n
from kizuna_desktop.pdf import briefing as pdf_briefing
from kizuna_desktop.services import briefing, dossier, importing, interactions, search
from kizuna_desktop.services.interactions import InteractionInput
from kizuna_desktop.ui.timeline_pane import TimelinePane
from tests.pdf.pdfcheck import text

EIGHT = ("会社名,部署名,役職,姓,名,e-mail,携帯電話,名刺交換日\n"
         "三星商事株式会社,機械プラント部,部長,山田,太郎,t.yamada@mitsuboshi.example.jp,"
         "090-5555-0103,2025/04/10\n")


@pytest.fixture
def imported(journal, tmp_path):
    """A real card-app CSV imported as the window and the CLI import it."""
    path = tmp_path / "eight.csv"
    path.write_text(EIGHT, encoding="cp932")
    plan = importing.import_file(journal, path)
    result = importing.import_with_backup(journal, plan)
    assert result.exchanges == 1
    return search.resolve(journal, "山田 太郎").id


@pytest.fixture
def japanese(qapp, monkeypatch):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    yield qapp
    i18n.install(qapp, "en")


def _lines(qtbot, journal, cid) -> list[str]:
    pane = TimelinePane(journal)
    qtbot.addWidget(pane)
    pane.show_contact(cid, "山田 太郎")
    return [item.text(0) for item in pane.interaction_items()]


def test_an_imported_exchange_shows_its_date_alone_and_what_it_was(qtbot, qapp, journal,
                                                                    imported):
    i18n.install(qapp, "en")
    interactions.create(journal, InteractionInput(
        kind="meeting", occurred_at=datetime.fromisoformat("2025-05-12T10:30:00+09:00"),
        zone="Asia/Tokyo", summary="Plant visit", participant_ids=[imported]))
    lines = _lines(qtbot, journal, imported)
    assert len(lines) == 2
    meeting, exchange = lines
    assert exchange.splitlines()[:2] == ["10 Apr · Meishi exchange", "Exchanged meishi"]
    assert "00:00" not in exchange and "(no summary)" not in exchange
    assert "10:30" in meeting.splitlines()[0]  # a time of day is still shown


def test_the_same_entry_in_japanese(qtbot, japanese, journal, imported):
    (exchange,) = _lines(qtbot, journal, imported)
    assert exchange.splitlines()[:2] == ["4月10日 · 名刺交換", "名刺を交換しました"]
    assert "00:00" not in exchange


def test_kizuna_show_gives_the_date_alone(qapp, journal, imported):
    i18n.install(qapp, "en")
    data = dossier.dossier(journal, imported)
    (entry,) = data["interactions"]
    assert entry["all_day"] is True and entry["date"] == "2025-04-10"
    assert entry["summary"] == ""  # stored as it came; the words are the display's
    line = next(x for x in dossier.text_lines(data) if "meishi_exchange" in x)
    assert line.strip() == "interaction: 2025-04-10 meishi_exchange: Exchanged meishi"


def test_kizuna_show_in_japanese(japanese, journal, imported):
    lines = dossier.text_lines(dossier.dossier(journal, imported))
    line = next((x for x in lines if "名刺交換" in x), "\n".join(lines))
    # in Japanese, kizuna show writes its dates as the window does (2025年4月10日)
    assert line.strip() == "やり取り: 2025年4月10日 名刺交換: 名刺を交換しました", line


@pytest.mark.parametrize(("language", "head"), [("en", "2025-04-10 · Meishi exchange"),
                                                ("ja", "2025年4月10日 · 名刺交換")])
def test_the_briefing_gives_the_date_alone(journal, imported, language, head):
    b = briefing.assemble(journal, [imported], briefing.Meeting(), made_on=date(2025, 6, 1),
                          language=language)
    read = re.sub(r"\s+", " ", text(pdf_briefing.render(b)))
    assert head in read, read
    assert "00:00" not in read
