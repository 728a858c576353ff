"""Search on the demo journal: every script and spelling a user may type finds the contact."""

from __future__ import annotations

import pytest

from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.services import contacts, search
from kizuna_desktop.services.search import ContactFilter


def _names(journal, text, **kw):
    return [c.written for c in search.page(journal, ContactFilter(text=text, **kw), 0, 100)]


@pytest.mark.parametrize("query", [
    "yamada", "YAMADA", "Yamada Taro", "taro yamada", "tarou",  # romaji, any case or order
    "山田", "山田太郎", "山田 太郎",  # kanji, with or without the space
    "やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "やまだたろう", "ヤマダ　タロウ",  # kana: both scripts, any width
])
def test_finds_yamada_however_it_is_typed(demo_journal, query):
    # First, and only once; the people whose "how we met" names Yamada-san come after him
    # (test_search_wider checks the ranking).
    found = _names(demo_journal, query)
    assert found[0] == "山田 太郎" and "山田 太郎" not in found[1:]


def test_finds_by_organisation_in_either_language(demo_journal):
    ja = _names(demo_journal, "浪速テック")
    en = _names(demo_journal, "naniwa")
    assert ja == en
    assert "鈴木 一郎" in ja and len(ja) == 5


def test_finds_by_email_handle_and_tag(demo_journal):
    assert _names(demo_journal, "k.takahashi@naniwa") == ["高橋 健太"]
    assert _names(demo_journal, "yamada.taro") == ["山田 太郎"]  # LINE id
    golf = _names(demo_journal, "#golf")
    assert set(golf) == {"山田 太郎", "橋本 亮"}
    assert _names(demo_journal, "", tag="GOLF") == golf


def test_foreign_names_by_latin_and_katakana(demo_journal):
    assert _names(demo_journal, "smith") == ["Emily Smith"]
    assert _names(demo_journal, "スミス") == ["Emily Smith"]
    assert _names(demo_journal, "muller") == ["Jonas Müller"]  # accent-insensitive


def test_like_wildcards_in_a_query_are_literal(demo_journal):
    assert _names(demo_journal, "%") == []
    assert _names(demo_journal, "_") == []


def test_list_is_in_gojuon_order_and_pages_fit_together(demo_journal):
    f = ContactFilter()
    total = search.count(demo_journal, f)
    pages = [search.page(demo_journal, f, off, 7) for off in range(0, total, 7)]
    flat = [c for p in pages for c in p]
    assert len(flat) == total == 41  # 42 in the demo, one archived
    assert len({c.id for c in flat}) == total
    readings = [c.reading for c in flat[:5]]
    assert readings == ["いけだ みほ", "いしかわ くみこ", "いとう まこと", "いのうえ まさと",
                        "おおた しょうた"]
    assert flat[-1].written == "渡辺 さくら"


def test_summary_has_current_title_and_organisation(demo_journal):
    (yamada,) = search.page(demo_journal, ContactFilter(text="yamada taro"), 0, 10)
    assert yamada.title_ja == "部長" and yamada.organization_ja == "三星商事株式会社"
    assert yamada.latin == "Taro YAMADA"
    assert yamada.last_interaction_at is not None


def test_going_cold_lists_contacts_past_their_cadence(demo_journal):
    from tests.conftest import DEMO_TODAY

    cold = search.page(demo_journal, ContactFilter(going_cold=True, today=DEMO_TODAY), 0, 100)
    assert cold
    for c in cold:
        assert c.cadence_days is not None
        assert c.days_since(DEMO_TODAY) is None or c.days_since(DEMO_TODAY) > c.cadence_days
    warm = search.page(demo_journal, ContactFilter(text="yamada taro"), 0, 1)[0]
    assert warm.id not in {c.id for c in cold}


def test_resolve_by_id_unique_search_or_clear_error(demo_journal):
    yamada = search.resolve(demo_journal, "山田 太郎")
    assert search.resolve(demo_journal, str(yamada.id)).written == "山田 太郎"
    with pytest.raises(search.AmbiguousContactError) as e:
        search.resolve(demo_journal, "naniwa")
    assert e.value.total == 5 and "鈴木 一郎" in str(e.value)
    with pytest.raises(NotFoundError, match="No contact matches"):
        search.resolve(demo_journal, "nobody-like-this")
    with pytest.raises(NotFoundError, match="no contact with id 99999"):
        search.resolve(demo_journal, "99999")


def test_name_without_reading_is_still_found_by_romaji(journal):
    contacts.create(journal, contacts.ContactInput(family_name="田中", given_name="健"))
    assert _names(journal, "tanaka") == ["田中 健"]
