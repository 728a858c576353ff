"""Japanese line breaking (JIS X 4051 basics) for printed lines and vertical columns.

- No line (or column) starts with a closing bracket, 、。，．：；？！, ー, a middle dot inside
  a word, or a small kana; none ends with an opening bracket.
- Phrases stay whole where a break elsewhere is possible (BudouX: 虎ノ門, 合同会社).
- Addresses prefer the boundaries after 都道府県, 市区町村, 丁目 and spaces; English text
  prefers spaces after commas, then spaces.

``break_lines`` works on any measure: a width function for horizontal lines, a column-length
function for vertical text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

CLOSING = set("、。，．,.)）]］}｝〕〉》」』】〙〗〟’”｠»")
NO_START = CLOSING | set("：；？！:;?!ー‐゠–〜～・･‥…")
NO_START |= set("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ")
NO_START |= set("ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ")
OPENING = set("(（[［{｛〔〈《「『【〘〖〝‘“｟«")
NO_END = OPENING
# Vertical presentation forms count as what they stand for.
NO_START |= set("︑︒︐︓︔︕︖﹂﹄︶︼︺﹈︸﹀︾︙︰")
NO_END |= set("﹁﹃︵︻︹﹇︷︿︽")
ADDRESS_UNITS = set("都道府県市区町村郡")
_LATIN = re.compile(r"[!-~]+ ?|[ 　]")


def is_latin(ch: str) -> bool:
    return ord(ch) < 0x2E80


@functools.lru_cache(maxsize=1)
def _parser():
    """BudouX's Japanese model, or None where it cannot be loaded (a bundle missing its data
    files): the kinsoku rules still hold then, only phrases are not preferred."""
    try:
        import budoux

        return budoux.load_default_japanese_parser()
    except Exception:  # noqa: BLE001 - any failure to load the model means no phrases
        import logging

        logging.getLogger("kizuna").warning("BudouX's model could not be loaded: line "
                                            "breaks do not prefer phrase boundaries")
        return None


@functools.lru_cache(maxsize=2048)
def phrase_starts(text: str) -> frozenset[int]:
    """Character offsets where BudouX starts a phrase (0 excluded)."""
    parser = _parser()
    if parser is None:
        return frozenset()
    starts, pos = set(), 0
    for phrase in parser.parse(text):
        pos += len(phrase)
        starts.add(pos)
    starts.discard(len(text))
    return frozenset(starts)


def atoms(text: str, keep_latin_words: bool = True) -> list[str]:
    """Units a line may break between: a Latin word with its trailing space, a space, or a
    character with any variation selector after it."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if keep_latin_words and ch.isascii() and ch.isprintable():
            m = _LATIN.match(text, i)
            out.append(m.group())
            i = m.end()
            continue
        j = i + 1
        while j < len(text) and (0xFE00 <= ord(text[j]) <= 0xFE0F
                                 or 0xE0100 <= ord(text[j]) <= 0xE01EF):
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _middle_dot_in_word(prev: str, nxt: str) -> bool:
    return bool(prev) and bool(nxt) and not prev[-1].isspace() and not nxt[0].isspace()


def allowed(prev: str, nxt: str) -> bool:
    """Whether a line may break between atom ``prev`` and atom ``nxt``."""
    if not prev or not nxt:
        return False
    if nxt[0] in NO_START or prev.rstrip()[-1:] in NO_END:
        return False
    if prev[-1].isascii() and nxt[0].isascii() and not prev[-1].isspace():
        return False  # inside a Latin word or number (1-2-3, 105-0001)
    return True


def priority(text: str, offset: int, prev: str, nxt: str, *, address: bool) -> int:
    """How good a break at ``offset`` is (higher is better)."""
    if prev.endswith((", ", "、", "，")):
        return 5
    if prev.endswith("　") or (address and prev.endswith(" ")):
        return 4
    if address and (prev[-1] in ADDRESS_UNITS or text[:offset].endswith("丁目")):
        return 4 if nxt[0] not in ADDRESS_UNITS else 1
    if prev.endswith(" ") or prev[-1] == "・":
        return 3
    if offset in phrase_starts(text):
        return 2
    return 1


def _explode(units: list[str], measure: Callable[[str], float], limit: float
             ) -> tuple[list[str], set[int]]:
    """Atoms longer than a line split into characters; returns the units and the indices
    before which such a split may break (after @ . / - preferred, see ``priority``)."""
    out: list[str] = []
    free: set[int] = set()
    for u in units:
        if len(u) > 1 and measure(u.rstrip()) > limit:
            for i, ch in enumerate(u):
                if i:
                    free.add(len(out))
                out.append(ch)
        else:
            out.append(u)
    return out, free


def break_lines(text: str, measure: Callable[[str], float], limit: float, *,
                address: bool = False) -> list[str]:
    """Greedy line breaking: each line as long as fits ``limit`` (as ``measure`` says),
    broken at the best allowed place in its last 60 %; a word longer than a line is split
    (after @ . / - where it can be). Trailing spaces are dropped from lines."""
    units, free = _explode(atoms(text), measure, limit)
    lines: list[str] = []
    start = 0
    offsets = [0]
    for u in units:
        offsets.append(offsets[-1] + len(u))
    while start < len(units):
        end = start + 1
        while end < len(units) and measure("".join(units[start:end + 1]).rstrip()) <= limit:
            end += 1
        if end >= len(units):
            lines.append("".join(units[start:]).rstrip())
            break
        # Candidates: breaks between start+1 .. end (the break goes before units[k]).
        best, best_key = None, None
        line_len = measure("".join(units[start:end]))
        for k in range(end, start, -1):
            inside = k in free
            if not inside and not allowed(units[k - 1], units[k]):
                continue
            used = measure("".join(units[start:k]))
            if used < line_len * 0.4 and best is not None:
                break
            if inside:
                rank = 1 if units[k - 1] in "@./-_" else 0
            else:
                rank = priority(text, offsets[k], units[k - 1], units[k], address=address)
            key = (rank if used >= line_len * 0.4 else -1, used)
            if best_key is None or key > best_key:
                best, best_key = k, key
        if best is None:
            best = end  # nothing allowed: break where the line is full
        lines.append("".join(units[start:best]).rstrip())
        start = best
        while start < len(units) and units[start] in (" ", "　"):
            start += 1
    return [x for x in lines if x]


def violations(line: str, next_line: str | None = None) -> list[str]:
    """What a laid-out line breaks of the rules (for tests and checks): a line starting with a
    forbidden character, or ending with an opening bracket before a next line."""
    out = []
    s = line.lstrip(" 　")
    if s and s[0] in NO_START and not (s[0] == "・" and len(s) > 1 and s[1] in " 　"):
        out.append(f"starts with {s[0]}: {line}")
    if next_line is not None and line.rstrip()[-1:] in NO_END:
        out.append(f"ends with {line.rstrip()[-1]}: {line}")
    return out
