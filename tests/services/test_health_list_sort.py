"""The contacts list's health column (issue 24.4): sorted in SQL (search.page_by_health,
store/search_sql.health_order) in exactly the order and with the figures of the health
service (``kizuna health``), local dates counted where each contact was last met."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kizuna_desktop.services import contacts, health, interactions, search
from kizuna_desktop.services.search import ContactFilter
from kizuna_desktop.store.models import InteractionKind
from tests.services import network_journal as nj


def _extra(journal) -> dict[str, int]:
    mori = contacts.create(journal, contacts.ContactInput(family_name="森", cadence_days=10)).id
    nj._met(journal, [mori], datetime(2026, 11, 24, 10, tzinfo=nj.JST))  # 8 of 10 days: due
    # 23:30 in New York on 26 November is the 27th in UTC and in Tokyo: 6 days there (past a
    # 5-day cadence), 5 if counted by the UTC date (only due)
    ny = contacts.create(journal, contacts.ContactInput(family_name="Baker", given_name="Ann",
                                                        cadence_days=5)).id
    interactions.create(journal, interactions.InteractionInput(
        kind=InteractionKind.CALL, participant_ids=[ny], zone="America/New_York",
        occurred_at=datetime(2026, 11, 26, 23, 30, tzinfo=ZoneInfo("America/New_York"))))
    never = contacts.create(journal, contacts.ContactInput(family_name="川口",
                                                           cadence_days=20)).id
    return {"mori": mori, "ny": ny, "never": never}


def _order(journal, **kw) -> list[int]:
    return [c.id for c in search.page_by_health(journal, ContactFilter(**kw), 0, 1000,
                                                now=nj.NOW, today=nj.TODAY)]


def test_sql_order_is_the_health_services_order(journal):
    ids = nj.build(journal)
    more = _extra(journal)
    expected = [h.contact_id for h in health.every_contact(journal, now=nj.NOW, today=nj.TODAY)]
    assert _order(journal) == expected
    got = health.for_contacts(journal, expected, now=nj.NOW, today=nj.TODAY)
    assert [got[i].status for i in expected[:4]] == ["cold", "cold", "cold", "due"]
    assert expected[:3] == [ids.eto, ids.aoki, more["ny"]]  # most days past the cadence first
    assert got[more["ny"]].days_since == 6 and got[more["ny"]].overdue_days == 1
    assert ids.sakurai not in expected  # archived
    assert ids.sakurai in _order(journal, include_archived=True)
    # the reverse, and pages of 3 by offset, are the same list
    back = [c.id for c in search.page_by_health(journal, ContactFilter(), 0, 1000,
                                                descending=True, now=nj.NOW, today=nj.TODAY)]
    assert back == expected[::-1]
    paged: list[int] = []
    while len(page := search.page_by_health(journal, ContactFilter(), len(paged), 3,
                                            now=nj.NOW, today=nj.TODAY)):
        paged += [c.id for c in page]
    assert paged == expected


def test_filters_apply_to_the_health_sort(journal):
    ids = nj.build(journal)
    more = _extra(journal)
    expected = [h.contact_id for h in health.every_contact(journal, now=nj.NOW, today=nj.TODAY)]
    at_hokuto = _order(journal, organization_id=ids.hokuto)
    assert sorted(at_hokuto) == sorted([ids.sato, ids.nakamura])
    assert at_hokuto == [i for i in expected if i in at_hokuto]
    assert _order(journal, text="青木") == [ids.aoki]
    assert _order(journal, text="Baker") == [more["ny"]]
    assert _order(journal, text="森") == [more["mori"]]  # a one-character word
    assert _order(journal, text="zzzz") == []


def test_list_marks_match_the_health_figures(journal):
    ids = nj.build(journal)
    more = _extra(journal)
    rows = search.page(journal, ContactFilter(), 0, 100)
    got = health.for_contacts(journal, [r.id for r in rows], now=nj.NOW, today=nj.TODAY)
    for r in rows:
        m = health.list_mark(journal, r.id, r.last_interaction_at, r.last_interaction_zone,
                             r.cadence_days, today=nj.TODAY, now=nj.NOW)
        h = got[r.id]
        assert (m.status, m.days_since, m.cadence_days, m.overdue_days) == (
            h.status, h.days_since, h.cadence_days, h.overdue_days), h.name
    word = {r.id: health.list_mark(journal, r.id, r.last_interaction_at,
                                   r.last_interaction_zone, r.cadence_days, today=nj.TODAY,
                                   now=nj.NOW).word for r in rows}
    assert word[ids.aoki] == "going_cold"  # 48 days past a 30-day cadence
    assert word[more["ny"]] == "overdue"  # 1 day past 5
    assert (word[more["mori"]], word[ids.inoue], word[more["never"]], word[ids.sato]) == (
        "due", "on_track", "not_met", "none")


def test_a_stored_last_interaction_ahead_of_now_counts_the_latest_past_one(journal):
    """The clock moved back (or a journal from a laptop ahead): the stored last interaction
    is in the future; the list's sort and mark count the latest one that has happened."""
    ids = nj.build(journal)
    earlier = datetime(2026, 9, 20, 3, 0, tzinfo=UTC)  # aoki's last (15 Sep) is after this
    exp = [h.contact_id for h in health.every_contact(journal, now=earlier,
                                                      today=earlier.date())]
    got = [c.id for c in search.page_by_health(journal, ContactFilter(), 0, 1000, now=earlier,
                                               today=earlier.date())]
    assert got == exp
    h = health.for_contacts(journal, [ids.inoue], now=earlier, today=earlier.date())[ids.inoue]
    r = search.by_ids(journal, [ids.inoue])[0]
    m = health.list_mark(journal, r.id, r.last_interaction_at, r.last_interaction_zone,
                         r.cadence_days, today=earlier.date(), now=earlier)
    assert (m.status, m.days_since) == (h.status, h.days_since) == ("never", None)


def test_the_index_window_gives_the_same_pages_as_reading_every_row(journal):
    """With enough contacts with a cadence, the first pages come from a window of the lapse
    index (search._cold_window); they are the pages the whole order gives."""
    from datetime import timedelta

    from sqlalchemy import select

    from kizuna_desktop.services.health import DUE_AT
    from kizuna_desktop.store import search_sql
    from kizuna_desktop.store.models import Contact

    start = datetime(2025, 6, 1, 9, 0, tzinfo=nj.JST)
    for k in range(240):
        cid = contacts.create(journal, contacts.ContactInput(
            family_name=f"窓{k:03d}", cadence_days=10 + (k * 7) % 50)).id
        zone = "America/New_York" if k % 3 == 0 else "Asia/Tokyo"
        interactions.create(journal, interactions.InteractionInput(
            kind=InteractionKind.CALL, participant_ids=[cid], zone=zone,
            occurred_at=start + timedelta(days=(k * 37) % 540, hours=k % 24)))
    expected = [h.contact_id for h in health.every_contact(journal, now=nj.NOW, today=nj.TODAY)]
    for offset in (0, 5, 10):
        got = search.page_by_health(journal, ContactFilter(), offset, 5, now=nj.NOW,
                                    today=nj.TODAY)
        assert [c.id for c in got] == expected[offset:offset + 5]
    now = nj.NOW.astimezone(UTC).replace(tzinfo=None)
    parts = search_sql.health_parts(now, nj.TODAY, DUE_AT)
    order = search_sql.health_order(now, nj.TODAY, DUE_AT)
    q = select(Contact.id).where(Contact.archived.is_(False))
    with journal.session() as s:
        assert search._cold_window(s, q, order, parts, 5, now) == expected[:5]
    assert _order(journal) == expected  # past the window: every row read
