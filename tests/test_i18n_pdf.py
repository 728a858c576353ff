"""PDF text a Japanese user reads outside the page's content (issue 22, review ja4 C9): the
meishi proof's slug names the face and the bleed in Japanese; English stays English."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kizuna_desktop import i18n
from kizuna_desktop.pdf import meishi as pdf_meishi
from kizuna_desktop.pdf.meishi_layout import MeishiOptions, layout
from tests.pdf.test_meishi import PROFILE


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.use("en")


def _slug_text() -> str:
    data = pdf_meishi.proof_pdf(layout(PROFILE, MeishiOptions()))
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_meishi_proof_slug_is_japanese_under_a_japanese_interface():
    i18n.use("ja")
    text = _slug_text()
    assert "面・校正刷り" in text and "塗り足し 3 mm" in text, text
    assert "proof" not in text and "bleed" not in text, text
    i18n.use("en")
    text = _slug_text()
    assert "face · proof" in text and "bleed 3 mm" in text, text
