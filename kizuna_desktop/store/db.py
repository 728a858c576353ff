"""The journal: one SQLite file, opened with the right pragmas and migrated to the latest schema."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kizuna_desktop.errors import JournalError

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration. A test checks that it is Alembic's head; opening a journal already at
# this revision then needs no Alembic import at all (it costs start-up time).
HEAD_REVISION = "0011_stable_ids"


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str | None = None, readonly: bool = False):
    """A DB-API connection to the journal file: sqlite3, or SQLCipher when a passphrase is
    given. The passphrase lives only in this process's memory; SQLCipher derives the key."""
    target = f"{path.as_uri()}?mode=ro" if readonly else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=readonly, check_same_thread=False)
    import sqlcipher3

    conn = sqlcipher3.connect(target, uri=readonly, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    return conn


def begin_write(session: Session) -> None:
    """Open the session's SQLite transaction now, with the write lock. Python's sqlite3 opens
    it only at the first INSERT, UPDATE or DELETE: a schema change made before that (a
    trigger set aside to be put back later) would be committed on its own and outlive a
    rollback."""
    raw = session.connection().connection.dbapi_connection
    if not raw.in_transaction:
        session.execute(text("BEGIN IMMEDIATE"))


@contextmanager
def larger_page_cache(session: Session, megabytes: int = 64) -> Iterator[None]:
    """SQLite's page cache of the session's connection raised for bulk writes, and put back
    after (which frees it). The default 2 MB holds a sliver of a 100,000-contact journal's
    indexes: inserting 10,000 contacts into them at scattered places reads and spills pages
    over and over (0.6 s instead of 0.4 s here)."""
    raw = session.connection().connection.dbapi_connection
    (before,) = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute(f"PRAGMA cache_size = {-1024 * int(megabytes)}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(before)}")


def raw_rows(session: Session, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of a plain SQL query as tuples, in the session's transaction, without
    SQLAlchemy's row objects: for reading 100,000 rows at once (a third of the time)."""
    cursor = session.connection().connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def run_each(session: Session, statements: Iterable[tuple[str, tuple]]) -> None:
    """Plain SQL statements run one after another on one cursor, in the session's
    transaction: for thousands of small statements that must keep their order."""
    cursor = session.connection().connection.cursor()
    try:
        for sql, params in statements:
            cursor.execute(sql, params)
    finally:
        cursor.close()


def insert_many(session: Session, table, rows: list[dict]) -> None:
    """Insert rows (dicts with the same keys) in one DB-API executemany, each value converted
    by its column's own SQLAlchemy type (dates, enums) but without SQLAlchemy's per-row
    parameter handling, which costs more than SQLite's insert at 10,000 rows. Columns left
    out must have no Python-side default (they would be missed): that is checked."""
    if not rows:
        return
    names = list(rows[0])
    missing = [c.name for c in table.c
               if c.name not in names and c.default is not None and not c.primary_key]
    if missing:
        raise ValueError(f"insert_many into {table.name}: give {', '.join(missing)}")
    dialect = session.get_bind().dialect
    processors = [(i, p) for i, p in enumerate(
        table.c[n].type.bind_processor(dialect) for n in names) if p is not None]
    params = []
    for row in rows:
        values = [row[n] for n in names]
        for i, proc in processors:
            values[i] = proc(values[i])
        params.append(values)
    cursor = session.connection().connection.cursor()
    try:
        cursor.executemany(f"INSERT INTO {table.name} ({', '.join(names)}) "
                           f"VALUES ({', '.join('?' * len(names))})", params)
    finally:
        cursor.close()


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    # The sqlite dialect with our own connections: plain sqlite3, or SQLCipher's drop-in.
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect(path, passphrase))
    event.listen(engine, "connect", _set_pragmas)
    return engine


def is_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite: an encrypted journal (or something else)."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return bool(head) and head != SQLITE_MAGIC


def _create_private_file(path: Path) -> None:
    """Create an empty journal file readable by its owner only (SQLite's -wal and -shm
    files copy the main file's mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


class PassphraseNeededError(JournalError):
    """The file is not plain SQLite: an encrypted journal needs its passphrase."""


def _check_header(path: Path, passphrase: str | None) -> None:
    try:
        with path.open("rb") as f:
            f.read(1)
    except OSError as e:
        raise JournalError(f"Cannot read the journal {path}: {e.strerror}.") from e
    if is_encrypted(path) and passphrase is None:
        raise PassphraseNeededError(
            f"{path} is not a Kizuna journal: it is not an SQLite database. If it is an "
            "encrypted journal, open it with its passphrase; otherwise it may be damaged or "
            "another kind of file."
        )


class Journal:
    """An open journal file. Hand it to the services; call :meth:`close` when done."""

    def __init__(self, path: Path, engine: Engine, passphrase: str | None = None):
        self.path = path
        self.engine = engine
        self.passphrase = passphrase  # in memory only, for backups of an encrypted journal
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # The session of the transaction open in this thread (or task), so that service
        # calls made inside ``with journal.session():`` join it instead of committing alone.
        self._current: ContextVar[Session | None] = ContextVar(f"journal-{id(self)}", default=None)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True,
             passphrase: str | None = None) -> Journal:
        """Open (or create) the journal at ``path`` and bring its schema up to date.

        Raises :class:`JournalError` with a clear message for a missing file (when
        ``create`` is false), a file that is not a journal, a damaged database, a wrong
        passphrase or a journal written by a newer version of Kizuna. A new journal opened
        with a ``passphrase`` is created encrypted (SQLCipher).
        """
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise JournalError(f"{path} is a folder, not a journal file.")
        if not path.exists():
            if not create:
                raise JournalError(f"There is no journal at {path}.")
            try:
                _create_private_file(path)
            except OSError as e:
                raise JournalError(f"Cannot create a journal at {path}: {e.strerror}.") from e
        if passphrase is not None and not is_encrypted(path) and path.stat().st_size:
            passphrase = None  # a plain journal: nothing to decrypt
        _check_header(path, passphrase)
        revision = _inspect_file(path, passphrase)
        engine = make_engine(path, passphrase)
        try:
            _migrate(engine, path, revision)
        except JournalError:
            engine.dispose()
            raise
        except (SADatabaseError, sqlite3.DatabaseError) as e:
            engine.dispose()
            raise JournalError(
                f"The journal {path} is damaged and cannot be opened ({_cause(e)})."
            ) from e
        return cls(path, engine, passphrase)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        Nested use joins the outer transaction, so several service calls can be made
        all-or-nothing: ``with journal.session(): contacts.create(...); ...``.
        """
        outer = self._current.get()
        if outer is not None:
            yield outer
            return
        with self._sessions.begin() as s:
            token = self._current.set(s)
            try:
                yield s
            finally:
                self._current.reset(token)

    def close(self) -> None:
        # Keeps the query planner's statistics current (cheap; SQLite analyses only tables
        # whose statistics are missing or stale), so searches keep their indexed plans.
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - closing must never fail for want of statistics
            pass
        self.engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _cause(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return str(orig).splitlines()[0] if str(orig) else type(orig).__name__


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _inspect_file(path: Path, passphrase: str | None = None) -> str | None:
    """The journal's schema revision, read without changing the file (read-only, no
    pragmas), or a JournalError when the file is not a journal or is damaged."""
    try:
        conn = connect(path, passphrase, readonly=path.stat().st_size > 0)
    except Exception as e:  # sqlite3.Error or SQLCipher's equivalent
        raise JournalError(f"The journal {path} cannot be opened ({e}).") from e
    try:
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        except Exception as e:
            if passphrase is not None:
                raise JournalError(
                    f"Wrong passphrase for {path} (or it is not a Kizuna journal).") from e
            raise
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = revision[0] if revision else None
    except JournalError:
        raise
    except Exception as e:  # sqlite3.DatabaseError or SQLCipher's
        raise JournalError(f"The journal {path} is damaged and cannot be opened ({e}).") from e
    finally:
        conn.close()
    if revision is None and tables - {"alembic_version"}:
        raise JournalError(
            f"{path} is an SQLite database but not a Kizuna journal (it has other tables)."
        )
    return revision


def _migrate(engine: Engine, path: Path, revision: str | None) -> None:
    if revision != HEAD_REVISION:
        upgrade(engine, path, revision)


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(engine: Engine, path: Path, revision: str | None, target: str = "head") -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    if revision is not None and revision not in {s.revision for s in script.walk_revisions()}:
        raise JournalError(
            f"The journal {path} was written by a newer version of Kizuna Desktop "
            f"(schema {revision}); update the app to open it."
        )
    # Foreign keys off while the schema changes: rebuilding a table (drop, then rename the
    # copy) would otherwise cascade the dropped table's rows into its children. The pragma
    # cannot change inside a transaction, so it is set first; the whole upgrade is then one
    # transaction, and the references are checked before it commits.
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                conn.rollback()
                raise JournalError(
                    f"The journal {path} could not be upgraded: {len(broken)} references "
                    f"between records would break (the first in {broken[0][0]}); it is "
                    "unchanged.")
            conn.commit()
        except BaseException:
            if conn.connection.dbapi_connection.in_transaction:
                conn.rollback()
            raise
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    # The connection that migrated holds the planner's statistics as they were mid-migration
    # (in memory, whatever sqlite_stat1 says now): the journal's work starts on fresh ones.
    engine.dispose()
