"""Review 7, finding 2: a whole Japanese address in ADR's extended-address field, as Android
and Japanese feature phones write it (``ADR:;東京都港区芝公園4-2-8 東京タワービル101;;;;;``),
arrives once: the text as written, and the parts postal.structured makes for that text typed
by hand in the editor (never the building, or the whole address, written two or three
times). A vCard 4.0 export of it reads back the same. Real journals, real `kizuna`
processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kizuna_desktop.services import contacts
from kizuna_desktop.store import Journal

WHOLE = "東京都港区芝公園4-2-8 東京タワービル101"
WHOLE_NO_BUILDING = "東京都渋谷区道玄坂1-2-3"

CARD_30 = f"""BEGIN:VCARD
VERSION:3.0
N:木村;拓也;;;
FN:木村 拓也
ADR;TYPE=HOME:;{WHOLE};;;;;
END:VCARD
"""


def _card_21_sjis(text: str) -> bytes:
    """A feature phone's card: vCard 2.1, Shift_JIS, the address in the extended field."""
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:木村;拓也;;;\r\n"
            f"ADR;HOME;CHARSET=SHIFT_JIS:;{text};;;;;\r\n"
            "EMAIL;INTERNET:takuya@kimura.example\r\nEND:VCARD\r\n").encode("cp932")


def _card_21_qp(text: str) -> bytes:
    """Android's: vCard 2.1, UTF-8 in quoted-printable."""
    qp = "".join(f"={b:02X}" for b in text.encode("utf-8"))
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:木村;拓也;;;\r\n"
            f"ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;{qp};;;;;\r\n"
            "END:VCARD\r\n").encode("utf-8")


def kizuna(db, *args: str) -> str:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                         capture_output=True, env=env, timeout=180)
    assert out.returncode == 0, (args, out.stderr.decode("utf-8", "replace"))
    return out.stdout.decode("utf-8")


def addresses(db) -> list[dict]:
    return json.loads(kizuna(db, "show", "1", "--json"))["addresses"]


def typed_by_hand(tmp_path, text: str, label: str) -> list[dict]:
    """The address as the editor stores the same text typed into it."""
    db = tmp_path / "typed.kizuna"
    with Journal.open(db) as j:
        contacts.create(j, contacts.ContactInput(
            family_name="木村", given_name="拓也",
            addresses=[contacts.AddressInput(label=label, text=text)]))
    return addresses(db)


@pytest.mark.parametrize("data, label", [
    (CARD_30.encode("utf-8"), "home"),
    (_card_21_sjis(WHOLE), "home"),
    (_card_21_qp(WHOLE), "work"),
], ids=["3.0", "2.1 Shift_JIS", "2.1 QP UTF-8"])
def test_whole_address_in_the_extended_field_arrives_once(tmp_path, data, label):
    path = tmp_path / "card.vcf"
    path.write_bytes(data)
    db = tmp_path / "in.kizuna"
    kizuna(db, "import", "--yes", str(path))
    got = addresses(db)
    assert got == [{"label": label, "postal_code": "", "region": "東京都", "city": "港区",
                    "street": "芝公園4-2-8", "extended": "東京タワービル101", "po_box": "",
                    "country": "", "text": WHOLE, "town": "芝公園", "block": "4-2-8",
                    "latin": ""}]
    assert got == typed_by_hand(tmp_path, WHOLE, label)

    # vCard 4.0 out and back into a new journal: the same address, written once
    out = tmp_path / "out.vcf"
    kizuna(db, "export", "--format", "vcard4", "-o", str(out))
    written = out.read_text("utf-8")
    assert written.replace("\r\n ", "").count("東京タワービル101") == 2  # LABEL and the part
    back = tmp_path / "back.kizuna"
    kizuna(back, "import", "--yes", str(out))
    assert addresses(back) == got


def test_whole_address_without_a_building_is_not_kept_again_as_extended(tmp_path):
    path = tmp_path / "card.vcf"
    path.write_bytes(_card_21_qp(WHOLE_NO_BUILDING))
    db = tmp_path / "in.kizuna"
    kizuna(db, "import", "--yes", str(path))
    got = addresses(db)
    assert got == [{"label": "work", "postal_code": "", "region": "東京都", "city": "渋谷区",
                    "street": "道玄坂1-2-3", "extended": "", "po_box": "", "country": "",
                    "text": WHOLE_NO_BUILDING, "town": "道玄坂", "block": "1-2-3",
                    "latin": ""}]
    assert got == typed_by_hand(tmp_path, WHOLE_NO_BUILDING, "work")


def test_a_building_beside_the_street_is_still_kept_with_it(tmp_path):
    """The extended field holding only the building, the street apart: as before."""
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:木村;拓也;;;\n"
                    "ADR;TYPE=HOME:;東京タワービル101;芝公園4-2-8;港区;東京都;105-0011;\n"
                    "END:VCARD\n", "utf-8")
    db = tmp_path / "in.kizuna"
    kizuna(db, "import", "--yes", str(path))
    (a,) = addresses(db)
    assert (a["extended"], a["town"], a["block"], a["postal_code"]) == (
        "東京タワービル101", "芝公園", "4-2-8", "105-0011")
    assert a["text"].count("東京タワービル101") == 1
