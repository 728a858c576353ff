"""The contact editor: every field of a contact, validation messages beside the fields, the
position history with transfers, and nothing lost when it is closed by mistake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import japanese, organizations, positions, regions
from kizuna_desktop.services.contacts import AddressInput, ContactDetail, ContactInput, Method
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import LatinOrder, MethodKind, OrganizationKind

PREFECTURES = [p for ps in regions.REGIONS.values() for p in ps]
METHOD_KINDS = [k.value for k in MethodKind]
TAB_OF = {"family_name": 0, "given_name": 0, "family_reading": 0, "given_reading": 0,
          "family_latin": 0, "given_latin": 0, "honorific": 0, "latin_order": 0,
          "birthday": 1, "cadence_days": 1, "tags": 1, "interests": 1, "how_we_met": 1,
          "methods": 2, "notes": 4}


class FieldRow(QWidget):
    """An input with its validation message under it."""

    def __init__(self, widget: QWidget):
        super().__init__()
        self.widget = widget
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
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
        self.setWindowTitle("Edit contact" if contact else "New contact")
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
        self.latin_order.addItem("Given name first: Taro YAMADA", LatinOrder.GIVEN_FIRST.value)
        self.latin_order.addItem("Family name first: YAMADA Taro", LatinOrder.FAMILY_FIRST.value)
        self.honorific = line("honorific", "様")
        suggest = QPushButton("Latin from reading")
        suggest.setToolTip("Fill the Latin name from the kana reading (Hepburn, card form)")
        suggest.clicked.connect(self.suggest_latin)

        names = QFormLayout()
        names.addRow("Family name", self.rows["family_name"])
        names.addRow("Given name", self.rows["given_name"])
        names.addRow("Family reading (kana)", self.rows["family_reading"])
        names.addRow("Given reading (kana)", self.rows["given_reading"])
        latin_row = QHBoxLayout()
        latin_row.addWidget(self.rows["family_latin"])
        latin_row.addWidget(self.rows["given_latin"])
        latin_row.addWidget(suggest)
        names.addRow("Latin (family, given)", latin_row)
        names.addRow("Latin order", self.latin_order)
        names.addRow("Honorific", self.rows["honorific"])
        self.archived = QCheckBox("Archived (hidden from the list)")
        names.addRow("", self.archived)

        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItem("")
        self.region.addItems(PREFECTURES)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, date.today().year)
        self.birth_year.setSpecialValueText("year unknown")
        self.birth_month = QSpinBox()
        self.birth_month.setRange(0, 12)
        self.birth_month.setSpecialValueText("—")
        self.birth_day = QSpinBox()
        self.birth_day.setRange(0, 31)
        self.birth_day.setSpecialValueText("—")
        birthday = QWidget()
        b = QHBoxLayout(birthday)
        b.setContentsMargins(0, 0, 0, 0)
        for label, w in (("Year", self.birth_year), ("Month", self.birth_month),
                         ("Day", self.birth_day)):
            b.addWidget(QLabel(label))
            b.addWidget(w)
        self.rows["birthday"] = FieldRow(birthday)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSuffix(" days")
        self.cadence.setSpecialValueText("no cadence")
        self.rows["cadence_days"] = FieldRow(self.cadence)
        self.tags = line("tags", "golf, key account, chamber")
        self.interests = line("interests", "golf, sake, their daughter's violin")
        self.how_we_met = line("how_we_met", "Introduced by … at …")
        details = QFormLayout()
        details.addRow("Region", self.region)
        details.addRow("Birthday", self.rows["birthday"])
        details.addRow("Keep in touch every", self.rows["cadence_days"])
        details.addRow("Tags", self.rows["tags"])
        details.addRow("Interests", self.rows["interests"])
        details.addRow("How we met", self.rows["how_we_met"])

        self.methods = QTableWidget(0, 3)
        self.methods.setHorizontalHeaderLabels(["Kind", "Label", "Address, number or handle"])
        self.methods.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.methods.verticalHeader().hide()
        self.rows["methods"] = FieldRow(self.methods)
        add_method = QPushButton("Add")
        add_method.clicked.connect(lambda: self.add_method(Method(kind=MethodKind.EMAIL, value="")))
        remove_method = QPushButton("Remove")
        remove_method.clicked.connect(lambda: self.methods.removeRow(self.methods.currentRow()))
        methods_box = QVBoxLayout()
        methods_box.addWidget(self.rows["methods"])
        mb = QHBoxLayout()
        mb.addStretch(1)
        mb.addWidget(add_method)
        mb.addWidget(remove_method)
        methods_box.addLayout(mb)

        self.notes = QPlainTextEdit()
        self.rows["notes"] = FieldRow(self.notes)

        self.tabs = QTabWidget()
        for title, layout in (("Name", names), ("Details", details),
                              ("E-mail, phone, social", methods_box)):
            page = QWidget()
            page.setLayout(layout)
            self.tabs.addTab(page, title)
        self.career = CareerTab(journal, contact, self)
        self.tabs.addTab(self.career, "Career")
        self.tabs.addTab(self.rows["notes"], "Notes")

        self.summary = QLabel()
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.summary)
        root.addWidget(buttons)
        self.load(contact.to_input() if contact else ContactInput(), contact)
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
        kind.addItems(METHOD_KINDS)
        kind.setCurrentText(MethodKind(m.kind).value)
        self.methods.setCellWidget(r, 0, kind)
        self.methods.setItem(r, 1, QTableWidgetItem(m.label))
        self.methods.setItem(r, 2, QTableWidgetItem(m.value))

    def data(self) -> ContactInput:
        methods, addresses = [], []
        for r in range(self.methods.rowCount()):
            value = self.methods.item(r, 2)
            label = self.methods.item(r, 1)
            kind = MethodKind(self.methods.cellWidget(r, 0).currentText())
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
        was_archived = bool(self.contact and self.contact.archived)
        return self.data() != self._initial or self.wants_archived != was_archived

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
                message = "; ".join(f"row {int(k[8:-1]) + 1}: {v}" for k, v in errors.items()
                                    if k.startswith("methods[")) or None
            row.set_error(message)
        self.summary.setText("Not saved: fix the fields marked in red." if errors else "")
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
        self.accept()

    def reject(self) -> None:
        if self.changed():
            answer = QMessageBox.question(
                self, "Unsaved changes", "Save your changes to this contact?",
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


class CareerTab(QWidget):
    """The position history, newest first, with transfers recorded through the undo stack."""

    def __init__(self, journal: Journal, contact: ContactDetail | None, editor: ContactEditor):
        super().__init__()
        self.journal, self.contact, self.editor = journal, contact, editor
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Period", "Organisation", "Department", "Title"])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        transfer = QPushButton("Record a transfer…")
        transfer.clicked.connect(self.record_transfer)
        delete = QPushButton("Delete position")
        delete.clicked.connect(self.delete_position)
        layout = QVBoxLayout(self)
        if contact is None:
            layout.addWidget(QLabel("Save the contact first, then record positions and "
                                    "transfers here."))
            transfer.setEnabled(False)
            delete.setEnabled(False)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(transfer)
        row.addWidget(delete)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        if self.contact is None:
            return
        self.history = positions.history(self.journal, self.contact.id)
        for p in self.history:
            r = self.table.rowCount()
            self.table.insertRow(r)
            period = f"{p.start_date or '?'} – {p.end_date or 'now'}"
            for c, text in enumerate((period, p.organization,
                                      " / ".join(x for x in (p.department_ja, p.department_en)
                                                 if x),
                                      " / ".join(x for x in (p.title_ja, p.title_en) if x))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def record_transfer(self, _checked=False, data: positions.PositionInput | None = None) -> None:
        if data is None:
            dialog = TransferDialog(self.journal, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            data = dialog.result_data
        try:
            self.editor.on_transfer(self.contact.id, data)
        except ValidationError as e:
            QMessageBox.warning(self, "Transfer", str(e))
            return
        self.reload()

    def delete_position(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self.editor.on_delete_position(self.contact.id, self.history[r].id)
        self.reload()


class TransferDialog(QDialog):
    """A move to a new organisation, department or title from a date: the old position ends."""

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle("Record a transfer")
        self.org = QComboBox()
        self.org.setEditable(True)
        for o in organizations.list_all(journal, limit=5000):
            self.org.addItem(o.both_names, o.id)
        self.org.setCurrentIndex(-1)
        self.org.lineEdit().setPlaceholderText("Choose, or type a new organisation's name")
        self.department_ja, self.department_en = QLineEdit(), QLineEdit()
        self.title_ja, self.title_en = QLineEdit(), QLineEdit()
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow("Organisation", self.org)
        form.addRow("Department (Japanese)", self.department_ja)
        form.addRow("Department (English)", self.department_en)
        form.addRow("Title (Japanese)", self.title_ja)
        form.addRow("Title (English)", self.title_en)
        form.addRow("From", self.start)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.done_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_data: positions.PositionInput | None = None

    def done_ok(self) -> None:
        org_id = self.org.currentData() if self.org.currentIndex() >= 0 and \
            self.org.currentText() == self.org.itemText(self.org.currentIndex()) else None
        name = self.org.currentText().strip()
        if org_id is None:
            if not name:
                self.error.setText("Choose or name the organisation.")
                return
            latin = not japanese.has_cjk(name)
            org_id = organizations.create(self.journal, organizations.OrganizationInput(
                name_ja="" if latin else name, name_en=name if latin else "",
                kind=OrganizationKind.OTHER)).id
        d = self.start.date()
        self.result_data = positions.PositionInput(
            organization_id=org_id, department_ja=self.department_ja.text(),
            department_en=self.department_en.text(), title_ja=self.title_ja.text(),
            title_en=self.title_en.text(), start_date=date(d.year(), d.month(), d.day()))
        self.accept()

