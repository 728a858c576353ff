"""The (placeholder) main window on the demo journal, driven with qtbot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import QApplication

from kizuna_desktop.ui import fonts
from kizuna_desktop.ui.main_window import MainWindow

from .helpers import commit_ime_text


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


class UrlCatcher(QObject):
    """Receives the URLs the app asks the desktop to open (Qt's own hook for a scheme)."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_briefing_action_writes_the_pdf_off_the_ui_thread_and_opens_it(qtbot, demo_journal):
    from tests.pdf.pdfcheck import text

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        w = MainWindow(demo_journal)
        qtbot.addWidget(w)
        qtbot.keyClicks(w.search, "yamada")
        w.contacts.setCurrentRow(0)
        w.brief_action.trigger()
        assert not w.brief_action.isEnabled()  # busy while the worker runs
        qtbot.waitUntil(lambda: len(catcher.urls) == 1, timeout=20_000)
        path = Path(catcher.urls[0].toLocalFile())
        assert path.exists() and path.suffix == ".pdf" and "山田 太郎" in path.name
        assert "山田" in text(path.read_bytes())
        assert w.brief_action.isEnabled()

        w.timeline.setCurrentRow(0)  # the latest interaction: a briefing for that meeting
        w.brief_meeting_action.trigger()
        qtbot.waitUntil(lambda: len(catcher.urls) == 2, timeout=20_000)
        meeting_pdf = text(Path(catcher.urls[1].toLocalFile()).read_bytes())
        latest = w.timeline.item(0).text().split("  ")[2].splitlines()[0]
        assert latest.replace(" ", "") in meeting_pdf.replace(" ", "").replace("\n", "")
    finally:
        QDesktopServices.unsetUrlHandler("file")
