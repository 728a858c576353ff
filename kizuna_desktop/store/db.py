"""The journal: one SQLite file, opened with the right pragmas and migrated to the latest schema."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kizuna_desktop.errors import (
    FILE_KINDS,
    DamagedOrNotAJournalError,
    EmptyFileError,
    ForeignSchemaError,
    JournalClosedError,
    JournalDamagedError,
    JournalError,
    JournalReplacedError,
    NotAJournalError,
    NotWritableError,
    WrongPassphraseError,
)
from kizuna_desktop.paths import private_dir
from kizuna_desktop.store import faults
from kizuna_desktop.store.secret import Passphrase

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration. A test checks that it is Alembic's head; opening a journal already at
# this revision then needs no Alembic import at all (it costs start-up time).
HEAD_REVISION = "0015_nengajo_recipients"
# How long a write waits for another process's write lock: a bounded wait, then
# JournalBusyError. Work off the UI thread waits long; the UI thread of a window never waits
# seconds (Journal.ui_wait_ms).
BUSY_WAIT_MS = 5000
UI_WAIT_MS = 300


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str | Passphrase | None = None, readonly: bool = False):
    """A DB-API connection to the journal file: sqlite3, or SQLCipher when a passphrase is
    given. The passphrase lives only in this process's memory; SQLCipher derives the key."""
    target = f"{path.as_uri()}?mode=ro" if readonly else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=readonly, check_same_thread=False)
    if isinstance(passphrase, Passphrase) and passphrase.wiped:
        # The journal was closed: an empty key would read or write a plain file.
        raise JournalClosedError(f"The journal {path} is closed.")
    import sqlcipher3

    conn = sqlcipher3.connect(target, uri=readonly, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if isinstance(passphrase, Passphrase):
        conn.execute(f"PRAGMA key = {passphrase.sql_literal()}")
    else:
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


def make_engine(path: Path, passphrase: Passphrase | None = None) -> Engine:
    # The sqlite dialect with our own connections: plain sqlite3, or SQLCipher's drop-in.
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect(path, passphrase))
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


class ChangeWatch:
    """Notices commits made to the journal by other connections (other processes, or this
    process's other connections) with SQLite's ``PRAGMA data_version``, which changes on a
    connection whenever another one commits. One small connection of its own, polled."""

    def __init__(self, journal: Journal):
        self._conn = connect(journal.path, journal.secret)
        self._conn.execute(f"PRAGMA busy_timeout = {UI_WAIT_MS}")
        self._last = self._version()

    def _version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """True once for each batch of commits made elsewhere since the last call."""
        now = self._version()
        if now == self._last:
            return False
        self._last = now
        return True

    def absorb(self) -> None:
        """Our own change was just announced: it is not news."""
        self._last = self._version()

    def close(self) -> None:
        self._conn.close()


# the openings of files people keep beside their journals (none can be SQLCipher's)
_MAGICS = ((b"%PDF", "pdf"), (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"),
           (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"),
           (b"II*\x00", "image"), (b"MM\x00*", "image"))
_HEAD = 4096


def _entropy(data: bytes) -> float:
    """Bits per byte: about 8 for SQLCipher's pages (random to anyone without the key)."""
    from collections import Counter
    from math import log2

    n = len(data)
    return -sum(c / n * log2(c / n) for c in Counter(data).values()) if n else 0.0


_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
_BTREE_TYPES = {0x02: 12, 0x05: 12, 0x0A: 8, 0x0D: 8}  # page type → its header's length


def _btree_page(f, offset: int, page_size: int, pages: int) -> bool:
    """True when the page at ``offset`` reads as a plain SQLite b-tree page of ``page_size``
    bytes (its type, its header's offsets and every cell pointer within the page, no two
    alike): what no page of SQLCipher's (random to anyone without the key) nor of a text
    file does. Reads the page's header and cell pointers only."""
    f.seek(offset)
    page = f.read(12)
    header = _BTREE_TYPES.get(page[0]) if len(page) == 12 else None
    if header is None:
        return False
    freeblock = int.from_bytes(page[1:3], "big")
    cells = int.from_bytes(page[3:5], "big")
    content = int.from_bytes(page[5:7], "big") or 65536
    if page[7] > 60 or content > page_size or not (freeblock == 0 or
                                                    header <= freeblock < page_size):
        return False
    end_of_pointers = header + 2 * cells
    if end_of_pointers > content or page_size - content < 3 * cells:
        return False
    if header == 12 and not 2 <= int.from_bytes(page[8:12], "big") <= pages:
        return False  # an interior page's right-most child is a page of the file
    f.seek(offset + header)
    array = f.read(2 * cells)
    pointers = [int.from_bytes(array[i:i + 2], "big") for i in range(0, len(array), 2)]
    return (len(pointers) == cells and all(content <= q < page_size for q in pointers)
            and len(set(pointers)) == cells)


def _sqlite_pages_follow(f, size: int) -> bool:
    """True when the pages after the first are plain SQLite b-tree pages (at least two of
    the next eight, at one page size): the file is an SQLite database whose first page (the
    header) is damaged."""
    for page_size in _PAGE_SIZES:
        pages = size // page_size
        if size % page_size or pages < 2:
            continue
        found = 0
        for n in range(1, min(pages, 9)):
            if _btree_page(f, n * page_size, page_size, pages):
                found += 1
                if found >= min(2, pages - 1):
                    return True
    return False


def file_kind(path: Path) -> str:
    """What the file at ``path`` is, by its bytes: "missing", "empty", "sqlite" (plain
    SQLite), "encrypted" (could be an SQLCipher journal: whole pages of random-looking
    bytes), "damaged" (whole pages, the first not SQLite's but the next ones plain SQLite
    b-tree pages: a journal whose header is damaged), "pages" (whole pages of no recognised
    kind: a damaged journal, or not a journal), or what else it is ("text", "pdf", "zip",
    "image", "other": errors.FILE_KINDS)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(_HEAD)
            whole_pages = size >= 512 and size % 512 == 0
            damaged = (whole_pages and not head.startswith(SQLITE_MAGIC)
                       and not any(head.startswith(m) for m, _ in _MAGICS)
                       and _sqlite_pages_follow(f, size))
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "other"
    if not head:
        return "empty" if size == 0 else "other"
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    for magic, kind in _MAGICS:
        if head.startswith(magic):
            return kind
    if damaged:
        return "damaged"
    # SQLCipher writes whole pages (512 bytes at the least) and none of them reads as text
    if whole_pages and _entropy(head) > 7.0:
        return "encrypted"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as e:  # a character cut at the end of what was read is no fault
        text = head[:e.start].decode("utf-8") if e.start >= len(head) - 3 else ""
    if text and sum(ch.isprintable() or ch in "\t\r\n" for ch in text) >= 0.95 * len(text):
        return "text"
    try:  # Shift_JIS or UTF-16 text (a CSV from Excel)
        for codec in ("utf-16", "shift_jis"):
            if head.decode(codec, errors="strict").isprintable():
                return "text"
    except UnicodeDecodeError:
        pass
    # whole pages that are nothing else: a journal whose first page was zeroed or overwritten
    # (its backups, when it has any, tell: services/opening.py), or a file of another kind
    return "pages" if whole_pages else "other"


def is_encrypted(path: Path) -> bool:
    """True for a file that could be an encrypted journal (not plain SQLite, whole pages of
    random-looking bytes). A text file, a PDF or an empty file is not."""
    return file_kind(path) == "encrypted"


def refuse_if_not_journal(path: Path) -> None:
    """Raise NotAJournalError (EmptyFileError) for an existing file that is neither SQLite
    nor possibly an encrypted journal: nothing is asked for it and nothing is written. A
    journal whose header is damaged raises JournalDamagedError; whole pages of no known kind
    DamagedOrNotAJournalError (services/opening.py treats it as damaged when the file has
    backups)."""
    kind = file_kind(path)
    if kind == "damaged":
        _note_damage(path)
        raise JournalDamagedError(f"The journal {path} is damaged: its first page, which "
                                  "says what the file is, cannot be read.", path=path)
    if kind == "pages":
        raise DamagedOrNotAJournalError(path=path)
    if kind == "empty":
        wal = path.with_name(path.name + "-wal")
        if not (wal.exists() and wal.stat().st_size):  # a journal whose pages are in its WAL
            raise EmptyFileError(path=path)
    elif kind in FILE_KINDS:
        raise NotAJournalError(path=path, kind=FILE_KINDS[kind])


def _create_private_file(path: Path, parents: bool = True) -> None:
    """Create an empty file readable by its owner only (a journal: SQLite's -wal and -shm
    files copy the main file's mode), in a 0700 folder made if missing."""
    if parents:
        private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


class PassphraseNeededError(JournalError):
    """The file is not plain SQLite: an encrypted journal needs its passphrase."""


# Journals this process saw damaged (by path): no automatic backup is made of them.
DAMAGED: set[Path] = set()


def _note_damage(path: Path) -> None:
    DAMAGED.add(Path(path).absolute())


def _check_header(path: Path, passphrase: str | None) -> None:
    try:
        with path.open("rb") as f:
            f.read(1)
    except OSError as e:
        raise faults.from_errno(e.errno or 0, path, "read") from e
    if is_encrypted(path) and passphrase is None:
        raise PassphraseNeededError(
            f"{path} is not a Kizuna journal: it is not an SQLite database. If it is an "
            "encrypted journal, open it with its passphrase; otherwise it may be damaged or "
            "another kind of file."
        )


class Journal:
    """An open journal file. Hand it to the services; call :meth:`close` when done."""

    def __init__(self, path: Path, engine: Engine, passphrase: Passphrase | None = None,
                 read_only: bool = False):
        self.path = path
        self._engine: Engine | None = engine
        # In memory only, in one buffer that close() overwrites (store/secret.py); the
        # engine's connection factory holds the same object, never a str.
        self.secret = passphrase
        self.read_only = read_only
        # The window sets this: its UI thread then waits at most this long for another
        # process's write lock (JournalBusyError after), while its background work waits long.
        self.ui_wait_ms: int | None = None
        self.file_id = _file_id(path)  # (st_dev, st_ino) of the file opened
        self.on_close: list = []  # called once when closed (a window's lock is released)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # The session of the transaction open in this thread (or task), so that service
        # calls made inside ``with journal.session():`` join it instead of committing alone.
        self._current: ContextVar[Session | None] = ContextVar(f"journal-{id(self)}", default=None)
        event.listen(engine, "checkout", self._on_checkout)
        event.listen(engine, "handle_error", self._on_error)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise JournalClosedError(f"The journal {self.path} is closed.")
        return self._engine

    @property
    def closed(self) -> bool:
        return self._engine is None

    def _on_checkout(self, dbapi_connection, record, _proxy) -> None:
        wait = BUSY_WAIT_MS
        if self.ui_wait_ms is not None and threading.current_thread() is threading.main_thread():
            wait = self.ui_wait_ms
        if record.info.get("busy_timeout") != wait:
            dbapi_connection.execute(f"PRAGMA busy_timeout = {int(wait)}")
            record.info["busy_timeout"] = wait
        query_only = 1 if self.read_only else 0
        if record.info.get("query_only", 0) != query_only:
            dbapi_connection.execute(f"PRAGMA query_only = {query_only}")
            record.info["query_only"] = query_only

    def _classify(self, e: BaseException) -> JournalError | None:
        typed = faults.classify(e, self.path)
        if self.read_only and isinstance(typed, NotWritableError):
            return NotWritableError(f"This window shows {self.path} read-only: it is open in "
                                    "another window. Nothing was saved.")
        return typed

    def _on_error(self, context) -> None:
        typed = self._classify(context.original_exception)
        if typed is not None and not isinstance(context.original_exception, JournalError):
            if isinstance(typed, JournalDamagedError):
                _note_damage(self.path)
            raise typed from context.original_exception

    def check_file(self) -> None:
        """Raise JournalReplacedError if the file at the journal's path is no longer the one
        opened (replaced by a restore from another process, moved, deleted)."""
        if self._engine is None:
            raise JournalClosedError(f"The journal {self.path} is closed.")
        now = _file_id(self.path)
        if now != self.file_id:
            what = "deleted or moved away" if now is None else "replaced by another file"
            raise JournalReplacedError(
                f"The journal {self.path} was {what} after it was opened here. Nothing more "
                "is written into the old file: use File > Save a copy as… to keep what this "
                "window shows, then open the journal again.")

    def quick_check(self, limit: int = 20) -> list[str]:
        """SQLite's quick_check of the whole file: [] when sound, else what it found. Damage
        that stops the check itself is reported as one line."""
        raw = connect(self.path, self.secret, readonly=True)
        try:
            rows = [r[0] for r in raw.execute(f"PRAGMA quick_check({int(limit)})")]
        except Exception as e:  # noqa: BLE001 - sqlite3's or SQLCipher's DatabaseError
            if faults.is_damage(e):
                return [str(e)]
            typed = faults.classify(e, self.path, "check")
            if typed is not None:
                raise typed from e
            raise
        finally:
            raw.close()
        return [] if rows == ["ok"] else rows

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True,
             passphrase: str | None = None, read_only: bool = False,
             allow_foreign_schema: bool = False) -> Journal:
        """Open (or create) the journal at ``path`` and bring its schema up to date.

        Raises :class:`JournalError` with a clear message for a missing file (when
        ``create`` is false), a file that is not a journal, a damaged database, a wrong
        passphrase or a journal written by a newer version of Kizuna. A new journal opened
        with a ``passphrase`` is created encrypted (SQLCipher). Each fault has its own type
        (errors.py): damaged, wrong passphrase, disk full, not writable, folder missing, busy.
        ``read_only`` opens it for reading only (a second window on a journal another holds).
        A file whose tables, triggers or views are not what the migrations make is refused
        (ForeignSchemaError: a trigger in a file runs with the app's hands) unless
        ``allow_foreign_schema`` (``kizuna check`` looks at it and repairs it).
        """
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise JournalError(f"{path} is a folder, not a journal file.")
        if not path.exists():
            if not create:
                if not path.parent.exists():
                    raise faults.from_errno(2, path, "open")
                raise JournalError(f"There is no journal at {path}.")
            try:
                _create_private_file(path)
            except OSError as e:
                raise faults.from_errno(e.errno or 0, path, "create") from e
        else:  # a text file, a PDF, an empty file: said so, never asked a passphrase for
            refuse_if_not_journal(path)
        if passphrase is not None and not is_encrypted(path) and path.stat().st_size:
            passphrase = None  # a plain journal: nothing to decrypt
        if passphrase is not None:
            from kizuna_desktop.hardening import no_core_dumps

            no_core_dumps()  # on every path that opens an encrypted journal (issue 19.8)
        _check_header(path, passphrase)
        secret = Passphrase(passphrase) if passphrase is not None else None
        del passphrase  # only the buffer from here on
        revision = _inspect_file(path, secret)
        engine = make_engine(path, secret)
        try:
            if not allow_foreign_schema:  # before a migration, so no foreign trigger fires
                _refuse_foreign_schema(engine, path, before_migration=True)
            _migrate(engine, path, revision)
            with engine.connect() as conn:  # the first connection: WAL mode, pragmas
                conn.exec_driver_sql("PRAGMA user_version").fetchone()
            if not allow_foreign_schema:
                _refuse_foreign_schema(engine, path, before_migration=False,
                                       heal=not read_only)
        except JournalError:
            engine.dispose()
            if secret is not None:
                secret.wipe()
            raise
        except (SADatabaseError, sqlite3.Error) as e:
            engine.dispose()
            if secret is not None:
                secret.wipe()
            typed = faults.classify(e, path, "open")
            if isinstance(typed, JournalDamagedError):
                _note_damage(path)
            raise (typed or JournalError(
                f"The journal {path} cannot be opened ({_cause(e)}).")) from e
        return cls(path, engine, secret, read_only=read_only)

    @property
    def encrypted(self) -> bool:
        return self.secret is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase as text for a call that needs it now (a backup keyed like the
        journal; do not keep it): None for a plain journal, "" once closed."""
        if self.secret is None:
            return None
        return "" if self.secret.wiped else self.secret.reveal()

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
        self.check_file()  # also raises once closed
        try:
            with self._sessions.begin() as s:
                token = self._current.set(s)
                try:
                    yield s
                finally:
                    self._current.reset(token)
        except (SADatabaseError, sqlite3.Error) as e:
            typed = self._classify(e)
            if typed is None:
                raise
            if isinstance(typed, JournalDamagedError):
                _note_damage(self.path)
            raise typed from e

    def close(self) -> None:
        """Close for good: later queries raise JournalClosedError (nothing reopens it)."""
        engine, self._engine = self._engine, None
        if engine is None:
            return
        # Keeps the query planner's statistics current (cheap; SQLite analyses only tables
        # whose statistics are missing or stale), so searches keep their indexed plans.
        if not self.read_only and _file_id(self.path) == self.file_id:
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # noqa: BLE001 - closing must never fail for want of statistics
                pass
        engine.dispose()
        if self.secret is not None:  # overwritten, as far as Python allows (store/secret.py)
            self.secret.wipe()
        callbacks, self.on_close = self.on_close, []
        for fn in callbacks:
            fn()

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


def _inspect_file(path: Path, passphrase: Passphrase | None = None) -> str | None:
    """The journal's schema revision, read without changing the file (read-only, no
    pragmas), or a JournalError when the file is not a journal or is damaged."""
    try:
        conn = connect(path, passphrase, readonly=path.stat().st_size > 0)
    except Exception as e:  # sqlite3.Error or SQLCipher's equivalent
        raise (faults.classify(e, path, "open")
               or JournalError(f"The journal {path} cannot be opened ({e}).")) from e
    try:
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        except Exception as e:
            if passphrase is not None and faults.sqlite_code(e) == faults.SQLITE_NOTADB:
                raise WrongPassphraseError(path=path) from e  # errors.py's template
            raise
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = revision[0] if revision else None
    except JournalError:
        raise
    except Exception as e:  # sqlite3.DatabaseError or SQLCipher's
        typed = faults.classify(e, path, "open")
        if isinstance(typed, JournalDamagedError) or typed is None:
            _note_damage(path)
            raise JournalDamagedError(f"The journal {path} is damaged and cannot be opened "
                                      f"({e}).", path=path) from e
        raise typed from e
    finally:
        conn.close()
    if revision is None and tables - {"alembic_version"}:
        raise JournalError(
            f"{path} is an SQLite database but not a Kizuna journal (it has other tables)."
        )
    return revision


def _refuse_foreign_schema(engine: Engine, path: Path, *, before_migration: bool,
                           heal: bool = False) -> None:
    """Raises ForeignSchemaError when the file's schema is not Kizuna's (store/schema.py).
    After migrating, Kizuna's own missing triggers and indexes are put back first (a run
    stopped while the search triggers were set aside), when the journal is writable."""
    from kizuna_desktop.store import schema

    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        if before_migration:
            found = schema.foreign_code(conn)
        else:
            if heal and schema.heal(conn):
                conn.commit()
            found = schema.differences(conn)
            if not heal:
                found = [p for p in found if not p.own_missing]
    finally:
        raw.close()
    if found:
        raise ForeignSchemaError(schema.refusal(found, path), found)


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
    # transaction. (A migration that rebuilds tables checks the references itself: PRAGMA
    # foreign_key_check over a 100,000-contact journal takes 14 s.)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            config.attributes["connection"] = conn
            command.upgrade(config, target)
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
