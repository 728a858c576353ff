"""Japanese text: kana checks and normalisation, romaji, search folding and gojūon sort keys.

Width and script conversions use jaconv and Unicode NFKC; kana-to-romaji uses pykakasi
(loaded lazily: its dictionaries take about a second to load).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import jaconv

_KANA_EXTRA = set("ー・ 　゛゜ゝゞヽヾ")


# Hiragana, katakana (with the phonetic extensions), half-width katakana, and the extras.
_KANA = re.compile("[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
                   + re.escape("".join(sorted(_KANA_EXTRA))) + "]*")


def is_kana(text: str) -> bool:
    """True when ``text`` holds only hiragana or katakana (any width), spaces and ー・."""
    return _KANA.fullmatch(text) is not None


def normalize_kana(text: str) -> str:
    """Half-width katakana become full width; surrounding spaces go. Script is kept."""
    return unicodedata.normalize("NFKC", text).strip()


def to_hiragana(text: str) -> str:
    return jaconv.kata2hira(unicodedata.normalize("NFKC", text))


def has_cjk(text: str) -> bool:
    """True when the text has kanji or kana (so it is written the Japanese way)."""
    for ch in text:
        code = ord(ch)
        if (
            0x3040 <= code <= 0x30FF
            or 0x3400 <= code <= 0x4DBF
            or 0x4E00 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF
            or 0xFF66 <= code <= 0xFF9F
        ):
            return True
    return False


_kakasi = None
_kakasi_lock = threading.Lock()


def _converter():
    global _kakasi
    with _kakasi_lock:
        if _kakasi is None:
            import pykakasi

            _kakasi = pykakasi.kakasi()
        return _kakasi


@lru_cache(maxsize=4096)
def hepburn(text: str) -> str:
    """Strict Hepburn as pykakasi writes it (long vowels spelled out: たろう → tarou)."""
    if not text:
        return ""
    parts = _converter().convert(normalize_kana(text))
    return " ".join(p["hepburn"] for p in parts if p["hepburn"]).strip()


_LONG_VOWELS = [("ou", "o"), ("oo", "o"), ("uu", "u")]


def simplify_long_vowels(romaji: str) -> str:
    """The business-card form: long vowels not written (tarou → taro, oono → ono)."""
    out = romaji.replace("'", "")
    for long, short in _LONG_VOWELS:
        out = out.replace(long, short)
    return out


def romaji(reading: str) -> str:
    """A Latin spelling to offer for a kana reading, as written on business cards:
    ``やまだ`` → ``yamada``, ``たろう`` → ``taro``, ``しんいち`` → ``shinichi``.
    Returns '' for text that is not kana."""
    reading = normalize_kana(reading)
    if not reading or not is_kana(reading):
        return ""
    return re.sub(r"\s+", " ", simplify_long_vowels(hepburn(reading).replace("-", ""))).strip()


def suggest_latin(family_reading: str, given_reading: str) -> tuple[str, str]:
    """Capitalised Latin family and given names for the readings (``Yamada``, ``Taro``)."""
    return romaji(family_reading).title(), romaji(given_reading).title()


def _strip_marks(text: str) -> str:
    # Drop combining accents from Latin letters (ō → o, é → e) but keep kana's dakuten,
    # which NFKD also splits off: recompose those.
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for ch in decomposed:
        if unicodedata.combining(ch) and kept and ord(kept[-1]) < 0x3000:
            continue
        kept.append(ch)
    return unicodedata.normalize("NFKC", "".join(kept))


# Characters that NFKC text can hold and whose decomposition has no mark to strip: ASCII,
# CJK punctuation (less the ideographic tone marks 302A-302F), kana (less the combining and
# spacing dakuten 3099-309C), kanji. Text made only of them skips _strip_marks, which would
# give it back unchanged.
_NO_MARKS = re.compile("[\x00-\x7f\u3000-\u3029\u3030-\u3098\u309d-\u9fff]*")


# What jaconv.kata2hira changes (it translates character by character): ァ-ヶ, ヽ, ヾ.
_KATAKANA = re.compile("[\u30a1-\u30f6\u30fd\u30fe]")


# What matching ignores besides marks: C0/C1 control characters (a NUL inside a word broke
# the full-text query), variation selectors (葛󠄀城 is found by 葛城), and lone surrogates (what
# invalid UTF-8 on a command line decodes to).
_IGNORED = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufe00-\ufe0f"
                      "\U000e0100-\U000e01ef\ud800-\udfff\u200b-\u200d\u2060\ufeff]")
# Controls that str.split() takes for whitespace (tab, LF, VT, FF, CR, 1C-1F, NEL) are not
# in these: the split at the end of fold separates words at them, as at a space.
_ASCII_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f]")


def fold(text: str) -> str:
    """Normalise text for matching: full/half width alike, katakana as hiragana, Latin
    case and accents ignored, runs of spaces single, control characters and variation
    selectors ignored."""
    if text.isascii():  # most of a search text (romaji, e-mails): nothing to normalise
        if _ASCII_CONTROL.search(text):
            text = _ASCII_CONTROL.sub("", text)
        return " ".join(text.lower().split())
    text = _IGNORED.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    if _KATAKANA.search(text):  # most Japanese text has none: translating it costs most
        text = jaconv.kata2hira(text)
    if not _NO_MARKS.fullmatch(text):
        text = _strip_marks(text)
    return " ".join(text.casefold().split())  # split() takes the whitespace \s would


def search_tokens(query: str) -> list[str]:
    """The folded words of a query; every one of them must match."""
    return [t for t in fold(query).split(" ") if t]


def romaji_variants(reading: str) -> list[str]:
    """Spellings a user may type for a reading: strict Hepburn and the card form."""
    return list(_romaji_variants(reading))


@lru_cache(maxsize=4096)  # a pure function of the reading; names repeat (about 40 µs each)
def _romaji_variants(reading: str) -> tuple[str, ...]:
    reading = normalize_kana(reading)
    if not reading or not is_kana(reading):
        return ()
    strict = hepburn(reading).replace("'", "")
    return tuple(sorted({strict, simplify_long_vowels(strict)}))


_SMALL = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")


def _seion(text: str) -> str:
    """Kana with dakuten and handakuten removed and small kana made large: the primary
    key of gojūon order (か and が sort together, then by the mark)."""
    bare = unicodedata.normalize("NFD", text).replace("\u3099", "").replace("\u309a", "")
    return unicodedata.normalize("NFC", bare).translate(_SMALL)


def sort_key(reading: str, latin: str, written: str) -> str:
    """Sort key for a name: Japanese names by their kana reading in gojūon order, Latin
    names alphabetically (Latin names come first, then kana, as address books do).

    ``reading`` is the kana reading (family then given), ``latin`` the Latin name (family
    then given), ``written`` the name as written, used when neither is known.
    """
    if reading.strip():
        hira = to_hiragana(reading).replace(" ", "").replace("　", "")
        return "2" + _seion(hira) + "\x01" + hira
    if latin.strip():
        return "1" + fold(latin)
    if written.strip():
        if has_cjk(written):
            guessed = "".join(p["hira"] for p in _converter().convert(written))
            return "2" + _seion(guessed) + "\x01" + guessed
        return "1" + fold(written)
    return "3"
