"""View > New Year cards at 1366×768 (review finding 10, and 11 in the window): the names and
marks shown whole beside a visible address column, enough rows, Tab out of the table, mark
keys and &-mnemonics, 連名 / 御中 / an organisation's department set from the view (undoable),
an organisation added to the list, "do not send", and Print… writing the cards, the test
print and the labels in the background (read back). Real window, real journal, real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kizuna_desktop.services import nengajo, organizations
from kizuna_desktop.ui.main_window import MainWindow
from tests.pdf import glyphcheck, pdfcheck
from tests.services import nengajo_journal as nj

SHOTS = Path("/tmp/nengajo4-shots")


@pytest.fixture
def view(qtbot, journal):
    ids = nj.build(journal)
    org = organizations.create(journal, organizations.OrganizationInput(
        name_ja="株式会社ABC商会", address="〒100-7090 東京都千代田区丸の内2-7-2"))
    ids["org"] = org.id
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
    v = w.new_year
    v.year.setValue(nj.YEAR)
    qtbot.waitUntil(lambda: v.table.rowCount() == 6)
    v.ids, v.window_ = ids, w
    yield v
    # the layout saved for the next test leaves the dock closed (the window may have been
    # closed, saving it open, before this runs)
    v.parentWidget().hide()
    w.save_layout()


def _row(v, family):
    return next(i for i, r in enumerate(v.rows) if r.family_name == family)


def test_at_1366_by_768_names_and_marks_show_whole_beside_the_address(view, qtbot):
    t = view.table
    fm = t.fontMetrics()
    dock = view.parentWidget()
    qtbot.waitUntil(lambda: dock.width() >= 460)  # not squeezed by the central panes
    assert dock.geometry().right() <= view.window_.width()  # on the screen, whole
    assert t.horizontalScrollBar().maximum() == 0  # nothing off to the right
    for i, r in enumerate(view.rows):
        # the name with its 様/御中 is whole in its column (the company may be elided after it)
        assert fm.horizontalAdvance(r.name_lines[0]) + 8 <= t.columnWidth(0), r.name_lines
        assert fm.horizontalAdvance(t.item(i, 1).text()) + 8 <= t.columnWidth(1)
    address_left = t.columnViewportPosition(2)
    assert 0 < address_left and t.viewport().width() - address_left >= 100  # address shown
    rows_shown = t.viewport().height() // t.rowHeight(0)
    assert rows_shown >= 8  # was 2-3 rows under the seasons and sender boxes
    SHOTS.mkdir(exist_ok=True)
    view.window_.grab().save(str(SHOTS / "window-1366x768.png"))
    view.parentWidget().grab().save(str(SHOTS / "new-year-dock-1366x768.png"))


def test_tab_leaves_the_table_and_keys_mark_the_selected_card(view, qtbot, journal):
    t = view.table
    t.selectRow(_row(view, "佐藤"))
    t.setFocus()
    qtbot.waitUntil(t.hasFocus)
    qtbot.keyClick(t, Qt.Key.Key_Tab)
    assert not t.hasFocus()  # the next control, not the next cell
    t.setFocus()
    qtbot.waitUntil(t.hasFocus)
    qtbot.keyClick(t, Qt.Key.Key_S)  # S: sent
    assert "佐藤" in [r.family_name for r in nengajo.new_year_list(journal, nj.YEAR).sent]
    view.window_.undo_action.trigger()  # Ctrl+Z
    assert "佐藤" in [r.family_name for r in nengajo.new_year_list(journal, nj.YEAR).to_print]
    # N in the table: do not send (the button's mnemonic is Alt+N)
    t.selectRow(_row(view, "鈴木"))
    qtbot.keyClick(t, Qt.Key.Key_N)
    assert [r.family_name for r in nengajo.new_year_list(journal, nj.YEAR).skipped] == ["鈴木"]
    assert QKeySequence.mnemonic(view.buttons["skip"].text()) == QKeySequence("Alt+N")
    # every button has its own mnemonic, none used twice in the list's tab
    texts = [b.text() for b in view.buttons.values()] + [
        view.apply.text(), view.print_button.text(), view.onchu.text()]
    letters = [x[x.index("&") + 1].lower() for x in texts]
    assert len(set(letters)) == len(letters) == 8


def test_do_not_send_takes_a_carried_over_card_off_and_undo_puts_it_back(view, qtbot, journal):
    view.table.selectRow(_row(view, "鈴木"))  # carried over: sent one last year
    qtbot.mouseClick(view.buttons["skip"], Qt.MouseButton.LeftButton)
    got = nengajo.new_year_list(journal, nj.YEAR)
    assert "鈴木" not in [r.family_name for r in got.to_print]
    assert [r.family_name for r in got.skipped] == ["鈴木"]
    assert "not sending" in view.table.item(_row(view, "鈴木"), 1).text()
    view.window_.undo_action.trigger()
    assert "鈴木" in [r.family_name for r in nengajo.new_year_list(journal, nj.YEAR).to_print]


def test_joint_names_onchu_and_an_organisation_from_the_view(view, qtbot, journal):
    view.table.selectRow(_row(view, "山田"))
    view.joint.setText("花子、健太")
    view.onchu.setChecked(False)
    qtbot.mouseClick(view.apply, Qt.MouseButton.LeftButton)
    r = next(r for r in nengajo.new_year_list(journal, nj.YEAR).to_print
             if r.family_name == "山田")
    assert r.name_lines == ["山田 太郎 様", "花子 様", "健太 様"]
    view.window_.undo_action.trigger()
    r = next(r for r in nengajo.new_year_list(journal, nj.YEAR).to_print
             if r.family_name == "山田")
    assert r.name_lines == ["山田 太郎 様"]

    view.table.selectRow(_row(view, "山田"))
    view.onchu.setChecked(True)
    qtbot.mouseClick(view.apply, Qt.MouseButton.LeftButton)
    r = next(r for r in nengajo.new_year_list(journal, nj.YEAR).to_print
             if r.family_name == "山田")
    assert r.name_lines == ["営業部 御中"]  # the department alone, never with 様

    # an organisation (no person) put on the list from the view, addressed to a department
    view.add_name.setText("株式会社ABC商会")
    qtbot.keyClick(view.add_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r.organization_id == view.ids["org"] for r in view.rows))
    assert view.current() is not None and view.current().organization_id == view.ids["org"]
    assert view.department.isVisibleTo(view) and not view.joint.isVisibleTo(view)
    assert not view.buttons["mourning"].isEnabled()  # a company is not in mourning
    view.department.setText("総務部")
    qtbot.mouseClick(view.apply, Qt.MouseButton.LeftButton)
    card = next(r for r in nengajo.new_year_list(journal, nj.YEAR).to_print
                if r.organization_id == view.ids["org"])
    assert card.name_lines == ["総務部 御中"] and card.organisation_lines == ["株式会社ABC商会"]
    row = next(i for i, r in enumerate(view.rows) if r.organization_id == view.ids["org"])
    assert view.table.item(row, 0).text() == "総務部 御中 — 株式会社ABC商会"


@pytest.mark.parametrize("kind", ["cards", "test", "labels"])
def test_print_writes_the_pdf_in_the_background_and_says_what_was_left_out(view, qtbot,
                                                                           tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    view.save_path = out  # what the save dialog would answer
    with qtbot.waitSignal(view.printed, timeout=60_000) as said:
        view.print_actions[kind].trigger()
    assert not view.print_button.isEnabled() or out.exists()
    text = said.args[0]
    assert str(out) in text and out.exists()
    data = out.read_bytes()
    drawn = "".join(d.text for d in glyphcheck.drawn(data))
    if kind == "labels":
        assert "labels" in text and pdfcheck.page_sizes_mm(data) == [(210.0, 297.0)]
        assert "山田 太郎 様" in pdfcheck.text(data).replace("\n", " ") or "山田" in drawn
    else:
        pages = pdfcheck.page_sizes_mm(data)
        assert pages == [(100.0, 148.0)] * (1 if kind == "test" else 4)
        assert ("テスト印刷" in drawn) if kind == "test" else ("山田" in drawn)
        if kind == "cards":  # 加藤 is wanted and has no address: named
            assert "加藤 健: no usable address" in text
    assert view.print_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    view.parentWidget().grab().save(str(SHOTS / f"after-print-{kind}.png"))
