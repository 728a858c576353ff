"""The main window on real journals, driven with qtbot: contacts, search, the editor with its
validation and transfers, quick log with the thank-you offer, follow-ups, undo, briefings,
and the layout remembered across runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kizuna_desktop.services import contacts, followups, interactions, positions, search
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import FollowUpState
from kizuna_desktop.ui import fonts
from kizuna_desktop.ui.main_window import MainWindow

from .helpers import commit_ime_text


def answer(button: QMessageBox.StandardButton, delay: int = 150) -> None:
    """Click ``button`` on the next message box (they are modal)."""
    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(50, click)
    QTimer.singleShot(delay, click)


def names(w: MainWindow) -> list[str]:
    return [r.written for r in w.contacts.model.rows]


def test_bundled_japanese_font_is_installed(qapp):
    families = fonts.install(qapp)
    assert families == ["IPAexGothic"]
    assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems("IPAexGothic")
    assert "IPAexGothic" in QApplication.font().families()


def test_three_panes_menus_and_shortcuts(window):
    w = window
    assert [a.text().replace("&", "") for a in w.menuBar().actions()] == [
        "File", "Edit", "Contact", "View", "Tools", "Help"]
    shortcuts = {a.shortcut().toString() for a in (
        w.find_action, w.new_contact_action, w.log_action, w.undo_action, w.brief_action)}
    assert shortcuts == {"Ctrl+F", "Ctrl+N", "Ctrl+L", "Ctrl+Z", "Ctrl+B"}
    assert w.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    assert w.contacts.model.total == 41 and len(w.contacts.model.rows) == 41
    assert "overdue" in w.status_line.text()
    assert any(t.startswith("Overdue") for t in w.follow_ups.section_titles())


def test_search_by_romaji_and_kana_and_timeline(qtbot, window):
    w = window
    qtbot.keyClicks(w.contacts.search, "yamada")
    # Name matches come first (notes and e-mails mentioning Yamada may follow).
    qtbot.waitUntil(lambda: names(w)[:1] == ["山田 太郎"], timeout=2000)
    w.contacts.search.clear()
    commit_ime_text(w.contacts.search, "ｽｽﾞｷ")  # half-width kana from an input method
    qtbot.waitUntil(lambda: names(w)[:1] == ["鈴木 一郎"], timeout=2000)
    w.contacts.view.selectRow(0)
    kinds = w.timeline.entry_kinds()
    assert kinds.count("interaction") >= 20
    assert "ledger" in kinds  # gifts appear in the same stream
    assert w.timeline.title.text().endswith("鈴木 一郎 (Ichiro SUZUKI)")


def test_create_contact_validate_find_undo_redo(qtbot, window):
    w = window
    editor = w.new_contact()
    commit_ime_text(editor.family_name, "高橋")
    commit_ime_text(editor.given_name, "直子")
    commit_ime_text(editor.family_reading, "たかはし")
    commit_ime_text(editor.given_reading, "なおこ")
    editor.suggest_latin()
    assert (editor.family_latin.text(), editor.given_latin.text()) == ("Takahashi", "Naoko")
    editor.birth_month.setValue(2)
    editor.birth_day.setValue(30)
    editor.save()  # 30 February: refused, the editor stays with everything typed
    assert editor.isVisible() and editor.rows["birthday"].error.isVisible()
    assert editor.family_name.text() == "高橋"
    editor.birth_day.setValue(28)
    editor.save()
    assert not editor.isVisible()
    assert w.contacts.model.total == 42
    new_id = w.current_contact_id()
    assert contacts.get(w.journal, new_id).given_reading == "なおこ"
    qtbot.keyClicks(w.contacts.search, "naoko")
    qtbot.waitUntil(lambda: names(w) == ["高橋 直子"], timeout=2000)
    w.contacts.search.clear()
    commit_ime_text(w.contacts.search, "ナオコ")
    qtbot.waitUntil(lambda: names(w) == ["高橋 直子"], timeout=2000)
    w.undo_action.trigger()
    assert search.count(w.journal, search.ContactFilter(text="naoko")) == 0
    w.redo_action.trigger()
    assert search.count(w.journal, search.ContactFilter(text="naoko")) == 1


def test_log_meeting_accept_thank_you_mark_done_and_undo(qtbot, window):
    w = window
    w.contacts.select(search.resolve(w.journal, "yamada taro").id)
    dialog = w.log_interaction()
    assert dialog.participant_ids() == [search.resolve(w.journal, "yamada taro").id]
    dialog.kind.setCurrentIndex(dialog.kind.findData("meal"))
    qtbot.keyClicks(dialog.summary, "Lunch about the Chiba schedule")
    qtbot.keyClicks(dialog.add_person, "watanabe")
    dialog._picked(next(iter(dialog._matches)))  # the completer's first (a name match)
    assert len(dialog.participant_ids()) == 2
    assert dialog.add_person.text() == ""  # the picker is ready for the next name
    answer(QMessageBox.StandardButton.Yes)  # the thank-you offer
    dialog.save()
    items = [i for i in w.follow_ups.items()
             if i.text(0).startswith("Thank-you note: Lunch about the Chiba schedule")]
    # One thank-you for each person who was there, all one undo step.
    assert len(items) == 2
    present = interactions.get(w.journal, w.last_logged).participants
    assert {i.data(0, Qt.ItemDataRole.UserRole + 2) for i in items} == {p.id for p in present}
    items = [i for i in items if i.data(0, Qt.ItemDataRole.UserRole + 2)
             == search.resolve(w.journal, "yamada taro").id]
    fid = items[0].data(0, Qt.ItemDataRole.UserRole + 1)
    f = followups.get(w.journal, fid)
    assert f.due_date == date.today().fromordinal(date.today().toordinal() + 1)
    assert f.interaction_id == w.last_logged
    assert w.timeline.interaction_items()[0].text(0).splitlines()[1] == \
        "Lunch about the Chiba schedule"
    # Space marks it done; undo reopens it.
    assert w.follow_ups.select_follow_up(fid)
    w.follow_ups.tree.setFocus()
    qtbot.keyClick(w.follow_ups.tree, Qt.Key.Key_Space)
    assert followups.get(w.journal, fid).state == FollowUpState.DONE
    assert any(t.startswith("Recently done") for t in w.follow_ups.section_titles())
    w.undo_action.trigger()
    assert followups.get(w.journal, fid).state == FollowUpState.OPEN
    w.undo_action.trigger()  # the thank-you follow-ups
    w.undo_action.trigger()  # the meal
    assert not [i for i in w.follow_ups.items() if "Lunch about" in i.text(0)]
    assert "Lunch about" not in w.timeline.interaction_items()[0].text(0)


def test_record_a_transfer_and_undo_it(window):
    w = window
    cid = search.resolve(w.journal, "suzuki ichiro").id
    w.contacts.select(cid)
    editor = w.edit_contact()
    org = search.resolve(w.journal, "takahashi kenta")  # any organisation id from the demo
    org_id = positions.history(w.journal, org.id)[0].organization_id
    editor.career.record_transfer(data=positions.PositionInput(
        organization_id=org_id, title_ja="会長", title_en="Chairman",
        start_date=date(2026, 4, 1)))
    # Shown as it will be, written only when the editor is saved (issue 16).
    assert editor.career.table.item(0, 3).text() == "会長 / Chairman"
    assert positions.history(w.journal, cid)[0].title_ja == "代表取締役社長"
    editor.save()
    hist = positions.history(w.journal, cid)
    assert hist[0].title_en == "Chairman" and hist[0].end_date is None
    assert hist[1].end_date == date(2026, 3, 31)
    assert "会長" in w.contacts.model.rows[w.contacts.model.row_of(cid)].role
    w.undo_action.trigger()
    hist = positions.history(w.journal, cid)
    assert hist[0].title_ja == "代表取締役社長" and hist[0].end_date is None


def test_delete_asks_and_undo_brings_everything_back(window):
    w = window
    cid = search.resolve(w.journal, "kobayashi naoki").id
    before = len(w.timeline.entry_kinds()) if w.contacts.select(cid) else 0
    answer(QMessageBox.StandardButton.Yes)
    w.delete_contact()
    assert search.by_ids(w.journal, [cid]) == []
    assert w.timeline.contact_id is None and w.card.contact_id is None  # nobody's left shown
    w.undo_action.trigger()
    assert search.resolve(w.journal, "kobayashi naoki").id == cid
    w.contacts.select(cid)
    assert len(w.timeline.entry_kinds()) == before
    assert followups.for_contact(w.journal, cid)  # the follow-ups came back too


def test_closing_the_editor_by_mistake_keeps_the_typing(window):
    w = window
    editor = w.new_contact()
    commit_ime_text(editor.family_name, "森")
    answer(QMessageBox.StandardButton.Cancel)
    editor.reject()  # Esc or the close button
    assert editor.isVisible() and editor.family_name.text() == "森"
    answer(QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()


def test_layout_is_restored_when_the_journal_is_reopened(qtbot, demo_path):
    j = Journal.open(demo_path)
    w = MainWindow(j)
    qtbot.addWidget(w)
    w.show()
    w.resize(780, 560)  # the offscreen screen is 800 × 600
    w.splitter.setSizes([300, 260, 200])
    w.contacts.view.setColumnWidth(0, 210)
    sizes = w.splitter.sizes()
    w.close()
    j2 = Journal.open(demo_path)
    w2 = MainWindow(j2)
    qtbot.addWidget(w2)
    w2.show()
    assert (w2.width(), w2.height()) == (780, 560)
    assert w2.splitter.sizes() == sizes
    assert w2.contacts.view.columnWidth(0) == 210


class UrlCatcher(QObject):
    """Receives the URLs the app asks the desktop to open (Qt's own hook for a scheme)."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_briefing_action_writes_the_pdf_off_the_ui_thread_and_opens_it(qtbot, window,
                                                                        tmp_path):
    from tests.pdf.pdfcheck import text

    w = window
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        w.contacts.select(search.resolve(w.journal, "yamada taro").id)
        w.brief_action.trigger()
        dialog = w.briefing_dialog
        assert [dialog.people.item(i).text() for i in range(dialog.people.count())] == [
            "山田 太郎"]
        dialog.path.setText(str(tmp_path / "out" / "first.pdf"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert not w.brief_action.isEnabled()  # busy while the worker runs
        qtbot.waitUntil(lambda: len(catcher.urls) == 1, timeout=20_000)
        path = Path(catcher.urls[0].toLocalFile())
        assert path == tmp_path / "out" / "first.pdf" and path.exists()
        assert "山田" in text(path.read_bytes())
        assert w.brief_action.isEnabled()
        item = w.timeline.interaction_items()[0]
        w.timeline.tree.setCurrentItem(item)
        w.brief_meeting_action.trigger()
        dialog = w.briefing_dialog
        assert dialog.timed.isChecked()  # a meeting's briefing carries its time
        assert Path(dialog.path.text()).parent == tmp_path / "out"  # the folder remembered
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: len(catcher.urls) == 2, timeout=20_000)
        meeting_pdf = text(Path(catcher.urls[1].toLocalFile()).read_bytes())
        summary = item.text(0).splitlines()[1]
        assert summary.replace(" ", "") in meeting_pdf.replace(" ", "").replace("\n", "")
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_large_result_lists_at_once_and_its_count_follows(qtbot, tmp_path):
    """More matches than a page: the rows come at once, the count under the list follows from
    a worker, and a count overtaken by newer typing never shows."""
    from bench.generate import generate
    from kizuna_desktop.ui.contacts_pane import PAGE

    path = tmp_path / "big.kizuna"
    generate(path, 600, interactions_per_contact=1, quiet=True)
    with Journal.open(path) as j:
        w = MainWindow(j)
        qtbot.addWidget(w)
        w.show()
        pane, model = w.contacts, w.contacts.model
        want = search.count_upto(j, search.ContactFilter(text="a"), 1000)[0]
        assert want > PAGE
        pane.search.setText("a")
        pane.apply_filter()
        assert len(model.rows) == PAGE and model.counting
        assert pane.count.text() == f"{PAGE}+ contacts, counting…"
        pane.search.setText("e")  # typed on before the first count came back
        pane.apply_filter()
        assert model.counting
        want = search.count(j, search.ContactFilter(text="e"))
        assert 2 * PAGE < want < 1000
        qtbot.waitUntil(lambda: not model.counting, timeout=5000)
        qtbot.wait(200)  # the first count, overtaken, must not overwrite this one
        assert model.total == want and pane.count.text() == f"{want:,} contacts"
        assert w.status_line.text().startswith(f"{want:,} contacts · ")
        model.fetchMore()
        assert [r.id for r in model.rows] == [
            r.id for r in search.page(j, search.ContactFilter(text="e"), 0, 2 * PAGE)]
        w.close()


def test_a_long_follow_up_section_shows_fifty_then_more_on_request(qtbot, tmp_path):
    from bench.generate import generate
    from kizuna_desktop.ui.followups_pane import MORE, PER_SECTION, FollowUpsPane

    path = tmp_path / "big.kizuna"
    generate(path, 600, interactions_per_contact=1, quiet=True)
    with Journal.open(path) as j:
        today = date.today()
        overdue = [f.id for f in followups.pane(j, today, per_section=10_000).overdue]
        assert len(overdue) > PER_SECTION
        pane = FollowUpsPane(j)
        qtbot.addWidget(pane)
        pane.reload()
        head = pane.tree.topLevelItem(0)
        assert head.text(0) == f"Overdue ({PER_SECTION}+)"
        assert pane.summary.text() == f"{PER_SECTION}+ overdue"
        last = head.child(head.childCount() - 1)
        assert last.text(0) == f"Show {MORE} more…" and head.childCount() == PER_SECTION + 1
        shown = [head.child(i).data(0, Qt.ItemDataRole.UserRole + 1)
                 for i in range(PER_SECTION)]
        assert shown == overdue[:PER_SECTION]  # the most overdue first
        pane.tree.setCurrentItem(last)
        pane.tree.itemActivated.emit(last, 0)
        qtbot.waitUntil(lambda: pane.tree.topLevelItem(0).text(0)
                        != f"Overdue ({PER_SECTION}+)", timeout=3000)
        head = pane.tree.topLevelItem(0)
        n = min(len(overdue), PER_SECTION + MORE)
        assert head.text(0) == f"Overdue ({n}{'+' * (len(overdue) > n)})"
        assert [head.child(i).data(0, Qt.ItemDataRole.UserRole + 1)
                for i in range(n)] == overdue[:n]
