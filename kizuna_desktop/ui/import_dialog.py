"""File > Import: a preview of what a file holds, the column mapping for CSV (with presets), the
problems found (with their lines) and the duplicates that will be merged; Import saves a backup
and carries it out with a progress bar and Cancel (which leaves the journal unchanged).
Reading the file, checking it against the journal (again when the mapping changes) and the
import itself all run in the background: the window stays responsive with 10,000 contacts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats import table, vcard
from kizuna_desktop.i18n import message
from kizuna_desktop.services import contacts, importing
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MethodKind
from kizuna_desktop.ui import plain
from kizuna_desktop.ui.jobs import run_in_background
from kizuna_desktop.ui.wording import plural

PREVIEW_ROWS = 200
REVIEW_ROWS = 500  # proposed merges shown side by side (the rest merge as planned)


def _targets(journal: Journal, plan: importing.Plan) -> dict[int, contacts.ContactDetail]:
    """The contacts the first proposed merges go into, for the review (read in the
    background with the plan)."""
    ids = sorted({i.duplicate_of for i in plan.proposed_merges[:REVIEW_ROWS]
                  if i.duplicate_of is not None})
    return {cid: contacts.get(journal, cid) for cid in ids}


translate = QCoreApplication.translate  # module functions: context "ImportDialog"


def _will_be(item: importing.Item) -> str:
    if item.unchanged:  # the contact holds all it brings: nothing written
        return translate("ImportDialog", "unchanged ({0})").format(item.reason)
    if item.merges:
        return translate("ImportDialog", "merged ({0})").format(item.reason)
    if item.duplicate_of is not None or item.same_as is not None:
        return translate("ImportDialog", "new (kept apart)")
    return translate("ImportDialog", "new")


def _side(name: str, emails, phones, organization: str) -> str:
    """One side of a proposed merge, as plain text."""
    return "\n".join(x for x in (name, ", ".join(emails), ", ".join(phones), organization)
                     if x)
PRESET_NAMES = table.PRESET_NAMES  # Google, Outlook, Thunderbird, card apps, LinkedIn, Kizuna…


def _read(path: Path, fmt: str):
    """The file's records: (people, problems) of a vCard file, the table of a CSV one."""
    data = importing.read_bytes(path)
    if fmt == "vcard":
        return vcard.read_vcards(data, path.name)
    return table.read_table(data, path.name)


class ImportDialog(QDialog):
    progress_step = Signal(int, int)
    progress_label = Signal(str)

    def __init__(self, journal: Journal, path: Path, on_done, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.path, self.on_done = journal, Path(path), on_done
        self.setWindowTitle(self.tr("Import {0}").format(self.path.name))
        self.resize(980, 640)
        self.cancel_requested = False
        self.result: importing.Result | None = None
        # The kind of file from its first bytes; reading it whole, and checking every record
        # against the journal, happen in the background (seconds for 10,000 contacts).
        head = importing.read_bytes(self.path, 4096)
        try:
            self.format = importing.detect_format(self.path, head)
        except KizunaError:  # its message names the command line's --format
            raise KizunaError(self.tr(
                "{0}: cannot tell what kind of file this is. Contacts are imported from vCard "
                "files (.vcf) and from spreadsheets saved as CSV (.csv, .tsv or .txt)."
            ).format(self.path.name)) from None
        if self.format not in ("vcard", "csv", "linkedin", "cards"):
            raise KizunaError(self.tr("Whole-journal archives are opened with File > Open "
                                      "journal after `kizuna import FILE.zip --db NEW`."))
        self.table: table.Table | None = None
        self.vcard_people = None
        self.plan: importing.Plan | None = None
        self.ready = False  # the preview shows the plan for the current mapping
        self._generation = 0  # of plans asked for: an answer to an older one is dropped
        self.info = plain.label()
        self.preset = QComboBox()
        for key, label in PRESET_NAMES.items():  # filed by i18n_marks.import_targets
            self.preset.addItem(translate("ImportDialog", label), key)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Goes to"),
                                                self.tr("For example")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.mapping.verticalHeader().hide()
        self.mapping.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Name"), self.tr("Reading"), self.tr("Organisation"),
            self.tr("E-mail"), self.tr("Will be")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        # the line number as wide as it needs: the rest for names and what each will be
        self.preview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems = QListWidget()
        # The review: each proposed merge side by side; untick one to keep the two apart.
        self.merges = QTableWidget(0, 4)
        self.merges.setHorizontalHeaderLabels([
            self.tr("Merge"), self.tr("In the file"), self.tr("Already in the journal"),
            self.tr("Why")])
        self.merges.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.merges.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.merges.verticalHeader().hide()
        self.merges.setWordWrap(True)
        self.merges.itemChanged.connect(self._merge_ticked)
        self._merge_rows: list[importing.Item] = []
        self.summary = plain.label()
        self.summary.setWordWrap(True)
        for view, name in ((self.mapping, self.tr("Column mapping")),
                           (self.preview, self.tr("Preview")),
                           (self.merges, self.tr("Proposed merges")),
                           (self.problems, self.tr("Problems"))):
            view.setAccessibleName(name)
        buttons = QDialogButtonBox()
        self.import_btn = buttons.addButton(self.tr("Import"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        mapping_box = QVBoxLayout()
        csv = self.format != "vcard"
        if csv:
            preset_label = QLabel(self.tr("Preset:"))
            preset_label.setBuddy(self.preset)
            top.addWidget(preset_label)
            top.addWidget(self.preset)
            self.preset.setEnabled(False)
            mapping_box.addWidget(QLabel(self.tr("Column mapping")))
            mapping_box.addWidget(self.mapping)
        self.info.setText(self.tr("Reading {0}…").format(self.path.name))
        body = QHBoxLayout()
        if csv:
            left = QWidget()
            left.setLayout(mapping_box)
            left.setMinimumWidth(470)  # column name, its target whole, an example value
            body.addWidget(left, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview")))
        right.addWidget(self.preview, 3)
        right.addWidget(QLabel(self.tr("The same person as a contact already there: each "
                                       "merge side by side (untick to keep the two apart)")))
        right.addWidget(self.merges, 2)
        right.addWidget(QLabel(self.tr("Problems, by what became of them")))
        right.addWidget(self.problems, 1)
        body.addLayout(right, 4)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addLayout(body, 1)
        root.addWidget(self.summary)
        root.addWidget(buttons)
        self.import_btn.setEnabled(False)
        path, fmt = self.path, self.format
        self.job = run_in_background(lambda: _read(path, fmt), self._read_done,
                                     self._read_failed)

    def _read_done(self, content) -> None:
        if not self.isVisible():
            return  # cancelled while the file was being read: nothing more to do
        if self.format == "vcard":
            self.vcard_people = content
            self.info.setText(plural(self, "vCard, %n card", "vCard, %n cards",
                                     len(content[0])))
        else:
            self.table = content
            self.preset.setCurrentIndex(self.preset.findData(
                table.guess_preset(self.table.headers)))
            self.preset.currentIndexChanged.connect(self._preset_changed)
            self.preset.setEnabled(True)
            n = len(self.table.rows)
            self.info.setText(plural(self, "CSV, {0}, %n row", "CSV, {0}, %n rows", n)
                              .format(self.table.encoding_name))
            self._fill_mapping(table.guess_mapping(self.table.headers,
                                                   self.preset.currentData()))
        self.replan()

    def _read_failed(self, error: Exception) -> None:
        plain.warn(self, self.tr("Import"), message(error))
        self.reject()

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        self.mapping.setRowCount(0)
        for i, header in enumerate(self.table.headers):
            self.mapping.insertRow(i)
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for key, label in table.TARGETS.items():  # filed by i18n_marks.import_targets
                combo.addItem(translate("ImportDialog", label), key)
            combo.setCurrentIndex(combo.findData(mapping.get(i, "")))
            combo.currentIndexChanged.connect(self.replan)
            combo.setAccessibleName(self.tr("Where column “{0}” goes").format(header))
            self.mapping.setCellWidget(i, 1, combo)
            # The column's first value, so that "Phone 3 - Value" or 備考2 says what it holds
            example = next((cells[i].strip() for _, cells in self.table.rows[:PREVIEW_ROWS]
                            if i < len(cells) and cells[i].strip()), "")
            example = " ".join(example.split())
            self.mapping.setItem(i, 2, QTableWidgetItem(
                example if len(example) <= 40 else example[:39] + "…"))
        if self.mapping.rowCount():  # targets whole; column names and examples share the rest
            self.mapping.setColumnWidth(1, self.mapping.cellWidget(0, 1).sizeHint().width())

    def _preset_changed(self) -> None:
        self._fill_mapping(table.guess_mapping(self.table.headers, self.preset.currentData()))
        self.replan()

    def current_mapping(self) -> dict[int, str]:
        out = {}
        for i in range(self.mapping.rowCount()):
            key = self.mapping.cellWidget(i, 1).currentData()
            if key:
                out[i] = key
        return out

    def replan(self) -> None:
        """Check the records (with the current mapping) against the journal, in the
        background; the preview fills when the answer comes."""
        self._generation += 1
        generation = self._generation
        self.ready = False
        self.import_btn.setEnabled(False)
        self.summary.setText(self.tr("Checking the records against the journal…"))
        journal, name, fmt = self.journal, self.path.name, self.format
        if self.table is not None:
            content, mapping = self.table, self.current_mapping()

            def work() -> importing.Plan:
                return importing.plan(journal, name, fmt, *table.to_people(content, mapping))
        else:
            people, problems = self.vcard_people

            def work() -> importing.Plan:
                return importing.plan(journal, name, fmt, people, problems)
        def plan_and_targets():
            plan = work()
            return plan, _targets(journal, plan)

        self.plan_job = run_in_background(
            plan_and_targets, lambda got: self._planned(generation, *got),
            lambda error: self._plan_failed(generation, error))

    def _planned(self, generation: int, plan: importing.Plan,
                 targets: dict | None = None) -> None:
        if generation != self._generation:
            return  # the mapping changed since: a newer plan is on its way
        self.plan = plan
        self._fill_review(plan, targets or {})
        self.preview.setRowCount(0)
        for item in plan.items[:PREVIEW_ROWS]:
            r = self.preview.rowCount()
            self.preview.insertRow(r)
            d, p = item.data, item.person
            cells = [str(p.line or ""), p.label,
                     " ".join(x for x in (d.family_reading, d.given_reading) if x),
                     p.organization, ", ".join(v for _, v in p.emails), _will_be(item)]
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.problems.clear()
        self.problems.addItems(plan.report_lines(limit=1000))
        self.summary.setText(plan.summary())
        self.import_btn.setEnabled(bool(plan.items or plan.organizations))
        self.ready = True

    def _fill_review(self, plan: importing.Plan, targets: dict) -> None:
        from kizuna_desktop.services.names import display

        self.merges.blockSignals(True)
        self.merges.setRowCount(0)
        self._merge_rows = plan.proposed_merges[:REVIEW_ROWS]
        for r, item in enumerate(self._merge_rows):
            self.merges.insertRow(r)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if item.accepted
                               else Qt.CheckState.Unchecked)
            p = item.person
            mine = _side(self.tr("line {0}: {1}").format(p.line, p.label) if p.line else p.label,
                         [v for _, v in p.emails], [v for _, v in p.phones],
                         p.organization or p.organization_en)
            if item.duplicate_of is not None and item.duplicate_of in targets:
                d = targets[item.duplicate_of]
                cur = d.current_position
                theirs = _side(self.tr("contact {0}: {1}").format(d.id, display(d.name_parts)),
                               [m.value for m in d.methods_of(MethodKind.EMAIL)],
                               [m.value for m in d.methods_of(MethodKind.PHONE)],
                               cur.organization if cur else "")
            elif item.same_as is not None:
                theirs = self.tr("line {0} of this file").format(item.same_as_line)
            else:
                theirs = self.tr("contact {0}").format(item.duplicate_of)
            for c, cell in enumerate((tick, QTableWidgetItem(mine), QTableWidgetItem(theirs),
                                      QTableWidgetItem(item.reason))):
                if c:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.merges.setItem(r, c, cell)
        self.merges.resizeRowsToContents()
        self.merges.blockSignals(False)

    def _merge_ticked(self, cell: QTableWidgetItem) -> None:
        if cell.column() == 0 and cell.row() < len(self._merge_rows):
            item = self._merge_rows[cell.row()]
            item.accepted = cell.checkState() == Qt.CheckState.Checked
            if self.plan is not None:
                self.summary.setText(self.plan.summary())
                n = next((n for n, i in enumerate(self.plan.items[:PREVIEW_ROWS])
                          if i is item), None)
                if n is not None:
                    self.preview.setItem(n, 5, QTableWidgetItem(_will_be(item)))

    def _plan_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.summary.setText(self.tr("Cannot check these records: {0}")
                                 .format(message(error)))

    def start(self) -> None:
        """Import in the background; the progress dialog's Cancel rolls everything back."""
        if not self.ready:
            return
        total = len(self.plan.items)
        self.progress = QProgressDialog(
            self.tr("Importing %n contact(s) (and saving a backup of the journal as it was)…",
                    "", total), self.tr("Cancel"), 0, total, self)
        self.progress.setLabel(plain.label(self.progress.labelText()))  # names from the file
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel)
        self.progress_step.connect(self._step)  # queued: emitted by the worker thread
        self.progress_label.connect(self.progress.setLabelText)
        self.import_btn.setEnabled(False)
        self._set_mapping_enabled(False)  # the import goes by the plan shown
        journal, plan = self.journal, self.plan

        def work() -> importing.Result:
            # The backup (an import is undone from it) is written while the import works.
            return importing.import_with_backup(
                journal, plan, progress=self.progress_step.emit,
                cancel=lambda: self.cancel_requested,
                waiting=lambda: self.progress_label.emit(
                    self.tr("Finishing the backup of the journal…")), undoable=True)
        self.job = run_in_background(work, self._done, self._failed)

    def _step(self, n: int, _total: int) -> None:
        self.progress.setValue(n)

    def _cancel(self) -> None:
        self.cancel_requested = True

    def _done(self, result: importing.Result) -> None:
        self.progress.close()
        self.result = result
        self.on_done(result)
        self.accept()

    def _set_mapping_enabled(self, enabled: bool) -> None:
        self.mapping.setEnabled(enabled)
        self.preset.setEnabled(enabled and self.table is not None)

    def _failed(self, error: Exception) -> None:
        self.progress.close()
        self.import_btn.setEnabled(True)
        self._set_mapping_enabled(True)
        if isinstance(error, importing.Cancelled):
            self.summary.setText(message(error))
            return
        plain.warn(self, self.tr("Import"), message(error))
