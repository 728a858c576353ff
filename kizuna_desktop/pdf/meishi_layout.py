"""Business card layouts as data: where each line or column of text goes on each face, at
what size, and what did not fit. ``pdf.meishi`` draws them.

Coordinates are points from the trim's bottom-left corner. Text is kept inside the safe area
(3.5 mm inside the trim) and never smaller than 6 pt (what print shops accept); a field that is
too long is shrunk to 6 pt, then wrapped by the kinsoku rules, and when it still does not fit
it is reported in ``CardLayout.problems``, never drawn outside. So is a character no bundled
font has, and any text that would touch the logo or the QR code (their areas are reserved on
every face and orientation). ``CardLayout.warnings`` names what prints but could be better
(a variation sequence printed in its base form, a logo converted without a colour profile).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.pdf import fonts, tategaki
from kizuna_desktop.pdf.fonts import GOTHIC, MINCHO
from kizuna_desktop.text import kinsoku
from kizuna_desktop.text.numerals import kanji_digits

SIZES = {"jp": (91 * mm, 55 * mm), "us": (3.5 * 72, 2 * 72), "eu": (85 * mm, 55 * mm)}
SIZE_NAMES = {"jp": "Japan 91 × 55 mm", "us": "US 3.5 × 2 in", "eu": "Europe 85 × 55 mm"}
STYLES = ("two-sided", "bilingual")
JA_MODES = ("horizontal", "vertical")
NUMERALS = ("arabic", "kanji")
BLEED = 3 * mm
SAFE = 3.5 * mm
BAND = 2.2 * mm  # the accent band along the left edge, printed into the bleed
QR_MIN = 13 * mm
QR_MODULE = 0.26 * mm  # the smallest module a phone camera reads reliably (>= 0.25 mm)
LOGO_H = 8 * mm
MIN_TEXT = 6.0  # points: nothing smaller is printed
LEADING = 1.22
STEP = 0.25


class MeishiOptionsError(KizunaError, ValueError):
    """A combination of options the card cannot be made in."""


@dataclass(frozen=True, kw_only=True)
class MeishiOptions:
    style: str = "two-sided"
    ja: str = "horizontal"
    size: str = "jp"
    orientation: str = ""  # "landscape" | "portrait"; default: portrait for vertical Japanese
    numerals: str = "arabic"  # the vertical address's numbers: "arabic" upright, or "kanji"

    def resolved(self) -> MeishiOptions:
        for name, allowed in (("style", STYLES), ("ja", JA_MODES), ("size", tuple(SIZES)),
                              ("orientation", ("", "landscape", "portrait")),
                              ("numerals", NUMERALS)):
            if getattr(self, name) not in allowed:
                raise MeishiOptionsError(
                    f"{name} is one of {', '.join(a for a in allowed if a)}")
        if self.style == "bilingual" and self.ja == "vertical":
            raise MeishiOptionsError(
                "A bilingual card carries both scripts on one horizontal face; for a vertical "
                "Japanese face choose the two-sided style (Japanese front, English back).")
        orientation = self.orientation or ("portrait" if self.ja == "vertical" else "landscape")
        return MeishiOptions(style=self.style, ja=self.ja, size=self.size,
                             orientation=orientation, numerals=self.numerals)

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
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Spec:
    """One field to set: shrink from ``max`` to ``min`` points, then wrap to ``lines``."""

    field: str
    text: str
    font: str = GOTHIC
    max: float = 6.5
    min: float = MIN_TEXT
    lines: int = 1
    gap: float = 0.8 * mm  # space after it


def fit(text: str, font: str, max_size: float, min_size: float, width: float,
        max_lines: int, address: bool = False) -> tuple[float, list[str]] | None:
    """The largest size (down to ``min_size``) at which ``text`` fits ``width`` on one line;
    else ``text`` wrapped at ``min_size``; None when it needs more than ``max_lines``."""
    size = max_size
    while size >= min_size - 1e-9:
        if fonts.width(text, font, size) <= width:
            return size, [text]
        size -= STEP
    lines = wrap(text, font, min_size, width, address)
    if len(lines) <= max_lines and all(fonts.width(x, font, min_size) <= width for x in lines):
        return min_size, lines
    return None


def wrap(text: str, font: str, size: float, width: float, address: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width``, broken by the kinsoku rules (Latin at
    spaces, English addresses at commas, Japanese addresses after 都道府県 and 市区町村)."""
    return kinsoku.break_lines(text, lambda t: fonts.width(t, font, size), width,
                               address=address)


def _join(*parts: str, sep: str = "　") -> str:
    return sep.join(p for p in parts if p)


def _contact_specs(p, en: bool, size: float = 6.5) -> list[Spec]:
    labels = ("Tel", "Email", "Web", "LINE") if en else ("TEL", "E-mail", "Web", "LINE")
    values = (p.phone, p.email, p.web, p.line_id)
    return [Spec(f"contact.{label.lower()}", f"{label}  {v}", max=size, lines=2, gap=0.2 * mm)
            for label, v in zip(labels, values, strict=True) if v]


def _pack_contacts(specs: list[Spec], width: float) -> list[Spec]:
    """Short contact lines side by side (Tel and LINE on one line) where they fit."""
    out: list[Spec] = []
    for s in specs:
        prev = out[-1] if out else None
        if (prev is not None and prev.field.startswith("contact.")
                and s.field.startswith("contact.") and prev.field.count(".") == 1):
            merged = f"{prev.text}　 {s.text}"
            if fonts.width(merged, s.font, s.max) <= width:
                out[-1] = Spec(prev.field + "." + s.field.split(".")[1], merged, s.font,
                               s.max, s.min, 1, s.gap)
                continue
        out.append(s)
    return out


def _reading(p) -> str:
    """The kana reading set over the name: none over a katakana name (its own reading)."""
    name = (p.name_ja or "").replace(" ", "").replace("\u3000", "")
    kana = bool(name) and all("\u30a0" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff"
                              for ch in name)
    return "" if kana else p.reading_ja


def _specs(p, face: str) -> tuple[list[Spec], list[Spec], list[Spec]]:
    """(top, middle, bottom) stacks of a horizontal face: 'ja', 'en' or 'bilingual'."""
    if face == "ja":
        top = [Spec("company_ja", p.company_ja, max=7.5, lines=2)]
        middle = [Spec("title_ja", _join(p.department_ja, p.title_ja), max=7, lines=2,
                       gap=1.2 * mm),
                  Spec("reading_ja", _reading(p), max=6, gap=0.3 * mm),
                  Spec("name_ja", p.name_ja or p.name_en, MINCHO, 17, 11, lines=2, gap=0)]
        bottom = [Spec("address_ja", p.address_ja, max=6.5, lines=2, gap=0.6 * mm),
                  *_contact_specs(p, en=False)]
    elif face == "en":
        top = [Spec("company_en", p.company_en, max=7.5, lines=2)]
        middle = [Spec("name_en", p.name_en or p.name_ja, max=13, min=9, lines=2, gap=1.0 * mm),
                  Spec("title_en", _join(p.title_en, p.department_en, sep=", "), max=7,
                       lines=2, gap=0)]
        bottom = [Spec("address_en", p.address_en, max=6.5, lines=2, gap=0.6 * mm),
                  *_contact_specs(p, en=True)]
    else:
        top = [Spec("company_ja", p.company_ja, max=7, lines=2, gap=0.3 * mm),
               Spec("company_en", p.company_en, max=6.5, lines=2)]
        middle = [Spec("title", _join(_join(p.department_ja, p.title_ja),
                                      _join(p.title_en, p.department_en, sep=", "), sep=" | "),
                       max=6.5, lines=2, gap=0.8 * mm),
                  Spec("reading_ja", _reading(p), max=6, gap=0.2 * mm),
                  Spec("name_ja", p.name_ja, MINCHO, 14, 10, lines=2, gap=0.5 * mm),
                  Spec("name_en", p.name_en, max=8.5, gap=0)]
        bottom = [Spec("address_ja", p.address_ja, max=6, lines=2, gap=0.2 * mm),
                  Spec("address_en", p.address_en, max=6, lines=2, gap=0.5 * mm),
                  *_contact_specs(p, en=True, size=6)]
    keep = [[s for s in stack if s.text.strip()] for stack in (top, middle, bottom)]
    return keep[0], keep[1], keep[2]


FACE_TITLES = {"ja": "Japanese", "en": "English", "bilingual": "Bilingual",
               "ja-vertical": "Japanese (vertical)"}


def _set_stack(specs: list[Spec], width: float, face: Face, problems: list[str]
               ) -> list[tuple[Spec, float, list[str]]]:
    out = []
    for s in specs:
        fitted = fit(s.text, s.font, s.max, s.min, width, s.lines, s.field.startswith("address"))
        if fitted is None:
            label, verb = field_label(s.field)
            problems.append(
                f"{FACE_TITLES.get(face.name, face.name)} face: {label} “{s.text[:40]}” {verb} "
                f"not fit even at {s.min:g} pt on {s.lines} line{'s' * (s.lines > 1)}; "
                "shorten it.")
            continue
        out.append((s, *fitted))
    return out


def _stack_height(stack) -> float:
    return sum(size * LEADING * len(lines) + s.gap for s, size, lines in stack)


def _emit(face: Face, stack, x: float, y_top: float) -> float:
    y = y_top
    for s, size, lines in stack:
        for text in lines:
            y -= size * 0.98
            face.lines.append(Line(s.field, text, s.font, size, x, y,
                                   fonts.width(text, s.font, size)))
            y -= size * (LEADING - 0.98)
        y -= s.gap
    return y


def qr_side(matrix: Any) -> float:
    """The printed size of a QR code: modules of at least 0.26 mm, never under 13 mm."""
    return max(QR_MIN, len(matrix) * QR_MODULE)


def _quiet(matrix: Any) -> float:
    return 4 * qr_side(matrix) / len(matrix)  # the four-module quiet zone


def _logo_width(logo: Any, limit: float) -> float:
    return min(LOGO_H * logo[0] / max(logo[1], 1), limit)


def horizontal_face(p, name: str, width: float, height: float, qr: Any, logo: Any,
                    problems: list[str]) -> Face:
    face = Face(name, width, height)
    face.boxes.append(Box("band", -BLEED, -BLEED, BLEED + BAND, height + 2 * BLEED))
    x0, y0, x1, y1 = SAFE + BAND + 1 * mm, SAFE, width - SAFE, height - SAFE
    top, middle, bottom = _specs(p, name)
    portrait = height > width
    top_w = bottom_w = x1 - x0
    logo_below = 0.0  # height the logo takes above the top stack (portrait cards)
    qs = qr_side(qr) if qr is not None else 0.0
    if logo is not None:
        lw = _logo_width(logo, 22 * mm)
        if portrait:  # top-left, with the company under it
            face.boxes.append(Box("logo", x0, y1 - LOGO_H, lw, LOGO_H, logo[2]))
            logo_below = LOGO_H + 1.5 * mm
        else:  # top-right, beside the company
            face.boxes.append(Box("logo", x1 - lw, y1 - LOGO_H, lw, LOGO_H, logo[2]))
            top_w -= lw + 2 * mm
    if qr is not None:
        if portrait:  # a narrow card: the QR code takes the top-right corner
            face.boxes.append(Box("qr", x1 - qs, y1 - qs, qs, qs, qr))
            top_w -= qs + _quiet(qr)
        else:  # bottom-right, beside the contact lines
            face.boxes.append(Box("qr", x1 - qs, y0, qs, qs, qr))
            bottom_w -= qs + _quiet(qr)
    top_s = _set_stack(top, top_w, face, problems)
    mid_s = _set_stack(middle, x1 - x0, face, problems)
    bot_s = _set_stack(_pack_contacts(bottom, bottom_w), bottom_w, face, problems)
    th, mh, bh = _stack_height(top_s) + logo_below, _stack_height(mid_s), _stack_height(bot_s)
    if logo is not None and not portrait:
        th = max(th, LOGO_H + 1 * mm)
    if qr is not None and portrait:
        th = max(th, qs + _quiet(qr))
    free = (y1 - y0) - th - mh - bh
    if free < 1 * mm:
        problems.append(f"{FACE_TITLES[name]} face: the text is {max(0, -free) / mm + 1:.1f} mm "
                        "taller than the card's safe area; shorten the address or remove a line.")
        return face
    _emit(face, top_s, x0, y1 - logo_below)
    # The name block sits a little above the middle of the space between the stacks.
    _emit(face, mid_s, x0, y1 - th - free * 0.45)
    _emit(face, bot_s, x0, y0 + bh)
    _ruby_over_parts(face, x1)
    return face


def _parts(text: str) -> list[str]:
    """A name or reading in its parts (at spaces; a katakana name also at its middle dot)."""
    return [x for x in text.replace("　", " ").replace("・", " ").split(" ") if x]


def _ruby_over_parts(face: Face, x1: float) -> None:
    """The reading line split over the name: the family name's reading centred over the
    family name, the given name's over the given name (never overlapping, never outside)."""
    readings = [x for x in face.lines if x.field == "reading_ja"]
    names = [x for x in face.lines if x.field == "name_ja"]
    if len(readings) != 1 or len(names) != 1:
        return
    reading, name = readings[0], names[0]
    r_parts, n_parts = _parts(reading.text), _parts(name.text)
    if len(r_parts) != 2 or len(n_parts) != 2:
        return
    space = fonts.width(name.text[len(n_parts[0]):len(name.text) - len(n_parts[1])],
                        name.font, name.size)
    family_w = fonts.width(n_parts[0], name.font, name.size)
    spans = [(name.x, family_w),
             (name.x + family_w + space, fonts.width(n_parts[1], name.font, name.size))]
    out, left = [], name.x
    for (start, w), text in zip(spans, r_parts, strict=True):
        rw = fonts.width(text, reading.font, reading.size)
        x = max(start + (w - rw) / 2, left)
        x = min(x, x1 - rw) if not out else x
        out.append(Line("reading_ja", text, reading.font, reading.size, x, reading.y, rw))
        left = x + rw + reading.size * 0.5
    face.lines[face.lines.index(reading):face.lines.index(reading) + 1] = out


def vertical_face(p, width: float, height: float, qr: Any, logo: Any,
                  problems: list[str], numerals: str = "arabic") -> Face:
    """The Japanese face in tategaki: columns right to left: company, department and title,
    the name largest in its own column with its reading beside each part, then the address;
    phone, e-mail and web stay horizontal in a block at the bottom (as vertical cards print
    them), with the logo (or a QR code) at the block's right."""
    face = Face("ja-vertical", width, height)
    face.boxes.append(Box("band", -BLEED, -BLEED, BLEED + BAND, height + 2 * BLEED))
    x0, y0, x1, y1 = SAFE + BAND + 1 * mm, SAFE, width - SAFE, height - SAFE
    beside = 0.0  # what the block's right-hand box takes from the contact lines
    box_h = 0.0
    if qr is not None:
        qs = qr_side(qr)
        face.boxes.append(Box("qr", x1 - qs, y0, qs, qs, qr))
        beside, box_h = qs + _quiet(qr), qs
    specs = _contact_specs(p, en=False, size=6.2)
    above = 0.0  # the logo over the contact lines, when they need the full width
    if logo is not None:
        lw = _logo_width(logo, min(20 * mm, (x1 - x0) * 0.4))
        trial: list[str] = []
        contacts = _set_stack(specs, (x1 - x0) - beside - lw - 2 * mm, face, trial)
        if not trial:  # the contact lines fit beside the logo
            face.boxes.append(Box("logo", x1 - beside - lw, y0, lw, LOGO_H, logo[2]))
            beside, box_h = beside + lw + 2 * mm, max(box_h, LOGO_H)
        else:
            above = LOGO_H + 1.5 * mm
    contacts = _set_stack(specs, (x1 - x0) - beside, face, problems)
    if above:
        face.boxes.append(Box("logo", x1 - lw, y0 + max(_stack_height(contacts), box_h)
                              + 1.5 * mm, lw, LOGO_H, logo[2]))
    bh = max(_stack_height(contacts), box_h) + above
    top = y1
    col_h = (y1 - y0) - bh - 2 * mm
    name_top = y1 - 4 * mm

    def columns(field_name, text, font, max_size, min_size, max_cols, h, address=False):
        size = max_size
        while size >= min_size - 1e-9:
            if tategaki.column_length(text, size, font) <= h:
                return size, [text]
            size -= STEP
        cols = tategaki.split_columns(text, min_size, font, h, address)
        if len(cols) <= max_cols and all(tategaki.column_length(c, min_size, font) <= h + 0.01
                                         for c in cols):
            return min_size, cols
        label, verb = field_label(field_name)
        problems.append(f"Japanese (vertical) face: {label} “{text[:40]}” {verb} not fit "
                        f"even at {min_size:g} pt in {max_cols} columns; shorten it.")
        return None

    right = []  # (field, size, cols) from the right edge
    for f_name, text, mx, cols in (("company_ja", p.company_ja, 8, 2),
                                   ("title_ja", _join(p.department_ja, p.title_ja), 7, 2)):
        if text and (r := columns(f_name, text, GOTHIC, mx, MIN_TEXT, cols, col_h)):
            right.append((f_name, text, *r))
    left = []
    address = kanji_digits(p.address_ja) if numerals == "kanji" else p.address_ja
    if address and (r := columns("address_ja", address, GOTHIC, 6.5, MIN_TEXT, 3,
                                 col_h, address=True)):
        left.append(("address_ja", address, *r))
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
        _vertical_name(face, p, name_fit, name_top, left_edge, right_edge,
                       name_top - (y0 + bh + 2 * mm), problems)
    face.columns.extend(left_cols)  # drawn last: right-to-left reading order
    _emit(face, contacts, x0, y0 + _stack_height(contacts))
    return face


READING_SIZE = 6.0


def _vertical_name(face: Face, p, name_fit, name_top: float, left_edge: float,
                   right_edge: float, room: float, problems: list[str]) -> None:
    """The name's columns, centred between the right and left groups and read right to left,
    each part's reading beside it to its right (as ruby is set), centred along that part."""
    size, cols = name_fit
    reading = _reading(p)
    r_parts = _parts(reading)
    has_reading = bool(reading)
    pitch = size * 1.1 + (READING_SIZE * 1.3 if has_reading else 0)
    if right_edge - left_edge < pitch * len(cols):
        problems.append("Japanese (vertical) face: the columns are wider than the card; "
                        "shorten the company, title or address.")
        return
    n_parts = _parts(" ".join(cols))
    # Where each name part runs down its column: (column index, y offset from the top, length).
    spans = []
    for i, col in enumerate(cols):
        offset = 0.0
        pieces = _parts(col)
        rest = col
        for piece in pieces:
            lead = rest[:rest.index(piece)]
            offset += tategaki.column_length(lead, size, MINCHO) if lead else 0
            length = tategaki.column_length(piece, size, MINCHO)
            spans.append((i, offset, length))
            offset += length
            rest = rest[rest.index(piece) + len(piece):]
    if len(r_parts) != len(n_parts) or len(spans) != len(r_parts):
        r_parts = [reading] if reading else []
        spans = [(0, 0.0, tategaki.column_length(cols[0], size, MINCHO))] if reading else []
    x = (left_edge + right_edge) / 2 + pitch * len(cols) / 2
    centres, name_cols = [], []
    for col in cols:
        centre = x - (READING_SIZE * 1.3 if has_reading else 0) - size * 0.55
        centres.append(centre)
        name_cols.append(Column("name_ja", col, MINCHO, size, centre, name_top,
                                tategaki.column_length(col, size, MINCHO)))
        x -= pitch
    ruby: dict[int, list[Column]] = {i: [] for i in range(len(cols))}
    last_end: dict[int, float] = {}
    for (i, offset, length), text in zip(spans, r_parts, strict=True):
        rlen = tategaki.column_length(text, READING_SIZE, GOTHIC)
        start = offset + max(0.0, (length - rlen) / 2)
        start = max(start, last_end.get(i, 0.0))
        if start + rlen > room + 0.01:
            start = max(last_end.get(i, 0.0), room - rlen)
        if start + rlen > room + 0.01:
            problems.append(f"Japanese (vertical) face: reading_ja “{reading[:40]}” is longer "
                            "than the name's column; shorten it.")
            break
        ruby[i].append(Column("reading_ja", text, GOTHIC, READING_SIZE,
                              centres[i] + size * 0.55 + READING_SIZE * 0.7,
                              name_top - start, rlen))
        last_end[i] = start + rlen + READING_SIZE * 0.3
    for i, col in enumerate(name_cols):  # read right to left: each reading before its part
        face.columns.extend(ruby[i])
        face.columns.append(col)


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


def text_rects(face: Face) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Every line's and column's ink box (x0, y0, x1, y1), with its field."""
    out = [(ln.field, (ln.x, ln.y - 0.12 * ln.size, ln.x + ln.width, ln.y + 0.88 * ln.size))
           for ln in face.lines]
    out += [(c.field, (c.x_centre - c.size / 2, c.y_top - c.length, c.x_centre + c.size / 2,
                       c.y_top)) for c in face.columns]
    return out


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01


def collisions(face: Face) -> list[str]:
    """Text that touches the logo or the QR code (with its quiet zone), or another field."""
    out = []
    title = FACE_TITLES.get(face.name, face.name)
    rects = text_rects(face)
    for box in face.boxes:
        if box.kind not in ("logo", "qr"):
            continue
        pad = _quiet(box.data) if box.kind == "qr" else 0.5 * mm
        area = (box.x - pad, box.y - pad, box.x + box.w + pad, box.y + box.h + pad)
        for f, r in rects:
            if _overlap(area, r):
                out.append(f"{title} face: {f} overlaps the {box.kind}; the layout has no room "
                           "for both (shorten the text or remove the logo).")
    for i, (f, r) in enumerate(rects):
        for g, s in rects[i + 1:]:
            if f != g and _overlap(r, s) and {f, g} != {"reading_ja", "name_ja"}:
                out.append(f"{title} face: {f} overlaps {g}.")
    return list(dict.fromkeys(out))


FIELDS_OF = {"title": ("department_ja", "title_ja", "title_en", "department_en"),
             "title_ja": ("department_ja", "title_ja"), "title_en": ("title_en", "department_en"),
             "contact": ("phone", "email", "web", "line_id")}


def field_label(field: str) -> tuple[str, str]:
    """The profile's own fields behind a laid-out line, for a message ("department_ja and
    title_ja", "do"): a line that joins department and title names both, never only the
    title."""
    base = field.split(".")[0]
    if base == "contact" or base not in FIELDS_OF:
        return field, "does"
    names = FIELDS_OF[base]
    return (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0],
            "do" if len(names) > 1 else "does")


def glyph_problems(p, faces: list[Face]) -> tuple[list[str], list[str]]:
    """Every character of the card's text that no bundled font has (refused), and variation
    sequences printed in their base form (warned), by field."""
    errors: list[str] = []
    warnings: list[str] = []
    seen = set()
    for face in faces:
        for item in [*face.lines, *face.columns]:
            base = item.field.split(".")[0]
            for name in FIELDS_OF.get(base, (base,)):
                value = getattr(p, name, None)
                if not isinstance(value, str) or (name, item.font) in seen:
                    continue
                seen.add((name, item.font))
                e, w = fonts.problems(name, value, item.font)
                errors += e
                warnings += w
    return list(dict.fromkeys(errors)), list(dict.fromkeys(warnings))


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
        ja = (vertical_face(p, w, h, None, logo, problems, o.numerals) if o.ja == "vertical"
              else horizontal_face(p, "ja", w, h, None, logo, problems))
        faces = [ja, horizontal_face(p, "en", w, h, qr_matrix, logo, problems)]
    for face in faces:
        problems += collisions(face)
    errors, warnings = glyph_problems(p, faces)
    if logo is not None:
        e, warn = logo_problems(logo, faces)
        errors += e
        warnings += warn
    return CardLayout(o, w, h, faces, problems + errors, warnings)


MIN_PPI = 300


def logo_problems(logo: tuple[float, float, bytes], faces: list[Face]
                  ) -> tuple[list[str], list[str]]:
    """A logo printed under 300 ppi is refused (naming the pixels it needs); one that is not
    CMYK already is converted without a colour profile, with a warning."""
    errors, warnings = [], []
    px_w, px_h, data = logo
    for box in (b for f in faces for b in f.boxes if b.kind == "logo"):
        scale = min(box.w / px_w, box.h / px_h)  # points a pixel, as drawn (aspect kept)
        ppi = 72 / scale
        if ppi < MIN_PPI - 0.5:
            need_w = round(px_w * MIN_PPI / ppi)
            need_h = round(px_h * MIN_PPI / ppi)
            errors.append(f"Logo: {px_w:.0f} × {px_h:.0f} px prints at {ppi:.0f} ppi "
                          f"({px_w * scale / mm:.1f} × {px_h * scale / mm:.1f} mm); print "
                          f"needs {MIN_PPI} ppi: use an image of at least {need_w} × "
                          f"{need_h} px.")
            break
    try:
        import io

        from PIL import Image

        mode = Image.open(io.BytesIO(data)).mode
    except Exception:  # noqa: BLE001 - an unreadable logo is left out
        mode = "CMYK"
    if mode != "CMYK":
        warnings.append("Logo: converted from RGB to CMYK without a colour profile (and "
                        "flattened on white); colours may shift in print. For exact colours "
                        "use a CMYK JPEG from your designer.")
    return errors, list(dict.fromkeys(warnings))
