"""The dialogs that need a file or change the journal, under LANG=ja_JP.UTF-8 (issue 22, last
round): the import dialog's column targets, presets and problem lines, the restore list, the
box an export into a folder that cannot be written shows, and the offer to restore a damaged
journal, each in Japanese. Real files in tmp_path, the real dialogs through qtbot."""

from __future__ import annotations

import os
import re
import stat

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop import i18n
from kizuna_desktop.services import backup
from kizuna_desktop.ui.journal_actions import RestoreDialog
from kizuna_desktop.ui.main_window import MainWindow

ENGLISH = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def japanese(qapp, monkeypatch):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    yield qapp
    i18n.install(qapp, "en")


def _window(qtbot, journal) -> MainWindow:
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.follow_ups.pane is not None, timeout=10_000)
    # the Meetings view's first read done before a box's own event loop runs (a refresh that
    # lands inside a message box's exec crashed Qt in MeetingsView._show: see the report)
    qtbot.waitUntil(lambda: not w.meetings.loading and bool(w.meetings.heading.text()),
                    timeout=10_000)
    return w


def _english(text: str, allowed: set[str]) -> list[str]:
    text = re.sub(r"\S+@\S+|\S+\.(?:csv|vcf)\b", "", text)
    return [w for w in ENGLISH.findall(text) if w not in allowed]


CSV = ("姓,名,会社名,役職,メール,謎の列\n"
       "中村,裕子,株式会社ひかり商会,課長,y.nakamura@hikari.example.jp,あいう\n"
       "小林,,,,bad@@mail,えお\n")
VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:山本;直子;;;\r\nFN:山本 直子\r\n"
         "BDAY:1980-02-30\r\nUID:abc\r\nEND:VCARD\r\n")


def test_the_import_mapping_and_its_problems_are_japanese(qtbot, japanese, demo_journal,
                                                          tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(CSV, "utf-8")
    w = _window(qtbot, demo_journal)
    d = w.journal_ctl.import_contacts(path)
    qtbot.waitUntil(lambda: d.ready, timeout=20_000)
    combo = d.mapping.cellWidget(0, 1)  # 姓
    targets = [combo.itemText(i) for i in range(combo.count())]
    assert combo.currentText() == "姓"
    assert "(取り込まない)" in targets and "会社名(英語)" in targets and "住所: 郵便番号" in targets
    assert not [t for t in targets if _english(t, {"LinkedIn", "Kizuna", "SNS"})], targets
    presets = [d.preset.itemText(i) for i in range(d.preset.count())]
    assert "名刺管理アプリ(Eight、Sansan など)" in presets, presets
    lines = [d.problems.item(i).text() for i in range(d.problems.count())]
    assert any("列「謎の列」（2 件の値）は取り込みません" in line for line in lines), lines
    assert any("「bad@@mail」" in line and "メモに残しました" in line for line in lines), lines
    assert not [x for x in lines if _english(x, set())], lines
    d.reject()


def test_a_vcard_s_problem_lines_are_japanese(qtbot, japanese, demo_journal, tmp_path):
    path = tmp_path / "one.vcf"
    path.write_text(VCARD, "utf-8")
    w = _window(qtbot, demo_journal)
    d = w.journal_ctl.import_contacts(path)
    qtbot.waitUntil(lambda: d.ready, timeout=20_000)
    lines = [d.problems.item(i).text() for i in range(d.problems.count())]
    assert any("BDAY「1980-02-30」が日付ではないため、除外しました" in x for x in lines), lines
    assert any("UID（1 件）は取り込みません" in x for x in lines), lines
    assert not [x for x in lines if _english(x, {"BDAY", "UID"})], lines
    d.reject()


def test_the_restore_list_is_japanese(qtbot, japanese, demo_journal):
    backup.backup_now(demo_journal)
    dialog = RestoreDialog(None, backup.backup_infos(demo_journal.path))
    qtbot.addWidget(dialog)
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row[1] == "手動" and row[3] == "いいえ" and row[4] == "合格", row


def _answer_box(qtbot, seen: dict) -> QTimer:
    """Reads and closes the message box when it comes: a timer, as the box runs its own event
    loop inside the slot that shows it (a waitUntil outside would never get to look)."""
    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and "text" not in seen:
            seen["text"] = box.text()
            box.accept()
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    return timer


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_an_export_into_a_folder_that_cannot_be_written_says_so_in_japanese(
        qtbot, japanese, demo_journal, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    w = _window(qtbot, demo_journal)
    seen: dict = {}
    try:
        timer = _answer_box(qtbot, seen)
        w.journal_ctl.export("vcard", folder / "out.vcf")
        qtbot.waitUntil(lambda: "text" in seen, timeout=15_000)
        timer.stop()
    finally:
        folder.chmod(stat.S_IRWXU)
    assert "に書き込めません" in seen["text"], seen
    assert not _english(seen["text"], set()), seen


def test_an_export_that_fails_is_named_in_japanese(qtbot, japanese, demo_journal, tmp_path):
    """Whoever runs the test: the file's folder is a file, so the export cannot be written."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    w = _window(qtbot, demo_journal)
    seen: dict = {}
    timer = _answer_box(qtbot, seen)
    w.journal_ctl.export("vcard", blocker / "out.vcf")
    qtbot.waitUntil(lambda: "text" in seen, timeout=15_000)
    timer.stop()
    assert "書き込めません" in seen["text"] or "書き出せません" in seen["text"], seen
    assert not _english(seen["text"], set()), seen


def test_the_offer_to_restore_a_damaged_journal_dates_its_backup_in_japanese(japanese, tmp_path,
                                                                            demo_path):
    from kizuna_desktop.services import opening

    answer = opening.Opening(status=opening.Status.DAMAGED, path=demo_path,
                             backup=tmp_path / "b.kizuna", backup_created="2026-12-02 07:53")
    assert "2026年12月2日(水) 07:53 の" in answer.message, answer.message
