"""Panes in step (issue 18.5), the empty journal and the before-a-selection hints (18.7), the
change notifications by kind (the structure of issue 18) and the add_view hook. Real
journals in tmp_path, a real window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolBar

from kizuna_desktop.services import contacts, followups, search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui.main_window import MainWindow

from .helpers import commit_ime_text


def test_a_contact_created_under_a_hiding_search_is_shown_and_selected(qtbot, window):
    w = window
    commit_ime_text(w.contacts.search, "鈴木")
    w.contacts.apply_filter_now()
    editor = w.new_contact()
    commit_ime_text(editor.family_name, "森")
    commit_ime_text(editor.given_name, "花子")
    editor.save()
    made = w.current_contact_id()
    assert made is not None and search.by_ids(w.journal, [made])[0].written == "森 花子"
    assert w.contacts.search.text() == ""  # the search that hid her was cleared
    assert w.contacts.selected_ids() == [made]
    assert w.timeline.contact_id == made and w.card.contact_id == made
    assert "森 花子" in w.card.text()
    assert "cleared" in w.statusBar().currentMessage()


def test_a_follow_up_of_a_filtered_out_contact_shows_that_contact(qtbot, window):
    w = window
    commit_ime_text(w.contacts.search, "鈴木")
    w.contacts.apply_filter_now()
    suzuki = w.contacts.model.rows[0].id
    w.contacts.select(suzuki)
    other = next(i for i in w.follow_ups.items()
                 if i.data(0, 256) == "follow_up" and i.data(0, 258) != suzuki)
    w.follow_ups.tree.setCurrentItem(other)
    owner = other.data(0, 258)
    assert w.timeline.contact_id == owner  # not Suzuki's timeline left on screen
    assert w.card.contact_id == owner
    assert w.contacts.selected_ids() == []  # the list does not pretend it is Suzuki
    assert "not in the list" in w.statusBar().currentMessage()


def test_each_pane_refreshes_only_for_the_kinds_it_shows(qtbot, window):
    w = window
    yamada = search.resolve(w.journal, "yamada taro").id
    w.contacts.select(yamada)
    loads = {"contacts": 0, "timeline": 0, "follow_ups": 0}
    w.contacts.model.modelReset.connect(lambda: loads.__setitem__(
        "contacts", loads["contacts"] + 1))
    w.follow_ups.loaded.connect(lambda: loads.__setitem__(
        "follow_ups", loads["follow_ups"] + 1))
    original = w.timeline.reload

    def counted_reload():
        loads["timeline"] += 1
        original()
    w.timeline.reload = counted_reload
    w.new_follow_up_for(yamada)
    w.follow_up_dialog.title.setText("Send the catalogue")
    w.follow_up_dialog.save()
    assert loads == {"contacts": 0, "timeline": 0, "follow_ups": 1}
    assert any("Send the catalogue" in i.text(0) for i in w.follow_ups.items())
    w.notify(frozenset({cmd.LEDGER}), None)  # a gift: the timeline and the card
    assert loads == {"contacts": 0, "timeline": 1, "follow_ups": 1}
    w.notify(frozenset({cmd.CONTACTS}), None)  # a name: everyone who shows names
    assert loads["contacts"] == 1 and loads["follow_ups"] == 2
    assert w.contacts.selected_ids() == [yamada]


def test_an_empty_journal_offers_first_steps_and_the_timeline_says_what_to_do(qtbot,
                                                                             tmp_path):
    j = Journal.open(tmp_path / "Mine.kizuna", create=True)
    w = MainWindow(j)
    qtbot.addWidget(w)
    w.show()
    assert w.windowTitle() == "Mine — Kizuna Desktop"
    assert w.contacts.stack.currentIndex() == 1
    buttons = w.contacts.empty_buttons
    assert [b.text() for b in buttons.values()] == [
        "Add your first contact", "Import contacts", "Open the demo"]
    hint = w.timeline.tree.topLevelItem(0).text(0)
    assert "Select a contact" in hint
    buttons["add"].click()
    qtbot.waitUntil(lambda: w.editor is not None and w.editor.isVisible())
    commit_ime_text(w.editor.family_name, "森")
    w.editor.save()
    assert w.contacts.stack.currentIndex() == 0  # the list, with her selected
    assert len(w.contacts.selected_ids()) == 1
    assert w.open_demo()
    assert w.is_demo and w.contacts.model.total > 10
    assert "(demo)" in w.windowTitle()
    w.close()
    w.journal.close()


def test_the_permanent_status_line_survives_messages_and_plurals_read_right(qtbot,
                                                                            journal):
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    c = contacts.create(journal, contacts.ContactInput(family_name="森"))
    followups.create(journal, followups.FollowUpInput(
        contact_id=c.id, title="Call back", due_date=date(2020, 1, 1)))
    w.notify(cmd.ALL, None)
    assert "1 contact · 1 follow-up overdue" in w.status_line.text()
    w.statusBar().showMessage("Something else", 5000)
    assert w.status_line.isVisible() and "1 follow-up overdue" in w.status_line.text()
    said: list[str] = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.close()
    timer = QTimer()
    timer.timeout.connect(close_box)
    timer.start(20)
    blocker = journal.path.parent / "a-file"
    blocker.write_text("not a folder")
    w.export("vcard", blocker / "out.vcf")  # cannot be written: a file is in the way
    assert "Exporting" in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    timer.stop()
    assert "Exporting" not in w.statusBar().currentMessage()  # not left standing
    w.close()


def test_add_view_puts_a_view_in_a_dock_and_tells_it_of_changes(qtbot, window):
    w = window

    class Ahead(QLabel):
        seen: list[frozenset[str]] = []

        def data_changed(self, what):
            self.seen.append(what)

    view = Ahead("Meetings ahead")
    dock = w.add_view("Meetings ahead", view, shortcut="Ctrl+Shift+J")
    assert dock.widget() is view and not dock.isVisible()
    assert dock.toggleViewAction() in w.view_menu.actions()
    dock.toggleViewAction().trigger()
    assert dock.isVisible()
    w.notify(frozenset({cmd.INTERACTIONS}), None)
    assert view.seen == [frozenset({cmd.INTERACTIONS})]


def test_an_editor_save_that_changes_several_things_is_one_undo_step(qtbot, window):
    w = window
    suzuki = search.resolve(w.journal, "suzuki ichiro").id
    w.contacts.select(suzuki)
    before = contacts.get(w.journal, suzuki)
    steps = w.undo_stack.count()
    editor = w.edit_contact()
    editor.interests.setText("Kendo, jazz records")
    editor.archived.setChecked(True)  # a second command: the archive flag
    editor.save()
    after = contacts.get(w.journal, suzuki)
    assert after.interests == "Kendo, jazz records" and after.archived
    assert w.undo_stack.count() == steps + 1  # one step (a macro), not two
    w.undo_action.trigger()
    again = contacts.get(w.journal, suzuki)
    assert again.interests == before.interests and not again.archived
    w.contacts.select(suzuki)
    assert before.interests in w.card.text()


def test_undo_and_redo_buttons_keep_their_width_whatever_the_step(qtbot, window):
    w = window
    bar = next(b for b in w.findChildren(QToolBar)
               if b.objectName() == "main-toolbar")
    undo = bar.widgetForAction(w.undo_button_action)
    width = undo.width()
    yamada = search.resolve(w.journal, "yamada taro").id
    w.new_follow_up_for(yamada)
    w.follow_up_dialog.title.setText("A follow-up with a long title to make the step long")
    w.follow_up_dialog.save()
    assert w.undo_button_action.isEnabled()
    assert "follow-up" in undo.toolTip()  # the step's name is in the tooltip
    assert undo.width() == width and undo.text() == "Undo"


def test_a_rename_shows_in_the_card_and_the_timeline_title(qtbot, window):
    w = window
    suzuki = search.resolve(w.journal, "suzuki ichiro").id
    w.contacts.select(suzuki)
    editor = w.edit_contact()
    commit_ime_text(editor.given_name, "")
    editor.given_name.setText("一朗")
    editor.save()
    assert w.contacts.selected_ids() == [suzuki]
    assert "鈴木 一朗" in w.timeline.title.text()
    assert w.card.lines["name"].text() == "鈴木 一朗"
    w.undo_action.trigger()
    assert "鈴木 一郎" in w.timeline.title.text() and "鈴木 一郎" in w.card.text()
