"""Kanji numerals for vertical addresses (text/numerals.py, issue 20.3)."""

from __future__ import annotations

from kizuna_desktop.text.numerals import kanji_digits


def test_an_address_reads_in_kanji_numerals_with_vertical_dashes():
    assert kanji_digits("〒105-0001 東京都港区虎ノ門1-2-3 虎ノ門ビル8階") == (
        "〒一〇五―〇〇〇一 東京都港区虎ノ門一―二―三 虎ノ門ビル八階")
    assert kanji_digits("大阪市北区２丁目１０番") == "大阪市北区二丁目一〇番"


def test_latin_words_keep_their_digits():
    assert kanji_digits("B1F 8F Room 801") == "B1F 8F Room 八〇一"
