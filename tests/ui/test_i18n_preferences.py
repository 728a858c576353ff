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
