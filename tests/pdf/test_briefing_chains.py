"""The briefing's connections section (issue 24): how the user reaches each person, the best
three chains of at most two steps with each link's evidence, read back from the PDF in
English and Japanese; a search cut at its time budget says so."""

from __future__ import annotations

import pytest

from kizuna_desktop.services import briefing, network
from tests.pdf import pdfcheck
from tests.services import network_journal as nj


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_chains_to_the_person_with_their_evidence(journal, tmp_path, monkeypatch):
    # the whole search, whatever the machine's load (the budget is the next test's)
    monkeypatch.setattr(briefing, "CHAIN_BUDGET_MS", 60_000.0)
    ids = nj.build(journal)
    p = briefing.person(journal, ids.ueda, nj.TODAY)
    assert not p.chains_cut
    assert [c.people for c in p.chains][0] == ["井上 真一", "上田 香織"]
    assert all(c.hops <= briefing.CHAIN_HOPS for c in p.chains) and len(p.chains) <= 3
    en = tmp_path / "ueda.pdf"
    briefing.write_pdf(journal, [ids.ueda], en, briefing.Meeting(title="白鷺重工"))
    text = _flat(pdfcheck.text(en.read_bytes()))
    assert "Through whom you reach them (best 3, up to 2 steps):" in text
    assert "1. you → 井上 真一 → 上田 香織" in text
    assert "井上 真一–上田 香織: colleagues at 東雲物産 2017–2023" in text
    assert ("1. you → 井上 真一 → 上田 香織 (strength 0.70) — 井上 真一–上田 香織: "
            "colleagues") in text
    assert "time limit" not in text
    ja = tmp_path / "ueda-ja.pdf"
    briefing.write_pdf(journal, [ids.ueda], ja, briefing.Meeting(title="白鷺重工"),
                       language="ja")
    text = _flat(pdfcheck.text(ja.read_bytes()))
    assert "この方へのつながり（人を介して、上位3件、2段階まで）" in text
    assert "1. あなた → 井上 真一 → 上田 香織" in text
    assert "井上 真一–上田 香織: 東雲物産で同僚 2017–2023" in text


def test_a_search_over_its_budget_is_cut_and_says_so(journal, tmp_path, monkeypatch):
    ids = nj.build(journal)
    got = network.paths(journal, organization_id=ids.shirasagi, budget_ms=0)
    assert got.cut and all(c.hops == 1 for c in got.chains)  # only the direct ties, then cut
    full = network.paths(journal, organization_id=ids.shirasagi)
    assert not full.cut and full.chains[0].hops == 2
    monkeypatch.setattr(briefing, "CHAIN_BUDGET_MS", 0.0)
    out = tmp_path / "cut.pdf"
    briefing.write_pdf(journal, [ids.ueda], out, briefing.Meeting(title="cut"))
    text = _flat(pdfcheck.text(out.read_bytes()))
    assert "The search stopped at its time limit; a stronger chain may exist." in text


@pytest.mark.parametrize("who", ["aoki", "sakurai"])
def test_no_chain_through_an_archived_contact_in_the_briefing(journal, who):
    ids = nj.build(journal)
    p = briefing.person(journal, getattr(ids, who), nj.TODAY)
    assert all(ids.sakurai not in c.people_ids[:-1] for c in p.chains)


def test_chains_left_out_for_room_are_named_and_the_page_stays_one(demo_journal):
    """The demo's fullest brief (山田 太郎, on Letter paper) has no room for three chains:
    the page keeps as many as fit and says how many more `kizuna paths` shows."""
    from pypdf import PdfReader

    from kizuna_desktop.pdf import briefing as pdf_briefing
    from tests.conftest import DEMO_TODAY

    b = briefing.assemble(demo_journal, [1], None, made_on=DEMO_TODAY, language="en")
    assert len(b.people[0].chains) == 3
    data = pdf_briefing.render(b, "letter")
    import io

    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = _flat(pdfcheck.text(data))
    shown = sum(f"{k}. you → " in text for k in (1, 2, 3))
    assert shown < 3
    assert f"{3 - shown} more chain(s) through others: kizuna paths" in text
