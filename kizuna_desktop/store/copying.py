"""Copies of a journal file consistent while the journal is open (a plain copy of the file's
bytes when the snapshot lies in it alone, else SQLite's online backup), encryption and
decryption with SQLCipher's export, and replacing a journal's file."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

from kizuna_desktop.errors import JournalError
from kizuna_desktop.store import faults
from kizuna_desktop.store.db import Journal, _create_private_file, _quote, connect

# How long the backup's checkpoint waits for another writer or reader before the backup
# takes the slower, page-by-page way instead.
CHECKPOINT_WAIT_MS = 100


def file_stamp(path: Path) -> list[int]:
    """Size and modification time of the journal's file and its WAL: every commit changes
    one of them (the WAL grows, or a checkpoint writes the file), reading changes neither.
    Equal stamps mean nothing was written in between."""
    stamp = []
    for p in (Path(path), Path(f"{path}-wal")):
        try:
            st = p.stat()
            stamp += [st.st_size, st.st_mtime_ns]
        except OSError:
            stamp += [0, 0]
    return stamp


def verify_copy(path: Path, passphrase: str | None) -> tuple[bool, int | None]:
    """SQLite's quick_check on a standalone copy (a backup), opened read-only and immutable
    so that nothing is written beside it (read-only media): (passed, contacts in it)."""
    uri = f"{Path(path).absolute().as_uri()}?mode=ro&immutable=1"
    try:
        if passphrase:
            import sqlcipher3

            conn = sqlcipher3.connect(uri, uri=True)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        else:
            import sqlite3

            conn = sqlite3.connect(uri, uri=True)
    except Exception:  # noqa: BLE001 - cannot even be opened: not a good copy
        return False, None
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if rows != ["ok"]:
            return False, None
        (contacts,) = conn.execute("SELECT count(*) FROM contacts").fetchone()
        return True, contacts
    except Exception:  # noqa: BLE001 - damaged, or not a journal
        return False, None
    finally:
        conn.close()


def _copy_bytes(source: Path, dest: Path) -> None:
    """The bytes of ``source`` written into the (empty) file ``dest``, in the kernel
    (copy_file_range, else sendfile), else read and written; fsynced."""
    with open(source, "rb") as src, open(dest, "r+b") as out:
        size = os.fstat(src.fileno()).st_size
        fin, fout, done = src.fileno(), out.fileno(), 0
        ways = [w for w in (getattr(os, "copy_file_range", None), getattr(os, "sendfile", None))
                if w is not None]
        while done < size and ways:
            way = ways[0]
            try:
                if way is getattr(os, "sendfile", None):
                    n = way(fout, fin, done, size - done)
                else:
                    n = way(fin, fout, size - done, done, done)
            except OSError as e:
                if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS):
                    raise
                ways.pop(0)  # not on these file systems: the next way from where it was
                continue
            if n == 0:
                break
            done += n
        if done < size:
            os.lseek(fin, done, os.SEEK_SET)
            os.lseek(fout, done, os.SEEK_SET)
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
        os.fsync(fout)


class SnapshotBackup:
    """A backup of the journal as it stands now, written by a thread while the caller goes on,
    writing to the journal if it likes: the backup copies inside a read transaction opened
    here, and in WAL mode a read transaction keeps its snapshot whatever is committed after it
    (SQLite's backup uses the source connection's open transaction). ``wait()`` returns the
    file once written or raises JournalError; ``close()`` (always, when done) waits without
    raising and gives the connection back.

    The fast way: the WAL is checkpointed into the main file and truncated first; a read
    transaction begun while the WAL is empty reads the main file alone, and SQLite writes
    nothing into the main file while such a reader holds its snapshot (a checkpoint needs
    that reader's lock to copy pages back; later commits stay in the WAL). So the main file's
    bytes, copied as they are, are the snapshot: encrypted as the journal is, without
    decrypting and re-encrypting every page. When the WAL cannot be emptied (another reader
    or writer is at it), or is no longer empty once the snapshot is taken, the backup is
    SQLite's page-by-page copy as before. ``fast`` says which way this one takes."""

    def __init__(self, journal: Journal, dest: Path):
        self.dest = Path(dest)
        self._tmp = self.dest.with_name(f".{self.dest.name}.{os.getpid()}.part")
        self._passphrase = journal.secret  # the journal's buffer (store/secret.py), no str
        self._source_path = Path(journal.path)
        self._error: JournalError | None = None
        self.fast = False
        self._tmp.unlink(missing_ok=True)
        _create_private_file(self._tmp)
        self._raw = None
        try:
            self._raw = journal.engine.raw_connection()
            source = self._raw.driver_connection
            if source.in_transaction:
                source.rollback()
            self.fast = self._empty_the_wal(source)
            # The file's stamp with the WAL emptied, taken before the snapshot: a commit in
            # between is in the backup and not in the stamp (the next backup is not skipped).
            self.stamp = file_stamp(self._source_path)
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
            # Empty after the snapshot began: it was empty then (a WAL read by a snapshot
            # cannot be truncated under it), so the snapshot lies in the main file alone.
            self.fast = self.fast and self._wal_size() == 0
        except Exception as e:
            if self._raw is not None:
                self._raw.close()
                self._raw = None
            self._tmp.unlink(missing_ok=True)
            raise JournalError(f"Cannot start the backup {self.dest}: {e}") from e
        self._thread = threading.Thread(target=self._copy, name="kizuna-backup")
        self._thread.start()

    def _wal_size(self) -> int:
        try:
            return os.stat(f"{self._source_path}-wal").st_size
        except FileNotFoundError:
            return 0

    def _empty_the_wal(self, source) -> bool:
        """Checkpoint the WAL into the main file and truncate it, waiting briefly for other
        readers and writers: whether it is now empty."""
        (mode,) = source.execute("PRAGMA journal_mode").fetchone()
        if str(mode).lower() != "wal":
            return False
        if self._wal_size() == 0:
            return True  # (a checkpoint would change the file's stamp for nothing)
        (wait_ms,) = source.execute("PRAGMA busy_timeout").fetchone()
        source.execute(f"PRAGMA busy_timeout = {min(int(wait_ms), CHECKPOINT_WAIT_MS)}")
        try:
            busy, _log, _done = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except Exception:  # noqa: BLE001 - busy or locked: the page-by-page way
            return False
        finally:
            source.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        return not busy and self._wal_size() == 0

    def _copy(self) -> None:
        try:
            target = connect(self._tmp, self._passphrase)
            try:
                if self.fast:
                    # The file is read by SQLite only at the statement below, after the copy.
                    _copy_bytes(self._source_path, self._tmp)
                else:
                    self._raw.driver_connection.backup(target)  # one step: one snapshot
                # The copy stands alone (no -wal, -shm): it opens on read-only media too.
                target.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                target.close()
            os.replace(self._tmp, self.dest)
        except Exception as e:  # noqa: BLE001 - reported by wait()
            self._tmp.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{self._tmp}{suffix}").unlink(missing_ok=True)
            typed = faults.classify(e, self.dest, "write the backup")
            self._error = typed or JournalError(f"Cannot write the backup {self.dest}: {e}")

    @property
    def finished(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> Path:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.dest

    def close(self) -> None:
        if self._raw is None:
            return
        self._thread.join()
        try:
            self._raw.driver_connection.rollback()  # ends the read transaction
        finally:
            self._raw.close()
            self._raw = None


def backup_to(journal: Journal, dest: Path) -> Path:
    """Write a consistent copy of the open journal to ``dest`` (encrypted with the same
    passphrase when the journal is encrypted), readable by the owner only."""
    return backup_stamped(journal, dest)[0]


def backup_stamped(journal: Journal, dest: Path) -> tuple[Path, list[int]]:
    """:func:`backup_to`, and the journal's :func:`file_stamp` as the copy began (after its
    checkpoint): equal to a later stamp when nothing was written since."""
    pending = SnapshotBackup(journal, dest)
    try:
        return pending.wait(), pending.stamp
    finally:
        pending.close()


def checkpoint_and_close(path: Path, passphrase: str | None) -> None:
    """Fold the WAL into the main file and remove it, so the file stands alone."""
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def replace_file(path: Path, new_file: Path) -> None:
    """Make ``new_file`` the journal at ``path`` (nothing may have the journal open)."""
    if path.exists():
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(new_file, path)


def export_converted(path: Path, dest: Path, passphrase_in: str | None,
                     passphrase_out: str | None) -> None:
    """Copy the journal at ``path`` to ``dest`` with SQLCipher's export: plain to encrypted,
    encrypted to plain, or to a new passphrase. The journal must be closed."""
    import sqlcipher3

    checkpoint_and_close(path, passphrase_in)
    dest.unlink(missing_ok=True)
    _create_private_file(dest)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase_in:
            conn.execute(f"PRAGMA key = {_quote(passphrase_in)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        key = _quote(passphrase_out or "")
        conn.execute(f"ATTACH DATABASE {_quote(str(dest))} AS converted KEY {key}")
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute("DETACH DATABASE converted")
    except Exception as e:
        dest.unlink(missing_ok=True)
        raise JournalError(f"Cannot convert {path}: {e}") from e
    finally:
        conn.close()
