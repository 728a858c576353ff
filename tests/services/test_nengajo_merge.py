"""New Year marks follow a merge and come back with undo (issue 25, brief 5 item 1): an
organisation merge (and its undo), a contact delete and its undo (the window's snapshot),
a contact merge (and its undo)."""

from __future__ import annotations

import pytest

from kizuna_desktop.services import contacts, merge, nengajo, organizations, snapshots
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal

YEAR = 2027


@pytest.fixture
def journal(tmp_path):
    with Journal.open(tmp_path / "m.kizuna") as j:
        yield j


def _person(j, family, given):
    return contacts.create(j, ContactInput(family_name=family, given_name=given, addresses=[
        AddressInput(label="home", text="〒530-0001 大阪府大阪市北区梅田2-4-9")])).id


def _org(j, name):
    return organizations.create(j, organizations.OrganizationInput(name_ja=name)).id


def test_organisation_merge_moves_marks_and_undo_puts_them_back(journal):
    src, dst = _org(journal, "大阪商事"), _org(journal, "大阪商事株式会社")
    nengajo.mark_organization(journal, src, YEAR - 1, received=True)
    nengajo.mark_organization(journal, src, YEAR, sent=True, department="総務部")
    nengajo.mark_organization(journal, dst, YEAR, send=True)
    record = organizations.merge(journal, src, dst)
    assert nengajo.marks_of(journal, ("organization", dst), YEAR - 1) == nengajo.Marks(
        received=True)
    assert nengajo.marks_of(journal, ("organization", dst), YEAR) == nengajo.Marks(
        send=True, sent=True)
    assert nengajo.details_of(journal, ("organization", dst), YEAR).department == "総務部"
    organizations.unmerge(journal, record)
    assert nengajo.marks_of(journal, ("organization", src), YEAR) == nengajo.Marks(sent=True)
    assert nengajo.marks_of(journal, ("organization", src), YEAR - 1) == nengajo.Marks(
        received=True)
    assert nengajo.marks_of(journal, ("organization", dst), YEAR) == nengajo.Marks(send=True)
    assert nengajo.marks_of(journal, ("organization", dst), YEAR - 1) == nengajo.Marks()
    assert nengajo.details_of(journal, ("organization", dst), YEAR).department == ""


def test_contact_delete_and_undo_keeps_the_marks(journal):
    cid = _person(journal, "山田", "太郎")
    nengajo.mark(journal, cid, YEAR - 1, received=True)
    nengajo.mark(journal, cid, YEAR, send=True, joint_names=["花子"])
    snap = snapshots.contact(journal, cid)
    contacts.delete(journal, cid)
    snapshots.restore(journal, snap)
    assert nengajo.marks_of(journal, ("contact", cid), YEAR - 1) == nengajo.Marks(received=True)
    assert nengajo.marks_of(journal, ("contact", cid), YEAR) == nengajo.Marks(send=True)
    assert nengajo.details_of(journal, ("contact", cid), YEAR).joint_names == ["花子"]
    assert cid in {r.key[1] for r in nengajo.new_year_list(journal, YEAR).everyone}


def test_contact_merge_moves_marks_and_unmerge_restores_both(journal):
    keep, other = _person(journal, "佐藤", "一郎"), _person(journal, "佐藤", "一朗")
    nengajo.mark(journal, other, YEAR - 1, received=True)
    nengajo.mark(journal, other, YEAR, mourning=True)
    nengajo.mark(journal, keep, YEAR, received=True)
    record = merge.merge(journal, keep, other)
    assert nengajo.marks_of(journal, ("contact", keep), YEAR - 1) == nengajo.Marks(received=True)
    assert nengajo.marks_of(journal, ("contact", keep), YEAR) == nengajo.Marks(
        received=True, mourning=True)
    merge.unmerge(journal, record)
    assert nengajo.marks_of(journal, ("contact", other), YEAR) == nengajo.Marks(mourning=True)
    assert nengajo.marks_of(journal, ("contact", other), YEAR - 1) == nengajo.Marks(
        received=True)
    assert nengajo.marks_of(journal, ("contact", keep), YEAR) == nengajo.Marks(received=True)
    assert nengajo.marks_of(journal, ("contact", keep), YEAR - 1) == nengajo.Marks()
