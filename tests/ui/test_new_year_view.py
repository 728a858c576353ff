"""View > New Year cards in the real window: the year's list with marks, marking a contact
from the buttons (stored, the list follows), the 寒中見舞い accepted into follow-ups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from kizuna_desktop.services import followups, nengajo
from kizuna_desktop.ui.main_window import MainWindow
from tests.services import nengajo_journal as nj

SHOTS = Path("/tmp/nengajo-shots")
SHOTS3 = Path("/tmp/nengajo3-shots")


def _row(view, family):
    return next(i for i, r in enumerate(view.rows) if r.family_name == family)


def test_new_year_view_lists_marks_and_accepts(qtbot, journal):
    ids = nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    action = [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0]
    action.trigger()
    view = w.new_year
    view.year.setValue(nj.YEAR)
    qtbot.waitUntil(lambda: view.table.rowCount() == 6)
    assert "4 to print" in view.summary.text()
    i = _row(view, "山田")
    assert "山田 太郎 様" in view.table.item(i, 0).text()
    assert "三星商事株式会社" in view.table.item(i, 0).text()
    view.table.selectRow(i)
    assert view.buttons["send"].isChecked() and not view.buttons["sent"].isChecked()
    qtbot.mouseClick(view.buttons["sent"], Qt.MouseButton.LeftButton)
    got = nengajo.new_year_list(journal, nj.YEAR)
    assert [r.family_name for r in got.sent] == ["山田"]
    assert "sent" in view.table.item(_row(view, "山田"), 1).text()
    assert view.current_id() == ids["yamada"]  # the selection stays
    assert "寒中見舞い" in view.proposals.text()
    qtbot.mouseClick(view.accept, Qt.MouseButton.LeftButton)
    titles = [f.title for f in followups.for_contact(journal, ids["tanaka"])]
    assert any("寒中見舞い" in t for t in titles)
    SHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SHOTS / "new-year-view.png"))


def test_marks_undo_with_ctrl_z_seasons_and_sender(qtbot, journal, monkeypatch):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    from kizuna_desktop.services import seasons

    monkeypatch.setattr(seasons, "today", lambda: date(2026, 6, 1))  # the 2026 windows ahead
    ids = nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1400, 1000)
    w.show()
    [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
    view = w.new_year
    view.year.setValue(nj.YEAR)
    qtbot.waitUntil(lambda: view.table.rowCount() == 6)
    view.table.selectRow(_row(view, "佐藤"))
    view.buttons["mourning"].setFocus()
    QTest.keyClick(view.buttons["mourning"], Qt.Key.Key_Space)  # by the keyboard
    qtbot.waitUntil(lambda: "佐藤" in [r.family_name for r in
                                      nengajo.new_year_list(journal, nj.YEAR).mourning])
    assert w.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    w.undo_action.trigger()  # Ctrl+Z
    got = nengajo.new_year_list(journal, nj.YEAR)
    assert "佐藤" not in [r.family_name for r in got.mourning]
    assert "佐藤" in [r.family_name for r in got.to_print]
    assert view.current_id() == ids["sato"] and not view.buttons["mourning"].isChecked()

    # seasonal reminders of 2026: the nengajō posting window for Yamada, added and undone
    view.season_year.setValue(2026)
    qtbot.waitUntil(lambda: view.seasons.count() > 0)
    i = next(k for k, r in enumerate(view.season_rows)
             if r.contact_id == ids["yamada"] and r.custom == "nengajo")
    assert "Post the nengajō (New Year card)" in view.seasons.item(i).text()  # English
    assert "2026-12-15 – 2026-12-25" in view.seasons.item(i).text()
    view.seasons.item(i).setCheckState(Qt.CheckState.Checked)
    before = view.seasons.count()
    qtbot.mouseClick(view.add_season, Qt.MouseButton.LeftButton)
    (f,) = followups.for_contact(journal, ids["yamada"])
    assert f.title == "年賀状を投函する" and f.due_date.isoformat() == "2026-12-15"
    assert view.seasons.count() == before - 1  # accepted: no longer proposed
    w.undo_action.trigger()
    assert followups.for_contact(journal, ids["yamada"]) == []
    assert view.seasons.count() == before
    assert len(seasons.proposals(journal, 2026)) == before

    # the sender and the offsets, saved in the journal as the CLI saves them
    view.sender_name.setText("高橋 一郎")
    view.sender_code.setText("1500002")
    view.sender_address.setText("東京都渋谷区渋谷2-21-1")
    view.offset_x.setValue(1.5)
    view.offset_y.setValue(-2.0)
    qtbot.mouseClick(view.save_settings, Qt.MouseButton.LeftButton)
    snd = nengajo.sender(journal)
    assert (snd.name, snd.postal_code) == ("高橋 一郎", "150-0002")
    layout = nengajo.print_layout(journal)
    assert (layout.offset_x, layout.offset_y) == (1.5, -2.0)
    view.sender_code.setText("12-34")
    qtbot.mouseClick(view.save_settings, Qt.MouseButton.LeftButton)
    assert "12-34" in view.settings_status.text()  # refused and said so
    assert nengajo.sender(journal).postal_code == "150-0002"
    SHOTS3.mkdir(exist_ok=True)
    view.parentWidget().grab().save(str(SHOTS3 / "new-year-view.png"))
