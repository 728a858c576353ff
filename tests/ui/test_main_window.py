"""The (placeholder) main window on the demo journal, driven with qtbot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from kizuna_desktop.ui import fonts
from kizuna_desktop.ui.main_window import MainWindow


def commit_ime_text(widget, text: str) -> None:
    """Japanese arrives from an input method as committed text, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_bundled_japanese_font_is_installed(qapp):
    families = fonts.install(qapp)
    assert families == ["IPAexGothic"]
    assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems("IPAexGothic")
    assert "IPAexGothic" in QApplication.font().families()


def test_search_as_you_type_and_timeline(qtbot, demo_journal, tmp_path):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    assert w.contacts.count() == 41
    qtbot.keyClicks(w.search, "yamada")
    assert w.contacts.count() == 1
    assert w.contacts.item(0).text().startswith("山田 太郎 (Taro YAMADA)")
    w.contacts.setCurrentRow(0)
    assert w.timeline.count() >= 20
    assert "1 contacts" in w.statusBar().currentMessage()
    w.search.clear()
    commit_ime_text(w.search, "ｽｽﾞｷ")  # half-width katakana from an input method
    assert w.contacts.count() == 1
    assert w.contacts.item(0).text().startswith("鈴木 一郎")
    assert w.grab().save(str(tmp_path / "main.png"))


def test_follow_ups_pane_shows_sections(qtbot, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    texts = [w.follow_ups.item(i).text() for i in range(w.follow_ups.count())]
    headers = [t for t, i in zip(texts, range(len(texts)), strict=True)
               if not w.follow_ups.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert "Overdue" in headers
