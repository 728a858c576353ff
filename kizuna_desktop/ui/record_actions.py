"""The window's record actions: creating, editing, archiving and deleting contacts (with
their first position, career and photo), logging and editing interactions, follow-ups (new,
done, snoozed, edited), gifts and favours, introductions and the organisations view, each
through the undo stack. Mixed into MainWindow."""

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
        from kizuna_desktop.ui.record_commands import CreateContactWithRole

        def save(data):
            changed, photo = self.editor.photo_change()
            cmd.push(self.undo_stack, CreateContactWithRole(
                self.journal, self.notify, data, self.editor.first_role(),
                photo if changed else None))

        self.editor = ContactEditor(self.journal, save, None, self)
        self.editor.open()
        return self.editor

    def edit_contact(self):
        from kizuna_desktop.ui.contact_editor import ContactEditor
        from kizuna_desktop.ui.record_commands import SaveCareer, SetPhoto

        cid = self.current_contact_id()
        if cid is None:
            return None
        before = contacts.get(self.journal, cid)

        def save(data):
            """Everything the editor changed is one step of the undo stack: the fields, the
            archive flag, the career changes (transfers take effect now) and the photo."""
            contacts.validate(data)  # before anything is done: a bad field changes nothing
            ops = self.editor.career_ops()
            photo_changed, photo = self.editor.photo_change()
            steps = []
            if data != before.to_input():
                steps.append(cmd.EditContact(self.journal, self.notify, cid, before.to_input(),
                                             data))
            if self.editor.wants_archived != before.archived:
                steps.append(cmd.SetArchived(self.journal, self.notify, cid,
                                             self.editor.wants_archived))
            if ops:
                steps.append(SaveCareer(self.journal, self.notify, cid, ops))
            if photo_changed:
                steps.append(SetPhoto(self.journal, self.notify, cid, photo))
            if len(steps) == 1:
                cmd.push(self.undo_stack, steps[0])
            elif steps:
                self.undo_stack.beginMacro(self.tr("Edit contact"))
                try:
                    for step in steps:
                        cmd.push(self.undo_stack, step)
                finally:
                    self.undo_stack.endMacro()

        self.editor = ContactEditor(self.journal, save, before, self)
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
        elif focus is self.timeline.tree and self.delete_timeline_record():
            pass
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

    # gifts, favours and introductions ------------------------------------------------------
    def _contact_name(self, contact_id: int) -> str:
        found = search.by_ids(self.journal, [contact_id])
        return (found[0].written or found[0].latin) if found else str(contact_id)

    def new_gift(self):
        from kizuna_desktop.ui.gift_dialog import GiftDialog
        from kizuna_desktop.ui.record_commands import CreateGift

        cid = self.current_contact_id()
        if cid is None:
            self.statusBar().showMessage(self.tr("Select the contact the gift or favour was "
                                                 "given to or received from."), 5000)
            return None

        def save(data):
            cmd.push(self.undo_stack, CreateGift(self.journal, self.notify, data, cid))

        self.gift_dialog = GiftDialog(self.journal, save, (cid, self._contact_name(cid)),
                                      parent=self)
        self.gift_dialog.open()
        return self.gift_dialog

    def edit_gift(self, entry_id: int):
        from kizuna_desktop.services import ledger
        from kizuna_desktop.ui.gift_dialog import GiftDialog
        from kizuna_desktop.ui.record_commands import EditGift

        before = ledger.get(self.journal, entry_id)
        select = self.current_contact_id()

        def save(data):
            cmd.push(self.undo_stack, EditGift(self.journal, self.notify, entry_id,
                                               before.to_input(), data, select))

        self.gift_dialog = GiftDialog(self.journal, save, (before.contact_id,
                                                           before.contact_name), before, self)
        self.gift_dialog.open()
        return self.gift_dialog

    def new_introduction(self):
        from kizuna_desktop.ui.introduction_dialog import IntroductionDialog
        from kizuna_desktop.ui.record_commands import CreateIntroduction

        ids = self.selected_contact_ids()
        people = [(c.id, c.written or c.latin) for c in search.by_ids(self.journal, ids)]
        select = self.current_contact_id()

        def save(data):
            cmd.push(self.undo_stack, CreateIntroduction(self.journal, self.notify, data,
                                                         select))

        self.introduction_dialog = IntroductionDialog(self.journal, save, people, select,
                                                      parent=self)
        self.introduction_dialog.open()
        return self.introduction_dialog

    def edit_introduction(self, introduction_id: int):
        from kizuna_desktop.services import introductions
        from kizuna_desktop.ui.introduction_dialog import IntroductionDialog
        from kizuna_desktop.ui.record_commands import EditIntroduction

        before = introductions.get(self.journal, introduction_id)
        select = self.current_contact_id()
        people = [(c.id, c.written or c.latin)
                  for c in search.by_ids(self.journal, self.selected_contact_ids())]

        def save(data):
            cmd.push(self.undo_stack, EditIntroduction(self.journal, self.notify,
                                                       introduction_id, before.to_input(),
                                                       data, select))

        self.introduction_dialog = IntroductionDialog(self.journal, save, people,
                                                      existing=before, parent=self)
        self.introduction_dialog.open()
        return self.introduction_dialog

    def edit_timeline_item(self, kind: str, item_id: int):
        """A double-click in the timeline: the gift, introduction or career step it shows."""
        if kind == "ledger":
            return self.edit_gift(item_id)
        if kind == "introduction":
            return self.edit_introduction(item_id)
        if kind == "career":
            editor = self.edit_contact()
            if editor is not None:
                editor.tabs.setCurrentWidget(editor.career)
            return editor
        return None

    def delete_timeline_record(self) -> bool:
        """Delete the selected gift or introduction of the timeline (undoable)."""
        from kizuna_desktop.ui.record_commands import DeleteGift, DeleteIntroduction

        kind, item_id = self.timeline.current_record()
        if kind == "ledger":
            cmd.push(self.undo_stack, DeleteGift(self.journal, self.notify, item_id,
                                                 self.current_contact_id()))
        elif kind == "introduction":
            cmd.push(self.undo_stack, DeleteIntroduction(self.journal, self.notify, item_id,
                                                         self.current_contact_id()))
        else:
            return False
        return True

    # organisations ---------------------------------------------------------------------------
    def show_organizations(self):
        from kizuna_desktop.ui.organizations_view import OrganizationsView

        view = getattr(self, "organizations_view", None)
        if view is None or view.journal is not self.journal:
            self.organizations_view = view = OrganizationsView(self)
        view.reload()
        view.show()
        view.raise_()
        return view
