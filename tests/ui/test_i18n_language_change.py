"""Preferences > Language (issue 22.3, last round): the running window is not retranslated, so
a new language applies at the next start — the dialog says so in both languages (the one who
picks the other language may read only that one), the note stands out while the choice would
change the language, and the next start (i18n.install) speaks the chosen language."""

from __future__ import annotations

from kizuna_desktop import i18n, settings
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.preferences_dialog import PreferencesDialog


def test_the_note_says_next_start_in_both_languages_and_stands_out_when_it_matters(
        qtbot, journal):
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    d.show()
    note = d.language_note
    assert "next start" in note.text() and "次回起動時" in note.text()
    assert note.isVisible() and not note.font().bold()
    d.language.setCurrentIndex(d.language.findData("ja"))
    assert note.font().bold()  # Japanese from the next start: said, and seen
    d.language.setCurrentIndex(d.language.findData("en"))
    assert not note.font().bold()  # English now and then: nothing changes


def test_a_new_language_applies_at_the_next_start_not_now(qtbot, qapp, journal, monkeypatch):
    monkeypatch.delenv("KIZUNA_LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.install(qapp) == "en"
    w = MainWindow(journal)
    qtbot.addWidget(w)
    d = PreferencesDialog(journal, w)
    d.language.setCurrentIndex(d.language.findData("ja"))
    d.save()
    assert settings.preferences()["language"] == "ja"
    assert i18n.current() == "en"  # this run keeps its language
    assert "File" in [a.text().replace("&", "") for a in w.menuBar().actions()]
    try:
        assert i18n.install(qapp) == "ja"  # what the next start does first
        again = MainWindow(journal)
        qtbot.addWidget(again)
        assert "ファイル(&F)" in [a.text() for a in again.menuBar().actions()]
    finally:
        i18n.install(qapp, "en")
