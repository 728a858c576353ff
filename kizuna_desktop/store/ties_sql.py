"""The reads of the tie search (services/network.py, issue 24) in SQLite's own SQL, through
the session's DB-API cursor (``db.raw_rows``): plain tuples, and no statement compiled for each
IN list. For a group of 1,000 people SQLAlchemy's compiling and row objects were half the time.
Each function takes at most ``CHUNK`` ids (the caller chunks them) and returns the stored text
of dates and times as it is (the caller parses it: five times faster than the column types)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from kizuna_desktop.store.db import raw_rows

CHUNK = 900  # ids per IN (...) list, well under SQLite's 32,766 parameters


def _marks(ids: Sequence) -> str:
    return ", ".join("?" * len(ids))


def stored_time(t: datetime) -> str:
    """A naive UTC time as the journal stores one (SQLAlchemy's SQLite text, microseconds
    always), so that comparing the text compares the times as SQLAlchemy's parameter did."""
    return t.isoformat(sep=" ", timespec="microseconds")


def user_interactions(s: Session, ids: Sequence[int], now: datetime) -> list[tuple]:
    """(contact id, interaction id, kind, occurred_at, zone) of each of ``ids``'s
    interactions up to ``now`` (the user is at every interaction)."""
    return raw_rows(s, "SELECT p.contact_id, i.id, i.kind, i.occurred_at, i.zone"
                       " FROM interaction_participants p JOIN interactions i"
                       " ON i.id = p.interaction_id"
                       f" WHERE p.contact_id IN ({_marks(ids)}) AND i.occurred_at <= ?",
                    (*ids, stored_time(now)))


def interactions(s: Session, ids: Sequence[int], now: datetime) -> list[tuple]:
    """(id, kind, occurred_at, zone) of those of ``ids`` that happened by ``now``."""
    return raw_rows(s, "SELECT id, kind, occurred_at, zone FROM interactions"
                       f" WHERE id IN ({_marks(ids)}) AND occurred_at <= ?",
                    (*ids, stored_time(now)))


def co_attendances(s: Session, ids: Sequence[int]) -> list[tuple]:
    """(one of ``ids``, someone else there, interaction id): the participants' index alone."""
    return raw_rows(s, "SELECT p1.contact_id, p2.contact_id, p1.interaction_id"
                       " FROM interaction_participants p1 JOIN interaction_participants p2"
                       " ON p2.interaction_id = p1.interaction_id"
                       " AND p2.contact_id != p1.contact_id"
                       f" WHERE p1.contact_id IN ({_marks(ids)})", tuple(ids))


def introductions(s: Session, ids: Sequence[int], *, with_user_only: bool) -> list[tuple]:
    """(id, introducer, introduced, introduced_to, introduced_on, created_at) of the
    introductions with one of ``ids`` in them (``with_user_only``: and the user)."""
    marks = _marks(ids)
    user = (" AND (introducer_id IS NULL OR introduced_id IS NULL"
            " OR introduced_to_id IS NULL)") if with_user_only else ""
    return raw_rows(s, "SELECT id, introducer_id, introduced_id, introduced_to_id,"
                       " introduced_on, created_at FROM introductions"
                       f" WHERE (introducer_id IN ({marks}) OR introduced_id IN ({marks})"
                       f" OR introduced_to_id IN ({marks})){user}", (*ids, *ids, *ids))


def colleague_positions(s: Session, ids: Sequence[int], today: date,
                        now_at: Sequence[int] | None = None) -> list[tuple]:
    """(contact id, start, end, colleague id, their start, their end, organisation id): the
    positions of ``ids`` and those of others at the same organisations, leaving out pairs
    never held at the same time or held together only from after ``today`` ('' before any
    date, an open end as the last day). ``now_at``: organisations whose current people are
    left out as the others."""
    day = today.isoformat()
    away = (f" AND (t.organization_id NOT IN ({_marks(now_at)})"
            " OR t.end_date < ? OR t.start_date > ?)") if now_at else ""
    start = ("max(coalesce(substr(m.start_date, 1, 10), ''),"
             " coalesce(substr(t.start_date, 1, 10), ''))")
    return raw_rows(
        s, "SELECT m.contact_id, m.start_date, m.end_date, t.contact_id, t.start_date,"
           " t.end_date, m.organization_id FROM positions m JOIN positions t"
           " ON t.organization_id = m.organization_id AND t.contact_id != m.contact_id"
           f" WHERE m.contact_id IN ({_marks(ids)}){away}"
           f" AND {start} <= min(coalesce(substr(m.end_date, 1, 10), '9999-12-31'),"
           " coalesce(substr(t.end_date, 1, 10), '9999-12-31'))"
           f" AND {start} <= ?",
        (*ids, *((*now_at, day, day) if now_at else ()), day))


def positions(s: Session, ids: Sequence[int]) -> list[tuple]:
    """(contact id, organisation id, start, end) of every position of ``ids``."""
    return raw_rows(s, "SELECT contact_id, organization_id, start_date, end_date FROM positions"
                       f" WHERE contact_id IN ({_marks(ids)})", tuple(ids))


def names(s: Session, ids: Sequence[int]) -> list[tuple]:
    """(id, family, given, family Latin, given Latin, archived) of ``ids``."""
    return raw_rows(s, "SELECT id, family_name, given_name, family_latin, given_latin, archived"
                       f" FROM contacts WHERE id IN ({_marks(ids)})", tuple(ids))
