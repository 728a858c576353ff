"""A screen reader can name every control (issue 18, "Screen readers"): every widget a person
operates in the main window and in each dialog (contact editor, quick log, follow-up, gift,
introduction, organisation, position, meishi, import, briefing, merge) has an accessible name,
or is the buddy of a label with text, or is a button with its own text. What a reader gets is
read back through Qt's accessibility interface, as an assistive technology reads it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

from kizuna_desktop.services import contacts, search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.accessible import INTERACTIVE
from tests.conftest import copy_journal


def _internal(w: QWidget) -> bool:
    """Parts Qt makes inside a composite control (a combo box's list, a spin box's line, a
    view's header and scroll bars, the menu bar's extension arrow): the control names them."""
    if w.objectName().startswith("qt_") or isinstance(w, (QScrollBar, QHeaderView)):
        return True
    parent = w.parentWidget()
    if isinstance(parent, (QLineEdit, QTabBar)):  # a line's clear button, a tab bar's arrows
        return True
    a = parent
    while a is not None:
        if isinstance(a, (QComboBox, QAbstractSpinBox, QCalendarWidget)):
            return True
        a = a.parentWidget()
    return False


def _buddies(root: QWidget) -> set[int]:
    return {id(lb.buddy()) for lb in root.findChildren(QLabel)
            if lb.buddy() is not None and lb.text().replace("&", "").strip()}


def unnamed(root: QWidget) -> list[str]:
    """Every interactive widget under ``root`` a screen reader could not name."""
    buddies = _buddies(root)
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or _internal(w):
            continue
        if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
            continue  # a button is named by its text (icon-only ones carry it too)
        if w.accessibleName().strip() or id(w) in buddies:
            continue
        hint = (getattr(w, "placeholderText", lambda: "")() or w.toolTip()
                or type(w.parentWidget()).__name__)
        missing.append(f"{type(w).__name__} ({hint})")
    return missing


def reader_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


@pytest.fixture
def demo(tmp_path, demo_template):
    j = Journal.open(copy_journal(demo_template, tmp_path / "demo.kizuna"))
    yield j
    j.close()


def test_the_check_finds_an_unnamed_field(qtbot):
    # It can fail: a bare line edit and an icon-less, text-less button are reported.
    from PySide6.QtWidgets import QPushButton, QVBoxLayout
    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    lay.addWidget(QLineEdit())
    lay.addWidget(QPushButton())
    assert len(unnamed(box)) == 2


def test_form_labels_name_the_field_inside_a_row(qtbot, journal):
    # A row whose field is an input with its message line under it: the reader names the
    # input after the row's label, and the label's mnemonic moves focus into it.
    from kizuna_desktop.ui.gift_dialog import GiftDialog

    me = contacts.create(journal, contacts.ContactInput(family_name="山田", given_name="太郎"))
    d = GiftDialog(journal, lambda data: None, (me.id, "山田 太郎"))
    qtbot.addWidget(d)
    assert reader_name(d.what) == "What"
    assert reader_name(d.date) == "Date"
    assert reader_name(d.people) == "People involved"


def _main_window(qtbot, journal):
    from kizuna_desktop.ui.main_window import MainWindow

    w = MainWindow(journal, is_demo=True)
    qtbot.addWidget(w)
    w.show()
    QApplication.processEvents()
    return w


def test_main_window(qtbot, demo):
    w = _main_window(qtbot, demo)
    yamada = search.resolve(demo, "yamada taro").id
    w.contacts.select(yamada)  # the card and the timeline fill in
    QApplication.processEvents()
    assert unnamed(w) == []
    # The three panes' main controls carry names that say what they are.
    views = [v for v in w.findChildren(QAbstractItemView) if not _internal(v) and v.isVisible()]
    assert all(reader_name(v) for v in views)
    search_box = next(e for e in w.findChildren(QLineEdit) if not _internal(e)
                      and "search" in e.accessibleName().lower())
    assert reader_name(search_box)
    w.close()


def test_contact_editor(qtbot, demo):
    from kizuna_desktop.ui.contact_editor import ContactEditor

    yamada = contacts.get(demo, search.resolve(demo, "yamada taro").id)
    for contact in (None, yamada):
        editor = ContactEditor(demo, lambda data: None, contact)
        qtbot.addWidget(editor)
        editor.show()
        assert unnamed(editor) == [], contact
        # Each field's label is its buddy: the reader names it, Alt+letter goes there.
        assert {editor.family_name, editor.given_name, editor.family_reading,
                editor.given_reading, editor.honorific, editor.region,
                editor.interests} <= {lb.buddy() for lb in editor.findChildren(QLabel)}
        assert reader_name(editor.family_name) == "Family name"
        assert reader_name(editor.given_latin) == "Latin given name"
        editor.done(0)


def test_quick_log_and_follow_up(qtbot, demo):
    from kizuna_desktop.ui.quick_log import FollowUpDialog, QuickLogDialog

    yamada = search.resolve(demo, "yamada taro")
    log = QuickLogDialog(demo, lambda data: None, [(yamada.id, "山田 太郎")])
    qtbot.addWidget(log)
    log.show()
    assert unnamed(log) == []
    f = FollowUpDialog("Send the photos", date(2026, 12, 9), lambda *a: None, "New follow-up")
    qtbot.addWidget(f)
    f.show()
    assert unnamed(f) == []


def test_record_dialogs(qtbot, demo):
    from kizuna_desktop.ui.gift_dialog import GiftDialog
    from kizuna_desktop.ui.introduction_dialog import IntroductionDialog
    from kizuna_desktop.ui.organization_editor import OrganizationEditor
    from kizuna_desktop.ui.position_editor import PositionDialog

    yamada = search.resolve(demo, "yamada taro").id
    people = [(yamada, "山田 太郎")]
    dialogs = {
        "gift": GiftDialog(demo, lambda data: None, people[0]),
        "introduction": IntroductionDialog(demo, lambda data: None, people, introduced=yamada),
        "organisation": OrganizationEditor(demo, lambda data: None),
        "position": PositionDialog(demo, None),
        "transfer": PositionDialog(demo, None, transfer=True),
    }
    for name, d in dialogs.items():
        qtbot.addWidget(d)
        d.show()
        assert unnamed(d) == [], name


def test_meishi_import_briefing_merge(qtbot, demo, tmp_path):
    from kizuna_desktop.ui.briefing_dialog import BriefingDialog
    from kizuna_desktop.ui.import_dialog import ImportDialog
    from kizuna_desktop.ui.meishi_dialog import MeishiDialog
    from kizuna_desktop.ui.merge_dialog import MergeDialog

    yamada = search.resolve(demo, "yamada taro").id
    other = contacts.create(demo, contacts.ContactInput(family_name="山田", given_name="太朗"))
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Company,E-mail\n佐藤 花子,東和銀行,hanako@example.jp\n",
                   encoding="utf-8")
    dialogs = {
        "meishi": MeishiDialog(demo),
        "import": ImportDialog(demo, csv, lambda result: None),
        "briefing": BriefingDialog([(yamada, "山田 太郎")]),
        "merge": MergeDialog(demo, yamada, other.id, lambda *a: None),
    }
    for name, d in dialogs.items():
        qtbot.addWidget(d)
        d.show()
        QApplication.processEvents()
        assert unnamed(d) == [], name
    dialogs["meishi"].dirty = False


def test_preferences_meetings_and_organisations(qtbot, demo):
    from kizuna_desktop.ui.meetings_view import MeetingsView
    from kizuna_desktop.ui.organizations_view import OrganizationsView
    from kizuna_desktop.ui.preferences_dialog import PreferencesDialog

    w = _main_window(qtbot, demo)
    views = {"preferences": PreferencesDialog(demo), "meetings": MeetingsView(demo, window=w),
             "organisations": OrganizationsView(w)}
    for name, v in views.items():
        qtbot.addWidget(v)
        v.show()
        QApplication.processEvents()
        assert unnamed(v) == [], name
    prefs = views["preferences"]
    assert reader_name(prefs.briefings_dir.edit) == "Briefings go to"
