"""Contact > New gift or favour…: given or received, what, its value and currency, the
occasion in words (お中元 / ochūgen …), the date and the people involved. Save calls
``on_save(data)``, which raises ValidationError to keep the dialog open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.i18n import occasion_label
from kizuna_desktop.kinds import (
    LEDGER_KIND_LABELS,
    LedgerDirection,
    LedgerKind,
    Occasion,
)
from kizuna_desktop.services import lookup
from kizuna_desktop.services.ledger import LedgerInput, LedgerView
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import accessible, palette
from kizuna_desktop.ui.contact_editor import FieldRow

ROLE_ID = Qt.ItemDataRole.UserRole


class GiftDialog(QDialog):
    def __init__(self, journal: Journal, on_save: Callable[[LedgerInput], None],
                 contact: tuple[int, str], existing: LedgerView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.on_save, self.contact = journal, on_save, contact
        self.setWindowTitle(self.tr("Edit gift or favour") if existing
                            else self.tr("New gift or favour"))
        self.resize(560, 430)
        self.rows: dict[str, FieldRow] = {}
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Given by me"), LedgerDirection.GIVEN.value)
        self.direction.addItem(self.tr("Received by me"), LedgerDirection.RECEIVED.value)
        self.rows["direction"] = FieldRow(self.direction)
        self.kind = QComboBox()
        for k in (LedgerKind.GIFT, LedgerKind.FAVOUR):
            self.kind.addItem(QCoreApplication.translate("Kinds", LEDGER_KIND_LABELS[k]), k.value)
        self.rows["kind"] = FieldRow(self.kind)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("A bottle of Niigata sake; help with a visa…"))
        self.rows["description"] = FieldRow(self.what)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("unknown"))
        self.rows["value"] = FieldRow(self.value)
        self.currency = QLineEdit("JPY")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        self.rows["currency"] = FieldRow(self.currency)
        money = QWidget()
        m = QHBoxLayout(money)
        m.setContentsMargins(0, 0, 0, 0)
        m.addWidget(self.rows["value"], 1)
        m.addWidget(self.rows["currency"])
        self.occasion = QComboBox()
        for o in Occasion:
            self.occasion.addItem(occasion_label(o), o.value)  # in the interface's language
        self.occasion.setCurrentIndex(self.occasion.findData(Occasion.OTHER.value))
        self.rows["occasion"] = FieldRow(self.occasion)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.rows["occurred_on"] = FieldRow(self.date)

        self.people = QListWidget()
        self.people.setFixedHeight(90)
        self.add_name = QLineEdit()
        self.add_name.setPlaceholderText(self.tr("Add someone else involved: a name, an e-mail "
                                                 "or an id"))
        self.add_name.returnPressed.connect(self.add_typed)
        add = QPushButton(self.tr("Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_typed)
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_selected)
        self.rows["others"] = FieldRow(self.add_name)
        people_box = QWidget()
        pb = QVBoxLayout(people_box)
        pb.setContentsMargins(0, 0, 0, 0)
        pb.addWidget(self.people)
        row = QHBoxLayout()
        row.addWidget(self.rows["others"], 1)
        row.addWidget(add)
        row.addWidget(remove)
        pb.addLayout(row)
        people_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.summary, palette.Role.ALERT)
        self.summary.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Given or received"), self.rows["direction"])
        form.addRow(self.tr("Gift or favour"), self.rows["kind"])
        form.addRow(self.tr("What"), self.rows["description"])
        form.addRow(self.tr("Value"), money)
        form.addRow(self.tr("Occasion"), self.rows["occasion"])
        form.addRow(self.tr("Date"), self.rows["occurred_on"])
        form.addRow(self.tr("People involved"), people_box)
        form.addRow(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        accessible.name_fields(self)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.people.setAccessibleName(self.tr("People involved"))
        self.add_name.setAccessibleName(self.tr("Add someone else involved"))
        self._person(contact[0], contact[1], main=True)
        if existing is not None:
            self.load(existing)

    def _person(self, contact_id: int, name: str, main: bool = False) -> None:
        for i in range(self.people.count()):
            if self.people.item(i).data(ROLE_ID) == contact_id:
                return
        item = QListWidgetItem(name + (self.tr("  (main)") if main else ""))
        item.setData(ROLE_ID, contact_id)
        if main:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.people.addItem(item)

    def add_typed(self) -> None:
        text = self.add_name.text().strip()
        if not text:
            return
        try:
            found = lookup.resolve(self.journal, text)
        except KizunaError as e:
            self.rows["others"].set_error(lookup.problem_line(e, text))
            return
        self.rows["others"].set_error(None)
        self._person(found.id, found.written or found.latin)
        self.add_name.clear()

    def remove_selected(self) -> None:
        for item in self.people.selectedItems():
            if item.data(ROLE_ID) != self.contact[0]:
                self.people.takeItem(self.people.row(item))

    def load(self, e: LedgerView) -> None:
        self.direction.setCurrentIndex(self.direction.findData(e.direction.value))
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind.value)))
        self.what.setText(e.description)
        self.value.setText("" if e.value is None else str(e.value))
        self.currency.setText(e.currency)
        self.occasion.setCurrentIndex(self.occasion.findData(e.occasion.value))
        self.date.setDate(QDate(e.occurred_on.year, e.occurred_on.month, e.occurred_on.day))
        for cid, name in zip(e.others, e.other_names, strict=True):
            self._person(cid, name)

    def data(self) -> LedgerInput:
        text = self.value.text().replace(",", "").replace("¥", "").replace("円", "").strip()
        value: int | None = None
        if text:
            try:
                value = int(text)
            except ValueError:
                raise ValidationError.single("value", self.tr(
                    "Give the value as a whole number, e.g. 5000.")) from None
        d = self.date.date()
        others = [self.people.item(i).data(ROLE_ID) for i in range(self.people.count())]
        return LedgerInput(
            contact_id=self.contact[0], direction=LedgerDirection(self.direction.currentData()),
            kind=LedgerKind(self.kind.currentData()),
            occurred_on=date(d.year(), d.month(), d.day()),
            occasion=Occasion(self.occasion.currentData()), description=self.what.text(),
            value=value, currency=self.currency.text(),
            others=[o for o in others if o != self.contact[0]])

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_error(errors.get(name))
        self.summary.setText(self.tr("Not saved: fix the fields marked in red.") if errors
                             else "")

    def save(self) -> None:
        try:
            self.on_save(self.data())
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        self.show_errors({})
        self.accept()
