"""Dialogs for one position: editing it (organisation, department, title in both languages,
dates, 兼務) and recording a transfer or promotion, prefilled with the current position so
that a promotion is one field. Both return a ``careers.Role``; nothing is written here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kizuna_desktop.services import organizations
from kizuna_desktop.services.careers import Role
from kizuna_desktop.services.positions import PositionView
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import accessible, palette


def organization_combo(journal: Journal) -> QComboBox:
    """An editable choice of organisation: pick one, or type a new name (made on Save)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for o in organizations.list_all(journal, limit=5000):
        combo.addItem(o.both_names, o.id)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(QCoreApplication.translate(
        "PositionDialog", "Choose, or type a new organisation's name"))
    return combo


def chosen_organization(combo: QComboBox) -> tuple[int | None, str]:
    """(id, "") for an organisation picked, (None, name) for a typed one."""
    i = combo.currentIndex()
    if i >= 0 and combo.currentText() == combo.itemText(i):
        return combo.itemData(i), ""
    return None, combo.currentText().strip()


def set_organization(combo: QComboBox, organization_id: int | None, name: str = "") -> None:
    i = combo.findData(organization_id) if organization_id is not None else -1
    if i >= 0:
        combo.setCurrentIndex(i)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(name)


class OptionalDate(QWidget):
    """A date that may be unknown: a checkbox beside a date field."""

    def __init__(self, label: str, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.set(value)

    def set(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class PositionDialog(QDialog):
    """Edit a position (``transfer=False``) or record a transfer from a date
    (``transfer=True``: the start is required, there is no end, 兼務 ends nothing)."""

    def __init__(self, journal: Journal, current: PositionView | None,
                 parent: QWidget | None = None, transfer: bool = False):
        super().__init__(parent)
        self.transfer = transfer
        self.setWindowTitle(self.tr("Record a transfer or promotion") if transfer
                            else self.tr("Edit position"))
        self.org = organization_combo(journal)
        self.department_ja, self.department_en = QLineEdit(), QLineEdit()
        self.title_ja, self.title_en = QLineEdit(), QLineEdit()
        self.start = OptionalDate(self.tr("From"), date.today() if transfer else None)
        self.end = OptionalDate(self.tr("Until"))
        self.concurrent = QCheckBox(self.tr("兼務: held alongside the main position"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.error, palette.Role.ALERT)
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        if transfer:
            form.addRow(QLabel(self.tr("The current position ends the day before. For a "
                                       "promotion, change only the title.")))
        form.addRow(self.tr("Organisation"), self.org)
        form.addRow(self.tr("Department (Japanese)"), self.department_ja)
        form.addRow(self.tr("Department (English)"), self.department_en)
        form.addRow(self.tr("Title (Japanese)"), self.title_ja)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Starts"), self.start)
        if not transfer:
            form.addRow(self.tr("Ends"), self.end)
        form.addRow("", self.concurrent)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.done_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        accessible.name_fields(self)
        self.result_role: Role | None = None
        if current is not None:
            set_organization(self.org, current.organization_id, current.organization)
            for name in ("department_ja", "department_en", "title_ja", "title_en"):
                getattr(self, name).setText(getattr(current, name))
            if not transfer:
                self.start.set(current.start_date)
                self.end.set(current.end_date)
                self.concurrent.setChecked(current.concurrent)
        if transfer:
            self.start.known.setChecked(True)
            self.start.known.setEnabled(False)

    def role(self) -> Role:
        org_id, name = chosen_organization(self.org)
        return Role(organization_id=org_id, organization_name=name,
                    department_ja=self.department_ja.text(),
                    department_en=self.department_en.text(), title_ja=self.title_ja.text(),
                    title_en=self.title_en.text(), start_date=self.start.value(),
                    end_date=None if self.transfer else self.end.value(),
                    concurrent=self.concurrent.isChecked())

    def done_ok(self) -> None:
        role = self.role()
        if role.organization_id is None and not role.organization_name:
            self.error.setText(self.tr("Choose or name the organisation."))
            return
        self.result_role = role
        self.accept()
