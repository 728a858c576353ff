"""Preferences' folders (issue 22 fix round): a relative backup (or briefing/proof) folder is
refused by name in the dialog and in the settings file's validation; the retention label says
which kinds it counts; a bad settings value is named in Japanese under a Japanese interface."""

from __future__ import annotations

import json

from kizuna_desktop import i18n, settings
from kizuna_desktop.ui.preferences_dialog import PreferencesDialog


def test_a_relative_backup_folder_is_refused_by_name_and_nothing_is_saved(qtbot, journal):
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    d.paper.setCurrentIndex(d.paper.findData("letter"))
    d.backup_dir.edit.setText("relative/backups")
    d.save()
    assert d.result() != d.DialogCode.Accepted
    assert d.error.isVisibleTo(d)
    assert "Backup folder" in d.error.text() and "relative/backups" in d.error.text()
    assert settings.preferences()["paper"] == "a4"  # nothing saved
    assert settings.preferences()["backup_dir"] == ""


def test_an_absolute_backup_folder_is_saved(qtbot, journal, tmp_path):
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    d.backup_dir.edit.setText(str(tmp_path / "bk"))
    d.save()
    assert d.result() == d.DialogCode.Accepted
    assert settings.preferences()["backup_dir"] == str(tmp_path / "bk")


def test_a_relative_folder_in_the_settings_file_costs_only_itself_and_is_named():
    settings.save({"backup_dir": "bk", "paper": "letter"})
    prefs = settings.preferences()
    assert prefs["backup_dir"] == "" and prefs["paper"] == "letter"
    problems = settings.preference_problems()
    assert len(problems) == 1 and "backup_dir" in problems[0] and "'bk'" in problems[0]
    assert json.loads(settings.settings_file().read_text())["backup_dir"] == "bk"
    i18n.use("ja")
    try:
        assert settings.preference_problems()[0].startswith("設定: backup_dir = 'bk' は")
    finally:
        i18n.use("en")


def test_the_retention_label_names_its_kinds(qtbot, journal):
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    form = d.backup_keep.parentWidget().layout()
    label = form.labelForField(d.backup_keep).text()
    assert "daily" in label and "weekly" in label and "monthly" in label


def test_the_era_switch_is_in_preferences(qtbot, journal):
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    assert not d.era.isChecked()
    d.era.setChecked(True)
    d.save()
    assert settings.preferences()["era"] is True


def test_japanese_preferences_say_what_the_latin_switch_does_and_the_note_comes_first(
        qtbot, journal, qapp, monkeypatch):
    """Review ja4 D2 and G: the Latin-order box said 名・姓の順 (it puts the Latin name first
    in the lists, the same words as View's menu); the language note led with English."""
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    try:
        d = PreferencesDialog(journal)
        qtbot.addWidget(d)
        assert d.latin_first.text() == "一覧でローマ字名を先に表示する（Taro YAMADA ／ 山田 太郎）"
        assert d.language_note.text().startswith("新しい言語は、"), d.language_note.text()
    finally:
        i18n.install(qapp, "en")
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    assert d.language_note.text().startswith("A new language is used")


def test_the_backup_folder_shows_its_whole_default_in_japanese(qtbot, qapp, journal,
                                                               monkeypatch):
    """The retention's long label sat beside its number and squeezed the folder's field to
    「アプ…」 (the final walk at 1366×768): labels go above their fields in that group."""
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    try:
        d = PreferencesDialog(journal)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        for field in (d.backup_dir, d.briefings_dir, d.proofs_dir):
            edit = field.edit
            hint = edit.placeholderText()
            assert hint and not hint.isascii()  # Japanese: アプリのデータフォルダー(backups)
            assert edit.fontMetrics().horizontalAdvance(hint) + 12 <= edit.width(), hint
        form = d.backup_keep.parentWidget().layout()
        assert "毎日" in form.labelForField(d.backup_keep).text()
    finally:
        i18n.install(qapp, "en")
