"""Fresh-eyes fixes to the briefing (issue 20): a character no bundled font has refuses the
briefing with the field and character named (through the real CLI), English titles ranked,
the key account's meeting briefing on one page."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from kizuna_desktop.cli import main
from kizuna_desktop.pdf import briefing as pdf_briefing
from kizuna_desktop.services import briefing, contacts, organizations, positions
from kizuna_desktop.store import Journal

from .pdfcheck import text


def test_a_private_use_character_refuses_the_briefing_naming_field_and_character(
        tmp_path, capsys):
    path = tmp_path / "j.kizuna"
    j = Journal.open(path)
    c = contacts.create(j, contacts.ContactInput(family_name="山田", given_name="\ue000子",
                                                 notes="line one\nline two"))
    ok = contacts.create(j, contacts.ContactInput(family_name="新井", given_name="聡"))
    j.close()
    out = tmp_path / "b.pdf"
    assert main(["--db", str(path), "brief", str(c.id), "-o", str(out)]) != 0
    err = capsys.readouterr().err
    assert "U+E000" in err and "given_name" in err and "private-use" in err
    assert err.count("U+E000") == 1  # once, not again for the written name it forms
    assert not out.exists()  # nothing printed with a box in it
    assert main(["--db", str(path), "brief", str(ok.id), "-o", str(out)]) == 0
    assert out.exists() and Path(out).read_bytes().startswith(b"%PDF")


def _person(journal, org, family, reading, latin, title_ja="", title_en="", start=None):
    c = contacts.create(journal, contacts.ContactInput(
        family_name=family, family_reading=reading, family_latin=latin))
    positions.add(journal, c.id, positions.PositionInput(
        organization_id=org.id, title_ja=title_ja, title_en=title_en, start_date=start))
    return c.id


def test_english_titles_rank_address_and_an_unknown_start_reads_as_expected(journal):
    org = organizations.create(journal, organizations.OrganizationInput(
        name_ja="三星商事", name_en="Mitsuboshi Trading"))
    bucho = _person(journal, org, "田中", "たなか", "Tanaka", title_ja="部長",
                    start=date(2020, 4, 1))
    ceo = _person(journal, org, "Smith", "スミス", "Smith", title_en="CEO")
    typed = _person(journal, org, "Brown", "ブラウン", "Brown", title_ja="CFO")
    vp = _person(journal, org, "Lee", "リー", "Lee", title_en="VP, Sales")
    gm = _person(journal, org, "Kim", "キム", "Kim", title_en="General Manager")
    b = briefing.assemble(journal, [bucho, gm, vp, typed, ceo], briefing.Meeting(),
                          language="ja")
    order = [p.id for p in b.people]
    assert order[0] == ceo  # the CEO first, then VP and CFO, above the 部長 and the GM
    assert set(order[1:3]) == {vp, typed} and set(order[3:]) == {bucho, gm}
    smith = b.people[0]
    assert smith.address_spoken.startswith("スミス社長") and "Smith-shachō" in smith.address_spoken
    t = re.sub(r"\s+", "", text(pdf_briefing.render(b)))
    assert "（時期不明）–現在" in t and "?–" not in t
    assert "スミス社長" in t


def test_every_demo_contact_is_one_page_with_and_without_a_meeting(demo_journal):
    """All 42 demo contacts, briefed alone, in English and Japanese, on A4 and Letter, for a
    meeting and without one: one page each (the key account's meeting briefing once spilled
    its Notes heading and one line onto a page 2)."""
    import io
    from datetime import datetime, timedelta, timezone

    from pypdf import PdfReader
    from sqlalchemy import select

    from kizuna_desktop.store.models import Contact
    from tests.conftest import DEMO_TODAY

    with demo_journal.session() as s:
        ids = list(s.scalars(select(Contact.id).order_by(Contact.id)))
    assert len(ids) == 42
    meeting = briefing.Meeting(title="Quarterly review",
                               when=datetime(2026, 12, 10, 10, 0,
                                             tzinfo=timezone(timedelta(hours=9))))
    many = {}
    for cid in ids:
        for lang in ("en", "ja"):
            for m in (meeting, None):
                b = briefing.assemble(demo_journal, [cid], m, made_on=DEMO_TODAY,
                                      language=lang)
                for paper in ("a4", "letter"):
                    n = len(PdfReader(io.BytesIO(pdf_briefing.render(b, paper))).pages)
                    if n != 1:
                        many[(cid, lang, m is not None, paper)] = n
    assert many == {}


def test_a_page_a_section_runs_on_to_names_the_person_in_its_header(journal):
    import io

    from pypdf import PdfReader

    c = contacts.create(journal, contacts.ContactInput(
        family_name="長谷", given_name="誠", family_reading="はせ", given_reading="まこと",
        notes="商談の記録、価格と納期について。サーバーの更新は来年度。" * 150))
    other = contacts.create(journal, contacts.ContactInput(family_name="新井", given_name="聡"))
    for lang, head in (("en", "長谷 誠 (continued)"), ("ja", "長谷 誠（続き）")):
        b = briefing.assemble(journal, [c.id], briefing.Meeting(), language=lang)
        pages = PdfReader(io.BytesIO(pdf_briefing.render(b))).pages
        assert len(pages) >= 2
        assert head not in pages[0].extract_text()
        for page in pages[1:]:
            assert head in page.extract_text(), lang
    # A page that starts with a new person's name continues nobody: no name in its header.
    b = briefing.assemble(journal, [c.id, other.id], briefing.Meeting())
    pages = PdfReader(io.BytesIO(pdf_briefing.render(b))).pages
    last = pages[-1].extract_text()
    assert ("新井 聡 (continued)" not in last)
