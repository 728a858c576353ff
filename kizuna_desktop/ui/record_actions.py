"""The window's record actions: creating, editing, archiving and deleting contacts (with
their first position, career and photo), logging and editing interactions, follow-ups (new,
done, snoozed, edited), gifts and favours, introductions and the organisations view, each
through the undo stack: a controller the main window holds (``window.records``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop.services import contacts, followups, interactions, search
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import plain
from kizuna_desktop.ui.icons import label as label_of
from kizuna_desktop.ui.wording import plural

THANK_YOU_KINDS = {"meeting", "meal", "nomikai"}


class RecordController(QObject):
    """What it uses of the window (``self.w``): journal, undo_stack, notify, statusBar, the
    panes, current_contact_id and selected_contact_ids."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.editor = self.quick_log = self.follow_up_dialog = self.gift_dialog = None
        self.introduction_dialog = self.merge_dialog = self.organizations_view = None
        self.last_logged: int | None = None

    # contacts -----------------------------------------------------------------------------
    def new_contact(self):
        from kizuna_desktop.ui.contact_editor import ContactEditor
        from kizuna_desktop.ui.record_commands import CreateContactWithRole

        def save(data):
            changed, photo = self.editor.photo_change()
            made = cmd.push(self.w.undo_stack, CreateContactWithRole(
                self.w.journal, self.w.notify, data, self.editor.first_role(),
                photo if changed else None))
            # Shown and selected, even under a search or filter that would hide them.
            if made.select is not None:
                self.w.reveal_contact(made.select)

        self.editor = ContactEditor(self.w.journal, save, None, self.w)
        self.editor.open()  # the cursor in the family-name field (ContactEditor.showEvent)
        return self.editor

    def edit_contact(self):
        from kizuna_desktop.ui.contact_editor import ContactEditor
        from kizuna_desktop.ui.record_commands import SaveCareer, SetPhoto

        cid = self.w.current_contact_id()
        if cid is None:
            return None
        before = contacts.get(self.w.journal, cid)

        def save(data):
            """Everything the editor changed is one step of the undo stack: the fields, the
            archive flag, the career changes (transfers take effect now) and the photo."""
            contacts.validate(data)  # before anything is done: a bad field changes nothing
            ops = self.editor.career_ops()
            photo_changed, photo = self.editor.photo_change()
            steps = []
            if data != before.to_input():
                steps.append(cmd.EditContact(self.w.journal, self.w.notify, cid, before.to_input(),
                                             data))
            if self.editor.wants_archived != before.archived:
                steps.append(cmd.SetArchived(self.w.journal, self.w.notify, cid,
                                             self.editor.wants_archived))
            if ops:
                steps.append(SaveCareer(self.w.journal, self.w.notify, cid, ops))
            if photo_changed:
                steps.append(SetPhoto(self.w.journal, self.w.notify, cid, photo))
            if len(steps) == 1:
                cmd.push(self.w.undo_stack, steps[0])
            elif steps:
                self.w.undo_stack.beginMacro(self.tr("Edit contact"))
                try:
                    for step in steps:
                        cmd.push(self.w.undo_stack, step)
                finally:
                    self.w.undo_stack.endMacro()

        self.editor = ContactEditor(self.w.journal, save, before, self.w)
        self.editor.open()
        return self.editor

    def toggle_archive(self) -> None:
        cid = self.w.current_contact_id()
        if cid is not None:
            archived = contacts.get(self.w.journal, cid).archived
            cmd.push(self.w.undo_stack, cmd.SetArchived(self.w.journal, self.w.notify, cid,
                                                      not archived))

    def delete_selected(self) -> bool:
        """Delete (the key or Edit > Delete): the selected item of the focused pane only —
        a contact in the list, an interaction, gift or introduction in the timeline, a
        follow-up in its pane. Month headers, career steps, section headers
        and "Get in touch" suggestions are left alone. True if something was deleted."""
        pane = self.w.focused_pane()
        if pane == "contacts":
            return self.delete_contact()
        if pane == "timeline":
            kind = self.w.timeline.current_kind()
            if kind == "interaction":
                return self.delete_interaction(self.w.timeline.current_interaction_id())
            if kind in ("ledger", "introduction"):
                return self.delete_timeline_record()
            return False
        if pane == "follow_ups":
            fid = self.w.follow_ups.current_follow_up_id()
            if fid is not None:
                cmd.push(self.w.undo_stack, cmd.DeleteFollowUp(self.w.journal, self.w.notify,
                                                               fid))
                self.w.statusBar().showMessage(self.tr("Follow-up deleted. Ctrl+Z brings it "
                                                       "back."), 8000)
                return True
        return False

    def delete_interaction(self, interaction_id: int | None, confirm: bool = True) -> bool:
        """Delete an interaction; one shared with others asks first, naming them."""
        if interaction_id is None:
            return False
        i = interactions.get(self.w.journal, interaction_id)
        shown = self.w.timeline.contact_id
        others = [p.name for p in i.participants if p.id != shown]
        if others and confirm:
            what = i.summary or label_of(i.kind.value)
            answer = plain.ask(self.w, self.tr("Delete interaction"), self.tr(
                "“{0}” is shared with {1}. Deleting it removes it from their timelines "
                "too. Delete it?\nYou can undo this (Ctrl+Z).").format(what, ", ".join(others)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        cmd.push(self.w.undo_stack, cmd.DeleteInteraction(
            self.w.journal, self.w.notify, interaction_id, self.w.current_contact_id()))
        self.w.statusBar().showMessage(self.tr("Interaction deleted. Ctrl+Z brings it back."),
                                       8000)
        return True

    def delete_contact(self, confirm: bool = True) -> bool:
        ids = self.w.selected_contact_ids()
        cid = ids[0] if ids else None
        if cid is None:
            return False
        name = search.by_ids(self.w.journal, [cid])[0].display
        if confirm:
            answer = plain.ask(
                self.w, self.tr("Delete contact"),
                self.tr("Delete {0} with their positions, follow-ups and gifts?\n"
                        "Interactions others attended stay. You can undo this (Ctrl+Z).")
                .format(name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        cmd.push(self.w.undo_stack, cmd.DeleteContact(self.w.journal, self.w.notify, cid, name))
        self.w.statusBar().showMessage(self.tr("Deleted {0}. Ctrl+Z brings them back.")
                                       .format(name), 8000)
        return True

    def merge_contacts(self):
        """Contact > Merge contacts…: the two selected contacts side by side, merged into
        the one the user keeps (undoable)."""
        from kizuna_desktop.ui.merge_dialog import MergeDialog

        ids = self.w.selected_contact_ids()
        if len(ids) != 2:
            self.w.statusBar().showMessage(self.tr("Select the two contacts who are one "
                                                   "person (Ctrl+click), then Merge "
                                                   "contacts."), 8000)
            return None

        def merge(keep: int, other: int, text: str) -> None:
            cmd.push(self.w.undo_stack, cmd.MergeContacts(self.w.journal, self.w.notify, keep,
                                                        other, text))
            self.w.statusBar().showMessage(self.tr("{0}. Ctrl+Z splits them again.").format(text),
                                           8000)

        self.merge_dialog = MergeDialog(self.w.journal, ids[0], ids[1], merge, self.w)
        self.merge_dialog.open()
        return self.merge_dialog

    # interactions -------------------------------------------------------------------------
    def log_interaction(self):
        from kizuna_desktop.ui.quick_log import QuickLogDialog

        people = [(c.id, c.written or c.latin)
                  for c in search.by_ids(self.w.journal, self.w.selected_contact_ids())]
        select = self.w.current_contact_id()

        def save(data):
            command = cmd.push(self.w.undo_stack, cmd.LogInteraction(self.w.journal, self.w.notify,
                                                                   data, select))
            self.last_logged = command.interaction_id
            if data.kind.value in THANK_YOU_KINDS:
                self.offer_thank_you(command.interaction_id, data)

        self.quick_log = QuickLogDialog(self.w.journal, save, people, parent=self.w)
        self.quick_log.open()
        return self.quick_log

    def offer_thank_you(self, interaction_id: int, data) -> None:
        """After a meeting, meal or nomikai: a personal thank-you within a day to each person
        who was there (one follow-up each, all one undo step)."""
        title = (self.tr("Thank-you note: {0}").format(data.summary) if data.summary
                 else self.tr("Thank-you note"))
        people = search.by_ids(self.w.journal, list(data.participant_ids))
        if not people:
            return
        who = ", ".join(c.written or c.latin for c in people)
        answer = plain.ask(
            self.w, self.tr("Thank-you follow-up"),
            plural(self, "Add a follow-up to send a thank-you tomorrow to the person who "
                   "was there?", "Add a follow-up to send a thank-you tomorrow to each of the "
                   "%n people who were there?", len(people)) + f"\n\n{who}\n“{title}”",
            default=QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        due = (datetime.now() + timedelta(days=1)).date()
        stack = self.w.undo_stack
        if len(people) > 1:
            stack.beginMacro(self.tr("Thank-you follow-ups"))
        try:
            for c in people:
                cmd.push(stack, cmd.CreateFollowUp(self.w.journal, self.w.notify,
                                                   followups.FollowUpInput(
                    contact_id=c.id, title=title, due_date=due,
                    interaction_id=interaction_id)))
        finally:
            if len(people) > 1:
                stack.endMacro()

    def edit_interaction(self, interaction_id: int | None = None):
        from kizuna_desktop.ui.quick_log import QuickLogDialog

        iid = interaction_id or self.w.timeline.current_interaction_id()
        if iid is None:
            return None
        before = interactions.get(self.w.journal, iid)
        before_input = interactions.InteractionInput(
            kind=before.kind, occurred_at=before.occurred_at,
            participant_ids=[p.id for p in before.participants], place=before.place,
            summary=before.summary, notes=before.notes, zone=before.zone)
        select = self.w.current_contact_id()

        def save(data):
            cmd.push(self.w.undo_stack, cmd.EditInteraction(self.w.journal, self.w.notify, iid,
                                                          before_input, data, select))

        self.quick_log = QuickLogDialog(self.w.journal, save, [], before, parent=self.w)
        self.quick_log.open()
        return self.quick_log

    # follow-ups ---------------------------------------------------------------------------
    def new_follow_up(self):
        cid = self.w.current_contact_id()
        if cid is None:
            self.w.statusBar().showMessage(self.tr("Select a contact for the follow-up."), 5000)
            return None
        return self.new_follow_up_for(cid, self.w.timeline.current_interaction_id()
                                      if QApplication.focusWidget() is self.w.timeline.tree
                                      else None)

    def new_follow_up_for(self, contact_id: int, interaction_id: int | None = None):
        from kizuna_desktop.ui.quick_log import FollowUpDialog

        title = ""
        if interaction_id is not None:
            title = self.tr("Follow up on: {0}").format(
                interactions.get(self.w.journal, interaction_id).summary)
        elif contact_id not in self.w.selected_contact_ids():
            title = self.tr("Get in touch")

        def save(text, due, notes):
            cmd.push(self.w.undo_stack, cmd.CreateFollowUp(self.w.journal, self.w.notify,
                                                         followups.FollowUpInput(
                contact_id=contact_id, title=text, due_date=due, notes=notes,
                interaction_id=interaction_id)))

        due = (datetime.now() + timedelta(days=1)).date()
        self.follow_up_dialog = FollowUpDialog(title, due, save, self.tr("New follow-up"),
                                               parent=self.w)
        self.follow_up_dialog.open()
        return self.follow_up_dialog

    def toggle_current_follow_up(self) -> None:
        fid = self.w.follow_ups.current_follow_up_id()
        if fid is not None:
            self.toggle_follow_up(fid)

    def toggle_follow_up(self, follow_up_id: int) -> None:
        f = followups.get(self.w.journal, follow_up_id)
        done = f.state.value == "done"
        make = (lambda: followups.reopen(self.w.journal, follow_up_id)) if done else (
            lambda: followups.complete(self.w.journal, follow_up_id))
        cmd.push(self.w.undo_stack, cmd.follow_up_change(
            self.tr("Reopen follow-up") if done else self.tr("Mark follow-up done"),
            self.w.journal, self.w.notify,
            follow_up_id, make))
        self.w.follow_ups.select_follow_up(follow_up_id)

    def snooze(self, days: int | None) -> None:
        from kizuna_desktop.ui.quick_log import DateDialog

        fid = self.w.follow_ups.current_follow_up_id()
        if fid is None:
            return
        today = datetime.now().date()
        if days is None:
            dialog = DateDialog(self.tr("Snooze until"), today + timedelta(days=3), self.w)
            if dialog.exec() != DateDialog.DialogCode.Accepted:
                return
            until = dialog.value()
        else:
            until = today + timedelta(days=days)
        cmd.push(self.w.undo_stack, cmd.follow_up_change(
            self.tr("Snooze until {0}").format(f"{until:%d %b}"), self.w.journal,
            self.w.notify, fid,
            lambda: followups.snooze(self.w.journal, fid, until)))

    def edit_follow_up(self, follow_up_id: int | None = None):
        from kizuna_desktop.ui.quick_log import FollowUpDialog

        fid = follow_up_id or self.w.follow_ups.current_follow_up_id()
        if fid is None:
            return None
        f = followups.get(self.w.journal, fid)

        def save(text, due, notes):
            data = followups.FollowUpInput(contact_id=f.contact_id, title=text, due_date=due,
                                           notes=notes, interaction_id=f.interaction_id)
            cmd.push(self.w.undo_stack, cmd.follow_up_change(
                self.tr("Edit follow-up"), self.w.journal, self.w.notify, fid,
                lambda: followups.update(self.w.journal, fid, data)))

        self.follow_up_dialog = FollowUpDialog(f.title, f.due_date, save,
                                               self.tr("Edit follow-up"),
                                               f.notes, self.w)
        self.follow_up_dialog.open()
        return self.follow_up_dialog

    # gifts, favours and introductions ------------------------------------------------------
    def _contact_name(self, contact_id: int) -> str:
        found = search.by_ids(self.w.journal, [contact_id])
        return (found[0].written or found[0].latin) if found else str(contact_id)

    def new_gift(self):
        from kizuna_desktop.ui.gift_dialog import GiftDialog
        from kizuna_desktop.ui.record_commands import CreateGift

        cid = self.w.current_contact_id()
        if cid is None:
            self.w.statusBar().showMessage(self.tr("Select the contact the gift or favour was "
                                                 "given to or received from."), 5000)
            return None

        def save(data):
            cmd.push(self.w.undo_stack, CreateGift(self.w.journal, self.w.notify, data, cid))

        self.gift_dialog = GiftDialog(self.w.journal, save, (cid, self._contact_name(cid)),
                                      parent=self.w)
        self.gift_dialog.open()
        return self.gift_dialog

    def edit_gift(self, entry_id: int):
        from kizuna_desktop.services import ledger
        from kizuna_desktop.ui.gift_dialog import GiftDialog
        from kizuna_desktop.ui.record_commands import EditGift

        before = ledger.get(self.w.journal, entry_id)
        select = self.w.current_contact_id()

        def save(data):
            cmd.push(self.w.undo_stack, EditGift(self.w.journal, self.w.notify, entry_id,
                                               before.to_input(), data, select))

        self.gift_dialog = GiftDialog(self.w.journal, save, (before.contact_id,
                                                           before.contact_name), before, self.w)
        self.gift_dialog.open()
        return self.gift_dialog

    def new_introduction(self):
        from kizuna_desktop.ui.introduction_dialog import IntroductionDialog
        from kizuna_desktop.ui.record_commands import CreateIntroduction

        ids = self.w.selected_contact_ids()
        people = [(c.id, c.written or c.latin) for c in search.by_ids(self.w.journal, ids)]
        select = self.w.current_contact_id()

        def save(data):
            cmd.push(self.w.undo_stack, CreateIntroduction(self.w.journal, self.w.notify, data,
                                                         select))

        self.introduction_dialog = IntroductionDialog(self.w.journal, save, people, select,
                                                      parent=self.w)
        self.introduction_dialog.open()
        return self.introduction_dialog

    def edit_introduction(self, introduction_id: int):
        from kizuna_desktop.services import introductions
        from kizuna_desktop.ui.introduction_dialog import IntroductionDialog
        from kizuna_desktop.ui.record_commands import EditIntroduction

        before = introductions.get(self.w.journal, introduction_id)
        select = self.w.current_contact_id()
        people = [(c.id, c.written or c.latin)
                  for c in search.by_ids(self.w.journal, self.w.selected_contact_ids())]

        def save(data):
            cmd.push(self.w.undo_stack, EditIntroduction(self.w.journal, self.w.notify,
                                                       introduction_id, before.to_input(),
                                                       data, select))

        self.introduction_dialog = IntroductionDialog(self.w.journal, save, people,
                                                      existing=before, parent=self.w)
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

        kind, item_id = self.w.timeline.current_record()
        if kind == "ledger":
            cmd.push(self.w.undo_stack, DeleteGift(self.w.journal, self.w.notify, item_id,
                                                 self.w.current_contact_id()))
        elif kind == "introduction":
            cmd.push(self.w.undo_stack, DeleteIntroduction(self.w.journal, self.w.notify, item_id,
                                                         self.w.current_contact_id()))
        else:
            return False
        return True

    # organisations ---------------------------------------------------------------------------
    def show_organizations(self):
        from kizuna_desktop.ui.organizations_view import OrganizationsView

        view = getattr(self, "organizations_view", None)
        if view is None or view.journal is not self.w.journal:
            self.organizations_view = view = OrganizationsView(self.w)
        view.reload()
        view.show()
        view.raise_()
        return view
