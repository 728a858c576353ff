"""Japanese postal addresses as text (issue 25): one line read into its parts, block numbers
in kanji numerals. Pure text, used by services/postal.py and by the printed forms (pdf/)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
)

_CODE = re.compile(r"^\s*(?:〒\s*)?(\d{3})-?(\d{4})(?!\d)\s*")
_CITY = re.compile(r"^((?:[^\s\d]+?郡)?[^\s\d]+?[市区町村](?:[^\s\d]+?区)?)")
_BLOCK = re.compile(
    r"(\d+(?:\s*(?:丁目|番地?|号|[-‐－ー−―の])\s*\d+)*(?:\s*(?:丁目|番地?|号))?)"
)
_DASHES = "-‐－ー−―"


@dataclass(kw_only=True)
class Parts:
    """An address's parts, as ``addresses`` stores them."""

    postal_code: str = ""  # NNN-NNNN
    region: str = ""  # prefecture
    city: str = ""  # city or ward (市区町村, with its 郡 or 区)
    town: str = ""  # 町域
    block: str = ""  # 丁目・番・号, as written (1-2-3 or 一丁目二番三号)
    extended: str = ""  # building and room

    @property
    def street(self) -> str:
        return self.town + self.block


def normal_code(code: str) -> str:
    """``NNN-NNNN`` from a code written with or without 〒, the hyphen or full-width digits;
    "" when it is not seven digits."""
    digits = re.sub(r"[\s〒\-‐－ー−]", "", unicodedata.normalize("NFKC", code or ""))
    if not re.fullmatch(r"\d{7}", digits):
        return ""
    return f"{digits[:3]}-{digits[3:]}"


def without_code(text: str) -> str:
    """``text`` without a postal code (〒 and digits, any width) at its head: after 〒, or
    seven digits (NNN-NNNN); a house number (1-2-3 Marunouchi…, 1600 Amphitheatre
    Parkway) stays."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    return re.sub(r"^(?:〒\s*[\d\-‐－ー−]{3,}|\d{3}[\-‐－ー−]?\d{4}(?![\d\-‐－ー−]))\s*", "",
                  s).strip()


def parse(text: str) -> Parts | None:
    """The parts of a Japanese address written on one line (〒100-0005 東京都千代田区丸の内1-2-3
    丸ビル5階), or None when it does not read as one (no prefecture and no postal code, or no
    city)."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    out = Parts()
    m = _CODE.match(s)
    if m:
        out.postal_code = f"{m.group(1)}-{m.group(2)}"
        s = s[m.end():]
    s = s.lstrip()
    for p in PREFECTURES:
        if s.startswith(p):
            out.region = p
            s = s[len(p):].lstrip()
            break
    if not (out.region or out.postal_code):
        return None
    m = _CITY.match(s)
    if not m:
        return None
    out.city = m.group(1)
    rest = s[m.end():].strip()
    town, block, building = split_street(rest)
    out.town, out.block, out.extended = town, block, building
    return out


def split_street(street: str) -> tuple[str, str, str]:
    """(town, block numbers, what follows them) of the part after the city: 丸の内1-2-3 丸ビル
    → (丸の内, 1-2-3, 丸ビル). With no number the whole is the town."""
    s = unicodedata.normalize("NFKC", street or "").strip()
    m = _BLOCK.search(s)
    if not m:
        return s, "", ""
    return s[:m.start()].strip(), m.group(1).replace(" ", ""), s[m.end():].strip()


# -- kanji numerals --------------------------------------------------------------------------

_DIGITS = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    """23 → 二十三, 105 → 百五, 2027 → 二千二十七 (positional with 十百千, as block numbers
    are written in vertical addresses)."""
    if n < 0:
        raise ValueError(n)
    if n == 0:
        return "〇"
    if n >= 10000:
        return "".join(_DIGITS[int(d)] for d in str(n))
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else _DIGITS[q]) + unit
    if n:
        out += _DIGITS[n]
    return out


def address_number(n: int | str) -> str:
    """A number in an address as 筆まめ and 宛名職人 write it: up to two digits with 十
    (5 → 五, 23 → 二十三), three digits or more digit by digit (201 → 二〇一, 4683 → 四六八三)."""
    digits = str(n)
    if len(digits) >= 3:
        return "".join(_DIGITS[int(d)] for d in digits)
    return kanji_number(int(digits))


_BASEMENT = re.compile(r"(?<![A-Za-z0-9])[BＢ]\s*(\d+)\s*[FＦfｆ](?![A-Za-z])")
_FLOOR = re.compile(r"(?<=\d)\s*[FＦfｆ](?![A-Za-z])")


def kanji_digits(text: str) -> str:
    """Every run of digits in ``text`` as :func:`address_number` writes it; a floor written
    20F (or B1F) becomes 二十階 (地下一階), as a vertical address writes it (review 5 finding
    9: the F was set sideways after the kanji numerals)."""
    text = _FLOOR.sub("階", _BASEMENT.sub(r"地下\1階", text))
    return re.sub(r"\d+", lambda m: address_number(m.group()), text)


def kanji_block(block: str, *, style: str = "chome") -> str:
    """Block numbers in kanji numerals: 1-2-3 → 一丁目二番三号 (``style="chome"``) or
    一―二―三 (``style="dash"``, the dash to be set vertically). A block already written with
    丁目/番/号 keeps its units, its digits turned into kanji."""
    s = unicodedata.normalize("NFKC", block or "").strip()
    if not s:
        return ""
    if any(u in s for u in ("丁目", "番", "号")) or "の" in s:
        return re.sub(r"\d+", lambda m: address_number(m.group()), s)
    nums = [p for p in re.split(f"[{_DASHES}]", s) if p]
    if not all(p.isdigit() for p in nums):
        return re.sub(r"\d+", lambda m: address_number(m.group()), s)
    kan = [address_number(p) for p in nums]
    if style == "dash":
        return "―".join(kan)
    units = ("丁目", "番", "号") if len(kan) == 3 else ("番", "号") if len(kan) == 2 else ("番地",)
    return "".join(k + u for k, u in zip(kan, units, strict=False)) + "".join(
        "―" + k for k in kan[len(units):])


