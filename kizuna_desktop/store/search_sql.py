"""SQLite's own SQL for the contacts list and its derived columns, and for ``kizuna check``:
date arithmetic (``strftime``, ``julianday``, ``printf``), pragmas and window
functions as SQLite spells them. The services build everything else with SQLAlchemy's
portable expressions; a store on another database replaces this module (and ``fts.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import Integer, and_, case, cast, func, literal, select, text, update
from sqlalchemy.orm import Session

from kizuna_desktop.store.models import Contact, Interaction, interaction_participants

# When a contact's keep-in-touch cadence lapses: its last contact (or creation) plus the
# cadence, as SQLite writes the column's datetimes.
COLD_AFTER_SQL = (
    "CASE WHEN cadence_days IS NULL THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%f000', "
    "coalesce(last_interaction_at, created_at), '+' || cadence_days || ' days') END")


def refresh_cold_after(session: Session, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        session.execute(
            update(Contact).where(Contact.id.in_(ids[start:start + 500]))
            .values(cold_after=text(COLD_AFTER_SQL), updated_at=Contact.updated_at)
            .execution_options(synchronize_session=False))


def refresh_all_cold_after(session: Session) -> None:
    session.execute(text(f"UPDATE contacts SET cold_after = {COLD_AFTER_SQL}, "
                         "updated_at = updated_at"))


def set_offsets(session: Session, offsets: Iterable[tuple[int, int | None]]) -> None:
    """(contact id, minutes) pairs into contacts.last_interaction_offset."""
    values = [{"i": cid, "o": off} for cid, off in offsets]
    if values:
        session.execute(text("UPDATE contacts SET last_interaction_offset = :o WHERE id = :i"),
                        values)


def cold_conditions(midnight: datetime, laptop_minutes: int) -> tuple:
    """Going cold by local dates: the indexed range first (no zone is more than 14 hours
    ahead of UTC), then the cadence's lapse shifted by the last interaction's offset (the
    laptop's for a contact never met) before ``midnight`` of today."""
    from datetime import timedelta

    offset = func.coalesce(Contact.last_interaction_offset, laptop_minutes)
    shifted = func.datetime(Contact.cold_after, func.printf("%+d minutes", offset))
    return (Contact.cold_after < midnight + timedelta(hours=14),
            shifted < func.datetime(midnight))


# --- the contacts list's health column (issue 24.4) ------------------------------------
# The same figures as services/health.py, from stored columns: the last contact's local date
# (last_interaction_at shifted by last_interaction_offset), days from it to today, against
# contacts.cadence_days. A stored last interaction still ahead of now (a planned meeting
# whose clock has not come) is replaced by the latest past one (its date taken with the
# stored offset).
HEALTH_RANK = {"cold": 0, "due": 1, "never": 2, "ok": 3, "unset": 4}  # = health.STATUS_ORDER


def health_parts(now: datetime, today, due_at: float) -> dict:
    """The SQL expressions: ``last`` (the last contact, naive UTC), ``days`` since it,
    ``rank`` (HEALTH_RANK) and ``past`` (cadence − days: the sort's second term)."""
    ip = interaction_participants
    past_one = (select(func.max(Interaction.occurred_at))
                .join(ip, ip.c.interaction_id == Interaction.id)
                .where(ip.c.contact_id == Contact.id, Interaction.occurred_at <= now)
                .correlate(Contact).scalar_subquery())
    last = case((Contact.last_interaction_at > now, past_one),
                else_=Contact.last_interaction_at)
    local = func.date(last, func.printf("%+d minutes",
                                        func.coalesce(Contact.last_interaction_offset, 0)))
    raw = cast(func.julianday(literal(today.isoformat())) - func.julianday(local), Integer)
    days = func.max(0, raw)
    rank = case((last.is_(None), HEALTH_RANK["never"]),
                (Contact.cadence_days.is_(None), HEALTH_RANK["unset"]),
                (days > Contact.cadence_days, HEALTH_RANK["cold"]),
                (days >= due_at * Contact.cadence_days, HEALTH_RANK["due"]),
                else_=HEALTH_RANK["ok"])
    past = case((and_(last.is_not(None), Contact.cadence_days.is_not(None)),
                 Contact.cadence_days - days), else_=0)  # = −(days − cadence)
    return {"last": last, "days": days, "rank": rank, "past": past}


def health_order(now: datetime, today, due_at: float, descending: bool = False) -> list:
    """ORDER BY terms: status (cold, due, never met, on track, no cadence), most days past
    the cadence first, then list order: health.Health.sort_key's order."""
    p = health_parts(now, today, due_at)
    terms = [p["rank"], p["past"], Contact.sort_rank, Contact.id]
    return [t.desc() for t in terms] if descending else terms


# Every contact's figures cost a read of its (wide) row: 100,000 take over a second. A page
# is found from the indexes where it can be: past the cadence first (ascending) are those
# whose indexed lapse (cold_after) comes first; no cadence first (descending) are those met
# without one, latest in list order first. A window of the index is searched and the page
# kept when it provably cannot change outside it; else every row is read.
WINDOW_MARGIN = timedelta(days=3)  # > 14 h + 12 h of zone offsets + a day


def cold_after_edge(session: Session, k: int) -> datetime | None:
    """The lapse (cold_after) of the k-th contact, not archived, with a cadence, in the
    index's order (the index alone is read); None when there are fewer."""
    return session.scalar(select(Contact.cold_after)
                          .where(Contact.archived.is_(False), Contact.cold_after.is_not(None))
                          .order_by(Contact.cold_after).offset(k).limit(1))


def matches_over(session: Session, match: str, cap: int) -> bool:
    """Whether the full-text expression ``match`` matches more than ``cap`` contacts
    (counting no further): the health sort's choice of how to search a window."""
    return session.connection().execute(text(
        "SELECT count(*) FROM (SELECT 1 FROM contacts_fts WHERE contacts_fts MATCH :m "
        "LIMIT :cap)"), {"m": match, "cap": cap + 1}).scalar() > cap


# --- kizuna check ------------------------------------------------------------------------


def integrity(conn) -> list[str]:
    """SQLite's integrity check of the whole file: ["ok"] when sound."""
    return [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]


def foreign_key_problems(conn) -> list[tuple]:
    """(table, rowid, parent table, constraint) for each row referring to a missing one."""
    return list(conn.execute(text("PRAGMA foreign_key_check")).all())


def stale_due_dates(session: Session, limit: int = 20) -> list[int]:
    return list(session.execute(text(
        "SELECT id FROM follow_ups WHERE due_on IS NOT (CASE WHEN state = 'snoozed' "
        "THEN snoozed_until ELSE due_date END) LIMIT :n"), {"n": limit}).scalars())


def refresh_due_dates(session: Session) -> None:
    session.execute(text("UPDATE follow_ups SET due_on = CASE WHEN state = 'snoozed' "
                         "THEN snoozed_until ELSE due_date END"))


def stale_cold_after(session: Session, limit: int = 20) -> list[int]:
    return list(session.execute(text(
        "SELECT id FROM contacts WHERE (cold_after IS NULL) != (cadence_days IS NULL) OR "
        "abs(julianday(cold_after) - julianday(coalesce(last_interaction_at, created_at), "
        "'+' || cadence_days || ' days')) > 0.00002 LIMIT :n"), {"n": limit}).scalars())


def out_of_order(session: Session, limit: int = 20) -> list[int]:
    """Contacts whose rank puts them before a contact whose sort key is greater."""
    return list(session.execute(text(
        "SELECT id FROM (SELECT id, sort_key, lag(sort_key) OVER (ORDER BY sort_rank) "
        "AS before FROM contacts) WHERE before > sort_key LIMIT :n"), {"n": limit}).scalars())


def keys_and_ranks(session: Session, exclude_id: int | None) -> list[tuple[str, int]]:
    """Every contact's (sort key, rank) but ``exclude_id``'s, in list order, read from the
    index on those columns alone (ordered by rank, each row would be looked up: 3x slower)."""
    from kizuna_desktop.store.db import raw_rows

    return raw_rows(session, "SELECT sort_key, sort_rank FROM contacts WHERE id != ? "
                    "ORDER BY sort_key, sort_rank", (exclude_id or -1,))
