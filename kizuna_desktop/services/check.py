"""``kizuna check``: the journal's integrity, from SQLite's own checks to the derived columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, true

from kizuna_desktop.errors import JournalDamagedError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.services import indexing
from kizuna_desktop.store import Journal, fts, search_sql
from kizuna_desktop.store.db import HEAD_REVISION, current_revision
from kizuna_desktop.store.models import Contact


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    # SQLite found the file damaged: restoring a good backup is the remedy (not --repair)
    damaged: bool = False
    # checks that could not run now (the journal busy in another process, or read-only)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def run(journal: Journal) -> CheckReport:
    """Every check; damage SQLite reports anywhere ends the checks with ``damaged`` set
    (never an exception): the derived columns of a damaged file say nothing."""
    report = CheckReport()
    try:
        _run(journal, report)
    except JournalDamagedError as e:
        report.damaged = True
        report.problems.append(f"database: {e}")
    return report


def _run(journal: Journal, report: CheckReport) -> None:
    with journal.engine.connect() as conn:
        rows = search_sql.integrity(conn)
        report.checked.append(QT_TRANSLATE_NOOP("check", "SQLite integrity"))
        if rows != ["ok"]:
            report.damaged = True
            report.problems.extend(f"database: {r}" for r in rows[:50])
            return
    found = schema_problems(journal)
    if any(p.type in ("table", "view") and p.kind in ("missing", "wrong_type", "columns")
           for p in found):
        # a table swapped for a view, or missing: the checks below would fail on it
        report.checked.append(QT_TRANSLATE_NOOP("check", "tables, triggers and views"))
        report.problems.extend(f"schema: {p}" for p in found)
        return
    with journal.engine.connect() as conn:
        fk = search_sql.foreign_key_problems(conn)
        report.checked.append(QT_TRANSLATE_NOOP("check", "references between records"))
        for table, rowid, parent, _ in fk[:50]:
            report.problems.append(f"{table} row {rowid} refers to a missing {parent} record")
    revision = current_revision(journal.engine)
    report.checked.append(QT_TRANSLATE_NOOP("check", "schema version"))
    if revision != HEAD_REVISION:
        report.problems.append(f"schema is at {revision}, expected {HEAD_REVISION}")
    report.checked.append(QT_TRANSLATE_NOOP("check", "tables, triggers and views"))
    report.problems.extend(f"schema: {p}" for p in found)
    with journal.session() as s:
        report.checked.append(QT_TRANSLATE_NOOP("check", "last-contact dates"))
        from kizuna_desktop.services import meetings

        # now, or as counted when the journal was last opened: a planned meeting whose time
        # came since counts at the next opening (services/meetings.count_passed), not a fault
        until = meetings.counted_until(s)
        stale = s.execute(
            select(Contact.id).where(
                Contact.last_interaction_at.is_not(indexing.last_interaction_subquery(Contact.id)),
                Contact.last_interaction_at.is_not(
                    indexing.last_interaction_subquery(Contact.id, until))
                if until is not None else true()
            ).limit(20)
        ).scalars().all()
        for cid in stale:
            report.problems.append(f"contact {cid}: last-contact date is out of date")
        report.checked.append(QT_TRANSLATE_NOOP("check", "due dates and cadences"))
        stale_due = search_sql.stale_due_dates(s)
        for fid in stale_due:
            report.problems.append(f"follow-up {fid}: its next due date is out of date")
        stale_cold = search_sql.stale_cold_after(s)
        for cid in stale_cold:
            report.problems.append(f"contact {cid}: its keep-in-touch date is out of date")
        report.checked.append(QT_TRANSLATE_NOOP("check", "search index"))
        try:
            if not fts.in_step(s):
                report.problems.append("the full-text search index is out of step "
                                       "(repair it)")
        except Exception as e:  # noqa: BLE001 - busy in another process, or read-only
            report.skipped.append(f"search index ({type(e).__name__})")
        if indexing.search_text_outdated(s):
            report.problems.append("the search text was made by an older version (repair it, "
                                   "or open the journal for writing)")
        missing = s.scalars(select(Contact.id).where(Contact.sort_key == "").limit(20)).all()
        for cid in missing:
            report.problems.append(f"contact {cid}: not in the search index")
        report.checked.append(QT_TRANSLATE_NOOP("check", "list order"))
        misplaced = search_sql.out_of_order(s)
        for cid in misplaced:
            report.problems.append(f"contact {cid}: out of place in list order")
    return report


def schema_problems(journal: Journal) -> list:
    """How the journal's tables, triggers and views differ from the migrations'."""
    from kizuna_desktop.store import schema

    raw = journal.engine.raw_connection()
    try:
        conn = raw.driver_connection
        return schema.differences(conn) + schema.column_differences(conn)
    finally:
        raw.close()


def repair_schema(journal: Journal) -> list:
    """Removes foreign triggers and views and puts Kizuna's own back (rows untouched); the
    caller has backed the journal up. Returns what was done."""
    from kizuna_desktop.store import schema

    raw = journal.engine.raw_connection()
    try:
        done = schema.repair(raw.driver_connection)
        raw.driver_connection.commit()
        return done
    finally:
        raw.close()


def repair(journal: Journal) -> int:
    """Rebuild the derived columns (search index, sort keys, last-contact dates)."""
    with journal.session() as s:
        n = indexing.rebuild(s)
        indexing.renumber(s)
        indexing.mark_search_text_current(s)
        search_sql.refresh_due_dates(s)
        search_sql.refresh_all_cold_after(s)
        return n  # renumber rebuilt and compacted the search index
