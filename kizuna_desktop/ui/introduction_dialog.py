"""Contact > Record an introduction…: who introduced whom to whom, when and in what context.
The user can be any one of the three ("Me"). People are picked from the contacts at hand or
typed (a name in any script, an e-mail or an id, matching exactly one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.services import lookup
from kizuna_desktop.services.introductions import IntroductionInput, IntroductionView
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import accessible, palette
from kizuna_desktop.ui.contact_editor import FieldRow

ME = -1  # the user, in a person field


class PersonField(QComboBox):
    """An editable choice of a person: "Me", the contacts offered, or a typed name."""

    def __init__(self, journal: Journal, people: list[tuple[int, str]], allow_me: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if allow_me:
            self.addItem(self.tr("Me"), ME)
        for cid, name in people:
            self.add_person(cid, name)
        self.lineEdit().setPlaceholderText(self.tr("A name, an e-mail or an id"))

    def add_person(self, contact_id: int, name: str) -> None:
        if self.findData(contact_id) < 0:
            self.addItem(name, contact_id)

    def set_person(self, contact_id: int | None, name: str = "") -> None:
        key = ME if contact_id is None else contact_id
        if key != ME:
            self.add_person(contact_id, name)
        self.setCurrentIndex(self.findData(key))

    def person(self) -> int | None:
        """The contact's id, ``ME`` for the user, or raises KizunaError for a typed name that
        names no single contact."""
        i = self.currentIndex()
        if i >= 0 and self.currentText() == self.itemText(i):
            return self.itemData(i)
        text = self.currentText().strip()
        if not text:
            raise KizunaError(self.tr("Choose someone."))
        if text.lower() in ("me", lookup.ME):
            return ME
        found = lookup.resolve(self.journal, text)
        self.add_person(found.id, found.written or found.latin)
        self.setCurrentIndex(self.findData(found.id))
        return found.id


class IntroductionDialog(QDialog):
    def __init__(self, journal: Journal, on_save: Callable[[IntroductionInput], None],
                 people: list[tuple[int, str]], introduced: int | None = None,
                 existing: IntroductionView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.on_save = journal, on_save
        self.setWindowTitle(self.tr("Edit introduction") if existing
                            else self.tr("Record an introduction"))
        self.resize(520, 360)
        self.introducer = PersonField(journal, people)
        self.introduced = PersonField(journal, people)
        self.introduced_to = PersonField(journal, people)
        self.rows = {"introducer_id": FieldRow(self.introducer),
                     "introduced_id": FieldRow(self.introduced),
                     "introduced_to_id": FieldRow(self.introduced_to)}
        self.dated = QCheckBox(self.tr("On"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.dated.toggled.connect(self.date.setEnabled)
        self.dated.setChecked(True)
        when = QWidget()
        w = QHBoxLayout(when)
        w.setContentsMargins(0, 0, 0, 0)
        w.addWidget(self.dated)
        w.addWidget(self.date, 1)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the field, never typed
        self.note.setPlaceholderText(self.tr("The context: a golf day, the chamber's New Year "
                                             "party, an e-mail…"))
        self.rows["note"] = FieldRow(self.note)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.summary, palette.Role.ALERT)
        self.summary.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Who introduced"), self.rows["introducer_id"])
        form.addRow(self.tr("whom"), self.rows["introduced_id"])
        form.addRow(self.tr("to whom"), self.rows["introduced_to_id"])
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Context"), self.rows["note"])
        form.addRow(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        accessible.name_fields(self)
        self.introduced.setAccessibleName(self.tr("Who was introduced"))
        self.introduced_to.setAccessibleName(self.tr("Introduced to whom"))
        if existing is not None:
            self.introducer.set_person(existing.introducer_id, existing.introducer_name)
            self.introduced.set_person(existing.introduced_id, existing.introduced_name)
            self.introduced_to.set_person(existing.introduced_to_id, existing.introduced_to_name)
            self.dated.setChecked(existing.introduced_on is not None)
            if existing.introduced_on:
                d = existing.introduced_on
                self.date.setDate(QDate(d.year, d.month, d.day))
            self.note.setPlainText(existing.note)
        else:  # the common case: someone introduced this contact to me
            first_other = next((cid for cid, _ in people if cid != introduced), None)
            self.introduced.set_person(introduced)
            self.introduced_to.set_person(None)
            if first_other is not None:
                self.introducer.set_person(first_other)
            else:
                self.introducer.setCurrentIndex(-1)
                self.introducer.setEditText("")

    def data(self) -> IntroductionInput:
        errors: dict[str, str] = {}
        ids: dict[str, int | None] = {}
        for name, field in (("introducer_id", self.introducer),
                            ("introduced_id", self.introduced),
                            ("introduced_to_id", self.introduced_to)):
            try:
                pid = field.person()
                ids[name] = None if pid == ME else pid
            except KizunaError as e:
                errors[name] = lookup.problem_line(e, field.currentText())
        if errors:
            raise ValidationError(errors)
        d = self.date.date()
        return IntroductionInput(introducer_id=ids["introducer_id"],
                                 introduced_id=ids["introduced_id"],
                                 introduced_to_id=ids["introduced_to_id"],
                                 introduced_on=date(d.year(), d.month(), d.day())
                                 if self.dated.isChecked() else None,
                                 note=self.note.toPlainText())

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
