"""The address side of Japan Post postcards (issue 25.3): 100 × 148 mm, one card a page.

Measurements (mm from the card's top left corner, the card upright):
- the recipient's postal code: seven boxes 5.7 × 8.0, top edge 12.0, left edges 44.3, 51.3,
  58.3 and 65.9, 72.7, 79.5, 86.3 (Japan Post's postal-code manual; the row's right edge
  8.0 from the card's right edge); each digit centred in its box;
- the address set vertically from the right, its first column centred on x 83, the next on
  x 75 ...; block numbers in kanji numerals (一丁目二番三号); the building on its own column;
- the company, department and title in columns between address and name (work addresses);
- the name large on the centre line (x 50) with 様 after each name; joint names (連名) in
  columns to the left, their given names aligned under the one family name, every 様 on one
  line; 御中 for a company or department alone, never with 様;
- the sender's address and name at the lower left and the sender's postal code in the small
  boxes there. Their position varies by card printing, so it is a layout setting
  (``SenderBoxes``); the defaults are the common 4.0 × 6.0 boxes with left edges 5.7, 9.7,
  13.7, 18.3, 22.3, 26.3, 30.3 and top edge 128.0.

  Rule or common layout (checked December 2026): what Japan Post prescribes is the
  recipient's seven-box frame (size and position above; vermilion or red, lines 0.3–0.5 mm,
  for a card used upright) and the stamp's place (upper left, within 70 × 35 mm upright: 内国郵便
  約款). No published rule places the sender's postal code: the small boxes at the lower left
  are how Japan Post's own cards (and most commercial ones) are printed, and they move from
  one printing to the next — hence a setting with a calibration print, not a constant. Japan
  Post's own layout drawing was not reachable from here; the default above is measured
  convention, to be checked against the card in hand with ``--test-print``.

A test print draws every box's outline (and the centre line) to hold against a real card;
``offset_x``/``offset_y`` move everything (a printer's feed is rarely exact).
Recipients and the sender are services.nengajo.Recipient / Sender (taken as they come: pdf/
does not import services).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kizuna_desktop.pdf import fonts, tategaki
from kizuna_desktop.text import postal_parts as postal

CARD_W, CARD_H = 100.0, 148.0
BOX_TOP, BOX_W, BOX_H = 12.0, 5.7, 8.0
BOX_LEFTS = (44.3, 51.3, 58.3, 65.9, 72.7, 79.5, 86.3)
ADDRESS_X = (83.0, 75.0, 67.0)
NAME_X = 50.0
ADDRESS_TOP, ADDRESS_BOTTOM = 28.0, 118.0
NAME_TOP, NAME_BOTTOM = 32.0, 124.0
FONT = fonts.MINCHO
DIGIT_FONT = fonts.GOTHIC


@dataclass(kw_only=True)
class SenderBoxes:
    lefts: tuple[float, ...] = (5.7, 9.7, 13.7, 18.3, 22.3, 26.3, 30.3)
    top: float = 128.0
    width: float = 4.0
    height: float = 6.0


@dataclass(kw_only=True)
class Layout:
    offset_x: float = 0.0  # mm, + moves right
    offset_y: float = 0.0  # mm, + moves down
    sender_boxes: SenderBoxes = field(default_factory=SenderBoxes)


@dataclass(kw_only=True)
class Result:
    pdf: bytes
    cards: int
    skipped: list[str]  # a card not printed, with why
    notes: list[str] = field(default_factory=list)  # printed, written otherwise (said)


def _y(top_mm: float) -> float:
    """ReportLab's y (points from the bottom) of a point ``top_mm`` from the top edge."""
    return (CARD_H - top_mm) * mm


def _kanji_digits(text: str) -> str:
    """Digits as kanji numerals in Japanese text (201 → 二〇一); Latin text as written."""
    if not _CJK.search(text):
        return text
    return postal.kanji_digits(text)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\U00020000-\U0003ffff]")


def address_columns(r) -> list[str]:
    """The address as its vertical columns: prefecture to block numbers (in kanji numerals),
    then the building on its own column."""
    a = r.address
    if a is None:
        return []
    japanese = getattr(a, "japanese", bool(a.prefecture or a.city or a.town or a.block))
    latin = getattr(a, "latin", "").strip()
    if japanese and (a.prefecture or a.city or a.town or a.block):
        main = a.prefecture + a.city + _kanji_digits(a.town) + postal.kanji_block(a.block)
    elif latin and (not postal.without_code(a.text) or foreign_script(a.text)):
        return [latin]  # the Latin form stored beside it: printed as written
    else:
        main = _kanji_digits(postal.without_code(a.text))
    cols = [main]
    if a.building and (japanese or a.building not in main):
        cols.append(_kanji_digits(a.building))
    return cols


# An address abroad (review 5 finding 4: a Paris address was set vertically, its letters
# sideways, one column a line): set horizontally in Latin letters as the country's post
# reads it, name first, then the address lines, the country last; the red boxes stay empty
# (they are Japan Post's sorting code). Between the boxes and the sender's block: left
# ABROAD_LEFT, from ABROAD_TOP down to ABROAD_BOTTOM, to ABROAD_RIGHT.
ABROAD_LEFT, ABROAD_RIGHT, ABROAD_TOP, ABROAD_BOTTOM = 14.0, 92.0, 40.0, 76.0
ABROAD_FLOOR = 7.0  # pt


def latin_address(r) -> bool:
    """The address is written in Latin letters only (no Japanese parts): set horizontally."""
    a = r.address
    return bool(a and not getattr(a, "japanese", True)
                and (postal.without_code(a.text) or getattr(a, "latin", "").strip()))


_IN_JAPAN = re.compile(r"\b(japan|nippon)\b", re.IGNORECASE)
_JP_CODE = re.compile(r"(?<!\d)(\d{3})-?(\d{4})(?!\d)")


def in_japan_code(r) -> str:
    """For an address in Latin letters that says it is in Japan (…, Tokyo 100-0005, Japan):
    its postal code (NNN-NNNN), for the red boxes; "" otherwise."""
    a = r.address
    if not latin_address(r):
        return ""
    text = f"{a.text} {getattr(a, 'latin', '')}"
    if not _IN_JAPAN.search(text):
        return ""
    m = _JP_CODE.search(f"{a.postal_code} {text}")
    return f"{m.group(1)}-{m.group(2)}" if m else "-"


def abroad(r) -> bool:
    """The card goes to an address outside Japan, written in Latin letters (one that names
    Japan is in Japan: horizontal too, its code in the boxes, 様 kept)."""
    return latin_address(r) and not in_japan_code(r)


def abroad_names(r) -> list[str]:
    """The names as written to an address abroad: a name in Latin letters as it is written
    there, given name first after the contact's Mr / Ms / Dr and without 様; others as on a
    card in Japan (様, 御中)."""
    if abroad(r) and r.latin_given_first and not r.onchu and r.given_names:
        prefix = getattr(r, "name_prefix", "").strip()
        first = " ".join(x for x in (prefix, r.given_names[0], r.family_name) if x)
        return [first, *[f"{g} {r.family_name}" for g in r.given_names[1:]],
                *r.joint_families]
    return r.name_lines


def abroad_lines(r) -> list[str]:
    """The lines of a card abroad, top to bottom: names, company lines, address lines."""
    out = list(abroad_names(r))
    out += list(reversed(r.organisation_lines)) if r.organisation_lines else []
    for col in address_columns(r):
        out.extend(x.strip() for x in col.split(",") if x.strip())
    return out


def _abroad_size(lines: list[str], names: int) -> float | None:
    """The largest size (12 pt down to the floor) at which the lines fit their area."""
    w, h = (ABROAD_RIGHT - ABROAD_LEFT) * mm, (ABROAD_BOTTOM - ABROAD_TOP) * mm
    size = 12.0
    while size >= ABROAD_FLOOR:
        sizes = [size * (1.25 if i < names else 1) for i in range(len(lines))]
        if max(fonts.width(x, FONT, z) for x, z in zip(lines, sizes, strict=True)) <= w \
                and sum(z * 1.3 for z in sizes) <= h:
            return size
        size -= 0.25
    return None


def _draw_abroad(c: Canvas, r) -> None:
    lines = abroad_lines(r)
    names = len(abroad_names(r))
    size = _abroad_size(lines, names) or ABROAD_FLOOR
    y = _y(ABROAD_TOP)
    for i, line in enumerate(lines):
        z = size * (1.25 if i < names else 1)
        y -= z * 1.3
        fonts.draw_string(c, ABROAD_LEFT * mm, y + z * 0.25, line, FONT, z)


def notes_of(r) -> list[str]:
    """How a printed card is written where it is not as a card in Japan (translated)."""
    from kizuna_desktop.i18n import translate

    if latin_address(r) and not abroad(r):  # in Japan, in Latin letters
        return [translate("pdf", "{0}: the address is in Latin letters, printed "
                          "horizontally").format(who_of(r))]
    if not abroad(r):
        return []
    out = [translate("pdf", "{0}: an address abroad, printed horizontally in Latin letters "
                     "(the red boxes stay empty; a card abroad needs international postage)")
           .format(who_of(r))]
    if abroad_names(r) != r.name_lines:
        out.append(translate("pdf", "{0}: written {1} (an address abroad: no 様)").format(
            who_of(r), abroad_names(r)[0]))
    return out


def _draw_digits(c: Canvas, code: str, lefts, top: float, w: float, h: float,
                 size: float) -> None:
    digits = re.sub(r"\D", "", code)
    if len(digits) != 7:
        return
    for d, left in zip(digits, lefts, strict=True):
        x = (left + w / 2) * mm
        y = _y(top + h / 2) - size * tategaki.CENTRE
        fonts.draw_centred_string(c, x, y, d, DIGIT_FONT, size)


def _outlines(c: Canvas, layout: Layout) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(0.4)
    for left in BOX_LEFTS:
        c.rect(left * mm, _y(BOX_TOP + BOX_H), BOX_W * mm, BOX_H * mm)
    b = layout.sender_boxes
    for left in b.lefts:
        c.rect(left * mm, _y(b.top + b.height), b.width * mm, b.height * mm)
    c.setDash(2, 2)
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.line(NAME_X * mm, _y(ADDRESS_TOP), NAME_X * mm, _y(NAME_BOTTOM))
    c.rect(0.5 * mm, 0.5 * mm, (CARD_W - 1) * mm, (CARD_H - 1) * mm)
    c.restoreState()
    fonts.draw_string(c, 3 * mm, _y(6), "テスト印刷：はがきに重ねて枠の位置を確かめてください",
                      FONT, 6)


def _fit(text: str, size: float, height: float) -> float:
    length = tategaki.column_length(text, size, FONT)
    return size if length <= height else max(7.0, size * height / length)


def _draw_name(c: Canvas, r) -> None:
    height = (NAME_BOTTOM - NAME_TOP) * mm
    if r.onchu:
        text = r.name_lines[0].replace(" ", "")
        size = _fit(text + "　", 24, height)
        tategaki.draw_column(c, text.removesuffix("御中") + "　御中", NAME_X * mm,
                             _y(NAME_TOP), size, FONT)
        return
    if r.latin_given_first:  # John Smith 様: one column, the Latin name as written
        text = r.name_lines[0]
        size = _fit(text, 20, height)
        tategaki.draw_column(c, text, NAME_X * mm, _y(NAME_TOP), size, FONT)
        return
    family, givens = r.family_name, r.given_names
    top = NAME_TOP
    if r.title and r.address and r.address.work:
        top += tategaki.draw_column(c, r.title, NAME_X * mm, _y(NAME_TOP), 13, FONT) / mm + 3
        height = (NAME_BOTTOM - top) * mm
    longest = max([len(g) for g in givens] + [len(n.replace(" ", "")) for n in
                                              r.joint_families] + [1])
    cells = len(family) + 1 + longest + 1 + 1  # family, gap, given, gap, 様
    size = min(24.0, height / cells)
    em = size
    given_top = _y(top) - (len(family) + 1) * em
    sama_top = given_top - (longest + 1) * em
    pitch = size * 1.2
    columns = len(givens) + len(r.joint_families)
    x = NAME_X * mm + (columns - 1) * pitch / 2  # the names together centred on the card
    # the family name over its own given names only: a joint name with a family name of its
    # own has its own column beside them, never under this one
    tategaki.draw_column(c, family, x - (len(givens) - 1) * pitch / 2, _y(top), size, FONT)
    for i, g in enumerate(givens):
        xi = x - i * pitch
        tategaki.draw_column(c, g, xi, given_top, size, FONT)
        tategaki.draw_column(c, "様", xi, sama_top, size, FONT)
    for j, full in enumerate(r.joint_families):
        xi = x - (len(givens) + j) * pitch
        fam, _, given = full.partition(" ")
        tategaki.draw_column(c, fam, xi, _y(top), size, FONT)
        tategaki.draw_column(c, given, xi, given_top, size, FONT)
        tategaki.draw_column(c, "様", xi, sama_top, size, FONT)


def _draw_recipient(c: Canvas, r) -> None:
    if latin_address(r):
        code = in_japan_code(r)
        if len(code) == 8:  # in Japan: its code in the red boxes
            _draw_digits(c, code, BOX_LEFTS, BOX_TOP, BOX_W, BOX_H, 16)
        _draw_abroad(c, r)
        return
    if r.address and not r.address.postal_problem:  # (a doubtful code: boxes left empty)
        _draw_digits(c, r.address.postal_code, BOX_LEFTS, BOX_TOP, BOX_W, BOX_H, 16)
    height = (ADDRESS_BOTTOM - ADDRESS_TOP) * mm
    cols: list[tuple[str, float]] = []  # (text, top in mm)
    for i, text in enumerate(address_columns(r)):
        for part in tategaki.split_columns(text, 13, FONT, height, address=True):
            cols.append((part, ADDRESS_TOP + (12.0 if i else 0.0)))
    x = ADDRESS_X[0]
    for text, top in cols:
        tategaki.draw_column(c, text, x * mm, _y(top), 13, FONT)
        x -= 7.5
    org = r.organisation_lines
    if org and not r.onchu and r.title and org[-1] == r.title:
        org = org[:-1]  # the title goes above the name, in the name's column
    if org:
        x = min(x + 1.5, 64.0)
        for line in org:
            size = _fit(line, 12, height)
            tategaki.draw_column(c, line, x * mm, _y(ADDRESS_TOP + 6), size, FONT)
            x -= ORG_PITCH
    _draw_name(c, r)


def _draw_sender(c: Canvas, s, layout: Layout) -> None:
    b = layout.sender_boxes
    _draw_digits(c, s.postal_code, b.lefts, b.top, b.width, b.height, 10)
    parsed = postal.parse(s.address)
    if parsed is not None:
        text = (parsed.region + parsed.city + _kanji_digits(parsed.town)
                + postal.kanji_block(parsed.block))
        cols = [text] + ([_kanji_digits(parsed.extended)] if parsed.extended else [])
    else:
        cols = [_kanji_digits(postal.without_code(s.address))]
    top, bottom = 78.0, 124.0
    x = 30.0
    for i, col in enumerate(cols):
        for part in tategaki.split_columns(col, 9, FONT, (bottom - top) * mm, address=True):
            tategaki.draw_column(c, part, x * mm, _y(top + (6 if i else 0)), 9, FONT)
            x -= 4.5
    x -= 2.0
    name = s.name.replace(" ", "　")
    size = _fit(name, 13, (bottom - top) * mm)
    tategaki.draw_column(c, name, x * mm, _y(top + 8), size, FONT)


_SCRIPTS_OK = ("LATIN", "CJK", "HIRAGANA", "KATAKANA", "FULLWIDTH", "HALFWIDTH",
               "IDEOGRAPHIC", "KANGXI", "CIRCLED", "PARENTHESIZED", "SQUARED")


def foreign_script(text: str) -> str:
    """The name of the first writing system in ``text`` that the card cannot set (neither
    Japanese nor Latin letters: Arabic, Hebrew, Thai, Cyrillic…), "" when there is none.
    A right-to-left or non-CJK script set vertically would print one letter a cell."""
    import unicodedata

    for ch in text or "":
        if not unicodedata.category(ch).startswith("L"):
            continue
        name = unicodedata.name(ch, "")
        if not name.startswith(_SCRIPTS_OK):
            word = name.split(" ")[0]
            return word.capitalize() if word else f"U+{ord(ch):04X}"
    return ""


def who_of(r) -> str:
    """The recipient as the card names them (John Smith 様, 山田 太郎 様, 総務部 御中)."""
    return r.name_lines[0] if r.name_lines else r.family_name


def problems_of(r) -> list[str]:
    """Why the card cannot be set: its address or name in a writing system the card cannot
    print (one line, naming the script), or characters no bundled font has (one line naming
    them all; they would print as boxes)."""
    who = who_of(r)
    parts = {"address": "".join(address_columns(r)),
             "name": "".join(r.organisation_lines + r.name_lines)}
    for what, text in parts.items():
        script = foreign_script(text)
        if script:
            hint = (" and it has no Latin form" if what == "address" else "")
            return [f"{who}: the {what} is written in {script} script, which a postcard "
                    f"addressed vertically in Japanese cannot print{hint}; give it in "
                    f"Japanese or Latin letters"]
    bad = fonts.problems(who, "".join(parts.values()), FONT)[0]
    if len(bad) > 1:
        return [f"{who}: {len(bad)} characters have no glyph in any bundled font (they "
                f"would print as boxes): " + "; ".join(b.split(": ", 1)[1].split(" has ")[0]
                                                        for b in bad[:8])
                + ("…" if len(bad) > 8 else "")]
    return bad


NAME_FLOOR = 10.0  # pt: a name smaller than this is refused, never printed illegibly
ORG_PITCH = 5.0  # mm between the company / department columns
_CLEAR_OF_NAME = 56.5  # mm: the address and company columns stay right of the name's column


def fit_problems(r, sender=None) -> list[str]:
    """What of the card would not fit its area even at the smallest size allowed (the card
    is refused, named, rather than printed across the name or off the card)."""
    who = who_of(r)
    out = []
    if latin_address(r):
        if _abroad_size(abroad_lines(r), len(abroad_names(r))) is None:
            out.append(f"{who}: the address abroad is too long for the card even at "
                       f"{ABROAD_FLOOR:g} pt; shorten it")
        return out
    height = (ADDRESS_BOTTOM - ADDRESS_TOP) * mm
    cols = [part for i, text in enumerate(address_columns(r))
            for part in tategaki.split_columns(text, 13, FONT, height, address=True)]
    x = ADDRESS_X[0] - 7.5 * len(cols)
    org = r.organisation_lines
    if org and not r.onchu and r.title and org[-1] == r.title:
        org = org[:-1]
    for line in org:
        if tategaki.column_length(line, 7.0, FONT) > height:
            out.append(f"{who}: the company line {line[:20]}… is too long for the card even "
                       "at 7 pt")
    last = (min(x + 1.5, 64.0) - ORG_PITCH * (len(org) - 1)) if org else x + 7.5
    if cols and last < _CLEAR_OF_NAME:
        out.append(f"{who}: the address ({len(cols)} columns) and company lines do not fit "
                   "beside the name; shorten the address")
    if not r.onchu:
        name_h = (NAME_BOTTOM - NAME_TOP) * mm
        longest = max([len(g) for g in r.given_names]
                      + [len(n.replace(" ", "")) for n in r.joint_families] + [1])
        if r.latin_given_first:
            fits = tategaki.column_length(r.name_lines[0], NAME_FLOOR, FONT) <= name_h
        else:
            fits = name_h / (len(r.family_name) + longest + 3) >= NAME_FLOOR
        if not fits:
            out.append(f"{who}: the name is too long for the card even at {NAME_FLOOR:g} pt")
    elif tategaki.column_length(r.name_lines[0], NAME_FLOOR, FONT) > (NAME_BOTTOM - NAME_TOP) * mm:
        out.append(f"{who}: the name is too long for the card even at {NAME_FLOOR:g} pt")
    return out


def sender_problems(s) -> list[str]:
    """The sender block past the card's left edge (too long an address or name)."""
    if s is None or not s.is_set:
        return []
    parsed = postal.parse(s.address)
    text = (parsed.region + parsed.city + parsed.town + parsed.block if parsed
            else postal.without_code(s.address))
    cols = [text] + ([parsed.extended] if parsed and parsed.extended else [])
    n = sum(len(tategaki.split_columns(col, 9, FONT, 46 * mm, address=True)) for col in cols)
    if 30.0 - 4.5 * n - 2.0 < 8.0:
        return [f"the sender's address ({n} columns) does not fit the card; shorten it"]
    if tategaki.column_length(s.name, 7.0, FONT) > 46 * mm:
        return ["the sender's name is too long for the card even at 7 pt"]
    return []


def render(recipients: list, sender, layout: Layout | None = None,
           *, test_print: bool = False) -> Result:
    """One page per recipient (or the test print's one page, over the first recipient with a
    Japanese postal code, else the first). A recipient whose text has a character no font
    has is skipped, named."""
    fonts.register()
    layout = layout or Layout()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(CARD_W * mm, CARD_H * mm), initialFontName=FONT,
               initialFontSize=10)
    c.setTitle("年賀状 宛名面")
    c.setAuthor("Kizuna Desktop")
    skipped: list[str] = []
    notes: list[str] = []
    cards = 0
    todo = recipients
    if test_print:  # over a card whose digits go in the red boxes (review 5 finding 8: the
        # first card was a Paris address, its boxes empty, nothing to hold against a card)
        boxed = [r for r in recipients if r.address and r.address.japanese
                 and not r.address.postal_problem and not (problems_of(r) or fit_problems(r))]
        todo = (boxed or recipients)[:1]
    if sender is not None and (bad_sender := sender_problems(sender)):
        return Result(pdf=b"", cards=0, skipped=bad_sender)
    for r in todo:
        bad = problems_of(r) or fit_problems(r)
        if bad:
            skipped.extend(bad)
            continue
        c.saveState()
        c.translate(layout.offset_x * mm, -layout.offset_y * mm)
        if test_print:
            _outlines(c, layout)
        _draw_recipient(c, r)
        if sender is not None and sender.is_set:
            _draw_sender(c, sender, layout)
        c.restoreState()
        c.showPage()
        cards += 1
        if not test_print:
            notes.extend(notes_of(r))
    if test_print and cards == 0:
        c.saveState()
        c.translate(layout.offset_x * mm, -layout.offset_y * mm)
        _outlines(c, layout)
        c.restoreState()
        c.showPage()
        cards = 1
    c.save()
    return Result(pdf=buf.getvalue(), cards=cards, skipped=skipped, notes=notes)
