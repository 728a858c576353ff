"""Photos in contact files arrive as the window stores them (PNG, JPEG or WebP up to 20 MB,
scaled once), and one that cannot is named in the plan (review of issue 14: 7.5 MB JPEGs and
WebP photos were dropped without a word)."""

from __future__ import annotations

import base64
import io
import os

from PIL import Image

from kizuna_desktop.services import importing
from kizuna_desktop.store.models import Contact


def _image(fmt: str, side: int, noisy: bool = False) -> bytes:
    im = (Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)) if noisy
          else Image.new("RGB", (side, side), (200, 30, 60)))
    out = io.BytesIO()
    im.save(out, fmt, **({"quality": 98} if fmt == "JPEG" else {}))
    return out.getvalue()


def _card(name: str, photo: bytes, kind: str) -> bytes:
    b64 = base64.b64encode(photo).decode()
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{name};Taro;;;\r\nFN:Taro {name}\r\n"
            f"PHOTO;ENCODING=b;TYPE={kind}:{b64}\r\nEND:VCARD\r\n").encode()


def test_large_jpeg_and_webp_photos_arrive_scaled_and_a_gif_is_named(journal, tmp_path):
    big = _image("JPEG", 2600, noisy=True)
    assert 5 * 1024 * 1024 < len(big) < 20 * 1024 * 1024
    f = tmp_path / "photos.vcf"
    f.write_bytes(_card("Big", big, "JPEG") + _card("Webp", _image("WEBP", 300), "WEBP")
                  + _card("Gif", _image("GIF", 40), "GIF"))
    plan = importing.import_file(journal, f)
    assert any("photo left out" in p.message and "GIF" in p.message for p in plan.problems)
    importing.apply(journal, plan)
    with journal.session() as s:
        stored = {c.family_latin or c.family_name: c.photo for c in s.query(Contact)}
    for name in ("Big", "Webp"):
        assert stored[name], name
        with Image.open(io.BytesIO(stored[name])) as im:
            assert max(im.size) <= 512
    assert stored["Gif"] is None
