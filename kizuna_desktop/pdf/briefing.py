"""Renders a pre-meeting briefing (``services.briefing.Briefing``) to PDF bytes, in English or
Japanese (``Briefing.language``).

A reader's document: the meeting and a short "Before you go" first; with several people a
who's-who roster by seniority; then a section per person in the order a reader needs it (who,
role, how you know each other, last time and what was promised, open follow-ups, talking
points), the rest after. Every user string is escaped before it reaches a Paragraph, and every
paragraph is broken into lines by ``text.kinsoku`` (no line starts with ）、。ー…), then set
as those lines. Every font is embedded (IPAex with its fallback chain).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import unicodedata
from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.pdf import fonts
from kizuna_desktop.pdf.fonts import GOTHIC, MINCHO
from kizuna_desktop.services.japanese import has_cjk
from kizuna_desktop.text import kinsoku, zones
from kizuna_desktop.text.zones import abbreviation as zone_abbreviation

if TYPE_CHECKING:  # plain data from the services; the PDF layer never touches the journal
    from kizuna_desktop.services.briefing import Briefing, PersonBrief

PAPERS = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1b1f24")
ACCENT = colors.HexColor("#1f3a5f")  # ai-iro, indigo
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d2de")
PANEL = colors.HexColor("#f1f4f8")
ALERT = colors.HexColor("#b3261e")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16 * mm, 18 * mm, 16 * mm
CELL_LIMIT = 300
INTERACTION_NOTE_LIMIT = 600
EARLIER_NOTE_LIMIT = 160
EARLIER_SHOWN = 3  # after "Last time"; the rest are counted
CAREER_SHOWN = 12

# Headings and words, per language. A Japanese business reader's headings are nouns (経歴,
# 前回のやり取り, 約束事項, 贈答, 紹介).
WORDS = {
    "en": {
        "kicker": "PRE-MEETING BRIEFING", "title": "Briefing: ", "before": "Before you go",
        "roster": "Who's who", "attending": "{n} attending", "address": "Address as ",
        "known": "Known since", "interactions": "Interactions", "how": "How we met",
        "introduced": "Introduced by", "region": "Region", "birthday": "Birthday",
        "tags": "Tags", "last_time": "Last time", "follow_ups": "Open follow-ups",
        "talking": "Talking points", "earlier": "Earlier interactions",
        "ledger": "Gifts and favours", "career": "Career",
        "connections": "Connections and introductions", "notes": "Notes",
        "continued": " (continued)", "none_yet": "No interactions recorded yet.",
        "nothing_open": "Nothing open.", "no_ledger": "No gifts or favours recorded.",
        "no_career": "No positions recorded.", "no_connections":
        "No shared connections recorded.", "no_position": "No current position recorded.",
        "not_known": "not yet known before this meeting", "never": "never",
        "same_day": "the same day", "days_before": "{n} day{s} before",
        "count_last": "{n}, last {last}", "older_i": "{n} older interaction{s} not shown.",
        "older_p": "{n} older position{s} not shown.", "more_chars":
        "… {n:,} more characters in the journal.", "due": "due {d}", "overdue": " — OVERDUE",
        "with": "with {x}", "balance": "Balance: {x}", "older_l": " ({n} older entries not shown)",
        "ledger_cols": ("Date", "", "What", "Occasion", "Description", "Value"),
        "career_cols": ("Period", "Organisation", "Department", "Title"),
        "now": "now", "unknown_start": "(start unknown)", "given": "→ given",
        "received": "← received",
        "footer": "Kizuna Desktop · prepared {d} · confidential", "page": "Page {n} of {t}",
        "roster_cols": ("Name", "Title · organisation", "Address as"),
        "named_year": "{y} (how we met); first record {d}", "in_writing": " in writing",
        "in_speech": " in speech",
        "reach": "Through whom you reach them (best {n}, up to {h} steps):",
        "reach_cut": "The search stopped at its time limit; a stronger chain may exist.",
        "reach_more": "{n} more chain(s) through others: kizuna paths (no room on the page).",
        "you": "you", "strength": "(strength {x:.2f})",
        "guests": "Also invited, not in the journal: {x}", "guests_more": " … and {n} more",
        "agenda": "Agenda: ", "here": " ({x} here)",
    },
    "ja": {
        "kicker": "打ち合わせ資料", "title": "ブリーフィング：", "before": "出発前に",
        "roster": "出席者一覧", "attending": "出席 {n}名", "address": "呼び方　",
        "known": "知り合った時期", "interactions": "やり取り", "how": "出会い",
        "introduced": "紹介者", "region": "地域", "birthday": "誕生日", "tags": "タグ",
        "last_time": "前回のやり取り", "follow_ups": "約束事項（未完了）", "talking": "話題",
        "earlier": "それ以前のやり取り", "ledger": "贈答", "career": "経歴",
        "connections": "人脈・紹介", "notes": "メモ", "continued": "（続き）",
        "reach": "この方へのつながり（人を介して、上位{n}件、{h}段階まで）：",
        "reach_cut": "時間の上限で探索を打ち切りました。より強いつながりがあるかもしれません。",
        "reach_more": "ほか{n}件のつながりは紙面の都合で省略（kizuna paths で表示）。",
        "you": "あなた", "strength": "（強さ {x:.2f}）",
        "guests": "ほかの出席者（連絡先に未登録）：{x}", "guests_more": "…ほか{n}名",
        "agenda": "議題：", "here": "（ここでは {x}）",
        "none_yet": "やり取りの記録はまだありません。",
        "nothing_open": "未完了の約束はありません。",
        "no_ledger": "贈答の記録はありません。", "no_career": "経歴の記録はありません。",
        "no_connections": "共通の知人の記録はありません。",
        "no_position": "現在の役職は記録されていません。",
        "not_known": "この打ち合わせ以前の記録なし", "never": "なし", "same_day": "当日",
        "days_before": "{n}日前", "count_last": "{n}回、最終 {last}",
        "older_i": "ほか{n}件の古いやり取りは省略。", "older_p": "ほか{n}件の古い経歴は省略。",
        "more_chars": "…続き{n:,}文字はジャーナルに。", "due": "期限 {d}",
        "overdue": "　期限切れ", "with": "同席：{x}", "balance": "贈答の収支：{x}",
        "older_l": "（ほか{n}件は省略）",
        "ledger_cols": ("日付", "授受", "種類", "名目", "内容", "金額"),
        "career_cols": ("期間", "会社", "部署", "役職"), "now": "現在",
        "unknown_start": "（時期不明）",
        "given": "贈った", "received": "いただいた",
        "footer": "Kizuna Desktop · 作成 {d} · 社外秘", "page": "{n} / {t} ページ",
        "roster_cols": ("氏名", "会社 · 役職", "呼び方"),
        "named_year": "{y}年（出会い）· 記録は{d}から", "in_writing": "（書面）",
        "in_speech": "（口頭）",
    },
}
KINDS = {
    "en": {"meishi_exchange": "Meishi exchange", "nomikai": "Nomikai", "email": "E-mail",
           "business_review": "Business review"},
    "ja": {"meeting": "面談", "meal": "会食", "nomikai": "飲み会", "call": "電話",
           "email": "メール", "message": "メッセージ", "event": "イベント",
           "meishi_exchange": "名刺交換", "other": "その他", "business_review": "定例レビュー"},
}
LEDGER_KINDS = {
    "en": {"gift": "Gift", "favour": "Favour", "introduction": "Introduction",
           "invitation": "Invitation"},
    "ja": {"gift": "贈り物", "favour": "お世話", "introduction": "紹介", "invitation": "招待"},
}
OCCASIONS = {  # in words: お中元 (summer gift), never the stored value
    "en": {"nengajo": "年賀 (New Year)", "ochugen": "お中元 (summer gift)",
           "oseibo": "お歳暮 (year-end gift)", "omiyage": "お土産 (souvenir)",
           "thanks": "お礼 (thanks)", "congratulations": "お祝い (congratulations)",
           "condolence": "お悔やみ (condolence)", "other": ""},
    "ja": {"nengajo": "年賀", "ochugen": "お中元", "oseibo": "お歳暮", "omiyage": "お土産",
           "thanks": "お礼", "congratulations": "お祝い", "condolence": "お悔やみ", "other": ""},
}
WEEKDAYS_JA = "月火水木金土日"


def _style(name: str, size: float, leading: float | None = None, color=INK, font=GOTHIC,
           **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.4,
                          textColor=color, bulletFontName=GOTHIC, **kw)


S = {
    "kicker": _style("kicker", 8, color=ACCENT, spaceAfter=1),
    "title": _style("title", 16, 20, spaceAfter=1),
    "meta": _style("meta", 9.5, color=MUTED, spaceAfter=4),
    "h2": _style("h2", 10, 13, color=ACCENT, spaceBefore=4, spaceAfter=1.5),
    "body": _style("body", 9),
    "small": _style("small", 8, color=MUTED),
    "before": _style("before", 8, 11),
    "cell": _style("cell", 8.2, 11),
    "label": _style("label", 7.6, 11, color=MUTED),
    "bullet": _style("bullet", 9, 12.5, leftIndent=9, bulletIndent=0, spaceAfter=1),
    "bullet_alert": _style("bullet_alert", 9, 12.5, color=ALERT, leftIndent=9, bulletIndent=0,
                           spaceAfter=1),
    "role": _style("role", 9.5, 13),
    "role_en": _style("role_en", 8.5, 11.5, color=MUTED, spaceAfter=3),
    "latin": _style("latin", 11.5, 14),
    "address": _style("address", 8.5, 11.5, color=MUTED),
    "item_head": _style("item_head", 8, 11, color=MUTED, spaceBefore=2),
    "item": _style("item", 9, 12.5),
    "item_notes": _style("item_notes", 8.2, 10.5, color=colors.HexColor("#39424e")),
    "earlier": _style("earlier", 8.6, 11.5),
}


def esc(text: str) -> str:
    return escape(text or "")


def clip(text: str, limit: int) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def break_prose(text: str, measure, limit: float) -> list[str]:
    """One paragraph's lines: each as full as fits ``limit``, broken only where
    ``kinsoku.allowed`` lets a line break (so no line starts with ）、。ー or small kana and
    none ends with an opening bracket); between two Japanese characters a BudouX phrase
    boundary is preferred when it costs at most a fifth of the line. A word longer than a
    line is split where it must be."""
    words: list[str] = []
    for u in kinsoku.atoms(text):  # a Latin word with accents (shachō, Müller) stays whole
        if (words and u[:1] and not _cjk(u[0]) and not u[0].isspace()
                and not _cjk(words[-1][-1]) and not words[-1][-1].isspace()):
            words[-1] += u
        else:
            words.append(u)
    units: list[str] = []
    free: set[int] = set()  # splits inside a word too long for a line
    for u in words:
        if len(u) > 1 and measure(u.rstrip()) > limit:
            for i, ch in enumerate(u):
                if i:
                    free.add(len(units))
                units.append(ch)
        else:
            units.append(u)
    widths = [measure(u) for u in units]
    trimmed = [measure(u.rstrip()) if u != u.rstrip() else w
               for u, w in zip(units, widths, strict=True)]
    offsets = [0]
    for u in units:
        offsets.append(offsets[-1] + len(u))
    phrases: frozenset[int] | None = None
    lines: list[str] = []
    start, n = 0, len(units)
    while start < n:
        used, end = 0.0, start
        while end < n and used + trimmed[end] <= limit:
            used += widths[end]
            end += 1
        if end >= n:
            lines.append("".join(units[start:]).rstrip())
            break
        end = max(end, start + 1)
        best = None
        for k in range(end, start, -1):
            if k in free or kinsoku.allowed(units[k - 1], units[k]):
                best = k
                break
        if best is None:
            best = end  # nothing allowed anywhere on the line: break where it is full
        elif _cjk(units[best - 1][-1]) and _cjk(units[best][0]):
            if phrases is None:
                phrases = kinsoku.phrase_starts(text)
            if offsets[best] not in phrases:
                floor = sum(widths[start:best]) - limit * 0.2
                for k in range(best - 1, start, -1):
                    if sum(widths[start:k]) < floor:
                        break
                    if offsets[k] in phrases and kinsoku.allowed(units[k - 1], units[k]):
                        best = k
                        break
        lines.append("".join(units[start:best]).rstrip())
        start = best
        while start < n and units[start] in (" ", "\u3000"):
            start += 1
    return [x for x in lines if x] or [""]


def lines_of(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """``text`` broken into lines that fit ``width`` by the kinsoku rules; each newline of the
    text starts a line."""
    limit = max(width - style.leftIndent - style.rightIndent - 0.5, style.fontSize * 2)
    cache: dict[str, float] = {}

    def measure(t: str) -> float:
        if t not in cache:
            cache[t] = fonts.width(t, style.fontName, style.fontSize)
        return cache[t]

    out: list[str] = []
    for raw in (text or "").split("\n"):
        out += break_prose(raw, measure, limit)
    return out


class KPara(Flowable):
    """A paragraph of plain user text, broken into lines by our kinsoku rules and set as those
    lines (ReportLab's own wrapping would start lines with ）、 or ー). ``markup`` wraps the
    escaped text (e.g. '<font color=...>%s</font>'); ``continued`` is the heading repeated,
    with "(continued)", above any part that spills onto another page."""

    def __init__(self, text: str, style: str | ParagraphStyle, markup: str | None = None,
                 bullet: str | None = None, continued: str | None = None):
        super().__init__()
        self.text = text or ""
        self.style = S[style] if isinstance(style, str) else style
        self.markup = markup
        self.bullet = bullet
        self.continued = continued
        self._para: Paragraph | None = None
        self._for_width: float | None = None

    def lines(self, width: float) -> list[str]:
        return lines_of(self.text, self.style, width)

    def _paragraph(self, width: float) -> Paragraph:
        if self._para is None or self._for_width != width:
            body = "<br/>".join(esc(x) for x in self.lines(width))
            self._para = Paragraph(self.markup % body if self.markup else body, self.style,
                                   bulletText=self.bullet)
            self._for_width = width
        return self._para

    def wrap(self, avail_w, avail_h):
        self.width, self.height = self._paragraph(avail_w).wrap(avail_w, avail_h)
        return self.width, self.height

    def split(self, avail_w, avail_h):
        parts = self._paragraph(avail_w).split(avail_w, avail_h)
        if self.continued and len(parts) > 1:
            label = Paragraph(esc(self.continued), S["h2"])
            parts = [parts[0], *(Continued(label, p) for p in parts[1:])]
        return parts

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (ReportLab's name)
        self._para.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self):  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter


class Continued(Flowable):
    """The rest of a split paragraph under its heading with "(continued)"."""

    def __init__(self, label: Paragraph, body: Flowable):
        super().__init__()
        self.label, self.body = label, body

    def wrap(self, avail_w, avail_h):
        _, self._lh = self.label.wrap(avail_w, avail_h)
        _, bh = self.body.wrap(avail_w, max(avail_h - self._lh, 0))
        self.width, self.height = avail_w, self._lh + bh
        return self.width, self.height

    def split(self, avail_w, avail_h):
        _, lh = self.label.wrap(avail_w, avail_h)
        parts = self.body.split(avail_w, avail_h - lh)
        return [Continued(self.label, p) for p in parts]

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802
        self.body.drawOn(canvas, x, y, _sW)
        self.label.drawOn(canvas, x, y + self.height - self._lh, _sW)


def _is_katakana(text: str) -> bool:
    t = text.replace("・", "").replace("ー", "").replace(" ", "")
    return bool(t) and all("\u30a0" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff" for ch in t)


def written_name(p: PersonBrief, lang: str = "en") -> str:
    """The name as a Japanese reader writes it: kanji family first; a foreign name in katakana
    in its own order (エミリー・スミス), also from its katakana reading in a Japanese
    briefing."""
    n = p.name
    if _is_katakana(n.family_name + n.given_name):
        return "・".join(x for x in (n.given_name, n.family_name) if x)
    if (lang == "ja" and not has_cjk(n.family_name + n.given_name)
            and _is_katakana(n.family_reading + n.given_reading)):
        return "・".join(x for x in (n.given_reading, n.family_reading) if x)
    return p.written or p.latin


class NameWithReading(Flowable):
    """The name as written, large, with its kana reading set above each part as furigana
    (kanji only: katakana needs none)."""

    def __init__(self, p: PersonBrief, photo_size: float = 22 * mm):
        super().__init__()
        self.p = p
        self.name_size = 21
        self.reading_size = 8
        self.photo_size = photo_size if p.photo and _image(p.photo) else 0

    def _parts(self) -> list[tuple[str, str]]:
        n = self.p.name
        if _is_katakana(n.family_name + n.given_name):  # a foreign name: its own order
            parts = [(n.given_name, ""), (n.family_name, "")]
        elif has_cjk(n.family_name + n.given_name):
            parts = [(n.family_name, n.family_reading), (n.given_name, n.given_reading)]
        else:  # a Latin name is written given name first; its katakana reading likewise
            parts = [(n.given_name, n.given_reading), (n.family_name, n.family_reading)]
        # No reading over katakana, nor a hiragana one over a Latin name.
        parts = [(w, "" if _is_katakana(w) or (r and not _is_katakana(r) and not has_cjk(w))
                  else r) for w, r in parts]
        return [(w, r) for w, r in parts if w] or [(self.p.latin or "?", "")]

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        reading = any(r for _, r in self._parts())
        self.height = self.name_size * 1.2 + (self.reading_size * 1.3 if reading else 0)
        self.height = max(self.height, self.photo_size)
        return self.width, self.height

    def draw(self):
        c = self.canv
        x = 0.0
        reading_h = self.reading_size * 1.3 if any(r for _, r in self._parts()) else 0
        baseline = self.height - reading_h - self.name_size * 0.92
        gap = self.name_size * 0.4
        max_w = self.width - self.photo_size - 4 * mm
        total = sum(fonts.width(w, MINCHO, self.name_size) for w, _ in self._parts())
        size = self.name_size * min(1.0, max_w / (total + gap)) if total else self.name_size
        for written, reading in self._parts():
            w = fonts.width(written, MINCHO, size)
            c.setFont(MINCHO, size)
            c.setFillColor(INK)
            c.drawString(x, baseline, written)
            if reading:
                rs = self.reading_size
                while rs > 5 and fonts.width(reading, GOTHIC, rs) > max(w, 1) * 1.6:
                    rs -= 0.5
                c.setFont(GOTHIC, rs)
                c.setFillColor(MUTED)
                rw = fonts.width(reading, GOTHIC, rs)  # centred over its part, in the column
                c.drawString(max(0.0, x + (w - rw) / 2), baseline + size * 0.98, reading)
            x += w + gap
        if self.photo_size:
            c.drawImage(_image(self.p.photo), self.width - self.photo_size, 0,
                        self.photo_size, self.photo_size, preserveAspectRatio=True,
                        mask="auto")


def _image(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        img = ImageReader(io.BytesIO(data))
        img.getSize()
        return img
    except Exception:  # a damaged photo must not stop the briefing
        return None


def _table(rows, style: list, **kw) -> Table:
    """A table whose plain-string cells, if any, also use the embedded font."""
    t = Table(rows, **kw)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), GOTHIC), *style]))
    return t


def _h2(text: str) -> Table:
    """A section heading with a hairline under it, kept with what follows it."""
    t = _table([[Paragraph(esc(text), S["h2"])]], [
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ], colWidths=["100%"])
    t.keepWithNext = True
    return t


def _section(heading: str, content: list) -> list:
    """A heading kept on one page with the first thing under it (ReportLab's keepWithNext
    does not reach into a KeepTogether, so the pair is grouped here)."""
    if not content:
        return [_h2(heading)]
    first = content[0]
    inner = list(first._content) if isinstance(first, KeepTogether) else [first]
    return [KeepTogether([_h2(heading), *inner]), *content[1:]]


def _grid(rows: list[list], widths: list[float], header: bool = True) -> Table:
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), PANEL))
    return _table(rows, style, colWidths=widths, repeatRows=1 if header else 0)


def _when(d, w: dict | None = None) -> str:
    """A date: 2026年7月7日 in a Japanese briefing (i18n.format_date), 2026-07-07 otherwise."""
    if d and w is WORDS.get("ja"):
        from kizuna_desktop import i18n

        return i18n.format_date(d, "ja", weekday=False)
    return zones.fmt(d, "%Y-%m-%d") if d else ""


def role_line_ja(p: PersonBrief) -> str:
    """会社 · 部署 · 役職: the larger unit first, as a Japanese line puts it."""
    cur = p.current
    if cur is None:
        return ""
    group = f"（{p.group_name}グループ）" if p.group_name else ""
    org = cur.organization_ja + group if cur.organization_ja else ""
    return " · ".join(x for x in (org, cur.department_ja, cur.title_ja) if x)


def role_line_en(p: PersonBrief) -> str:
    cur = p.current
    if cur is None:
        return ""
    return " · ".join(x for x in (cur.title_en, cur.department_en, cur.organization_en) if x)


def _role_lines(p: PersonBrief, w: dict) -> list:
    ja, en = role_line_ja(p), role_line_en(p)
    if not ja and not en:
        return [KPara(w["no_position"], "role_en")]
    out = [KPara(ja or en, "role")]
    if ja and en:
        out.append(KPara(en, "role_en"))
    return out


def address_as(p: PersonBrief, lang: str) -> str:
    """How to address them: in writing (山田様) and in speech (Yamada-san, or 鈴木社長 for a
    president)."""
    spoken = p.address_spoken
    family = p.address_written.removesuffix("様")
    if family and p.address_written.endswith("様") and not has_cjk(family) \
            and (not spoken or spoken.endswith("-san")):  # (an officer keeps 社長)
        # a name in Latin letters (John Miller in New York): "Miller 様" as the New Year
        # cards write it, with a space; in English "Mr/Ms Miller" (the journal keeps no
        # gender), not a Japanese honorific
        if lang == "ja":
            return f"{family} 様 · {family}さん"
        return f"Mr/Ms {family}"
    if lang == "ja" and spoken.endswith("-san") and p.name.family_name:
        spoken = f"{p.name.family_name}さん" if has_cjk(p.name.family_name) else \
            f"{p.address_written.removesuffix('様')}さん"
    elif lang == "ja" and " (" in spoken:  # 鈴木社長 (Suzuki-shachō): the romaji is for others
        spoken = spoken.split(" (")[0]
    return " · ".join(x for x in (p.address_written, spoken) if x)


def _known_since(p: PersonBrief, w: dict) -> str:
    if p.known_since is None and p.known_since_year is None:
        return w["not_known"]
    d = _when(p.known_since, w)
    if p.known_since_year is not None:  # "How we met" names an earlier year: never contradict it
        return w["named_year"].format(y=p.known_since_year, d=d) if d else str(
            p.known_since_year)
    return d


def _facts(p: PersonBrief, width: float, w: dict) -> Table:
    last = w["never"]
    if p.last_interaction:  # dated where it happened; days to the meeting never negative
        days = p.last_days_before or 0
        before = w["same_day"] if days == 0 else w["days_before"].format(
            n=days, s="s" * (days != 1))
        last = f"{_when(p.last_interaction, w)} ({before})"
    # Whoever brought them to the user: "X introduced them to me" or "X introduced me to them".
    introduced_by = [i.introducer_name for i in p.introductions if i.introducer_id and (
        (i.introduced_id == p.id and i.introduced_to_id is None)
        or (i.introduced_id is None and i.introduced_to_id == p.id))]
    birthday = ""
    if p.birthday:
        y, m, d = p.birthday
        birthday = f"{y}-{m:02d}-{d:02d}" if y else f"{m:02d}-{d:02d}"
        if w is WORDS.get("ja"):
            birthday = f"{y}年{m}月{d}日" if y else f"{m}月{d}日"
    pairs = [
        (w["known"], _known_since(p, w)),
        (w["interactions"], w["count_last"].format(n=p.interaction_count, last=last)),
        (w["how"], p.how_we_met),
        (w["introduced"], ", ".join(introduced_by)),
        (w["region"], p.region),
        (w["birthday"], birthday),
        (w["tags"], ", ".join(p.tags)),
    ]
    pairs = [(k, v) for k, v in pairs if v]
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:]
    rows = []
    for i in range(half):
        row = []
        for side in (left, right):
            if i < len(side):
                row += [KPara(side[i][0], "label"), KPara(clip(side[i][1], CELL_LIMIT), "cell")]
            else:
                row += ["", ""]
        rows.append(row)
    lw = 22 * mm
    return _table(rows, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ], colWidths=[lw, width / 2 - lw, lw, width / 2 - lw])


def _head(i, p: PersonBrief, lang: str, w: dict) -> str:
    v = i.kind.value
    kind = KINDS[lang].get(v) or KINDS["en"].get(v) or v.replace("_", " ").capitalize()
    others = ", ".join(o.name for o in i.others(p.id))
    # Its time where it happened, with the zone: the same on paper wherever it is printed.
    at = i.local
    stamp = f"{_when(at, w)} {zones.fmt(at, '%H:%M')} {zone_abbreviation(at)}"
    if getattr(i, "all_day", False):  # a card app's 名刺交換日: its date, never 00:00 JST
        stamp = _when(at.date(), w)
    return " · ".join(x for x in (stamp, kind, i.place, w["with"].format(x=others)
                                  if others else "") if x)


def _last_time(p: PersonBrief, lang: str, w: dict) -> list:
    if not p.latest:
        return [KPara(w["none_yet"], "small")]
    i = p.latest[0]
    block: list = [KPara(_head(i, p, lang, w), "item_head")]
    if i.summary:
        block.append(KPara(i.summary, "item"))
    if i.notes:
        block.append(KPara(clip(i.notes, INTERACTION_NOTE_LIMIT), "item_notes"))
    return [KeepTogether(block)]


def _earlier(p: PersonBrief, lang: str, w: dict) -> list:
    out: list = []
    for i in p.latest[1:1 + EARLIER_SHOWN]:  # one line each: when, kind, place — about what
        text = _head(i, p, lang, w) + (f" — {i.summary}" if i.summary else "")
        out.append(KPara(text, "earlier"))
        if i.notes:
            out.append(KPara(clip(i.notes, EARLIER_NOTE_LIMIT), "item_notes"))
    n = p.older_count + max(0, len(p.latest) - 1 - EARLIER_SHOWN)
    if n:
        out.append(KPara(w["older_i"].format(n=n, s="s" * (n != 1)), "small"))
    return out


def _follow_ups(p: PersonBrief, on: date, w: dict) -> list:
    if not p.follow_ups:
        return [KPara(w["nothing_open"], "small")]
    out = []
    for f in p.follow_ups:
        overdue = p.is_overdue(f, on)
        due = w["due"].format(d=_when(f.effective_due, w))
        due += w["overdue"] if overdue else ""
        out.append(KPara(f"{clip(f.title, 500)} ({due})",
                         "bullet_alert" if overdue else "bullet", bullet="□"))
    return out


def _ledger(p: PersonBrief, width: float, lang: str, w: dict) -> list:
    if not p.ledger:
        return [KPara(w["no_ledger"], "small")]
    rows = [[KPara(h, "label") for h in w["ledger_cols"]]]
    for e in p.ledger:
        arrow = w["given"] if e.direction.value == "given" else w["received"]
        value = f"{e.value:,} {e.currency}" if e.value is not None else ""
        kind = getattr(e.kind, "value", str(e.kind))
        occasion = getattr(e.occasion, "value", str(e.occasion or ""))
        rows.append([KPara(_when(e.occurred_on, w), "cell"), KPara(arrow, "cell"),
                     KPara(LEDGER_KINDS[lang].get(kind, kind), "cell"),
                     KPara(OCCASIONS[lang].get(occasion, occasion), "cell"),
                     KPara(clip(e.description, CELL_LIMIT), "cell"), KPara(value, "cell")])
    # a Japanese date (2026年10月3日) takes 24 mm; the occasions are short words there
    fixed = [24, 17, 16, 22] if lang == "ja" else [19, 19, 16, 31]
    t = _grid(rows, [*(x * mm for x in fixed), width - (sum(fixed) + 20) * mm, 20 * mm])
    b = p.balance
    line = w["balance"].format(x=_balance(b, lang))  # counts, and values per currency
    if p.ledger_left_out:
        line += w["older_l"].format(n=p.ledger_left_out)
    return [t, Spacer(0, 1), KPara(line, "small")]


def _balance(b, lang: str) -> str:
    if lang != "ja":
        return b.sentence()

    def money(d: dict[str, int]) -> str:
        return "、".join(f"{v:,} {k}" for k, v in sorted(d.items()))
    given = f"贈 {b.given}件" + (f"（{money(b.value_given)}）" if b.value_given else "")
    received = f"受 {b.received}件" + (f"（{money(b.value_received)}）" if b.value_received
                                       else "")
    return f"{given}、{received}"


def _career(p: PersonBrief, width: float, w: dict) -> list:
    if not p.history:
        return [KPara(w["no_career"], "small")]
    rows = [[KPara(h, "label") for h in w["career_cols"]]]
    for h in p.history[:CAREER_SHOWN]:
        period = (f"{_when(h.start_date, w) or w['unknown_start']} – "
                  f"{_when(h.end_date, w) or w['now']}")
        rows.append([KPara(period, "cell"),
                     KPara(clip(h.organization_ja or h.organization_en, CELL_LIMIT), "cell"),
                     KPara(clip(h.department_ja or h.department_en, CELL_LIMIT), "cell"),
                     KPara(clip(" / ".join(x for x in (h.title_ja, h.title_en) if x),
                                CELL_LIMIT), "cell")])
    out: list = [_grid(rows, [41 * mm, width * 0.29, width * 0.23, width * 0.48 - 41 * mm])]
    left = len(p.history) - CAREER_SHOWN
    if left > 0:
        out.append(KPara(w["older_p"].format(n=left, s="s" * (left != 1)), "small"))
    return out


def _why_ja(why: str) -> str:
    """A connection's reason in Japanese ("4 interactions together" → 同席4回)."""
    if why.endswith(" together") and why.split()[0].isdigit():
        return f"同席{why.split()[0]}回"
    if why.startswith("colleague at "):
        return f"{why.removeprefix('colleague at ')}の同僚"
    return why


def _introduction_ja(i) -> str:
    by = i.introducer_name if i.introducer_id is not None else "私"
    who = i.introduced_name if i.introduced_id is not None else "私"
    to = i.introduced_to_name if i.introduced_to_id is not None else "私"
    return f"{by}が{who}を{to}に紹介"


def _connections(p: PersonBrief, w: dict, lang: str = "en") -> list:
    out: list = []
    # the people a chain below goes through are named there, with their evidence
    in_chains = {n for c in p.chains for n in c.people}
    others = [c for c in p.connections if c.name not in in_chains]
    if others:
        out.append(KPara(" · ".join(
            f"{c.name}（{_why_ja(c.why)}）" if lang == "ja" else f"{c.name} ({c.why})"
            for c in others), "body"))
    for i in p.introductions:
        when = f" ({_when(i.introduced_on, w)})" if i.introduced_on else ""
        said = _introduction_ja(i) if lang == "ja" else i.sentence()
        out.append(KPara(said + when, "bullet", bullet="•"))
    out += _chains(p, w, lang)
    return out or [KPara(w["no_connections"], "small")]


def _chains(p: PersonBrief, w: dict, lang: str) -> list:
    """How the user reaches the person, one short paragraph a chain (the page holds one
    person): you → 青木 健 → 井上 真一 (strength), then each link's evidence; whether the
    search was cut."""
    from kizuna_desktop.services.briefing import CHAIN_HOPS, CHAINS

    more = [KPara(w["reach_more"].format(n=p.chains_left_out), "small")] \
        if p.chains_left_out else []
    if not p.chains:
        return ([KPara(w["reach_cut"], "small")] if p.chains_cut else []) + more
    out: list = [KPara(w["reach"].format(n=CHAINS, h=CHAIN_HOPS), "small")]
    sep = "、" if lang == "ja" else "; "
    for k, c in enumerate(p.chains, 1):
        path = " → ".join([w["you"], *c.people])
        # the links beyond your own (how you know the go-between is in their own brief)
        said = " / ".join(
            f"{link.from_name}–{link.to_name}: "
            + sep.join(link.evidence_ja if lang == "ja" else link.evidence)
            for link in c.links if link.from_id != 0)
        out.append(KPara(clip(f"{k}. {path} {w['strength'].format(x=c.strength)} — "
                              f"{said}", 400), "small"))
    if p.chains_cut:
        out[-1:] = [out[-1], KPara(w["reach_cut"], "small")]
    return out + more


def _person(p: PersonBrief, on: date, width: float, lang: str) -> list:
    w = WORDS[lang]
    story: list = [CondPageBreak(55 * mm), NameWithReading(p), Spacer(0, 1)]
    if p.latin and p.latin.casefold() != written_name(p).casefold():
        story.append(KPara(p.latin, "latin"))
    address = address_as(p, lang)
    if address:
        story.append(KPara(w["address"] + address, "address"))
    story.append(Spacer(0, 3))
    story += _role_lines(p, w)
    story.append(_facts(p, width, w))
    # In the order a reader needs it: last time, what is open, what to talk about.
    story += _section(w["last_time"], _last_time(p, lang, w))
    story += _section(w["follow_ups"], _follow_ups(p, on, w))
    if p.talking_points:
        story += _section(w["talking"], [KPara(clip(t, 600), "bullet", bullet="•")
                                         for t in p.talking_points])
    if len(p.latest) > 1:
        story += _section(w["earlier"], _earlier(p, lang, w))
    story += _section(w["ledger"], _ledger(p, width, lang, w))
    story += _section(w["career"], _career(p, width, w))
    story += _section(w["connections"], _connections(p, w, lang))
    if p.notes:
        notes = [KPara(p.notes, "body", continued=w["notes"] + w["continued"])]
        if p.notes_left_out:
            notes.append(KPara(w["more_chars"].format(n=p.notes_left_out), "small"))
        story += _section(w["notes"], notes)
    return story


def _roster(b: Briefing, width: float, w: dict) -> list:
    """Who's who: one line each, the most senior first."""
    lang = b.language
    rows = [[KPara(h, "label") for h in w["roster_cols"]]]
    for p in b.people:
        name = written_name(p, lang)
        if p.latin and p.latin.casefold() != name.casefold():
            name += f" ({p.latin})"
        cur = p.current
        if cur is None:
            role = ""
        elif lang == "ja":  # 会社 · 役職 (the department is in the person's section)
            role = " · ".join(x for x in (cur.organization_ja or cur.organization_en,
                                          cur.title_ja or cur.title_en) if x)
        else:
            role = " · ".join(x for x in (cur.title_en or cur.title_ja,
                                          cur.organization_en or cur.organization_ja) if x)
        rows.append([KPara(clip(name, 60), "cell"), KPara(clip(role, 120), "cell"),
                     KPara(address_as(p, lang), "cell")])
    table = _grid(rows, [48 * mm, width - 100 * mm, 52 * mm])
    return [*_section(w["roster"], [table]), Spacer(0, 4)]


def title_of(b: Briefing) -> str:
    w = WORDS[b.language]
    return b.meeting.title or (w["title"] + ", ".join(written_name(p) for p in b.people))


def _meta(b: Briefing) -> str:
    m, ja = b.meeting, b.language == "ja"
    w = WORDS[b.language]
    meta = []
    if m.when:  # shown in the zone it was given in: the meeting's local time
        zone = zone_abbreviation(m.when)
        if m.zone_name and m.zone_name != zone:
            zone += f" ({m.zone_name})"
        here = w["here"].format(x=m.here) if m.here else ""  # where the laptop is, too
        if ja:
            meta.append(f"{m.when.year}年{m.when.month}月{m.when.day}日"
                        f"（{WEEKDAYS_JA[m.when.weekday()]}）{m.when:%H:%M} {zone}{here}")
        else:
            meta.append(f"{m.when:%A} {m.when.day} {zones.fmt(m.when, '%B %Y, %H:%M')} "
                        f"{zone}{here}")
    elif m.day:
        meta.append(f"{m.day.year}年{m.day.month}月{m.day.day}日"
                    f"（{WEEKDAYS_JA[m.day.weekday()]}）" if ja else
                    f"{m.day:%A} {m.day.day} {zones.fmt(m.day, '%B %Y')}")
    if m.place:
        meta.append(m.place)
    meta.append(w["attending"].format(n=len(b.people) + len(m.guests)))
    return " · ".join(meta)


GUESTS_SHOWN = 12  # invited people not in the journal named on the page; the rest counted
AGENDA_LIMIT = 600
AGENDA_LINES = 8  # of the agenda's lines printed (a pasted mail thread is longer)


def _meeting_notes(b: Briefing) -> list:
    """Who else is invited (not in the journal) and the calendar's agenda notes."""
    m, w, out = b.meeting, WORDS[b.language], []
    if m.guests:
        sep = "、" if b.language == "ja" else ", "
        shown = sep.join(clip(g, 80) for g in m.guests[:GUESTS_SHOWN])
        more = len(m.guests) - GUESTS_SHOWN
        out.append(KPara(w["guests"].format(x=shown) + (
            w["guests_more"].format(n=more) if more > 0 else ""), "meta"))
    if m.agenda.strip():  # its lines kept ("1. pipeline" / "2. Q1 plan"), the first few
        lines = [" ".join(x.split()) for x in m.agenda.splitlines() if x.strip()]
        text = "\n".join(lines[:AGENDA_LINES]) + ("…" if len(lines) > AGENDA_LINES else "")
        out.append(KPara(w["agenda"] + clip(text, AGENDA_LIMIT), "meta"))
    return out


def _heading(b: Briefing, width: float) -> list:
    w = WORDS[b.language]
    story: list = [KPara(w["kicker"], "kicker"), KPara(clip(title_of(b), 300), "title"),
                   KPara(_meta(b), "meta"), *_meeting_notes(b)]
    # A compact "Before you go": one small paragraph in a thin panel.
    sep = "　・" if b.language == "ja" else "  ·  "
    box = _table([[KPara(w["before"] + ": " + sep.join(b.etiquette) if b.language != "ja"
                         else w["before"] + "：" + sep.join(b.etiquette), "before")]], [
        ("BACKGROUND", (0, 0), (-1, -1), PANEL), ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ], colWidths=[width])
    story += [box, Spacer(0, 5)]
    if len(b.people) > 1:
        story += _roster(b, width, w)
    return story


def _canvas_class(b: Briefing, title: str, continues: dict[int, str] | None = None):
    """``continues``: page number -> the person whose section runs on onto that page (filled
    while the story is laid out, read when the pages are decorated)."""
    w = WORDS[b.language]
    continues = {} if continues is None else continues

    class BriefingCanvas(Canvas):
        """Defers each page so the footer can say 'page N of M'."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = GOTHIC
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(n, total)
                super().showPage()
            super().save()

        def _decorate(self, n: int, total: int) -> None:
            width, h = self._pagesize
            self.saveState()
            self.setFont(GOTHIC, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            if n > 1:
                head = clip(title, 90)
                who = continues.get(n)
                if who and len(b.people) == 1 and head.endswith(who):  # briefing: 山田 太郎（続き）
                    head += w["continued"]
                elif who:  # the meeting's title · 山田 太郎（続き）
                    head += f" · {clip(who, 40)}{w['continued']}"
                fonts.draw_string(self, MARGIN_X, h - 11 * mm, head, GOTHIC, 7.5)
                self.line(MARGIN_X, h - 12.5 * mm, width - MARGIN_X, h - 12.5 * mm)
            self.line(MARGIN_X, 11 * mm, width - MARGIN_X, 11 * mm)
            made = _when(b.made_on, w) if w is WORDS.get("ja") else f"{b.made_on:%Y-%m-%d}"
            self.drawString(MARGIN_X, 7.5 * mm, w["footer"].format(d=made))  # 2026年12月2日
            self.drawRightString(width - MARGIN_X, 7.5 * mm, w["page"].format(n=n, t=total))
            self.restoreState()

    return BriefingCanvas


class BriefingGlyphError(KizunaError):
    """A character no bundled font has: the briefing is refused with each field named."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The briefing cannot be printed as it is:\n  " + "\n  ".join(problems))


def _strings(value, where: str):
    """(field, text) for every string in a briefing's plain data, named by its path."""
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), f"{where}.{f.name}" if where else f.name)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _strings(item, f"{where}[{i + 1}]")
    elif isinstance(value, dict):
        for k, item in value.items():
            yield from _strings(item, f"{where}[{k}]")


def glyph_problems(b: Briefing) -> list[str]:
    """One message per field and character no bundled font has (the meishi's check)."""
    out: list[str] = []
    seen: set[tuple[str, str]] = set()
    fields = [("meeting", b.meeting), ("etiquette", b.etiquette)]
    fields += [(f"{p.written or p.latin or p.id}", p) for p in b.people]
    for label, value in fields:
        for where, text in _strings(value, ""):
            # Line breaks and tabs are layout, not glyphs.
            text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc")
            if not text:
                continue
            field = f"{label}: {where}" if where else label
            errors, _warnings = fonts.problems(field, text, GOTHIC)
            for e in errors:  # a character once per person (not again in derived fields)
                key = (label, e[len(field):])
                if key not in seen:
                    seen.add(key)
                    out.append(e)
    return out


def render(b: Briefing, paper: str = "a4") -> bytes:
    """The briefing as PDF bytes on ``paper`` ('a4' or 'letter'); refused (BriefingGlyphError)
    when a field holds a character no bundled font has."""
    fonts.register()
    problems = glyph_problems(b)
    if problems:
        raise BriefingGlyphError(problems)
    if paper not in PAPERS:
        raise ValueError(f"paper is one of {', '.join(PAPERS)}")
    data, pages = _build(b, paper)
    if pages > 1 and len(b.people) == 1:
        # One person spilling onto a second page (often a heading and a line or two): set
        # it a little tighter, and keep that when it then fits on one page.
        tight, tight_pages = _build(b, paper, compact=True)
        if tight_pages < pages:
            return tight
        # still over: as many of the chains (the connections section) as fit, the rest named
        p = b.people[0]
        # (the last try: the page as it was before chains, without even the note)
        tries = [(p.chains[:keep], len(p.chains) - keep, p.chains_cut)
                 for keep in range(len(p.chains) - 1, -1, -1)] + [([], 0, False)]
        for chains, left_out, cut in tries if p.chains else []:
            q = copy.copy(p)
            q.chains, q.chains_left_out, q.chains_cut = chains, left_out, cut
            fewer = copy.copy(b)
            fewer.people = [q]
            data_fewer, n = _build(fewer, paper, compact=True)
            if n < pages:
                return data_fewer
    return data


@contextlib.contextmanager
def _compact_styles():
    """The paragraph styles with 10 % less leading and half the space around paragraphs."""
    saved = dict(S)
    try:
        for name, st in saved.items():
            S[name] = ParagraphStyle(f"{name}_compact", parent=st, leading=st.leading * 0.9,
                                     spaceBefore=st.spaceBefore * 0.5,
                                     spaceAfter=st.spaceAfter * 0.5)
        yield
    finally:
        S.clear()
        S.update(saved)


def _build(b: Briefing, paper: str, compact: bool = False) -> tuple[bytes, int]:
    """(PDF bytes, pages) of the briefing."""
    size = PAPERS[paper]
    out = io.BytesIO()
    title = title_of(b)
    doc = BaseDocTemplate(
        out, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author="Kizuna Desktop",
        subject="Pre-meeting briefing", creator="Kizuna Desktop",
    )
    # No frame padding: tables and text share one column, inside the header's rules.
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    width = doc.width
    continues: dict[int, str] = {}
    drawn = {"person": "", "page": 0}

    def after(flowable) -> None:  # which person's section each page starts inside
        if isinstance(flowable, (Spacer, CondPageBreak)):
            return
        if doc.page != drawn["page"]:  # the first thing drawn on this page
            drawn["page"] = doc.page
            if drawn["person"] and not isinstance(flowable, NameWithReading):
                continues[doc.page] = drawn["person"]
        if isinstance(flowable, NameWithReading):
            drawn["person"] = written_name(flowable.p, b.language)

    doc.afterFlowable = after
    with _compact_styles() if compact else contextlib.nullcontext():
        story = _heading(b, width)
        for i, p in enumerate(b.people):
            if i:
                story.append(Spacer(0, 8))
            story += _person(p, b.on, width, b.language)
        doc.build(story, canvasmaker=_canvas_class(b, title, continues))
    return out.getvalue(), doc.page
