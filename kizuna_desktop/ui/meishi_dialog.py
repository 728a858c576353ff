"""Tools > Meishi: edit meishi profiles, choose a layout, see both faces update as you type,
and export a proof or a sheet (written off the UI thread)."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import settings
from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.i18n import message
from kizuna_desktop.pdf.meishi_layout import MeishiOptions
from kizuna_desktop.services import cards, meishi
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import accessible, palette, plain
from kizuna_desktop.ui.jobs import run_in_background
from kizuna_desktop.ui.meishi_preview import FacePreview

LABELS = {
    "profile_name": QT_TRANSLATE_NOOP("MeishiDialog", "Profile name"),
    "name_ja": QT_TRANSLATE_NOOP("MeishiDialog", "Name (Japanese / katakana)"),
    "reading_ja": QT_TRANSLATE_NOOP("MeishiDialog", "Reading (kana)"),
    "name_en": QT_TRANSLATE_NOOP("MeishiDialog", "Name (English)"),
    "title_ja": QT_TRANSLATE_NOOP("MeishiDialog", "Title (Japanese)"),
    "title_en": QT_TRANSLATE_NOOP("MeishiDialog", "Title (English)"),
    "department_ja": QT_TRANSLATE_NOOP("MeishiDialog", "Department (Japanese)"),
    "department_en": QT_TRANSLATE_NOOP("MeishiDialog", "Department (English)"),
    "company_ja": QT_TRANSLATE_NOOP("MeishiDialog", "Company (Japanese)"),
    "company_en": QT_TRANSLATE_NOOP("MeishiDialog", "Company (English)"),
    "address_ja": QT_TRANSLATE_NOOP("MeishiDialog", "Address (Japanese)"),
    "address_en": QT_TRANSLATE_NOOP("MeishiDialog", "Address (English)"),
    "phone": QT_TRANSLATE_NOOP("MeishiDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("MeishiDialog", "E-mail"),
    "web": QT_TRANSLATE_NOOP("MeishiDialog", "Web"),
    "line_id": QT_TRANSLATE_NOOP("MeishiDialog", "LINE ID"),
}
MULTILINE = {"address_ja", "address_en"}


class MeishiDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Meishi — business card layouts"))
        self.resize(1180, 720)
        self.profile_id: int | None = None
        self.dirty = False
        self.last_export: Path | None = None
        self._job = None

        self.profiles = QComboBox()
        new_btn = QPushButton(self.tr("New…"))
        new_btn.clicked.connect(self.new_profile)
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.delete_btn.clicked.connect(self.delete_profile)
        top = QHBoxLayout()
        profile_label = QLabel(self.tr("Profile:"))
        profile_label.setBuddy(self.profiles)
        top.addWidget(profile_label)
        top.addWidget(self.profiles, 1)
        top.addWidget(new_btn)
        top.addWidget(self.delete_btn)

        form = QFormLayout()
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name, label in LABELS.items():
            w: QLineEdit | QPlainTextEdit
            if name in MULTILINE:
                w = QPlainTextEdit()
                w.setTabChangesFocus(True)  # Tab leaves the field, never typed
                w.setFixedHeight(48)
                w.textChanged.connect(self._changed)
            else:
                w = QLineEdit()
                w.textEdited.connect(self._changed)
            self.inputs[name] = w
            err = QLabel()
            err.setTextFormat(Qt.TextFormat.PlainText)
            palette.tint(err, palette.Role.ALERT)
            err.setWordWrap(True)
            err.hide()
            self.errors[name] = err
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(w)
            box.addWidget(err)
            form.addRow(self.tr(label), box)
        self.include_qr = QCheckBox(self.tr("Print a QR code with my vCard on the English side"))
        self.include_qr.toggled.connect(self._changed)
        form.addRow("", self.include_qr)
        logo_row = QHBoxLayout()
        self.logo_label = plain.label(self.tr("No logo"))
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        form.addRow(self.tr("Logo"), logo_row)
        form_box = QWidget()
        form_box.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        scroll.setMinimumWidth(500)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.style = _combo({"two-sided": self.tr("Two-sided (Japanese front, English back)"),
                             "bilingual": self.tr("Bilingual on one side")})
        self.ja = _combo({"horizontal": self.tr("Horizontal (yokogaki)"),
                          "vertical": self.tr("Vertical (tategaki)")})
        self.size = _combo({"jp": self.tr("Japan 91 × 55 mm"),
                            "us": self.tr("US 3.5 × 2 in"),
                            "eu": self.tr("Europe 85 × 55 mm")})  # pdf's SIZE_NAMES
        self.orientation = _combo({"": self.tr("Automatic"),
                                   "landscape": self.tr("Landscape"),
                                   "portrait": self.tr("Portrait")})
        self.numerals = _combo({"arabic": self.tr("Upright digits (1-2-3)"),
                                "kanji": self.tr("Kanji numerals (一―二―三)")})
        self.paper = _combo({"a4": "A4", "letter": self.tr("US Letter")})
        prefs = settings.preferences()  # Preferences' card size and paper to start with
        self.size.setCurrentIndex(max(0, self.size.findData(prefs["card_size"])))
        self.paper.setCurrentIndex(max(0, self.paper.findData(prefs["paper"])))
        self.proofs_dir = Path(prefs["proofs_dir"]).expanduser() if prefs["proofs_dir"] \
            else Path.home()
        self.band_bleed = QCheckBox(self.tr(
            "Set cards apart so the colour band bleeds past each cut"))
        for c in (self.style, self.ja, self.size, self.orientation, self.numerals):
            c.currentIndexChanged.connect(self.schedule_preview)
        self.style.currentIndexChanged.connect(self._style_changed)
        opts = QFormLayout()
        opts.addRow(self.tr("Style"), self.style)
        opts.addRow(self.tr("Japanese side"), self.ja)
        opts.addRow(self.tr("Size"), self.size)
        opts.addRow(self.tr("Orientation"), self.orientation)
        opts.addRow(self.tr("Vertical address numbers"), self.numerals)
        opts.addRow(self.tr("Sheet paper"), self.paper)
        opts.addRow("", self.band_bleed)
        opts_box = QGroupBox(self.tr("Layout"))
        opts_box.setLayout(opts)

        self.front = FacePreview()
        self.back = FacePreview()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        palette.tint(self.problems, palette.Role.ALERT)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        palette.tint(self.warnings, palette.Role.WARNING)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        faces = QHBoxLayout()
        faces.addWidget(self.front)
        faces.addWidget(self.back)

        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.clicked.connect(self.save)
        self.proof_btn = QPushButton(self.tr("Export proof…"))
        self.proof_btn.clicked.connect(lambda: self.export_dialog(sheet=False))
        self.sheet_btn = QPushButton(self.tr("Export sheet…"))
        self.sheet_btn.clicked.connect(lambda: self.export_dialog(sheet=True))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.status, 1)
        for b in (self.save_btn, self.proof_btn, self.sheet_btn, close):
            buttons.addWidget(b)

        right = QVBoxLayout()
        right.addWidget(opts_box)
        right.addLayout(faces, 1)
        right.addWidget(self.problems)
        right.addWidget(self.warnings)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(scroll, 1)
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        root = QVBoxLayout(self)
        root.addLayout(body, 1)
        root.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        accessible.name_fields(self)

        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.update_preview)
        self.logo: bytes | None = None
        self.reload_profiles()
        self.profiles.currentIndexChanged.connect(self._profile_chosen)

    # profiles -----------------------------------------------------------------------------
    def reload_profiles(self, select: int | None = None) -> None:
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for p in meishi.list_all(self.journal):
            self.profiles.addItem(p.profile_name, p.id)
        self.profiles.blockSignals(False)
        if select is not None:
            self.profiles.setCurrentIndex(self.profiles.findData(select))
        self._profile_chosen()

    def _profile_chosen(self) -> None:
        pid = self.profiles.currentData()
        if pid is not None and pid != self.profile_id and not self._confirm_discard():
            self.profiles.blockSignals(True)
            self.profiles.setCurrentIndex(self.profiles.findData(self.profile_id))
            self.profiles.blockSignals(False)
            return
        self.profile_id = pid
        p = meishi.get(self.journal, pid) if pid is not None else meishi.MeishiInput(
            profile_name="")
        self.logo = cards.logo_of(self.journal, pid) if pid is not None else None
        for name, w in self.inputs.items():
            value = getattr(p, name)
            w.blockSignals(True)
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            else:
                w.setText(value)
            w.blockSignals(False)
        self.include_qr.blockSignals(True)
        self.include_qr.setChecked(p.include_qr)
        self.include_qr.blockSignals(False)
        self.logo_label.setText(self.tr("Logo set") if self.logo else self.tr("No logo"))
        self.delete_btn.setEnabled(pid is not None)
        self._set_dirty(False)
        self._show_errors({})
        self.update_preview()

    def new_profile(self) -> None:
        if not self._confirm_discard():
            return
        name, ok = QInputDialog.getText(self, self.tr("New meishi profile"),
                                        self.tr("Profile name:"))
        if not ok or not name.strip():
            return
        base = self.current_input() if self.profile_id else meishi.MeishiInput(profile_name="")
        data = replace(base, profile_name=name.strip())
        if not (data.name_ja or data.name_en):
            data = replace(data, name_en="Your Name")
        try:
            created = meishi.create(self.journal, data)
        except ValidationError as e:
            plain.warn(self, self.tr("New profile"), message(e))
            return
        self.dirty = False
        self.reload_profiles(select=created.id)

    def delete_profile(self) -> None:
        if self.profile_id is None:
            return
        answer = plain.ask(
            self, self.tr("Delete profile"), self.tr("Delete the meishi profile “{0}”?")
            .format(self.profiles.currentText()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        meishi.delete(self.journal, self.profile_id)
        self.profile_id, self.dirty = None, False
        self.reload_profiles()

    # editing ------------------------------------------------------------------------------
    def current_input(self) -> meishi.MeishiInput:
        values = {}
        for name, w in self.inputs.items():
            values[name] = w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
        return meishi.MeishiInput(**values, include_qr=self.include_qr.isChecked())

    def options(self) -> MeishiOptions:
        return MeishiOptions(style=self.style.currentData(), ja=self.ja.currentData(),
                             size=self.size.currentData(),
                             orientation=self.orientation.currentData(),
                             numerals=self.numerals.currentData()).resolved()

    def _style_changed(self) -> None:
        """A bilingual card is one horizontal face: the vertical choice is not offered."""
        bilingual = self.style.currentData() == "bilingual"
        if bilingual:
            self.ja.setCurrentIndex(self.ja.findData("horizontal"))
        self.ja.setEnabled(not bilingual)

    def _changed(self, *_args) -> None:
        self._set_dirty(True)
        self.schedule_preview()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_btn.setEnabled(dirty and self.profile_id is not None)
        self.setWindowTitle(self.tr("Meishi — business card layouts") + (" *" if dirty else ""))

    def schedule_preview(self) -> None:
        self._timer.start()

    def update_preview(self) -> None:
        """Lay the card out from what is typed (saved or not) and show both faces."""
        p = self.current_input()
        view = meishi.MeishiView(id=self.profile_id or 0, **{
            f.name: getattr(p, f.name) for f in fields(meishi.MeishiInput)})
        card = cards.card_layout(view, self.options(), self.logo)
        self.card = card
        self.front.set_face(card.faces[0])
        self.back.set_face(card.faces[1] if len(card.faces) > 1 else None)
        self.back.setVisible(len(card.faces) > 1)
        self.problems.setText("\n".join(card.problems))
        self.warnings.setText("\n".join(self.tr("Warning: {0}").format(w)
                                        for w in card.warnings))
        self.warnings.setVisible(bool(card.warnings))
        enabled = not card.problems
        self.proof_btn.setEnabled(enabled)
        self.sheet_btn.setEnabled(enabled)

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)

    def save(self) -> bool:
        if self.profile_id is None:
            return False
        try:
            meishi.update(self.journal, self.profile_id, self.current_input())
            cards.set_logo(self.journal, self.profile_id, self.logo)
        except ValidationError as e:
            self._show_errors(e.errors)
            self.status.setText(self.tr("Not saved: fix the fields marked in red."))
            return False
        self._show_errors({})
        current = self.profile_id
        self.dirty = False
        self.reload_profiles(select=current)
        self.status.setText(self.tr("Saved."))
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(Path(path).read_bytes())

    def set_logo(self, data: bytes | None) -> None:
        if data is not None and cards.logo_size(data) is None:
            QMessageBox.warning(self, self.tr("Logo"),
                                self.tr("The logo must be a PNG or JPEG image."))
            return
        self.logo = data
        self.logo_label.setText(self.tr("Logo set") if data else self.tr("No logo"))
        self._changed()

    # export -------------------------------------------------------------------------------
    def export_dialog(self, sheet: bool) -> None:
        name = self.inputs["profile_name"].text() or "meishi"
        kind = "sheet" if sheet else "proof"
        title = self.tr("Export sheet") if sheet else self.tr("Export proof")
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(self.proofs_dir / f"{name} {kind}.pdf"), "PDF (*.pdf)")
        if path:
            self.export(Path(path), sheet)

    def export(self, path: Path, sheet: bool) -> None:
        """Write the proof or sheet of what is on screen, in the background."""
        p = self.current_input()
        view = meishi.MeishiView(id=self.profile_id or 0, **{
            f.name: getattr(p, f.name) for f in fields(meishi.MeishiInput)})
        options, paper, logo = self.options(), self.paper.currentData(), self.logo
        bleed = self.band_bleed.isChecked()
        self.proof_btn.setEnabled(False)
        self.sheet_btn.setEnabled(False)
        self.status.setText(self.tr("Writing {0}…").format(path.name))

        def work() -> Path:
            from kizuna_desktop.services.files import write_atomically

            # The same preflight as `kizuna preflight`: a file a shop would reject is refused.
            out = cards.export(view, options, sheet, paper, logo, band_bleed=bleed)
            return write_atomically(path, out.data)

        self._job = run_in_background(work, self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.status.setText(self.tr("Written to {0}").format(path))
        self.update_preview()

    def _export_failed(self, error: Exception) -> None:
        self.update_preview()
        text = (message(error) if isinstance(error, KizunaError)
                else self.tr("Export failed: {0}").format(error))
        self.status.setText(text)
        plain.warn(self, self.tr("Export"), text)

    # closing ------------------------------------------------------------------------------
    def _confirm_discard(self) -> bool:
        if not self.dirty or self.profile_id is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this profile?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:
        if self._confirm_discard():
            event.accept()
        else:
            event.ignore()


def _combo(items: dict[str, str]) -> QComboBox:
    c = QComboBox()
    for key, label in items.items():
        c.addItem(label, key)
    return c

