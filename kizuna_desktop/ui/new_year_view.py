"""View > New Year cards (issue 25.2): the year's list with each contact's marks (to send,
sent, received, mourning), the 寒中見舞い proposed to those in mourning, accepted into
follow-ups. Added through ``MainWindow.add_view``; services only, no SQL."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.services import nengajo
from kizuna_desktop.store import Journal


class NewYearView(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.found: nengajo.NewYearList | None = None
        self.rows: list[nengajo.Recipient] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("New Year"))
        top.addWidget(label)
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        today = QDate.currentDate()
        self.year.setValue(today.year() + 1 if today.month() >= 10 else today.year())
        self.year.setAccessibleName(self.tr("Year of the New Year cards"))
        label.setBuddy(self.year)
        top.addWidget(self.year)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.summary, 1)
        lay.addLayout(top)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address"),
                                              self.tr("Marks")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("New Year list"))
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("sent", self.tr("Sent")), ("received", self.tr("Received")),
                          ("mourning", self.tr("Mourning (喪中)")),
                          ("send", self.tr("To send"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setToolTip(self.tr("Mark or unmark the selected contact"))
            b.clicked.connect(lambda checked, k=key: self._mark(k, checked))
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.proposals = QLabel()
        self.proposals.setTextFormat(Qt.TextFormat.PlainText)
        self.proposals.setWordWrap(True)
        lay.addWidget(self.proposals)
        self.accept = QPushButton(self.tr("Add the 寒中見舞い as follow-ups"))
        self.accept.clicked.connect(lambda _c=False: self._accept())
        lay.addWidget(self.accept)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.reload()

    # hooks of MainWindow.add_view
    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.reload()

    def data_changed(self, _what) -> None:
        self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        self.found = nengajo.new_year_list(self.journal, self.year.value())
        f = self.found
        self.rows = f.everyone
        self.summary.setText(self.tr("%1 to print, %2 sent, %3 in mourning, %4 without an "
                                     "address").replace("%1", str(len(f.to_print)))
                             .replace("%2", str(len(f.sent))).replace("%3", str(len(f.mourning)))
                             .replace("%4", str(len(f.no_address))))
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            names = " ".join(r.organisation_lines + r.name_lines)
            where = (r.address.text or r.address.city) if r.address else self.tr("no address")
            marks = [text for key, text in (("send", self.tr("to send")),
                                            ("sent", self.tr("sent")),
                                            ("received", self.tr("received")),
                                            ("mourning", self.tr("mourning")))
                     if getattr(r.marks, key)]
            if r.why != "marked":
                marks.append(self.tr("sent one last year"))
            for col, text in enumerate((names, where, ", ".join(marks))):
                self.table.setItem(i, col, QTableWidgetItem(text))
            if r.contact_id == keep:
                self.table.selectRow(i)
        self.table.resizeColumnToContents(0)
        lines = [self.tr("Proposed: %1 to %2 from %3").replace("%1", p.title)
                 .replace("%2", p.name).replace("%3", p.due.isoformat()) for p in f.proposals]
        self.proposals.setText("\n".join(lines))
        self.accept.setEnabled(bool(f.proposals))
        self._selected()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()].contact_id

    def _selected(self) -> None:
        cid = self.current_id()
        r = next((r for r in self.rows if r.contact_id == cid), None)
        for key, b in self.buttons.items():
            b.setEnabled(r is not None)
            b.setChecked(bool(r and getattr(r.marks, key)))

    def _mark(self, key: str, on: bool) -> None:
        cid = self.current_id()
        if cid is None:
            return
        nengajo.mark(self.journal, cid, self.year.value(), **{key: on})
        self.reload()

    def _accept(self) -> None:
        if self.found and self.found.proposals:
            nengajo.accept_proposals(self.journal, self.found.proposals)
            self.proposals.setText(self.tr("%n follow-up(s) added", "",
                                           len(self.found.proposals)))
            self.accept.setEnabled(False)


def install(window) -> NewYearView:
    """View > New Year cards."""
    view = NewYearView(window.journal)
    window.add_view(view.tr("New Year cards"), view, shortcut="Ctrl+Shift+Y")
    return view
