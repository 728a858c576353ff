"""View > New Year cards in the real window: the year's list with marks, marking a contact
from the buttons (stored, the list follows), the 寒中見舞い accepted into follow-ups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kizuna_desktop.services import followups, nengajo
from kizuna_desktop.ui.main_window import MainWindow
from tests.services import nengajo_journal as nj

SHOTS = Path("/tmp/nengajo-shots")


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
    assert "sent" in view.table.item(_row(view, "山田"), 2).text()
    assert view.current_id() == ids["yamada"]  # the selection stays
    assert "寒中見舞い" in view.proposals.text()
    qtbot.mouseClick(view.accept, Qt.MouseButton.LeftButton)
    titles = [f.title for f in followups.for_contact(journal, ids["tanaka"])]
    assert any("寒中見舞い" in t for t in titles)
    SHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SHOTS / "new-year-view.png"))
