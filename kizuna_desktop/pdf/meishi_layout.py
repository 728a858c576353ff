"""Business card layouts as data: where each line or column of text goes on each face, at
what size, and what did not fit. ``pdf.meishi`` draws them.

Coordinates are points from the trim's bottom-left corner. Text is kept inside the safe area
(3.5 mm inside the trim); a field that is too long is shrunk to its minimum size, then wrapped,
and when it still does not fit it is reported in ``CardLayout.problems``, never drawn outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from kizuna_desktop.pdf import fonts, tategaki
from kizuna_desktop.pdf.fonts import GOTHIC, MINCHO

SIZES = {"jp": (91 * mm, 55 * mm), "us": (3.5 * 72, 2 * 72), "eu": (85 * mm, 55 * mm)}
SIZE_NAMES = {"jp": "Japan 91 × 55 mm", "us": "US 3.5 × 2 in", "eu": "Europe 85 × 55 mm"}
STYLES = ("two-sided", "bilingual")
JA_MODES = ("horizontal", "vertical")
BLEED = 3 * mm
SAFE = 3.5 * mm
BAND = 2.2 * mm  # the accent band along the left edge, printed into the bleed
QR_SIZE = 13 * mm
LOGO_H = 8 * mm
STEP = 0.25


@dataclass(frozen=True, kw_only=True)
class MeishiOptions:
    style: str = "two-sided"
    ja: str = "horizontal"
    size: str = "jp"
    orientation: str = ""  # "landscape" | "portrait"; default: portrait for vertical Japanese

    def resolved(self) -> MeishiOptions:
        for name, allowed in (("style", STYLES), ("ja", JA_MODES), ("size", tuple(SIZES)),
                              ("orientation", ("", "landscape", "portrait"))):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} is one of {', '.join(a for a in allowed if a)}")
        orientation = self.orientation or ("portrait" if self.ja == "vertical" else "landscape")
        return MeishiOptions(style=self.style, ja=self.ja, size=self.size,
                             orientation=orientation)

    @property
    def trim(self) -> tuple[float, float]:
        w, h = SIZES[self.size]
        return (h, w) if self.resolved().orientation == "portrait" else (w, h)


@dataclass(frozen=True)
class Line:
    field: str
    text: str
    font: str
    size: float
    x: float
    y: float  # baseline
    width: float


@dataclass(frozen=True)
class Column:
    field: str
    text: str
    font: str
    size: float
    x_centre: float
    y_top: float
    length: float


@dataclass(frozen=True)
class Box:
    kind: str  # "qr" | "logo" | "band"
    x: float
    y: float
    w: float
    h: float
    data: Any = None


@dataclass
class Face:
    name: str
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)

    @property
    def safe(self) -> tuple[float, float, float, float]:
        return SAFE, SAFE, self.width - SAFE, self.height - SAFE


@dataclass
class CardLayout:
    options: MeishiOptions
    width: float
    height: float
    faces: list[Face]
    problems: list[str]


@dataclass(frozen=True)
class Spec:
    """One field to set: shrink from ``max`` to ``min`` points, then wrap to ``lines``."""

    field: str
    text: str
    font: str = GOTHIC
    max: float = 6.0
    min: float = 4.5
    lines: int = 1
    gap: float = 0.8 * mm  # space after it


def fit(text: str, font: str, max_size: float, min_size: float, width: float,
        max_lines: int) -> tuple[float, list[str]] | None:
    """The largest size (down to ``min_size``) at which ``text`` fits ``width`` on one line;
    else ``text`` wrapped at ``min_size``; None when it needs more than ``max_lines``."""
    size = max_size
    while size >= min_size - 1e-9:
        if fonts.width(text, font, size) <= width:
            return size, [text]
        size -= STEP
    lines = wrap(text, font, min_size, width)
    if len(lines) <= max_lines and all(fonts.width(x, font, min_size) <= width for x in lines):
        return min_size, lines
    return None


_NO_START = set("、。，．）」』】〕・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap: Latin at spaces (a word longer than the line is split), Japanese between
    characters, never starting a line with closing punctuation or a small kana."""
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        candidate = line + token
        if not line or fonts.width(candidate, font, size) <= width:
            line = candidate
            continue
        cut = max(line.rfind("・"), line.rfind("　"))
        if token[0] in _NO_START and len(line) > 1:
            lines.append(line[:-1].rstrip())
            line = line[-1] + token
        elif cut >= len(line) * 0.3:  # a foreign name breaks after its middle dot
            lines.append(line[:cut + 1].rstrip("　"))
            line = line[cut + 1:] + token
        else:
            lines.append(line.rstrip())
            line = token.lstrip()
        while fonts.width(line, font, size) > width and len(line) > 1:  # an overlong word
            cut = len(line)
            while cut > 1 and fonts.width(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in text:
        if ord(ch) < 0x2E80 and not ch.isspace():
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        if ch.isspace():
            if out:
                out[-1] += " "
        else:
            out.append(ch)
    if word:
        out.append(word)
    return out


def _join(*parts: str, sep: str = "　") -> str:
    return sep.join(p for p in parts if p)


def _contact_specs(p, en: bool, size: float = 5.8) -> list[Spec]:
    labels = ("Tel", "Email", "Web", "LINE") if en else ("TEL", "E-mail", "Web", "LINE")
    values = (p.phone, p.email, p.web, p.line_id)
    return [Spec(f"contact.{label.lower()}", f"{label}  {v}", max=size, min=4.3, gap=0.3 * mm)
            for label, v in zip(labels, values, strict=True) if v]


def _specs(p, face: str) -> tuple[list[Spec], list[Spec], list[Spec]]:
    """(top, middle, bottom) stacks of a horizontal face: 'ja', 'en' or 'bilingual'."""
    if face == "ja":
        top = [Spec("company_ja", p.company_ja, max=7.5, min=5.5, lines=2)]
        middle = [Spec("title_ja", _join(p.department_ja, p.title_ja), max=6.5, min=5, lines=2,
                       gap=1.2 * mm),
                  Spec("reading_ja", p.reading_ja, max=5.5, min=4.2, gap=0.4 * mm),
                  Spec("name_ja", p.name_ja or p.name_en, MINCHO, 17, 11, lines=2, gap=0)]
        bottom = [Spec("address_ja", p.address_ja, max=5.8, min=4.3, lines=2, gap=0.6 * mm),
                  *_contact_specs(p, en=False)]
    elif face == "en":
        top = [Spec("company_en", p.company_en, max=7.5, min=5.5, lines=2)]
        middle = [Spec("name_en", p.name_en or p.name_ja, max=13, min=9, lines=2, gap=1.0 * mm),
                  Spec("title_en", _join(p.title_en, p.department_en, sep=", "), max=6.5,
                       min=5, lines=2, gap=0)]
        bottom = [Spec("address_en", p.address_en, max=5.8, min=4.3, lines=2, gap=0.6 * mm),
                  *_contact_specs(p, en=True)]
    else:
        top = [Spec("company_ja", p.company_ja, max=7, min=5, lines=2, gap=0.3 * mm),
               Spec("company_en", p.company_en, max=6, min=4.5, lines=2)]
        middle = [Spec("title", _join(_join(p.department_ja, p.title_ja),
                                      _join(p.title_en, p.department_en, sep=", "), sep=" | "),
                       max=6, min=4.5, lines=2, gap=1.0 * mm),
                  Spec("reading_ja", p.reading_ja, max=5, min=4.2, gap=0.3 * mm),
                  Spec("name_ja", p.name_ja, MINCHO, 15, 10, lines=2, gap=0.6 * mm),
                  Spec("name_en", p.name_en, max=8.5, min=6, gap=0)]
        bottom = [Spec("address_ja", p.address_ja, max=5.5, min=4.3, lines=2, gap=0.2 * mm),
                  Spec("address_en", p.address_en, max=5.2, min=4.2, lines=2, gap=0.6 * mm),
                  *_contact_specs(p, en=True, size=5.5)]
    keep = [[s for s in stack if s.text.strip()] for stack in (top, middle, bottom)]
    return keep[0], keep[1], keep[2]


FACE_TITLES = {"ja": "Japanese", "en": "English", "bilingual": "Bilingual",
               "ja-vertical": "Japanese (vertical)"}


def _set_stack(specs: list[Spec], width: float, face: Face, problems: list[str]
               ) -> list[tuple[Spec, float, list[str]]]:
    out = []
    for s in specs:
        fitted = fit(s.text, s.font, s.max, s.min, width, s.lines)
        if fitted is None:
            problems.append(
                f"{FACE_TITLES.get(face.name, face.name)} face: {s.field} “{s.text[:40]}” does "
                f"not fit even at {s.min:g} pt on {s.lines} line{'s' * (s.lines > 1)}; "
                "shorten it.")
            continue
        out.append((s, *fitted))
    return out


def _stack_height(stack) -> float:
    return sum(size * 1.25 * len(lines) + s.gap for s, size, lines in stack)


def _emit(face: Face, stack, x: float, y_top: float) -> float:
    y = y_top
    for s, size, lines in stack:
        for text in lines:
            y -= size * 1.02
            face.lines.append(Line(s.field, text, s.font, size, x, y,
                                   fonts.width(text, s.font, size)))
            y -= size * 0.23
        y -= s.gap
    return y


def horizontal_face(p, name: str, width: float, height: float, qr: Any, logo: Any,
                    problems: list[str]) -> Face:
    face = Face(name, width, height)
    face.boxes.append(Box("band", -BLEED, -BLEED, BLEED + BAND, height + 2 * BLEED))
    x0, y0, x1, y1 = SAFE + BAND + 1 * mm, SAFE, width - SAFE, height - SAFE
    top, middle, bottom = _specs(p, name)
    portrait = height > width
    top_w = bottom_w = x1 - x0
    logo_below = 0.0  # height the logo takes above the top stack (portrait cards)
    if logo is not None:
        lw = min(LOGO_H * logo[0] / max(logo[1], 1), 22 * mm)
        if portrait:  # top-left, with the company under it
            face.boxes.append(Box("logo", x0, y1 - LOGO_H, lw, LOGO_H, logo[2]))
            logo_below = LOGO_H + 1.5 * mm
        else:  # top-right, beside the company
            face.boxes.append(Box("logo", x1 - lw, y1 - LOGO_H, lw, LOGO_H, logo[2]))
            top_w -= lw + 2 * mm
    if qr is not None:
        if portrait:  # a narrow card: the QR code takes the top-right corner
            face.boxes.append(Box("qr", x1 - QR_SIZE, y1 - QR_SIZE, QR_SIZE, QR_SIZE, qr))
            top_w -= QR_SIZE + 2 * mm
        else:  # bottom-right, beside the contact lines
            face.boxes.append(Box("qr", x1 - QR_SIZE, y0, QR_SIZE, QR_SIZE, qr))
            bottom_w -= QR_SIZE + 2 * mm
    top_s = _set_stack(top, top_w, face, problems)
    mid_s = _set_stack(middle, x1 - x0, face, problems)
    bot_s = _set_stack(bottom, bottom_w, face, problems)
    th, mh, bh = _stack_height(top_s) + logo_below, _stack_height(mid_s), _stack_height(bot_s)
    if logo is not None and not portrait:
        th = max(th, LOGO_H + 1 * mm)
    if qr is not None and portrait:
        th = max(th, QR_SIZE + 1 * mm)
    free = (y1 - y0) - th - mh - bh
    if free < 1 * mm:
        problems.append(f"{FACE_TITLES[name]} face: the text is {max(0, -free) / mm + 1:.1f} mm "
                        "taller than the card's safe area; shorten the address or remove a line.")
        return face
    _emit(face, top_s, x0, y1 - logo_below)
    # The name block sits a little above the middle of the space between the stacks.
    _emit(face, mid_s, x0, y1 - th - free * 0.45)
    _emit(face, bot_s, x0, y0 + bh)
    return face


def vertical_face(p, width: float, height: float, qr: Any, logo: Any,
                  problems: list[str]) -> Face:
    """The Japanese face in tategaki: columns right to left: company, department and title,
    the name largest in its own column with its reading beside it, then the address; phone,
    e-mail and web stay horizontal in a block at the bottom (as vertical cards print them)."""
    face = Face("ja-vertical", width, height)
    face.boxes.append(Box("band", -BLEED, -BLEED, BLEED + BAND, height + 2 * BLEED))
    x0, y0, x1, y1 = SAFE + BAND + 1 * mm, SAFE, width - SAFE, height - SAFE
    contacts = _set_stack(_contact_specs(p, en=False, size=5.5),
                          (x1 - x0) - (QR_SIZE + 2 * mm if qr is not None else 0), face, problems)
    bh = max(_stack_height(contacts), QR_SIZE if qr is not None else 0)
    if qr is not None:
        face.boxes.append(Box("qr", x1 - QR_SIZE, y0, QR_SIZE, QR_SIZE, qr))
    top = y1
    if logo is not None:
        lw = min(LOGO_H * logo[0] / max(logo[1], 1), 20 * mm)
        face.boxes.append(Box("logo", x0, y1 - LOGO_H, lw, LOGO_H, logo[2]))
    col_h = (y1 - y0) - bh - 2 * mm
    name_top = y1 - 4 * mm

    def columns(field_name, text, font, max_size, min_size, max_cols, h):
        size = max_size
        while size >= min_size - 1e-9:
            if tategaki.column_length(text, size, font) <= h:
                return size, [text]
            size -= STEP
        cols = tategaki.split_columns(text, min_size, font, h)
        if len(cols) <= max_cols:
            return min_size, cols
        problems.append(f"Japanese (vertical) face: {field_name} “{text[:40]}” does not fit "
                        f"even at {min_size:g} pt in {max_cols} columns; shorten it.")
        return None

    right = []  # (field, size, cols) from the right edge
    for f_name, text, mx, mn, cols in (("company_ja", p.company_ja, 8, 6, 2),
                                       ("title_ja", _join(p.department_ja, p.title_ja), 7, 5.5, 2)):
        if text and (r := columns(f_name, text, GOTHIC, mx, mn, cols, col_h)):
            right.append((f_name, text, *r))
    left = []
    if p.address_ja and (r := columns("address_ja", p.address_ja, GOTHIC, 6.2, 4.8, 3, col_h)):
        left.append(("address_ja", p.address_ja, *r))
    name = p.name_ja or p.name_en
    name_fit = _name_columns(name, name_top - (y0 + bh + 2 * mm), problems)
    x = x1
    for f_name, _text, size, cols in right:
        for col in cols:
            x -= size * 0.6
            face.columns.append(Column(f_name, col, GOTHIC, size, x, top,
                                       tategaki.column_length(col, size, GOTHIC)))
            x -= size * 0.75
    right_edge = x - 2 * mm
    # The left group (the address) is read right to left too: its first column is its
    # rightmost, and the group sits against the left edge.
    left_cols = []
    xl = x0 + sum(size * 1.35 * len(cols) for _f, _t, size, cols in left)
    left_edge = xl + 2 * mm
    for f_name, _text, size, cols in left:
        for col in cols:
            left_cols.append(Column(f_name, col, GOTHIC, size, xl - size * 0.75, top,
                                    tategaki.column_length(col, size, GOTHIC)))
            xl -= size * 1.35
    if name_fit:
        size, parts = name_fit
        reading_size = 5.0
        readings = _split_name(p.reading_ja) if len(parts) == 2 else [p.reading_ja]
        if len(readings) != len(parts):
            readings = [p.reading_ja] + [""] * (len(parts) - 1)
        pitch = size * 1.1 + (reading_size * 1.3 if p.reading_ja else 0)
        if right_edge - left_edge < pitch * len(parts):
            problems.append("Japanese (vertical) face: the columns are wider than the card; "
                            "shorten the company, title or address.")
        else:
            # The name's columns are centred between the right and left groups, read right to
            # left; each reading runs beside its column, to its right, as ruby does.
            x = (left_edge + right_edge) / 2 + pitch * len(parts) / 2
            for part, reading in zip(parts, readings, strict=True):
                if reading:
                    face.columns.append(Column(
                        "reading_ja", reading, GOTHIC, reading_size, x - reading_size * 0.6,
                        name_top, tategaki.column_length(reading, reading_size, GOTHIC)))
                centre = x - (reading_size * 1.3 if p.reading_ja else 0) - size * 0.55
                face.columns.append(Column("name_ja", part, MINCHO, size, centre, name_top,
                                           tategaki.column_length(part, size, MINCHO)))
                x -= pitch
    face.columns.extend(left_cols)  # drawn last: right-to-left reading order
    _emit(face, contacts, x0, y0 + _stack_height(contacts))
    return face


def _split_name(name: str) -> list[str]:
    """A name as one part, or as two at the separator (・ or a space) nearest its middle."""
    seps = [i for i, ch in enumerate(name) if ch in "・ 　"]
    if not seps:
        return [name]
    i = min(seps, key=lambda k: abs(k - len(name) / 2))
    head = name[: i + 1].rstrip(" 　")
    return [head, name[i + 1:].strip()]


def _name_columns(name: str, height: float, problems: list[str]
                  ) -> tuple[float, list[str]] | None:
    """The vertical name: one column from 20 pt down to 12 pt; else two columns split at its
    separator, down to 10 pt; else reported."""
    for parts, min_size in (([name], 12.0), (_split_name(name), 10.0)):
        size = 20.0
        while size >= min_size - 1e-9:
            if all(tategaki.column_length(x, size, MINCHO) <= height for x in parts):
                return size, parts
            size -= STEP
    problems.append(f"Japanese (vertical) face: name_ja “{name[:40]}” does not fit even at "
                    "10 pt in 2 columns; shorten it.")
    return None


def layout(p, options: MeishiOptions, qr_matrix: Any = None,
           logo: tuple[float, float, bytes] | None = None) -> CardLayout:
    """Lay out the card for profile ``p``. ``qr_matrix`` is the QR code's module matrix (or
    None), ``logo`` is (width px, height px, image bytes) or None."""
    o = options.resolved()
    w, h = o.trim
    problems: list[str] = []
    if o.style == "bilingual":
        faces = [horizontal_face(p, "bilingual", w, h, qr_matrix, logo, problems)]
    else:
        # The QR code goes on the English back only, the face a foreign contact scans.
        ja = (vertical_face(p, w, h, None, logo, problems) if o.ja == "vertical"
              else horizontal_face(p, "ja", w, h, None, logo, problems))
        faces = [ja, horizontal_face(p, "en", w, h, qr_matrix, logo, problems)]
    return CardLayout(o, w, h, faces, problems)
