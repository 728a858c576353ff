"""The briefing dialog: the meeting in its own zone, title, place, the people attending, the
paper and where to save. The PDF goes only where the user chose, as a private file whose
suggested name carries no one's name; the settings keep the paper and the folder, nothing
about people."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QSettings, QTime
from PySide6.QtWidgets import QDialogButtonBox

from kizuna_desktop import paths
from kizuna_desktop.services import search
from kizuna_desktop.ui.briefing_dialog import BriefingDialog
from tests.pdf.pdfcheck import text


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_request_carries_the_meeting_in_its_own_zone(qtbot, tmp_path):
    d = BriefingDialog([(1, "山田 太郎"), (2, "鈴木 一郎")], home_zone="Asia/Tokyo")
    qtbot.addWidget(d)
    assert d.zone.currentText() == "Asia/Tokyo" and not d.timed.isChecked()
    d.title.setText("Quarterly review")
    d.place.setText("三星商事 本社")
    d.date.setDate(QDate(2026, 12, 3))
    d.timed.setChecked(True)
    d.time.setTime(QTime(14, 0))
    assert Path(d.path.text()).name == "Briefing 2026-12-03 1400.pdf"
    d.path.setText(str(tmp_path / "review"))
    d.paper.setCurrentIndex(d.paper.findData("letter"))
    _save(d)
    r = d.request()
    assert r.contact_ids == [1, 2] and r.title == "Quarterly review"
    assert r.when == datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert r.when.utcoffset().total_seconds() == 9 * 3600
    assert r.place == "三星商事 本社" and r.paper == "letter"
    assert r.path == tmp_path / "review.pdf"


def test_bad_answers_are_named_and_keep_the_dialog_open(qtbot, tmp_path):
    d = BriefingDialog([(1, "山田 太郎")], home_zone="Asia/Tokyo")
    qtbot.addWidget(d)
    d.show()
    d.timed.setChecked(True)
    d.zone.setCurrentText("Mars/Olympus")
    _save(d)
    assert d.request() is None and d.isVisible()
    assert "Mars/Olympus" in d.error.text()
    d.zone.setCurrentText("Europe/Berlin")
    d.path.setText(str(tmp_path))
    _save(d)
    assert d.request() is None and "folder" in d.error.text()
    d.people.setCurrentRow(0)
    d.people.selectedItems()[0].setSelected(True)
    d._remove_person()
    d.path.setText(str(tmp_path / "x.pdf"))
    _save(d)
    assert d.request() is None and "Nobody" in d.error.text()


def test_a_name_is_shown_as_text_not_markup(qtbot):
    d = BriefingDialog([(1, '<a href="file:///etc/passwd">evil</a>')])
    qtbot.addWidget(d)
    assert d.people.item(0).text() == '<a href="file:///etc/passwd">evil</a>'


def test_the_window_writes_where_the_user_chose_and_nowhere_else(qtbot, window, tmp_path):
    w = window
    w.contacts.select(search.resolve(w.journal, "yamada taro").id)
    w.brief_action.trigger()
    d = w.briefing_dialog
    assert "山田" not in Path(d.path.text()).name and "Taro" not in Path(d.path.text()).name
    target = tmp_path / "chosen" / "meeting.pdf"
    d.path.setText(str(target))
    old = os.umask(0o022)
    try:
        _save(d)
        qtbot.waitUntil(lambda: target.exists() and w.brief_action.isEnabled(), timeout=20_000)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert "山田" in text(target.read_bytes())
    assert not (paths.data_dir() / "briefings").exists()
    s = QSettings("Kizuna", "Kizuna Desktop")
    keys = [k for k in s.allKeys() if k.startswith("briefing/")]
    assert sorted(keys) == ["briefing/folder", "briefing/paper"]
    assert s.value("briefing/folder") == str(target.parent)
    # The next briefing starts in the remembered folder.
    w.brief_action.trigger()
    assert Path(w.briefing_dialog.path.text()).parent == target.parent
    w.briefing_dialog.reject()
