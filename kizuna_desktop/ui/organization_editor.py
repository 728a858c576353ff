"""The organisation editor: names in Japanese and English, reading, kind, group or parent,
website, address, notes, and the people there now and before (read-only, with their titles
and dates). Save calls ``on_save(data)``, which raises ValidationError to keep it open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.i18n import format_span
from kizuna_desktop.kinds import ORGANIZATION_KIND_LABELS, OrganizationKind
from kizuna_desktop.services import organizations
from kizuna_desktop.services.organizations import OrganizationInput, OrganizationView
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import accessible, palette
from kizuna_desktop.ui.contact_editor import FieldRow


class OrganizationEditor(QDialog):
    def __init__(self, journal: Journal, on_save: Callable[[OrganizationInput], None],
                 organization: OrganizationView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.on_save, self.organization = journal, on_save, organization
        self.setWindowTitle(self.tr("Edit organisation") if organization
                            else self.tr("New organisation"))
        self.resize(760, 660)
        self.rows: dict[str, FieldRow] = {}

        def line(name: str, placeholder: str = "") -> QLineEdit:
            w = QLineEdit()
            w.setPlaceholderText(placeholder)
            self.rows[name] = FieldRow(w)
            return w

        self.name_ja = line("name_ja", "三星商事株式会社")
        self.name_en = line("name_en", "Mitsuboshi Trading Corporation")
        self.reading = line("reading", "みつぼししょうじ")
        self.kind = QComboBox()
        for kind, words in ORGANIZATION_KIND_LABELS.items():
            self.kind.addItem(self.tr(words), kind.value)
        self.rows["kind"] = FieldRow(self.kind)
        self.group = QComboBox()
        self.group.addItem(self.tr("(none)"), None)
        for o in organizations.list_all(journal, limit=5000):
            if organization is None or o.id != organization.id:
                self.group.addItem(o.both_names, o.id)
        self.rows["group_id"] = FieldRow(self.group)
        self.website = line("website", "https://www.example.co.jp")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)  # Tab leaves the field, never typed
        self.address.setPlaceholderText("〒100-0005 東京都千代田区丸の内1-1-1")
        self.address.setFixedHeight(54)
        self.rows["address"] = FieldRow(self.address)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the field, never typed
        self.notes.setFixedHeight(70)
        self.rows["notes"] = FieldRow(self.notes)

        form = QFormLayout()
        form.addRow(self.tr("Name (Japanese)"), self.rows["name_ja"])
        form.addRow(self.tr("Name (English)"), self.rows["name_en"])
        form.addRow(self.tr("Reading (kana)"), self.rows["reading"])
        form.addRow(self.tr("Kind"), self.rows["kind"])
        form.addRow(self.tr("Group or parent"), self.rows["group_id"])
        form.addRow(self.tr("Website"), self.rows["website"])
        form.addRow(self.tr("Address"), self.rows["address"])
        form.addRow(self.tr("Notes"), self.rows["notes"])

        self.people = QTableWidget(0, 4)
        self.people.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Title"),
                                               self.tr("Department"), self.tr("Period")])
        header = self.people.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents),
                          (1, QHeaderView.ResizeMode.Stretch),
                          (2, QHeaderView.ResizeMode.Stretch),
                          (3, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.people.verticalHeader().hide()
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.people.setAccessibleName(self.tr("People at this organisation"))
        self.people_label = QLabel()
        self.people_label.setTextFormat(Qt.TextFormat.PlainText)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.summary, palette.Role.ALERT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addWidget(self.people_label)
        root.addWidget(self.people, 1)
        root.addWidget(self.summary)
        root.addWidget(buttons)
        accessible.name_fields(self)
        self.load(organization)

    def load(self, o: OrganizationView | None) -> None:
        d = o.to_input() if o else OrganizationInput()
        for name in ("name_ja", "name_en", "reading", "website"):
            getattr(self, name).setText(getattr(d, name))
        self.address.setPlainText(d.address)
        self.notes.setPlainText(d.notes)
        self.kind.setCurrentIndex(self.kind.findData(OrganizationKind(d.kind).value))
        self.group.setCurrentIndex(max(0, self.group.findData(d.group_id)))
        members = organizations.people(self.journal, o.id) if o else []
        now = sum(1 for m in members if m.current)
        self.people_label.setText(self.tr("Positions here: {0} current, {1} earlier").format(
            now, len(members) - now) if o else self.tr("People appear here once a position "
                                                      "names this organisation."))
        self.people.setRowCount(0)
        for m in members:
            r = self.people.rowCount()
            self.people.insertRow(r)
            period = format_span(m.start_date, m.end_date)  # 2019年4月1日 – 現在 / … – now
            if m.concurrent:
                period += " (兼務)"
            for c, text in enumerate((m.name, m.title, m.department, period)):
                self.people.setItem(r, c, QTableWidgetItem(text))
        self._initial = self.data()

    def data(self) -> OrganizationInput:
        return OrganizationInput(
            name_ja=self.name_ja.text(), name_en=self.name_en.text(),
            reading=self.reading.text(), kind=OrganizationKind(self.kind.currentData()),
            group_id=self.group.currentData(), website=self.website.text(),
            address=self.address.toPlainText(), notes=self.notes.toPlainText())

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_error(errors.get(name))
        self.summary.setText(self.tr("Not saved: fix the fields marked in red.") if errors
                             else "")

    def save(self) -> None:
        if self.organization is not None and self.data() == self._initial:
            self.accept()
            return
        try:
            self.on_save(self.data())
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        self.show_errors({})
        self.accept()
