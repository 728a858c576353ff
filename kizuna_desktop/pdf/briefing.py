"""Renders a pre-meeting briefing (``services.briefing.Briefing``) to PDF bytes.

Every user string is escaped before it reaches a Paragraph; every font is the embedded IPAex.
"""

from __future__ import annotations

import io
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
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kizuna_desktop.kinds import LEDGER_KIND_LABELS, occasion_label
from kizuna_desktop.pdf import fonts
from kizuna_desktop.pdf.fonts import GOTHIC, MINCHO
from kizuna_desktop.services.japanese import has_cjk
from kizuna_desktop.text import zones
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
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16 * mm, 20 * mm, 17 * mm
CELL_LIMIT = 300
INTERACTION_NOTE_LIMIT = 600
KIND_LABELS = {"meishi_exchange": "Meishi exchange", "nomikai": "Nomikai", "email": "E-mail"}


def _style(name: str, size: float, leading: float | None = None, color=INK, font=GOTHIC,
           **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.45,
                          textColor=color, bulletFontName=GOTHIC, **kw)


S = {
    "kicker": _style("kicker", 8, color=ACCENT, spaceAfter=1),
    "title": _style("title", 17, 22, spaceAfter=2),
    "meta": _style("meta", 9.5, color=MUTED, spaceAfter=6),
    "h2": _style("h2", 10.5, 14, color=ACCENT, spaceBefore=7, spaceAfter=3),
    "body": _style("body", 9),
    "small": _style("small", 8, color=MUTED),
    "cell": _style("cell", 8.2, 11),
    "label": _style("label", 7.6, 11, color=MUTED),
    "bullet": _style("bullet", 9, leftIndent=9, bulletIndent=0, spaceAfter=1.5),
    "role": _style("role", 9.5, 13.5),
    "role_en": _style("role_en", 8.5, 12, color=MUTED, spaceAfter=4),
    "latin": _style("latin", 12, 15),
    "address": _style("address", 8.5, 12, color=MUTED),
    "item_head": _style("item_head", 8.2, 11.5, color=MUTED, spaceBefore=3),
    "item": _style("item", 9.2, 13),
    "item_notes": _style("item_notes", 8.2, 11.5, color=colors.HexColor("#39424e")),
}


def esc(text: str) -> str:
    return escape(text or "")


def clip(text: str, limit: int) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def para(text: str, style: str, markup: str | None = None) -> Paragraph:
    """A paragraph of user text (escaped; newlines kept); ``markup`` wraps the escaped text
    (e.g. '<font color=...>%s</font>'). ReportLab's default wrapping breaks Japanese between
    characters and mixed text at spaces (its CJK mode would drop spaces in mixed text)."""
    body = esc(text).replace("\n", "<br/>")
    return Paragraph(markup % body if markup else body, S[style])


class NameWithReading(Flowable):
    """The name as written, large, with its kana reading set above each part as furigana."""

    def __init__(self, p: PersonBrief, photo_size: float = 24 * mm):
        super().__init__()
        self.p = p
        self.name_size = 22
        self.reading_size = 8.5
        self.photo_size = photo_size if p.photo and _image(p.photo) else 0

    def _parts(self) -> list[tuple[str, str]]:
        n = self.p.name
        if has_cjk(n.family_name + n.given_name):
            parts = [(n.family_name, n.family_reading), (n.given_name, n.given_reading)]
        else:  # a Latin name is written given name first; its katakana reading likewise
            parts = [(n.given_name, n.given_reading), (n.family_name, n.family_reading)]
        return [(w, r) for w, r in parts if w] or [(self.p.latin or "?", "")]

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        self.height = self.name_size * 1.25 + self.reading_size * 1.4
        self.height = max(self.height, self.photo_size)
        return self.width, self.height

    def draw(self):
        c = self.canv
        x = 0.0
        baseline = self.height - self.reading_size * 1.4 - self.name_size * 0.95
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
                c.drawCentredString(x + w / 2, baseline + size * 0.98, reading)
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
    """A section heading with a hairline under it."""
    return _table([[Paragraph(esc(text), S["h2"])]], [
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ], colWidths=["100%"])


def _grid(rows: list[list], widths: list[float], header: bool = True) -> Table:
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), PANEL))
    return _table(rows, style, colWidths=widths, repeatRows=1 if header else 0)


def _when(d) -> str:
    return zones.fmt(d, "%Y-%m-%d") if d else ""


def _role_lines(p: PersonBrief) -> list[Paragraph]:
    cur = p.current
    if cur is None:
        return [para("No current position recorded.", "role_en")]
    group = f"（{p.group_name}グループ）" if p.group_name else ""
    ja = " · ".join(x for x in (cur.title_ja, cur.department_ja, cur.organization_ja + group) if x)
    en = " · ".join(x for x in (cur.title_en, cur.department_en, cur.organization_en) if x)
    out = [para(ja or en, "role")]
    if ja and en:
        out.append(para(en, "role_en"))
    return out


def _facts(p: PersonBrief, on: date, width: float) -> Table:
    last = "never"
    if p.last_interaction:  # dated where it happened; days to the meeting never negative
        days = p.last_days_before or 0
        before = "the same day" if days == 0 else f"{days} day{'s' * (days != 1)} before"
        last = f"{zones.fmt(p.last_interaction, '%Y-%m-%d')} ({before})"
    # Whoever brought them to the user: "X introduced them to me" or "X introduced me to them".
    introduced_by = [i.introducer_name for i in p.introductions if i.introducer_id and (
        (i.introduced_id == p.id and i.introduced_to_id is None)
        or (i.introduced_id is None and i.introduced_to_id == p.id))]
    birthday = ""
    if p.birthday:
        y, m, d = p.birthday
        birthday = f"{y}-{m:02d}-{d:02d}" if y else f"{m:02d}-{d:02d}"
    pairs = [
        ("Known since", zones.fmt(p.known_since, "%Y-%m-%d") if p.known_since
         else "not yet known before this meeting"),
        ("Interactions", f"{p.interaction_count}, last {last}"),
        ("How we met", p.how_we_met),
        ("Introduced by", ", ".join(introduced_by)),
        ("Region", p.region),
        ("Birthday", birthday),
        ("Tags", ", ".join(p.tags)),
    ]
    pairs = [(k, v) for k, v in pairs if v]
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:]
    rows = []
    for i in range(half):
        row = []
        for side in (left, right):
            if i < len(side):
                row += [para(side[i][0], "label"), para(clip(side[i][1], CELL_LIMIT), "cell")]
            else:
                row += ["", ""]
        rows.append(row)
    lw = 22 * mm
    return _table(rows, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ], colWidths=[lw, width / 2 - lw, lw, width / 2 - lw])


def _interactions(p: PersonBrief) -> list:
    if not p.latest:
        return [para("No interactions recorded yet.", "small")]
    out = []
    for i in p.latest:
        kind = KIND_LABELS.get(i.kind.value, i.kind.value.replace("_", " ").capitalize())
        others = ", ".join(o.name for o in i.others(p.id))
        # Its time where it happened, with the zone: the same on paper wherever it is printed.
        at = i.local
        stamp = f"{zones.fmt(at, '%Y-%m-%d %H:%M')} {zone_abbreviation(at)}"
        head = " · ".join(x for x in (stamp, kind, i.place, f"with {others}" if others else "")
                          if x)
        block = [para(head, "item_head")]
        if i.summary:
            block.append(para(i.summary, "item"))
        if i.notes:
            block.append(para(clip(i.notes, INTERACTION_NOTE_LIMIT), "item_notes"))
        out.append(KeepTogether(block))
    if p.older_count:
        out.append(Spacer(0, 2))
        out.append(para(f"{p.older_count} older interaction{'s' * (p.older_count != 1)} "
                        "not shown.", "small"))
    return out


def _follow_ups(p: PersonBrief, on: date) -> list:
    if not p.follow_ups:
        return [para("Nothing open.", "small")]
    out = []
    for f in p.follow_ups:
        overdue = p.is_overdue(f, on)
        due = f"due {zones.fmt(f.effective_due, '%Y-%m-%d')}" + (" — OVERDUE" if overdue else "")
        color = "#b3261e" if overdue else "#5f6b7a"
        text = Paragraph(f"{esc(clip(f.title, 500))} <font color='{color}' size='8'>"
                         f"({esc(due)})</font>", S["bullet"], bulletText="□")
        out.append(text)
    return out


def _ledger(p: PersonBrief, width: float) -> list:
    if not p.ledger:
        return [para("No gifts or favours recorded.", "small")]
    rows = [[para(h, "label") for h in ("Date", "", "What", "Occasion", "Description", "Value")]]
    for e in p.ledger:
        arrow = "→ given" if e.direction.value == "given" else "← received"
        value = f"{e.value:,} {e.currency}" if e.value is not None else ""
        rows.append([para(_when(e.occurred_on), "cell"), para(arrow, "cell"),
                     para(LEDGER_KIND_LABELS[e.kind], "cell"),
                     para(occasion_label(e.occasion, short=True), "cell"),
                     para(clip(e.description, CELL_LIMIT), "cell"), para(value, "cell")])
    t = _grid(rows, [19 * mm, 18 * mm, 19 * mm, 17 * mm, width - 95 * mm, 22 * mm])
    b = p.balance
    line = f"Balance: {b.sentence()}"  # counts, and values per currency
    if p.ledger_left_out:
        line += f" ({p.ledger_left_out} older entries not shown)"
    return [t, Spacer(0, 2), para(line, "small")]


def _career(p: PersonBrief, width: float) -> list:
    if not p.history:
        return [para("No positions recorded.", "small")]
    rows = [[para(h, "label") for h in ("Period", "Organisation", "Department", "Title")]]
    for h in p.history[:12]:
        period = f"{_when(h.start_date) or '?'} – {_when(h.end_date) or 'now'}"
        rows.append([para(period, "cell"),
                     para(clip(h.organization_ja or h.organization_en, CELL_LIMIT), "cell"),
                     para(clip(h.department_ja or h.department_en, CELL_LIMIT), "cell"),
                     para(clip(" / ".join(x for x in (h.title_ja, h.title_en) if x), CELL_LIMIT),
                          "cell")])
    return [_grid(rows, [41 * mm, width * 0.29, width * 0.23, width * 0.48 - 41 * mm])]


def _connections(p: PersonBrief) -> list:
    out = []
    if p.connections:
        out.append(para(" · ".join(f"{c.name} ({c.why})" for c in p.connections), "body"))
    for i in p.introductions:
        when = f" on {zones.fmt(i.introduced_on, '%Y-%m-%d')}" if i.introduced_on else ""
        out.append(Paragraph(esc(i.sentence() + when), S["bullet"], bulletText="•"))
    return out or [para("No shared connections recorded.", "small")]


def _person(p: PersonBrief, on: date, width: float) -> list:
    story: list = [CondPageBreak(60 * mm), NameWithReading(p), Spacer(0, 2)]
    story.append(para(p.latin, "latin"))
    address = " · ".join(x for x in (p.address_written, p.address_spoken) if x)
    if address:
        story.append(para(f"Address as {address}", "address"))
    story.append(Spacer(0, 4))
    story += _role_lines(p)
    story.append(_facts(p, on, width))
    if p.talking_points:
        story.append(_h2("Talking points"))
        story += [Paragraph(esc(clip(t, 600)), S["bullet"], bulletText="•")
                  for t in p.talking_points]
    shown = len(p.latest)
    story.append(_h2(f"Latest interactions ({shown} of {p.interaction_count})"
                     if p.interaction_count else "Latest interactions"))
    story += _interactions(p)
    story.append(_h2("Open follow-ups"))
    story += _follow_ups(p, on)
    story.append(_h2("Gifts and favours"))
    story += _ledger(p, width)
    story.append(_h2("Career"))
    story += _career(p, width)
    story.append(_h2("Connections and introductions"))
    story += _connections(p)
    if p.notes:
        story.append(_h2("Notes"))
        story.append(para(p.notes, "body"))
        if p.notes_left_out:
            story.append(para(f"… {p.notes_left_out:,} more characters in the journal.", "small"))
    return story


def _heading(b: Briefing) -> list:
    m = b.meeting
    title = m.title or ("Briefing: " + ", ".join(p.written or p.latin for p in b.people))
    meta = []
    if m.when:  # shown in the zone it was given in: the meeting's local time
        zone = zone_abbreviation(m.when)
        if m.zone_name and m.zone_name != zone:
            zone += f" ({m.zone_name})"
        meta.append(f"{m.when:%A} {m.when.day} {zones.fmt(m.when, '%B %Y, %H:%M')} {zone}")
    elif m.day:
        meta.append(f"{m.day:%A} {m.day.day} {zones.fmt(m.day, '%B %Y')}")
    if m.place:
        meta.append(m.place)
    meta.append(f"{len(b.people)} attending")
    story = [para("PRE-MEETING BRIEFING", "kicker"), para(clip(title, 300), "title"),
             para(" · ".join(meta), "meta")]
    box = _table([[para("Before you go", "h2")],
                  *[[Paragraph(esc(e), S["bullet"], bulletText="•")] for e in b.etiquette]], [
        ("BACKGROUND", (0, 0), (-1, -1), PANEL), ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ], colWidths=["100%"])
    return [*story, box, Spacer(0, 6)]


def _canvas_class(b: Briefing, title: str):
    class BriefingCanvas(Canvas):
        """Defers each page so the footer can say 'page N of M'."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = GOTHIC
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
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
            w, h = self._pagesize
            self.saveState()
            self.setFont(GOTHIC, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            if n > 1:
                self.drawString(MARGIN_X, h - 12 * mm, clip(title, 90))
                self.line(MARGIN_X, h - 13.5 * mm, w - MARGIN_X, h - 13.5 * mm)
            self.line(MARGIN_X, 12 * mm, w - MARGIN_X, 12 * mm)
            self.drawString(MARGIN_X, 8 * mm,
                            f"Kizuna Desktop · prepared {b.made_on:%Y-%m-%d} · confidential")
            self.drawRightString(w - MARGIN_X, 8 * mm, f"Page {n} of {total}")
            self.restoreState()

    return BriefingCanvas


def render(b: Briefing, paper: str = "a4") -> bytes:
    """The briefing as PDF bytes on ``paper`` ('a4' or 'letter')."""
    fonts.register()
    if paper not in PAPERS:
        raise ValueError(f"paper is one of {', '.join(PAPERS)}")
    size = PAPERS[paper]
    out = io.BytesIO()
    title = b.meeting.title or "Briefing: " + ", ".join(p.written or p.latin for p in b.people)
    doc = SimpleDocTemplate(
        out, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author="Kizuna Desktop",
        subject="Pre-meeting briefing", creator="Kizuna Desktop",
    )
    width = size[0] - 2 * MARGIN_X
    story = _heading(b)
    for i, p in enumerate(b.people):
        if i:
            story.append(Spacer(0, 10))
        story += _person(p, b.on, width)
    doc.build(story, canvasmaker=_canvas_class(b, title))
    return out.getvalue()
