"""Errors every layer shares. Each carries a message fit to show a user as it is; code decides
by the type, never by the words.

The journal's faults are named truly, each its own type: a damaged file is the only one for
which restoring a backup is offered; a full disk, a folder that cannot be written, a folder
that is gone, a journal busy in another process or held by a window are other troubles with
other remedies.

Translation (issue 22.1, README "Languages"): an error's English sentence is also its key in
the one catalogue (resources/translations/kizuna_ja.ts, context "errors"). A class with a
``template`` is raised with its parameters (``WrongPassphraseError(path=p)``) and shown in the
interface's language by ``localized()`` (or ``i18n.message(e)``), in the window and the CLI
alike; ``str(e)`` stays English (the log, tests). An error raised with a finished sentence of
its own is looked up as it is and shown in English when the catalogue lacks it."""

from __future__ import annotations

from pathlib import Path

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP


class KizunaError(Exception):
    """Base class: the message is one clear sentence for the user.

    ``template`` (a subclass's, marked with QT_TRANSLATE_NOOP("errors", …)) with ``{name}``
    placeholders is the sentence when the error is raised with keyword parameters only."""

    template: str = ""

    def __init__(self, message: str | None = None, *args, **params):
        self.params = {k: str(v) for k, v in params.items()}
        self._from_template = message is None and bool(self.template)
        if message is None:
            message = self.template.format(**self.params) if self.template else ""
        super().__init__(message, *args)

    def localized(self) -> str:
        """The sentence in the interface's language."""
        from kizuna_desktop.i18n import translate, translate_message

        if self._from_template:  # a value such as the system's reason is translated too
            return translate("errors", self.template).format(
                **{k: translate("errors", v) for k, v in self.params.items()})
        return translate_message(str(self))


class JournalError(KizunaError):
    """The journal file cannot be opened or used (missing, corrupt, not a journal, too new)."""


class JournalDamagedError(JournalError):
    """SQLite reports the file as damaged (SQLITE_CORRUPT) or as not a database
    (SQLITE_NOTADB). ``backup`` is the newest backup that passed its check, when known."""

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None,
                 backup_created: str | None = None):
        super().__init__(message)
        self.path, self.backup, self.backup_created = path, backup, backup_created


class ForeignSchemaError(JournalError):
    """The file holds tables, triggers or views the migrations do not make (a hostile or
    altered journal): it is not opened for use. ``found`` lists them;
    ``kizuna check --repair`` removes foreign code after a backup."""

    def __init__(self, message: str, found: list | None = None):
        super().__init__(message)
        self.found = list(found or [])


class DiskFullError(JournalError):
    """The disk (or the journal's size limit) is full: nothing was written."""


class NotWritableError(JournalError):
    """The journal's file or folder cannot be written (read-only media, permissions)."""


class FolderMissingError(JournalError):
    """The journal's folder is gone (a removed stick, a moved or deleted folder)."""


class JournalBusyError(JournalError):
    """Another process holds the journal's write lock for longer than we wait."""


class JournalLockedError(JournalError):
    """A window (or a whole-file operation) has the journal open: replacing or rewriting the
    whole file now would pull it from under that process. ``holder`` names it."""

    def __init__(self, message: str, holder: str = ""):
        super().__init__(message)
        self.holder = holder


class JournalReplacedError(JournalError):
    """The file this journal was opened from was replaced, moved or deleted since: writing on
    would write into a file nobody will see again."""


class JournalClosedError(JournalError):
    """The journal was closed; it does not open again by itself."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open this encrypted journal. Code decides by this class (or
    services/opening.Status.WRONG_PASSPHRASE), never by the message's words."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Wrong passphrase for {path} (or it is not a Kizuna journal).")


class NotAJournalError(JournalError):
    """The file is not a Kizuna journal and cannot be an encrypted one either (a text file, a
    PDF, a CSV, an archive, an image): nothing is asked for it and nothing is written to it.
    ``kind`` is what it looks like (FILE_KINDS)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "{path} is not a Kizuna journal: it is {kind}. Nothing in it was changed.")


class EmptyFileError(NotAJournalError):
    """An existing file of no bytes: not a journal (a new journal is made at a new name)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "{path} is an empty file, not a Kizuna journal. Nothing in it was changed; "
        "to start a new journal, choose a new file name.")



class DamagedOrNotAJournalError(NotAJournalError):
    """Whole pages, as an SQLite file is made of, that do not begin as one does and are of no
    other known kind (a journal whose first page was zeroed or overwritten, or a file of
    another kind): never named "another kind of file". Opening treats it as a damaged
    journal when the file has backups (services/opening.py)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "{path} is damaged or not a Kizuna journal: it does not begin as a journal "
        "does. Nothing in it was changed.")

# what a file that is not a journal looks like (NotAJournalError's kind)
FILE_KINDS = {"text": QT_TRANSLATE_NOOP("errors", "a text file"),
              "pdf": QT_TRANSLATE_NOOP("errors", "a PDF document"),
              "zip": QT_TRANSLATE_NOOP("errors", "a ZIP archive or an office document"),
              "image": QT_TRANSLATE_NOOP("errors", "an image"),
              "other": QT_TRANSLATE_NOOP("errors", "another kind of file")}


class ConflictError(KizunaError):
    """Undo or redo refused: the rows it would put back were changed since (by another
    window, a script, an import), and writing them back would undo that change."""


class NotFoundError(KizunaError):
    """A record asked for by id does not exist (any more)."""


# the fields a ValidationError names most, as the interface names them
FIELDS = {"zone": QT_TRANSLATE_NOOP("fields", "zone"),
          "organization": QT_TRANSLATE_NOOP("fields", "organization"),
          "photo": QT_TRANSLATE_NOOP("fields", "photo"),
          "name": QT_TRANSLATE_NOOP("fields", "name"),
          "notes": QT_TRANSLATE_NOOP("fields", "notes"),
          "contact": QT_TRANSLATE_NOOP("fields", "contact"),
          "start_date": QT_TRANSLATE_NOOP("fields", "start date"),
          "value": QT_TRANSLATE_NOOP("fields", "value"),
          "journal": QT_TRANSLATE_NOOP("fields", "journal"),
          "day": QT_TRANSLATE_NOOP("fields", "day"), "logo": QT_TRANSLATE_NOOP("fields", "logo"),
          "methods": QT_TRANSLATE_NOOP("fields", "contact detail"),
          "addresses": QT_TRANSLATE_NOOP("fields", "address")}


def field_name(field: str) -> str:
    """A ValidationError's field as a problem line names it: 'methods[0]' as it is in English
    (scripts and the log read it so), 'contact detail' / '連絡先の項目' in Japanese."""
    from kizuna_desktop.i18n import current, translate

    base = field.split("[")[0]
    if current() != "ja" or base not in FIELDS:
        return field
    return translate("fields", FIELDS[base])


class ValidationError(KizunaError):
    """Input that cannot be saved. ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))

    def localized(self) -> str:
        """Each field's message in the interface's language, the usual fields named so too."""
        from kizuna_desktop.i18n import translate, translate_message

        return "; ".join(f"{translate('fields', FIELDS[f]) if f in FIELDS else f}: "
                         f"{translate_message(msg)}" for f, msg in self.errors.items())

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})
