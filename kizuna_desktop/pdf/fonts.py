"""The embedded TrueType Japanese fonts every PDF uses (never a non-embedded CID font), and
the per-character fallback chain that keeps every character a real glyph.

- IPAex Gothic and IPAex Mincho (IPA Font License) cover JIS X 0208, the IBM/NEC extensions
  and most of JIS X 0213, and carry Adobe-Japan1 variation sequences (葛󠄀) in cmap format 14.
- Kizuna Names Mincho (``kizuna-names-mincho.ttf``, a renamed subset of IPAmj Mincho made by
  ``resources/fonts/make_names_font.py``) adds the rest of JIS X 0213 and name characters
  outside JIS (𠮷). It is 1.3 MB and loads in milliseconds.
- Kizuna Names Gothic (``kizuna-names-gothic.ttf``, a renamed subset of MigMix 2P made by
  ``resources/fonts/make_names_gothic.py``) is tried first for Gothic text, so 𠮷 in a Gothic
  line is Gothic; it has only 乄鮇𠮷 (no other free TrueType Gothic has more of JIS X 0213's
  rest or of the names outside JIS), so the others are drawn in Mincho even in Gothic text.
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
NAMES_GOTHIC = "KizunaNamesGothic"
SYSTEM_MJ = "IPAmjMincho"
_FILES = {GOTHIC: "ipaexg.ttf", MINCHO: "ipaexm.ttf", NAMES: "kizuna-names-mincho.ttf",
          NAMES_GOTHIC: "kizuna-names-gothic.ttf"}
FALLBACKS = (NAMES, NAMES_GOTHIC, SYSTEM_MJ)
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
        from reportlab.pdfbase import ttfonts

        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap (ReportLab 5.1)
        ttfonts.SUBSETN = _subset_tag  # see TaggedFont
        for name, file in _FILES.items():
            _register(name, str(paths.resource("fonts", file)))
        _done = True


_tagging = threading.local()


def _subset_tag(n: int, *_args) -> bytes:
    """Replaces ReportLab's SUBSETN (which tags subset n of every font alike, AAAAAA+): three
    letters of the font being written, three of the subset number."""
    head = getattr(_tagging, "head", "KZA")
    tail = ""
    for _ in range(3):
        n, r = divmod(n, 26)
        tail = chr(ord("A") + r) + tail
    return (head + tail).encode("ascii")


class TaggedFont(TTFont):
    """A TrueType font whose subsets carry tags of their own (PDF wants a tag per subset)."""

    def addObjects(self, doc):
        import hashlib

        digest = hashlib.sha256(self.fontName.encode()).digest()
        _tagging.head = "".join(chr(ord("A") + b % 26) for b in digest[:3])
        try:
            TTFont.addObjects(self, doc)
        finally:
            _tagging.head = "KZA"


class ChainFont(TaggedFont):
    """A TrueType font that draws what it lacks with the next font of its chain (``chain``),
    so every ReportLab path (canvas strings, Paragraphs, tables) gets real glyphs without
    knowing about fallbacks: ``splitString`` (which ReportLab's text objects call to encode
    text) returns subsets of the fallback fonts too, numbered ``_SPAN`` apart, and
    ``getSubsetInternalName`` names each in its own font; widths add up the same way.
    Written against ReportLab 5.1's TTFont (pinned)."""

    def splitString(self, text, doc, encoding="utf-8"):
        if isinstance(text, bytes):
            text = text.decode(encoding)
        runs = resolve(text, self.fontName).runs
        if len(runs) == 1 and runs[0].font == self.fontName:
            return TTFont.splitString(self, runs[0].text, doc, encoding)
        out = []
        for run in runs:
            font = pdfmetrics.getFont(run.font)
            span = _SPAN * _ORDER.index(run.font) if run.font != self.fontName else 0
            out += [(span + subset, t)
                    for subset, t in TTFont.splitString(font, run.text, doc, encoding)]
        return out

    def getSubsetInternalName(self, subset, doc):
        k, n = divmod(subset, _SPAN)
        font = self if k == 0 else pdfmetrics.getFont(_ORDER[k])
        return TTFont.getSubsetInternalName(font, n, doc)

    def stringWidth(self, text, size, encoding="utf8"):
        if isinstance(text, bytes):
            text = text.decode(encoding)
        runs = resolve(text, self.fontName).runs
        if len(runs) == 1 and runs[0].font == self.fontName:
            return TTFont.stringWidth(self, runs[0].text, size, encoding)
        return sum(TTFont.stringWidth(pdfmetrics.getFont(r.font), r.text, size, encoding)
                   for r in runs)


_SPAN = 100_000  # subset numbers of the k-th fallback font start at k * _SPAN
_ORDER = ["", NAMES, SYSTEM_MJ, NAMES_GOTHIC]  # fallbacks by number (0: the font itself)


def _to_unicode_cmap(fontname, subset):
    """ReportLab's ToUnicode CMap, written in UTF-16 as PDF requires (ReportLab writes a
    character beyond the BMP, such as 𠮷, as five bare hex digits) and with the private code
    points of variation sequences mapped back to the sequence."""
    def utf16(cp: int) -> str:
        return PUA_TEXT.get(chr(cp), chr(cp)).encode("utf-16-be").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *[f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)],
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def _register(name: str, path: str) -> None:
    cls = ChainFont if name in (GOTHIC, MINCHO) else TaggedFont
    pdfmetrics.registerFont(cls(name, path))
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
    """The fonts tried in turn for a character set in ``font``: a Gothic face first (Kizuna
    Names Gothic has 𠮷), then Mincho, the only free TrueType faces with the rest."""
    first = [font] if font not in FALLBACKS else []
    same = [NAMES_GOTHIC] if font in (GOTHIC, NAMES_GOTHIC) else []
    return [*first, *same, NAMES, SYSTEM_MJ]


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
    """“𠮷 (U+20BB7)”, or “U+E000 (a private-use character)”, for messages."""
    codes = " ".join(f"U+{ord(c):04X}" for c in cluster)
    if is_private(cluster[0]):
        return f"{codes} (a private-use character)"
    if unicodedata.category(cluster[0]) in ("Cn", "Cc", "Cf", "Cs"):
        return f"{codes} (an unassigned or invisible code point)"
    return f"{cluster} ({codes})"


@functools.lru_cache(maxsize=4096)
def resolve(text: str, font: str) -> Resolved:
    """How to draw ``text`` in ``font``: runs of text, each in the first font of the chain
    that has its characters; what no font has; and warnings (a variation sequence printed
    with its base glyph)."""
    register()
    base = _face(font).charToGlyph
    if all(ord(c) in base and (not is_private(c) or c in PUA_TEXT) and not is_selector(c)
           for c in text):
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
        if ch in PUA_TEXT and len(cl) == 1:  # a variant glyph already resolved (drawing)
            owner = next((f for f in chain(font) if _has(f, ord(ch))), font)
            add(owner, ch)
            continue
        if is_private(ch) or is_selector(ch) or unicodedata.category(ch) == "Cn":
            if cl not in missing:
                missing.append(cl)
            if not is_selector(ch):
                add(font, ch)  # drawn as the box it is, never dropped unseen
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
        if not placed:
            if cl not in missing:
                missing.append(cl)
            add(font, ch)
    return Resolved(tuple(runs), tuple(missing), tuple(warnings))


def problems(field: str, text: str, font: str) -> tuple[list[str], list[str]]:
    """(errors, warnings) for one field: each character no font has, named."""
    r = resolve(text, font)
    # A private-use character typed by the user is refused even where it happens to be one
    # of the code points given to variation glyphs (those exist only in drawing).
    missing = list(dict.fromkeys([cl for cl in clusters(text) if is_private(cl[0])]
                                 + list(r.missing)))
    hint = "" if _mj_path() else " (or install IPAmj Mincho, fonts-ipamj-mincho, for rare kanji)"
    errors = [f"{field}: {describe(cl)} has no glyph in any bundled font; it would print as a "
              f"box. Replace it{hint if not is_private(cl[0]) else ''}." for cl in missing]
    return errors, [f"{field}: {w}" for w in r.warnings]


def width(text: str, font: str, size: float) -> float:
    register()
    r = resolve(text, font)
    if len(r.runs) == 1 and r.runs[0].text == text:
        return pdfmetrics.stringWidth(text, font, size)
    return sum(TTFont.stringWidth(pdfmetrics.getFont(run.font), run.text, size)
               for run in r.runs)


def draw_string(c, x: float, y: float, text: str, font: str, size: float) -> None:
    """``canvas.drawString`` through the fallback chain (a character no font has prints as
    the box it is: layouts refuse such text before anything is drawn)."""
    runs = resolve(text, font).runs
    if len(runs) == 1:
        c.setFont(runs[0].font, size)
        c.drawString(x, y, runs[0].text)
        return
    for run in runs:
        c.setFont(run.font, size)
        c.drawString(x, y, run.text)
        x += TTFont.stringWidth(pdfmetrics.getFont(run.font), run.text, size)


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
