"""The partner-dependency report (issue 24): plain data in (``Dependency.as_json()``, a dict),
PDF bytes out. Tables of the customers and people reached only through the partner and of
the partner's people it hangs on, the last business review, a bar chart of interactions
per quarter, a chart of the ties (you → the partner's people → those reached only through
them), and the warning-sign checklist. Every user string is escaped before it reaches a
Paragraph; the fonts are the bundled IPAex faces, embedded."""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kizuna_desktop import i18n
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.pdf import fonts
from kizuna_desktop.pdf.fonts import GOTHIC

_language = "en"  # the report's, set by render()


def _t(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP, context "dependency_report") in the
    report's language."""
    return i18n.translate_in(_language, "dependency_report", text)


def _day(value: date | str) -> str:
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return i18n.format_date(day, "ja", weekday=False) if _language == "ja" \
        else day.isoformat()

INK = colors.HexColor("#1d232b")
MUTED = colors.HexColor("#5a6470")
ACCENT = colors.HexColor("#1f3a5f")
ALERT = colors.HexColor("#a33b20")
RULE = colors.HexColor("#c9ced6")


def _style(name: str, size: float, color=INK, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=GOTHIC, fontSize=size, leading=size * 1.4,
                          textColor=color, **kw)


S = {"title": _style("title", 16, spaceAfter=2), "meta": _style("meta", 9, MUTED, spaceAfter=6),
     "h2": _style("h2", 10.5, ACCENT, spaceBefore=8, spaceAfter=3),
     "body": _style("body", 9), "cell": _style("cell", 8.5), "alert": _style("alert", 9, ALERT)}


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text or ""), S[style])


def _grid(rows: list[list[str]], widths: list[float]) -> Table:
    t = Table([[_p(c, "cell") for c in r] for r in rows], colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), GOTHIC, 8.5),  # else the table names Helvetica
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def quarter_chart(quarters: list[dict], width: float = 160 * mm, height: float = 38 * mm
                  ) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = GOTHIC  # else the renderer names Helvetica in the page's fonts
    top = max([q["count"] for q in quarters] + [1])
    bar_w = width / max(1, len(quarters)) * 0.55
    base = 20 if _language == "ja" else 12
    for k, q in enumerate(quarters):
        x = (k + 0.5) * width / len(quarters) - bar_w / 2
        h = (height - base - 14) * q["count"] / top
        d.add(Rect(x, base, bar_w, h, fillColor=ACCENT, strokeColor=None))
        d.add(String(x + bar_w / 2, base + h + 3, str(q["count"]), fontName=GOTHIC, fontSize=8,
                     textAnchor="middle", fillColor=INK))
        if _language == "ja":  # 2025年12月3日 – / 2026年3月2日: the report's dates, on two lines
            d.add(String(x + bar_w / 2, 10, f"{_day(q['from'])} –", fontName=GOTHIC,
                         fontSize=7, textAnchor="middle", fillColor=MUTED))
            d.add(String(x + bar_w / 2, 2, _day(q["to"]), fontName=GOTHIC,
                         fontSize=7, textAnchor="middle", fillColor=MUTED))
        else:
            d.add(String(x + bar_w / 2, 2, f"{q['from']} – {q['to']}", fontName=GOTHIC,
                         fontSize=7, textAnchor="middle", fillColor=MUTED))
    d.add(Line(0, base, width, base, strokeColor=RULE, strokeWidth=0.6))
    return d


def ties_chart(data: dict, width: float = 170 * mm) -> Drawing:
    """You on the left, the partner's people in the middle, the people reached only through
    them on the right; a red line for each tie that would break if that person left, a grey
    one where they are one of several roads."""
    staff = data["partner_people"]
    only = data["customers_only_through"]["people"]
    hangs = {h["person"]["id"]: [b["id"] for b in h["breaks"]]
             for h in data["people_it_hangs_on"]}
    rows = max(len(staff), len(only), 1)
    row_h = 16
    height = rows * row_h + 26
    d = Drawing(width, height)
    d.initialFontName = GOTHIC  # else the renderer names Helvetica in the page's fonts

    def y_of(k: int, n: int) -> float:
        span = n * row_h
        return (height - 18) / 2 - span / 2 + (n - 1 - k) * row_h + row_h / 2

    xs = (8, width / 2 - 40, width - 150)
    d.add(String(xs[1], height - 10, _clip(data["partner"]["name"], 30), fontName=GOTHIC,
                 fontSize=8, fillColor=MUTED))
    d.add(String(xs[2], height - 10,
                 _t(QT_TRANSLATE_NOOP("dependency_report", "only through them")),
                 fontName=GOTHIC, fontSize=8,
                 fillColor=MUTED))
    you_y = y_of(0, 1)
    d.add(String(xs[0], you_y - 3, _t(QT_TRANSLATE_NOOP("dependency_report", "you")),
                 fontName=GOTHIC, fontSize=9, fillColor=INK))
    staff_y = {p["id"]: y_of(k, len(staff)) for k, p in enumerate(staff)}
    shared = {h["person"]["id"]: [b["id"] for b in h.get("one_of_several", [])]
              for h in data["people_it_hangs_on"]}
    # each of those reached only through them beside the partner people they are reached by
    # (the mean of their rows), so that the lines cross as little as they can
    row = {p["id"]: k for k, p in enumerate(staff)}
    by: dict[int, list[int]] = {}
    for sid in row:
        for b in hangs.get(sid, []) + shared.get(sid, []):
            by.setdefault(b, []).append(row[sid])
    only = sorted(only, key=lambda p: (sum(by.get(p["id"], [len(staff)]))
                                       / len(by.get(p["id"], [len(staff)])), p["name"]))
    only_y = {p["id"]: y_of(k, len(only)) for k, p in enumerate(only)}
    for p in staff:
        d.add(Line(xs[0] + 22, you_y, xs[1] - 4, staff_y[p["id"]], strokeColor=RULE,
                   strokeWidth=1))
        for b in shared.get(p["id"], []):
            if b in only_y:
                d.add(Line(xs[1] + 58, staff_y[p["id"]], xs[2] - 4, only_y[b],
                           strokeColor=MUTED, strokeWidth=0.8, strokeDashArray=[2, 2]))
        for b in hangs.get(p["id"], []):
            if b in only_y:
                d.add(Line(xs[1] + 58, staff_y[p["id"]], xs[2] - 4, only_y[b],
                           strokeColor=ALERT, strokeWidth=1.2))
        d.add(String(xs[1], staff_y[p["id"]] - 3, _clip(p["name"], 14), fontName=GOTHIC,
                     fontSize=9, fillColor=INK))
    for p in only:
        label = p["name"] + (f"（{p['organization']}）" if p["organization"] else "")
        d.add(String(xs[2], only_y[p["id"]] - 3, _clip(label, 22), fontName=GOTHIC,
                     fontSize=9, fillColor=INK))
    return d


def render(data: dict, made_on: date, language: str | None = None) -> bytes:
    """The report of ``data`` (``Dependency.as_json()``) as PDF bytes (A4), in ``language``
    (by default the interface's)."""
    global _language
    _language = language or i18n.current()
    fonts.register()
    out = io.BytesIO()
    partner = data["partner"]["name"]

    class _Canvas(Canvas):
        def __init__(self, *a, **kw):
            kw["initialFontName"] = GOTHIC
            super().__init__(*a, **kw)

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=_t(QT_TRANSLATE_NOOP("dependency_report",
                                                       "Partner dependency: {partner}"))
                            .format(partner=partner), author="Kizuna")
    width = A4[0] - 36 * mm
    orgs = data["customers_only_through"]["organizations"]
    people = data["customers_only_through"]["people"]
    review = data["last_business_review"]
    story: list = [
        _p(_t(QT_TRANSLATE_NOOP("dependency_report", "Partner dependency: {partner}"))
           .format(partner=partner), "title"),
        _p(_t(QT_TRANSLATE_NOOP("dependency_report",
                                "As of {day} · {staff} people at the partner · customer "
                                "organisations only through it: {orgs} · people: {people}"))
           .format(day=_day(made_on), staff=len(data["partner_people"]), orgs=len(orgs),
                   people=len(people)), "meta"),
        _p(_t(QT_TRANSLATE_NOOP("dependency_report", "Last business review")), "h2"),
        _p(_day(review) if review else _t(QT_TRANSLATE_NOOP("dependency_report", "None recorded.")),
           "body" if review else "alert"),
        _p(_t(QT_TRANSLATE_NOOP("dependency_report", "Customers only through the partner")), "h2"),
    ]
    if orgs:
        story.append(_grid([[_t(QT_TRANSLATE_NOOP("dependency_report", "Organisation")),
                             _t(QT_TRANSLATE_NOOP("dependency_report",
                                                  "People there only through it"))]]
                           + [[o["name"], "、".join(p["name"] for p in o["people"])]
                              for o in orgs], [width * 0.4, width * 0.6]))
    else:
        story.append(_p(_t(QT_TRANSLATE_NOOP("dependency_report",
                              "None: every customer can be reached without the partner."))))
    loose = [p for p in people if not p["organization"]]
    if loose:
        story.append(Spacer(1, 3))
        story.append(_p(_t(QT_TRANSLATE_NOOP("dependency_report",
                              "People with no organisation, only through the partner: "))
                        + "、".join(p["name"] for p in loose)))
    story.append(_p(_t(QT_TRANSLATE_NOOP("dependency_report", "The people it hangs on")), "h2"))
    if data["people_it_hangs_on"]:
        story.append(_grid([[_t(QT_TRANSLATE_NOOP("dependency_report", "At the partner")),
                             _t(QT_TRANSLATE_NOOP("dependency_report",
                                                  "Lost entirely if they leave")),
                             _t(QT_TRANSLATE_NOOP("dependency_report", "One of several roads to")),
                             _t(QT_TRANSLATE_NOOP("dependency_report",
                                                  "Customers lost entirely"))]]
                           + [[h["person"]["name"], "、".join(b["name"] for b in h["breaks"]),
                               "、".join(b["name"] for b in h.get("one_of_several", [])),
                               "、".join(h["organizations"])]
                              for h in data["people_it_hangs_on"]],
                           [width * 0.2, width * 0.3, width * 0.25, width * 0.25]))
    else:
        story.append(_p(_t(QT_TRANSLATE_NOOP("dependency_report",
                              "No tie rests on one person at the partner."))))
    story.append(_p(_t(QT_TRANSLATE_NOOP("dependency_report", "Chart of ties")), "h2"))
    story.append(ties_chart(data, width))
    story.append(_p(_t(QT_TRANSLATE_NOOP("dependency_report",
                          "Interactions with the partner's people per quarter")), "h2"))
    story.append(quarter_chart(data["interactions_per_quarter"], width))
    story.append(_p(_t(QT_TRANSLATE_NOOP("dependency_report", "Warning signs")), "h2"))
    # the signs' labels as the CLI prints them (its "cli" entries of the catalogue)
    story.append(_grid([["", _t(QT_TRANSLATE_NOOP("dependency_report", "Sign")),
                         _t(QT_TRANSLATE_NOOP("dependency_report", "Ticked on")),
                         _t(QT_TRANSLATE_NOOP("dependency_report", "Note"))]]
                       + [["■" if s["checked"] else "□",
                           i18n.translate_in(_language, "cli", s["label"]),
                           _day(s["checked_on"]) if s["checked_on"] else "",
                           s["note"]] for s in data["warning_signs"]],
                       [width * 0.06, width * 0.5, width * 0.16, width * 0.28]))
    doc.build(story, canvasmaker=_Canvas)
    return out.getvalue()
