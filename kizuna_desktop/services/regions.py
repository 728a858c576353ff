"""Japan's prefectures grouped into regions, with the notes a briefing reminds the user of."""

from __future__ import annotations

from datetime import date

REGIONS: dict[str, tuple[str, ...]] = {
    "Hokkaido": ("北海道",),
    "Tohoku": ("青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"),
    "Kanto": ("東京都", "神奈川県", "千葉県", "埼玉県", "茨城県", "栃木県", "群馬県"),
    "Chubu": ("新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
              "愛知県"),
    "Kansai": ("大阪府", "京都府", "兵庫県", "奈良県", "滋賀県", "和歌山県", "三重県"),
    "Chugoku": ("鳥取県", "島根県", "岡山県", "広島県", "山口県"),
    "Shikoku": ("徳島県", "香川県", "愛媛県", "高知県"),
    "Kyushu-Okinawa": ("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県",
                       "沖縄県"),
}

_ALIASES = {
    "tokyo": "東京都", "osaka": "大阪府", "kyoto": "京都府", "hokkaido": "北海道",
    "kanagawa": "神奈川県", "aichi": "愛知県", "fukuoka": "福岡県", "hyogo": "兵庫県",
    "chiba": "千葉県", "saitama": "埼玉県", "miyagi": "宮城県", "hiroshima": "広島県",
}

NOTES: dict[str, str] = {
    "Kanto": "Tokyo and Kanto: an earnest, sincere manner; punctuality and preparation are "
             "noticed. Keep humour light until the relationship is there.",
    "Kansai": "Kansai (Osaka above all): sincerity still counts, but humour in an informal "
              "setting goes further than in Tokyo; a warm, frank manner builds trust.",
}
DEFAULT_NOTE = "An earnest, sincere manner counts everywhere in Japan."


def region_of(prefecture: str) -> str | None:
    """The region of a prefecture written in Japanese (東京都) or romaji (Tokyo)."""
    p = prefecture.strip()
    key = p.casefold().removesuffix(" prefecture")
    for suffix in ("-to", "-fu", "-ken"):
        key = key.removesuffix(suffix)
    p = _ALIASES.get(key, p)
    for region, prefectures in REGIONS.items():
        if p in prefectures or p + "県" in prefectures:
            return region
    return None


def note_for(prefecture: str) -> str | None:
    region = region_of(prefecture)
    if region is None:
        return None
    return NOTES.get(region, DEFAULT_NOTE)


def gift_season(on: date, region: str | None) -> str | None:
    """The gift custom that is near ``on`` (within about three weeks), if any."""
    m, d = on.month, on.day
    if region == "Kansai":
        ochugen = (m == 7 and d >= 1) or (m == 8 and d <= 15)
        ochugen_text = "ochūgen (summer gift) season: in Kansai from early July to mid-August"
    else:
        ochugen = (m == 6 and d >= 20) or (m == 7 and d <= 15)
        ochugen_text = "ochūgen (summer gift) season: early to mid-July in Kantō"
    if ochugen:
        return ochugen_text
    if (m == 11 and d >= 20) or (m == 12 and d <= 20):
        return ("oseibo (year-end gift) season in December; nengajō (New Year cards) must be "
                "posted by about 25 December to arrive on 1 January")
    if (m == 12 and d > 20) or (m == 1 and d <= 7):
        return "New Year: nengajō arrive on 1 January; a New Year greeting visit is customary"
    return None
