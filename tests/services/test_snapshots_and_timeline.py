"""Snapshots restore a deleted contact or interaction exactly; the timeline stream merges
interactions, gifts and introductions and pages through them without loss or repetition."""

from __future__ import annotations

from sqlalchemy import text

from kizuna_desktop.services import contacts, interactions, search, snapshots, timeline

TABLES = ("contacts", "contact_methods", "contact_tags", "positions", "interactions",
          "interaction_participants", "follow_ups", "introductions", "ledger_entries")


def _dump(journal) -> dict[str, list]:
    with journal.session() as s:
        return {t: sorted(tuple(r) for r in s.execute(text(f"SELECT * FROM {t}")))
                for t in TABLES}


def test_deleted_contact_comes_back_row_for_row(demo_journal):
    before = _dump(demo_journal)
    cid = search.resolve(demo_journal, "yamada taro").id
    snap = snapshots.contact(demo_journal, cid)
    contacts.delete(demo_journal, cid)
    assert _dump(demo_journal) != before
    snapshots.restore(demo_journal, snap)
    assert _dump(demo_journal) == before


def test_deleted_interaction_comes_back_with_its_follow_up_link(demo_journal):
    before = _dump(demo_journal)
    with demo_journal.session() as s:
        iid = s.execute(text("SELECT id FROM interactions ORDER BY id LIMIT 1")).scalar()
        s.execute(text("UPDATE follow_ups SET interaction_id = :i WHERE id = 1"), {"i": iid})
    before = _dump(demo_journal)
    snap = snapshots.interaction(demo_journal, iid)
    interactions.delete(demo_journal, iid)
    snapshots.restore(demo_journal, snap)
    assert _dump(demo_journal) == before


def test_timeline_pages_hold_every_entry_once(demo_journal):
    cid = search.resolve(demo_journal, "yamada taro").id
    seen, offset = [], 0
    while offset is not None:
        page = timeline.page(demo_journal, cid, offset, limit=4)
        seen += page.entries
        offset = page.next_offset
    ids = [("i", e.interaction.id) if e.interaction else ("l", e.ledger.id) if e.ledger
           else ("n", e.introduction.id) if e.introduction
           else ("c", e.career.position.id) for e in seen]  # c: a transfer or promotion
    assert len(ids) == len(set(ids))
    assert sum(1 for k, _ in ids if k == "i") == interactions.count_for(demo_journal, cid)
    assert sum(1 for k, _ in ids if k == "l") == 3  # the demo's gifts and favours for Yamada
    assert sum(1 for k, _ in ids if k == "n") == 2  # introduced by Sato; introduced Ito
    whens = [e.when for e in seen]
    assert whens == sorted(whens, reverse=True)
