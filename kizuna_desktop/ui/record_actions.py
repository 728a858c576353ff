"""The window's record actions: creating, editing, archiving and deleting contacts, logging
and editing interactions, and follow-ups (new, done, snoozed, edited), each through the undo
stack. Mixed into MainWindow."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop.services import contacts, followups, interactions, search
from kizuna_desktop.ui import commands as cmd

THANK_YOU_KINDS = {"meeting", "meal", "nomikai"}


class RecordActions:
    """Needs from its host: journal, undo_stack, notify, statusBar, editor (set here), the
    three panes, current_contact_id and selected_contact_ids."""

    # contacts -----------------------------------------------------------------------------
    def new_contact(self):
        from kizuna_desktop.ui.contact_editor import ContactEditor

        def save(data):
            cmd.push(self.undo_stack, cmd.CreateContact(self.journal, self.notify, data))

        self.editor = ContactEditor(self.journal, save, None, self)
        self.editor.open()
        return self.editor

    def edit_contact(self):
        from kizuna_desktop.ui.contact_editor import ContactEditor

        cid = self.current_contact_id()
        if cid is None:
            return None
        before = contacts.get(self.journal, cid)

        def save(data):
            if data != before.to_input():
                cmd.push(self.undo_stack, cmd.EditContact(self.journal, self.notify, cid,
                                                          before.to_input(), data))
            if self.editor.wants_archived != before.archived:
                cmd.push(self.undo_stack, cmd.SetArchived(self.journal, self.notify, cid,
                                                          self.editor.wants_archived))

        def transfer(contact_id, data):
            from kizuna_desktop.services import positions

            cmd.push(self.undo_stack, cmd.positions_change(
                "Record transfer", self.journal, self.notify, contact_id,
                lambda: positions.transfer(self.journal, contact_id, data)))

        def delete_position(contact_id, position_id):
            from kizuna_desktop.services import positions

            cmd.push(self.undo_stack, cmd.positions_change(
                "Delete position", self.journal, self.notify, contact_id,
                lambda: positions.delete(self.journal, position_id)))

        self.editor = ContactEditor(self.journal, save, before, self, on_transfer=transfer,
                                    on_delete_position=delete_position)
        self.editor.open()
        return self.editor

    def toggle_archive(self) -> None:
        cid = self.current_contact_id()
        if cid is not None:
            archived = contacts.get(self.journal, cid).archived
            cmd.push(self.undo_stack, cmd.SetArchived(self.journal, self.notify, cid,
                                                      not archived))

    def delete_selected(self) -> None:
        focus = QApplication.focusWidget()
        if focus is self.timeline.tree and self.timeline.current_interaction_id():
            cmd.push(self.undo_stack, cmd.DeleteInteraction(
                self.journal, self.notify, self.timeline.current_interaction_id(),
                self.current_contact_id()))
        elif focus is self.follow_ups.tree and self.follow_ups.current_follow_up_id():
            cmd.push(self.undo_stack, cmd.DeleteFollowUp(
                self.journal, self.notify, self.follow_ups.current_follow_up_id()))
        else:
            self.delete_contact()

    def delete_contact(self, confirm: bool = True) -> None:
        cid = self.current_contact_id()
        if cid is None:
            return
        name = search.by_ids(self.journal, [cid])[0].display
        if confirm:
            answer = QMessageBox.question(
                self, "Delete contact",
                f"Delete {name} with their positions, follow-ups and gifts?\n"
                "Interactions others attended stay. You can undo this (Ctrl+Z).")
            if answer != QMessageBox.StandardButton.Yes:
                return
        cmd.push(self.undo_stack, cmd.DeleteContact(self.journal, self.notify, cid, name))
        self.statusBar().showMessage(f"Deleted {name}. Ctrl+Z brings them back.", 8000)

    def merge_contacts(self):
        """Contact > Merge contacts…: the two selected contacts side by side, merged into
        the one the user keeps (undoable)."""
        from kizuna_desktop.ui.merge_dialog import MergeDialog

        ids = self.selected_contact_ids()
        if len(ids) != 2:
            self.statusBar().showMessage("Select the two contacts who are one person "
                                         "(Ctrl+click), then Merge contacts.", 8000)
            return None

        def merge(keep: int, other: int, text: str) -> None:
            cmd.push(self.undo_stack, cmd.MergeContacts(self.journal, self.notify, keep,
                                                        other, text))
            self.statusBar().showMessage(f"{text}. Ctrl+Z splits them again.", 8000)

        self.merge_dialog = MergeDialog(self.journal, ids[0], ids[1], merge, self)
        self.merge_dialog.open()
        return self.merge_dialog

    # interactions -------------------------------------------------------------------------
    def log_interaction(self):
        from kizuna_desktop.ui.quick_log import QuickLogDialog

        people = [(c.id, c.written or c.latin)
                  for c in search.by_ids(self.journal, self.selected_contact_ids())]
        select = self.current_contact_id()

        def save(data):
            command = cmd.push(self.undo_stack, cmd.LogInteraction(self.journal, self.notify,
                                                                   data, select))
            self.last_logged = command.interaction_id
            if data.kind.value in THANK_YOU_KINDS:
                self.offer_thank_you(command.interaction_id, data)

        self.quick_log = QuickLogDialog(self.journal, save, people, parent=self)
        self.quick_log.open()
        return self.quick_log

    def offer_thank_you(self, interaction_id: int, data) -> None:
        """After a meeting, meal or nomikai: a personal thank-you within a day."""
        title = f"Thank-you note: {data.summary}" if data.summary else "Thank-you note"
        answer = QMessageBox.question(
            self, "Thank-you follow-up",
            f"Add a follow-up to send a thank-you tomorrow?\n\n“{title}”",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            due = (datetime.now() + timedelta(days=1)).date()
            cmd.push(self.undo_stack, cmd.CreateFollowUp(self.journal, self.notify,
                                                         followups.FollowUpInput(
                contact_id=data.participant_ids[0], title=title, due_date=due,
                interaction_id=interaction_id)))

    def edit_interaction(self, interaction_id: int | None = None):
        from kizuna_desktop.ui.quick_log import QuickLogDialog

        iid = interaction_id or self.timeline.current_interaction_id()
        if iid is None:
            return None
        before = interactions.get(self.journal, iid)
        before_input = interactions.InteractionInput(
            kind=before.kind, occurred_at=before.occurred_at,
            participant_ids=[p.id for p in before.participants], place=before.place,
            summary=before.summary, notes=before.notes, zone=before.zone)
        select = self.current_contact_id()

        def save(data):
            cmd.push(self.undo_stack, cmd.EditInteraction(self.journal, self.notify, iid,
                                                          before_input, data, select))

        self.quick_log = QuickLogDialog(self.journal, save, [], before, parent=self)
        self.quick_log.open()
        return self.quick_log

    # follow-ups ---------------------------------------------------------------------------
    def new_follow_up(self):
        cid = self.current_contact_id()
        if cid is None:
            self.statusBar().showMessage("Select a contact for the follow-up.", 5000)
            return None
        return self.new_follow_up_for(cid, self.timeline.current_interaction_id()
                                      if QApplication.focusWidget() is self.timeline.tree
                                      else None)

    def new_follow_up_for(self, contact_id: int, interaction_id: int | None = None):
        from kizuna_desktop.ui.quick_log import FollowUpDialog

        title = ""
        if interaction_id is not None:
            title = f"Follow up on: {interactions.get(self.journal, interaction_id).summary}"
        elif contact_id not in self.selected_contact_ids():
            title = "Get in touch"

        def save(text, due, notes):
            cmd.push(self.undo_stack, cmd.CreateFollowUp(self.journal, self.notify,
                                                         followups.FollowUpInput(
                contact_id=contact_id, title=text, due_date=due, notes=notes,
                interaction_id=interaction_id)))

        due = (datetime.now() + timedelta(days=1)).date()
        self.follow_up_dialog = FollowUpDialog(title, due, save, "New follow-up", parent=self)
        self.follow_up_dialog.open()
        return self.follow_up_dialog

    def toggle_current_follow_up(self) -> None:
        fid = self.follow_ups.current_follow_up_id()
        if fid is not None:
            self.toggle_follow_up(fid)

    def toggle_follow_up(self, follow_up_id: int) -> None:
        f = followups.get(self.journal, follow_up_id)
        done = f.state.value == "done"
        make = (lambda: followups.reopen(self.journal, follow_up_id)) if done else (
            lambda: followups.complete(self.journal, follow_up_id))
        cmd.push(self.undo_stack, cmd.follow_up_change(
            "Reopen follow-up" if done else "Mark follow-up done", self.journal, self.notify,
            follow_up_id, make))
        self.follow_ups.select_follow_up(follow_up_id)

    def snooze(self, days: int | None) -> None:
        from kizuna_desktop.ui.quick_log import DateDialog

        fid = self.follow_ups.current_follow_up_id()
        if fid is None:
            return
        today = datetime.now().date()
        if days is None:
            dialog = DateDialog("Snooze until", today + timedelta(days=3), self)
            if dialog.exec() != DateDialog.DialogCode.Accepted:
                return
            until = dialog.value()
        else:
            until = today + timedelta(days=days)
        cmd.push(self.undo_stack, cmd.follow_up_change(
            f"Snooze until {until:%d %b}", self.journal, self.notify, fid,
            lambda: followups.snooze(self.journal, fid, until)))

    def edit_follow_up(self, follow_up_id: int | None = None):
        from kizuna_desktop.ui.quick_log import FollowUpDialog

        fid = follow_up_id or self.follow_ups.current_follow_up_id()
        if fid is None:
            return None
        f = followups.get(self.journal, fid)

        def save(text, due, notes):
            data = followups.FollowUpInput(contact_id=f.contact_id, title=text, due_date=due,
                                           notes=notes, interaction_id=f.interaction_id)
            cmd.push(self.undo_stack, cmd.follow_up_change(
                "Edit follow-up", self.journal, self.notify, fid,
                lambda: followups.update(self.journal, fid, data)))

        self.follow_up_dialog = FollowUpDialog(f.title, f.due_date, save, "Edit follow-up",
                                               f.notes, self)
        self.follow_up_dialog.open()
        return self.follow_up_dialog
