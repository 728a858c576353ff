"""Large vCard values are read in linear time: a folded 25 MB photo (a quadratic join took
21 s for 2.8 MB, and would take a quarter of an hour here), a long quoted-printable note."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap

from kizuna_desktop.formats import vcard

JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def _folded_photo_card(photo: bytes) -> bytes:
    b64 = base64.b64encode(photo).decode("ascii")
    folded = "\r\n ".join(b64[i:i + 74] for i in range(0, len(b64), 74))
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nEMAIL:t@example.jp\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nTEL:03-1\r\nEND:VCARD\r\n").encode()


def test_a_25_mb_folded_photo_is_read_and_named_past_the_limit():
    """In a child process with a generous timeout: the card arrives with everything else, and
    the photo, over the limit, is named with its size."""
    code = textwrap.dedent("""
        import base64, os, sys
        from kizuna_desktop.formats import vcard
        photo = b"\\xff\\xd8\\xff\\xe0" + os.urandom(25_000_000)
        b64 = base64.b64encode(photo).decode("ascii")
        folded = "\\r\\n ".join(b64[i:i + 74] for i in range(0, len(b64), 74))
        data = ("BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nN:山田;太郎;;;\\r\\n"
                f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\\r\\nTEL:03-1\\r\\nEND:VCARD\\r\\n"
                ).encode()
        (p,), problems = vcard.read_vcards(data, "big.vcf")
        print(len(data) > 33_000_000, p.family_name, p.phones, p.photo,
              [str(x) for x in problems])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert out.stdout.strip() == (
        "True 山田 [('', '03-1')] None "
        "['big.vcf:4: PHOTO of 25.0 MB is over the 20 MB limit; left out']")


def test_a_4_mb_folded_photo_arrives_whole():
    photo = JPEG_HEAD + os.urandom(4_000_000)
    (p,), problems = vcard.read_vcards(_folded_photo_card(photo), "x.vcf")
    assert problems == []
    assert (p.photo == photo, p.photo_type, p.emails, p.phones) == (
        True, "image/jpeg", [("", "t@example.jp")], [("", "03-1")])


def test_a_long_quoted_printable_note_with_soft_line_breaks():
    note = "来週、見積もりを送る約束。" * 20_000  # 260,000 characters, 780 KB of UTF-8
    qp = "".join(f"={b:02X}" for b in note.encode("utf-8"))
    lines = [qp[i:i + 72] for i in range(0, len(qp), 72)]
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:佐藤;花子;;;\r\n"
            "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + "=\r\n".join(lines)
            + "\r\nTEL;CELL:080-1111-2222\r\nEND:VCARD\r\n").encode("utf-8")
    (p,), problems = vcard.read_vcards(data, "x.vcf")
    assert problems == []
    assert (p.family_name, p.notes == note, p.phones) == (
        "佐藤", True, [("cell", "080-1111-2222")])


def test_many_backslash_continued_lines_are_joined_once():
    """Android 2.1's backslash-continued lines, 300,000 of them in one value."""
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:A;B;;;\r\nNOTE:start\\\r\n"
            + b"line\\\r\n" * 300_000 + b"end\r\nTEL:1\r\nEND:VCARD\r\n")
    (p,), problems = vcard.read_vcards(data, "x.vcf")
    assert problems == []
    assert p.notes == "start\n" + "line\n" * 300_000 + "end"
    assert p.phones == [("", "1")]
