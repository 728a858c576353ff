"""Japanese line breaking (text/kinsoku.py, issue 20.3): the JIS X 4051 basics on any measure,
phrases kept whole, addresses broken at their own boundaries, English at commas."""

from __future__ import annotations

import pytest

from kizuna_desktop.text import kinsoku


def _lines(text: str, limit: int, address: bool = False) -> list[str]:
    return kinsoku.break_lines(text, len, limit, address=address)  # one unit a character


@pytest.mark.parametrize("text", [
    "会議は終わりました。次回は来週、東京で。", "「北斗」（東京）『案内』【重要】",
    "ニューヨーク・シティーのコーヒーショップ", "きょうはちょっとっぽいっすね",
    "ええ？本当！まあ：はい；",
])
@pytest.mark.parametrize("limit", [3, 4, 5, 7])
def test_no_line_starts_or_ends_where_the_rules_forbid(text, limit):
    lines = _lines(text, limit)
    assert "".join(lines) == text  # nothing lost
    for i, line in enumerate(lines):
        assert kinsoku.violations(line, lines[i + 1] if i + 1 < len(lines) else None) == [], lines


def test_phrases_stay_whole_where_a_break_elsewhere_is_possible():
    assert _lines("ノルドリヒト・センサーズ合同会社", 12) == [
        "ノルドリヒト・", "センサーズ合同会社"]
    lines = _lines("東京都港区虎ノ門一丁目虎ノ門ビル", 9, address=True)
    assert all("虎ノ門" in x or "虎" not in x for x in lines), lines


def test_addresses_break_after_their_units():
    assert _lines("〒105-0001 東京都港区虎ノ門1-2-3 虎ノ門ビル8階", 14, address=True) == [
        "〒105-0001 東京都", "港区虎ノ門1-2-3", "虎ノ門ビル8階"]
    assert _lines("8F Toranomon Bldg., 1-2-3 Toranomon, Minato-ku, Tokyo 105-0001", 40,
                  address=True) == ["8F Toranomon Bldg., 1-2-3 Toranomon,",
                                    "Minato-ku, Tokyo 105-0001"]


def test_latin_words_and_numbers_are_never_split_unless_longer_than_a_line():
    assert _lines("Tel +81-3-5555-0000 LINE alex", 20) == ["Tel +81-3-5555-0000", "LINE alex"]
    assert _lines("alex.hartmann@nordlicht.example.jp", 20) == [
        "alex.hartmann@", "nordlicht.example.jp"]


def test_a_bullet_middle_dot_may_start_a_line():
    assert kinsoku.violations("・ 資料を送る") == []
    assert kinsoku.violations("・資料") != []  # a middle dot inside a word


def test_without_budouxs_model_the_rules_still_hold(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_budoux(name, *args, **kwargs):
        if name == "budoux":
            raise FileNotFoundError("budoux/skip_nodes.json")  # as in a bundle without it
        return real_import(name, *args, **kwargs)

    kinsoku._parser.cache_clear()
    kinsoku.phrase_starts.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_budoux)
    try:
        lines = _lines("会議は終わりました。次回は来週、東京で。", 5)
        assert "".join(lines) == "会議は終わりました。次回は来週、東京で。"
        assert all(kinsoku.violations(x) == [] for x in lines)
    finally:
        monkeypatch.undo()
        kinsoku._parser.cache_clear()
        kinsoku.phrase_starts.cache_clear()
