"""Undo commands for the records: organisations (new, edit, merge), gifts and favours,
introductions, a new contact with its first position, the career changes and the photo an
editor saves. Each is carried out by ``commands.push`` and undone exactly."""

from __future__ import annotations

from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.services import (
    careers,
    contacts,
    introductions,
    ledger,
    organizations,
    photos,
    snapshots,
)
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.commands import (
    ALL,
    INTRODUCTIONS,
    LEDGER,
    ORGANIZATIONS,
    PHOTOS,
    POSITIONS,
    Command,
    Notify,
)

RECORDS = frozenset({ORGANIZATIONS, POSITIONS})  # names shown in positions and career steps


def _drop_unused(journal: Journal, org_ids: list[int]) -> list[organizations.OrganizationView]:
    """Delete organisations a command made that nobody is at any more; returns them."""
    gone = []
    for oid in org_ids:
        try:
            view = organizations.get(journal, oid)
        except NotFoundError:
            continue
        if view.people_now + view.people_before == 0:
            organizations.delete(journal, oid)
            gone.append(view)
    return gone


class CreateOrganization(Command):
    what = frozenset({ORGANIZATIONS})

    def __init__(self, journal: Journal, notify: Notify, data: organizations.OrganizationInput):
        super().__init__(f"New organisation {data.name_ja or data.name_en}", journal, notify)
        self.data = data
        self.view: organizations.OrganizationView | None = None

    def do(self) -> None:
        self.view = organizations.create(self.journal, self.data)

    def again(self) -> None:
        organizations.restore(self.journal, self.view)

    def back(self) -> None:
        organizations.delete(self.journal, self.view.id)


class DeleteOrganization(Command):
    """Delete an organisation nobody has a position at (a typo, a duplicate left empty)."""

    what = frozenset({ORGANIZATIONS})

    def __init__(self, journal: Journal, notify: Notify, organization_id: int):
        self.view = organizations.get(journal, organization_id)
        super().__init__(f"Delete organisation {self.view.name}", journal, notify)
        self.members = [o.id for o in organizations.members(journal, organization_id)]

    def do(self) -> None:
        organizations.delete(self.journal, self.view.id)

    again = do

    def back(self) -> None:
        organizations.restore(self.journal, self.view)
        for oid in self.members:  # its members lost the group on delete (SET NULL)
            member = organizations.get(self.journal, oid)
            data = member.to_input()
            data.group_id = self.view.id
            organizations.update(self.journal, oid, data)


class EditOrganization(Command):
    what = RECORDS

    def __init__(self, journal: Journal, notify: Notify, organization_id: int,
                 before: organizations.OrganizationInput,
                 after: organizations.OrganizationInput):
        super().__init__("Edit organisation", journal, notify)
        self.organization_id, self.before, self.after = organization_id, before, after

    def do(self) -> None:
        organizations.update(self.journal, self.organization_id, self.after)

    again = do

    def back(self) -> None:
        organizations.update(self.journal, self.organization_id, self.before)


class MergeOrganizations(Command):
    what = RECORDS

    def __init__(self, journal: Journal, notify: Notify, source_id: int, target_id: int,
                 text: str):
        super().__init__(text, journal, notify)
        self.source_id, self.target_id = source_id, target_id
        self.record: organizations.Merged | None = None

    def do(self) -> None:
        self.record = organizations.merge(self.journal, self.source_id, self.target_id)

    again = do

    def back(self) -> None:
        organizations.unmerge(self.journal, self.record)


class CreateGift(Command):
    what = frozenset({LEDGER})

    def __init__(self, journal: Journal, notify: Notify, data: ledger.LedgerInput,
                 select: int | None):
        kind = "favour" if data.kind == "favour" else "gift"
        super().__init__(f"New {kind}", journal, notify, select)
        self.data = data
        self.entry_id: int | None = None

    def do(self) -> None:
        self.entry_id = ledger.create(self.journal, self.data).id

    def again(self) -> None:
        ledger.create(self.journal, self.data, entry_id=self.entry_id)

    def back(self) -> None:
        ledger.delete(self.journal, self.entry_id)


class EditGift(Command):
    what = frozenset({LEDGER})

    def __init__(self, journal: Journal, notify: Notify, entry_id: int,
                 before: ledger.LedgerInput, after: ledger.LedgerInput, select: int | None):
        super().__init__("Edit gift or favour", journal, notify, select)
        self.entry_id, self.before, self.after = entry_id, before, after

    def do(self) -> None:
        ledger.update(self.journal, self.entry_id, self.after)

    again = do

    def back(self) -> None:
        ledger.update(self.journal, self.entry_id, self.before)


class DeleteGift(Command):
    what = frozenset({LEDGER})

    def __init__(self, journal: Journal, notify: Notify, entry_id: int, select: int | None):
        super().__init__("Delete gift or favour", journal, notify, select)
        self.entry_id = entry_id
        self.data: ledger.LedgerInput | None = None

    def do(self) -> None:
        self.data = ledger.get(self.journal, self.entry_id).to_input()
        ledger.delete(self.journal, self.entry_id)

    again = do

    def back(self) -> None:
        ledger.create(self.journal, self.data, entry_id=self.entry_id)


class CreateIntroduction(Command):
    what = frozenset({INTRODUCTIONS})

    def __init__(self, journal: Journal, notify: Notify,
                 data: introductions.IntroductionInput, select: int | None):
        super().__init__("Record an introduction", journal, notify, select)
        self.data = data
        self.introduction_id: int | None = None

    def do(self) -> None:
        self.introduction_id = introductions.create(self.journal, self.data).id

    def again(self) -> None:
        introductions.create(self.journal, self.data, introduction_id=self.introduction_id)

    def back(self) -> None:
        introductions.delete(self.journal, self.introduction_id)


class EditIntroduction(Command):
    what = frozenset({INTRODUCTIONS})

    def __init__(self, journal: Journal, notify: Notify, introduction_id: int,
                 before: introductions.IntroductionInput,
                 after: introductions.IntroductionInput, select: int | None):
        super().__init__("Edit introduction", journal, notify, select)
        self.introduction_id, self.before, self.after = introduction_id, before, after

    def do(self) -> None:
        introductions.update(self.journal, self.introduction_id, self.after)

    again = do

    def back(self) -> None:
        introductions.update(self.journal, self.introduction_id, self.before)


class DeleteIntroduction(Command):
    what = frozenset({INTRODUCTIONS})

    def __init__(self, journal: Journal, notify: Notify, introduction_id: int,
                 select: int | None):
        super().__init__("Delete introduction", journal, notify, select)
        self.introduction_id = introduction_id
        self.data: introductions.IntroductionInput | None = None

    def do(self) -> None:
        self.data = introductions.get(self.journal, self.introduction_id).to_input()
        introductions.delete(self.journal, self.introduction_id)

    again = do

    def back(self) -> None:
        introductions.create(self.journal, self.data, introduction_id=self.introduction_id)


class CreateContactWithRole(Command):
    """A new contact and its first position (from the editor's first tab), in one step."""

    what = ALL
    checks = "contact-all"  # undo and redo refuse when someone changed it since

    def __init__(self, journal: Journal, notify: Notify, data: contacts.ContactInput,
                 role: careers.Role | None, photo: bytes | None = None):
        n = data.name_parts
        super().__init__(f"New contact {n.family_name or n.family_latin}".strip(), journal,
                         notify)
        self.data, self.role, self.photo = data, role, photo
        self.snapshot: snapshots.Snapshot | None = None
        self.new_orgs: list[organizations.OrganizationView] = []
        self.new_org_ids: list[int] = []

    def do(self) -> None:
        before = {o.id for o in organizations.list_all(self.journal, limit=100000)}
        with self.journal.session():
            self.select = careers.create_contact(self.journal, self.data, self.role).id
            if self.photo is not None:
                photos.set_photo(self.journal, self.select, self.photo)
        self.new_org_ids = [o.id for o in organizations.list_all(self.journal, limit=100000)
                            if o.id not in before]

    def again(self) -> None:
        for view in self.new_orgs:
            organizations.restore(self.journal, view)
        snapshots.restore(self.journal, self.snapshot)

    def back(self) -> None:
        self.snapshot = snapshots.contact(self.journal, self.select)
        contacts.delete(self.journal, self.select)
        self.new_orgs = _drop_unused(self.journal, self.new_org_ids)


class SaveCareer(Command):
    """The position changes a contact editor collected (transfers, edits, deletions),
    carried out together when it is saved; undo puts the positions back as they were."""

    what = frozenset({POSITIONS, ORGANIZATIONS})
    checks = "contact"

    def __init__(self, journal: Journal, notify: Notify, contact_id: int,
                 ops: list[careers.Op], text: str = "Record career changes"):
        super().__init__(text, journal, notify, contact_id)
        self.ops = ops
        self.before: snapshots.Snapshot | None = None
        self.after: snapshots.Snapshot | None = None
        self.new_orgs: list[organizations.OrganizationView] = []
        self.new_org_ids: list[int] = []

    def do(self) -> None:
        self.before = snapshots.positions(self.journal, self.select)
        self.new_org_ids = careers.apply(self.journal, self.select, self.ops).new_organizations
        self.after = snapshots.positions(self.journal, self.select)

    def again(self) -> None:
        for view in self.new_orgs:
            organizations.restore(self.journal, view)
        snapshots.replace_positions(self.journal, self.after)

    def back(self) -> None:
        snapshots.replace_positions(self.journal, self.before)
        self.new_orgs = _drop_unused(self.journal, self.new_org_ids)


class SetPhoto(Command):
    what = frozenset({PHOTOS})
    checks = "contact"

    def __init__(self, journal: Journal, notify: Notify, contact_id: int,
                 photo: bytes | None):
        super().__init__("Remove photo" if photo is None else "Set photo", journal, notify,
                         contact_id)
        self.photo = photo
        self.old: bytes | None = None

    def do(self) -> None:
        self.old = photos.get_photo(self.journal, self.select)
        contacts.set_photo(self.journal, self.select, self.photo)  # already scaled

    def again(self) -> None:
        contacts.set_photo(self.journal, self.select, self.photo)

    def back(self) -> None:
        contacts.set_photo(self.journal, self.select, self.old)

