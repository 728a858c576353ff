"""What a PDF really draws: every shown character code resolved through the embedded font
program (fontTools reads the FontFile2 the PDF carries) to its glyph, with the character the
ToUnicode map gives it. Used to prove that no .notdef (glyph 0, the box) is printed."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pikepdf
from fontTools.ttLib import TTFont

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class Drawn:
    text: str  # what ToUnicode says the code is
    font: str  # the embedded font's name, without its subset tag
    gid: int
    outline: tuple  # the glyph's coordinates (empty for a blank glyph)


def _font(font) -> tuple[str, dict[int, int], dict[int, str], TTFont]:
    name = str(font.BaseFont)[1:].split("+", 1)[-1]
    tt = TTFont(io.BytesIO(font.FontDescriptor.FontFile2.read_bytes()))
    order = {g: i for i, g in enumerate(tt.getGlyphOrder())}
    gids: dict[int, int] = {}
    for table in tt["cmap"].tables:
        for code, glyph in table.cmap.items():
            gids.setdefault(code & 0xFF if table.platformID == 3 else code, order[glyph])
    uni: dict[int, str] = {}
    if "/ToUnicode" in font:
        for code, hexes in _BFCHAR.findall(font.ToUnicode.read_bytes()):
            raw = bytes.fromhex(hexes.decode())
            uni[int(code, 16)] = raw.decode("utf-16-be", errors="replace")
    return name, gids, uni, tt


def _outline(tt: TTFont, gid: int) -> tuple:
    glyph = tt["glyf"][tt.getGlyphOrder()[gid]]
    coords = glyph.getCoordinates(tt["glyf"])[0] if glyph.numberOfContours else []
    return tuple(tuple(p) for p in coords)


def drawn(data: bytes) -> list[Drawn]:
    pdf = pikepdf.open(io.BytesIO(data))
    out: list[Drawn] = []
    cache: dict = {}

    def walk(obj, resources) -> None:
        fonts = resources.get("/Font") or {}
        current = None
        for inst in pikepdf.parse_content_stream(obj):
            op = str(inst.operator)
            if op == "Tf":
                key = str(inst.operands[0])
                if key not in cache:
                    cache[key] = _font(fonts[key])
                current = cache[key]
            elif op in ("Tj", "TJ") and current is not None:
                args = inst.operands[0]
                strings = [a for a in args if isinstance(a, pikepdf.String)] if op == "TJ" \
                    else [args]
                name, gids, uni, tt = current
                for s in strings:
                    for code in bytes(s):
                        gid = gids.get(code, 0)
                        out.append(Drawn(uni.get(code, "?"), name, gid, _outline(tt, gid)))
            elif op == "Do":
                xobj = (resources.get("/XObject") or {}).get(str(inst.operands[0]))
                if xobj is not None and str(xobj.get("/Subtype")) == "/Form":
                    walk(xobj, xobj.get("/Resources") or resources)

    for page in pdf.pages:
        walk(page.obj, page.obj.get("/Resources") or {})
    return out


def _mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def text_positions(data: bytes, page: int) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text-showing operator on a page, the origin in page
    coordinates (cm, Tm and the matrices of forms applied), the text through ToUnicode."""
    pdf = pikepdf.open(io.BytesIO(data))
    out: list[tuple[str, float, float]] = []

    def walk(obj, resources, ctm) -> None:
        fonts = resources.get("/Font") or {}
        stack, tm, uni = [], (1, 0, 0, 1, 0, 0), {}
        for inst in pikepdf.parse_content_stream(obj):
            op, args = str(inst.operator), list(inst.operands)
            if op == "q":
                stack.append(ctm)
            elif op == "Q":
                ctm = stack.pop()
            elif op == "cm":
                ctm = _mul(tuple(float(v) for v in args), ctm)
            elif op == "BT":
                tm = (1, 0, 0, 1, 0, 0)
            elif op == "Tm":
                tm = tuple(float(v) for v in args)
            elif op == "Tf":
                uni = _font(fonts[str(args[0])])[2]
            elif op in ("Tj", "TJ"):
                strings = [a for a in args[0] if isinstance(a, pikepdf.String)] \
                    if op == "TJ" else [args[0]]
                text = "".join(uni.get(code, "?") for s in strings for code in bytes(s))
                m = _mul(tm, ctm)
                out.append((text, m[4], m[5]))
            elif op == "Do":
                xobj = (resources.get("/XObject") or {}).get(str(args[0]))
                if xobj is not None and str(xobj.get("/Subtype")) == "/Form":
                    matrix = tuple(float(v) for v in xobj.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                    walk(xobj, xobj.get("/Resources") or resources, _mul(matrix, ctm))

    p = pdf.pages[page]
    walk(p.obj, p.obj.get("/Resources") or {}, (1, 0, 0, 1, 0, 0))
    return out
