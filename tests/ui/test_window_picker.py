"""Log interaction's people picker (issue 18 leftovers): family names first. Typing 山田 or
"yamada" puts 山田 太郎 before someone whose given name starts so, whatever the list's
order; Enter picks that first match."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kizuna_desktop.services import contacts
from kizuna_desktop.ui.quick_log import QuickLogDialog

from .helpers import commit_ime_text


def person(journal, family, given, fr, gr, fl, gl):
    return contacts.create(journal, contacts.ContactInput(
        family_name=family, given_name=given, family_reading=fr, given_reading=gr,
        family_latin=fl, given_latin=gl)).id


def test_the_picker_puts_family_name_matches_first(qtbot, journal):
    abe = person(journal, "阿部", "山田子", "あべ", "やまだこ", "Abe", "Yamadako")
    tanaka = person(journal, "田中", "山田男", "たなか", "やまだお", "Tanaka", "Yamadao")
    yamada = person(journal, "山田", "太郎", "やまだ", "たろう", "Yamada", "Taro")
    log = QuickLogDialog(journal, lambda data: None, [])
    qtbot.addWidget(log)
    log.show()
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow, timeout=5000)
    log.add_person.setFocus()
    for typed in ("山田", "やまだ", "ヤマダ", "yamada"):
        log.add_person.clear()
        if typed.isascii():
            qtbot.keyClicks(log.add_person, typed)
        else:
            commit_ime_text(log.add_person, typed)  # as an input method commits it
        ids = list(log._matches.values())
        assert ids[0] == yamada, (typed, list(log._matches))  # the family name first
        assert set(ids[1:]) >= {abe, tanaka}  # the given names after, still offered
    qtbot.keyClick(log.add_person, Qt.Key.Key_Return)
    assert log.participant_ids() == [yamada]
    log.add_person.completer().popup().hide()
    log.done(0)
