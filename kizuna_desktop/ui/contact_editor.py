"""The contact editor: every field of a contact, validation messages beside the fields, the
position history with transfers, and nothing lost when it is closed by mistake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import settings
from kizuna_desktop.errors import ValidationError
from kizuna_desktop.i18n import format_span
from kizuna_desktop.services import careers, japanese, photos, positions, regions
from kizuna_desktop.services.contacts import AddressInput, ContactDetail, ContactInput, Method
from kizuna_desktop.services.positions import PositionView
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import LatinOrder, MethodKind
from kizuna_desktop.ui import accessible, palette

PREFECTURES = [p for ps in regions.REGIONS.values() for p in ps]
METHOD_KINDS = [k.value for k in MethodKind]
# a kind as the Kind column names it (the services by their own names: i18n.SERVICE_NAMES)
KIND_NAMES = {"email": QT_TRANSLATE_NOOP("ContactEditor", "E-mail"),
              "phone": QT_TRANSLATE_NOOP("ContactEditor", "Phone"),
              "website": QT_TRANSLATE_NOOP("ContactEditor", "Website"),
              "address": QT_TRANSLATE_NOOP("ContactEditor", "Address"),
              "other": QT_TRANSLATE_NOOP("ContactEditor", "Other")}


def kind_name(kind: str) -> str:
    """'email' as the Kind column shows it: E-mail / メール; LINE, LinkedIn as they write it."""
    from kizuna_desktop.i18n import service_name

    if kind in KIND_NAMES:
        return QCoreApplication.translate("ContactEditor", KIND_NAMES[kind])
    return service_name(kind)
TAB_OF = {"organization": 0, "title_ja": 0, "photo": 0,
          "family_name": 0, "given_name": 0, "family_reading": 0, "given_reading": 0,
          "family_latin": 0, "given_latin": 0, "honorific": 0, "latin_order": 0,
          "birthday": 1, "cadence_days": 1, "tags": 1, "interests": 1, "how_we_met": 1,
          "methods": 2, "notes": 4}


class FieldRow(QWidget):
    """An input with its validation message under it."""

    def __init__(self, widget: QWidget):
        super().__init__()
        self.widget = widget
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        palette.tint(self.error, palette.Role.ALERT)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class ContactEditor(QDialog):
    """Save calls ``on_save(data)``, which raises ValidationError to keep the dialog open."""

    positions_changed = Signal()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The cursor starts in the family-name field (not on the tab bar): Ctrl+N, type."""
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            self.tabs.setCurrentIndex(0)
            self.family_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def __init__(self, journal: Journal, on_save: Callable[[ContactInput], None],
                 contact: ContactDetail | None = None, parent: QWidget | None = None,
                 on_transfer: Callable[[int, positions.PositionInput], None] | None = None,
                 on_delete_position: Callable[[int, int], None] | None = None):
        super().__init__(parent)
        self.journal = journal
        self.on_save = on_save
        self.on_transfer = on_transfer
        self.on_delete_position = on_delete_position
        self.contact = contact
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.resize(640, 600)
        self.rows: dict[str, FieldRow] = {}

        def line(name: str, placeholder: str = "") -> QLineEdit:
            w = QLineEdit()
            w.setPlaceholderText(placeholder)
            self.rows[name] = FieldRow(w)
            return w

        self.family_name = line("family_name", "山田 / Smith")
        self.given_name = line("given_name", "太郎 / Emily")
        self.family_reading = line("family_reading", "やまだ")
        self.given_reading = line("given_reading", "たろう")
        self.family_latin = line("family_latin", "Yamada")
        self.given_latin = line("given_latin", "Taro")
        self.latin_order = QComboBox()
        self.latin_order.addItem(self.tr("Given name first: Taro YAMADA"),
                                 LatinOrder.GIVEN_FIRST.value)
        self.latin_order.addItem(self.tr("Family name first: YAMADA Taro"),
                                 LatinOrder.FAMILY_FIRST.value)
        self.honorific = line("honorific", "様")
        suggest = QPushButton(self.tr("Latin from reading"))
        suggest.setToolTip(self.tr(
            "Fill the Latin name from the kana reading (Hepburn, card form)"))
        suggest.clicked.connect(self.suggest_latin)

        names = QFormLayout()
        names.addRow(self.tr("Family name"), self.rows["family_name"])
        names.addRow(self.tr("Given name"), self.rows["given_name"])
        names.addRow(self.tr("Family reading (kana)"), self.rows["family_reading"])
        names.addRow(self.tr("Given reading (kana)"), self.rows["given_reading"])
        latin_row = QHBoxLayout()
        latin_row.addWidget(self.rows["family_latin"])
        latin_row.addWidget(self.rows["given_latin"])
        latin_row.addWidget(suggest)
        names.addRow(self.tr("Latin (family, given)"), latin_row)
        names.addRow(self.tr("Latin order"), self.latin_order)
        names.addRow(self.tr("Honorific"), self.rows["honorific"])
        self.archived = QCheckBox(self.tr("Archived (hidden from the list)"))
        names.addRow("", self.archived)
        self.photo_box = PhotoBox(journal, contact)
        names.addRow(self.tr("Photo"), self.photo_box)
        self.work = WorkFields(journal)
        self.rows["organization"] = self.work.rows["organization"]
        self.work.add_to(names)

        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItem("")
        self.region.addItems(PREFECTURES)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, date.today().year)
        self.birth_year.setSpecialValueText(self.tr("year unknown"))
        self.birth_month = QSpinBox()
        self.birth_month.setRange(0, 12)
        self.birth_month.setSpecialValueText("—")
        self.birth_day = QSpinBox()
        self.birth_day.setRange(0, 31)
        self.birth_day.setSpecialValueText("—")
        birthday = QWidget()
        b = QHBoxLayout(birthday)
        b.setContentsMargins(0, 0, 0, 0)
        for label, w in ((self.tr("Year"), self.birth_year), (self.tr("Month"), self.birth_month),
                         (self.tr("Day"), self.birth_day)):
            part = QLabel(label)
            part.setBuddy(w)
            w.setAccessibleName(self.tr("Birthday: {0}").format(label))
            b.addWidget(part)
            b.addWidget(w)
        self.rows["birthday"] = FieldRow(birthday)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setSpecialValueText(self.tr("no cadence"))
        self.rows["cadence_days"] = FieldRow(self.cadence)
        self.tags = line("tags", "golf, key account, chamber")
        self.interests = line("interests", "golf, sake, their daughter's violin")
        self.how_we_met = line("how_we_met", "Introduced by … at …")
        details = QFormLayout()
        details.addRow(self.tr("Region"), self.region)
        details.addRow(self.tr("Birthday"), self.rows["birthday"])
        details.addRow(self.tr("Keep in touch every"), self.rows["cadence_days"])
        details.addRow(self.tr("Tags"), self.rows["tags"])
        details.addRow(self.tr("Interests"), self.rows["interests"])
        details.addRow(self.tr("How we met"), self.rows["how_we_met"])

        self.methods = QTableWidget(0, 3)
        self.methods.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Label"),
                                                self.tr("Address, number or handle")])
        self.methods.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.methods.verticalHeader().hide()
        self.rows["methods"] = FieldRow(self.methods)
        add_method = QPushButton(self.tr("Add"))
        add_method.clicked.connect(lambda: self.add_method(Method(kind=MethodKind.EMAIL, value="")))
        remove_method = QPushButton(self.tr("Remove"))
        remove_method.clicked.connect(lambda: self.methods.removeRow(self.methods.currentRow()))
        methods_box = QVBoxLayout()
        methods_box.addWidget(self.rows["methods"])
        mb = QHBoxLayout()
        mb.addStretch(1)
        mb.addWidget(add_method)
        mb.addWidget(remove_method)
        methods_box.addLayout(mb)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the field, never typed
        self.rows["notes"] = FieldRow(self.notes)

        self.tabs = QTabWidget()
        for title, layout in ((self.tr("Name"), names), (self.tr("Details"), details),
                              (self.tr("E-mail, phone, social"), methods_box)):
            page = QWidget()
            page.setLayout(layout)
            self.tabs.addTab(page, title)
        self.career = CareerTab(journal, contact, self)
        self.tabs.addTab(self.career, self.tr("Career"))
        self.tabs.addTab(self.rows["notes"], self.tr("Notes"))

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.summary, palette.Role.ALERT)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.summary)
        root.addWidget(buttons)
        accessible.name_fields(self)
        for w, name in ((self.family_latin, self.tr("Latin family name")),
                        (self.given_latin, self.tr("Latin given name")),
                        (self.methods, self.tr("E-mails, phones, handles and addresses")),
                        (self.notes, self.tr("Notes"))):
            w.setAccessibleName(name)
        new = ContactInput(cadence_days=settings.preference("cadence_days"))  # Preferences'
        self.load(contact.to_input() if contact else new, contact)
        self.work.load(self.career.current if contact else None)
        self._initial = self.data()

    # data ---------------------------------------------------------------------------------
    def load(self, d: ContactInput, detail: ContactDetail | None) -> None:
        self._base = d  # what the form does not show (nickname, name parts...) is kept
        for name in ("family_name", "given_name", "family_reading", "given_reading",
                     "family_latin", "given_latin", "honorific", "interests", "how_we_met"):
            getattr(self, name).setText(getattr(d, name))
        self.latin_order.setCurrentIndex(self.latin_order.findData(LatinOrder(d.latin_order).value))
        self.region.setCurrentText(d.region)
        self.birth_year.setValue(d.birth_year or 0)
        self.birth_month.setValue(d.birth_month or 0)
        self.birth_day.setValue(d.birth_day or 0)
        self.cadence.setValue(d.cadence_days or 0)
        self.tags.setText(", ".join(d.tags))
        self.notes.setPlainText(d.notes)
        self.archived.setChecked(bool(detail and detail.archived))
        self.methods.setRowCount(0)
        for m in d.methods:
            self.add_method(m)
        for a in d.addresses:  # one text per address; its parts are kept while it is unchanged
            self.add_method(Method(kind=MethodKind.ADDRESS, label=a.label, value=a.text))

    def add_method(self, m: Method) -> None:
        r = self.methods.rowCount()
        self.methods.insertRow(r)
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Kind"))
        for value in METHOD_KINDS:  # shown in the interface's language, kept as the kind
            kind.addItem(kind_name(value), value)
        kind.setCurrentIndex(kind.findData(MethodKind(m.kind).value))
        self.methods.setCellWidget(r, 0, kind)
        self.methods.setItem(r, 1, QTableWidgetItem(m.label))
        self.methods.setItem(r, 2, QTableWidgetItem(m.value))

    def data(self) -> ContactInput:
        methods, addresses = [], []
        for r in range(self.methods.rowCount()):
            value = self.methods.item(r, 2)
            label = self.methods.item(r, 1)
            kind = MethodKind(self.methods.cellWidget(r, 0).currentData())
            if kind == MethodKind.ADDRESS:
                addresses.append(AddressInput(label=label.text() if label else "",
                                              text=value.text() if value else ""))
                continue
            methods.append(Method(kind=kind, label=label.text() if label else "",
                                  value=value.text() if value else ""))
        base = getattr(self, "_base", None) or ContactInput()
        return replace(base, addresses=addresses, **self._shown(methods))

    def _shown(self, methods: list[Method]) -> dict:
        """The fields the form shows, as typed."""
        return dict(
            family_name=self.family_name.text(), given_name=self.given_name.text(),
            family_reading=self.family_reading.text(), given_reading=self.given_reading.text(),
            family_latin=self.family_latin.text(), given_latin=self.given_latin.text(),
            latin_order=LatinOrder(self.latin_order.currentData()),
            honorific=self.honorific.text(), region=self.region.currentText(),
            birth_year=self.birth_year.value() or None,
            birth_month=self.birth_month.value() or None,
            birth_day=self.birth_day.value() or None,
            interests=self.interests.text(), how_we_met=self.how_we_met.text(),
            notes=self.notes.toPlainText(), cadence_days=self.cadence.value() or None,
            methods=methods, tags=[t for t in self.tags.text().split(",") if t.strip()],
        )

    @property
    def wants_archived(self) -> bool:
        return self.archived.isChecked()

    def changed(self) -> bool:
        if getattr(self, "_saved", False):
            return False
        was_archived = bool(self.contact and self.contact.archived)
        return (self.data() != self._initial or self.wants_archived != was_archived
                or bool(self.career_ops()) or self.photo_box.changed
                or (self.contact is None and self.work.role() is not None))

    def career_ops(self) -> list[careers.Op]:
        """What Save does to the positions (an existing contact's)."""
        return self.career.final_ops()

    def first_role(self) -> careers.Role | None:
        """A new contact's first position, from the first tab."""
        return self.work.role() if self.contact is None else None

    def photo_change(self) -> tuple[bool, bytes | None]:
        """(changed, the photo to store: scaled bytes, or None to remove it)."""
        return self.photo_box.changed, self.photo_box.pending

    def suggest_latin(self) -> None:
        family, given = japanese.suggest_latin(self.family_reading.text(),
                                               self.given_reading.text())
        if family:
            self.family_latin.setText(family)
        if given:
            self.given_latin.setText(given)

    # saving and closing -------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        for name, row in self.rows.items():
            message = errors.get(name)
            if name == "methods":
                message = "; ".join(self.tr("row {0}: {1}").format(int(k[8:-1]) + 1, v)
                                    for k, v in errors.items()
                                    if k.startswith("methods[")) or None
            row.set_error(message)
        if "journal" in errors:  # the journal could not take it now (busy, full, read-only)
            self.summary.setText(self.tr("Not saved: {0}").format(errors["journal"]))
        else:
            self.summary.setText(self.tr("Not saved: fix the fields marked in red.") if errors
                                 else "")
        tabs = [TAB_OF.get(k.split("[")[0]) for k in errors]
        tabs = [t for t in tabs if t is not None]
        if tabs:  # show the first tab with a problem
            self.tabs.setCurrentIndex(min(tabs))

    def save(self) -> None:
        try:
            self.on_save(self.data())
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        self.show_errors({})
        self._initial = self.data()
        self._saved = True
        self.accept()

    def reject(self) -> None:
        if self.changed():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"), self.tr("Save your changes to this contact?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.changed():
            event.ignore()
            self.reject()
        else:
            event.accept()


class WorkFields(QWidget):
    """Organisation, department and title in both languages, and since when: the first
    tab's work, so that a contact from a meishi is one dialog."""

    def __init__(self, journal: Journal):
        super().__init__()
        from kizuna_desktop.ui.position_editor import OptionalDate, organization_combo

        self.org = organization_combo(journal)
        self.department_ja, self.department_en = QLineEdit(), QLineEdit()
        self.title_ja, self.title_en = QLineEdit(), QLineEdit()
        self.department_ja.setPlaceholderText("営業部")
        self.department_en.setPlaceholderText("Sales Department")
        self.title_ja.setPlaceholderText("部長")
        self.title_en.setPlaceholderText("General Manager")
        for w, name in ((self.department_ja, self.tr("Department (Japanese)")),
                        (self.department_en, self.tr("Department (English)")),
                        (self.title_ja, self.tr("Title (Japanese)")),
                        (self.title_en, self.tr("Title (English)"))):
            w.setAccessibleName(name)
        self.since = OptionalDate(self.tr("Since"))
        self.rows = {"organization": FieldRow(self.org)}
        self.current: PositionView | None = None

    def add_to(self, form: QFormLayout) -> None:
        heading = QLabel(self.tr("<b>Work</b> (from the meishi)"))
        form.addRow(heading)
        form.addRow(self.tr("Organisation"), self.rows["organization"])
        dept = QHBoxLayout()
        dept.addWidget(self.department_ja)
        dept.addWidget(self.department_en)
        form.addRow(self.tr("Department (ja, en)"), dept)
        title = QHBoxLayout()
        title.addWidget(self.title_ja)
        title.addWidget(self.title_en)
        form.addRow(self.tr("Title (ja, en)"), title)
        form.addRow(self.tr("Position began"), self.since)

    def load(self, p: PositionView | None) -> None:
        from kizuna_desktop.ui.position_editor import set_organization

        self.current = p
        set_organization(self.org, p.organization_id if p else None,
                         p.organization if p else "")
        for name in ("department_ja", "department_en", "title_ja", "title_en"):
            getattr(self, name).setText(getattr(p, name) if p else "")
        self.since.set(p.start_date if p else None)

    def role(self) -> careers.Role | None:
        from kizuna_desktop.ui.position_editor import chosen_organization

        org_id, name = chosen_organization(self.org)
        role = careers.Role(organization_id=org_id, organization_name=name,
                            department_ja=self.department_ja.text().strip(),
                            department_en=self.department_en.text().strip(),
                            title_ja=self.title_ja.text().strip(),
                            title_en=self.title_en.text().strip(),
                            start_date=self.since.value())
        return None if role.empty and role.start_date is None else role

    def changed(self) -> bool:
        role = self.role()
        p = self.current
        if p is None:
            return role is not None
        return role is None or not role.same_as(p) or role.start_date != p.start_date


class PhotoBox(QWidget):
    """The contact's photo with Set…, Replace… and Remove; the change is kept until Save."""

    SIDE = 96

    def __init__(self, journal: Journal, contact: ContactDetail | None):
        super().__init__()
        self.journal = journal
        self.image = QLabel()
        self.image.setFixedSize(self.SIDE, self.SIDE)
        # A frame on the palette's alternate base: light or dark as the scheme is.
        self.image.setFrameShape(QLabel.Shape.StyledPanel)
        self.image.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.image.setAutoFillBackground(True)
        self.image.setScaledContents(False)
        self.set_button = QPushButton(self.tr("Set photo…"))
        self.set_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove photo"))
        self.remove_button.clicked.connect(self.remove)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.error, palette.Role.ALERT)
        self.error.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.error)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image)
        layout.addLayout(buttons, 1)
        self.changed = False
        self.pending: bytes | None = None
        self.stored = photos.get_photo(journal, contact.id) if contact else None
        self.show_bytes(self.stored)

    def show_bytes(self, data: bytes | None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPixmap

        if data is None:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("no photo"))
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.remove_button.setEnabled(False)
            self.set_button.setText(self.tr("Set photo…"))
            return
        pix = QPixmap()
        pix.loadFromData(data)
        self.image.setPixmap(pix.scaled(self.SIDE, self.SIDE,
                                        Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(True)
        self.set_button.setText(self.tr("Replace photo…"))

    def current(self) -> bytes | None:
        return self.pending if self.changed else self.stored

    def choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> bool:
        from pathlib import Path

        try:
            data = photos.prepare(Path(path).read_bytes())
        except OSError as e:
            self.error.setText(self.tr("Cannot read the file: {0}").format(e.strerror or e))
            return False
        except ValidationError as e:
            self.error.setText(next(iter(e.errors.values())))
            return False
        self.error.setText("")
        self.pending, self.changed = data, True
        self.show_bytes(data)
        return True

    def remove(self) -> None:
        self.pending, self.changed = None, self.stored is not None
        self.show_bytes(None)


class CareerTab(QWidget):
    """The position history, newest first. Transfers, edits and deletions are collected and
    checked at once (shown as they will be), and carried out when the editor is saved;
    Cancel drops them."""

    def __init__(self, journal: Journal, contact: ContactDetail | None, editor: ContactEditor):
        super().__init__()
        self.journal, self.contact, self.editor = journal, contact, editor
        self.ops: list[careers.Op] = []
        self.provisional: dict[int, int] = {}  # position a pending op makes -> that op
        self.history: list[PositionView] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Organisation"),
                                              self.tr("Department"), self.tr("Title")])
        self.table.setAccessibleName(self.tr("Positions held"))
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col,
                                                               QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(lambda r, _c: self.edit_position(row=r))
        self.transfer_button = QPushButton(self.tr("Record a transfer…"))
        self.transfer_button.clicked.connect(self.record_transfer)
        self.edit_button = QPushButton(self.tr("Edit position…"))
        self.edit_button.clicked.connect(lambda: self.edit_position())
        self.delete_button = QPushButton(self.tr("Delete position"))
        self.delete_button.clicked.connect(self.delete_position)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.error, palette.Role.ALERT)
        self.error.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.pending, palette.Role.ACCENT)
        layout = QVBoxLayout(self)
        if contact is None:
            layout.addWidget(QLabel(self.tr("A new contact's first position is given on the "
                                            "first tab; its history and transfers are "
                                            "recorded here once it is saved.")))
            for b in (self.transfer_button, self.edit_button, self.delete_button):
                b.setEnabled(False)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.pending)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.transfer_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.reload()

    @property
    def current(self) -> PositionView | None:
        from kizuna_desktop.services.contacts import current_of

        main = [p for p in self.history if not p.concurrent]
        return current_of(main) or current_of(self.history)

    def reload(self) -> None:
        self.table.setRowCount(0)
        if self.contact is None:
            return
        outcome = careers.preview(self.journal, self.contact.id, self.ops)
        self.history = outcome.history
        self.provisional = {pid: i for i, pid in enumerate(outcome.made)
                            if pid is not None and isinstance(self.ops[i],
                                                              careers.Transfer | careers.Add)}
        for p in self.history:
            r = self.table.rowCount()
            self.table.insertRow(r)
            # 2026年5月17日 – 現在 / 17 May 2026 – now, as the card and kizuna show write it
            period = format_span(p.start_date, p.end_date) + (" (兼務)" if p.concurrent else "")
            if p.id in self.provisional:
                period += self.tr(" — on Save")
            for c, text in enumerate((period, p.organization,
                                      " / ".join(x for x in (p.department_ja, p.department_en)
                                                 if x),
                                      " / ".join(x for x in (p.title_ja, p.title_en) if x))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        n = len(self.ops)
        self.pending.setText(self.tr("{0} change(s) take effect when you save; Cancel drops "
                                     "them.").format(n) if n else "")

    def _try(self, ops: list[careers.Op]) -> bool:
        try:
            careers.preview(self.journal, self.contact.id, ops)
        except ValidationError as e:
            self.error.setText("\n".join(e.errors.values()))
            return False
        self.error.setText("")
        self.ops = ops
        self.reload()
        self.editor.work.load(self.current)
        return True

    def record_transfer(self, _checked=False, data=None) -> bool:
        """From the dialog, or ``data`` (a careers.Role or a positions.PositionInput)."""
        from kizuna_desktop.ui.position_editor import PositionDialog

        if data is None:
            dialog = PositionDialog(self.journal, self.current, self, transfer=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            data = dialog.result_role
        if isinstance(data, positions.PositionInput):
            data = careers.Role(**vars(data))
        return self._try([*self.ops, careers.Transfer(data)])

    def edit_position(self, _checked=False, row: int | None = None,
                      role: careers.Role | None = None) -> bool:
        from kizuna_desktop.ui.position_editor import PositionDialog

        r = self.table.currentRow() if row is None else row
        if r < 0 or r >= len(self.history):
            return False
        p = self.history[r]
        if role is None:
            dialog = PositionDialog(self.journal, p, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            role = dialog.result_role
        ops = list(self.ops)
        if p.id in self.provisional:
            i = self.provisional[p.id]
            ops[i] = type(ops[i])(role)
        else:
            ops.append(careers.Edit(p.id, role))
        return self._try(ops)

    def delete_position(self, _checked=False, row: int | None = None) -> bool:
        r = self.table.currentRow() if row is None else row
        if r < 0 or r >= len(self.history):
            return False
        p = self.history[r]
        ops = list(self.ops)
        if p.id in self.provisional:
            del ops[self.provisional[p.id]]
        else:
            ops.append(careers.Remove(p.id))
        return self._try(ops)

    def final_ops(self) -> list[careers.Op]:
        """The collected changes, with the first tab's work (if changed) correcting the
        current position, or starting one when there is none."""
        ops = list(self.ops)
        work = self.editor.work
        if self.contact is None or not work.changed():
            return ops
        role = work.role()
        cur = work.current
        if role is None:
            return ops
        if cur is None:
            return [*ops, careers.Add(role)]
        role.end_date, role.concurrent = cur.end_date, cur.concurrent
        if cur.id in self.provisional:
            i = self.provisional[cur.id]
            ops[i] = type(ops[i])(role)
            return ops
        return [*ops, careers.Edit(cur.id, role)]


# The transfer dialog lives with the position editor; kept importable from here.
from kizuna_desktop.ui.position_editor import PositionDialog as TransferDialog  # noqa: E402, F401
