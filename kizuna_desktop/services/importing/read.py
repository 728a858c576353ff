"""Reading a contacts file: its kind from its name and first bytes, then its records."""

from __future__ import annotations

from pathlib import Path

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats import table, vcard
from kizuna_desktop.formats.records import Person, Problem
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.i18n import error as _err

FORMATS = ("vcard", "csv", "linkedin", "cards", "archive")
FILE_LIMIT = 200 * 1024 * 1024


def detect_format(path: Path, data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if path.suffix.lower() in (".vcf", ".vcard") or head[:11].upper() == b"BEGIN:VCARD":
        return "vcard"
    if data[:4] == b"PK\x03\x04":
        return "archive"
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return "csv"
    raise _err(KizunaError, QT_TRANSLATE_NOOP(
        "errors", "{name}: cannot tell what kind of file this is; give --format vcard, csv, "
        "linkedin, cards or archive."), name=path.name)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (its first ``limit`` only, when given), with a clear message for a
    file that cannot be read or is too large to import."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > FILE_LIMIT:
            raise _err(KizunaError, QT_TRANSLATE_NOOP(
                "errors", "{name} is {size} MB; files over {limit} MB are not imported."),
                name=path.name, size=size // 2**20, limit=FILE_LIMIT // 2**20)
        with open(path, "rb") as f:
            return f.read(-1 if limit is None else limit)
    except OSError as e:
        raise _err(KizunaError,
                   QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}."), path=path,
                   reason=e.strerror) from e


def read_file(path: Path, fmt: str | None = None) -> tuple[str, list[Person], list[Problem]]:
    """(the format, the records, the problems the reader found) of a contacts file."""
    path = Path(path)
    data = read_bytes(path)
    fmt = fmt or detect_format(path, data)
    if fmt == "vcard":
        people, problems = vcard.read_vcards(data, path.name)
    elif fmt in ("csv", "linkedin", "cards"):
        t = table.read_table(data, path.name)
        preset = None if fmt == "csv" else fmt
        people, problems = table.to_people(
            t, table.guess_mapping(t.headers, preset or table.guess_preset(t.headers)))
    elif fmt == "archive":  # a zip that is_archive did not take: not one of ours
        raise _err(KizunaError, QT_TRANSLATE_NOOP(
            "errors", "{name} is a zip file but not a Kizuna archive (it holds no journal and "
            "manifest.json as Kizuna writes them); nothing was imported."), name=path.name)
    else:
        raise _err(KizunaError, QT_TRANSLATE_NOOP("errors", "{format} is not a contacts "
                                                  "format."), format=fmt)
    return fmt, people, problems
