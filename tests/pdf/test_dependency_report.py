"""The partner-dependency PDF (issue 24), read back: its tables, the checklist, fonts
embedded, user text escaped."""

from __future__ import annotations

from datetime import date

from kizuna_desktop.pdf import dependency_report
from kizuna_desktop.services import dependency
from tests.pdf import pdfcheck
from tests.services import network_journal as nj


def test_the_report_reads_back(journal):
    ids = nj.build(journal)
    dependency.tick(journal, ids.hokuto, "one_person", on=date(2026, 11, 28),
                    note="<b>佐藤</b> & co")
    data = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY).as_json()
    pdf = dependency_report.render(data, nj.TODAY)
    text = pdfcheck.text(pdf)
    for piece in ("Partner dependency: 北斗商会", "Last business review", "2026-06-15",
                  "大和工業", "小林 翔", "佐藤 一郎", "Lost entirely if they leave",
                  "The relationship hangs on one person at the partner", "2026-11-28",
                  "<b>佐藤</b> & co", "2026-06-03 – 2026-09-02"):
        assert piece in text, piece
    assert "山本 亮" not in text  # visited directly: not in the report's lists
    assert pdfcheck.fonts(pdf) and all(pdfcheck.fonts(pdf).values())
    assert pdfcheck.page_sizes_mm(pdf) == [(210.0, 297.0)]


def test_no_review_and_no_customers_say_so(journal):
    ids = nj.build(journal)
    data = dependency.analyse(journal, ids.shinonome, now=nj.NOW, today=nj.TODAY).as_json()
    text = pdfcheck.text(dependency_report.render(data, nj.TODAY))
    assert "None recorded." in text
    assert "None: every customer can be reached without the partner." in text


def test_one_of_two_roads_is_not_reported_as_a_tie_that_breaks(journal):
    from datetime import datetime

    ids = nj.build(journal)
    nj._met(journal, [ids.sato, ids.nakamura, ids.kobayashi],
            datetime(2026, 10, 5, 10, tzinfo=nj.JST))
    data = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY).as_json()
    text = pdfcheck.text(dependency_report.render(data, nj.TODAY))
    assert "One of several roads to" in text
    table = text[text.index("The people it hangs on"):text.index("Chart of ties")]
    assert table.count("小林 翔") == 2 and "中村 恵" in table and "佐藤 一郎" in table
    assert "these ties break" not in text


def test_the_report_in_japanese(journal):
    ids = nj.build(journal)
    dependency.tick(journal, ids.hokuto, "one_person", on=date(2026, 11, 28))
    data = dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY).as_json()
    text = pdfcheck.text(dependency_report.render(data, nj.TODAY, language="ja"))
    for piece in ("直近のビジネスレビュー", "2026年6月15日", "関係を支えている人", "つながりの図",
                  "関係がパートナー企業の一人に依存しています", "2026年11月28日", "北斗商会"):
        assert piece in text, piece
    for english in ("Last business review", "Warning signs", "Partner dependency", "2026-11-28"):
        assert english not in text, english
    # and English when asked, whatever the interface's language
    assert "Last business review" in pdfcheck.text(
        dependency_report.render(data, nj.TODAY, language="en"))
