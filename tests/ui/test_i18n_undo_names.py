"""An undo step's name (Edit > Undo …, the status line's Undone: …) in the interface's
language: the names written as f-strings in ui/*commands*.py are filed in the catalogue by
i18n_marks (context "undo") and shown translated, the filled-in word too."""

from __future__ import annotations

from kizuna_desktop import i18n
from kizuna_desktop.ui.commands import Command


def test_undo_names_are_japanese_in_a_japanese_interface(journal):
    i18n.use("ja")
    try:
        assert Command("Log nomikai", journal, lambda *_: None).text() == "飲み会の記録"
        assert Command("New contact 山田", journal, lambda *_: None).text() == "新しい連絡先 山田"
        assert Command("Delete interaction", journal, lambda *_: None).text() == "やり取りの削除"
    finally:
        i18n.use("en")
    assert Command("Log nomikai", journal, lambda *_: None).text() == "Log nomikai"
