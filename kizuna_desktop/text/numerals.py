"""Kanji numerals for vertical text: an address's numbers as a vertical card sets them when
the user prefers kanji (東京都港区虎ノ門一―二―三, 〒一〇五―〇〇〇一)."""

from __future__ import annotations

import re

DIGITS = str.maketrans("0123456789０１２３４５６７８９",
                       "〇一二三四五六七八九〇一二三四五六七八九")
_NUMBER_RUN = re.compile(r"[0-9０-９]+(?:[-‐－−][0-9０-９]+)*")


def kanji_digits(text: str) -> str:
    """Each number's digits as kanji numerals (105 → 一〇五, the way addresses and postal
    codes are written), the hyphens between numbers as a dash (―), which vertical text
    sets upright as a vertical line. Latin words keep their digits (8F, B1)."""
    def repl(m: re.Match) -> str:
        start, end = m.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            return m.group()
        return re.sub(r"[-‐－−]", "―", m.group()).translate(DIGITS)

    return _NUMBER_RUN.sub(repl, text)
