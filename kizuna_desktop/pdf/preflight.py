"""Preflight: the checks a print shop makes on a PDF before it goes to plate, read from the
file itself (pikepdf for the objects, fontTools for the embedded font programs).

- fonts: every font the pages use has its program embedded;
- glyphs: no text draws glyph 0 (.notdef, the box printed for a missing character): each
  shown code is looked up in the embedded font program's own cmap (simple TrueType) or
  CIDToGIDMap (Type 0);
- colour: no RGB (operators, colour spaces, images), no transparency (soft masks, constant
  alpha below 1, blend modes);
- text: nothing smaller than 6 pt as printed (the text matrix and the CTM applied), and text
  under 12 pt in solid black (K100, not a tint or rich black);
- images: at least 300 ppi at the size they print;
- boxes: a TrimBox and a BleedBox on every page, trim within bleed within media;
- PDF/X: version 1.3 (PDF/X-1a:2001), GTS_PDFXVersion and Trapped in Info, an OutputIntent of
  subtype GTS_PDFX with an OutputConditionIdentifier (and a registry or a profile).

``preflight`` returns one ``Finding`` a check (or per problem found), ``ok`` False where it
fails.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Name

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP, translate

MIN_TEXT = 6.0
SOLID_BELOW = 12.0
MIN_PPI = 300.0
RGB_SPACES = {"/DeviceRGB", "/CalRGB", "/Lab"}


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    message: str

    def line(self) -> str:
        """'ok   fonts: …' / 'FAIL fonts: …', in the interface's language ('合格 フォント:
        …'); ``check`` stays the key a script reads (``--json``)."""
        mark = (translate("preflight", "ok  ") if self.ok
                else translate("preflight", "FAIL"))
        label = translate("preflight", CHECKS.get(self.check, self.check))
        return f"{mark} {label}: {self.message}"


# the checks' names as a line shows them (the key itself stays as it is in --json)
CHECKS = {
    "file": QT_TRANSLATE_NOOP("preflight", "file"),
    "version": QT_TRANSLATE_NOOP("preflight", "version"),
    "pdfx": QT_TRANSLATE_NOOP("preflight", "pdfx"),
    "trapped": QT_TRANSLATE_NOOP("preflight", "trapped"),
    "output intent": QT_TRANSLATE_NOOP("preflight", "output intent"),
    "boxes": QT_TRANSLATE_NOOP("preflight", "boxes"),
    "fonts": QT_TRANSLATE_NOOP("preflight", "fonts"),
    "glyphs": QT_TRANSLATE_NOOP("preflight", "glyphs"),
    "colour": QT_TRANSLATE_NOOP("preflight", "colour"),
    "transparency": QT_TRANSLATE_NOOP("preflight", "transparency"),
    "text size": QT_TRANSLATE_NOOP("preflight", "text size"),
    "black text": QT_TRANSLATE_NOOP("preflight", "black text"),
    "images": QT_TRANSLATE_NOOP("preflight", "images"),
}


@dataclass
class _Font:
    name: str
    embedded: bool
    two_byte: bool = False
    gids: dict[int, int] | None = None  # code -> glyph id (None: could not be read)
    identity: bool = False


@dataclass
class _State:
    ctm: tuple = (1, 0, 0, 1, 0, 0)
    fill: tuple = ("gray", (0.0,))
    fill_space: str = "/DeviceGray"


@dataclass
class _Report:
    fonts: dict[str, _Font] = field(default_factory=dict)
    notdef: list[str] = field(default_factory=list)
    small: list[str] = field(default_factory=list)
    tint: list[str] = field(default_factory=list)
    rgb: list[str] = field(default_factory=list)
    transparency: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    low_ppi: list[str] = field(default_factory=list)
    min_size: float = math.inf
    glyphs: int = 0


def _mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _nums(operands) -> tuple:
    return tuple(float(x) for x in operands)


def _font_info(font: pikepdf.Dictionary) -> _Font:
    from fontTools.ttLib import TTFont

    name = str(font.get("/BaseFont", "?"))[1:]
    subtype = str(font.get("/Subtype", ""))
    if subtype == "/Type3":
        return _Font(name, True, gids=None)
    target = font
    two_byte = subtype == "/Type0"
    if two_byte:
        target = font.DescendantFonts[0]
    desc = target.get("/FontDescriptor")
    program = None
    if desc is not None:
        for key in ("/FontFile2", "/FontFile3", "/FontFile"):
            if key in desc:
                program = desc[key]
                break
    info = _Font(name, program is not None, two_byte)
    if program is None:
        return info
    if two_byte:
        cid_map = target.get("/CIDToGIDMap")
        if cid_map is None or cid_map == Name.Identity:
            info.identity = True
        else:
            raw = cid_map.read_bytes()
            info.gids = {i // 2: raw[i] << 8 | raw[i + 1] for i in range(0, len(raw) - 1, 2)}
        return info
    try:
        tt = TTFont(io.BytesIO(program.read_bytes()))
        order = {g: i for i, g in enumerate(tt.getGlyphOrder())}
        gids: dict[int, int] = {}
        for table in tt["cmap"].tables:
            for code, glyph in table.cmap.items():
                code = code - 0xF000 if table.platformID == 3 and code >= 0xF000 else code
                if 0 <= code <= 255 and code not in gids:
                    gids[code] = order.get(glyph, 0)
        info.gids = gids
    except Exception:  # noqa: BLE001 - a font program we cannot read: no glyph check
        info.gids = None
    return info


def _codes(data: bytes, font: _Font) -> list[int]:
    if font.two_byte:
        return [data[i] << 8 | data[i + 1] for i in range(0, len(data) - 1, 2)]
    return list(data)


def _space_name(cs, resources) -> str:
    if isinstance(cs, pikepdf.Name):
        named = (resources.get("/ColorSpace") or {}).get(str(cs))
        if named is not None:
            return _space_name(named, resources)
        return str(cs)
    if isinstance(cs, pikepdf.Array) and len(cs):
        kind = str(cs[0])
        if kind == "/ICCBased":
            n = int(cs[1].get("/N", 0))
            return {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}.get(n, kind)
        if kind == "/Indexed":
            return _space_name(cs[1], resources)
        if kind in ("/Separation", "/DeviceN"):
            return _space_name(cs[2], resources) if len(cs) > 2 else kind
        return kind
    return str(cs)


def _walk(content, resources, state: _State, report: _Report, page_no: int,
          depth: int = 0) -> None:
    if depth > 8:
        return
    fonts_res = resources.get("/Font") or {}
    stack: list[_State] = []
    font: _Font | None = None
    size = 0.0
    tm = lm = (1, 0, 0, 1, 0, 0)
    leading = 0.0
    where = translate("preflight", "page {n}").format(n=page_no)
    for inst in pikepdf.parse_content_stream(content):
        op = str(inst.operator)
        args = list(inst.operands) if not isinstance(inst, pikepdf.ContentStreamInlineImage) \
            else []
        if isinstance(inst, pikepdf.ContentStreamInlineImage):
            report.images.append(where)
            continue
        if op == "q":
            stack.append(_State(state.ctm, state.fill, state.fill_space))
        elif op == "Q" and stack:
            state = stack.pop()
        elif op == "cm":
            state.ctm = _mul(_nums(args), state.ctm)
        elif op in ("rg", "RG"):
            report.rgb.append(f"{where}: {op} {' '.join(str(a) for a in args)}")
            if op == "rg":
                state.fill = ("rgb", _nums(args))
        elif op == "k":
            state.fill = ("cmyk", _nums(args))
        elif op == "g":
            state.fill = ("gray", _nums(args))
        elif op in ("cs", "CS"):
            space = _space_name(args[0], resources)
            if space in RGB_SPACES:
                report.rgb.append(translate("preflight", "{where}: colour space {space}")
                              .format(where=where, space=space))
            if op == "cs":
                state.fill_space = space
                state.fill = ("space", ())
        elif op in ("sc", "scn"):
            state.fill = ("cmyk" if state.fill_space == "/DeviceCMYK" else "space",
                          _nums(a for a in args if not isinstance(a, pikepdf.Name)))
        elif op == "gs":
            gs = (resources.get("/ExtGState") or {}).get(str(args[0]))
            if gs is not None:
                if "/SMask" in gs and gs.SMask != Name.None_ and str(gs.SMask) != "/None":
                    report.transparency.append(translate(
                        "preflight", "{where}: soft mask in a graphics state").format(
                        where=where))
                for key in ("/CA", "/ca"):
                    if key in gs and float(gs[key]) < 1:
                        report.transparency.append(f"{where}: {key[1:]} {float(gs[key]):g}")
                if "/BM" in gs and str(gs.BM) not in ("/Normal", "/Compatible"):
                    report.transparency.append(translate(
                        "preflight", "{where}: blend mode {mode}").format(where=where,
                                                                          mode=gs.BM))
        elif op == "BT":
            tm = lm = (1, 0, 0, 1, 0, 0)
        elif op == "Tf":
            key = str(args[0])
            size = float(args[1])
            if key not in report.fonts:
                f = fonts_res.get(key)
                report.fonts[key] = _font_info(f) if f is not None else _Font(key, False)
            font = report.fonts[key]
        elif op == "TL":
            leading = float(args[0])
        elif op == "Tm":
            tm = lm = _nums(args)
        elif op in ("Td", "TD"):
            tx, ty = _nums(args)
            if op == "TD":
                leading = -ty
            lm = _mul((1, 0, 0, 1, tx, ty), lm)
            tm = lm
        elif op == "T*":
            lm = _mul((1, 0, 0, 1, 0, -leading), lm)
            tm = lm
        elif op in ("Tj", "TJ", "'", '"'):
            if op in ("'", '"'):
                lm = _mul((1, 0, 0, 1, 0, -leading), lm)
                tm = lm
            strings = ([a for a in args[0] if isinstance(a, pikepdf.String)] if op == "TJ"
                       else [args[-1]])
            _show(b"".join(bytes(s) for s in strings), font, size, tm, state, report, where)
        elif op == "Do":
            xobj = (resources.get("/XObject") or {}).get(str(args[0]))
            if xobj is None:
                continue
            sub = str(xobj.get("/Subtype"))
            if sub == "/Image":
                _image(xobj, state.ctm, resources, report, where)
            elif sub == "/Form":
                matrix = _nums(xobj.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                inner = _State(_mul(matrix, state.ctm), state.fill, state.fill_space)
                if "/Group" in xobj and str(xobj.Group.get("/S")) == "/Transparency":
                    report.transparency.append(translate(
                        "preflight", "{where}: transparency group").format(where=where))
                _walk(xobj, xobj.get("/Resources") or resources, inner, report, page_no,
                      depth + 1)


def _show(data: bytes, font: _Font | None, size: float, tm, state: _State, report: _Report,
          where: str) -> None:
    if font is None or not data:
        return
    m = _mul(tm, state.ctm)
    printed = abs(size) * math.hypot(m[2], m[3])
    codes = _codes(data, font)
    report.glyphs += len(codes)
    report.min_size = min(report.min_size, printed)
    if printed < MIN_TEXT - 0.01:
        report.small.append(translate("preflight", "{where}: {size} pt in {font}").format(
            where=where, size=f"{printed:.2f}", font=font.name))
    if printed < SOLID_BELOW:
        kind, values = state.fill
        solid = (kind == "cmyk" and len(values) == 4 and values[:3] == (0, 0, 0)
                 and values[3] >= 0.999) or (kind == "gray" and values and values[0] <= 0.001)
        if not solid:
            report.tint.append(translate("preflight", "{where}: {size} pt text in {colour}")
                               .format(where=where, size=f"{printed:.1f}",
                                       colour=f"{kind} {' '.join(f'{v:g}' for v in values)}"))
    if font.identity:
        bad = [c for c in codes if c == 0]
    elif font.gids is not None:
        bad = [c for c in codes if font.gids.get(c, 0) == 0]
    else:
        bad = []
    for c in bad:
        report.notdef.append(translate("preflight", "{where}: code {code} in {font} draws "
                                                    ".notdef").format(
            where=where, code=f"{c:#04x}", font=font.name))


def _image(xobj, ctm, resources, report: _Report, where: str) -> None:
    report.images.append(where)
    w_px, h_px = int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0))
    if xobj.get("/ImageMask") is True:
        return
    space = _space_name(xobj.get("/ColorSpace", Name.DeviceGray), resources)
    if space in RGB_SPACES:
        report.rgb.append(translate("preflight", "{where}: image {w}×{h} px in {space}")
                          .format(where=where, w=w_px, h=h_px, space=space))
    if "/SMask" in xobj:
        report.transparency.append(translate("preflight", "{where}: image with a soft mask")
                                   .format(where=where))
    w_pt, h_pt = math.hypot(ctm[0], ctm[1]), math.hypot(ctm[2], ctm[3])
    if w_pt and h_pt:
        ppi = min(w_px / (w_pt / 72), h_px / (h_pt / 72))
        if ppi < MIN_PPI - 0.5:
            report.low_ppi.append(translate(
                "preflight", "{where}: image {w}×{h} px at {mw}×{mh} mm = {ppi} ppi").format(
                where=where, w=w_px, h=h_px, mw=f"{w_pt / 72 * 25.4:.1f}",
                mh=f"{h_pt / 72 * 25.4:.1f}", ppi=f"{ppi:.0f}"))


def _box(page, name: str):
    value = page.obj.get(name)
    return None if value is None else [float(v) for v in value]


def _inside(inner, outer, tol=0.01) -> bool:
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def _few(items: list[str], n: int = 3) -> str:
    more = (translate("preflight", " (and {n} more)").format(n=len(items) - n)
            if len(items) > n else "")
    return translate("preflight", "; ").join(items[:n]) + more


def _reason(e) -> str:
    """qpdf's message without its "stream <_io.BytesIO object at …>:" prefix."""
    return re.sub(r"^.*?object at 0x[0-9a-f]+>(?: \(offset \d+\))?: ", "", str(e)).strip()


def preflight(data: bytes) -> list[Finding]:
    """Every check on the PDF ``data``, passed or failed."""
    if b"%PDF-" not in data[:1024]:
        return [Finding("file", False, translate(
            "preflight", "not a PDF: the file does not start with a PDF header (%PDF-); "
                         "export the PDF again"))]
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as e:
        return [Finding("file", False, translate(
            "preflight", "damaged PDF: it cannot be read ({reason}); export it again").format(
            reason=_reason(e)))]
    out: list[Finding] = []
    repaired = [_reason(w) for w in pdf.get_warnings()]
    if repaired or b"%%EOF" not in data[-1024:]:
        why = repaired[0] if repaired else translate("preflight", "no %%EOF at its end")
        out.append(Finding("file", False, translate(
            "preflight", "damaged PDF: truncated or broken ({why}); what follows was read "
                         "from a repaired copy. Export it again").format(why=why)))
    version = pdf.pdf_version
    out.append(Finding("version", version <= "1.3",
                       f"PDF {version}" + ("" if version <= "1.3" else
                                           translate("preflight",
                                                     "; PDF/X-1a:2001 needs PDF 1.3"))))
    info = pdf.docinfo
    pdfx = str(info.get("/GTS_PDFXVersion", ""))
    level = str(info.get("/GTS_PDFXConformance", ""))
    # PDF/X-1a:2001 is GTS_PDFXVersion "PDF/X-1:2001" with GTS_PDFXConformance
    # "PDF/X-1a:2001"; PDF/X-1a:2003 is GTS_PDFXVersion "PDF/X-1a:2003" alone.
    ok = (pdfx == "PDF/X-1:2001" and level == "PDF/X-1a:2001") or pdfx == "PDF/X-1a:2003"
    out.append(Finding("pdfx", ok,
                       (f"GTS_PDFXVersion {pdfx}" + (f", GTS_PDFXConformance {level}" if level
                                                      else "")
                        + ("" if ok else translate(
                            "preflight", " (PDF/X-1a:2001 is version PDF/X-1:2001 with "
                                         "conformance PDF/X-1a:2001)")))
                       if pdfx else translate("preflight", "no GTS_PDFXVersion in Info")))
    trapped = str(info.get("/Trapped", ""))
    out.append(Finding("trapped", trapped in ("/True", "/False"),
                       f"Trapped {trapped}" if trapped
                       else translate("preflight", "no Trapped key in Info")))
    intents = [i for i in (pdf.Root.get("/OutputIntents") or [])
               if str(i.get("/S")) == "/GTS_PDFX"]
    if not intents:
        out.append(Finding("output intent", False,
                           translate("preflight", "no GTS_PDFX OutputIntent")))
    else:
        i = intents[0]
        ident = str(i.get("/OutputConditionIdentifier", ""))
        registry = str(i.get("/RegistryName", ""))
        profile = "/DestOutputProfile" in i
        good = bool(ident) and (profile or bool(registry))
        out.append(Finding("output intent", good,
                           (ident or translate("preflight", "no OutputConditionIdentifier"))
                           + (f" ({registry})" if registry else "")
                           + (translate("preflight", ", profile embedded") if profile
                              else "")))
    box_problems = []
    report = _Report()
    for n, page in enumerate(pdf.pages, 1):
        media = _box(page, "/MediaBox")
        trim = _box(page, "/TrimBox")
        bleed = _box(page, "/BleedBox") or media
        if trim is None:
            box_problems.append(translate("preflight", "page {n}: no TrimBox").format(n=n))
        elif not (_inside(trim, bleed) and _inside(bleed, media)):
            box_problems.append(translate(
                "preflight", "page {n}: TrimBox {trim} not inside BleedBox {bleed} inside "
                             "MediaBox {media}").format(n=n, trim=trim, bleed=bleed,
                                                        media=media))
        if "/BleedBox" not in page.obj:
            box_problems.append(translate("preflight", "page {n}: no BleedBox").format(n=n))
        resources = page.obj.get("/Resources") or pikepdf.Dictionary()
        _walk(page.obj, resources, _State(), report, n)
    out.append(Finding("boxes", not box_problems,
                       _few(box_problems) or translate(
                           "preflight", "TrimBox and BleedBox on all {n} pages").format(
                           n=len(pdf.pages))))
    unembedded = sorted({f.name for f in report.fonts.values() if not f.embedded})
    out.append(Finding("fonts", not unembedded,
                       translate("preflight", "not embedded: {fonts}").format(
                           fonts=", ".join(unembedded)) if unembedded else
                       translate("preflight", "{n} fonts, all embedded").format(
                           n=len({f.name for f in report.fonts.values()}))))
    out.append(Finding("glyphs", not report.notdef,
                       _few(report.notdef) if report.notdef else
                       translate("preflight", "{n} glyphs drawn, none is .notdef").format(
                           n=report.glyphs)))
    out.append(Finding("colour", not report.rgb,
                       _few(report.rgb) if report.rgb
                       else translate("preflight", "CMYK and grey only, no RGB")))
    out.append(Finding("transparency", not report.transparency,
                       _few(report.transparency) if report.transparency
                       else translate("preflight", "none")))
    smallest = report.min_size if report.min_size < math.inf else 0
    out.append(Finding("text size", not report.small,
                       _few(report.small) if report.small else
                       (translate("preflight", "smallest {size} pt (at least {min} pt)")
                        .format(size=f"{smallest:.2f}", min=f"{MIN_TEXT:g}")
                        if report.glyphs else translate("preflight", "no text"))))
    out.append(Finding("black text", not report.tint,
                       _few(report.tint) if report.tint else
                       translate("preflight", "text under {size} pt is solid black (K100)")
                       .format(size=f"{SOLID_BELOW:g}")))
    out.append(Finding("images", not report.low_ppi,
                       _few(report.low_ppi) if report.low_ppi else
                       translate("preflight", "{n} images, all at least {ppi} ppi").format(
                           n=len(report.images), ppi=f"{MIN_PPI:g}")))
    return out


def failures(data: bytes) -> list[Finding]:
    return [f for f in preflight(data) if not f.ok]
