"""Meetings in Japanese (issue 23, third round): "how long until" (1時間20分), the morning's
roster page read back from the PDF (its Japanese date, headings and closing line), and the
calendar import's report in Japanese; English unchanged with plurals that read right."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from kizuna_desktop import i18n
from kizuna_desktop.services import calendar_import, meetings
from tests.services import calendar_samples as cs
from tests.ui.test_meetings_view import DAY, NOW, TOKYO


@pytest.fixture
def ja():
    i18n.use("ja")
    yield
    i18n.use("en")


def _imported(journal, apply=True):
    cs.people(journal)
    return calendar_import.import_calendar(journal, DAY.replace("\n", "\r\n").encode(),
                                           days=7, now=NOW, tz=TOKYO, apply=apply)


@pytest.mark.parametrize("delta, en, jp", [
    (timedelta(minutes=5), "5 min", "5分"), (timedelta(hours=1, minutes=20), "1 h 20 min",
                                            "1時間20分"),
    (timedelta(hours=2), "2 h", "2時間"), (timedelta(days=2, hours=3), "2 d 3 h", "2日3時間"),
    (timedelta(days=3), "3 d", "3日")])
def test_until_text_in_both_languages(delta, en, jp):
    assert meetings.until_text(delta) == en
    i18n.use("ja")
    try:
        assert meetings.until_text(delta) == jp
    finally:
        i18n.use("en")


def test_the_roster_page_in_japanese(journal, tmp_path, ja):
    _imported(journal)
    path, found = meetings.write_morning(journal, date(2031, 3, 6), tmp_path / "day.pdf",
                                         tz=TOKYO)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    first = reader.pages[0].extract_text()
    assert "2031年3月6日" in first
    for heading in ("時刻", "到着目安", "場所", "出席者"):
        assert heading in first
    assert "面談 3 件" in first and "Meetings on" not in first  # the glossary: meeting 面談
    assert "（連絡先にない方）" in "".join(first.split())
    assert "Distributor review" in first and "山田 太郎" in first
    assert reader.metadata.title.startswith("2031年3月6日")


def test_the_roster_page_in_english_has_real_plurals(journal, tmp_path):
    _imported(journal)
    path, _ = meetings.write_morning(journal, date(2031, 3, 6), tmp_path / "day.pdf",
                                     tz=TOKYO)
    first = PdfReader(io.BytesIO(path.read_bytes())).pages[0].extract_text()
    assert "Meetings on 2031-03-06" in first
    assert "3 meetings; a briefing for each follows." in first
    flat = " ".join(first.split())
    assert "Pat Unknown" in flat and "example.org> (not a contact)" in flat


def test_the_import_report_in_japanese(journal, ja):
    report = _imported(journal, apply=False)
    assert report.summary.startswith("2031-03-06 から 2031-03-12 までの面談を取り込むと")
    lines = report.lines()
    assert lines[0] == "新規: 3 件"
    assert any("このメールアドレスや氏名の連絡先はありません" in x for x in lines)
    assert not any("Would import" in x or "New:" in x for x in [report.summary, *lines])
