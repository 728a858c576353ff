"""Quick log (Ctrl+L): what happened, when (now by default), where, who else was there (a
completer over contacts), a summary and notes. Also edits a logged interaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import search
from kizuna_desktop.services.interactions import InteractionInput, InteractionView
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import InteractionKind
from kizuna_desktop.ui.icons import kind_icon, label

ROLE_ID = Qt.ItemDataRole.UserRole


class QuickLogDialog(QDialog):
    def __init__(self, journal: Journal, on_save: Callable[[InteractionInput], None],
                 people: list[tuple[int, str]], interaction: InteractionView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.on_save = on_save
        self.setWindowTitle("Edit interaction" if interaction else "Log an interaction")
        self.resize(520, 520)
        self.kind = QComboBox()
        for k in InteractionKind:
            self.kind.addItem(kind_icon(k.value), label(k.value), k.value)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit()
        self.place.setPlaceholderText("Their office, an izakaya in Shimbashi, video call…")
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        self.add_person = QLineEdit()
        self.add_person.setPlaceholderText("Add someone else who was there…")
        self._matches: dict[str, int] = {}
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.add_person.setCompleter(completer)
        self.add_person.textEdited.connect(self._complete)
        self.add_person.returnPressed.connect(lambda: self._picked(self.add_person.text()))
        remove = QPushButton("Remove")
        remove.clicked.connect(lambda: self.people.takeItem(self.people.currentRow()))
        self.summary = QLineEdit()
        self.summary.setPlaceholderText("What it was about, in one line")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("What was discussed, what was promised, personal details "
                                      "worth remembering…")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Kind", self.kind)
        form.addRow("When", self.when)
        form.addRow("Where", self.place)
        people_box = QVBoxLayout()
        people_box.addWidget(self.people)
        row = QHBoxLayout()
        row.addWidget(self.add_person, 1)
        row.addWidget(remove)
        people_box.addLayout(row)
        form.addRow("Who was there", people_box)
        form.addRow("Summary", self.summary)
        form.addRow("Notes", self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(form, 1)
        root.addWidget(self.error)
        root.addWidget(buttons)

        if interaction is not None:
            self.kind.setCurrentIndex(self.kind.findData(interaction.kind.value))
            local = interaction.occurred_at.astimezone()
            self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                            QTime(local.hour, local.minute)))
            self.place.setText(interaction.place)
            self.summary.setText(interaction.summary)
            self.notes.setPlainText(interaction.notes)
            people = [(p.id, p.name) for p in interaction.participants]
        for cid, name in people:
            self.add(cid, name)
        self._initial = self.snapshot()
        self.summary.setFocus()

    def add(self, contact_id: int, name: str) -> None:
        if contact_id in self.participant_ids():
            return
        item = QListWidgetItem(name)
        item.setData(ROLE_ID, contact_id)
        self.people.addItem(item)

    def participant_ids(self) -> list[int]:
        return [self.people.item(i).data(ROLE_ID) for i in range(self.people.count())]

    def _complete(self, text: str) -> None:
        """Completions come from the search service (any script), a few at a time."""
        self._matches = {}
        if text.strip():
            for c in search.page(self.journal, search.ContactFilter(text=text), 0, 15):
                shown = f"{c.display} — {c.role}" if c.role else c.display
                self._matches[shown] = c.id
        self._completions.setStringList(list(self._matches))

    def _picked(self, text: str) -> None:
        cid = self._matches.get(text)
        if cid is None and len(self._matches) == 1:
            text, cid = next(iter(self._matches.items()))
        if cid is not None:
            self.add(cid, text.split(" — ")[0])
            self.add_person.clear()

    def data(self) -> InteractionInput:
        qdt = self.when.dateTime()
        return InteractionInput(
            kind=InteractionKind(self.kind.currentData()),
            occurred_at=qdt.toPython().astimezone(),
            participant_ids=self.participant_ids(), place=self.place.text(),
            summary=self.summary.text(), notes=self.notes.toPlainText())

    def snapshot(self) -> tuple:
        return (self.kind.currentData(), self.when.dateTime().toString(), self.place.text(),
                tuple(self.participant_ids()), self.summary.text(), self.notes.toPlainText())

    def save(self) -> None:
        try:
            self.on_save(self.data())
        except ValidationError as e:
            self.error.setText("Not saved: " + "; ".join(e.errors.values()))
            return
        self._initial = self.snapshot()
        self.accept()

    def reject(self) -> None:
        if self.snapshot() != self._initial:
            answer = QMessageBox.question(
                self, "Unsaved interaction", "Discard what you typed?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


class DateDialog(QDialog):
    """Pick a date (snooze until, due on)."""

    def __init__(self, title: str, initial: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def value(self) -> date:
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class FollowUpDialog(QDialog):
    """Create or edit a follow-up: what to do and by when."""

    def __init__(self, title: str, due: date, on_save: Callable[[str, date, str], None],
                 heading: str, notes: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.on_save = on_save
        self.setWindowTitle(heading)
        self.title = QLineEdit(title)
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit(notes)
        self.notes.setMaximumHeight(100)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow("What to do", self.title)
        form.addRow("Due", self.due)
        form.addRow("Notes", self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, 240)

    def save(self) -> None:
        d = self.due.date()
        try:
            self.on_save(self.title.text(), date(d.year(), d.month(), d.day()),
                         self.notes.toPlainText())
        except ValidationError as e:
            self.error.setText("; ".join(e.errors.values()))
            return
        self.accept()
