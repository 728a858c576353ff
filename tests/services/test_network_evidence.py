"""A tie's evidence, one walk in either language (issue 24): every kind of sentence — met
once, met several times, the three introductions (by you, by one end of the link, by someone
else; you introduced), colleagues over years, within one year, since, until with the start
unknown, dates unknown — as English and Japanese readers read it, through the graph, the
chains of ``paths`` and the window's ``i18n.evidence_text`` in each interface language."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kizuna_desktop import i18n
from kizuna_desktop.services import introductions, network
from tests.services import network_journal as nj


@pytest.fixture
def people(journal):
    org = {n: nj._org(journal, n) for n in ("甲社", "乙社", "丙社", "丁社")}
    p = {k: nj._person(journal, f, g) for k, f, g in (
        ("a", "安藤", "一"), ("b", "馬場", "二"), ("c", "千葉", "三"), ("d", "土井", "四"),
        ("e", "江口", "五"), ("f", "福田", "六"), ("g", "後藤", "七"))}
    nj._at(journal, p["a"], org["甲社"], date(2015, 4, 1), date(2019, 3, 31))
    nj._at(journal, p["b"], org["甲社"], date(2014, 4, 1), date(2019, 9, 30))
    nj._at(journal, p["a"], org["乙社"], date(2021, 4, 1), date(2021, 9, 30))
    nj._at(journal, p["b"], org["乙社"], date(2021, 1, 1), date(2021, 12, 31))
    nj._at(journal, p["c"], org["丙社"], date(2018, 4, 1))
    nj._at(journal, p["d"], org["丙社"], date(2020, 1, 1))
    nj._at(journal, p["e"], org["丙社"], None, date(2022, 3, 31))
    nj._at(journal, p["f"], org["丁社"], None)
    nj._at(journal, p["g"], org["丁社"], None)
    nj._met(journal, [p["a"]], datetime(2026, 5, 10, 9, 0, tzinfo=nj.JST))
    for month in (6, 7, 8):
        nj._met(journal, [p["a"], p["b"]], datetime(2026, month, 3, 23, 30, tzinfo=nj.JST))

    def intro(by, who, to, year):
        introductions.create(journal, introductions.IntroductionInput(
            introducer_id=by, introduced_id=who, introduced_to_id=to,
            introduced_on=date(year, 6, 1)))

    intro(p["a"], p["b"], None, 2025)  # 安藤 introduced 馬場 to you
    intro(None, p["c"], p["d"], 2024)  # you introduced 千葉 to 土井
    intro(p["a"], None, p["c"], 2023)  # 安藤 introduced you to 千葉
    return p


def _graph(s, p) -> network.Graph:
    g = network.Graph(s, nj.NOW)
    g.load_ties(p.values())
    g.load_user_ties(p.values())
    return g


EXPECTED = {  # (from, to): (English, Japanese)
    ("me", "a"): (["met together 4 times, last 2026-08-03", "introduced you to 千葉 三 in 2023",
                   "introduced 馬場 二 to you in 2025"],
                  ["同席4回（最終 2026年8月3日）", "安藤 一があなたを千葉 三に紹介（2023年）",
                   "安藤 一が馬場 二をあなたに紹介（2025年）"]),
    ("a", "b"): (["met together 3 times, last 2026-08-03", "introduced 馬場 二 to you in 2025",
                  "colleagues at 甲社 2015–2019", "colleagues at 乙社 in 2021"],
                 ["同席3回（最終 2026年8月3日）", "安藤 一が馬場 二をあなたに紹介（2025年）",
                  "甲社で同僚 2015–2019", "乙社で同僚 2021年"]),
    ("me", "b"): (["met together 3 times, last 2026-08-03",
                   "安藤 一 introduced 馬場 二 to you in 2025"],
                  ["同席3回（最終 2026年8月3日）", "安藤 一が馬場 二をあなたに紹介（2025年）"]),
    ("c", "d"): (["you introduced 千葉 三 to 土井 四 in 2024", "colleagues at 丙社 since 2020"],
                 ["あなたが千葉 三を土井 四に紹介（2024年）", "丙社で同僚（2020年から）"]),
    ("c", "e"): (["colleagues at 丙社 until 2022 (start unknown)"],
                 ["丙社で同僚（2022年まで、開始は不明）"]),
    ("f", "g"): (["colleagues at 丁社, dates unknown"], ["丁社で同僚（期間不明）"]),
}


@pytest.mark.parametrize("interface", ["en", "ja"])
def test_every_sentence_in_both_languages_whatever_the_interface(journal, people, interface):
    """The briefing asks for its own language: the interface's must not change a word."""
    i18n.use(interface)
    try:
        with journal.session() as s:
            g = _graph(s, people)
            for (x, y), (english, japanese) in EXPECTED.items():
                a = network.ME if x == "me" else people[x]
                assert g.evidence(a, people[y], "en") == english, (x, y)
                assert g.evidence(a, people[y], "ja") == japanese, (x, y)
            assert g.evidence(people["a"], people["g"], "en") == []
    finally:
        i18n.use("en")


@pytest.mark.parametrize(("interface", "joined"), [
    ("en", "met together 3 times, last 2026-08-03; 安藤 一 introduced 馬場 二 to you in 2025"),
    ("ja", "同席3回（最終 2026年8月3日）、安藤 一が馬場 二をあなたに紹介（2025年）")])
def test_a_chains_links_carry_both_and_the_window_shows_the_interfaces(journal, people,
                                                                     interface, joined):
    found = network.paths(journal, contact_id=people["b"], max_hops=1, now=nj.NOW)
    (link,) = found.chains[0].links
    assert link.evidence == EXPECTED[("me", "b")][0]
    assert link.evidence_ja == EXPECTED[("me", "b")][1]
    i18n.use(interface)
    try:
        assert i18n.evidence_text(link) == joined  # what the circle and dependency views show
    finally:
        i18n.use("en")


def test_an_english_search_never_reads_the_japanese_catalogue(journal, people):
    """The Japanese sentences are made when asked for: an English window or CLI never parses
    the catalogue for them (a first briefing paid ~200 ms for it)."""
    i18n.use("en")
    i18n._catalogue.cache_clear()
    found = network.paths(journal, contact_id=people["b"], max_hops=2, now=nj.NOW)
    assert [k.evidence for c in found.chains for k in c.links]
    assert i18n._catalogue.cache_info().currsize == 0
    direct = next(c for c in found.chains if c.hops == 1).links[0]
    assert direct.evidence_ja == EXPECTED[("me", "b")][1]  # now it is read
    assert i18n._catalogue.cache_info().currsize == 1
