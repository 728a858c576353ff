"""The New Year review's findings 11, 13 and the marks left (issue 25, session 4): an
organisation as the recipient (御中, never 様) from a company-only vCard through a real
`kizuna import`; "do not send" for a contact carried over from last year; an address in a
script the card cannot set (Arabic) refused in one line by name, printed from its Latin
form when there is one, and the exit status when some cards are left out; the Latin form of
an address printed when it is all there is; every line of `nengajo list` ends with a newline.

Real journals, real processes, the card PDF read back (the glyphs it draws)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.pdf import postcard
from kizuna_desktop.services import contacts, nengajo, organizations
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal
from tests.pdf import glyphcheck

YEAR = 2027


def _kizuna(db, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8", "LANGUAGE": "en", "HOME": str(db.parent)}
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=180)


def _drawn(pdf: bytes) -> str:
    return "".join(d.text for d in glyphcheck.drawn(pdf))


COMPANY_VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.1//EN\r\n"
    "N:;;;;\r\nFN:株式会社ABC商会\r\nORG:株式会社ABC商会;\r\nX-ABShowAs:COMPANY\r\n"
    "ADR;type=WORK;type=pref:;;丸の内2-7-2;千代田区;東京都;100-7090;日本\r\n"
    "END:VCARD\r\n")


def test_a_company_card_is_a_recipient_with_onchu_from_the_command_line(tmp_path):
    db = tmp_path / "c.kizuna"
    f = tmp_path / "company.vcf"
    f.write_text(COMPANY_VCF, encoding="utf-8")
    r = _kizuna(db, "import", str(f), "--yes")
    assert r.returncode == 0, r.stderr.decode()
    with Journal.open(db) as j:
        (org,) = organizations.named(j, "株式会社ABC商会")
        assert "丸の内" in org.address  # the company's own address came in with it

    r = _kizuna(db, "nengajo", "mark", "株式会社ABC商会", "--send", "--year", str(YEAR))
    assert r.returncode == 0, r.stderr.decode()  # was: "No contact matches"
    assert "御中" in r.stdout.decode("utf-8")
    got = json.loads(_kizuna(db, "nengajo", "list", "--year", str(YEAR), "--json").stdout)
    (card,) = got["to_print"]
    assert card["organization_id"] == org.id and card["contact_id"] is None
    assert card["names"] == ["株式会社ABC商会 御中"]
    assert card["address"]["postal_code"] == "100-7090"

    # to a department alone: the company above it, the department takes 御中
    r = _kizuna(db, "nengajo", "mark", f"org:{org.id}", "--department", "総務部",
                "--year", str(YEAR))
    assert r.returncode == 0, r.stderr.decode()
    got = json.loads(_kizuna(db, "nengajo", "list", "--year", str(YEAR), "--json").stdout)
    (card,) = got["to_print"]
    assert card["names"] == ["総務部 御中"] and card["organisation"] == ["株式会社ABC商会"]

    out = tmp_path / "cards.pdf"
    r = _kizuna(db, "nengajo", "print", "--year", str(YEAR), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    drawn = _drawn(out.read_bytes())
    assert "総務部" in drawn and "御中" in drawn and "株式会社" in drawn
    assert "様" not in drawn  # 御中 never with 様
    assert "丸の内二丁目七番二号" in drawn  # the company's address, in kanji numerals

    # a person's mark on an organisation is refused, and the organisation's mark can be sent
    bad = _kizuna(db, "nengajo", "mark", f"org:{org.id}", "--mourning", "--year", str(YEAR))
    assert bad.returncode != 0 and "organisation" in bad.stderr.decode("utf-8")
    r = _kizuna(db, "nengajo", "mark", f"org:{org.id}", "--sent", "--year", str(YEAR))
    assert r.returncode == 0
    got = json.loads(_kizuna(db, "nengajo", "list", "--year", str(YEAR), "--json").stdout)
    assert got["to_print"] == [] and [c["names"] for c in got["sent"]] == [["総務部 御中"]]


def test_an_organisation_that_sent_one_carries_over_and_a_person_there_is_not_it(journal):
    org = organizations.create(journal, organizations.OrganizationInput(
        name_ja="三星商事株式会社", address="〒100-0005 東京都千代田区丸の内1-2-3"))
    nengajo.mark_organization(journal, org.id, YEAR - 1, received=True)
    got = nengajo.new_year_list(journal, YEAR)
    (card,) = got.to_print
    assert card.why == "sent one last year" and card.name_lines == ["三星商事株式会社 御中"]
    nengajo.mark_organization(journal, org.id, YEAR, skip=True)
    got = nengajo.new_year_list(journal, YEAR)
    assert got.to_print == [] and [r.organization_id for r in got.skipped] == [org.id]


def _carried(journal) -> int:
    cid = contacts.create(journal, ContactInput(
        family_name="鈴木", given_name="次郎",
        addresses=[AddressInput(label="home", text="〒150-0002 東京都渋谷区渋谷2-21-1")])).id
    nengajo.mark(journal, cid, YEAR - 1, received=True)  # they sent one last year
    return cid


def test_do_not_send_takes_a_carried_over_contact_off_the_list_and_send_puts_it_back(journal):
    cid = _carried(journal)
    assert [r.contact_id for r in nengajo.new_year_list(journal, YEAR).to_print] == [cid]
    m = nengajo.mark(journal, cid, YEAR, skip=True)
    assert m.skip and not m.send
    got = nengajo.new_year_list(journal, YEAR)
    assert got.to_print == [] and [r.contact_id for r in got.skipped] == [cid]
    m = nengajo.mark(journal, cid, YEAR, send=True)  # to send clears "do not send"
    assert m.send and not m.skip
    assert [r.contact_id for r in nengajo.new_year_list(journal, YEAR).to_print] == [cid]
    with pytest.raises(KizunaError, match="both to send and not to send"):
        nengajo.mark(journal, cid, YEAR, send=True, skip=True)
    nengajo.mark(journal, cid, YEAR, sent=True)
    with pytest.raises(KizunaError, match="already sent"):
        nengajo.mark(journal, cid, YEAR, skip=True)


def test_skip_from_the_command_line(tmp_path):
    db = tmp_path / "s.kizuna"
    with Journal.open(db) as j:
        cid = _carried(j)
    r = _kizuna(db, "nengajo", "mark", str(cid), "--skip", "--year", str(YEAR))
    assert r.returncode == 0, r.stderr.decode()
    assert "not sending this year" in r.stdout.decode("utf-8")
    text = _kizuna(db, "nengajo", "list", "--year", str(YEAR)).stdout.decode("utf-8")
    assert "0 to print" in text and "Not sending this year (--skip):" in text and "鈴木" in text
    got = json.loads(_kizuna(db, "nengajo", "list", "--year", str(YEAR), "--json").stdout)
    assert [x["contact_id"] for x in got["not_sending"]] == [cid]
    r = _kizuna(db, "nengajo", "mark", str(cid), "--skip", "--clear", "--year", str(YEAR))
    assert r.returncode == 0
    got = json.loads(_kizuna(db, "nengajo", "list", "--year", str(YEAR), "--json").stdout)
    assert [x["contact_id"] for x in got["to_print"]] == [cid]  # carried over again


ARABIC = "شارع الملك فهد، الرياض 12345، السعودية"


def test_an_arabic_address_is_refused_in_one_line_by_name_and_the_exit_status_says_so(tmp_path):
    db = tmp_path / "a.kizuna"
    with Journal.open(db) as j:
        omar = contacts.create(j, ContactInput(
            family_name="Al-Farsi", given_name="Omar",
            addresses=[AddressInput(label="home", text=ARABIC)])).id
        yamada = contacts.create(j, ContactInput(
            family_name="山田", given_name="太郎",
            addresses=[AddressInput(label="home", text="〒100-0005 東京都千代田区丸の内1-2-3")])).id
        for cid in (omar, yamada):
            nengajo.mark(j, cid, YEAR, send=True)
        r = nengajo.new_year_list(j, YEAR)
        problems = postcard.problems_of(next(x for x in r.to_print if x.contact_id == omar))
    assert len(problems) == 1  # was one line per letter (16)
    assert "Omar Al-Farsi 様" in problems[0] and "Arabic" in problems[0]
    assert "Al-FarsiOmar" not in problems[0]

    out = tmp_path / "cards.pdf"
    r = _kizuna(db, "nengajo", "print", "--year", str(YEAR), "-o", str(out))
    said, err = r.stdout.decode("utf-8"), r.stderr.decode("utf-8")
    assert r.returncode == 1, err  # a card left out: not 0
    assert said.count("Not printed:") == 1 and "Arabic" in said
    assert "1 card(s) left out" in err and "the other 1 are in" in err
    drawn = _drawn(out.read_bytes())  # the others still print
    assert "山田" in drawn and "丸の内" in drawn
    labels_pdf = tmp_path / "labels.pdf"
    r = _kizuna(db, "labels", "--year", str(YEAR), "-o", str(labels_pdf), "--sheet",
                "kokuyo-kpc-e1121")
    assert r.returncode == 1 and "Arabic" in r.stdout.decode("utf-8")
    assert "1 label(s) left out" in r.stderr.decode("utf-8") and labels_pdf.exists()

    # with a Latin form of the address, that is what the card prints, as written
    with Journal.open(db) as j:
        data = contacts.get(j, omar).to_input()
        data.addresses[0].latin = "King Fahd Road, Riyadh 12345, Saudi Arabia"
        contacts.update(j, omar, data)
    r = _kizuna(db, "nengajo", "print", "--year", str(YEAR), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    drawn = _drawn(out.read_bytes())
    assert "Riyadh" in drawn.replace(" ", "") or "Riyadh" in drawn


def test_the_latin_form_is_printed_when_the_address_cannot_be_set_else_the_japanese(journal):
    moscow = "Москва, ул. Тверская 7"
    ivan = contacts.create(journal, ContactInput(
        family_name="Petrov", given_name="Ivan",
        addresses=[AddressInput(label="home", text=moscow)])).id
    yamada = contacts.create(journal, ContactInput(
        family_name="山田", given_name="太郎", addresses=[AddressInput(
            label="home", text="〒100-0005 東京都千代田区丸の内1-2-3",
            latin="1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005")])).id
    for cid in (ivan, yamada):
        nengajo.mark(journal, cid, YEAR, send=True)
    got = {r.contact_id: r for r in nengajo.new_year_list(journal, YEAR).to_print}
    assert got[yamada].address.latin == "1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005"
    assert postcard.address_columns(got[yamada])[0].startswith("東京都千代田区丸の内一丁目")
    (line,) = postcard.problems_of(got[ivan])  # Cyrillic, no Latin form: refused by name
    assert "Ivan Petrov 様" in line and "Cyrillic" in line

    data = contacts.get(journal, ivan).to_input()
    data.addresses[0].latin = "7 Tverskaya St, Moscow, Russia"
    contacts.update(journal, ivan, data)
    got = {r.contact_id: r for r in nengajo.new_year_list(journal, YEAR).to_print}
    assert postcard.address_columns(got[ivan]) == ["7 Tverskaya St, Moscow, Russia"]
    res = postcard.render([got[ivan]], nengajo.Sender())
    assert res.cards == 1 and res.skipped == []
    assert "Tverskaya" in _drawn(res.pdf) and "Т" not in _drawn(res.pdf)


def test_every_line_of_the_list_ends_with_a_newline_the_kanchu_one_too(tmp_path):
    from tests.services import nengajo_journal as nj

    db = tmp_path / "n.kizuna"
    with Journal.open(db) as j:
        nj.build(j)
    for lang in ("C.UTF-8", "ja_JP.UTF-8"):
        env_lang = {"LANG": lang, "LANGUAGE": "ja" if lang.startswith("ja") else "en"}
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
               **env_lang}
        r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db),
                            "nengajo", "list", "--year", str(YEAR)],
                           capture_output=True, env=env, timeout=120)
        out = r.stdout.decode("utf-8")
        assert r.returncode == 0 and out.endswith("\n"), repr(out[-80:])
        last = out.splitlines()[-1]
        assert "寒中見舞い" in last and "2027-01-16" in last  # the Kansai contact's date


def test_an_organisations_exact_name_is_the_organisation_not_the_people_working_there(journal):
    from tests.services import nengajo_journal as nj

    ids = nj.build(journal)  # 山田 and 木村 work at 三星商事株式会社
    (org,) = organizations.named(journal, "三星商事株式会社")
    key, name = nengajo.resolve_recipient(journal, "三星商事株式会社")
    assert key == ("organization", org.id) and name == "三星商事株式会社"
    key, _ = nengajo.resolve_recipient(journal, "山田太郎")  # a person's name is the person
    assert key == ("contact", ids["yamada"])
    key, _ = nengajo.resolve_recipient(journal, f"org:{org.id}")
    assert key == ("organization", org.id)
