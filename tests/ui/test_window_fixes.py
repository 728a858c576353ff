"""Fix round of the window (issue 18): each test fails without its fix. Real journals, the
real window, real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kizuna_desktop.services import search
from kizuna_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(active_window):
    return active_window


@pytest.mark.parametrize("kind", ["ledger", "introduction"])
def test_undoing_a_gift_or_introduction_delete_keeps_the_contact_shown(qtbot, window, kind):
    w = window
    w.contacts.search.setFocus()
    qtbot.keyClicks(w.contacts.search, "yamada")
    w.contacts.apply_filter_now()
    yamada = search.resolve(w.journal, "yamada taro").id
    w.contacts.select(yamada)
    qtbot.waitUntil(lambda: w.timeline.contact_id == yamada)
    items = w.timeline.record_items(kind)
    assert items, kind
    w.timeline.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.timeline.tree)
    w.timeline.tree.setCurrentItem(items[0])
    qtbot.keyClick(w.timeline.tree, Qt.Key.Key_Delete)
    assert len(w.timeline.record_items(kind)) == len(items) - 1
    assert w.timeline.contact_id == yamada
    # Ctrl+Z by key: Ctrl is held while the undo selects the contact again
    qtbot.keyClick(w.timeline.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.contacts.selected_ids() == [yamada]
    assert w.timeline.contact_id == yamada
    assert w.card.contact_id == yamada
    assert len(w.timeline.record_items(kind)) == len(items)
    assert w.statusBar().currentMessage().startswith("Undone: Delete")  # says what was undone


def test_tab_leaves_the_notes_of_log_interaction_and_the_contact_editor(qtbot, demo_journal):
    from kizuna_desktop.ui.contact_editor import ContactEditor
    from kizuna_desktop.ui.quick_log import QuickLogDialog

    yamada = search.resolve(demo_journal, "yamada taro").id
    log = QuickLogDialog(demo_journal, lambda data: None, [(yamada, "山田 太郎")])
    editor = ContactEditor(demo_journal, lambda *_a: None)
    for dialog in (log, editor):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        notes = dialog.notes
        notes.setFocus()
        qtbot.waitUntil(lambda notes=notes: QApplication.focusWidget() is notes)
        qtbot.keyClicks(notes, "met at the fair")
        qtbot.keyClick(notes, Qt.Key.Key_Tab)
        assert notes.toPlainText() == "met at the fair"  # no tab character typed
        assert QApplication.focusWidget() is not notes  # and the focus moved on
        notes.clear()  # nothing typed left to ask about when the dialog closes


def test_the_recent_list_survives_restarts_with_one_journal(qtbot, tmp_path):
    """A list of one read back from QSettings was a str split into letters; the list is kept
    in settings.json as a list of paths now."""
    from kizuna_desktop import settings
    from kizuna_desktop.store import Journal

    paths = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.kizuna"
        for _start in range(2):  # the same journal opened at two starts
            j = Journal.open(path)
            w = MainWindow(j)
            qtbot.addWidget(w)
            w.journal_ctl._remember_journal(j.path)
            w.close()
            j.close()
        paths.append(str(path.resolve()))
        w.journal_ctl.fill_recent()
        shown = [a.text() for a in w.recent_menu.actions()]
        assert shown == list(reversed(paths)), shown  # whole paths, none lost, no letters
    assert settings.recent_journals() == [paths[1], paths[0]]


def test_the_recent_list_reads_a_single_string_as_one_journal(monkeypatch):
    from kizuna_desktop import settings

    settings.put("recent", "/tmp/one.kizuna")
    assert settings.recent_journals() == ["/tmp/one.kizuna"]
    settings.put("recent", ["/a.kizuna", 3, "", "/a.kizuna", "/b.kizuna"])
    assert settings.recent_journals() == ["/a.kizuna", "/b.kizuna"]


def test_latin_first_is_a_preference_not_a_qsettings_value(qtbot, window):
    from kizuna_desktop import settings
    from kizuna_desktop.ui.journal_actions import settings as qsettings

    window.latin_first_action.trigger()
    window.save_layout()
    assert settings.preference("latin_first") is window.latin_first_action.isChecked()
    assert qsettings().value("view/latin_first") is None or \
        "view/latin_first" not in qsettings().allKeys()


def test_no_two_actions_of_the_main_window_share_a_shortcut(window):
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            if not text:
                continue
            if text in seen and seen[text] != action.text():
                clashes.append((text, seen[text], action.text()))
            seen.setdefault(text, action.text())
    assert clashes == []
    assert "Ctrl+Shift+M" in seen and "Meishi" in seen["Ctrl+Shift+M"]


def test_moving_through_the_contacts_opens_no_stray_window(qtbot, window):
    """The health section's hint label was shown before it had a parent: a top-level window
    that took the focus away from the list."""
    w = window
    w.contacts.view.setFocus()
    w.contacts.view.selectRow(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.contacts.view)
    for _ in range(min(12, w.contacts.model.rowCount() - 1)):
        qtbot.keyClick(w.contacts.view, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is w.contacts.view
    strays = [t for t in QApplication.topLevelWidgets()
              if t.isVisible() and t is not w and t.window() is t
              and t.metaObject().className() == "QLabel"]
    assert strays == []


@pytest.mark.parametrize("button, expected", [("New journal", "new"), ("Open the demo", "demo"),
                                              ("Quit", None)])
def test_a_missing_last_journal_is_named_and_nothing_is_made_unasked(qtbot, tmp_path, button,
                                                                      expected):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from kizuna_desktop import app, paths, settings

    gone = tmp_path / "moved" / "mine.kizuna"
    settings.put("last_journal", str(gone))
    assert settings.missing_last_journal() == gone
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(20, answer)
    chosen = app.choose_instead_of_missing(gone)
    assert str(gone) in seen[0] and "not found" in seen[0]
    if expected is None:
        assert chosen is None
    elif expected == "new":
        assert chosen == (paths.data_dir() / paths.JOURNAL_FILE, False, True)
    else:
        assert chosen == (paths.demo_path(), True, True)
    assert not (paths.data_dir() / paths.JOURNAL_FILE).exists()  # only made once opened
    assert settings.get("last_journal") == str(gone)  # nothing forgotten unasked


def test_the_briefing_dialog_starts_in_the_journal_home_zone(qtbot, window):
    from kizuna_desktop.services import clock

    w = window
    clock.set_home_zone(w.journal, "Asia/Tokyo")
    w.contacts.select(search.resolve(w.journal, "yamada taro").id)
    dialog = w.brief_selected()
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "Asia/Tokyo"  # not the laptop's (UTC here)
    dialog.reject()


def test_an_empty_journal_s_first_steps_are_reached_by_tab_and_ctrl_1(qtbot, journal):
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    buttons = w.contacts.empty_buttons
    qtbot.waitUntil(lambda: buttons["add"].isVisible())
    w.contacts.archived.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.contacts.archived)
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [buttons["add"], buttons["import"], buttons["demo"]]
    w.timeline.tree.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is buttons["add"]


def test_log_people_picker_enter_picks_the_best_match_and_save_names_text_left(qtbot,
                                                                               demo_journal):
    from kizuna_desktop.ui.quick_log import QuickLogDialog

    saved = []
    log = QuickLogDialog(demo_journal, saved.append, [])
    qtbot.addWidget(log)
    log.show()
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow, timeout=5000)
    log.summary.setText("Lunch")
    log.add_person.setFocus()
    qtbot.keyClicks(log.add_person, "sato")
    assert len(log._matches) > 1  # several people match
    qtbot.keyClick(log.add_person, Qt.Key.Key_Return)
    assert len(log.participant_ids()) == 1  # the first match, not nothing
    qtbot.waitUntil(lambda: log.add_person.text() == "")
    qtbot.keyClicks(log.add_person, "zzqq nobody")
    qtbot.keyClick(log.add_person, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved == []  # refused, with the text named
    assert "zzqq nobody" in log.error.text()
    log.add_person.clear()
    qtbot.keyClick(log.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(saved) == 1


def test_an_entry_taller_than_the_timeline_is_read_with_pagedown_and_down(qtbot):
    from PySide6.QtWidgets import QTreeWidgetItem

    from kizuna_desktop.ui.timeline_delegate import WrappingTree

    tree = WrappingTree()
    qtbot.addWidget(tree)
    tree.resize(300, 200)
    tree.setHeaderHidden(True)
    long = QTreeWidgetItem(["\n".join(f"line {i} of a long note" for i in range(80))])
    tree.addTopLevelItem(long)
    tree.addTopLevelItem(QTreeWidgetItem(["the next entry"]))
    tree.show()
    tree.setCurrentItem(long)
    bar = tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.keyClick(tree, Qt.Key.Key_PageDown)
    after_page = bar.value()
    assert after_page > 0 and tree.currentItem() is long  # scrolled, still on the note
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert 0 < bar.value() - after_page < tree.viewport().height()  # a few lines, not a jump
    assert tree.currentItem() is long
    qtbot.keyClick(tree, Qt.Key.Key_PageUp)
    qtbot.keyClick(tree, Qt.Key.Key_PageUp)
    assert bar.value() < after_page
