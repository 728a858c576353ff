"""The gift and introduction dialogs name an ambiguous person's candidates (name, company,
id) in the field's message, as the command line lists them."""

from __future__ import annotations

import os

from kizuna_desktop.services import careers, contacts
from kizuna_desktop.ui.gift_dialog import GiftDialog
from kizuna_desktop.ui.introduction_dialog import IntroductionDialog


def _two_satos(journal):
    ids = []
    for org, title in (("東和銀行", "課長"), ("三星商事", "係長")):
        ids.append(careers.create_contact(
            journal, contacts.ContactInput(family_name="佐藤", given_name="花子"),
            careers.Role(organization_name=org, title_ja=title)).id)
    me = contacts.create(journal, contacts.ContactInput(family_name="山田", given_name="太郎"))
    return ids, me.id


def test_introduction_dialog_lists_who_an_ambiguous_name_matches(qtbot, journal):
    (a, b), me = _two_satos(journal)
    saved = []
    dialog = IntroductionDialog(journal, saved.append, [(me, "山田 太郎")], introduced=me)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.introducer.setEditText("佐藤")
    dialog.save()
    shown = dialog.rows["introducer_id"].error.text()
    assert dialog.isVisible() and saved == []
    assert f"東和銀行, id {a})" in shown and f"三星商事, id {b})" in shown
    assert "佐藤 花子" in shown and not shown.endswith(":")
    if shot := os.environ.get("KIZUNA_SHOT_DIR"):
        dialog.grab().save(f"{shot}/introduction_ambiguous.png")


def test_gift_dialog_lists_who_an_ambiguous_name_matches(qtbot, journal):
    (a, b), me = _two_satos(journal)
    dialog = GiftDialog(journal, lambda data: None, (me, "山田 太郎"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_name.setText("佐藤")
    dialog.add_typed()
    shown = dialog.rows["others"].error.text()
    assert f"東和銀行, id {a})" in shown and f"三星商事, id {b})" in shown
    assert dialog.people.count() == 1  # only the contact itself
