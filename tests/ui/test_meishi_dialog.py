"""Tools > Meishi: the live preview follows the typing, errors show by their field, nothing
typed is lost on close, and exports are written in the background."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kizuna_desktop.services import meishi
from kizuna_desktop.ui.meishi_dialog import MeishiDialog
from tests.pdf.pdfcheck import fonts, reader

from .helpers import commit_ime_text


def _dialog(qtbot, journal) -> MeishiDialog:
    d = MeishiDialog(journal)
    # At teardown pytest-qt closes the dialog; unsaved edits would otherwise ask (modally).
    qtbot.addWidget(d, before_close_func=lambda w: setattr(w, "dirty", False))
    d.show()
    return d


def _texts(face) -> list[str]:
    return [x.text for x in face.lines] + [c.text for c in face.columns]


def test_preview_follows_typing_and_layout_choices(qtbot, demo_journal, tmp_path):
    d = _dialog(qtbot, demo_journal)
    assert d.inputs["name_en"].text() == "Alex Hartmann"
    assert "Alex Hartmann" in _texts(d.back.face)
    d.inputs["name_en"].clear()
    qtbot.keyClicks(d.inputs["name_en"], "Alexandra Hartmann")
    qtbot.waitUntil(lambda: "Alexandra Hartmann" in _texts(d.back.face), timeout=3000)
    assert d.dirty and d.save_btn.isEnabled()
    d.ja.setCurrentIndex(d.ja.findData("vertical"))
    qtbot.waitUntil(lambda: bool(d.front.face.columns), timeout=3000)
    assert d.front.face.height > d.front.face.width  # vertical: portrait by default
    d.style.setCurrentIndex(d.style.findData("bilingual"))
    qtbot.waitUntil(lambda: not d.back.isVisible(), timeout=3000)
    d.grab().save(str(tmp_path / "meishi.png"))


def test_overflow_is_reported_and_export_disabled(qtbot, demo_journal):
    d = _dialog(qtbot, demo_journal)
    d.inputs["company_en"].setText("Very Long Company Name " * 12)
    d._changed()
    qtbot.waitUntil(lambda: "company_en" in d.problems.text(), timeout=3000)
    assert not d.proof_btn.isEnabled() and not d.sheet_btn.isEnabled()


def test_save_validates_next_to_the_field(qtbot, demo_journal):
    d = _dialog(qtbot, demo_journal)
    qtbot.keyClicks(d.inputs["email"], "-not-an-email@")
    d.save()
    assert d.errors["email"].isVisible() and "e-mail" in d.errors["email"].text()
    assert d.dirty  # what was typed is still there
    d.inputs["email"].setText("alex@nordlicht.example.jp")
    d.inputs["title_en"].setText("CEO")
    assert d.save()
    (p,) = meishi.list_all(demo_journal)
    assert (p.email, p.title_en) == ("alex@nordlicht.example.jp", "CEO")
    assert not d.errors["email"].isVisible() and not d.dirty


def test_closing_with_unsaved_changes_offers_to_save(qtbot, demo_journal):
    d = _dialog(qtbot, demo_journal)
    d.inputs["title_ja"].end(False)
    commit_ime_text(d.inputs["title_ja"], "・CEO")
    assert d.dirty

    def answer_save():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Save).click()

    QTimer.singleShot(200, answer_save)
    d.close()
    assert meishi.list_all(demo_journal)[0].title_ja == "代表取締役・CEO"


def test_export_proof_and_sheet_in_the_background(qtbot, demo_journal, tmp_path):
    d = _dialog(qtbot, demo_journal)
    d.export(tmp_path / "proof.pdf", sheet=False)
    qtbot.waitUntil(lambda: d.last_export == tmp_path / "proof.pdf", timeout=20_000)
    data = (tmp_path / "proof.pdf").read_bytes()
    assert len(reader(data).pages) == 2 and all(fonts(data).values())
    d.paper.setCurrentIndex(d.paper.findData("letter"))
    d.export(tmp_path / "sheet.pdf", sheet=True)
    qtbot.waitUntil(lambda: d.last_export == tmp_path / "sheet.pdf", timeout=20_000)
    page = reader((tmp_path / "sheet.pdf").read_bytes()).pages[0]
    assert round(float(page.mediabox.width)) == 612  # US Letter
