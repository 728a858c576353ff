"""The window by keyboard alone (issue 18.2): real key events through QTest, focus checked
after each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop.services import contacts, search
from kizuna_desktop.store.models import MethodKind

from .helpers import commit_ime_text


@pytest.fixture
def window(active_window):
    return active_window


def focus() -> object:
    return QApplication.focusWidget()


def test_tab_leaves_the_table_for_the_timeline_and_shift_tab_comes_back(qtbot, window):
    w = window
    w.contacts.view.setFocus()
    w.contacts.view.selectRow(0)
    qtbot.waitUntil(lambda: focus() is w.contacts.view)
    qtbot.keyClick(w.contacts.view, Qt.Key.Key_Tab)  # not the next cell of the row
    assert focus() is w.card  # the card between the list and the timeline
    qtbot.keyClick(w.card, Qt.Key.Key_Tab)
    assert focus() is w.timeline.tree
    qtbot.keyClick(w.timeline.tree, Qt.Key.Key_Tab)
    assert focus() is w.follow_ups.tree
    qtbot.keyClick(w.follow_ups.tree, Qt.Key.Key_Backtab)
    assert focus() is w.timeline.tree
    qtbot.keyClick(w.timeline.tree, Qt.Key.Key_Backtab)
    assert focus() is w.card
    qtbot.keyClick(w.card, Qt.Key.Key_Backtab)
    assert focus() is w.contacts.view


def test_f6_and_ctrl_numbers_jump_between_the_panes(qtbot, window):
    w = window
    w.contacts.search.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert focus() is w.follow_ups.tree
    assert w.follow_ups.tree.currentItem() is not None  # something to act on at once
    qtbot.keyClick(focus(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert focus() is w.contacts.view
    assert w.contacts.selected_ids()  # the first row, so the timeline has someone
    qtbot.keyClick(focus(), Qt.Key.Key_F6)
    assert focus() is w.card  # F6 stops at the card too; Ctrl+2 is still the timeline
    qtbot.keyClick(focus(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert focus() is w.timeline.tree
    qtbot.keyClick(focus(), Qt.Key.Key_F6)
    assert focus() is w.follow_ups.tree
    qtbot.keyClick(focus(), Qt.Key.Key_F6)
    assert focus() is w.contacts.view  # round again
    qtbot.keyClick(focus(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is w.follow_ups.tree


def test_down_from_the_search_enters_the_results_with_the_first_selected(qtbot, window):
    w = window
    w.contacts.search.setFocus()
    commit_ime_text(w.contacts.search, "鈴木")
    qtbot.keyClick(w.contacts.search, Qt.Key.Key_Down)  # at once: the typing pause is skipped
    assert focus() is w.contacts.view
    suzuki = search.resolve(w.journal, "suzuki ichiro").id
    assert w.contacts.selected_ids() == [suzuki]
    assert w.timeline.contact_id == suzuki and w.card.contact_id == suzuki


def test_enter_on_a_contact_opens_its_editor_and_on_a_timeline_item_its_editor(qtbot,
                                                                             window):
    w = window
    w.contacts.search.setFocus()
    commit_ime_text(w.contacts.search, "鈴木")
    qtbot.keyClick(w.contacts.search, Qt.Key.Key_Down)
    qtbot.keyClick(w.contacts.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.editor is not None and w.editor.isVisible())
    assert w.editor.contact.id == w.contacts.selected_ids()[0]
    w.editor.done(0)
    qtbot.keyClick(w.contacts.view, Qt.Key.Key_Tab)
    qtbot.keyClick(w.card, Qt.Key.Key_Tab)
    tree = w.timeline.tree
    assert focus() is tree
    first = w.timeline.interaction_items()[0]
    tree.setCurrentItem(first)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.quick_log is not None and w.quick_log.isVisible())
    assert w.quick_log.windowTitle() == "Edit interaction"
    assert w.quick_log.summary.text() == first.text(0).splitlines()[1]
    w.quick_log.done(0)


def test_ctrl_n_puts_the_cursor_in_the_family_name_field(qtbot, window):
    w = window
    w.contacts.view.setFocus()
    qtbot.keyClick(w.contacts.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.editor is not None and w.editor.isVisible())
    qtbot.waitUntil(lambda: focus() is w.editor.family_name)
    qtbot.keyClicks(focus(), "Mori")
    assert w.editor.family_name.text() == "Mori"
    w.editor.done(0)


def test_log_dialog_enter_moves_on_and_picks_ctrl_enter_saves(qtbot, window):
    w = window
    yamada = search.resolve(w.journal, "yamada taro").id
    w.contacts.select(yamada)
    dialog = w.log_interaction()
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind.setCurrentIndex(dialog.kind.findData("nomikai"))
    dialog.place.setFocus()
    qtbot.keyClicks(dialog.place, "Izakaya in Shimbashi")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)  # moves on, does not save
    assert dialog.isVisible() and focus() is not dialog.place
    dialog.add_person.setFocus()
    qtbot.keyClicks(dialog.add_person, "watanabe")
    assert dialog._matches  # the completions of the search
    qtbot.keyClick(dialog.add_person, Qt.Key.Key_Return)  # picks a single match
    assert dialog.isVisible()
    if len(dialog._matches) > 1:  # several match: the completer's list is chosen from
        dialog._picked(next(iter(dialog._matches)))
    qtbot.waitUntil(lambda: len(dialog.participant_ids()) == 2)
    qtbot.waitUntil(lambda: dialog.add_person.text() == "")  # ready for the next name
    assert dialog.isVisible()  # picking a person never saved the meeting
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Nomikai after the review")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "He asked about Hokkaido.")
    QMessageBoxAnswer.no_on_next_box(qtbot)  # the thank-you offer after a meal or meeting
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    logged = [i.text(0) for i in w.timeline.interaction_items()]
    assert any("Nomikai after the review" in t and "Izakaya in Shimbashi" in t
               for t in logged)


class QMessageBoxAnswer:
    @staticmethod
    def no_on_next_box(qtbot) -> None:
        from PySide6.QtCore import QTimer

        def click():
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                box.button(QMessageBox.StandardButton.No).click()
            else:
                QTimer.singleShot(50, click)
        QTimer.singleShot(100, click)


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_the_card_is_a_keyboard_stop_whose_links_open_with_enter_and_space(qtbot, window, request):
    """Tab from the list reaches the card; it shows it has the focus (a frame, and the
    link reached in the selection's colours); Down walks its tel:, mailto: and web links
    and Enter or Space opens the one reached."""
    w = window
    yamada = search.resolve(w.journal, "yamada taro").id
    data = contacts.get(w.journal, yamada).to_input()
    data.methods = [*data.methods, contacts.Method(kind=MethodKind.WEBSITE,
                                                   value="https://mitsuboshi.example.jp"),
                    contacts.Method(kind=MethodKind.WEBSITE, value="javascript:alert(1)")]
    contacts.update(w.journal, yamada, data)
    w.contacts.select(yamada)
    w.contacts.view.setFocus()
    qtbot.waitUntil(lambda: focus() is w.contacts.view)
    card = w.card
    assert "border" not in card.styleSheet()
    qtbot.keyClick(w.contacts.view, Qt.Key.Key_Tab)
    assert focus() is card
    assert "palette(highlight)" in card.styleSheet()  # the focus is seen
    hrefs = [href for _key, href in card.links]
    assert hrefs[0] == "tel:0355550101" and any(h.startswith("mailto:") for h in hrefs)
    assert "palette(highlight)" in card.lines["phone"].text()  # the first link, marked
    opened: list[str] = []
    card.link_opened.connect(opened.append)
    catcher = UrlCatcher()  # what reaches the desktop (no program is started by the test)
    for scheme in ("tel", "mailto", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    request.addfinalizer(lambda: [QDesktopServices.unsetUrlHandler(x)
                                  for x in ("tel", "mailto", "https")])
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert opened == ["tel:0355550101"]
    mail = next(i for i, h in enumerate(hrefs) if h.startswith("mailto:"))
    for _ in range(mail):
        qtbot.keyClick(card, Qt.Key.Key_Down)
    assert "palette(highlight)" in card.lines["email"].text()
    assert "palette(highlight)" not in card.lines["phone"].text()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    assert opened[-1] == hrefs[mail]
    assert hrefs[-1] == "https://mitsuboshi.example.jp"  # a web link; javascript: is text
    assert "javascript:" not in " ".join(hrefs) and "javascript:" in card.text()
    for _ in range(len(hrefs)):  # Down past the last stays on the last
        qtbot.keyClick(card, Qt.Key.Key_Down)
    qtbot.keyClick(card, Qt.Key.Key_Enter)
    assert opened[-1] == "https://mitsuboshi.example.jp"
    qtbot.keyClick(card, Qt.Key.Key_Tab)  # on to the timeline
    assert focus() is w.timeline.tree
    assert "palette(highlight)" not in card.lines["email"].text() and not card.styleSheet()
    assert catcher.urls == opened  # each opened through the desktop's handler
