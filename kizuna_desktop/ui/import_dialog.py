"""File > Import: a preview of what a file holds, the column mapping for CSV (with presets), the
problems found (with their lines) and the duplicates that will be merged; Import carries it out
in the background with a progress bar and Cancel (which leaves the journal unchanged)."""

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
from kizuna_desktop.services import exchange
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.jobs import run_in_background

PREVIEW_ROWS = 200
PRESET_NAMES = {"generic": "Generic CSV", "linkedin": "LinkedIn connections",
                "cards": "Business-card app (氏名, フリガナ, 会社名…)"}


class ImportDialog(QDialog):
    progress_step = Signal(int, int)

    def __init__(self, journal: Journal, path: Path, on_done, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.path, self.on_done = journal, Path(path), on_done
        self.setWindowTitle(f"Import {self.path.name}")
        self.resize(980, 640)
        self.cancel_requested = False
        self.result: exchange.Result | None = None
        data = self.path.read_bytes()
        self.format = exchange.detect_format(self.path, data)
        self.table: table.Table | None = None
        self.vcard_people = None
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
        if self.format in ("csv", "linkedin", "cards"):
            self.table = table.read_table(data, self.path.name)
            top.addWidget(QLabel("Preset:"))
            top.addWidget(self.preset)
            self.preset.setCurrentIndex(self.preset.findData(table.guess_preset(
                self.table.headers)))
            self.preset.currentIndexChanged.connect(self._preset_changed)
            mapping_box.addWidget(QLabel("Column mapping"))
            mapping_box.addWidget(self.mapping)
            self.info.setText(f"CSV, {self.table.encoding}, {len(self.table.rows)} rows")
            self._fill_mapping(table.guess_mapping(self.table.headers,
                                                   self.preset.currentData()))
        elif self.format == "vcard":
            self.vcard_people = vcard.read_vcards(data, self.path.name)
            self.info.setText(f"vCard, {len(self.vcard_people[0])} cards")
        else:
            raise KizunaError("Whole-journal archives are opened with File > Open journal "
                              "after `kizuna import FILE.zip --db NEW`.")
        body = QHBoxLayout()
        if self.table is not None:
            left = QWidget()
            left.setLayout(mapping_box)
            body.addWidget(left, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel("Preview"))
        right.addWidget(self.preview, 3)
        right.addWidget(QLabel("Problems (these lines are left out)"))
        right.addWidget(self.problems, 1)
        body.addLayout(right, 2)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addLayout(body, 1)
        root.addWidget(self.summary)
        root.addWidget(buttons)
        self.replan()

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
        if self.table is not None:
            people, problems = table.to_people(self.table, self.current_mapping())
        else:
            people, problems = self.vcard_people
        self.plan = exchange.plan(self.journal, self.path.name, self.format, people, problems)
        self.preview.setRowCount(0)
        for item in self.plan.items[:PREVIEW_ROWS]:
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
        self.problems.addItems([str(p) for p in self.plan.problems[:1000]])
        self.summary.setText(self.plan.summary())
        self.import_btn.setEnabled(bool(self.plan.items))

    def start(self) -> None:
        """Import in the background; the progress dialog's Cancel rolls everything back."""
        total = len(self.plan.items)
        self.progress = QProgressDialog(f"Importing {total} contacts…", "Cancel", 0, total, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel)
        self.progress_step.connect(self._step)  # queued: emitted by the worker thread
        self.import_btn.setEnabled(False)
        journal, plan = self.journal, self.plan
        self.job = run_in_background(
            lambda: exchange.apply(journal, plan, progress=self.progress_step.emit,
                                   cancelled=lambda: self.cancel_requested),
            self._done, self._failed)

    def _step(self, n: int, _total: int) -> None:
        self.progress.setValue(n)

    def _cancel(self) -> None:
        self.cancel_requested = True

    def _done(self, result: exchange.Result) -> None:
        self.progress.close()
        self.result = result
        self.on_done(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.progress.close()
        self.import_btn.setEnabled(True)
        if isinstance(error, exchange.Cancelled):
            self.summary.setText(str(error))
            return
        QMessageBox.warning(self, "Import", str(error))
