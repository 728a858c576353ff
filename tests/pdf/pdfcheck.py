"""Reading PDFs back: text, fonts (embedded or not), page sizes, boxes."""

from __future__ import annotations

import io

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def fonts(data: bytes) -> dict[str, bool]:
    """Every font the document uses, mapped to whether its program is embedded."""
    out: dict[str, bool] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources") or {}
        font_dict = resources.get("/Font") or {}
        for ref in font_dict.values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            fonts_to_check = [font]
            if "/DescendantFonts" in font:
                fonts_to_check = [d.get_object() for d in font["/DescendantFonts"]]
            embedded = False
            for f in fonts_to_check:
                desc = f.get("/FontDescriptor")
                if desc is not None:
                    desc = desc.get_object()
                    embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[name] = embedded
    return out


def page_sizes_mm(data: bytes) -> list[tuple[float, float]]:
    pt = 25.4 / 72
    return [(round(float(p.mediabox.width) * pt, 1), round(float(p.mediabox.height) * pt, 1))
            for p in reader(data).pages]
