"""PDF/X-1a:2001 from ReportLab's output, by post-processing with pikepdf.

ReportLab writes PDF 1.4 with no OutputIntent; this makes it what a print shop's preflight
expects of PDF/X-1a:2001: a PDF 1.3 file (no object or cross-reference streams), an
OutputIntent of subtype GTS_PDFX naming a registered characterisation (Japan Color 2001
Coated, ``JC200103`` in the ICC registry at http://www.color.org, which PDF/X-1a accepts
without an embedded profile), GTS_PDFXVersion and GTS_PDFXConformance, Trapped, a title and
dates in the Info dictionary, and a TrimBox and BleedBox on every page.

It also repairs two things of ReportLab's fonts: every font's subset tag is made its own
(ReportLab tags each font's first subset AAAAAA, so two fonts in one file share a tag), and
ToUnicode maps are written in UTF-16 (ReportLab writes characters beyond the BMP, such as 𠮷,
as bare five-digit hex) with the private code points of variation sequences mapped back to
the sequence (``fonts.PUA_TEXT``).

Colour (CMYK only, logos converted and flattened) and type (embedded fonts, at least 6 pt) are
the drawing code's part; ``pdf.preflight`` checks all of it.
"""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, datetime

import pikepdf
from pikepdf import Dictionary, Name, String

from kizuna_desktop.pdf import fonts

VERSION = "PDF/X-1a:2001"  # the conformance level; ISO 15930-1:2001 names the version
PDFX_VERSION = "PDF/X-1:2001"  # GTS_PDFXVersion of a PDF/X-1a:2001 file (the 2001 standard)
OUTPUT_CONDITION = "JC200103"
OUTPUT_CONDITION_NAME = "Japan Color 2001 Coated"
REGISTRY = "http://www.color.org"
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]{4,6})>")


def _date(now: datetime) -> str:
    return now.strftime("D:%Y%m%d%H%M%S+00'00'")


def to_pdfx(data: bytes, title: str) -> bytes:
    """``data`` (a ReportLab PDF drawn in CMYK) as PDF/X-1a:2001."""
    pdf = pikepdf.open(io.BytesIO(data))
    now = _date(datetime.now(UTC))
    info = pdf.docinfo
    info[Name.Title] = String(title)
    info[Name.Creator] = String("Kizuna Desktop")
    info[Name.Producer] = String("Kizuna Desktop (ReportLab, pikepdf)")
    info[Name.CreationDate] = String(now)
    info[Name.ModDate] = String(now)
    info[Name.Trapped] = Name("/False")
    info[Name("/GTS_PDFXVersion")] = String(PDFX_VERSION)
    info[Name("/GTS_PDFXConformance")] = String(VERSION)
    pdf.Root.OutputIntents = pikepdf.Array([Dictionary(
        Type=Name.OutputIntent, S=Name("/GTS_PDFX"),
        OutputConditionIdentifier=String(OUTPUT_CONDITION),
        OutputCondition=String(OUTPUT_CONDITION_NAME), RegistryName=String(REGISTRY),
        Info=String(OUTPUT_CONDITION_NAME))])
    if "/Metadata" in pdf.Root:
        del pdf.Root.Metadata
    for page in pdf.pages:
        media = page.obj.MediaBox
        if "/TrimBox" not in page.obj:
            page.obj.TrimBox = media
        if "/BleedBox" not in page.obj:
            page.obj.BleedBox = page.obj.TrimBox
    _fonts(pdf)
    out = io.BytesIO()
    pdf.save(out, force_version="1.3", object_stream_mode=pikepdf.ObjectStreamMode.disable,
             compress_streams=True, fix_metadata_version=False, deterministic_id=True)
    return out.getvalue()


def _tag(seed: bytes, taken: set[str]) -> str:
    digest = hashlib.sha256(seed).digest()
    n = int.from_bytes(digest[:8], "big")
    while True:
        tag = ""
        for _ in range(6):
            n, r = divmod(n, 26)
            tag += chr(ord("A") + r)
        if tag not in taken:
            taken.add(tag)
            return tag
        n = int.from_bytes(hashlib.sha256(tag.encode() + seed).digest()[:8], "big")


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _fix_tounicode(stream: pikepdf.Stream) -> None:
    raw = stream.read_bytes()

    def repl(m: re.Match) -> bytes:
        ch = chr(int(m.group(2), 16))
        return b"<%s> <%s>" % (m.group(1), _utf16(fonts.PUA_TEXT.get(ch, ch)).encode())

    fixed = _BFCHAR.sub(repl, raw)
    if fixed != raw:
        stream.write(fixed)


def _fonts(pdf: pikepdf.Pdf) -> None:
    taken: set[str] = set()
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        resources = page.obj.get("/Resources") or {}
        for _key, font in (resources.get("/Font") or {}).items():
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            base = str(font.get("/BaseFont", ""))
            if "+" in base:
                name = base[1:].split("+", 1)[1]
                desc = font.get("/FontDescriptor")
                program = desc.get("/FontFile2") if desc is not None else None
                seed = (program.read_raw_bytes() if program is not None else b"") + name.encode()
                new = Name("/" + _tag(seed, taken) + "+" + name)
                font.BaseFont = new
                if desc is not None:
                    desc.FontName = new
            if "/ToUnicode" in font:
                _fix_tounicode(font.ToUnicode)
