"""File > Import: a preview of what a file holds, the column mapping for CSV (with presets), the
problems found (with their lines) and the duplicates that will be merged; Import saves a backup
and carries it out with a progress bar and Cancel (which leaves the journal unchanged).
Reading the file, checking it against the journal (again when the mapping changes) and the
import itself all run in the background: the window stays responsive with 10,000 contacts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.formats import table, vcard
from kizuna_desktop.services import importing
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.jobs import run_in_background

PREVIEW_ROWS = 200
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
        self.setWindowTitle(f"Import {self.path.name}")
        self.resize(980, 640)
        self.cancel_requested = False
        self.result: importing.Result | None = None
        # The kind of file from its first bytes; reading it whole, and checking every record
        # against the journal, happen in the background (seconds for 10,000 contacts).
        self.format = importing.detect_format(self.path, importing.read_bytes(self.path, 4096))
        if self.format not in ("vcard", "csv", "linkedin", "cards"):
            raise KizunaError("Whole-journal archives are opened with File > Open journal "
                              "after `kizuna import FILE.zip --db NEW`.")
        self.table: table.Table | None = None
        self.vcard_people = None
        self.plan: importing.Plan | None = None
        self.ready = False  # the preview shows the plan for the current mapping
        self._generation = 0  # of plans asked for: an answer to an older one is dropped
        self.info = QLabel()
        self.preset = QComboBox()
        for key, label in PRESET_NAMES.items():
            self.preset.addItem(label, key)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels(["Column in the file", "Goes to"])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels(["Line", "Name", "Reading", "Organisation",
                                                "E-mail", "Will be"])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems = QListWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.import_btn = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        mapping_box = QVBoxLayout()
        csv = self.format != "vcard"
        if csv:
            top.addWidget(QLabel("Preset:"))
            top.addWidget(self.preset)
            self.preset.setEnabled(False)
            mapping_box.addWidget(QLabel("Column mapping"))
            mapping_box.addWidget(self.mapping)
        self.info.setText(f"Reading {self.path.name}…")
        body = QHBoxLayout()
        if csv:
            left = QWidget()
            left.setLayout(mapping_box)
            body.addWidget(left, 3)  # room for "Address: prefecture / state" and the like
        right = QVBoxLayout()
        right.addWidget(QLabel("Preview"))
        right.addWidget(self.preview, 3)
        right.addWidget(QLabel("Problems (these lines are left out)"))
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
            self.info.setText(f"vCard, {len(content[0]):,} cards")
        else:
            self.table = content
            self.preset.setCurrentIndex(self.preset.findData(
                table.guess_preset(self.table.headers)))
            self.preset.currentIndexChanged.connect(self._preset_changed)
            self.preset.setEnabled(True)
            n = len(self.table.rows)
            self.info.setText(f"CSV, {self.table.encoding_name}, {n:,} row{'s' * (n != 1)}")
            self._fill_mapping(table.guess_mapping(self.table.headers,
                                                   self.preset.currentData()))
        self.replan()

    def _read_failed(self, error: Exception) -> None:
        QMessageBox.warning(self, "Import", str(error))
        self.reject()

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        self.mapping.setRowCount(0)
        for i, header in enumerate(self.table.headers):
            self.mapping.insertRow(i)
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for key, label in table.TARGETS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(combo.findData(mapping.get(i, "")))
            combo.currentIndexChanged.connect(self.replan)
            self.mapping.setCellWidget(i, 1, combo)

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
        self.summary.setText("Checking the records against the journal…")
        journal, name, fmt = self.journal, self.path.name, self.format
        if self.table is not None:
            content, mapping = self.table, self.current_mapping()

            def work() -> importing.Plan:
                return importing.plan(journal, name, fmt, *table.to_people(content, mapping))
        else:
            people, problems = self.vcard_people

            def work() -> importing.Plan:
                return importing.plan(journal, name, fmt, people, problems)
        self.plan_job = run_in_background(
            work, lambda plan: self._planned(generation, plan),
            lambda error: self._plan_failed(generation, error))

    def _planned(self, generation: int, plan: importing.Plan) -> None:
        if generation != self._generation:
            return  # the mapping changed since: a newer plan is on its way
        self.plan = plan
        self.preview.setRowCount(0)
        for item in plan.items[:PREVIEW_ROWS]:
            r = self.preview.rowCount()
            self.preview.insertRow(r)
            d, p = item.data, item.person
            cells = [str(p.line or ""), p.label,
                     " ".join(x for x in (d.family_reading, d.given_reading) if x),
                     p.organization, ", ".join(v for _, v in p.emails),
                     f"merged ({item.reason})" if (item.duplicate_of or item.same_as_line)
                     else "new"]
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.problems.clear()
        self.problems.addItems([str(p) for p in plan.problems[:1000]])
        self.summary.setText(plan.summary())
        self.import_btn.setEnabled(bool(plan.items))
        self.ready = True

    def _plan_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.summary.setText(f"Cannot check these records: {error}")

    def start(self) -> None:
        """Import in the background; the progress dialog's Cancel rolls everything back."""
        if not self.ready:
            return
        total = len(self.plan.items)
        self.progress = QProgressDialog(
            f"Importing {total:,} contacts (and saving a backup of the journal as it was)…",
            "Cancel", 0, total, self)
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
                    "Finishing the backup of the journal…"))
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
            self.summary.setText(str(error))
            return
        QMessageBox.warning(self, "Import", str(error))
