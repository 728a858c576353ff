"""Japanese dates for the window and the briefing (issue 22 fix round): month headers,
birthdays with the age, career spans, and the era switch of Preferences."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kizuna_desktop import i18n, settings


@pytest.fixture(autouse=True)
def _reset():
    yield
    i18n.use("en")
    i18n._era = None


def test_month_birthday_and_span_in_both_languages():
    assert i18n.format_month(2026, 7, "ja", era=False) == "2026年7月"
    assert i18n.format_month(2026, 7, "en") == "July 2026"
    today = date(2026, 12, 2)
    assert i18n.format_birthday(date(1968, 7, 7), today, "ja") == "1968年7月7日 (58歳)"
    assert i18n.format_birthday(date(1968, 12, 3), today, "ja").endswith("(57歳)")
    assert i18n.format_birthday(date(1968, 7, 7), today, "en") == "7 Jul 1968 (58)"
    assert i18n.format_span(date(2020, 4, 1), None, "ja") == "2020年4月1日 – 現在"
    assert i18n.format_span(None, date(2019, 3, 31), "en") == "? – 31 Mar 2019"


def test_the_era_switch_of_preferences_shows_reiwa():
    i18n.use("ja")
    i18n._era = None
    assert i18n.format_date(date(2026, 12, 1)) == "2026年12月1日(火)"
    settings.save_preferences({"era": True})
    i18n._era = None  # read once per run: a new run
    assert i18n.format_date(date(2026, 12, 1)) == "令和8年12月1日(火)"
    assert i18n.format_month(2019, 5) == "令和元年5月"
    assert i18n.format_date(date(2026, 12, 1), "en") == "Tue 1 Dec 2026"  # English: no era



def test_a_japanese_briefing_writes_japanese_dates(demo_path, tmp_path):
    """kizuna brief --language ja: the career, last-contact and ledger dates read 2020年4月1日,
    never 2020-04-01; the English briefing keeps ISO dates."""
    import re

    from pypdf import PdfReader

    from kizuna_desktop.cli import main

    texts = {}
    for lang in ("ja", "en"):
        out = tmp_path / f"b-{lang}.pdf"
        assert main(["--db", str(demo_path), "brief", "yamada taro", "-o", str(out),
                     "--language", lang]) == 0
        texts[lang] = "".join(page.extract_text() for page in PdfReader(out).pages)
    body_ja = texts["ja"].split("\n", 3)[-1]
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", texts["ja"]), texts["ja"][:500]
    iso = re.findall(r"\b\d{4}-\d{2}-\d{2}\b", body_ja)
    assert len(iso) <= 1, iso  # at most the footer's stamp
    assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", texts["en"])


def test_a_japanese_briefing_with_the_era_on_is_written_in_reiwa(demo_path, tmp_path):
    """Review ja4 A1: with 和暦 on, `kizuna brief` failed with a TypeError (the last-contact
    moment, a datetime, reached era_year); the PDF now dates in 令和."""
    from pypdf import PdfReader

    from kizuna_desktop.cli import main

    settings.save_preferences({"era": True})
    i18n._era = None
    out = tmp_path / "era.pdf"
    assert main(["--db", str(demo_path), "brief", "yamada taro", "-o", str(out),
                 "--meeting", "2026-12-01 19:00", "--language", "ja"]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "令和" in text, text[:500]
    assert i18n.format_date(datetime(2026, 12, 1, 19, 0), "ja",
                            era=True) == "令和8年12月1日(火)"
