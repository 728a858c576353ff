"""Delete in the window (issue 18.3): the focused pane's selected item only; headers,
notes lines and suggestions ignore it; a shared interaction asks and names the others; all
undoable. Real journal, real window, the Delete key through QTest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop.services import followups, interactions, search, timeline


@pytest.fixture
def window(active_window):
    return active_window


class Boxes:
    """Answers the message boxes that open, and remembers what they said."""

    def __init__(self, button: QMessageBox.StandardButton):
        self.button, self.texts = button, []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append(box.text())
            box.button(self.button).click()

    def stop(self) -> None:
        self.timer.stop()


def press_delete(qtbot, widget) -> None:
    widget.window().activateWindow()  # back from a message box
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def contact_count(w) -> int:
    return search.count(w.journal, search.ContactFilter(include_archived=True))


def test_delete_on_a_month_header_a_note_or_a_career_step_deletes_nothing(qtbot, window):
    w = window
    suzuki = search.resolve(w.journal, "suzuki ichiro").id
    w.contacts.select(suzuki)
    before, entries = contact_count(w), len(w.timeline.entry_kinds())
    boxes = Boxes(QMessageBox.StandardButton.Yes)  # would say yes to anything asked
    try:
        month = w.timeline.tree.topLevelItem(0)
        w.timeline.tree.setCurrentItem(month)
        press_delete(qtbot, w.timeline.tree)
        note = w.timeline.note_items()[0]
        w.timeline.tree.setCurrentItem(note)
        press_delete(qtbot, w.timeline.tree)
        career = w.timeline.record_items("career")
        if career:
            w.timeline.tree.setCurrentItem(career[0])
            press_delete(qtbot, w.timeline.tree)
    finally:
        boxes.stop()
    assert boxes.texts == []  # nothing even offered
    assert contact_count(w) == before
    assert len(w.timeline.entry_kinds()) == entries
    assert w.timeline.contact_id == suzuki


def test_delete_on_a_gift_deletes_that_gift_only_and_undo_brings_it_back(qtbot, window):
    w = window
    suzuki = search.resolve(w.journal, "suzuki ichiro").id
    w.contacts.select(suzuki)
    gift = w.timeline.record_items("ledger")[0]
    gift_id = gift.data(0, Qt.ItemDataRole.UserRole + 1)
    w.timeline.tree.setCurrentItem(gift)
    before = contact_count(w)
    press_delete(qtbot, w.timeline.tree)
    assert contact_count(w) == before  # the contact stays
    assert gift_id not in [i.data(0, Qt.ItemDataRole.UserRole + 1)
                           for i in w.timeline.record_items("ledger")]
    w.undo_action.trigger()
    assert gift_id in [i.data(0, Qt.ItemDataRole.UserRole + 1)
                       for i in w.timeline.record_items("ledger")]


def test_a_shared_interaction_asks_naming_the_others(qtbot, window):
    w = window
    yamada = search.resolve(w.journal, "yamada taro").id
    w.contacts.select(yamada)
    shared = next(e.interaction for e in timeline.page(w.journal, yamada, 0, 100).entries
                  if e.interaction is not None and len(e.interaction.participants) > 1)
    others = [p.name for p in shared.participants if p.id != yamada]
    w.timeline.select_interaction(shared.id)
    boxes = Boxes(QMessageBox.StandardButton.No)
    try:
        press_delete(qtbot, w.timeline.tree)
    finally:
        boxes.stop()
    assert len(boxes.texts) == 1 and all(name in boxes.texts[0] for name in others)
    assert interactions.get(w.journal, shared.id)  # answered No: kept
    boxes = Boxes(QMessageBox.StandardButton.Yes)
    try:
        press_delete(qtbot, w.timeline.tree)
    finally:
        boxes.stop()
    assert shared.id not in [i.data(0, Qt.ItemDataRole.UserRole + 1)
                             for i in w.timeline.interaction_items()]
    w.undo_action.trigger()
    assert interactions.get(w.journal, shared.id).summary == shared.summary


def test_delete_in_follow_ups_deletes_the_follow_up_never_the_contact(qtbot, window):
    w = window
    before = contact_count(w)
    boxes = Boxes(QMessageBox.StandardButton.Yes)
    try:
        # A section header and a "Get in touch" suggestion: nothing happens.
        w.follow_ups.tree.setCurrentItem(w.follow_ups.tree.topLevelItem(0))
        press_delete(qtbot, w.follow_ups.tree)
        suggestion = next(i for i in w.follow_ups.items()
                          if i.data(0, Qt.ItemDataRole.UserRole) == "suggestion")
        w.follow_ups.tree.setCurrentItem(suggestion)
        press_delete(qtbot, w.follow_ups.tree)
        assert contact_count(w) == before and boxes.texts == []
        item = next(i for i in w.follow_ups.items()
                    if i.data(0, Qt.ItemDataRole.UserRole) == "follow_up")
        fid = item.data(0, Qt.ItemDataRole.UserRole + 1)
        owner = item.data(0, Qt.ItemDataRole.UserRole + 2)
        w.follow_ups.select_follow_up(fid)
        press_delete(qtbot, w.follow_ups.tree)
    finally:
        boxes.stop()
    assert contact_count(w) == before
    assert fid not in [f.id for f in followups.for_contact(w.journal, owner)]
    assert search.by_ids(w.journal, [owner])
    w.undo_action.trigger()
    assert followups.get(w.journal, fid).id == fid


def test_delete_in_the_list_asks_then_clears_the_card_and_timeline(qtbot, window):
    w = window
    kato = w.contacts.model.rows[3].id
    w.contacts.select(kato)
    assert w.card.contact_id == kato
    boxes = Boxes(QMessageBox.StandardButton.Yes)
    try:
        press_delete(qtbot, w.contacts.view)
    finally:
        boxes.stop()
    assert len(boxes.texts) == 1
    assert search.by_ids(w.journal, [kato]) == []
    assert w.timeline.contact_id is None and w.card.contact_id is None
    assert "Timeline —" not in w.timeline.title.text()
    w.undo_action.trigger()
    assert search.by_ids(w.journal, [kato])
