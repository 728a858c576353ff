"""Contact photos: PNG, JPEG and WebP read, scaled and stored once; anything else refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import contacts, photos


def _image(fmt: str, size=(1600, 1200), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 30, 30, 128) if mode == "RGBA" else (200, 30, 30)).save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_each_format_is_scaled_and_stored(journal, fmt):
    cid = contacts.create(journal, contacts.ContactInput(family_name="山田")).id
    photos.set_photo(journal, cid, _image(fmt))
    stored = photos.get_photo(journal, cid)
    with Image.open(io.BytesIO(stored)) as im:
        assert im.format == "JPEG" and max(im.size) == photos.SIDE
        assert im.size == (512, 384)  # aspect kept
    photos.set_photo(journal, cid, None)
    assert photos.get_photo(journal, cid) is None


def test_transparency_is_kept_as_png_and_bad_files_are_refused(journal):
    cid = contacts.create(journal, contacts.ContactInput(family_name="山田")).id
    photos.set_photo(journal, cid, _image("PNG", (100, 80), "RGBA"))
    with Image.open(io.BytesIO(photos.get_photo(journal, cid))) as im:
        assert im.format == "PNG" and im.size == (100, 80)
    with pytest.raises(ValidationError, match="PNG, JPEG or WebP"):
        photos.set_photo(journal, cid, b"GIF89a not really")
    with pytest.raises(ValidationError, match="not GIF"):
        photos.set_photo(journal, cid, _image("GIF", (10, 10)))
    assert photos.get_photo(journal, cid) is not None  # the old photo stays
