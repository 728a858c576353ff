"""The roster page of the morning's meetings (issue 23, "Before you go"): one row per
meeting, in order: its time in its zone, "be there by", title, place and who is there. The
briefings follow it in the same PDF (``services/meetings.write_morning``). Plain data in,
PDF bytes out; every text a user typed is escaped before it reaches ReportLab markup."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kizuna_desktop import i18n
from kizuna_desktop.i18n import translate
from kizuna_desktop.pdf import fonts
from kizuna_desktop.pdf.fonts import GOTHIC

PAPERS = {"a4": A4, "letter": LETTER}


def title_of(day: date) -> str:
    """"Meetings on 2031-03-06", in Japanese "2031年3月6日(木)の打ち合わせ"."""
    when = i18n.format_date(day, "ja") if i18n.current() == "ja" else day.isoformat()
    return translate("roster", "Meetings on {day}").format(day=when)


@dataclass(frozen=True, kw_only=True)
class RosterRow:
    time: str  # "09:30–10:30 JST", or the date of an all-day event
    here: str = ""  # the laptop's clock at its start when it reads otherwise ("14:30 UTC")
    title: str
    place: str
    be_there_by: str  # "09:20", "" for an all-day event
    people: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Roster:
    day: date
    rows: list[RosterRow]


MAX_WHO = 12  # names in a row's Who cell; an all-hands of 200 would be taller than a page


def who(people: list[str]) -> list[str]:
    """The first ``MAX_WHO`` names, then "… and N more" (their briefing names everyone)."""
    if len(people) <= MAX_WHO:
        return people
    rest = len(people) - (MAX_WHO - 1)
    return [*people[:MAX_WHO - 1],
            translate("roster", "… and {n} more").format(n=rest)]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render(roster: Roster, paper: str = "a4") -> bytes:
    fonts.register()
    size = PAPERS[paper]
    out = io.BytesIO()
    title = title_of(roster.day)
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title=title,
                            author="Kizuna Desktop")
    h = ParagraphStyle("h", fontName=GOTHIC, fontSize=16, leading=20, spaceAfter=4 * mm)
    cell = ParagraphStyle("c", fontName=GOTHIC, fontSize=9.5, leading=12.5)
    head = ParagraphStyle("hd", parent=cell, textColor=colors.white)
    data = [[_p(t, head) for t in (
        translate("roster", "Time"), translate("roster", "Be there by"),
        translate("roster", "Meeting"), translate("roster", "Place"),
        translate("roster", "Who"))]]
    for r in roster.rows:
        when = r.time + ("\n" + translate("roster", "({time} here)").format(time=r.here)
                         if r.here else "")
        data.append([_p(when, cell), _p(r.be_there_by, cell), _p(r.title, cell),
                     _p(r.place, cell), _p("\n".join(who(r.people)), cell)])
    width = size[0] - 32 * mm
    table = Table(data, colWidths=[w * width for w in (0.17, 0.1, 0.25, 0.2, 0.28)],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f3a6b")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#b8bccb")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    note = ParagraphStyle("n", parent=cell, textColor=colors.HexColor("#444444"),
                          spaceBefore=5 * mm)
    n = len(roster.rows)
    after = translate("roster", "%n meeting; its briefing follows.", "", n) if n == 1 else \
        translate("roster", "%n meetings; a briefing for each follows.", "", n)
    story = [_p(title, h), table, _p(after, note)]
    doc.build([*story[:1], Spacer(1, 1 * mm), *story[1:]])
    return out.getvalue()
