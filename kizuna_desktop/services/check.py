"""``kizuna check``: the journal's integrity, from SQLite's own checks to the derived columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text

from kizuna_desktop.errors import JournalDamagedError, JournalError
from kizuna_desktop.services import indexing
from kizuna_desktop.store import Journal, faults
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
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        report.checked.append("SQLite integrity")
        if rows != ["ok"]:
            report.damaged = True
            report.problems.extend(f"database: {r}" for r in rows[:50])
            return
        fk = conn.execute(text("PRAGMA foreign_key_check")).all()
        report.checked.append("references between records")
        for table, rowid, parent, _ in fk[:50]:
            report.problems.append(f"{table} row {rowid} refers to a missing {parent} record")
    revision = current_revision(journal.engine)
    report.checked.append("schema version")
    if revision != HEAD_REVISION:
        report.problems.append(f"schema is at {revision}, expected {HEAD_REVISION}")
    report.checked.append("tables, triggers and views")
    report.problems.extend(f"schema: {p}" for p in schema_problems(journal))
    with journal.session() as s:
        report.checked.append("last-contact dates")
        stale = s.execute(
            select(Contact.id).where(
                Contact.last_interaction_at.is_not(indexing.last_interaction_subquery(Contact.id))
            ).limit(20)
        ).scalars().all()
        for cid in stale:
            report.problems.append(f"contact {cid}: last-contact date is out of date")
        report.checked.append("due dates and cadences")
        stale_due = s.execute(text(
            "SELECT id FROM follow_ups WHERE due_on IS NOT (CASE WHEN state = 'snoozed' "
            "THEN snoozed_until ELSE due_date END) LIMIT 20")).scalars().all()
        for fid in stale_due:
            report.problems.append(f"follow-up {fid}: its next due date is out of date")
        stale_cold = s.execute(text(
            "SELECT id FROM contacts WHERE (cold_after IS NULL) != (cadence_days IS NULL) OR "
            "abs(julianday(cold_after) - julianday(coalesce(last_interaction_at, created_at), "
            "'+' || cadence_days || ' days')) > 0.00002 LIMIT 20")).scalars().all()
        for cid in stale_cold:
            report.problems.append(f"contact {cid}: its keep-in-touch date is out of date")
        report.checked.append("search index")
        try:
            with s.begin_nested():
                s.execute(text("INSERT INTO contacts_fts(contacts_fts, rank) "
                               "VALUES ('integrity-check', 1)"))
        except JournalDamagedError:
            # SQLite reports an index out of step with its table as SQLITE_CORRUPT_VTAB
            report.problems.append("the full-text search index is out of step (repair it)")
        except JournalError as e:  # busy in another process, or read-only: not a finding
            report.skipped.append(f"search index ({type(e).__name__})")
        except Exception as e:  # noqa: BLE001 - what SQLite raised, if not classified
            if faults.is_damage(e):
                report.problems.append("the full-text search index is out of step "
                                       "(repair it)")
            else:
                report.skipped.append(f"search index ({type(e).__name__})")
        missing = s.scalars(select(Contact.id).where(Contact.sort_key == "").limit(20)).all()
        for cid in missing:
            report.problems.append(f"contact {cid}: not in the search index")
        report.checked.append("list order")
        misplaced = s.execute(text(
            "SELECT id FROM (SELECT id, sort_key, lag(sort_key) OVER (ORDER BY sort_rank) "
            "AS before FROM contacts) WHERE before > sort_key LIMIT 20")).scalars().all()
        for cid in misplaced:
            report.problems.append(f"contact {cid}: out of place in list order")
    return report


def schema_problems(journal: Journal) -> list:
    """How the journal's tables, triggers and views differ from the migrations'."""
    from kizuna_desktop.store import schema

    raw = journal.engine.raw_connection()
    try:
        return schema.differences(raw.driver_connection)
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
        s.execute(text("UPDATE follow_ups SET due_on = CASE WHEN state = 'snoozed' "
                       "THEN snoozed_until ELSE due_date END"))
        s.execute(text(f"UPDATE contacts SET cold_after = {indexing.COLD_AFTER_SQL}, "
                       "updated_at = updated_at"))
        return n  # renumber rebuilt and compacted the search index
