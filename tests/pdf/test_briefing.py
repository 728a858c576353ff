"""Briefing PDFs read back: content, fonts, escaping, edge cases and paper sizes."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from PIL import Image

from kizuna_desktop.pdf import briefing as pdf_briefing
from kizuna_desktop.services import briefing, contacts, followups, interactions, search
from kizuna_desktop.store.models import InteractionKind
from tests.conftest import DEMO_TODAY

from .pdfcheck import fonts, page_sizes_mm, reader, text

JST = timezone(timedelta(hours=9))
MEETING = briefing.Meeting(title="Chiba plant: next steps",
                           when=datetime(2026, 12, 2, 14, 0, tzinfo=JST), place="丸の内 本社")


def _render(journal, ids, meeting=MEETING, paper="a4"):
    b = briefing.assemble(journal, ids, meeting, made_on=DEMO_TODAY)
    return b, pdf_briefing.render(b, paper)


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture
def yamada(demo_journal):
    return search.resolve(demo_journal, "山田 太郎").id


def test_briefing_holds_what_a_user_needs(demo_journal, yamada):
    b, data = _render(demo_journal, [yamada])
    t = _squash(text(data))
    p = b.people[0]
    for expected in ("山田", "太郎", "やまだ", "たろう", "TaroYAMADA", "山田様", "Yamada-san",
                     "三星商事株式会社", "MitsuboshiTradingCorporation", "部長",
                     "三星ホールディングス", "Chibaplant:nextsteps", "Beforeyougo",
                     "bethereby13:50for14:00", "Bringatleast4meishi"):
        assert _squash(expected) in t, expected
    assert _squash(p.latest[0].summary) in t  # the latest interaction
    open_title = p.follow_ups[0].title
    assert _squash(open_title) in t and "OVERDUE" in t  # an open (and overdue) follow-up
    # "Last time" in full, three earlier ones on a line each, the rest counted.
    shown_older = p.older_count + len(p.latest) - 1 - pdf_briefing.EARLIER_SHOWN
    assert f"{shown_older}olderinteractionsnotshown" in t
    assert "Page1of" in t and "prepared2026-11-25" in t
    assert len(reader(data).pages) <= 2  # a one- or two-pager


def test_every_font_is_embedded(demo_journal, yamada):
    _, data = _render(demo_journal, [yamada])
    used = fonts(data)
    assert used and all(used.values()), used
    assert all("IPAex" in name for name in used)


def test_talking_points_and_etiquette(demo_journal, yamada):
    b, _ = _render(demo_journal, [yamada, search.resolve(demo_journal, "鈴木 一郎").id])
    assert [p.written for p in b.people] == ["鈴木 一郎", "山田 太郎"]  # the president first
    points = " ".join(b.people[1].talking_points)
    assert "root-cause report" not in points  # an open follow-up: listed once, in its section
    assert "General Manager at Mitsuboshi Trading" in points  # promoted this year
    suzuki = " ".join(b.people[0].talking_points)
    assert "received more than you have given" in suzuki
    etiquette = " ".join(b.etiquette)
    assert etiquette.count("oseibo") == 1  # December: the year-end gift season, once
    assert "Bring at least 5 meishi" in etiquette
    assert "Kansai" in etiquette and "Tokyo" in etiquette


def test_user_text_is_printed_literally(journal):
    c = contacts.create(journal, contacts.ContactInput(
        family_name="<b>Tanaka & Co</b>", notes="R&D <Sales> <font size=40>big</font>"))
    interactions.create(journal, interactions.InteractionInput(
        kind=InteractionKind.MEETING, occurred_at=datetime(2026, 1, 5, 10, tzinfo=JST),
        participant_ids=[c.id], summary="Q&A about <pricing>"))
    _, data = _render(journal, [c.id])
    t = text(data)
    assert "<b>Tanaka & Co</b>" in t
    assert "R&D <Sales> <font size=40>big</font>" in t
    assert "Q&A about <pricing>" in t


def test_contact_with_no_interactions(journal):
    c = contacts.create(journal, contacts.ContactInput(family_name="新井", given_name="聡"))
    b, data = _render(journal, [c.id], briefing.Meeting())
    t = text(data)
    assert "No interactions recorded yet." in t and "Nothing open." in t
    assert b.people[0].interaction_count == 0


def test_contact_with_5000_interactions_and_a_20000_character_note(journal):
    long_note = ("商談の記録。Long discussion about the roadmap and pricing. " * 400)[:20_000]
    c = contacts.create(journal, contacts.ContactInput(
        family_name="Müller-山田", given_name="Anna 花子", family_reading="みゅらーやまだ",
        notes=long_note))
    start = datetime(2015, 1, 1, 9, tzinfo=JST)
    with journal.session():
        for n in range(5000):
            interactions.create(journal, interactions.InteractionInput(
                kind=InteractionKind.CALL, occurred_at=start + timedelta(hours=13 * n),
                participant_ids=[c.id], summary=f"call {n}", notes="x" * 2000))
    b, data = _render(journal, [c.id])
    raw = text(data)
    assert "andpricing" not in raw and "theroadmap" not in raw  # wrapping keeps the spaces
    t = _squash(raw)
    assert "call4999" in t and "4996olderinteractionsnotshown" in t
    assert "Müller-山田" in t
    assert "morecharactersinthejournal" in t
    assert 2 <= len(reader(data).pages) <= 6
    assert all(fonts(data).values())


def test_several_people_and_long_text_flow_onto_more_pages(demo_journal):
    ids = [c.id for c in search.page(demo_journal, search.ContactFilter(text="naniwa"), 0, 10)]
    _, data = _render(demo_journal, ids)
    assert len(reader(data).pages) >= 3
    t = _squash(text(data))
    for name in ("鈴木一郎", "高橋健太", "林陽子"):
        assert name in t


def test_photo_is_placed_and_a_bad_one_is_refused(demo_journal, yamada):
    buf = io.BytesIO()
    Image.new("RGB", (60, 80), (30, 60, 90)).save(buf, "PNG")
    contacts.set_photo(demo_journal, yamada, buf.getvalue())
    _, data = _render(demo_journal, [yamada])
    images = [img for page in reader(data).pages for img in page.images]
    assert len(images) == 1
    from kizuna_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="PNG or JPEG"):
        contacts.set_photo(demo_journal, yamada, b"GIF89a....")


@pytest.mark.parametrize("paper, size", [("a4", (210.0, 297.0)), ("letter", (215.9, 279.4))])
def test_paper_sizes_are_exact(demo_journal, yamada, paper, size):
    _, data = _render(demo_journal, [yamada], paper=paper)
    assert set(page_sizes_mm(data)) == {size}


def test_follow_up_done_is_not_listed(demo_journal, yamada):
    # A meeting still ahead by the real clock: a follow-up done now was done before it (for a
    # meeting already past, one done after it was still open then, and is listed).
    ahead = briefing.Meeting(title="Next week", when=datetime.now(JST) + timedelta(days=7))
    b = briefing.assemble(demo_journal, [yamada], ahead)
    first = b.people[0].follow_ups[0]
    followups.complete(demo_journal, first.id)
    again = briefing.assemble(demo_journal, [yamada], ahead)
    assert first.id not in {f.id for f in again.people[0].follow_ups}


def test_meeting_without_time_and_region_notes(journal):
    c = contacts.create(journal, contacts.ContactInput(family_name="大阪", region="Osaka"))
    b = briefing.assemble(journal, [c.id], briefing.Meeting(day=date(2027, 7, 20)))
    assert b.etiquette[0] == "Arrive 5–10 minutes early."
    assert any("Kansai" in e for e in b.etiquette)
    assert any("ochūgen" in e for e in b.etiquette)  # once per briefing, not per person
