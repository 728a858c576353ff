"""Sorting by health while typing (search.page_by_health with a text search): a word in
many cards asks the index of words only about the lapse window's contacts, and the no-cadence
end streams out in the index's own order; the pages are the ones the whole order gives."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import event

from kizuna_desktop.services import contacts, health, interactions, search
from kizuna_desktop.services.search import ContactFilter
from kizuna_desktop.store.models import InteractionKind
from tests.services import network_journal as nj


def _many(journal, n: int = 300) -> list[int]:
    start = datetime(2025, 6, 1, 9, 0, tzinfo=nj.JST)
    ids = []
    for k in range(n):
        cid = contacts.create(journal, contacts.ContactInput(
            family_name=f"窓{k:03d}", family_latin="Madobe", given_latin=f"K{k}",
            cadence_days=None if k % 5 == 0 else 10 + (k * 7) % 50)).id
        zone = "America/New_York" if k % 3 == 0 else "Asia/Tokyo"
        interactions.create(journal, interactions.InteractionInput(
            kind=InteractionKind.CALL, participant_ids=[cid], zone=zone,
            occurred_at=start + timedelta(days=(k * 37) % 540, hours=k % 24)))
        ids.append(cid)
    return ids


def _statements(journal, work) -> list[str]:
    seen: list[str] = []

    def log(conn, cursor, statement, *_):
        seen.append(statement)

    event.listen(journal.engine, "before_cursor_execute", log)
    try:
        work()
    finally:
        event.remove(journal.engine, "before_cursor_execute", log)
    return seen


def test_a_word_in_many_cards_gives_the_whole_orders_pages(journal, monkeypatch):
    nj.build(journal)  # others, who do not match the word
    mine = set(_many(journal))
    expected = [h.contact_id for h in health.every_contact(journal, now=nj.NOW, today=nj.TODAY)
                if h.contact_id in mine]
    f = ContactFilter(text="madobe")

    def page(offset, limit, **kw):
        return [c.id for c in search.page_by_health(journal, f, offset, limit, now=nj.NOW,
                                                    today=nj.TODAY, **kw)]

    # 300 matches are "many" for a window of 5 once BROAD says so (100,000 needs 4,800+)
    monkeypatch.setattr(search, "BROAD", 0)
    ran = _statements(journal, lambda: page(0, 5))
    assert any("contacts_fts.rowid IN" in s for s in ran)  # the window's contacts asked
    for offset in (0, 5, 10):
        assert page(offset, 5) == expected[offset:offset + 5]
    monkeypatch.setattr(search, "BROAD", 8)
    ran = _statements(journal, lambda: page(0, 5))
    assert not any("contacts_fts.rowid IN" in s for s in ran)  # few matches: driven by them
    assert page(0, 5) == expected[:5]
    assert page(0, 1000) == expected
    # the reverse: no cadence first, latest in list order, in the index's order
    assert page(0, 1000, descending=True) == expected[::-1]
    assert page(0, 7, descending=True) == expected[::-1][:7]


def test_a_short_word_on_the_lapse_window_gives_the_whole_orders_pages(journal):
    nj.build(journal)
    _many(journal)
    for word in ("ma", "k", "窓0"):
        f = ContactFilter(text=word)
        found = {c.id for c in search.page(journal, f, 0, 10_000)}
        expected = [h.contact_id for h in health.every_contact(journal, now=nj.NOW,
                                                               today=nj.TODAY)
                    if h.contact_id in found]
        ran = _statements(journal, lambda f=f: search.page_by_health(
            journal, f, 0, 5, now=nj.NOW, today=nj.TODAY))
        assert any("search_text LIKE" in s and "cold_after <" in s for s in ran), word
        for offset in (0, 5):
            got = search.page_by_health(journal, f, offset, 5, now=nj.NOW, today=nj.TODAY)
            assert [c.id for c in got] == expected[offset:offset + 5], word
        assert [c.id for c in search.page_by_health(journal, f, 0, 1000, now=nj.NOW,
                                                    today=nj.TODAY)] == expected, word
