"""The window in Japanese (issue 22): started under LANG=ja_JP.UTF-8 it shows Japanese menus
and Qt's own Japanese buttons; Preferences and About as the user sees them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from kizuna_desktop import i18n, settings
from kizuna_desktop.services import clock
from kizuna_desktop.ui.about_dialog import AboutDialog
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.preferences_dialog import PreferencesDialog


@pytest.fixture
def japanese(qapp, monkeypatch):
    """The app as started under a Japanese locale: i18n.install reads the environment."""
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    yield qapp
    i18n.install(qapp, "en")


def menu_titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_the_window_under_a_japanese_locale_has_japanese_menus(qtbot, japanese, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    titles = menu_titles(w)
    assert "ファイル(&F)" in titles and "編集(&E)" in titles, titles
    assert "ヘルプ(&H)" in titles
    assert not any(t in titles for t in ("&File", "&Edit", "&Help"))


def test_qt_s_own_buttons_are_japanese(qtbot, japanese):
    """qtbase_ja.qm: the standard buttons of every message box and dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    texts = {b.text() for b in buttons.buttons()}
    assert "キャンセル" in texts and "保存" in texts, texts
    seen = {}

    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["buttons"] = [b.text() for b in box.buttons()]
            box.reject()

    QTimer.singleShot(100, look)
    QMessageBox.question(None, "Kizuna", "?", QMessageBox.StandardButton.Yes
                         | QMessageBox.StandardButton.No)
    assert set(seen["buttons"]) == {"はい(&Y)", "いいえ(&N)"}, seen


def test_preferences_are_saved_for_window_and_cli_and_the_zone_in_the_journal(qtbot, journal):
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    assert "next start" in d.language_note.text()
    d.language.setCurrentIndex(d.language.findData("ja"))
    d.paper.setCurrentIndex(d.paper.findData("letter"))
    d.card_size.setCurrentIndex(d.card_size.findData("us"))
    d.cadence.setValue(60)
    d.backup_keep.setValue(4)
    d.briefings_dir.edit.setText("/tmp/briefings")
    d.zone.setCurrentText("Europe/Berlin")
    d.save()
    assert d.result() == d.DialogCode.Accepted
    prefs = settings.preferences()
    assert (prefs["language"], prefs["paper"], prefs["card_size"], prefs["cadence_days"],
            prefs["backup_keep"], prefs["briefings_dir"]) == \
        ("ja", "letter", "us", 60, 4, "/tmp/briefings")
    assert clock.home_zone(journal) == "Europe/Berlin"
    again = PreferencesDialog(journal)  # shows what was saved
    qtbot.addWidget(again)
    assert again.language.currentData() == "ja" and again.cadence.value() == 60
    assert again.zone.currentText() == "Europe/Berlin"


def test_a_zone_that_is_none_is_named_and_nothing_is_saved(qtbot, journal):
    before = clock.home_zone(journal)
    d = PreferencesDialog(journal)
    qtbot.addWidget(d)
    d.paper.setCurrentIndex(d.paper.findData("letter"))
    d.zone.setCurrentText("Mars/Olympus")
    d.save()
    assert d.result() != d.DialogCode.Accepted
    assert d.error.isVisibleTo(d) and "Mars/Olympus" in d.error.text()
    assert settings.preferences()["paper"] == "a4"
    assert clock.home_zone(journal) == before


def test_about_names_licences_and_where_things_are(qtbot, journal):
    from kizuna_desktop import log

    d = AboutDialog(journal.path)
    qtbot.addWidget(d)
    text = d.text.toPlainText()
    for needed in ("IPA Font License", "PySide6-Essentials", "LGPL", "reportlab", "SQLAlchemy",
                   str(journal.path), str(log.log_file()), str(settings.settings_file())):
        assert needed in text, needed


def test_a_dialog_in_japanese(qtbot, japanese, journal):
    from kizuna_desktop.ui.meishi_dialog import MeishiDialog

    d = MeishiDialog(journal)
    qtbot.addWidget(d)
    assert d.windowTitle().startswith("名刺")
    p = PreferencesDialog(journal)
    qtbot.addWidget(p)
    assert p.windowTitle() == "環境設定"
    assert "次回起動時" in p.language_note.text()


def test_the_briefing_dialog_writes_in_the_interfaces_language_by_default(qtbot, japanese,
                                                                         tmp_path):
    from kizuna_desktop.ui.briefing_dialog import BriefingDialog
    from kizuna_desktop.ui.briefing_dialog import settings as remembered

    remembered().remove("briefing")  # no paper used before: Preferences' is the default
    settings.save_preferences({"briefings_dir": str(tmp_path), "paper": "letter"})
    d = BriefingDialog([(1, "山田 太郎")])
    qtbot.addWidget(d)
    assert d.language.currentData() == "ja"
    assert d.paper.currentData() == "letter"  # Preferences' paper
    assert Path(d.path.text()).parent == tmp_path  # Preferences' folder
    d._accept()
    assert d.request().language == "ja"
    i18n.use("en")
    d = BriefingDialog([(1, "Emily Smith")])
    qtbot.addWidget(d)
    assert d.language.currentData() == "en"


def test_the_meishi_editor_starts_with_preferences_card_size_paper_and_folder(qtbot, journal,
                                                                             tmp_path):
    from kizuna_desktop.ui.meishi_dialog import MeishiDialog

    settings.save_preferences({"card_size": "eu", "paper": "letter",
                               "proofs_dir": str(tmp_path)})
    d = MeishiDialog(journal)
    qtbot.addWidget(d)
    assert d.size.currentData() == "eu" and d.paper.currentData() == "letter"
    assert d.options().size == "eu"
    assert d.proofs_dir == tmp_path


def test_edit_preferences_in_the_window_and_one_latin_order(qtbot, demo_journal):
    from PySide6.QtGui import QKeySequence

    from kizuna_desktop.ui import preferences_dialog

    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    action = w.preferences_action  # installed by the window's hook
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action in preferences_dialog._menu_holding(w, w.undo_action).actions()
    action.trigger()
    dialog = qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(),
                                                PreferencesDialog)) or \
        QApplication.activeModalWidget()
    assert dialog.latin_first.isChecked() == w.latin_first_action.isChecked()
    dialog.latin_first.setChecked(not w.latin_first_action.isChecked())
    dialog.save()
    assert w.latin_first_action.isChecked() == settings.preference("latin_first") is True
    w.latin_first_action.trigger()  # the View menu's toggle is the same preference
    assert settings.preference("latin_first") is False


def test_help_about_opens_the_about_dialog(qtbot, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    assert w.preferences_action.shortcut().toString() == "Ctrl+,"  # the window's own hook
    w.about_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    assert str(demo_journal.path) in dialog.text.toPlainText()
    dialog.reject()


def test_follow_up_dates_read_the_japanese_way(qtbot, japanese, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    w.follow_ups.reload()
    texts = [i.text(0) for i in w.follow_ups.items()]
    dated = [t for t in texts if re.search(r"\d+月\d+日\([月火水木金土日]\)", t)]
    assert dated, texts
    assert not [t for t in texts if re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d ", t)]


def test_the_timeline_reads_the_japanese_way(qtbot, japanese, demo_journal):
    from kizuna_desktop.services import search

    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    w.contacts.select(search.resolve(demo_journal, "yamada taro").id)
    qtbot.waitUntil(lambda: w.timeline.tree.topLevelItemCount() > 0, timeout=10_000)
    texts = []
    for n in range(w.timeline.tree.topLevelItemCount()):
        month = w.timeline.tree.topLevelItem(n)
        texts += [month.child(k).text(0) for k in range(month.childCount())]
    assert any(re.match(r"\d+月\d+日 \d\d:\d\d", t) and "面談" in t for t in texts), texts[:5]
    assert not any(re.match(r"\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ", t)
                   for t in texts)


def test_a_new_contact_starts_with_preferences_cadence(qtbot, journal):
    from kizuna_desktop.ui.contact_editor import ContactEditor

    settings.save_preferences({"cadence_days": 30})
    editor = ContactEditor(journal, lambda *_a: None)
    qtbot.addWidget(editor)
    assert editor.cadence.value() == 30


def test_the_card_says_how_to_address_the_contact_and_their_affiliation(qtbot, japanese,
                                                                       demo_journal):
    """Review ja4 D3: the card said 宛名 (an envelope's addressee) for the form of address,
    with a Latin middle dot, and 役職 for the whole affiliation."""
    from kizuna_desktop.services import search

    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    w.contacts.select(search.resolve(demo_journal, "yamada taro").id)
    qtbot.waitUntil(lambda: "address" in w.card.lines, timeout=10_000)
    line = w.card.lines["address"].text()
    assert line.startswith("呼び方: 山田様・"), line
    assert "宛名" not in line and "·" not in line, line
    labels = [lab.text() for lab in w.card.findChildren(QLabel)]
    assert "所属" in labels and "役職" not in labels, labels
