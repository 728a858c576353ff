"""The contacts' full-text search index: the one place that knows SQLite's FTS5 SQL.

``contacts_fts`` is an FTS5 trigram index over ``contacts.search_text`` (external content,
keyed by ``contacts.sort_rank``, so that matches stream out in list order), kept in step by
three triggers (``contacts_fts_ai``/``_ad``/``_au``, made by the migrations and healed on
open); ``contacts_fts_vocab`` lists its terms. What goes into ``search_text`` is the
services' business (``services/indexing.py``); how it is indexed, matched, set aside for bulk
writes, rebuilt and checked is here. A store on another database replaces this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Select, column, table, text
from sqlalchemy.orm import Session

from kizuna_desktop.store.db import begin_write, raw_rows, run_each

TABLE = table("contacts_fts", column("rowid"))
TRIGGERS = ("contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au")

# While the index is written in bulk, it keeps this much in memory before writing a segment
# out (SQLite's default is 1 MB: 10,000 new contacts then make a dozen segments, which it
# merges as it goes, three times the work of writing one).
BULK_HASH_SIZE = 64 * 1024 * 1024

_REBUILDS = "kizuna.search_index_rebuilds"  # in session.info: rebuilds inside a deferral
_INTO = "INSERT INTO contacts_fts(rowid, search_text) VALUES (?, ?)"
_OUT_OF = "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) VALUES ('delete', ?, ?)"


def quote(term: str) -> str:
    """A term as an FTS5 string: any text, matched as itself (no operator is read in it)."""
    return '"' + term.replace('"', '""') + '"'


def all_of(terms: Iterable[str]) -> str:
    return " AND ".join(quote(t) for t in terms)


def any_of(terms: Iterable[str]) -> str:
    return "(" + " OR ".join(quote(t) for t in terms) + ")"


def matching(q: Select, rank_column, match: str) -> Select:
    """``q`` (over contacts) joined to the index's matches of ``match`` (an expression of
    ``all_of``/``any_of``); order by ``TABLE.c.rowid``: the index's own, list order."""
    return q.join(TABLE, TABLE.c.rowid == rank_column).where(
        text("contacts_fts MATCH :match").bindparams(match=match))


def probe(session: Session, terms: list[str], cap: int) -> list[int]:
    """How many contacts contain each term, counting no further than ``cap``."""
    one = ("(SELECT count(*) FROM (SELECT 1 FROM contacts_fts WHERE contacts_fts MATCH :g{0} "
           "LIMIT :cap))")
    sql = "SELECT " + ", ".join(one.format(i) for i in range(len(terms)))
    params = {f"g{i}": quote(g) for i, g in enumerate(terms)} | {"cap": cap}
    return list(session.connection().execute(text(sql), params).one())


def terms_from(session: Session, prefix: str) -> list[str]:
    """Every term (trigram) of the index that starts with ``prefix``."""
    last = ord(prefix[-1])
    if last >= 0x10FFFF:  # nothing sorts after the last code point: every term from it on
        return list(session.scalars(text(
            "SELECT term FROM contacts_fts_vocab WHERE term >= :lo").bindparams(lo=prefix)))
    upper = prefix[:-1] + chr(last + 1)
    return list(session.scalars(text(
        "SELECT term FROM contacts_fts_vocab WHERE term >= :lo AND term < :hi")
        .bindparams(lo=prefix, hi=upper)))


def rebuild(session: Session) -> None:
    """The whole index again from the table (after ranks were renumbered)."""
    session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')"))
    session.info[_REBUILDS] = session.info.get(_REBUILDS, 0) + 1


def compact(session: Session) -> None:
    """Merge the index into one segment after bulk work (an import, a rebuild). Every word
    looked up costs a seek per segment, and bulk writes leave dozens of them: at 100,000
    contacts a lookup takes about 0.1 ms before and 0.013 ms after (about 2 s of merging).
    Everyday edits add small segments that SQLite merges as it goes."""
    session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')"))


def in_step(session: Session) -> bool:
    """Whether the index matches the table (FTS5's integrity check). Damage SQLite reports
    (SQLITE_CORRUPT_VTAB: out of step) is False; any other error (busy, read-only) raises."""
    from kizuna_desktop.errors import JournalDamagedError
    from kizuna_desktop.store import faults

    try:
        with session.begin_nested():
            session.execute(text("INSERT INTO contacts_fts(contacts_fts, rank) "
                                 "VALUES ('integrity-check', 1)"))
    except JournalDamagedError:
        return False
    except Exception as e:
        if faults.is_damage(e):
            return False
        raise
    return True


@contextmanager
def set_aside(session: Session, names: tuple[str, ...]) -> Iterator[None]:
    """Drop these triggers and indexes of the contacts table for the block and put them back
    exactly as the schema has them. The session's transaction is opened first, so that a
    rollback brings them back too; when the block fails they are put back at once as well."""
    begin_write(session)
    kept = session.execute(text(
        "SELECT name, type, sql FROM sqlite_master WHERE tbl_name = 'contacts' AND name IN "
        f"({', '.join(repr(n) for n in names)})")).all()
    for name, kind, _sql in kept:
        session.execute(text(f"DROP {kind.upper()} {name}"))
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the error that got here matters, not this one
            for _name, _kind, sql in kept:
                session.execute(text(sql))
        raise
    for _name, _kind, sql in kept:
        session.execute(text(sql))


def renumber_ranks(session: Session, spacing: int) -> None:
    """Every contact's rank evenly spaced again in list order (sort_key, then rank), and the
    index rebuilt from the table (the index's triggers and the unique index on ranks would
    trip over ranks mid-update)."""
    with set_aside(session, (*TRIGGERS, "ix_contacts_rank")):
        session.execute(text(
            f"UPDATE contacts SET sort_rank = r.n * {int(spacing)}, updated_at = updated_at "
            "FROM (SELECT id, row_number() OVER (ORDER BY sort_key, sort_rank) AS n "
            "FROM contacts) AS r WHERE r.id = contacts.id"))
    rebuild(session)
    compact(session)


@contextmanager
def deferred(session: Session, first_id: int, changing: Iterable[int] = ()) -> Iterator[None]:
    """For writing thousands of contacts at once: new ones (ids from ``first_id`` on) and
    changes to the existing ones listed in ``changing``. The index's insert and update
    triggers are set aside and the index is brought up to date at the end, in one pass in
    rank order. Row by row, every write whose rank comes lower than the one before makes
    SQLite write out what it holds as a new segment: 10,000 new contacts took 2 s instead of
    0.3 s, and each merge into an existing contact 1 ms instead of 0.05 ms.

    Only these writes may happen inside: a change to any other contact, or a deletion, would
    leave the index out of step. A rebuild inside (renumbering) is noticed, and the index is
    then rebuilt again at the end."""
    changing = sorted(set(changing))
    session.flush()
    with set_aside(session, ("contacts_fts_ai", "contacts_fts_au")):
        before = _entries(session, changing)
        rebuilt = session.info.get(_REBUILDS, 0)
        yield
        session.flush()
    if session.info.get(_REBUILDS, 0) != rebuilt:
        rebuild(session)
        return
    after = _entries(session, changing)
    # (rank, 0: out of the index / 1: into it, text), in rank order, taking out before
    # putting in at one rank: the order in which SQLite can add them to what it holds.
    ops = [(rank, 1, txt) for cid, (rank, txt) in after.items() if before.get(cid) != (rank, txt)]
    ops += [(rank, 0, txt) for cid, (rank, txt) in before.items() if after.get(cid) != (rank, txt)]
    ops += [(rank, 1, txt) for rank, txt in raw_rows(
        session, "SELECT sort_rank, search_text FROM contacts WHERE id >= ?", (first_id,))]
    ops.sort(key=lambda op: (op[0], op[1]))
    config = raw_rows(session, "SELECT v FROM contacts_fts_config WHERE k = 'hashsize'", ())
    _set_hash_size(session, BULK_HASH_SIZE)
    run_each(session, ((_INTO if into else _OUT_OF, (rank, txt)) for rank, into, txt in ops))
    # Back as it was (what SQLite holds is written out as one segment at the commit).
    _set_hash_size(session, config[0][0] if config else 1024 * 1024)
    if not config:
        session.execute(text("DELETE FROM contacts_fts_config WHERE k = 'hashsize'"))


def _entries(session: Session, ids: list[int]) -> dict[int, tuple[int, str]]:
    """Each of these contacts' entry in the index, as its row gives it: (rank, text)."""
    out: dict[int, tuple[int, str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for cid, rank, txt in raw_rows(
                session, "SELECT id, sort_rank, search_text FROM contacts WHERE id IN "
                f"({', '.join('?' * len(part))})", tuple(part)):
            out[cid] = (rank, txt)
    return out


def _set_hash_size(session: Session, size: int) -> None:
    session.execute(text("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('hashsize', :n)"),
                    {"n": int(size)})
