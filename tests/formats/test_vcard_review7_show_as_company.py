"""Review 7, finding 3: Apple's ``X-ABShowAs:COMPANY`` only says how a card is listed. With a
person's name in N (a family or given name) the card is that person at the company: a contact
with the organisation, the e-mail and both addresses (a Latin one with a PO box is kept as
written, the box in its field, not folded into the Japanese one's Latin form). Without a
person's name it stays the company's own card, an organisation, and what an organisation
has no field for (a second address, a second web address, a photo, tags...) is named in the
plan. Real journals, real `kizuna` processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SHOW_AS_PERSON = """BEGIN:VCARD
VERSION:3.0
N:Ozaki;Ren;;;
FN:Ren Ozaki
EMAIL:ren@x.example
ADR;TYPE=work:PO Box 42;Bldg 7;1-1 Chiyoda;Chiyoda-ku;Tokyo;100-0001;Japan
ADR;TYPE=work;LANGUAGE=ja:;7号館;千代田1-1;千代田区;東京都;100-0001;日本
X-ABShowAs:COMPANY
ORG:Ozaki K.K.
END:VCARD
"""
COMPANY = """BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:尾崎商事株式会社
ORG:尾崎商事株式会社
X-ABShowAs:COMPANY
TEL;TYPE=work:03-1111-2222
ADR;TYPE=work:;;千代田1-1;千代田区;東京都;100-0001;日本
ADR;TYPE=work:;;梅田1-1-1;大阪市北区;大阪府;530-0001;日本
URL:https://ozaki.example
URL:https://shop.ozaki.example
CATEGORIES:取引先
END:VCARD
"""


def kizuna(db, *args: str, dry_run: bool = False) -> str:
    """``dry_run``: an import without --yes, which lists the plan and exits with 1."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": "en"}
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                         capture_output=True, env=env, timeout=180)
    assert out.returncode == (1 if dry_run else 0), (args, out.stderr.decode("utf-8", "replace"))
    return out.stdout.decode("utf-8")


def test_show_as_company_with_a_persons_name_is_a_contact_at_that_company(tmp_path):
    path = tmp_path / "iphone.vcf"
    path.write_text(SHOW_AS_PERSON, "utf-8")
    db = tmp_path / "j.kizuna"
    planned = kizuna(db, "import", str(path), dry_run=True)
    assert "1 contact(s) to import" in planned and "organisation card" not in planned
    kizuna(db, "import", "--yes", str(path))
    c = json.loads(kizuna(db, "show", "Ren Ozaki", "--json"))
    assert (c["family"], c["given"]) == ("Ozaki", "Ren")
    assert [m["value"] for m in c["emails"]] == ["ren@x.example"]
    assert [(p["organization"], p["current"]) for p in c["positions"]] == [
        ("Ozaki K.K.", True)]
    latin, japanese = c["addresses"]
    assert (latin["po_box"], latin["extended"], latin["street"], latin["city"],
            latin["region"], latin["postal_code"], latin["country"]) == (
        "PO Box 42", "Bldg 7", "1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "Japan")
    assert (japanese["region"], japanese["city"], japanese["town"], japanese["block"],
            japanese["extended"], japanese["po_box"], japanese["latin"]) == (
        "東京都", "千代田区", "千代田", "1-1", "7号館", "", "")
    # the company is an organisation of the journal, with the person at it
    org = json.loads(kizuna(db, "org", "show", "Ozaki K.K.", "--json"))
    assert org["people_now"] == 1

    # and the same file again changes nothing
    again = kizuna(db, "import", "--yes", str(path))
    assert "Imported: 0 new, 0 merged into existing contacts, 1 unchanged." in again, again
    assert len(json.loads(kizuna(db, "show", "Ren Ozaki", "--json"))["addresses"]) == 2


def test_show_as_company_without_a_persons_name_stays_the_companys_card(tmp_path):
    path = tmp_path / "company.vcf"
    path.write_text(COMPANY, "utf-8")
    db = tmp_path / "j.kizuna"
    planned = kizuna(db, "import", str(path), dry_run=True)
    assert "0 contact(s) to import" in planned and "1 organisation card(s)" in planned
    # what the organisation cannot hold is named, each once
    assert ("company.vcf:1: organisation card 尾崎商事株式会社: ADR, URL, CATEGORIES not "
            "imported (an organisation keeps its name, one address, one web address and "
            "notes)") in planned
    assert "1 phone(s) kept in the organisation's notes" in planned
    kizuna(db, "import", "--yes", str(path))
    org = json.loads(kizuna(db, "org", "show", "尾崎商事株式会社", "--json"))
    assert org["website"] == "https://ozaki.example"
    assert org["address"].startswith("〒100-0001 東京都 千代田区 千代田1-1")
    assert "03-1111-2222" in org["notes"]
    assert org["people_now"] == 0


def test_kizunas_own_organisation_card_reads_back_with_nothing_named(tmp_path):
    """An organisation exported as its card (3.0: X-ABShowAs:COMPANY with an empty N; 4.0:
    KIND:org) comes back as the organisation with no problem listed."""
    src = tmp_path / "src.kizuna"
    kizuna(src, "add", "--family", "田中", "--given", "一郎", "--org", "大和商事株式会社")
    kizuna(src, "org", "edit", "大和商事株式会社", "--name-en", "Yamato Shoji",
           "--website", "https://yamato.example", "--address",
           "〒100-0005 東京都千代田区丸の内1-2-3 丸ビル5階", "--notes", "本社")
    for fmt in ("vcard", "vcard4"):
        out = tmp_path / f"{fmt}.vcf"
        kizuna(src, "export", "--format", fmt, "-o", str(out))
        db = tmp_path / f"{fmt}.kizuna"
        planned = kizuna(db, "import", str(out), dry_run=True)
        assert "1 organisation card(s); 0 problem(s)" in planned, planned
        kizuna(db, "import", "--yes", str(out))
        org = json.loads(kizuna(db, "org", "show", "大和商事株式会社", "--json"))
        assert (org["name_en"], org["website"], org["address"], org["notes"]) == (
            "Yamato Shoji", "https://yamato.example",
            "〒100-0005 東京都千代田区丸の内1-2-3 丸ビル5階", "本社")
