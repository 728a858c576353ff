"""`kizuna preflight` and PDF/X-1a (issue 20.4, 20.5): every proof and sheet the app makes
passes; a PDF crafted with each fault a shop rejects fails, one line per finding, exit 1."""

from __future__ import annotations

import io
from dataclasses import replace

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kizuna_desktop import cli
from kizuna_desktop.pdf import fonts
from kizuna_desktop.pdf.meishi_layout import MeishiOptions
from kizuna_desktop.pdf.preflight import preflight
from kizuna_desktop.services import cards

from .test_glyphs import HARD
from .test_meishi import ALL, PROFILE


def _logo(w: int, h: int, mode: str = "RGBA") -> bytes:
    img = Image.new(mode, (w, h), (200, 30, 60, 128) if mode == "RGBA" else (200, 30, 60))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


LOGO = _logo(900, 300)


def _failed(data: bytes) -> dict[str, str]:
    return {f.check: f.message for f in preflight(data) if not f.ok}


@pytest.mark.parametrize("options", ALL, ids=lambda o: f"{o.style}-{o.ja}-{o.size}-{o.orientation}")
def test_every_proof_passes_preflight(options):
    assert _failed(cards.render(HARD, options, logo=LOGO)) == {}


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("options, bleed", [
    (MeishiOptions(), False), (MeishiOptions(ja="vertical"), False),
    (MeishiOptions(style="bilingual", size="us"), False), (MeishiOptions(), True),
    (MeishiOptions(ja="vertical", size="eu"), True)])
def test_every_sheet_passes_preflight(options, bleed, paper):
    data = cards.render(HARD, options, sheet=True, paper=paper, logo=LOGO, band_bleed=bleed)
    assert _failed(data) == {}


def test_proofs_are_pdf_x_1a():
    pdf = pikepdf.open(io.BytesIO(cards.render(PROFILE, MeishiOptions(), logo=LOGO)))
    assert pdf.pdf_version == "1.3"
    assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-1:2001"  # ISO 15930-1:2001's keys
    assert str(pdf.docinfo.GTS_PDFXConformance) == "PDF/X-1a:2001"
    assert str(pdf.docinfo.Trapped) == "/False"
    (intent,) = pdf.Root.OutputIntents
    assert str(intent.S) == "/GTS_PDFX"
    assert str(intent.OutputConditionIdentifier) == "JC200103"
    assert str(intent.RegistryName) == "http://www.color.org"
    for page in pdf.pages:
        assert "/TrimBox" in page.obj and "/BleedBox" in page.obj
        for name in ("/XObject",):
            for xobj in (page.Resources.get(name) or {}).values():
                for img in (xobj.get("/Resources", {}).get("/XObject") or {}).values():
                    assert str(img.ColorSpace) == "/DeviceCMYK" and "/SMask" not in img


def test_every_font_has_its_own_subset_tag():
    data = cards.render(HARD, MeishiOptions(ja="vertical"), sheet=True)
    pdf = pikepdf.open(io.BytesIO(data))
    tags: dict[str, str] = {}
    for page in pdf.pages:
        for font in page.Resources.Font.values():
            tag, name = str(font.BaseFont)[1:].split("+", 1)
            assert str(font.FontDescriptor.FontName) == str(font.BaseFont)
            assert tags.setdefault(tag, name) == name, (tag, name, tags)
    # IPAex Gothic, IPAex Mincho, Kizuna Names Mincho and Gothic (𠮷 in Gothic text)
    assert len(set(tags.values())) == 4


def _bad_pdf() -> bytes:
    """Every fault at once: an unembedded Helvetica, 株 in a font without it (.notdef), RGB text in
    4 pt, a 60 × 20 px RGB logo with an alpha channel at 69 ppi, no boxes, no PDF/X."""
    fonts.register()
    out = io.BytesIO()
    c = Canvas(out, pagesize=(200, 200))
    c.setFillColorRGB(1, 0, 0)
    c.setFont(fonts.NAMES, 4)  # the names font has no 株, and no fallback of its own
    c.drawString(10, 10, "株式会社𠮷田")
    c.setFont("Helvetica", 10)
    c.drawString(10, 50, "Hello")
    img = Image.new("RGBA", (60, 20), (0, 0, 255, 128))
    c.drawImage(ImageReader(img), 10, 100, 60 * 72 / 69, 20 * 72 / 69, mask="auto")
    c.save()
    return out.getvalue()


def test_a_crafted_bad_pdf_fails_each_check():
    failed = _failed(_bad_pdf())
    assert set(failed) >= {"pdfx", "output intent", "boxes", "fonts", "glyphs", "colour",
                           "transparency", "text size", "black text", "images"}, failed
    assert "Helvetica" in failed["fonts"]
    assert ".notdef" in failed["glyphs"] and "KizunaNamesMincho" in failed["glyphs"]
    assert "4.00 pt" in failed["text size"]
    assert "69 ppi" in failed["images"]
    assert "no TrimBox" in failed["boxes"]


def test_preflight_command_prints_a_line_per_check_and_exits_1_on_failure(tmp_path, capsys):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(_bad_pdf())
    assert cli.main(["preflight", str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    fails = [x for x in lines if x.startswith("FAIL ")]
    assert len(fails) >= 10 and any(x.startswith("FAIL fonts: not embedded: Helvetica")
                                    for x in fails)
    assert lines[-1] == f"bad.pdf: {len(fails)} of {len(lines) - 1} checks failed."
    good = tmp_path / "good.pdf"
    good.write_bytes(cards.render(PROFILE, MeishiOptions(), sheet=True, paper="letter"))
    assert cli.main(["preflight", str(good)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert all(x.startswith("ok   ") for x in out[:-1]) and out[-1].endswith("passed.")


def test_a_low_resolution_logo_is_refused_before_export():
    small = _logo(60, 20)
    card = cards.card_layout(PROFILE, MeishiOptions(), small)
    assert any("60 × 20 px prints at" in p and "300 ppi" in p for p in card.problems)
    cmyk = io.BytesIO()
    Image.new("CMYK", (900, 300), (0, 80, 90, 0)).save(cmyk, "JPEG")
    rgb_warns = cards.card_layout(PROFILE, MeishiOptions(), LOGO).warnings
    assert any("without a colour profile" in w for w in rgb_warns)
    assert cards.card_layout(PROFILE, MeishiOptions(), cmyk.getvalue()).warnings == []


def test_export_refuses_what_preflight_fails(monkeypatch):
    from kizuna_desktop.pdf import meishi as pdf_meishi

    monkeypatch.setattr(pdf_meishi, "LABEL_SIZE", 4.5)  # a label too small to print
    with pytest.raises(cards.PreflightError, match="text size"):
        cards.export(replace(PROFILE, include_qr=False), MeishiOptions())


def test_the_pdfx_version_keys_are_those_of_the_2001_standard():
    import pikepdf

    good = cards.render(PROFILE, MeishiOptions(), sheet=False)
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.docinfo["/GTS_PDFXVersion"] = pikepdf.String("PDF/X-1a:2001")  # a common mistake
        wrong = io.BytesIO()
        pdf.save(wrong)
    failed = _failed(wrong.getvalue())
    assert "pdfx" in failed and "PDF/X-1:2001" in failed["pdfx"]
    assert "pdfx" not in _failed(good)
