"""Errors every layer shares. Each carries a message fit to show a user as it is."""

from __future__ import annotations


class KizunaError(Exception):
    """Base class: the message is one clear sentence for the user."""


class JournalError(KizunaError):
    """The journal file cannot be opened or used (missing, corrupt, not a journal, too new)."""


class NotFoundError(KizunaError):
    """A record asked for by id does not exist (any more)."""


class ValidationError(KizunaError):
    """Input that cannot be saved. ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})
