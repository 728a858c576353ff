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


def test_preview_draws_in_the_pdfs_fonts(qtbot, demo_journal):
    from PySide6.QtGui import QFontInfo

    from kizuna_desktop.pdf.fonts import GOTHIC, MINCHO, NAMES
    from kizuna_desktop.ui import meishi_preview

    d = _dialog(qtbot, demo_journal)
    fam = meishi_preview.families()
    assert fam[MINCHO] != fam[GOTHIC] and NAMES in fam
    name = meishi_preview._font(MINCHO, 17, d.front.logicalDpiY())
    assert QFontInfo(name).family() == fam[MINCHO]  # the name in Mincho, as the PDF sets it
    assert name.families()[1:2] == [fam[NAMES]]  # then the fallback the PDF uses for 𠮷


def test_a_character_no_font_has_stops_the_export_in_the_editor(qtbot, demo_journal, tmp_path):
    d = _dialog(qtbot, demo_journal)
    d.inputs["company_ja"].setText("ノルドリヒト\ue000合同会社")
    d._changed()
    qtbot.waitUntil(lambda: "U+E000" in d.problems.text(), timeout=3000)
    assert "company_ja" in d.problems.text()
    assert not d.proof_btn.isEnabled() and not d.sheet_btn.isEnabled()
    d.inputs["company_ja"].setText("株式会社𠮷田﨑製作所")  # in the bundled fonts: fine
    d._changed()
    qtbot.waitUntil(lambda: d.proof_btn.isEnabled(), timeout=3000)
    d.front.grab().save(str(tmp_path / "front.png"))


def test_warnings_show_and_a_small_logo_is_refused(qtbot, demo_journal):
    import io

    from PIL import Image

    d = _dialog(qtbot, demo_journal)
    big, small = io.BytesIO(), io.BytesIO()
    Image.new("RGB", (900, 300), (20, 60, 160)).save(big, "PNG")
    Image.new("RGB", (60, 20), (20, 60, 160)).save(small, "PNG")
    d.set_logo(big.getvalue())
    qtbot.waitUntil(lambda: "colour profile" in d.warnings.text(), timeout=3000)
    assert d.proof_btn.isEnabled()
    d.set_logo(small.getvalue())
    qtbot.waitUntil(lambda: "ppi" in d.problems.text(), timeout=3000)
    assert not d.proof_btn.isEnabled()


def test_bilingual_offers_no_vertical_face(qtbot, demo_journal):
    d = _dialog(qtbot, demo_journal)
    d.ja.setCurrentIndex(d.ja.findData("vertical"))
    d.style.setCurrentIndex(d.style.findData("bilingual"))
    assert d.ja.currentData() == "horizontal" and not d.ja.isEnabled()
    d.style.setCurrentIndex(d.style.findData("two-sided"))
    assert d.ja.isEnabled()
