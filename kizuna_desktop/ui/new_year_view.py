"""View > New Year cards (issue 25.2): the year's list with each contact's marks (to send,
sent, received, mourning), the 寒中見舞い proposed to those in mourning, accepted into
follow-ups; the seasonal reminders of a year (services/seasons.py: ochūgen, oseibo, nengajō
posting, 寒中見舞い, birthdays) with "Add as follow-up"; the sender and the print offsets,
saved in the journal as `kizuna nengajo sender` / `print --offset-x/-y` save them.

Marks and accepted follow-ups go through the window's undo stack (Ctrl+Z). Added through
``MainWindow.add_view``; services only, no SQL."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import message as i18n_message
from kizuna_desktop.pdf import labels
from kizuna_desktop.services import followups, nengajo, nengajo_print, seasons
from kizuna_desktop.store import Journal
from kizuna_desktop.text import postal_parts
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import jobs

MARKS = ("send", "sent", "received", "mourning", "skip")


class MarkCard(cmd.Command):
    """One New Year mark set or cleared on a contact's or an organisation's row; undo puts
    every mark of the row back as it was (a mark can clear another: to send / do not
    send)."""

    what = frozenset()  # no pane shows the marks; the views reload on every change

    def __init__(self, journal, notify, key: tuple[str, int], year: int, mark: str, on: bool):
        super().__init__(QCoreApplication.translate("NewYearView", "New Year mark"), journal,
                         notify)
        self.key, self.year, self.mark, self.on = key, year, mark, on
        self.before = nengajo.marks_of(journal, key, year)

    def do(self) -> None:
        kind, ident = self.key
        if kind == "organization":
            nengajo.mark_organization(self.journal, ident, self.year, **{self.mark: self.on})
        else:
            nengajo.mark(self.journal, ident, self.year, **{self.mark: self.on})

    def again(self) -> None:
        self.do()

    def back(self) -> None:
        nengajo.set_marks(self.journal, self.key, self.year, self.before)


class SetDetails(cmd.Command):
    """Joint names (連名) and 御中 of a contact's card, or an organisation's department; undo
    puts the details before back."""

    what = frozenset()

    def __init__(self, journal, notify, key: tuple[str, int], year: int,
                 details: nengajo.Details):
        super().__init__(QCoreApplication.translate("NewYearView", "New Year card details"),
                         journal, notify)
        self.key, self.year, self.details = key, year, details
        self.before = nengajo.details_of(journal, key, year)

    def do(self) -> None:
        nengajo.set_details(self.journal, self.key, self.year, self.details)

    def again(self) -> None:
        self.do()

    def back(self) -> None:
        nengajo.set_details(self.journal, self.key, self.year, self.before)


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


class StatusBox(QPlainTextEdit):
    """What the last action said (a mark refused, a print and what it left out): plain
    text, read-only, four lines high with a scroll bar for more; hidden when empty."""

    def __init__(self):
        super().__init__()
        self.setReadOnly(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.setTabChangesFocus(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        self.setPlainText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.toPlainText()


class NewYearView(QWidget):
    """The year's list (a table: name with 様/御中, marks, address; Tab leaves it, the mark
    keys S R M D N work in it), the mark buttons, a row's 連名 / 御中 / department, adding a
    contact or an organisation to the list, and Print… (the cards, the test print, the
    labels: a save dialog, the PDF written in the background). The seasonal reminders and the
    sender and printing settings are tabs of their own, so that the list has the height."""

    printed = Signal(str)  # the status line after a print (tests wait for it)

    def __init__(self, journal: Journal, parent: QWidget | None = None, *,
                 stack: QUndoStack | None = None, notify=None):
        super().__init__(parent)
        self.journal = journal
        # the window's undo stack and notify; alone (tests, a bare widget) a stack of its own
        self.stack = stack if stack is not None else QUndoStack(self)
        self.notify = notify if notify is not None else (lambda _what, _sel: self.reload())
        self.found: nengajo.NewYearList | None = None
        self.rows: list[nengajo.Recipient] = []
        self.save_path = None  # tests: the path the save dialog would give (no dialog)
        self.setMinimumWidth(self.MIN_WIDTH)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("New &Year:"))
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
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        lay.addLayout(top)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)

        # -- the list -------------------------------------------------------------------
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 4, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Marks"),
                                              self.tr("Address")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("New Year list"))
        self.table.setWordWrap(False)  # one line a card: elided, the whole text in a tooltip
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 9)
        self.table.setToolTip(self.tr("S sent, R received, M mourning, D to send, N do not "
                                      "send (keys in the list)"))
        pl.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("sent", self.tr("&Sent")), ("received", self.tr("&Received")),
                          ("mourning", self.tr("&Mourning (喪中)")),
                          ("send", self.tr("To sen&d")), ("skip", self.tr("Do &not send"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setToolTip(self.tr("Mark or unmark the selected card"))
            b.clicked.connect(lambda checked, k=key: self._mark(k, checked))
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        pl.addLayout(buttons)
        # the mark keys in the list (before the table's own type-to-find takes the letter)
        self._keys = {Qt.Key.Key_S: "sent", Qt.Key.Key_R: "received",
                      Qt.Key.Key_M: "mourning", Qt.Key.Key_D: "send", Qt.Key.Key_N: "skip"}
        self.table.installEventFilter(self)

        details = QHBoxLayout()
        self.joint_label = QLabel(self.tr("&Joint names (連名):"))
        self.joint = QLineEdit()
        self.joint.setPlaceholderText(self.tr("花子、健太 (given names), or 鈴木 一郎"))
        self.joint.setAccessibleName(self.tr("Joint names on the same card"))
        self.joint_label.setBuddy(self.joint)
        self.department_label = QLabel(self.tr("De&partment:"))
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("総務部 (empty: the company)"))
        self.department.setAccessibleName(self.tr("Department the card is addressed to"))
        self.department_label.setBuddy(self.department)
        self.onchu = QCheckBox(self.tr("To the c&ompany alone (御中)"))
        self.onchu.setToolTip(self.tr("Address the card to the company or department (御中), "
                                      "without the person's name and 様"))
        self.apply = QPushButton(self.tr("&Apply"))
        self.apply.setToolTip(self.tr("Save the joint names, 御中 or department of the "
                                      "selected card (Ctrl+Z undoes it)"))
        for w in (self.joint_label, self.joint, self.department_label, self.department,
                  self.onchu, self.apply):
            details.addWidget(w, 1 if isinstance(w, QLineEdit) else 0)
        self.joint.returnPressed.connect(self._apply_details)
        self.department.returnPressed.connect(self._apply_details)
        self.apply.clicked.connect(lambda _c=False: self._apply_details())
        pl.addLayout(details)
        # how the selected card is addressed where it is not "name 様" (御中, 連名 left off)
        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.wording.setTextFormat(Qt.TextFormat.PlainText)
        self.wording.setVisible(False)
        pl.addWidget(self.wording)

        add = QHBoxLayout()
        add_label = QLabel(self.tr("Add to the &list:"))
        self.add_name = QLineEdit()
        self.add_name.setPlaceholderText(self.tr("a contact or an organisation (name, e-mail, "
                                                 "id, org:ID)"))
        self.add_name.setAccessibleName(self.tr("Contact or organisation to add to the list"))
        add_label.setBuddy(self.add_name)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_name.returnPressed.connect(self._add)
        self.add_button.clicked.connect(lambda _c=False: self._add())
        self.print_button = QPushButton(self.tr("Pr&int…"))
        menu = QMenu(self.print_button)
        self.print_actions = {
            "cards": menu.addAction(self.tr("New Year &cards…")),
            "test": menu.addAction(self.tr("&Test print (box outlines)…")),
            "labels": menu.addAction(self.tr("Address &labels…"))}
        for kind, action in self.print_actions.items():
            action.triggered.connect(lambda _c=False, k=kind: self.print_to_file(k))
        self.print_button.setMenu(menu)
        for w in (add_label, self.add_name, self.add_button, self.print_button):
            add.addWidget(w, 1 if w is self.add_name else 0)
        pl.addLayout(add)
        self.status = StatusBox()  # a print's report can be long: read whole, scrolled
        self.status.setAccessibleName(self.tr("New Year status"))
        pl.addWidget(self.status)
        self.proposals = QLabel()
        self.proposals.setTextFormat(Qt.TextFormat.PlainText)
        self.proposals.setWordWrap(True)
        pl.addWidget(self.proposals)
        self.accept = QPushButton(self.tr("Add the 寒中見舞い as follow-ups"))
        self.accept.clicked.connect(lambda _c=False: self._accept())
        pl.addWidget(self.accept)
        self.tabs.addTab(page, self.tr("Cards"))

        # -- the seasonal reminders of a calendar year ------------------------------------
        box = QWidget()
        sl = QVBoxLayout(box)
        srow = QHBoxLayout()
        slabel = QLabel(self.tr("Yea&r:"))
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
        self.tabs.addTab(box, self.tr("Seasonal reminders"))
        self.season_rows: list[seasons.Reminder] = []

        # -- the sender, the print offsets and the label sheet -----------------------------
        sbox = QWidget()
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
            spin.setRange(-nengajo.OFFSET_LIMIT, nengajo.OFFSET_LIMIT)
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
        self.sheet = QComboBox()
        for name, sh in labels.SHEETS.items():
            self.sheet.addItem(self.tr("%1 (%2 labels, %3 × %4 mm)").replace("%1", name)
                               .replace("%2", str(sh.rows * sh.columns))
                               .replace("%3", f"{sh.width:g}").replace("%4", f"{sh.height:g}"),
                               name)
        form.addRow(self.tr("&Label sheet:"), self.sheet)
        self.vertical = QCheckBox(self.tr("Vert&ical labels (tategaki)"))
        form.addRow(self.vertical)
        self.tabs.addTab(sbox, self.tr("Sender and printing"))

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

    def _marks_text(self, r: nengajo.Recipient) -> str:
        marks = [text for key, text in (("send", self.tr("to send")), ("sent", self.tr("sent")),
                                        ("received", self.tr("received")),
                                        ("mourning", self.tr("mourning")),
                                        ("skip", self.tr("not sending")))
                 if getattr(r.marks, key)]
        if r.why == "sent one last year":
            marks.append(self.tr("sent one last year"))
        elif r.why == "reply to their card":
            marks.append(self.tr("reply owed"))
        if r.address is None or not r.address.usable:
            marks.append(self.tr("no address"))
        return ("、" if i18n.current() == "ja" else ", ").join(marks)

    def reload(self) -> None:
        keep = self.current_key()
        before = [r.key for r in getattr(self, "rows", [])]
        same_year = getattr(self, "_rows_year", None) == self.year.value()
        self.found = nengajo.new_year_list(self.journal, self.year.value())
        f = self.found
        self.rows = f.everyone
        self._rows_year = self.year.value()
        if same_year and sorted(before) == sorted(r.key for r in self.rows):
            # a mark changed, nobody came or went: every row stays where it was, so that
            # S, Down, S… marks the next person (review 5 finding 5: the marked row moved to
            # its group at once, and Down skipped the people it jumped over)
            where = {k: i for i, k in enumerate(before)}
            self.rows.sort(key=lambda r: where[r.key])
        self.summary.setText(self.tr("%1 to print, %2 sent, %3 in mourning, %4 without an "
                                     "address").replace("%1", str(len(f.to_print)))
                             .replace("%2", str(len(f.sent))).replace("%3", str(len(f.mourning)))
                             .replace("%4", str(len(f.no_address))))
        self.table.setRowCount(len(self.rows))
        selected = None
        for i, r in enumerate(self.rows):
            # the name first (a narrow column elides the end), then the company above it
            names = "、".join(r.name_lines)
            if r.organisation_lines:
                names += " — " + " ".join(r.organisation_lines)
            where = postal_parts.without_code(r.address.text or r.address.latin
                                              or r.address.city) if r.address \
                else self.tr("no address")
            notes = r.wording_notes()
            for col, text in enumerate((names, self._marks_text(r), where)):
                item = QTableWidgetItem(text)
                # an elided cell: the whole text here (the name's with how it is addressed)
                item.setToolTip("\n".join([text, *notes]) if col == 0 else text)
                self.table.setItem(i, col, item)
            if r.key == keep:
                selected = i
        self._size_columns()
        if selected is not None:
            self.table.selectRow(selected)
        from kizuna_desktop.i18n import format_date

        lines = [self.tr("Proposed: %1 to %2 from %3").replace("%1", p.title)
                 .replace("%2", p.name).replace("%3", format_date(p.due, weekday=False))
                 for p in f.proposals]
        self.proposals.setText("\n".join(lines))
        self.proposals.setVisible(bool(lines))
        self.accept.setVisible(bool(f.proposals))
        self.accept.setEnabled(bool(f.proposals))
        self._selected()
        self._reload_seasons()

    def _size_columns(self) -> None:
        """Name and marks as wide as they need, within bounds, so that the address column
        is never pushed out of the dock (at 1366×768 the dock is about 500 px wide)."""
        width = self.table.viewport().width()
        fm = self.table.fontMetrics()
        pad = 24
        names = [self.table.item(i, 0).text() for i in range(self.table.rowCount())]
        marks = [self.table.item(i, 1).text() for i in range(self.table.rowCount())]
        want0 = max([fm.horizontalAdvance(t) + pad for t in names]
                    + [fm.horizontalAdvance(self.tr("Name")) + pad])
        want1 = max([fm.horizontalAdvance(t) + pad for t in marks]
                    + [fm.horizontalAdvance(self.tr("Marks")) + pad])
        self.table.setColumnWidth(0, min(want0, int(width * 0.45)))
        self.table.setColumnWidth(1, min(want1, int(width * 0.3)))

    MIN_WIDTH = 460  # px: names, marks and some of the address side by side

    def focus_list(self) -> None:
        """The keyboard focus in the list of cards (its tab shown, a row selected)."""
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.raise_()  # (tabbed with another dock: in front)
        self.tabs.setCurrentIndex(0)
        if self.table.currentRow() < 0 and self.table.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A dock squeezed by the window's central panes (a first opening at 1366×768) is
        widened so that the list can be read."""
        super().showEvent(event)
        dock, window = self.parentWidget(), self.window()
        if (isinstance(dock, QDockWidget) and isinstance(window, QMainWindow)
                and not dock.isFloating() and dock.width() < self.MIN_WIDTH + 20):
            window.resizeDocks([dock], [max(self.MIN_WIDTH + 20, window.width() * 2 // 5)],
                               Qt.Orientation.Horizontal)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.table.rowCount():
            self._size_columns()

    def _reload_seasons(self) -> None:
        self.season_rows = seasons.proposals(self.journal, self.season_year.value(),
                                             asked_on=seasons.today())
        self.seasons.clear()
        for r in self.season_rows:
            day = (i18n.short_date if i18n.current() == "ja"  # 12月15日(火) in Japanese
                   else lambda d: d.isoformat())
            span = day(r.due) if r.end == r.due else f"{day(r.due)} – {day(r.end)}"
            item = QListWidgetItem(f"{span}  {r.label}  {r.name}")
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

    # -- the selected row ----------------------------------------------------------------
    def current(self) -> nengajo.Recipient | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def current_key(self) -> tuple[str, int] | None:
        r = self.current()
        return r.key if r else None

    def current_id(self) -> int | None:
        """The selected contact's id (None for an organisation's row or none selected)."""
        r = self.current()
        return r.contact_id if r else None

    def _selected(self) -> None:
        r = self.current()
        org = bool(r and r.organization_id is not None)
        for key, b in self.buttons.items():
            b.setEnabled(r is not None and not (org and key == "mourning"))
            b.setChecked(bool(r and getattr(r.marks, key)))
        for w in (self.joint_label, self.joint, self.onchu):
            w.setVisible(not org)
        for w in (self.department_label, self.department):
            w.setVisible(org)
        for w in (self.joint, self.onchu, self.department, self.apply):
            w.setEnabled(r is not None)
        # 御中 needs a company to address (review 5 finding 6: ticked for a person with none,
        # "Saved" and nothing changed)
        self.onchu.setEnabled(bool(r and r.company))
        d = nengajo.details_of(self.journal, r.key, self.year.value()) if r else \
            nengajo.Details()
        self.joint.setText("、".join(d.joint_names))
        self.onchu.setChecked(d.onchu)
        notes = r.wording_notes() if r else []
        self.wording.setText("\n".join(notes))
        self.wording.setVisible(bool(notes))
        self.department.setText(d.department)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if (obj is self.table and event.type() == QEvent.Type.KeyPress
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and event.key() in self._keys):
            self._toggle(self._keys[event.key()])
            return True
        return super().eventFilter(obj, event)

    def _toggle(self, key: str) -> None:
        b = self.buttons[key]
        if b.isEnabled():
            b.click()

    def _push(self, command) -> bool:
        try:
            cmd.push(self.stack, command)
        except KizunaError as e:
            # in the window's words (its buttons), not the command line's (--sent)
            window_message = getattr(e, "window_message", None)
            self.status.setText(window_message() if callable(window_message)
                                else i18n_message(e))
            self._selected()  # the buttons show the marks as they are
            return False
        self.status.setText("")
        return True

    def _mark(self, key: str, on: bool) -> None:
        r = self.current()
        if r is not None:
            self._push(MarkCard(self.journal, self.notify, r.key, self.year.value(), key, on))

    def _apply_details(self) -> None:
        r = self.current()
        if r is None:
            return
        if r.organization_id is not None:
            d = nengajo.Details(onchu=True, department=self.department.text())
        else:
            joint = [n.strip() for n in re.split(r"[、,，\n]", self.joint.text()) if n.strip()]
            d = nengajo.Details(joint_names=joint, onchu=self.onchu.isChecked())
        if self._push(SetDetails(self.journal, self.notify, r.key, self.year.value(), d)):
            self.status.setText(self.tr("Saved for %1.").replace("%1", r.display_name))

    def _add(self) -> None:
        spec = self.add_name.text().strip()
        if not spec:
            return
        try:
            key, name = nengajo.resolve_recipient(self.journal, spec)
        except KizunaError as e:
            self.status.setText(i18n_message(e))
            return
        if self._push(MarkCard(self.journal, self.notify, key, self.year.value(), "send",
                               True)):
            self.add_name.clear()
            self.status.setText(self.tr("%1 is on the list.").replace("%1", name))
            row = next((i for i, r in enumerate(self.rows) if r.key == key), None)
            if row is not None:
                self.table.selectRow(row)

    def _accept(self) -> None:
        if self.found and self.found.proposals:
            chosen = list(self.found.proposals)
            cmd.push(self.stack, AddFollowUps(
                self.journal, self.notify,
                lambda: nengajo.accept_proposals(self.journal, chosen)))
            self.proposals.setText(self.tr("%n follow-up(s) added", "", len(chosen)))
            self.accept.setEnabled(False)

    # -- Print… --------------------------------------------------------------------------
    def print_to_file(self, kind: str) -> None:
        """Ask where (a save dialog), then write the PDF in the background through the same
        service as `kizuna nengajo print` / `kizuna labels`, and say what was left out."""
        year = self.year.value()
        names = {"cards": self.tr("New Year cards %1.pdf"),
                 "test": self.tr("New Year test print %1.pdf"),
                 "labels": self.tr("Address labels %1.pdf")}
        path = self.save_path
        if path is None:
            suggested = str(Path.home() / names[kind].replace("%1", str(year)))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF as"), suggested,
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        journal, sheet_name, vertical = self.journal, self.sheet.currentData(), \
            self.vertical.isChecked()

        def work():
            if kind == "labels":
                done = nengajo_print.print_labels(journal, labels.SHEETS[sheet_name],
                                                  year=year, vertical=vertical)
                if done.result.labels:
                    path.write_bytes(done.result.pdf)
                notes = [n for r in done.people for n in r.wording_notes()]
                return kind, done.result.labels, list(done.result.skipped), \
                    notes + list(done.result.notes)
            done = nengajo_print.print_cards(journal, year, test_print=kind == "test")
            if done.result.cards:
                path.write_bytes(done.result.pdf)
            notes = [] if kind == "test" else [n for r in done.found.to_print
                                               for n in r.wording_notes()]
            return kind, done.result.cards, done.left_out, notes + list(done.result.notes)

        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", str(path)))
        jobs.run(self, work, lambda res: self._printed(path, *res), self._print_failed)

    def _printed(self, path, kind: str, n: int, left_out: list[str],
                 notes: list[str] | None = None) -> None:
        self.print_button.setEnabled(True)
        if n == 0:
            text = self.tr("Nothing to print; no file written.")
        elif kind == "labels":
            text = self.tr("Wrote %n label(s) to %1.", "", n).replace("%1", str(path))
        elif kind == "test":
            text = self.tr("Wrote the test print to %1.").replace("%1", str(path))
        else:
            text = self.tr("Wrote %n card(s) to %1.", "", n).replace("%1", str(path))
        if left_out:
            text += "\n" + self.tr("Left out (%n):", "", len(left_out)) + "\n" + \
                "\n".join(left_out)
        if notes and n:  # how cards are addressed: 御中, a card abroad, a Latin name
            text += "\n" + self.tr("Notes:") + "\n" + "\n".join(notes)
        self.status.setText(text)
        self.printed.emit(text)

    def _print_failed(self, error: Exception) -> None:
        self.print_button.setEnabled(True)
        text = self.tr("Not written: %1").replace("%1", i18n_message(error)
                                                   if isinstance(error, KizunaError)
                                                   else str(error))
        self.status.setText(text)
        self.printed.emit(text)


def install(window) -> NewYearView:
    """View > New Year cards. Opening it (Ctrl+Shift+Y or the menu) puts the keyboard focus
    in the list of cards, so that S, R, M, D, N and the arrows work at once."""
    from PySide6.QtCore import QTimer

    view = NewYearView(window.journal, stack=window.undo_stack, notify=window.notify)
    dock = window.add_view(view.tr("New Year cards"), view, shortcut="Ctrl+Shift+Y")

    def opened(checked: bool) -> None:
        if checked:
            QTimer.singleShot(0, view.focus_list)  # once the dock is shown

    dock.toggleViewAction().triggered.connect(opened)
    if window.isVisible():  # built by this very opening (the view is built when first shown)
        QTimer.singleShot(0, view.focus_list)
    return view
