"""Every create, edit and delete the window makes goes through one QUndoStack as one of these
commands. Each calls the services and then tells the window what to refresh.

Every command names the kinds of data it changed (``what``: CONTACTS, INTERACTIONS,
FOLLOWUPS, ORGANIZATIONS, POSITIONS, LEDGER, INTRODUCTIONS, TAGS, PHOTOS); the window passes
them to each pane and view, and each decides from them whether it has to refresh (see
``MainWindow.notify``).

A command is first carried out by :func:`push` outside Qt (so that a validation error reaches
the dialog that asked for it, and nothing is pushed); the stack's first ``redo`` then only
refreshes. Undo puts the state before back; a later redo puts the state after back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from kizuna_desktop.errors import ConflictError, JournalError, KizunaError, ValidationError
from kizuna_desktop.i18n import message as i18n_message
from kizuna_desktop.i18n import translate_message
from kizuna_desktop.services import contacts, followups, interactions, snapshots
from kizuna_desktop.store import Journal

# The kinds of data a change touches.
CONTACTS = "contacts"  # a contact's own fields, methods, addresses, archive flag
INTERACTIONS = "interactions"
FOLLOWUPS = "followups"
ORGANIZATIONS = "organizations"
POSITIONS = "positions"  # positions and career steps
LEDGER = "ledger"  # gifts and favours
INTRODUCTIONS = "introductions"
TAGS = "tags"
PHOTOS = "photos"
ALL = frozenset({CONTACTS, INTERACTIONS, FOLLOWUPS, ORGANIZATIONS, POSITIONS, LEDGER,
                 INTRODUCTIONS, TAGS, PHOTOS})
TIMELINE = INTERACTIONS  # the older name, kept for code written against it
Notify = Callable[[frozenset[str], int | None], None]  # (what changed, contact to select)

# Columns the app derives itself (search, order, dates computed from other rows): a change of
# one is not someone else's edit.
DERIVED = {"last_interaction_at", "cold_after", "sort_rank", "sort_key", "search_text",
           "updated_at", "due_on"}
# What a user edits when editing a contact (its interactions and follow-ups are their own).
CONTACT_TABLES = {"contacts", "contact_methods", "contact_tags", "positions", "addresses"}


def _state(snap: snapshots.Snapshot | None, tables: set[str] | None = None) -> dict:
    """The rows of a snapshot as a value to compare, without the derived columns."""
    if snap is None:
        return {}
    return {t: sorted(tuple(sorted((k, repr(v)) for k, v in row.items() if k not in DERIVED))
                      for row in rows)
            for t, rows in snap.rows.items() if (tables is None or t in tables) and rows}


class Command(QUndoCommand):
    what: frozenset[str] = ALL

    # What undo and redo check is still as this command left it: "contact" (the contact's
    # own rows), "contact-all" (with everything hanging off it), "interaction", "follow_up",
    # or None (no check).
    checks: str | None = None

    def __init__(self, text: str, journal: Journal, notify: Notify, select: int | None = None):
        super().__init__(translate_message(text, "undo"))  # the step's name, translated
        self.journal, self.notify, self.select = journal, notify, select
        self._fresh = True
        self._left: dict | None = None  # state() after the last do, again or back

    def state(self) -> dict | None:
        """The rows this command wrote, as it left them (compared before undo and redo)."""
        j = self.journal
        if self.checks == "contact":
            return _state(snapshots.contact(j, self.select), CONTACT_TABLES)
        if self.checks == "contact-all":
            return _state(snapshots.contact(j, self.select)) if self.select else {}
        if self.checks == "interaction":
            return _state(snapshots.interaction(j, self.interaction_id))
        if self.checks == "follow_up":
            return _state(snapshots.follow_up(j, self.follow_up_id))
        return None

    def _guarded(self, step: Callable[[], None], verb: str) -> bool:
        """Run undo's or redo's step if the rows are still as this command left them; else
        refuse: say why and take the command off the stack (it cannot be done safely)."""
        try:
            if self.state() != self._left:
                raise self.refusal(verb)
            step()
            self._left = self.state()
        except KizunaError as e:
            self._refused(e)
            return False
        return True

    def _refused(self, e: KizunaError) -> None:
        """Undo or redo could not be done: take the command off the stack (it cannot be done
        safely) and say why in the window that owns it."""
        self.setObsolete(True)
        owner = getattr(self.notify, "__self__", None)
        refused = getattr(owner, "undo_refused", None)
        if refused is not None:
            refused(i18n_message(e))

    def refusal(self, verb: str) -> ConflictError:
        """Why undo or redo (``verb``) is not done: the rows changed since."""
        return ConflictError(
            f"{verb} “{self.text()}” was not done: what it would put back was changed "
            "since (in another window, by a script or an import), and doing it would "
            "write over that change.")

    def do(self) -> None:  # the first time; may raise
        raise NotImplementedError

    def again(self) -> None:  # redo after an undo
        raise NotImplementedError

    def back(self) -> None:  # undo
        raise NotImplementedError

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
        elif not self._guarded(self.again, "Redo of"):
            return
        self.notify(self.what, self.select)

    def undo(self) -> None:
        if self._guarded(self.back, "Undo of"):
            self.notify(self.what, self.select)


def push(stack: QUndoStack, command: Command) -> Command:
    """Carry the command out (raising, with nothing pushed, if it fails), then push it. A
    journal that cannot take the change now (busy in another process, a full disk, a
    read-only or replaced file) raises ValidationError under "journal", so that the dialog
    says so and keeps what was typed."""
    try:
        command.do()
        command._left = command.state()
    except JournalError as e:
        from kizuna_desktop.i18n import message

        raise ValidationError.single("journal", message(e)) from e  # in the interface's language
    stack.push(command)
    return command


class CreateContact(Command):
    checks = "contact-all"
    def __init__(self, journal: Journal, notify: Notify, data: contacts.ContactInput):
        n = data.name_parts
        super().__init__(f"New contact {n.family_name or n.family_latin}".strip(), journal, notify)
        self.data = data
        self.snapshot: snapshots.Snapshot | None = None

    def do(self) -> None:
        self.select = contacts.create(self.journal, self.data).id

    def again(self) -> None:
        snapshots.restore(self.journal, self.snapshot)

    def back(self) -> None:
        self.snapshot = snapshots.contact(self.journal, self.select)
        contacts.delete(self.journal, self.select)


class EditContact(Command):
    checks = "contact"
    what = frozenset({CONTACTS, TAGS})

    def __init__(self, journal: Journal, notify: Notify, contact_id: int,
                 before: contacts.ContactInput, after: contacts.ContactInput):
        super().__init__("Edit contact", journal, notify, contact_id)
        self.before, self.after = before, after

    def do(self) -> None:
        contacts.update(self.journal, self.select, self.after)

    again = do

    def back(self) -> None:
        contacts.update(self.journal, self.select, self.before)


class SetArchived(Command):
    checks = "contact"
    what = frozenset({CONTACTS})

    def __init__(self, journal: Journal, notify: Notify, contact_id: int, archived: bool):
        super().__init__("Archive contact" if archived else "Unarchive contact", journal, notify,
                         contact_id)
        self.archived = archived

    def do(self) -> None:
        contacts.set_archived(self.journal, self.select, self.archived)

    again = do

    def back(self) -> None:
        contacts.set_archived(self.journal, self.select, not self.archived)


class DeleteContact(Command):
    checks = "contact-all"
    def __init__(self, journal: Journal, notify: Notify, contact_id: int, name: str):
        super().__init__(f"Delete {name}", journal, notify, contact_id)
        self.snapshot: snapshots.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = snapshots.contact(self.journal, self.select)
        contacts.delete(self.journal, self.select)

    again = do

    def back(self) -> None:
        snapshots.restore(self.journal, self.snapshot)


class Change(Command):
    """A change described by how to snapshot what it touches, how to make it, and how to put
    a snapshot back."""

    def __init__(self, text: str, journal: Journal, notify: Notify,
                 take: Callable[[], snapshots.Snapshot], make: Callable[[], object],
                 put: Callable[[snapshots.Snapshot], None], what: frozenset[str],
                 select: int | None):
        super().__init__(text, journal, notify, select)
        self.take, self.make, self.put, self.what = take, make, put, what
        self.before: snapshots.Snapshot | None = None
        self.after: snapshots.Snapshot | None = None

    def do(self) -> None:
        self.before = self.take()
        self.make()
        self.after = self.take()

    def again(self) -> None:
        self.put(self.after)

    def back(self) -> None:
        self.put(self.before)

    def state(self) -> dict:
        return _state(self.take())


def positions_change(text: str, journal: Journal, notify: Notify, contact_id: int,
                     make: Callable[[], object]) -> Change:
    return Change(text, journal, notify, lambda: snapshots.positions(journal, contact_id), make,
                  lambda snap: snapshots.replace_positions(journal, snap),
                  frozenset({POSITIONS, ORGANIZATIONS}), contact_id)


def follow_up_change(text: str, journal: Journal, notify: Notify, follow_up_id: int,
                     make: Callable[[], object], contact_id: int | None = None) -> Change:
    return Change(text, journal, notify, lambda: snapshots.follow_up(journal, follow_up_id),
                  make, lambda snap: snapshots.restore(journal, snap),
                  frozenset({FOLLOWUPS}), contact_id)


class LogInteraction(Command):
    checks = "interaction"
    what = frozenset({INTERACTIONS, FOLLOWUPS})  # its follow-ups hang off it

    def __init__(self, journal: Journal, notify: Notify, data: interactions.InteractionInput,
                 select: int | None):
        super().__init__(f"Log {data.kind.value.replace('_', ' ')}", journal, notify, select)
        self.data = data
        self.interaction_id: int | None = None
        self.snapshot: snapshots.Snapshot | None = None

    def do(self) -> None:
        self.interaction_id = interactions.create(self.journal, self.data).id

    def again(self) -> None:
        snapshots.restore(self.journal, self.snapshot)

    def back(self) -> None:
        self.snapshot = snapshots.interaction(self.journal, self.interaction_id)
        interactions.delete(self.journal, self.interaction_id)


class EditInteraction(Command):
    checks = "interaction"
    what = frozenset({INTERACTIONS, FOLLOWUPS})  # its follow-ups hang off it

    def __init__(self, journal: Journal, notify: Notify, interaction_id: int,
                 before: interactions.InteractionInput, after: interactions.InteractionInput,
                 select: int | None):
        super().__init__("Edit interaction", journal, notify, select)
        self.interaction_id, self.before, self.after = interaction_id, before, after

    def do(self) -> None:
        interactions.update(self.journal, self.interaction_id, self.after)

    again = do

    def back(self) -> None:
        interactions.update(self.journal, self.interaction_id, self.before)


class DeleteInteraction(Command):
    checks = "interaction"
    what = frozenset({INTERACTIONS, FOLLOWUPS})  # its follow-ups hang off it

    def __init__(self, journal: Journal, notify: Notify, interaction_id: int,
                 select: int | None):
        super().__init__("Delete interaction", journal, notify, select)
        self.interaction_id = interaction_id
        self.snapshot: snapshots.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = snapshots.interaction(self.journal, self.interaction_id)
        interactions.delete(self.journal, self.interaction_id)

    again = do

    def back(self) -> None:
        snapshots.restore(self.journal, self.snapshot)


class CreateFollowUp(Command):
    checks = "follow_up"
    what = frozenset({FOLLOWUPS})

    def __init__(self, journal: Journal, notify: Notify, data: followups.FollowUpInput):
        super().__init__(f"New follow-up “{data.title[:30]}”", journal, notify)
        self.data = data
        self.follow_up_id: int | None = None
        self.snapshot: snapshots.Snapshot | None = None

    def do(self) -> None:
        self.follow_up_id = followups.create(self.journal, self.data).id

    def again(self) -> None:
        snapshots.restore(self.journal, self.snapshot)

    def back(self) -> None:
        self.snapshot = snapshots.follow_up(self.journal, self.follow_up_id)
        followups.delete(self.journal, self.follow_up_id)


class DeleteFollowUp(Command):
    checks = "follow_up"
    what = frozenset({FOLLOWUPS})

    def __init__(self, journal: Journal, notify: Notify, follow_up_id: int):
        super().__init__("Delete follow-up", journal, notify)
        self.follow_up_id = follow_up_id
        self.snapshot: snapshots.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = snapshots.follow_up(self.journal, self.follow_up_id)
        followups.delete(self.journal, self.follow_up_id)

    again = do

    def back(self) -> None:
        snapshots.restore(self.journal, self.snapshot)


class MergeContacts(Command):
    """Contact > Merge contacts…: ``other_id`` merged into ``keep_id``; undo puts both back
    (the same ids and rows)."""

    def __init__(self, journal: Journal, notify: Notify, keep_id: int, other_id: int,
                 text: str):
        super().__init__(text, journal, notify, keep_id)
        self.other_id = other_id
        self.record = None

    def do(self) -> None:
        from kizuna_desktop.services import merge

        self.record = merge.merge(self.journal, self.select, self.other_id)

    again = do

    def back(self) -> None:
        from kizuna_desktop.services import merge

        merge.unmerge(self.journal, self.record)


class ImportContacts(Command):
    """An import from File > Import, pushed once it is done (it ran in the background):
    undo deletes the contacts it made and puts the ones it merged into back; redo imports
    the same plan again (matched again, so nobody is doubled)."""

    def __init__(self, journal: Journal, notify: Notify, plan, result):
        super().__init__(f"Import {plan.filename}", journal, notify)
        self.plan, self.result = plan, result

    def do(self) -> None:
        from kizuna_desktop.services import importing

        self.result = importing.apply(self.journal, self.plan, undoable=True)

    again = do

    def back(self) -> None:
        from kizuna_desktop.services import importing

        importing.undo(self.journal, self.result)
