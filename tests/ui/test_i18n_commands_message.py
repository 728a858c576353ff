"""A change the journal cannot take now (busy, full, read-only) is said in the interface's
language (issue 22, review ja4 item 2): ui.commands.push handed the error's English str() to
the dialog; the meeting review and the Meetings view's PDF error did the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from kizuna_desktop import i18n
from kizuna_desktop.errors import ValidationError, WrongPassphraseError
from kizuna_desktop.ui import commands


class _Refused:
    def do(self):
        raise WrongPassphraseError(path=Path("/tmp/j.kizuna"))  # a JournalError with a template


def test_push_says_the_journal_error_in_japanese(qapp):
    i18n.use("ja")
    try:
        with pytest.raises(ValidationError) as got:
            commands.push(QUndoStack(), _Refused())
    finally:
        i18n.use("en")
    said = got.value.errors["journal"]
    assert "パスフレーズ" in said and "Wrong passphrase" not in said, said
