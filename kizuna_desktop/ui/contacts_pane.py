"""The contacts pane: search as you type, filters, and a table over a model that fetches a page
of contacts at a time (the view asks for more as it scrolls), so 100,000 contacts cost what
one screenful costs. The rows come at once; when they fill a page, how many match in all is
counted off the UI thread and the count under the list follows a moment later."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kizuna_desktop.services import health, japanese, organizations, search, tags
from kizuna_desktop.services.search import ContactFilter, ContactSummary
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import palette, plain
from kizuna_desktop.ui.jobs import run_in_background

PAGE = 50  # rows fetched at a time: two screenfuls at the default size; more on scrolling
COUNT_CAP = 1000
ROOT = QModelIndex()
COLUMNS = (QT_TRANSLATE_NOOP("ContactsModel", "Name"),
           QT_TRANSLATE_NOOP("ContactsModel", "Reading"),
           QT_TRANSLATE_NOOP("ContactsModel", "Title and organisation"),
           QT_TRANSLATE_NOOP("ContactsModel", "Last contact"),
           QT_TRANSLATE_NOOP("ContactsModel", "Health"))
HEALTH = 4  # the health column (issue 24.4): sorted in SQL, paged (search.page_by_health)
# Its words, each with a mark that reads without colour (○ △ ▲ ×).
HEALTH_WORDS = {"on_track": QT_TRANSLATE_NOOP("ContactsModel", "○ on track"),
                "due": QT_TRANSLATE_NOOP("ContactsModel", "△ due"),
                "overdue": QT_TRANSLATE_NOOP("ContactsModel", "▲ overdue"),
                "going_cold": QT_TRANSLATE_NOOP("ContactsModel", "× going cold"),
                "not_met": QT_TRANSLATE_NOOP("ContactsModel", "· not met yet"),
                "none": QT_TRANSLATE_NOOP("ContactsModel", "— no cadence")}
SORT_MAX = 5000  # contacts sorted in memory by a header click


class FilterCombo(QComboBox):
    """A filter's choices, read from the journal the first time they are wanted (the popup,
    the keyboard focus, a key or the wheel) and not at start-up: at 100,000 contacts the
    organisations' list took 95 ms of the cold start. Until then it holds its first choice
    ("All …"), which is what the first screen shows either way."""

    def __init__(self, fill):
        super().__init__()
        self._fill = fill  # fill(combo): clears and adds the choices, keeping the current one
        self.filled = False

    def ensure_filled(self) -> None:
        if not self.filled:
            self.filled = True
            self._fill(self)

    def reload(self) -> None:
        """The choices are read again if they have been wanted already; else on first use."""
        if self.filled:
            self._fill(self)

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event) -> None:
        self.ensure_filled()
        super().focusInEvent(event)

    def keyPressEvent(self, event) -> None:
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        self.ensure_filled()
        super().wheelEvent(event)


def family_first(text: str, rows: list[ContactSummary]) -> list[ContactSummary]:
    """The people picker's order: contacts whose family name (as written, read or in Latin
    letters) starts with a word typed first, then those whose given name does, then the
    rest (an organisation's or a title's match), each group in the list's order. Typing 山田
    or "yamada" puts 山田 太郎 before 田中 山田男 or someone at 山田電機."""
    words = [w.casefold() for w in text.split()]
    if not words:
        return rows

    def starts(*values: str) -> bool:
        return any(v and japanese.to_hiragana(v.casefold()).startswith(
            japanese.to_hiragana(w)) for v in values for w in words)

    def rank(c: ContactSummary) -> int:
        n = c.name
        if starts(n.family_name, n.family_reading, n.family_latin):
            return 0
        return 1 if starts(n.given_name, n.given_reading, n.given_latin) else 2

    return sorted(rows, key=rank)  # stable: the list's order within each group


def role_line(c: ContactSummary) -> str:
    """Japanese reads company then title (北斗物流 課長); English title, company."""
    if c.title_ja or c.organization_ja:
        org = c.organization_ja or c.organization_en
        return " ".join(x for x in (org, c.title_ja or c.title_en) if x)
    return ", ".join(x for x in (c.title_en, c.organization_en) if x)


class ContactsModel(QAbstractTableModel):
    counted = Signal()  # the number of matches of the current filter is known

    def __init__(self, journal: Journal):
        super().__init__()
        self.journal = journal
        self.filter = ContactFilter()
        self.rows: list[ContactSummary] = []
        self.total = 0  # matches counted, up to COUNT_CAP
        self.capped = False  # more than COUNT_CAP match (or, while counting, than the rows)
        self.counting = False  # the count is on its way
        self.exhausted = True
        self.latin_first = False
        self.sorted_by = (0, Qt.SortOrder.AscendingOrder)
        self.sort_cut = False  # a sort that holds only the first SORT_MAX matches
        self.today = datetime.now().date()
        self._generation = 0  # which set_filter a count in flight belongs to
        self._marks: dict[int, health.ListMark] = {}  # the health column, per contact

    def set_filter(self, f: ContactFilter) -> None:
        self.beginResetModel()
        self.filter = f
        self.today = datetime.now().date()
        self._marks = {}
        self.rows = self._health_page(0) if self.sorted_by[0] == HEALTH else \
            search.page(self.journal, f, 0, PAGE)
        self.exhausted = len(self.rows) < PAGE
        self.total, self.capped, self.counting = len(self.rows), not self.exhausted, \
            not self.exhausted
        self._generation += 1
        if self.sorted_by != (0, Qt.SortOrder.AscendingOrder) and \
                self.sorted_by[0] != HEALTH:
            self._sort_rows()
        self.endResetModel()
        if self.counting:
            self._count(f, self._generation)
        else:
            self.counted.emit()

    def _count(self, f: ContactFilter, generation: int) -> None:
        """Count the matches off the UI thread; a count overtaken by newer typing is
        dropped."""
        journal = self.journal

        def done(result: tuple[int, bool]) -> None:
            if isValid(self) and generation == self._generation:
                self.total, self.capped = result
                self.counting = False
                self.counted.emit()

        def failed(_error: Exception) -> None:  # the list stands; the count says "50+"
            if isValid(self) and generation == self._generation:
                self.counting = False
                self.counted.emit()

        run_in_background(lambda: search.count_upto(journal, f, COUNT_CAP), done, failed)

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=ROOT) -> None:
        after = self.rows[-1].sort_rank if self.rows else None
        more = self._health_page(len(self.rows)) if self.sorted_by[0] == HEALTH else \
            search.page(self.journal, self.filter, 0, PAGE, after=after)
        self.exhausted = len(more) < PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 1 and self.latin_first:
                return QCoreApplication.translate("ContactsModel", "Name as written")
            return QCoreApplication.translate("ContactsModel", COLUMNS[section])
        return None

    # sorting by a header click -----------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Name ascending is the list's own order (gojūon, then alphabetical), paged as
        ever. Any other column or order sorts the matches in memory: all of them up to
        SORT_MAX (beyond that, the first SORT_MAX; the count line says so)."""
        if (column, order) == self.sorted_by == (0, Qt.SortOrder.AscendingOrder):
            return  # already in the list's own order (the view asks again at start-up)
        before = self.sorted_by
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        if column == HEALTH:  # in SQL, over every match, a page at a time
            self.rows = self._health_page(0, max(PAGE, len(self.rows)))
            self.exhausted = len(self.rows) < max(PAGE, len(self.rows)) or not self.rows
            self.sort_cut = False
        elif (column, order) == (0, Qt.SortOrder.AscendingOrder):
            self.rows = search.page(self.journal, self.filter, 0, max(PAGE, len(self.rows)))
            self.exhausted = len(self.rows) < max(PAGE, len(self.rows)) or not self.rows
            self.sort_cut = False
        else:
            if before[0] == HEALTH:  # rows in health order: gather the matches in list order
                self.rows = search.page(self.journal, self.filter, 0, PAGE)
                self.exhausted = len(self.rows) < PAGE
            self._sort_rows()
        self.layoutChanged.emit()

    def _health_page(self, offset: int, limit: int = PAGE) -> list[ContactSummary]:
        """Most in need of attention first (ascending; kizuna health's order) or last."""
        return search.page_by_health(
            self.journal, self.filter, offset, limit,
            descending=self.sorted_by[1] == Qt.SortOrder.DescendingOrder, today=self.today)

    def health_mark(self, c: ContactSummary) -> health.ListMark:
        mark = self._marks.get(c.id)
        if mark is None:
            mark = self._marks[c.id] = health.list_mark(
                self.journal, c.id, c.last_interaction_at, c.last_interaction_zone,
                c.cadence_days, today=self.today)
        return mark

    def health_text(self, c: ContactSummary) -> str:
        return QCoreApplication.translate("ContactsModel",
                                          HEALTH_WORDS[self.health_mark(c).word])

    def _sort_rows(self) -> None:
        while not self.exhausted and len(self.rows) < SORT_MAX:
            after = self.rows[-1].sort_rank if self.rows else None
            more = search.page(self.journal, self.filter, 0, PAGE * 10, after=after)
            self.rows.extend(more)
            self.exhausted = len(more) < PAGE * 10
        self.sort_cut = not self.exhausted
        self.exhausted = True  # sorted rows are all there is to show
        column, order = self.sorted_by
        reverse = order == Qt.SortOrder.DescendingOrder
        if column == 3:  # last contact as shown ("12 d"): fewest days first, never-met last
            known = [c for c in self.rows if c.last_interaction_at is not None]
            never = [c for c in self.rows if c.last_interaction_at is None]
            known.sort(key=lambda c: c.last_interaction_at, reverse=not reverse)
            self.rows = known + never
            return
        key = {0: lambda c: (c.sort_rank,),
               1: lambda c: (not self.data_text(c, 1), self.data_text(c, 1), c.sort_rank),
               2: lambda c: (not self.data_text(c, 2), self.data_text(c, 2), c.sort_rank)}
        self.rows.sort(key=key[column], reverse=reverse)

    def data_text(self, c: ContactSummary, column: int) -> str:
        if column == 0:
            return self.name_of(c)
        if column == 1:
            return c.reading if not self.latin_first else (c.written if c.latin else "")
        return role_line(c)

    def name_of(self, c: ContactSummary) -> str:
        if self.latin_first and c.latin:
            return c.latin
        return c.written or c.latin or QCoreApplication.translate("ContactsModel", "(no name)")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (0, 1, 2):
                return self.data_text(c, col)
            if col == HEALTH:
                return self.health_text(c)
            days = c.days_since(self.today)
            from kizuna_desktop.i18n import days_text

            return days_text(days)  # "287 d" / "287日", "today" / "今日", "—"
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role == Qt.ItemDataRole.ToolTipRole and col == HEALTH:
            m = self.health_mark(c)
            days = "—" if m.days_since is None else str(m.days_since)
            cadence = "—" if not m.cadence_days else str(m.cadence_days)
            return QCoreApplication.translate(
                "ContactsModel", "Days since last contact: {0}; cadence: {1} days").format(
                days, cadence)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip("\n".join(x for x in (c.written, c.reading, c.latin, c.role)
                                            if x))
        if role == Qt.ItemDataRole.ForegroundRole:
            if c.archived:
                return palette.brush(palette.Role.MUTED)
            days = c.days_since(self.today)
            if col == 3 and c.cadence_days and (days is None or days > c.cadence_days):
                return palette.brush(palette.Role.ALERT)  # going cold
            if col == HEALTH and self.health_mark(c).word in ("overdue", "going_cold"):
                return palette.brush(palette.Role.ALERT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_latin_first(self, on: bool) -> None:
        self.latin_first = on
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def row_ids(self) -> list[int]:
        return [c.id for c in self.rows]

    def row_of(self, contact_id: int) -> int | None:
        for i, c in enumerate(self.rows):
            if c.id == contact_id:
                return i
        return None


class ContactsPane(QWidget):
    selection_changed = Signal(list)  # contact ids
    activated = Signal(int)  # double-click or Enter: edit
    empty_action = Signal(str)  # an empty journal's buttons: "add", "import", "demo"

    # The kinds of change (ui/commands.py) that change what the list shows.
    WATCHES = frozenset({cmd.CONTACTS, cmd.TAGS, cmd.POSITIONS, cmd.ORGANIZATIONS,
                         cmd.INTERACTIONS})

    def __init__(self, journal: Journal):
        super().__init__()
        self.journal = journal
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: kanji, kana, romaji, company, "
                                           "e-mail, phone, #tag"))
        self.search.setClearButtonEnabled(True)
        self.tag = FilterCombo(self._fill_tags)
        self.org = FilterCombo(self._fill_organizations)
        for combo, everything in ((self.tag, self.tr("All tags")),
                                  (self.org, self.tr("All organisations"))):
            combo.addItem(everything, None)
        for combo in (self.tag, self.org):  # long organisation names must not widen the pane
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.cold = QCheckBox(self.tr("Going cold"))
        self.cold.setToolTip(self.tr("Contacts past their keep-in-touch cadence"))
        self.archived = QCheckBox(self.tr("Archived"))
        self.count = QLabel()
        self.model = ContactsModel(journal)
        self.model.counted.connect(lambda: self.count.setText(self.count_text()))
        self.model.modelReset.connect(self._show_empty_state)
        self.view = QTableView()
        self.view.setModel(self.model)
        for w, name in ((self.search, self.tr("Search contacts")),
                        (self.tag, self.tr("Show contacts with the tag")),
                        (self.org, self.tr("Show contacts at the organisation")),
                        (self.view, self.tr("Contacts"))):
            w.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the list's own order
        header.setSortIndicatorShown(True)
        self.view.setSortingEnabled(True)  # a header click sorts (ContactsModel.sort)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.fit_columns()  # each header whole; the organisation column takes the rest
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.org, 1)
        filters.addWidget(self.cold)
        filters.addWidget(self.archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel("<b>" + self.tr("Contacts") + "</b>")
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        self.stack = QStackedWidget()  # the list, or an empty journal's first steps
        self.stack.addWidget(self.view)
        self.stack.addWidget(self._empty_panel())
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self, singleShot=True, interval=60)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.tag, self.org):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.cold.toggled.connect(self.apply_filter)
        self.archived.toggled.connect(self.apply_filter)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        # Enter or a double-click (activated covers both; doubleClicked alone missed Enter)
        self.view.activated.connect(lambda idx: self.activated.emit(self.model.rows[
            idx.row()].id))
        self.reload_filters()
        self.apply_filter()

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.model.journal = journal
        self.reload_filters()
        self.apply_filter()

    def reload_filters(self) -> None:
        """The tag and organisation choices follow the journal (read when first wanted)."""
        self.tag.reload()
        self.org.reload()

    def _fill_tags(self, combo: QComboBox) -> None:
        self._fill(combo, [(f"#{t.name} ({t.contact_count})", t.name)
                           for t in tags.list_all(self.journal)], self.tr("All tags"))

    def _fill_organizations(self, combo: QComboBox) -> None:
        # sorted by what the list shows (a Japanese name first when there is one)
        self._fill(combo, sorted(((o.both_names, o.id)
                                  for o in organizations.list_all(self.journal)),
                                 key=lambda item: item[0].casefold()),
                   self.tr("All organisations"))

    @staticmethod
    def _fill(combo: QComboBox, items: list, everything: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, data in items:
            combo.addItem(label, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> ContactFilter:
        return ContactFilter(text=self.search.text(), tag=self.tag.currentData() or "",
                             organization_id=self.org.currentData(),
                             going_cold=self.cold.isChecked(),
                             include_archived=self.archived.isChecked())

    ORG_MIN = 130  # the title-and-organisation column's share at the default width

    def fit_columns(self) -> int:
        """Default column widths from the font and the language: each header reads whole
        (with the sort mark), and so do a name, a reading, '426 d' / '426日前' and the
        longest health word; the title-and-organisation column stretches over the rest.
        Returns the width the pane needs to give that column ORG_MIN (the main window's
        default layout makes the pane that wide where the window allows)."""
        from kizuna_desktop.i18n import days_text

        header, fm = self.view.horizontalHeader(), self.view.fontMetrics()
        pad = 2 * self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12

        def fits(*samples: str) -> int:
            return max(fm.horizontalAdvance(x) for x in samples) + pad

        words = [QCoreApplication.translate("ContactsModel", w) for w in HEALTH_WORDS.values()]
        content = {0: fits("Claire Dubois", "長谷川 真理子"),
                   1: fits("はせがわ まりこ", "デュボワ クレール"),
                   3: fits(days_text(9999), days_text(999)),
                   4: fits(*words)}
        for i, width in content.items():
            self.view.setColumnWidth(i, max(width, header.sectionSizeHint(i)))
        return self.needed_width()

    def needed_width(self) -> int:
        """The pane's width that shows the columns as they are set (fitted or remembered)
        and gives the organisation column ORG_MIN (or its header's width, if wider)."""
        frame = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins() if self.layout() else None
        outside = margins.left() + margins.right() if margins else 8
        org = max(self.ORG_MIN, self.view.horizontalHeader().sectionSizeHint(2))
        return sum(self.view.columnWidth(i) for i in (0, 1, 3, 4)) + org + frame + outside

    def _empty_panel(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.addStretch(1)
        text = QLabel(self.tr("This journal has no contacts yet."))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(text)
        self.empty_buttons: dict[str, QPushButton] = {}
        for key, label, tip in (
                ("add", self.tr("Add your first contact"), self.tr("Ctrl+N")),
                ("import", self.tr("Import contacts"),
                 self.tr("From a vCard or CSV file (phone, Outlook, LinkedIn, Excel)")),
                ("demo", self.tr("Open the demo"),
                 self.tr("A separate journal with made-up contacts to try things on"))):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.clicked.connect(lambda _c=False, key=key: self.empty_action.emit(key))
            self.empty_buttons[key] = button
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return panel

    def is_empty_journal(self) -> bool:
        """Nothing listed with no search or filter at all: the journal has no contacts."""
        return not self.model.rows and self.model.filter == ContactFilter(
            include_archived=self.model.filter.include_archived,
            today=self.model.filter.today) and not self.model.filter.text

    def _show_empty_state(self) -> None:
        self.stack.setCurrentIndex(1 if self.is_empty_journal() else 0)

    def apply_filter(self) -> None:
        if self.journal.closed:
            return  # the typing pause ended after the journal was closed (another opened)
        keep = self.selected_ids()
        self.model.set_filter(self.current_filter())
        self.count.setText(self.count_text())
        if keep:
            self.select(keep[0], notify=False)

    def changed(self, what: frozenset[str], select: int | None = None) -> None:
        """After a change: refresh if it touched what the list shows, and select ``select``
        (a contact just made or changed) when given."""
        if what & self.WATCHES:
            self.refresh(select)
        elif select is not None:
            self.select(select)

    def apply_filter_now(self) -> None:
        """The typing pause is not waited for (Down or Enter in the search box)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.apply_filter()

    def clear_filters(self, include_archived: bool = False) -> None:
        """Clear the search and the filters at once (one reload)."""
        widgets = (self.search, self.tag, self.org, self.cold, self.archived)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.tag.setCurrentIndex(0)
        self.org.setCurrentIndex(0)
        self.cold.setChecked(False)
        self.archived.setChecked(include_archived or self.archived.isChecked())
        for w in widgets:
            w.blockSignals(False)
        self._debounce.stop()
        self.apply_filter()

    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else (self.selected_ids() or [None])[0]
        self.reload_filters()
        self.model.set_filter(self.current_filter())
        self.count.setText(self.count_text())
        if keep is not None:
            self.select(keep)

    def count_text(self) -> str:
        m = self.model
        n = max(m.total, len(m.rows))
        if m.sort_cut:
            return self.tr("The first {0:,} contacts, sorted; narrow the search to sort "
                           "all that match").format(len(m.rows))
        if m.counting:
            return self.tr("{0:,}+ contacts, counting…").format(n)
        if m.capped and n >= m.total:
            return self.tr("{0:,}+ contacts").format(n)
        return (self.tr("{0:,} contact") if n == 1 else self.tr("{0:,} contacts")).format(n)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def select(self, contact_id: int, notify: bool = True) -> bool:
        """Select a contact, fetching further pages if it is listed further down."""
        row = self.model.row_of(contact_id)
        while row is None and self.model.canFetchMore() and len(self.model.rows) < 5000:
            self.model.fetchMore()
            row = self.model.row_of(contact_id)
        if row is None:
            return False
        if not notify:
            self.view.selectionModel().blockSignals(True)
        # Not selectRow: it follows the keys held down, and Ctrl held for Ctrl+Z (an undo
        # that selects its contact) would toggle the row off.
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(
            index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)
        if not notify:
            self.view.selectionModel().blockSignals(False)
        return True

    def _selection(self, *_args) -> None:
        self.selection_changed.emit(self.selected_ids())
