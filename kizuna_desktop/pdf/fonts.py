"""The embedded TrueType Japanese fonts every PDF uses (never a non-embedded CID font), and
the per-character fallback chain that keeps every character a real glyph.

- IPAex Gothic and IPAex Mincho (IPA Font License) cover JIS X 0208, the IBM/NEC extensions
  and most of JIS X 0213, and carry Adobe-Japan1 variation sequences (葛󠄀) in cmap format 14.
- Kizuna Names Mincho (``kizuna-names-mincho.ttf``, a renamed subset of IPAmj Mincho made by
  ``resources/fonts/make_names_font.py``) adds the rest of JIS X 0213 and name characters
  outside JIS (𠮷). It is 1.3 MB and loads in milliseconds.
- IPAmj Mincho itself, when installed on the system (Debian: fonts-ipamj-mincho; or the file
  named by ``KIZUNA_IPAMJ``), is the last fallback: its 46 MB are loaded only when a character
  needs it.

ReportLab reads only cmap formats 4 and 12, so a variation sequence's glyph is given a code
point of the Supplementary Private Use Area-A in ReportLab's copy of the font's cmap (the same
trick ReportLab uses for shaped text); ``pdf.pdfx`` maps it back to the sequence in the PDF's
ToUnicode, so the text still copies as 葛󠄀.
"""

from __future__ import annotations

import functools
import os
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kizuna_desktop import paths

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"
NAMES = "KizunaNamesMincho"
SYSTEM_MJ = "IPAmjMincho"
_FILES = {GOTHIC: "ipaexg.ttf", MINCHO: "ipaexm.ttf", NAMES: "kizuna-names-mincho.ttf"}
_MJ_PLACES = ("/usr/share/fonts/truetype/ipamj/ipamjm.ttf",
              "/usr/share/fonts/opentype/ipamj/ipamjm.ttf",
              "/usr/local/share/fonts/ipamjm.ttf", "~/.local/share/fonts/ipamjm.ttf",
              "~/.fonts/ipamjm.ttf", "~/Library/Fonts/ipamjm.ttf", "/Library/Fonts/ipamjm.ttf",
              "C:/Windows/Fonts/ipamjm.ttf")
PUA_BASE = 0xF0000  # where variation-sequence glyphs get their code points (plane 15 PUA)
_lock = threading.RLock()
_done = False
_mj_state: list[bool] = []  # [] not tried yet, [True] registered, [False] not installed
_pua: dict[tuple[str, str], str] = {}  # (font, base + selector) -> private code point
PUA_TEXT: dict[str, str] = {}  # private code point -> the sequence it stands for


def register() -> None:
    """Register the bundled fonts with ReportLab once. IPAex has no bold or italic faces:
    the family maps them to the regular face so ReportLab markup can never fall back to an
    unembedded standard font."""
    global _done
    with _lock:
        if _done:
            return
        for name, file in _FILES.items():
            _register(name, str(paths.resource("fonts", file)))
        _done = True


def _register(name: str, path: str) -> None:
    pdfmetrics.registerFont(TTFont(name, path))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)


def font_path(name: str) -> Path | None:
    if name in _FILES:
        return paths.resource("fonts", _FILES[name])
    if name == SYSTEM_MJ:
        return _mj_path()
    return None


def _mj_path() -> Path | None:
    env = os.environ.get("KIZUNA_IPAMJ")
    for place in ([env] if env else []) + list(_MJ_PLACES):
        p = Path(place).expanduser()
        if p.is_file():
            return p
    return None


def _system_mj() -> bool:
    """IPAmj Mincho registered (loaded on first need, about 1.5 s), or False if absent."""
    with _lock:
        if not _mj_state:
            path = _mj_path()
            if path is not None:
                try:
                    _register(SYSTEM_MJ, str(path))
                except Exception:  # noqa: BLE001 - an unreadable system font is no fallback
                    path = None
            _mj_state.append(path is not None)
        return _mj_state[0]


def chain(font: str) -> list[str]:
    """The fonts tried in turn for a character set in ``font``."""
    first = [font] if font not in (NAMES, SYSTEM_MJ) else []
    return [*first, NAMES, SYSTEM_MJ]


def _face(name: str):
    return pdfmetrics.getFont(name).face


def _has(name: str, cp: int) -> bool:
    if name == SYSTEM_MJ and not _system_mj():
        return False
    return cp in _face(name).charToGlyph


def has_glyph(font: str, ch: str) -> bool:
    """Whether ``font`` itself (no fallback) has a glyph for the single character ``ch``."""
    register()
    return len(ch) == 1 and not is_private(ch) and _has(font, ord(ch))


def is_selector(ch: str) -> bool:
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def is_private(ch: str) -> bool:
    return unicodedata.category(ch) == "Co"


def clusters(text: str) -> list[str]:
    """``text`` as characters, each with the variation selectors that follow it."""
    out: list[str] = []
    for ch in text:
        if out and is_selector(ch) and not is_selector(out[-1][0]):
            out[-1] += ch
        else:
            out.append(ch)
    return out


@functools.lru_cache(maxsize=8)
def _uvs(name: str) -> dict[tuple[int, int], int | None]:
    """The font's variation sequences (cmap format 14): (base, selector) -> glyph id, None
    for a default sequence (the base glyph is the variant)."""
    from fontTools.ttLib import TTFont as FTFont

    path = font_path(name)
    if path is None:
        return {}
    ft = FTFont(str(path), lazy=True)
    table = ft["cmap"].getcmap(0, 5)
    if table is None:
        return {}
    order = ft.getGlyphOrder()
    index = {g: i for i, g in enumerate(order)}
    out: dict[tuple[int, int], int | None] = {}
    for selector, pairs in table.uvsDict.items():
        for base, glyph in pairs:
            out[(base, selector)] = None if glyph is None else index[glyph]
    return out


def _variant(name: str, seq: str) -> str | None:
    """The character to draw in font ``name`` for the sequence ``seq`` (base + selector),
    or None when the font has no glyph for it."""
    if name == SYSTEM_MJ and not _system_mj():
        return None
    base, selector = ord(seq[0]), ord(seq[1])
    uvs = _uvs(name)
    if (base, selector) not in uvs:
        return None
    gid = uvs[(base, selector)]
    if gid is None:
        return seq[0] if _has(name, base) else None
    with _lock:
        key = (name, seq)
        if key not in _pua:
            face = _face(name)
            cp = PUA_BASE + len(PUA_TEXT)
            PUA_TEXT[chr(cp)] = seq
            face.charToGlyph[cp] = gid
            face.glyphToChar.setdefault(gid, []).append(cp)
            face.charWidths[cp] = face._pdfScale(face.hmetrics[gid][0])
            _pua[key] = chr(cp)
        return _pua[key]


@dataclass(frozen=True)
class Run:
    font: str
    text: str


@dataclass(frozen=True)
class Resolved:
    runs: tuple[Run, ...]
    missing: tuple[str, ...]  # characters (clusters) no font has
    warnings: tuple[str, ...]


def describe(cluster: str) -> str:
    """“𠮷 (U+20BB7)”: a character and its code points, for messages."""
    codes = " ".join(f"U+{ord(c):04X}" for c in cluster)
    shown = cluster if not is_private(cluster[0]) else ""
    kind = " private use" if is_private(cluster[0]) else ""
    return f"{shown} ({codes}{kind})".strip()


@functools.lru_cache(maxsize=4096)
def resolve(text: str, font: str) -> Resolved:
    """How to draw ``text`` in ``font``: runs of text, each in the first font of the chain
    that has its characters; what no font has; and warnings (a variation sequence printed
    with its base glyph)."""
    register()
    base = _face(font).charToGlyph
    if all(ord(c) in base and not is_private(c) and not is_selector(c) for c in text):
        return Resolved((Run(font, text),), (), ())
    runs: list[Run] = []
    missing: list[str] = []
    warnings: list[str] = []

    def add(f: str, t: str) -> None:
        if runs and runs[-1].font == f:
            runs[-1] = Run(f, runs[-1].text + t)
        else:
            runs.append(Run(f, t))

    for cl in clusters(text):
        ch = cl[0]
        if is_private(ch) or is_selector(ch) or unicodedata.category(ch) == "Cn":
            if cl not in missing:
                missing.append(cl)
            continue
        if ch in "\n\r\t":
            add(font, " ")
            continue
        placed = False
        if len(cl) > 1:  # a variation sequence (only the first selector counts)
            for f in chain(font):
                drawn = _variant(f, cl[:2])
                if drawn is not None:
                    add(f, drawn)
                    placed = True
                    break
            if placed:
                continue
            warnings.append(f"{describe(cl[:2])}: no bundled font has this variant; "
                            f"{ch} is printed in its usual form")
        for f in chain(font):
            if _has(f, ord(ch)):
                add(f, ch)
                placed = True
                break
        if not placed and cl not in missing:
            missing.append(cl)
    return Resolved(tuple(runs), tuple(missing), tuple(warnings))


def problems(field: str, text: str, font: str) -> tuple[list[str], list[str]]:
    """(errors, warnings) for one field: each character no font has, named."""
    r = resolve(text, font)
    errors = [f"{field}: {describe(cl)} has no glyph in any bundled font; it would print as a "
              "box. Replace it (or install IPAmj Mincho for rarer kanji)." for cl in r.missing]
    return errors, [f"{field}: {w}" for w in r.warnings]


def width(text: str, font: str, size: float) -> float:
    register()
    r = resolve(text, font)
    if len(r.runs) == 1 and r.runs[0].text == text:
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(run.text, run.font, size) for run in r.runs)


def draw_string(c, x: float, y: float, text: str, font: str, size: float) -> None:
    """``canvas.drawString`` through the fallback chain (characters no font has are left
    out: layouts refuse such text before anything is drawn)."""
    runs = resolve(text, font).runs
    if len(runs) == 1:
        c.setFont(runs[0].font, size)
        c.drawString(x, y, runs[0].text)
        return
    for run in runs:
        c.setFont(run.font, size)
        c.drawString(x, y, run.text)
        x += pdfmetrics.stringWidth(run.text, run.font, size)


def draw_centred_string(c, x: float, y: float, text: str, font: str, size: float) -> None:
    draw_string(c, x - width(text, font, size) / 2, y, text, font, size)


def markup(escaped: str, font: str) -> str:
    """ReportLab Paragraph markup for text already escaped: characters that ``font`` lacks
    are wrapped in ``<font name=...>`` of the fallback that has them (entities are kept)."""
    import html

    text = html.unescape(escaped)
    r = resolve(text, font)
    if len(r.runs) == 1 and r.runs[0].font == font and r.runs[0].text == text:
        return escaped
    from xml.sax.saxutils import escape

    return "".join(escape(run.text) if run.font == font
                   else f'<font name="{run.font}">{escape(run.text)}</font>' for run in r.runs)
