"""Business card output: lays out a meishi profile and writes its proof or sheet PDF."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import meishi, validation
from kizuna_desktop.services.files import write_atomically
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MeishiProfile

LOGO_LIMIT_MB = 2


def set_logo(journal: Journal, profile_id: int, data: bytes | None) -> None:
    """Set (or with None, remove) the profile's logo: a PNG or JPEG of at most 2 MB."""
    if data is not None:
        msg = validation.image(data, "logo", LOGO_LIMIT_MB)
        if msg is None and logo_size(data) is None:
            msg = "The logo is not a readable PNG or JPEG image."
        if msg:
            raise ValidationError.single("logo", msg)
    with journal.session() as s:
        p = s.get(MeishiProfile, profile_id)
        if p is None:
            raise NotFoundError(f"Meishi profile {profile_id} does not exist.")
        p.logo = data


def logo_size(data: bytes) -> tuple[int, int] | None:
    from reportlab.lib.utils import ImageReader

    if not data.startswith(validation.IMAGE_MAGIC):
        return None
    try:
        return ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - any decoding failure means "not a usable image"
        return None


def logo_of(journal: Journal, profile_id: int) -> bytes | None:
    with journal.session() as s:
        return s.scalar(select(MeishiProfile.logo).where(MeishiProfile.id == profile_id))


def qr_matrix(profile: meishi.MeishiView):
    """The module matrix of a QR code carrying the profile's vCard (segno, error level M)."""
    import segno

    from kizuna_desktop.formats.vcard import meishi_vcard

    qr = segno.make(meishi_vcard(profile), error="m", micro=False)
    return [list(row) for row in qr.matrix]


def card_layout(profile: meishi.MeishiView, options, logo: bytes | None = None):
    from kizuna_desktop.pdf.meishi_layout import layout

    logo_box = None
    if logo and (size := logo_size(logo)):
        logo_box = (size[0], size[1], logo)
    return layout(profile, options, qr_matrix(profile) if profile.include_qr else None, logo_box)


def render(profile: meishi.MeishiView, options, sheet: bool = False, paper: str = "a4",
           logo: bytes | None = None) -> bytes:
    """The proof (or, with ``sheet``, the 10-up sheet) as PDF bytes. Raises
    MeishiOverflowError naming each field that does not fit."""
    from kizuna_desktop.pdf import meishi as pdf_meishi

    card = card_layout(profile, options, logo)
    return pdf_meishi.sheet_pdf(card, paper) if sheet else pdf_meishi.proof_pdf(card)


def write_pdf(journal: Journal, profile_id: int, path: Path, options, sheet: bool = False,
              paper: str = "a4") -> Path:
    profile = meishi.get(journal, profile_id)
    data = render(profile, options, sheet, paper, logo_of(journal, profile_id))
    return write_atomically(path, data)
