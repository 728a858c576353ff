"""User text is shown as typed in every widget (issues 18.10, 19.4 and 19.6).

Every field a user fills — name, Latin name, nickname, company, department, title, region,
interests, how we met, notes, tags, an interaction's summary, place and notes, a follow-up, a
gift, an introduction's note — holds ``<b>…</b>``, ``<a href="file:///etc/passwd">…</a>`` and
``<img src=…>`` (a real PNG). Then the main window (panes, card, tooltips), the dialogs and
the message boxes (real QMessageBoxes, read while they are open) are walked, and everything
they show is rendered as Qt renders it (a label's or tooltip's text through its text format;
rich text through a real QTextDocument): the markup must show as its characters, no anchor to
a file and no image may appear. The reading fields take kana only, so markup never gets in."""

from __future__ import annotations

import csv as csv_module
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import (
    careers,
    contacts,
    followups,
    interactions,
    introductions,
    ledger,
    organizations,
)
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    InteractionKind,
    LedgerDirection,
    LedgerKind,
    MethodKind,
)
from kizuna_desktop.ui import plain

LINK = 'href="file:///etc/passwd"'
TAGS = ("FAM", "GIV", "FLA", "GLA", "NIC", "REG", "INT", "HOW", "NOT", "TAG", "ORG", "DEP",
        "TIT", "TEN", "YFA", "SUM", "PLA", "INO", "FUT", "FUN", "GIF", "ITN", "LAB")


def hostile(tag: str, image: str) -> str:
    return f'<b>{tag}b</b><a {LINK}>{tag}a</a><img src="{image}">'


@dataclass
class Hostile:
    journal: Journal
    image: str
    x: int = 0  # the contact whose every field is markup
    y: int = 0  # a second one, met together with x
    interaction: int = 0
    follow_up: int = 0
    gift: int = 0
    introduction: int = 0
    organization: int = 0

    def value(self, tag: str) -> str:
        return hostile(tag, self.image)


@pytest.fixture
def data(tmp_path) -> Hostile:
    # A short path, so that the whole markup fits the shortest field (a tag: 100 characters).
    image = Path(tempfile.mkdtemp(prefix="k", dir="/tmp")) / "z.png"
    img = QImage(16, 16, QImage.Format.Format_RGB32)
    img.fill(0xFF0000)
    assert img.save(str(image))
    j = Journal.open(tmp_path / "hostile.kizuna")
    h = Hostile(j, str(image))
    v = h.value
    x = careers.create_contact(j, contacts.ContactInput(
        family_name=v("FAM"), given_name=v("GIV"), family_latin=v("FLA"), given_latin=v("GLA"),
        nickname=v("NIC"), region=v("REG"), interests=v("INT"), how_we_met=v("HOW"),
        notes=v("NOT"), tags=[v("TAG")], cadence_days=7,
        methods=[contacts.Method(kind=MethodKind.EMAIL, value="x@example.jp", label=v("LAB")),
                 contacts.Method(kind=MethodKind.PHONE, value="03-5555-0101")]),
        careers.Role(organization_name=v("ORG"), department_ja=v("DEP"), title_ja=v("TIT"),
                     title_en=v("TEN")))
    y = contacts.create(j, contacts.ContactInput(family_name=v("YFA"), given_name="花子"))
    h.x, h.y = x.id, y.id
    h.organization = x.current_position.organization_id
    when = datetime.now().astimezone() - timedelta(days=30)
    h.interaction = interactions.create(j, interactions.InteractionInput(
        kind=InteractionKind.MEAL, occurred_at=when, participant_ids=[x.id, y.id],
        summary=v("SUM"), place=v("PLA"), notes=v("INO"))).id
    h.follow_up = followups.create(j, followups.FollowUpInput(
        contact_id=x.id, title=v("FUT"), notes=v("FUN"),
        due_date=date.today() - timedelta(days=3))).id
    h.gift = ledger.create(j, ledger.LedgerInput(
        contact_id=x.id, direction=LedgerDirection.GIVEN, kind=LedgerKind.GIFT,
        occurred_on=date.today() - timedelta(days=20), description=v("GIF"))).id
    h.introduction = introductions.create(j, introductions.IntroductionInput(
        introduced_id=x.id, introducer_id=y.id, introduced_on=date.today() - timedelta(days=40),
        note=v("ITN"))).id
    yield h
    j.close()
    shutil.rmtree(image.parent)


# --- rendering as Qt renders ---------------------------------------------------------------

@dataclass
class Seen:
    """What the walk read: every text with a marker in it, and what was wrong with it."""

    tags: set[str] = field(default_factory=set)
    texts: int = 0
    problems: list[str] = field(default_factory=list)


def _document_live_parts(doc: QTextDocument) -> list[str]:
    found, block = [], doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()}")
            elif fmt.isAnchor() and not re.match(r"(tel|mailto):", fmt.anchorHref()):
                found.append(f"link {fmt.anchorHref()}")
            it += 1
        block = block.next()
    return found


def render(text: str, fmt: Qt.TextFormat) -> tuple[str, list[str], bool]:
    """What a label or tooltip with ``text`` in format ``fmt`` shows, its live parts, and
    whether Qt read it as rich text."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text))
    if not rich:
        return text, [], False
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2028", "\n"), _document_live_parts(doc), True


def check(seen: Seen, where: str, shown: str, live: list[str], rich: bool = True) -> None:
    """Every marker shown must stand in its own literal markup. Text Qt took as plain shows
    its characters whatever they are (a name split at its spaces is still what was typed):
    there only an escape shown as such (``&lt;b&gt;``) is wrong."""
    if live:
        seen.problems.append(f"{where}: {live} in {shown[:120]!r}")
    if not rich:
        for tag in TAGS:
            if f"{tag}b" in shown or f"{tag}a" in shown:
                seen.tags.add(tag)
                seen.texts += 1
                if re.search(rf"&(lt|amp);(b|a )[^&]*{tag}", shown):
                    seen.problems.append(f"{where}: escaped twice: {shown[:120]!r}")
        return
    for tag in TAGS:
        for marker, before, after in ((f"{tag}b", "<b>", "</b>"),
                                      (f"{tag}a", f"<a {LINK}>", "</a>")):
            for m in re.finditer(re.escape(marker), shown):
                seen.tags.add(tag)
                seen.texts += 1
                start, end = m.start(), m.end()
                ok_before = shown[max(0, start - len(before)):start] == before
                rest = shown[end:end + len(after)]
                ok_after = rest == after or after.startswith(rest.rstrip("…"))
                if not (ok_before and ok_after):
                    seen.problems.append(f"{where}: {marker} shown as "
                                         f"{shown[max(0, start - 40):end + 20]!r}")


def _columns(model, parent: QModelIndex) -> int:
    try:
        return max(1, model.columnCount(parent))
    except TypeError:  # a list model's columnCount is private to PySide
        return 1


def _view_texts(view: QAbstractItemView):
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if tip:
                    yield "tooltip", str(tip), Qt.TextFormat.AutoText
                shown = model.data(index, Qt.ItemDataRole.DisplayRole)
                if shown:
                    yield "cell", str(shown), Qt.TextFormat.PlainText
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                stack.append(first)


def walk(root: QWidget, seen: Seen, name: str) -> Seen:
    """Everything ``root`` and its children show."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        if w.toolTip():
            check(seen, f"{name} {kind} tooltip", *render(w.toolTip(), Qt.TextFormat.AutoText))
        if isinstance(w, QLabel) and w.text():
            check(seen, f"{name} QLabel", *render(w.text(), w.textFormat()))
        elif isinstance(w, QAbstractButton) and w.text():
            check(seen, f"{name} {kind}", w.text(), [], False)
        elif isinstance(w, QLineEdit) and w.text():
            check(seen, f"{name} {kind}", w.text(), [], False)
        elif isinstance(w, QPlainTextEdit) and w.toPlainText():
            check(seen, f"{name} {kind}", w.toPlainText(), [], False)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                check(seen, f"{name} {kind} item", w.itemText(i), [], False)
        elif isinstance(w, QTextEdit):
            doc = w.document()
            check(seen, f"{name} {kind}", doc.toPlainText(), _document_live_parts(doc))
        elif isinstance(w, QAbstractItemView):
            for what, text, fmt in _view_texts(w):
                check(seen, f"{name} {kind} {what}", *render(text, fmt))
    for a in root.findChildren(QAction):
        if a.toolTip():
            check(seen, f"{name} action tooltip", *render(a.toolTip(), Qt.TextFormat.AutoText))
    return seen


def read_modal(trigger, answer=lambda box: box.reject()) -> list[QWidget]:
    """Run ``trigger`` (which opens a modal dialog and waits for it); read the dialog while
    it is open, then close it with ``answer``. Returns the dialogs seen (read by walk)."""
    seen_boxes: list[QWidget] = []
    seens: list[Seen] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box in seen_boxes:
            return
        seen_boxes.append(box)
        seens.append(walk(box, Seen(), type(box).__name__))
        timer.stop()
        answer(box)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    try:
        trigger()
    finally:
        timer.stop()
    return seens


def assert_plain(seen: Seen, expect: set[str]) -> None:
    assert seen.problems == []
    missing = expect - seen.tags
    assert not missing, f"the walk never saw {sorted(missing)}: nothing was checked for them"


# --- the tests -----------------------------------------------------------------------------

def test_the_check_catches_markup_that_is_obeyed(qapp):
    # It can fail: an AutoText label's text, a raw tooltip and a rich document are caught.
    seen = Seen()
    check(seen, "label", *render(hostile("FAM", "/tmp/z.png"), Qt.TextFormat.AutoText))
    assert any("FAMb shown as" in p for p in seen.problems)
    assert any("link file:///etc/passwd" in p for p in seen.problems)
    assert any("image /tmp/z.png" in p for p in seen.problems)
    ok = Seen()
    check(ok, "tooltip", *render(plain.tooltip(hostile("FAM", "/tmp/z.png")),
                                 Qt.TextFormat.AutoText))
    assert ok.problems == [] and ok.tags == {"FAM"}


def test_readings_refuse_markup(data):
    with pytest.raises(ValidationError) as e:
        contacts.update(data.journal, data.x, contacts.ContactInput(
            family_name="山田", family_reading=data.value("FRD")))
    assert "family_reading" in e.value.errors


def test_main_window_panes_card_and_tooltips(qtbot, data):
    from kizuna_desktop.ui.main_window import MainWindow

    w = MainWindow(data.journal)
    qtbot.addWidget(w)
    w.show()
    w.follow_ups.reload()
    w.contacts.select(data.x)
    QApplication.processEvents()
    tl = w.timeline.tree
    for item_index in range(tl.topLevelItemCount()):  # every month, every entry opened
        tl.expandRecursively(tl.model().index(item_index, 0))
    QApplication.processEvents()
    seen = walk(w, Seen(), "window")
    # Everything the card, the timeline and the follow-ups show (the nickname and the
    # contact's own notes are in the editor, checked below).
    assert_plain(seen, {"FAM", "GIV", "FLA", "GLA", "REG", "INT", "HOW", "TAG", "ORG", "DEP",
                        "TIT", "TEN", "LAB", "SUM", "PLA", "INO", "FUT", "GIF", "ITN", "YFA"})
    w.close()


def test_delete_confirmation_and_shared_interaction(qtbot, data):
    from kizuna_desktop.ui.main_window import MainWindow

    w = MainWindow(data.journal)
    qtbot.addWidget(w)
    w.show()
    w.contacts.select(data.x)
    QApplication.processEvents()
    w.contacts.view.setFocus()
    seens = read_modal(w.delete_action.trigger)
    assert seens, "Delete on a contact asks first"
    assert_plain(seens[0], {"FAM", "GIV"})
    assert w.contacts.model.row_of(data.x) is not None  # answered No: still there
    # The meal x had with y: deleting it asks, naming y.
    from kizuna_desktop.ui.timeline_pane import ROLE_ID, ROLE_KIND

    tree = w.timeline.tree
    items = [tree.topLevelItem(m).child(c) for m in range(tree.topLevelItemCount())
             for c in range(tree.topLevelItem(m).childCount())]
    item = next(i for i in items if i.data(0, ROLE_KIND) == "interaction"
                and i.data(0, ROLE_ID) == data.interaction)
    w.activateWindow()
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.waitUntil(lambda: w.focused_pane() == "timeline")
    seens = read_modal(w.delete_action.trigger)
    assert seens, "Deleting an interaction others attended asks first"
    assert_plain(seens[0], {"YFA"})
    w.close()


def test_contact_editor_and_its_error_lines(qtbot, data):
    from kizuna_desktop.ui.contact_editor import ContactEditor

    detail = contacts.get(data.journal, data.x)

    def refuse(_data):
        # The service's own messages quote what was typed: here a made-up one that does.
        raise ValidationError({"family_name": f"Not a name: {data.value('FAM')}",
                               "notes": data.value("NOT")})

    editor = ContactEditor(data.journal, refuse, detail)
    qtbot.addWidget(editor)
    editor.show()
    seen = walk(editor, Seen(), "editor")
    editor.save()
    QApplication.processEvents()
    seen = walk(editor, seen, "editor after save")
    assert_plain(seen, {"FAM", "NOT"})
    errors = [lb for lb in editor.findChildren(QLabel)
              if lb.isVisible() and data.value("FAM") in lb.text()]
    assert errors and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in errors)
    editor.done(0)


def test_record_dialogs(qtbot, data):
    from kizuna_desktop.ui.gift_dialog import GiftDialog
    from kizuna_desktop.ui.introduction_dialog import IntroductionDialog
    from kizuna_desktop.ui.organization_editor import OrganizationEditor
    from kizuna_desktop.ui.position_editor import PositionDialog
    from kizuna_desktop.ui.quick_log import FollowUpDialog, QuickLogDialog

    j, v = data.journal, data.value
    x = contacts.get(j, data.x)
    name = f"{x.family_name} {x.given_name}"
    people = [(data.x, name), (data.y, v("YFA"))]
    f = followups.get(j, data.follow_up)
    dialogs = {
        "gift": GiftDialog(j, lambda d: None, people[0], ledger.get(j, data.gift)),
        "introduction": IntroductionDialog(j, lambda d: None, people,
                                           existing=introductions.get(j, data.introduction)),
        "organisation": OrganizationEditor(j, lambda d: None,
                                           organizations.get(j, data.organization)),
        "position": PositionDialog(j, x.current_position),
        "log": QuickLogDialog(j, lambda d: None, people,
                              interactions.get(j, data.interaction)),
        "follow-up": FollowUpDialog(f.title, f.due_date, lambda *a: None, "Edit follow-up",
                                    f.notes),
    }
    seen = Seen()
    for label, d in dialogs.items():
        qtbot.addWidget(d)
        d.show()
        QApplication.processEvents()
        walk(d, seen, label)
    # A typed name that matches nobody is quoted back under the field.
    dialogs["gift"].add_name.setText(v("GIF"))
    dialogs["gift"].add_typed()
    walk(dialogs["gift"], seen, "gift error")
    assert_plain(seen, {"FAM", "ORG", "DEP", "TIT", "TEN", "YFA", "GIF"})
    for d in dialogs.values():
        d.done(0)


def test_merge_briefing_import_and_their_message_boxes(qtbot, data, tmp_path):
    from kizuna_desktop.ui.briefing_dialog import BriefingDialog
    from kizuna_desktop.ui.import_dialog import ImportDialog
    from kizuna_desktop.ui.merge_dialog import MergeDialog

    j, v = data.journal, data.value
    seen = Seen()
    merge = MergeDialog(j, data.x, data.y, lambda *a: None)
    qtbot.addWidget(merge)
    merge.show()
    walk(merge, seen, "merge")
    brief = BriefingDialog([(data.x, v("FAM"))], title=v("SUM"), place=v("PLA"))
    qtbot.addWidget(brief)
    brief.show()
    walk(brief, seen, "briefing")
    csv = tmp_path / f"{v('TAG')[:3]}people.csv"
    with csv.open("w", encoding="utf-8", newline="") as out:
        rows = csv_module.writer(out)
        rows.writerow(["Name", "Company", "Title", "Notes"])
        rows.writerow([v("GIV"), v("ORG"), v("TIT"), v("NOT")])
        rows.writerow([v("FAM"), v("DEP"), "", "x"])
    imp = ImportDialog(j, csv, lambda result: None)
    qtbot.addWidget(imp)
    imp.show()
    qtbot.waitUntil(lambda: imp.ready, timeout=15_000)
    walk(imp, seen, "import")
    assert_plain(seen, {"FAM", "GIV", "ORG", "NOT", "SUM", "PLA"})
    for d in (merge, brief, imp):
        d.done(0)


def test_plain_message_boxes_read_while_open(qtbot, data):
    # The helpers every dialog uses, as a person meets them: a real box, read before it closes.
    v = data.value
    seens = read_modal(lambda: plain.ask(None, "Delete contact", f"Delete {v('FAM')}?"),
                       lambda box: box.button(QMessageBox.StandardButton.No).click())
    seens += read_modal(lambda: plain.warn(None, "Import", v("ORG")))
    seens += read_modal(lambda: plain.get_text(None, "Encrypted journal",
                                               f"Passphrase for {v('TAG')}:"))
    assert len(seens) == 3
    total = Seen()
    for s in seens:
        total.problems += s.problems
        total.tags |= s.tags
    assert_plain(total, {"FAM", "ORG", "TAG"})
