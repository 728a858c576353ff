"""Address labels on A4 sheets (issue 25.4), for shipping ochūgen and oseibo.

Sheets (mm; label size and pitch, margins to the first label's top left corner), as the
makers publish them. Avery's own template pages were not reachable from here; the figures are
those of LibreOffice's label catalogue, which carries Avery's A4 specifications in 1/100 mm
(officecfg/registry/data/org/openoffice/Office/Labels.xcu, manufacturer "Avery A4",
"L7160 Address" = S;6604;3810;6350;3810;720;1515;3;7 and "L7163 Address" =
S;10160;3810;9906;3810;467;1515;2;7: pitch x; pitch y; width; height; left; top; columns;
rows). Avery's catalogue rounds the L7163 label to 99.1 mm; 99.06 (3.9 in) is the die.
- ``avery-l7160``: Avery L7160, 21 labels (3 × 7) of 63.5 × 38.1, pitch 66.04 × 38.1, top
  margin 15.15, left margin 7.20 (was 7.25 before this check: the columns sat 0.05 mm right);
- ``avery-l7163``: Avery L7163, 14 labels (2 × 7) of 99.06 × 38.1, pitch 101.6 × 38.1, top
  margin 15.15, left margin 4.67 (was 99.1 wide at 4.65);
- ``a-one-28185``: エーワン (A-ONE) 28185, 18 labels (3 × 6) of 70 × 42.3, pitch 70 × 42.3
  (no gaps, edge to edge across the A4 width), top margin 21.5, left margin 0;
- ``kokuyo-kpc-e1121``: KOKUYO KPC-E1121 (-20N), 12 labels (2 × 6) of 86.4 × 42.3, pitch
  86.4 × 42.3, top margin 21.2, left margin 18.6;
- a custom layout: rows, columns, label size, pitch and margins.

The two Japanese sheets (December 2026): the makers' pages (a-one.co.jp, kokuyo-st.co.jp) were
not reachable from here; the figures are those of public label-template files found with a
code search, which cite them:
- A-ONE 28185: a label generator's layout table, "A-ONE 28185  A4 3列×6行  70×42.3mm
  上余白21.5mm" (cols 3, rows 6, label_w_mm 70.0, label_h_mm 42.3, margin_top_mm 21.5,
  margin_left_mm 0.0, gap_h_mm 0.0, gap_v_mm 0.0);
- KOKUYO KPC-E1121-20N: a template citing
  https://www.kokuyo-st.co.jp/search/label_detail.php?…&sid=100122179 — "marginTop: 21.2,
  marginLeft: 18.6, numCardsX: 2, numCardsY: 6, card width: 86.4, height: 42.3".
Print ``--calibration`` on plain paper and hold it against a sheet before a run.

Each label holds 〒 code, address (building on its own line), company/department/title for
work addresses, and the name with 様 (or 御中 alone), horizontal or vertical, shrunk to fit
inside the label with a padding; nothing crosses a label's edge. A calibration print draws
every label's outline.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kizuna_desktop.pdf import fonts, postcard, tategaki
from kizuna_desktop.pdf.postcard import address_columns, foreign_script, who_of

FONT = fonts.MINCHO
PAGE_W, PAGE_H = 210.0, 297.0
PAD = 3.0  # mm inside each label's edge


@dataclass(frozen=True, kw_only=True)
class Sheet:
    name: str
    rows: int
    columns: int
    width: float  # label, mm
    height: float
    pitch_x: float  # left edge to the next label's left edge
    pitch_y: float
    left: float  # the first label's left edge from the sheet's left edge
    top: float

    def check(self) -> None:
        from kizuna_desktop.errors import KizunaError

        if min(self.rows, self.columns) < 1 or min(self.width, self.height) <= 2 * PAD:
            raise KizunaError(f"Sheet {self.name}: rows, columns and a label larger than "
                              f"{2 * PAD:g} mm are needed.")
        if self.pitch_x < self.width or self.pitch_y < self.height:
            raise KizunaError(f"Sheet {self.name}: the pitch is smaller than the label.")
        right = self.left + (self.columns - 1) * self.pitch_x + self.width
        bottom = self.top + (self.rows - 1) * self.pitch_y + self.height
        if self.left < 0 or self.top < 0 or right > PAGE_W + 0.01 or bottom > PAGE_H + 0.01:
            raise KizunaError(f"Sheet {self.name}: the labels run off the A4 page "
                              f"(right edge {right:.1f} mm, bottom {bottom:.1f} mm).")

    def rect(self, i: int) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of label ``i`` on its page, mm from the top left."""
        r, c = divmod(i % (self.rows * self.columns), self.columns)
        x, y = self.left + c * self.pitch_x, self.top + r * self.pitch_y
        return x, y, x + self.width, y + self.height


SHEETS = {
    # Source: LibreOffice Labels.xcu, "Avery A4" (see the module's docstring).
    "avery-l7160": Sheet(name="avery-l7160", rows=7, columns=3, width=63.5, height=38.1,
                         pitch_x=66.04, pitch_y=38.1, left=7.20, top=15.15),
    "avery-l7163": Sheet(name="avery-l7163", rows=7, columns=2, width=99.06, height=38.1,
                         pitch_x=101.6, pitch_y=38.1, left=4.67, top=15.15),
    # Source: the label-template files quoted in the module's docstring.
    "a-one-28185": Sheet(name="a-one-28185", rows=6, columns=3, width=70.0, height=42.3,
                         pitch_x=70.0, pitch_y=42.3, left=0.0, top=21.5),
    "kokuyo-kpc-e1121": Sheet(name="kokuyo-kpc-e1121", rows=6, columns=2, width=86.4,
                              height=42.3, pitch_x=86.4, pitch_y=42.3, left=18.6, top=21.2),
}


def _japanese_code(r) -> bool:
    """A postal code to write after 〒 (review 5 finding 9: a French label read 〒75001)."""
    a = r.address
    return bool(a and a.postal_code and getattr(a, "japanese", True))


def abroad(r) -> bool:
    """An address written in Latin letters (no Japanese parts), abroad or in Japan: a
    horizontal label."""
    a = r.address
    return bool(a and not getattr(a, "japanese", True))


def name_lines_of(r, vertical: bool = False) -> list[str]:
    """The names as the label writes them: as the card does (様, 御中), except on a label to
    an address abroad, where a name in Latin letters reads as written there, given name
    first, after its Mr / Ms / Dr when the contact has one, and without 様 (said)."""
    if abroad(r) and postcard.abroad(r):
        return postcard.abroad_names(r)
    lines = list(r.name_lines)
    family = r.family_name
    if not r.onchu and not r.latin_given_first and family and _CJK.fullmatch(family):
        # 連名: the given names under the contact's, as on the card (佐藤 一郎 様 /
        # 　　 花子 様): one ideographic space for each character of the family name (in a
        # vertical column a space takes half a cell: twice as many)
        pad = "\u3000" * (len(family) * 2 + 1) if vertical else "\u3000" * len(family) + " "
        lines[1:len(r.given_names)] = [pad + g for g in lines[1:len(r.given_names)]]
    return lines


def notes_of(r, vertical: bool = False) -> list[str]:
    """How a label is written where it is not as the card (in the interface's language)."""
    from kizuna_desktop.i18n import translate

    out = []
    if vertical and abroad(r):
        out.append(translate("labels", "{0}: an address abroad in Latin letters, printed "
                             "horizontally on the vertical sheet").format(who_of(r))
                   if postcard.abroad(r) else
                   translate("labels", "{0}: an address in Latin letters, printed "
                             "horizontally on the vertical sheet").format(who_of(r)))
    if name_lines_of(r) != r.name_lines:
        out.append(translate("labels", "{0}: written {1} (an address abroad: no 様)").format(
            who_of(r), name_lines_of(r)[0]))
    return out


def lines_of(r) -> list[str]:
    """The label's lines, top to bottom (horizontal)."""
    out = []
    if _japanese_code(r):  # 〒 is Japan's mark: a code abroad stays in the address lines
        out.append("〒" + r.address.postal_code)
    a = r.address
    if a and getattr(a, "japanese", True) and (a.prefecture or a.city or a.town or a.block):
        out.append(a.prefecture + a.city + a.town + a.block)
        if a.building:
            out.append(a.building)
    elif a and not getattr(a, "japanese", True):  # Latin: one line per part, as written
        for col in address_columns(r):
            out.extend(x.strip() for x in col.split(",") if x.strip())
    else:
        out.extend(address_columns(r))
    out.extend(r.organisation_lines)
    out.extend(name_lines_of(r))
    return out


def _y(top_mm: float) -> float:
    return (PAGE_H - top_mm) * mm


_CJK = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff\U00020000-\U0003ffff]+")
_RIGHT_TO_LEFT = ("Arabic", "Hebrew", "Syriac", "Thaana", "Nko", "Samaritan", "Mandaic")


def problems_of(r) -> list[str]:
    """Why the label cannot be printed, one line a label: text in a right-to-left script
    (it would come out letter by letter, reversed and unjoined), or characters no bundled
    font has (named together)."""
    who = who_of(r)
    text = "".join(lines_of(r))
    names = "".join(r.organisation_lines + name_lines_of(r))
    script = foreign_script(names)
    if script in _RIGHT_TO_LEFT:  # and no Latin name to print instead
        return [f"{who}: the name is written in {script} script (right to left) and has no "
                "Latin form, which the labels cannot print; give it in Japanese or Latin "
                "letters"]
    script = foreign_script(text)
    if script in _RIGHT_TO_LEFT:
        return [f"{who}: the address is written in {script} script (right to left), which "
                "the labels cannot print; give it in Japanese or Latin letters"]
    bad = fonts.problems(who, text, FONT)[0]
    if len(bad) > 1:
        return [f"{who}: {len(bad)} characters have no glyph in any bundled font (they "
                f"would print as boxes): " + "; ".join(b.split(": ", 1)[1].split(" has ")[0]
                                                        for b in bad[:8])
                + ("…" if len(bad) > 8 else "")]
    return bad


FLOOR = 5.5  # pt: a label that fits only smaller than this is refused, named


def _horizontal_size(lines: list[str], box) -> float | None:
    """The largest size (11 pt down to the floor) at which every line fits the label."""
    left, top, right, bottom = box
    w, h = (right - left - 2 * PAD) * mm, (bottom - top - 2 * PAD) * mm
    name_lines = len([x for x in lines if x.endswith((" 様", " 御中"))])
    size = 11.0
    while size >= FLOOR:
        widths = [fonts.width(x, FONT, size * (1.3 if i >= len(lines) - name_lines else 1))
                  for i, x in enumerate(lines)]
        total = sum(size * (1.3 if i >= len(lines) - name_lines else 1) * 1.2
                    for i in range(len(lines)))
        if max(widths) <= w and total <= h:
            return size
        size -= 0.25
    return None


def _vertical_columns(r) -> list[str]:
    cols = [("〒" + r.address.postal_code) if _japanese_code(r) else "",
            *address_columns(r), *r.organisation_lines,
            *name_lines_of(r, vertical=True)]
    return [x for x in cols if x]


def _vertical_fit(cols: list[str], box) -> tuple[float, list[str]] | None:
    """The largest size (11 pt down to the floor) and the columns at it (a long one broken
    into several, by the kinsoku rules) that fit the label; None when none does."""
    left, top, right, bottom = box
    h = (bottom - top - 2 * PAD) * mm
    w = (right - left - 2 * PAD) * mm
    size = 11.0
    while size >= FLOOR:
        if max(tategaki.column_length(x[:1], size, FONT) for x in cols) <= h:
            split = [part for x in cols
                     for part in tategaki.split_columns(x, size, FONT, h, address=True)]
            if (len(split) * size * 1.25 <= w
                    and max(tategaki.column_length(x, size, FONT) for x in split) <= h):
                return size, split
        size -= 0.25
    return None


def _vertical_size(cols: list[str], box) -> float | None:
    fit = _vertical_fit(cols, box)
    return fit[0] if fit else None


def _horizontal(c: Canvas, lines: list[str], box) -> None:
    left, top, right, bottom = box
    name_lines = len([x for x in lines if x.endswith((" 様", " 御中"))])
    size = _horizontal_size(lines, box) or FLOOR
    y = _y(top + PAD)
    for i, line in enumerate(lines):
        s = size * (1.3 if i >= len(lines) - name_lines else 1)
        y -= s * 1.2
        fonts.draw_string(c, (left + PAD) * mm, y + s * 0.2, line, FONT, s)


def _vertical(c: Canvas, r, box) -> None:
    left, top, right, bottom = box
    cols = _vertical_columns(r)
    size, cols = _vertical_fit(cols, box) or (FLOOR, cols)
    x = (right - PAD) * mm - size * 0.625
    for col in cols:
        tategaki.draw_column(c, col, x, _y(top + PAD), size, FONT)
        x -= size * 1.25


@dataclass(kw_only=True)
class Result:
    pdf: bytes
    labels: int
    pages: int
    skipped: list[str]
    notes: list[str] = field(default_factory=list)  # printed, written otherwise (said)


def render(recipients: list, sheet: Sheet, *, vertical: bool = False,
           calibration: bool = False) -> Result:
    """One label per recipient, as many sheets as needed; ``calibration``: the outlines of
    every label (over the recipients, or alone)."""
    sheet.check()
    fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, initialFontName=FONT, initialFontSize=10)
    c.setTitle(f"宛名ラベル {sheet.name}")
    c.setAuthor("Kizuna Desktop")
    per = sheet.rows * sheet.columns
    skipped: list[str] = []
    notes: list[str] = []
    todo = []
    for r in recipients:
        bad = problems_of(r)
        if bad:
            skipped.extend(bad)
        elif r.address is None:
            from kizuna_desktop.i18n import translate

            skipped.append(translate("labels", "{0}: no address").format(r.family_name))
        elif (_vertical_size(_vertical_columns(r), sheet.rect(0))
              if vertical and not abroad(r)
              else _horizontal_size(lines_of(r), sheet.rect(0))) is None:
            skipped.append(f"{r.name_lines[0] if r.name_lines else r.family_name}: too long "
                           f"for a label of {sheet.name} even at {FLOOR:g} pt; not printed")
        else:
            todo.append(r)
            notes.extend(notes_of(r, vertical))
    pages = max(1, -(-len(todo) // per)) if (todo or calibration) else 0
    for p in range(pages):
        if calibration:
            c.saveState()
            c.setStrokeColorRGB(0.85, 0.1, 0.1)
            c.setLineWidth(0.3)
            for i in range(per):
                left, top, right, bottom = sheet.rect(i)
                c.rect(left * mm, _y(bottom), (right - left) * mm, (bottom - top) * mm)
            c.restoreState()
        for i, r in enumerate(todo[p * per:(p + 1) * per]):
            box = sheet.rect(i)
            if vertical and not abroad(r):  # Latin letters abroad: horizontal (said)
                _vertical(c, r, box)
            else:
                _horizontal(c, lines_of(r), box)
        c.showPage()
    if pages == 0:
        c.showPage()
        pages = 1
    c.save()
    return Result(pdf=buf.getvalue(), labels=len(todo), pages=pages, skipped=skipped,
                  notes=notes)
