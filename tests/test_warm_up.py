"""After start the app runs the queries of opening a contact once in the background, so that
the user's first click does not wait for SQLAlchemy to compile them."""

from __future__ import annotations

from sqlalchemy import event, func, select
from sqlalchemy.engine.default import CACHE_MISS

from kizuna_desktop.app import warm_up
from kizuna_desktop.services import search, timeline
from kizuna_desktop.store.models import interaction_participants as p


def _misses(journal, work) -> list[str]:
    """The statements ``work`` ran that SQLAlchemy had to compile first."""
    missed: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if context is not None and context.cache_hit == CACHE_MISS:
            missed.append(statement)

    event.listen(journal.engine, "after_cursor_execute", seen)
    try:
        work()
    finally:
        event.remove(journal.engine, "after_cursor_execute", seen)
    return missed


def test_after_the_warm_up_opening_a_contact_compiles_nothing(demo_journal):
    with demo_journal.session() as s:
        busy = s.scalars(select(p.c.contact_id).group_by(p.c.contact_id)
                         .having(func.count() > 3).order_by(func.count().desc())).all()

    def open_contact() -> None:  # what the main window does on a click
        for cid in (busy[0], busy[-1]):  # pages with more to come, and a last page
            search.by_ids(demo_journal, [cid])
            timeline.page(demo_journal, cid, 0, limit=2)
            timeline.page(demo_journal, cid, 0, limit=100)

    warm_up(demo_journal)
    assert _misses(demo_journal, open_contact) == []


def test_a_fresh_journal_is_compiled_at_the_first_click_instead(journal):
    warm_up(journal)  # no contacts: nothing to run, and no error
    assert _misses(journal, lambda: search.by_ids(journal, [1])) != []
