"""The dependency report read back (review 6, finding 7): the customers' people are those
reached only through the partner (not "met": someone introduced and never met is one), the
hangs-on table names the customers lost entirely with each person, the chart of ties does
not cross its own lines, and the Japanese report's quarters are dated as its other dates."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.graphics.shapes import String

from kizuna_desktop.pdf import dependency_report
from kizuna_desktop.services import dependency, introductions
from tests.pdf import pdfcheck
from tests.services import network_journal as nj
from tests.services.network_journal import JST


def _story(journal):
    ids = nj.build(journal)
    higashi = nj._org(journal, "東山食品")
    matsumoto = nj._person(journal, "松本", "陽子")
    mori = nj._person(journal, "森", "大輔")
    nj._at(journal, matsumoto, higashi, date(2018, 4, 1))
    nj._at(journal, mori, higashi, date(2018, 4, 1))
    nj._met(journal, [matsumoto, ids.sato], datetime(2026, 9, 7, 10, 0, tzinfo=JST))
    nj._met(journal, [matsumoto, ids.nakamura], datetime(2026, 10, 7, 10, 0, tzinfo=JST))
    introductions.create(journal, introductions.IntroductionInput(  # never met
        introducer_id=ids.nakamura, introduced_id=mori, introduced_to_id=None,
        introduced_on=date(2026, 8, 1)))
    return ids, dependency.analyse(journal, ids.hokuto, now=nj.NOW, today=nj.TODAY)


def test_customers_lost_entirely_with_each_person(journal):
    _ids, d = _story(journal)
    got = {h.person.name: (sorted(b.name for b in h.breaks), h.organizations)
           for h in d.people_it_hangs_on}
    # 中村 leaving loses 森, but not 東山食品: 松本 is reached through 佐藤 too
    assert got == {"中村 恵": (["森 大輔"], []), "佐藤 一郎": (["小林 翔"], ["大和工業"])}


def test_the_report_reads_back_in_both_languages(journal):
    _ids, d = _story(journal)
    en = pdfcheck.text(dependency_report.render(d.as_json(), nj.TODAY, "en"))
    assert "People there only through it" in en and "the user" not in en
    assert "Customers lost entirely" in en and "2025-12-03 – 2026-03-02" in en
    ja = pdfcheck.text(dependency_report.render(d.as_json(), nj.TODAY, "ja"))
    assert "パートナー経由でしかつながらない人" in ja and "完全に失われる顧客" in ja
    assert "2025年12月3日 –" in ja and "2026年3月2日" in ja
    assert "2025-12-03" not in ja


def test_the_chart_of_ties_does_not_cross(journal):
    _ids, d = _story(journal)
    data = d.as_json()
    assert [p["name"] for p in data["partner_people"]] == ["中村 恵", "佐藤 一郎"]
    drawing = dependency_report.ties_chart(data)
    ys = {s.text.split("（")[0]: s.y for s in drawing.contents if isinstance(s, String)}
    # top to bottom: 森 (through 中村), 松本 (both), 小林 (through 佐藤), beside their roads
    assert ys["中村 恵"] > ys["佐藤 一郎"]
    assert ys["森 大輔"] > ys["松本 陽子"] > ys["小林 翔"]
