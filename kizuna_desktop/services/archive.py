"""The whole journal as one archive (a zip holding a consistent copy of the journal file and a
manifest), and a new journal made from one."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from kizuna_desktop import __version__
from kizuna_desktop.errors import ForeignSchemaError, JournalError
from kizuna_desktop.services.files import write_atomically
from kizuna_desktop.store import Journal, faults, lock
from kizuna_desktop.store.copying import backup_to, replace_file
from kizuna_desktop.store.db import HEAD_REVISION, _create_private_file
from kizuna_desktop.store.models import Contact, Interaction

MEMBER = "journal.kizuna"
MANIFEST = "manifest.json"
# What an archive may expand to: a journal of at most 4 GiB, and never more than the free
# space of the target's folder less a margin (a 204 KB zip expanded until the disk was full).
MAX_JOURNAL = 4 * 1024 ** 3
FREE_MARGIN = 256 * 1024 ** 2


def export_archive(journal: Journal, dest: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="kizuna-archive-") as tmp:
        copy = backup_to(journal, Path(tmp) / MEMBER)
        with journal.session() as s:
            counts = {"contacts": s.scalar(select(func.count()).select_from(Contact)),
                      "interactions": s.scalar(select(func.count()).select_from(Interaction))}
        manifest = {"app": "Kizuna Desktop", "version": __version__, "schema": HEAD_REVISION,
                    "created": datetime.now(UTC).isoformat(), "encrypted": journal.encrypted,
                    "counts": counts}
        zpath = Path(tmp) / "archive.zip"
        with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(manifest, indent=2))
            z.write(copy, MEMBER)
        return write_atomically(dest, zpath.read_bytes())


def read_manifest(archive: Path) -> dict:
    try:
        with zipfile.ZipFile(archive) as z:
            names = set(z.namelist())
            if not {MANIFEST, MEMBER} <= names:
                raise JournalError(f"{archive.name} is not a Kizuna archive (it lacks "
                                   f"{MANIFEST} or {MEMBER}).")
            return json.loads(z.read(MANIFEST))
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise JournalError(f"{archive.name} is not a readable Kizuna archive ({e}).") from e


def import_archive(archive: Path, target: Path, passphrase: str | None = None) -> dict:
    """Make a new journal at ``target`` from ``archive``. Refuses a target that holds data."""
    manifest = read_manifest(archive)
    target = Path(target).absolute()
    if target.exists() and target.stat().st_size:
        try:
            with Journal.open(target, create=False, passphrase=passphrase) as j, \
                    j.session() as s:
                has_data = s.scalar(select(func.count()).select_from(Contact))
        except JournalError:
            has_data = True
        if has_data:
            raise JournalError(f"{target} already has data; an archive is imported into a new "
                               "or empty journal (use --db to choose one).")
    with lock.JournalLock(target, "an archive import"):
        staging = target.with_name(f".{target.name}.{os.getpid()}.importing")
        staging.unlink(missing_ok=True)
        try:
            _create_private_file(staging)
            with zipfile.ZipFile(archive) as z:
                allowed = _room_for(z.getinfo(MEMBER).file_size, archive, target)
                with z.open(MEMBER) as src, staging.open("wb") as dst:
                    written = 0
                    while chunk := src.read(1 << 20):
                        written += len(chunk)
                        if written > allowed:  # the size in the zip's directory was false
                            raise JournalError(_too_large(archive, allowed))
                        dst.write(chunk)
            with Journal.open(staging, create=False, passphrase=passphrase) as j, \
                    j.session() as s:  # it opens (and is upgraded if older) before it replaces
                counts = {"contacts": s.scalar(select(func.count()).select_from(Contact)),
                          "interactions": s.scalar(select(func.count())
                                                   .select_from(Interaction))}
            replace_file(target, staging)
        except OSError as e:
            raise faults.from_errno(e.errno or 0, staging, "import the archive into") from e
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as e:
            raise JournalError(f"{archive.name} is not a readable Kizuna archive ({e}).") from e
        except ForeignSchemaError as e:  # named after the archive, not the staging file
            found = ", ".join(str(p) for p in (e.found or [])[:5]) or "objects not Kizuna's"
            raise ForeignSchemaError(
                f"{archive.name} holds a journal that is not as Kizuna makes it ({found}); "
                f"it was not imported and {target.name} is unchanged." if target.exists()
                else f"{archive.name} holds a journal that is not as Kizuna makes it "
                     f"({found}); it was not imported.", e.found) from e
        finally:
            staging.unlink(missing_ok=True)
    # The counts are the journal's own, never the manifest's word for them.
    return {**manifest, "manifest_counts": manifest.get("counts"), "counts": counts}


def _too_large(archive: Path, allowed: int) -> str:
    return (f"{archive.name} expands to more than {allowed / 1024 ** 2:,.0f} MB, more than a "
            "journal can be here (at most 4 GiB, and never more than the free space of its "
            "folder less 256 MB); nothing was imported.")


def _room_for(declared: int, archive: Path, target: Path) -> int:
    """How many bytes the journal in ``archive`` may expand to at ``target``; refuses at once
    when the size its zip declares is already more."""
    free = shutil.disk_usage(target.parent).free
    allowed = max(0, min(MAX_JOURNAL, free - FREE_MARGIN))
    if declared > allowed:
        if free - FREE_MARGIN < min(declared, MAX_JOURNAL):  # the disk, not the archive
            raise JournalError(
                f"Not enough free space in {target.parent} to import {archive.name}: its "
                f"journal is {declared / 1024 ** 2:,.1f} MB and {free / 1024 ** 2:,.0f} MB "
                f"are free (Kizuna keeps {FREE_MARGIN // 1024 ** 2} MB free); nothing was "
                "imported.")
        raise JournalError(_too_large(archive, allowed))
    return allowed


def is_archive(path: Path) -> bool:
    """Whether ``path`` is a Kizuna archive, by its content (whatever its name)."""
    try:
        with zipfile.ZipFile(path) as z:
            return {MANIFEST, MEMBER} <= set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        return False
