"""A contact's photo: a PNG, JPEG or WebP, turned upright, scaled to fit 512 × 512 and stored
once inside the journal (so an encrypted journal keeps it encrypted), as JPEG (PNG when it
has transparency)."""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import contacts
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact

SIDE = 512
FORMATS = {"PNG", "JPEG", "WEBP"}
LIMIT_MB = 20  # of the file given; what is stored is far smaller


def prepare(data: bytes) -> bytes:
    """The bytes to store for an image file's ``data``, or ValidationError saying why not."""
    if len(data) > LIMIT_MB * 1024 * 1024:
        raise ValidationError.single("photo", f"The photo is larger than {LIMIT_MB} MB.")
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format not in FORMATS:
                raise ValidationError.single(
                    "photo", f"A photo must be PNG, JPEG or WebP, not {im.format}.")
            im.load()
            im = ImageOps.exif_transpose(im)
            im.thumbnail((SIDE, SIDE), Image.Resampling.LANCZOS)
            alpha = im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info)
            out = io.BytesIO()
            if alpha:
                im.convert("RGBA").save(out, "PNG", optimize=True)
            else:
                im.convert("RGB").save(out, "JPEG", quality=88, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError.single(
            "photo", "This file is not a PNG, JPEG or WebP image that can be read.") from None


def set_photo(journal: Journal, contact_id: int, data: bytes | None) -> None:
    """Set (scaled), replace or with None remove the contact's photo."""
    contacts.set_photo(journal, contact_id, prepare(data) if data is not None else None)


def get_photo(journal: Journal, contact_id: int) -> bytes | None:
    with journal.session() as s:
        c = s.get(Contact, contact_id)
        if c is None:
            raise NotFoundError(f"Contact {contact_id} does not exist.")
        return c.photo
