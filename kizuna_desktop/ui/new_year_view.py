"""View > New Year cards (issue 25.2): the year's list with each contact's marks (to send,
sent, received, mourning), the 寒中見舞い proposed to those in mourning, accepted into
follow-ups; the seasonal reminders of a year (services/seasons.py: ochūgen, oseibo, nengajō
posting, 寒中見舞い, birthdays) with "Add as follow-up"; the sender and the print offsets,
saved in the journal as `kizuna nengajo sender` / `print --offset-x/-y` save them.

Marks and accepted follow-ups go through the window's undo stack (Ctrl+Z). Added through
``MainWindow.add_view``; services only, no SQL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import message as i18n_message
from kizuna_desktop.services import followups, nengajo, seasons
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd

MARKS = ("send", "sent", "received", "mourning")


class MarkCard(cmd.Command):
    """One New Year mark set or cleared; undo puts the mark before back."""

    what = frozenset()  # no pane shows the marks; the views reload on every change

    def __init__(self, journal, notify, contact_id: int, year: int, key: str, on: bool,
                 before: bool):
        super().__init__(QCoreApplication.translate("NewYearView", "New Year mark"), journal,
                         notify)
        self.contact_id, self.year, self.key, self.on, self.before = (contact_id, year, key,
                                                                      on, before)

    def do(self) -> None:
        nengajo.mark(self.journal, self.contact_id, self.year, **{self.key: self.on})

    def again(self) -> None:
        self.do()

    def back(self) -> None:
        nengajo.mark(self.journal, self.contact_id, self.year, **{self.key: self.before})


class AddFollowUps(cmd.Command):
    """Accepted reminders (seasonal or 寒中見舞い) as follow-ups; undo deletes them."""

    what = frozenset({cmd.FOLLOWUPS})

    def __init__(self, journal, notify, make):
        super().__init__(QCoreApplication.translate("NewYearView", "Add as follow-up"),
                         journal, notify)
        self.make = make  # () -> list of follow-up ids
        self.ids: list[int] = []

    def do(self) -> None:
        self.ids = list(self.make())

    def again(self) -> None:
        self.do()

    def back(self) -> None:
        for i in self.ids:
            followups.delete(self.journal, i)
        self.ids = []


class NewYearView(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None, *,
                 stack: QUndoStack | None = None, notify=None):
        super().__init__(parent)
        self.journal = journal
        # the window's undo stack and notify; alone (tests, a bare widget) a stack of its own
        self.stack = stack if stack is not None else QUndoStack(self)
        self.notify = notify if notify is not None else (lambda _what, _sel: self.reload())
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
        self.table.setWordWrap(True)
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

        # the seasonal reminders of a calendar year
        box = QGroupBox(self.tr("Seasonal reminders"))
        sl = QVBoxLayout(box)
        srow = QHBoxLayout()
        slabel = QLabel(self.tr("&Year:"))
        srow.addWidget(slabel)
        self.season_year = QSpinBox()
        self.season_year.setRange(1900, 2200)
        self.season_year.setValue(today.year())
        self.season_year.setAccessibleName(self.tr("Year of the seasonal reminders"))
        slabel.setBuddy(self.season_year)
        srow.addWidget(self.season_year)
        srow.addStretch(1)
        sl.addLayout(srow)
        self.seasons = QListWidget()
        self.seasons.setAccessibleName(self.tr("Seasonal reminders"))
        self.seasons.setToolTip(self.tr("Space ticks a reminder; Add as follow-up adds the "
                                        "ticked ones (or the selected one)"))
        sl.addWidget(self.seasons, 1)
        self.add_season = QPushButton(self.tr("&Add as follow-up"))
        self.add_season.clicked.connect(lambda _c=False: self._accept_seasons())
        sl.addWidget(self.add_season)
        lay.addWidget(box, 1)
        self.season_rows: list[seasons.Reminder] = []

        # the sender and the print offsets
        sbox = QGroupBox(self.tr("Sender and printing"))
        form = QFormLayout(sbox)
        self.sender_name = QLineEdit()
        self.sender_code = QLineEdit()
        self.sender_code.setPlaceholderText("NNN-NNNN")
        self.sender_address = QLineEdit()
        form.addRow(self.tr("Sender's &name:"), self.sender_name)
        form.addRow(self.tr("Sender's &postal code:"), self.sender_code)
        form.addRow(self.tr("Sender's a&ddress:"), self.sender_address)
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-30.0, 30.0)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
        form.addRow(self.tr("Offset &right:"), self.offset_x)
        form.addRow(self.tr("Offset do&wn:"), self.offset_y)
        self.save_settings = QPushButton(self.tr("&Save sender and offsets"))
        self.save_settings.clicked.connect(lambda _c=False: self._save_settings())
        form.addRow(self.save_settings)
        self.settings_status = QLabel()
        self.settings_status.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_status.setWordWrap(True)
        form.addRow(self.settings_status)
        lay.addWidget(sbox)

        self.year.valueChanged.connect(lambda _v: self.reload())
        self.season_year.valueChanged.connect(lambda _v: self._reload_seasons())
        self.table.itemSelectionChanged.connect(self._selected)
        self.reload()
        self._load_settings()

    # hooks of MainWindow.add_view
    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.reload()
        self._load_settings()

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
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a narrow dock elides the cell: the whole text here
                self.table.setItem(i, col, item)
            if r.contact_id == keep:
                self.table.selectRow(i)
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()  # wrapped addresses shown whole
        lines = [self.tr("Proposed: %1 to %2 from %3").replace("%1", p.title)
                 .replace("%2", p.name).replace("%3", p.due.isoformat()) for p in f.proposals]
        self.proposals.setText("\n".join(lines))
        self.accept.setEnabled(bool(f.proposals))
        self._selected()
        self._reload_seasons()

    def _reload_seasons(self) -> None:
        self.season_rows = seasons.proposals(self.journal, self.season_year.value())
        self.seasons.clear()
        for r in self.season_rows:
            day = (i18n.short_date if i18n.current() == "ja"  # 12月15日(火) in Japanese
                   else lambda d: d.isoformat())
            span = day(r.due) if r.end == r.due else f"{day(r.due)} – {day(r.end)}"
            item = QListWidgetItem(f"{span}  {r.title}  {r.name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.seasons.addItem(item)
        self.add_season.setEnabled(bool(self.season_rows))

    def _accept_seasons(self) -> None:
        ticked = [r for i, r in enumerate(self.season_rows)
                  if self.seasons.item(i).checkState() == Qt.CheckState.Checked]
        if not ticked and 0 <= self.seasons.currentRow() < len(self.season_rows):
            ticked = [self.season_rows[self.seasons.currentRow()]]
        if ticked:
            cmd.push(self.stack, AddFollowUps(self.journal, self.notify,
                                              lambda: seasons.accept(self.journal, ticked)))

    def _load_settings(self) -> None:
        snd = nengajo.sender(self.journal)
        self.sender_name.setText(snd.name)
        self.sender_code.setText(snd.postal_code)
        self.sender_address.setText(snd.address)
        layout = nengajo.print_layout(self.journal)
        self.offset_x.setValue(layout.offset_x)
        self.offset_y.setValue(layout.offset_y)

    def _save_settings(self) -> None:
        try:
            nengajo.set_sender(self.journal, name=self.sender_name.text(),
                               address=self.sender_address.text(),
                               postal_code=self.sender_code.text())
            layout = nengajo.print_layout(self.journal)
            layout.offset_x, layout.offset_y = self.offset_x.value(), self.offset_y.value()
            nengajo.save_print_layout(self.journal, layout)
        except KizunaError as e:
            self.settings_status.setText(i18n_message(e))
            return
        self.settings_status.setText(self.tr("Saved: the cards print with this sender and "
                                             "these offsets."))
        self._load_settings()

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
        r = next((r for r in self.rows if r.contact_id == cid), None)
        if r is None:
            return
        cmd.push(self.stack, MarkCard(self.journal, self.notify, cid, self.year.value(), key,
                                      on, bool(getattr(r.marks, key))))

    def _accept(self) -> None:
        if self.found and self.found.proposals:
            chosen = list(self.found.proposals)
            cmd.push(self.stack, AddFollowUps(
                self.journal, self.notify,
                lambda: nengajo.accept_proposals(self.journal, chosen)))
            self.proposals.setText(self.tr("%n follow-up(s) added", "", len(chosen)))
            self.accept.setEnabled(False)


def install(window) -> NewYearView:
    """View > New Year cards."""
    view = NewYearView(window.journal, stack=window.undo_stack, notify=window.notify)
    window.add_view(view.tr("New Year cards"), view, shortcut="Ctrl+Shift+Y")
    return view
