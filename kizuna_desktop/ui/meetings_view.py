"""The "Meetings ahead" view (issue 23): today, tomorrow and this week, each meeting with its
time in its own zone, place and attendees with their card at a glance (title, last contact,
open promises, overdue follow-ups); "Briefing…" for exactly the selected meeting, "Print the
day…" (a roster, then one briefing per meeting), "Import calendar…", and the review of
attendees no contact matched (create a contact, match by hand, ignore).

Each minute (and when the journal changes) it counts the meetings whose time has passed as
contact (services/meetings.count_passed), refreshes, updates the status line's "next meeting
in …" and asks "How did it go?" once for each meeting that has ended.

Added to the window by :func:`install` through ``MainWindow.add_view``. The clock is
``view.now_fn`` (aware UTC) and the laptop's zone ``view.tz``, so tests set both.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import message as i18n_message
from kizuna_desktop.services import calendar_import, lookup, meetings
from kizuna_desktop.text import zones
from kizuna_desktop.ui import plain
from kizuna_desktop.ui.jobs import run
from kizuna_desktop.ui.wording import plural

MEETING, ATTENDEE, GUEST = 1, 2, 3
KIND_ROLE = 0x0100  # Qt.UserRole
ID_ROLE = 0x0101
PARTS_ROLE = 0x0102  # an attendee line's parts, wrapped to the view's width


def _wrapped(parts: list[str], room: int, advance) -> str:
    """``parts`` joined by " — " (after the first) and " · ", a new line where the next part
    would pass ``room`` pixels; a part longer than a line is broken at its spaces. A line's
    width is the sum of its pieces' (each measured once through ``advance``, which the view
    caches for a refresh): measuring every longer line again was most of a refresh."""
    lines: list[str] = []
    line, used = "", 0
    for k, part in enumerate(parts):
        sep = " — " if k == 1 else " · "
        if line and used + advance(sep) + advance(part) <= room:
            line, used = line + sep + part, used + advance(sep) + advance(part)
            continue
        if line:
            lines.append(line + sep.rstrip())
            line, used = "", 0
        for word in part.split(" "):  # the part begins a line
            if line and used + advance(" ") + advance(word) > room:
                lines.append(line)
                line, used = word, advance(word)
            elif line:
                line, used = f"{line} {word}", used + advance(" ") + advance(word)
            else:
                line, used = word, advance(word)
    if line:
        lines.append(line)
    return "\n".join(lines)


REFRESH_MS = 60_000


DAYS_KEY = "calendar_import_days"  # the window's import: how many days (settings.json)


def _remembered_days() -> int:
    from kizuna_desktop import settings

    try:
        days = int(settings.get(DAYS_KEY, 14))
    except (TypeError, ValueError, OSError):
        return 14
    return days if 1 <= days <= 366 else 14


def _remember_days(days: int) -> None:
    from kizuna_desktop import settings

    try:
        settings.put(DAYS_KEY, int(days))
    except OSError:  # a read-only home: the choice holds for this session only
        pass


def _day_name(when: datetime) -> str:
    """"Mon 12-07", or in Japanese "12月7日(月)" (the interface's language)."""
    if i18n.current() == "ja":
        return i18n.short_date(when.date(), "ja")
    return zones.fmt(when, "%a %m-%d")


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Loaded:
    """What one refresh read off the UI thread."""

    meetings: list = field(default_factory=list)
    next: object = None
    due: list = field(default_factory=list)  # ended, not reviewed: "How did it go?"
    counted: int = 0
    error: str = ""


def _load(journal, days: int, now: datetime, tz, count: bool, due: bool) -> _Loaded:
    """The view's queries (run by jobs.run_in_background, never on the UI thread)."""
    out = _Loaded()
    if count:
        try:
            out.counted = meetings.count_passed(journal, now)
        except KizunaError:
            out.counted = 0  # read-only or busy: the next minute tries again
    try:
        out.meetings = meetings.ahead(journal, days, now, tz)
        out.next = meetings.next_meeting(journal, now, among=out.meetings)
        if due:
            out.due = meetings.due_reviews(journal, now)
    except KizunaError as e:
        out.error = i18n_message(e)
    return out


class _Progress(QObject):
    """Carries the import's progress from the worker thread to the dialog (queued)."""

    changed = Signal(int, int)


class MeetingsView(QWidget):
    """The meetings ahead of a journal, grouped by day."""

    briefing_written = Signal(object)  # the path
    review_requested = Signal(int)  # a meeting that has ended and was not reviewed
    refreshed = Signal()  # the list shows what the last refresh read
    import_finished = Signal(object)  # the import's report, or None (cancelled or failed)

    def __init__(self, journal, parent: QWidget | None = None, window=None):
        super().__init__(parent)
        self.journal = journal
        self.window_ref = window
        self.now_fn = _now
        self.tz = None  # the laptop's zone (zones.laptop()) unless a test sets one
        self.days = 7
        self.asked: set[int] = set()  # meetings "How did it go?" was asked about this session
        self.review_dialog = None
        self.meetings: list[meetings.MeetingView] = []
        self.loading = False  # a refresh is reading in the background
        self._job = None
        self._pending: tuple[bool, bool] | None = None  # a refresh asked while one runs
        self.progress: QProgressDialog | None = None
        self.importing = False
        self._stop: threading.Event | None = None  # set: the running import stops
        if window is not None:
            window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_import)
        self.setObjectName("meetingsView")
        layout = QVBoxLayout(self)
        self.heading = plain.label()
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setObjectName("meetingsTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Meeting"), self.tr("Place"),
                                   self.tr("Card at a glance")])
        self.tree.setAccessibleName(self.tr("Meetings ahead"))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()  # sized to the view by _fit (never wider than it)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self.write_briefing())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        # Each button calls its method with no argument: clicked(bool) would pass its
        # "checked" False in place of the path (the buttons once failed on every click).
        self.brief_button = QPushButton(self.tr("Briefing…"))
        self.brief_button.setToolTip(self.tr("Write the briefing for the selected meeting: "
                                             "its title, time, place and everyone present"))
        self.brief_button.clicked.connect(lambda: self.write_briefing())
        self.day_button = QPushButton(self.tr("Print the day…"))
        self.day_button.setToolTip(self.tr("Today's meetings as one PDF: a roster page, then "
                                           "one briefing per meeting"))
        self.day_button.clicked.connect(lambda: self.print_day())
        self.import_button = QPushButton(self.tr("Import calendar…"))
        self.import_button.clicked.connect(lambda: self.import_calendar())
        for b in (self.brief_button, self.day_button, self.import_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        # what the next calendar import takes (the CLI's --days and --all), remembered
        choice = QHBoxLayout()
        self.days_box = QSpinBox()
        self.days_box.setObjectName("importDays")
        self.days_box.setRange(1, 366)
        self.days_box.setValue(_remembered_days())
        self.days_box.setAccessibleName(self.tr("Days of the calendar to import"))
        self.days_box.valueChanged.connect(_remember_days)
        days_label = plain.label(self.tr("Import the next"))
        days_label.setBuddy(self.days_box)
        self.all_box = QCheckBox(self.tr("Also events without a contact"))
        self.all_box.setToolTip(self.tr("Import the calendar's events even when no attendee "
                                        "is among your contacts"))
        choice.addWidget(days_label)
        choice.addWidget(self.days_box)
        choice.addWidget(plain.label(self.tr("days")))
        choice.addWidget(self.all_box)
        choice.addStretch(1)
        layout.addLayout(choice)
        guest_row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create contact"))
        self.create_button.clicked.connect(lambda: self.create_contact())
        self.match_button = QPushButton(self.tr("Match…"))
        self.match_button.clicked.connect(lambda: self.match_by_hand())
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.ignore_button.clicked.connect(lambda: self.ignore())
        self.guest_label = plain.label(self.tr("Attendee not among your contacts:"))
        guest_row.addWidget(self.guest_label)
        for b in (self.create_button, self.match_button, self.ignore_button):
            guest_row.addWidget(b)
        guest_row.addStretch(1)
        layout.addLayout(guest_row)
        self.status_text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self, tops: list[QTreeWidgetItem] | None = None) -> None:
        """The columns within the view's width (the dock is narrow at 1366×768): the time as
        wide as its longest text, the place up to a share, the card column only when there is
        room; each attendee's line (their card at a glance) wrapped at " · " to the width, so
        nothing is cut at the right."""
        tree, fm = self.tree, self.tree.fontMetrics()
        advance = functools.lru_cache(maxsize=None)(fm.horizontalAdvance)  # this fit's
        width = tree.viewport().width()
        if width <= 0:
            return
        if tops is None:  # the tree's own (a resize)
            tops = [tree.topLevelItem(k) for k in range(tree.topLevelItemCount())]
        items = [top.child(j) for top in tops for j in range(top.childCount())]
        pad = advance("M") * 2
        indent = tree.indentation()
        def whole(item, column: int) -> str:
            return (item.data(column, PARTS_ROLE) or [item.text(column)])[0]

        w0 = max([advance(whole(i, 0)) for i in items] +
                 [advance(top.text(0)) - indent for top in tops] + [60]) \
            + 2 * indent + pad
        narrow = width < 760
        tree.setColumnHidden(3, narrow)
        w3 = 0 if narrow else min(220, width // 5)
        w2 = min(max([advance(whole(i, 2)) for i in items] + [40]) + pad,
                 width // 4)
        w0 = min(w0, width // 2)
        w1 = max(80, width - w0 - w2 - w3)
        for column, w in ((0, w0), (1, w1), (2, w2), (3, w3)):
            tree.header().resizeSection(column, w)
        # (less than the row: Qt's item text is laid out with margins, and a CJK fallback
        # font's glyphs can run wider than the view font's metrics say)
        room = max(120, int((width - 3 * indent - pad) * 0.85))
        # a row of several lines is given their height: Qt measures it with the view font's
        # line height, and a line of kanji (a taller fallback font) then no longer fits and
        # is cut to one elided line
        line = int(fm.height() * 1.4)
        for item in items:
            most = 1
            for column, w in ((0, w0 - 2 * indent), (1, w1), (2, w2)):  # too narrow: lines
                whole = item.data(column, PARTS_ROLE)
                if whole:
                    text = _wrapped(whole, w - pad // 2, advance)
                    if column == 1 and narrow and item.data(3, PARTS_ROLE):  # no card
                        text += "\n" + item.data(3, PARTS_ROLE)[0]  # column: "3 attending"
                    most = max(most, text.count("\n") + 1)
                    if item.text(column) != text:
                        item.setText(column, text)
            item.setSizeHint(0, QSize(0, most * line + 2) if most > 1 else QSize())
            for j in range(item.childCount()):
                child = item.child(j)
                parts = child.data(0, PARTS_ROLE)
                if parts:
                    text = _wrapped(parts, room, advance)
                    if child.text(0) != text:
                        child.setText(0, text)
                    lines = text.count("\n") + 1
                    child.setSizeHint(0, QSize(0, lines * line + 2) if lines > 1 else QSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 520)  # the time in two zones, the title and a card line

    # data ---------------------------------------------------------------------------------
    def _tz(self):
        return self.tz or zones.laptop()

    def set_journal(self, journal) -> None:
        self.journal = journal
        self.asked.clear()
        self.refresh()

    def data_changed(self, what) -> None:
        if what & {"interactions", "contacts", "followups", "positions"}:
            self.refresh()

    def tick(self) -> None:
        """Each minute: meetings whose time came count as contact; the list, the status line
        and "How did it go?" (all read in the background)."""
        self._start(count=True, due=True)

    def refresh(self) -> None:
        """Read the meetings again in the background; the list follows when they arrive
        (``refreshed``)."""
        self._start(count=False, due=False)

    def ask_reviews(self) -> None:
        """Ask "How did it go?" once per meeting that has ended (read in the background)."""
        self._start(count=False, due=True)

    def _start(self, count: bool, due: bool) -> None:
        if self.loading:  # one at a time: the newest request runs after it, once
            c, d = self._pending or (False, False)
            self._pending = (c or count, d or due)
            return
        from kizuna_desktop.ui.jobs import run_in_background

        self.loading = True
        journal, days, now, tz = self.journal, self.days, self.now_fn(), self._tz()
        self._job = run_in_background(
            lambda: _load(journal, days, now, tz, count, due),
            lambda got: self._loaded(got, now, journal),
            self._load_failed, owner=self)

    def _load_failed(self, error: Exception) -> None:
        self.loading = False
        self.heading.setText(i18n_message(error))
        self._next_request()
        self.refreshed.emit()

    def _next_request(self) -> None:
        if self._pending is not None:
            count, due = self._pending
            self._pending = None
            self._start(count, due)

    def _loaded(self, got: _Loaded, now: datetime, journal) -> None:
        self.loading = False
        if journal is not self.journal:  # another journal was opened meanwhile
            self._pending = self._pending or (False, True)
            self._next_request()
            return
        if got.counted and self.window_ref is not None:
            self.window_ref.notify(frozenset({"contacts"}), None)  # refreshes again
        if got.error:
            self.heading.setText(got.error)
        else:
            self._show(got, now)
        if got.due:
            self._ask(got.due)
        self._next_request()
        self.refreshed.emit()

    def _show(self, got: _Loaded, now: datetime) -> None:
        self.meetings, nxt = got.meetings, got.next
        current = self.selected_meeting_id()
        groups = meetings.group(self.meetings, now, self._tz())
        titles = {"today": self.tr("Today"), "tomorrow": self.tr("Tomorrow"),
                  "week": self.tr("This week")}
        # built and fitted apart from the tree, then put in at once: an item changed in the
        # tree makes the view lay itself out again (half the refresh's time, item by item)
        tops = []
        for key in ("today", "tomorrow", "week"):
            items = groups[key]
            top = QTreeWidgetItem([f"{titles[key]} ({len(items)})"])
            for m in items:
                self._add_meeting(top, m, with_day=key == "week")
            tops.append(top)
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self._fit(tops)
            self.tree.addTopLevelItems(tops)
            for top in tops:
                top.setFirstColumnSpanned(True)
                for j in range(top.childCount()):
                    item = top.child(j)
                    for k in range(item.childCount()):  # an attendee's line: the whole row
                        item.child(k).setFirstColumnSpanned(True)
            self.tree.expandAll()
        finally:
            self.tree.setUpdatesEnabled(True)
        self.heading.setText(plural(self, "%n meeting in the next %1 days",
                                    "%n meetings in the next %1 days",
                                    len(self.meetings)).replace("%1", str(self.days)))
        self.status_text = self._status(nxt, now)
        self._update_status_line()
        if current is not None:
            self.select_meeting(current)
        self._update_buttons()

    def _status(self, nxt, now) -> str:
        under_way = next((m for m in self.meetings if not m.all_day
                          and m.start.astimezone(UTC) <= now < m.end.astimezone(UTC)), None)
        if under_way is not None:  # (a traveller reads "next in 5 d" as nothing to do)
            until = f"{under_way.end:%H:%M} {zones.abbreviation(under_way.end)}"
            if nxt is None:
                return self.tr("Now: {0} until {1}").format(under_way.title, until)
            return self.tr("Now: {0} until {1}; then {2} in {3}").format(
                under_way.title, until, nxt.title,
                meetings.until_text(nxt.start.astimezone(UTC) - now))
        if nxt is None:
            return self.tr("No meetings ahead")
        until = meetings.until_text(nxt.start.astimezone(UTC) - now)
        if nxt.place:
            return self.tr("Next meeting in {0}: {1} at {2}").format(until, nxt.title,
                                                                     nxt.place)
        return self.tr("Next meeting in {0}: {1}").format(until, nxt.title)

    def _update_status_line(self) -> None:
        label = getattr(self, "status_label", None)
        if label is not None:
            label.setText(self.status_text)

    def _when(self, m, with_day: bool) -> str:
        if m.all_day:
            if m.through is not None:  # several days: through which (12-03–12-05)
                return self.tr("All day {0}").format(m.span_text)
            return self.tr("All day {0}").format(zones.fmt(m.start, "%m-%d")) if with_day \
                else self.tr("All day")
        day = f"{_day_name(m.start)} " if with_day else ""
        here = m.start.astimezone(self._tz())
        if zones.abbreviation(here) != m.zone_label:  # where the laptop is, too
            return self.tr("{0} ({1} here)").format(f"{day}{m.time_text}",
                                                   f"{here:%H:%M} {zones.abbreviation(here)}")
        return f"{day}{m.time_text}"

    def _add_meeting(self, parent: QTreeWidgetItem, m, with_day: bool) -> None:
        people = len(m.attendees) + len(m.guests)
        item = QTreeWidgetItem([self._when(m, with_day), m.title, m.place,
                                self.tr("%n attending", "", people)])
        item.setData(0, KIND_ROLE, MEETING)
        item.setData(0, ID_ROLE, m.id)
        for column in range(4):
            if item.text(column):
                item.setData(column, PARTS_ROLE, [item.text(column)])
        tip = [m.title, m.time_text + (f" ({m.zone})" if m.zone else "")]
        if m.be_there_by is not None:
            tip.append(self.tr("Be there by {0}").format(f"{m.be_there_by:%H:%M}"))
        if m.agenda:
            tip.append(m.agenda)
        item.setToolTip(1, plain.tooltip("\n".join(tip)))
        parent.addChild(item)
        for a in m.attendees:
            glance = [a.role] if a.role else []
            if a.last_contact is None:
                glance.append(self.tr("never met"))
            else:
                glance.append(self.tr("last contact {0} ({1})").format(
                    zones.fmt(a.last_contact, "%Y-%m-%d"),
                    self.tr("today") if a.last_days == 0 else
                    plural(self, "%n day ago", "%n days ago", a.last_days or 0)))
            if a.open_promises:
                glance.append(plural(self, "%n open promise", "%n open promises",
                                     len(a.open_promises)))
            if a.overdue:
                glance.append(self.tr("%n overdue", "", len(a.overdue)))
            # one line across the view (narrow in its dock): the name, then the card
            child = QTreeWidgetItem([f"{a.name} — {' · '.join(glance)}", a.name, "",
                                     " · ".join(glance)])
            child.setData(0, PARTS_ROLE, [a.name, *glance])
            child.setData(0, KIND_ROLE, ATTENDEE)
            child.setData(0, ID_ROLE, a.id)
            child.setToolTip(3, plain.tooltip("\n".join([" · ".join(glance),
                                                         *a.open_promises])))
            item.addChild(child)  # (its first column spans the row once in the tree)
            child.setToolTip(0, child.toolTip(3))
        for g in m.guests:
            note = self.tr("not among your contacts: create, match or ignore")
            child = QTreeWidgetItem([f"{g.label} — {note}", g.label, "", note])
            child.setData(0, PARTS_ROLE, [g.label, note])
            child.setToolTip(0, plain.tooltip(g.label))
            child.setData(0, KIND_ROLE, GUEST)
            child.setData(0, ID_ROLE, g.id)
            item.addChild(child)

    # selection ----------------------------------------------------------------------------
    def _kind(self, item) -> int | None:
        return item.data(0, KIND_ROLE) if item is not None else None

    def selected_meeting_id(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and self._kind(item) not in (MEETING, None):
            item = item.parent()
        if item is None or self._kind(item) != MEETING:
            return None
        return item.data(0, ID_ROLE)

    def selected_guest_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if self._kind(item) == GUEST else None

    def meeting_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def select_meeting(self, meeting_id: int) -> bool:
        for item in self.meeting_items():
            if item.data(0, ID_ROLE) == meeting_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_guest(self, guest_id: int) -> bool:
        for item in self.meeting_items():
            for j in range(item.childCount()):
                c = item.child(j)
                if self._kind(c) == GUEST and c.data(0, ID_ROLE) == guest_id:
                    self.tree.setCurrentItem(c)
                    return True
        return False

    def _update_buttons(self) -> None:
        has_meeting = self.selected_meeting_id() is not None
        self.brief_button.setEnabled(has_meeting)
        guest = self.selected_guest_id() is not None
        for w in (self.guest_label, self.create_button, self.match_button, self.ignore_button):
            w.setVisible(guest)

    def _changed(self, what: set[str]) -> None:
        if self.window_ref is not None:
            self.window_ref.notify(frozenset(what), None)
        else:
            self.refresh()

    # briefing and the day's PDF -------------------------------------------------------------
    def _save_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        return Path(path) if path else None

    def write_briefing(self, path: Path | None = None) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is None:
            return
        m = next((x for x in self.meetings if x.id == meeting_id), None)
        if m is None:
            return
        if path is None:
            path = self._save_path(f"briefing-{zones.fmt(m.start, '%Y-%m-%d')}-{m.id}.pdf")
            if path is None:
                return
        journal = self.journal
        self.brief_button.setEnabled(False)
        run(self, lambda: meetings.write_brief(journal, meeting_id, path)[0],
            self._written, self._failed)

    def print_day(self, path: Path | None = None) -> None:
        day = self.now_fn().astimezone(self._tz()).date()
        if path is None:
            path = self._save_path(f"meetings-{day.isoformat()}.pdf")
            if path is None:
                return
        journal, tz = self.journal, self._tz()
        self.day_button.setEnabled(False)
        run(self, lambda: meetings.write_morning(journal, day, path, tz=tz)[0],
            self._written, self._failed)

    def _written(self, path) -> None:
        self._update_buttons()
        self.day_button.setEnabled(True)
        self.briefing_written.emit(path)
        if self.window_ref is not None:
            self.window_ref.statusBar().showMessage(
                self.tr("Written to {0}").format(str(path)), 10000)
        if not getattr(self, "quiet", False):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, error: Exception) -> None:
        self._update_buttons()
        self.day_button.setEnabled(True)
        from kizuna_desktop.i18n import message as in_language

        message = in_language(error) if isinstance(error, KizunaError) else self.tr(
            "The PDF could not be written: {0}").format(str(error))
        self.briefing_written.emit(None)
        plain.warn(self, self.tr("Meetings"), message)

    # calendar import ----------------------------------------------------------------------
    def import_calendar(self, path: Path | None = None, ask: bool = True) -> None:
        """Read the file and, when ``ask``, say what the import would do first; the work runs
        in the background behind a progress dialog whose Cancel writes nothing. In the window
        the import is one step of the undo stack (Ctrl+Z)."""
        if self.importing:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a calendar"), "",
                                                  self.tr("iCalendar files (*.ics)"))
            if not name:
                return
            path = Path(name)
        try:
            data = calendar_import.read_file(path)  # refused past MAX_BYTES, never all read
        except KizunaError as e:
            plain.warn(self, self.tr("Import a calendar"), i18n_message(e))
            return
        self._run_import(data, apply=not ask, now=self.now_fn(), tz=self._tz())

    def _run_import(self, data: bytes, apply: bool, now, tz) -> None:
        from kizuna_desktop.ui.jobs import run_in_background

        self.importing = True
        stop = threading.Event()
        relay = _Progress(self)
        dialog = QProgressDialog(self.tr("Reading the calendar…"), self.tr("Cancel"), 0, 0,
                                 self)
        dialog.setWindowTitle(self.tr("Import a calendar"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(stop.set)

        def moved(done: int, total: int) -> None:
            if total:
                dialog.setMaximum(total)
                dialog.setValue(done)
                dialog.setLabelText(
                    (self.tr("Importing meetings: %n of %1 events", "", done) if apply else
                     self.tr("Checking the calendar: %n of %1 events", "", done))
                    .replace("%1", str(total)))

        relay.changed.connect(moved)
        self.progress = dialog
        journal = self.journal
        days, everything = self.days_box.value(), self.all_box.isChecked()
        self._stop = stop

        relay.destroyed.connect(lambda *_: stop.set())  # the view deleted: the work stops

        def moving(done: int, total: int) -> None:
            if stop.is_set():  # (the view may be going: nothing more to tell it)
                return
            try:
                relay.changed.emit(done, total)
            except RuntimeError:  # deleted meanwhile: stop at the next look
                stop.set()

        def work():
            # the snapshots for undo are taken inside the import's own write transaction
            return calendar_import.import_calendar(
                journal, data, days=days, apply=apply, now=now, tz=tz, progress=moving,
                cancelled=stop.is_set, undoable=apply, include_unknown=everything)

        def finished():
            self.importing = False
            self._stop = None
            dialog.close()
            dialog.deleteLater()
            relay.deleteLater()
            self.progress = None

        def done(report) -> None:
            finished()
            if not apply:
                box = plain.message_box(
                    self, QMessageBox.Icon.Question, self.tr("Import a calendar"),
                    report.summary + "\n\n" + "\n".join(report.lines(window=True)[:40]),
                    QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Ok)
                self.confirm_box = box
                if box.exec() != QMessageBox.StandardButton.Ok:
                    self.import_finished.emit(None)
                    return
                self._run_import(data, apply=True, now=now, tz=tz)
                return
            self.last_import = report
            self._imported(report)
            self.import_finished.emit(report)

        def failed(error: Exception) -> None:
            finished()
            if isinstance(error, calendar_import.Cancelled):
                if self.window_ref is not None:
                    self.window_ref.statusBar().showMessage(i18n_message(error), 10000)
            else:
                plain.warn(self, self.tr("Import a calendar"), i18n_message(error))
            self.import_finished.emit(None)

        run_in_background(work, done, failed, owner=self)

    def cancel_import(self) -> None:
        """Stop a calendar import running in the background: it stops at the next event and
        writes nothing (the view or the window is closing)."""
        if self._stop is not None:
            self._stop.set()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The view closed (its dock closed from its title bar or the View menu; not hidden
        with a minimised window): a calendar import still running stops, writing nothing."""
        super().hideEvent(event)
        dock = self.parentWidget()
        if not event.spontaneous() and (self.isHidden() or (
                isinstance(dock, QDockWidget) and not dock.toggleViewAction().isChecked())):
            self.cancel_import()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.cancel_import()
        super().closeEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window_ref and event.type() == QEvent.Type.Close:
            self.cancel_import()  # the window closing (the app quitting): never waited for
        return super().eventFilter(obj, event)

    def _imported(self, report) -> None:
        stack = getattr(self.window_ref, "undo_stack", None)
        if stack is None or report.before is None:
            self._changed({"interactions", "contacts"})
            return
        from kizuna_desktop.ui import commands
        from kizuna_desktop.ui.meetings_commands import CalendarImport

        command = CalendarImport(self.journal, self.window_ref.notify, report)
        if not command.changed:  # nothing new, updated or removed: no empty undo step
            self._changed({"interactions", "contacts"})
            return
        try:
            commands.push(stack, command)
        except KizunaError as e:
            plain.warn(self, self.tr("Import a calendar"), i18n_message(e))

    # unmatched attendees ------------------------------------------------------------------
    def create_contact(self, ask: bool = True) -> int | None:
        """A new contact for the selected attendee; when contacts of that name exist
        already (the import could not tell which one), asked first: Match… is likely meant."""
        guest = self.selected_guest_id()
        if guest is None:
            return None
        g = next((g for m in self.meetings for g in m.guests if g.id == guest), None)
        same = calendar_import.named(self.journal, g.name) if g is not None and g.name else []
        if same and ask:
            box = plain.message_box(
                self, QMessageBox.Icon.Question, self.tr("Create contact"),
                self.tr("%n contact(s) already named “{0}”. Create another one anyway? "
                        "(Match… adds this attendee to one of them.)", "", len(same))
                .format(g.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            self.confirm_box = box
            if box.exec() != QMessageBox.StandardButton.Yes:
                return None
        try:
            command = self._push_guest(guest, None)
            if command is None:
                cid = meetings.create_contact_for_guest(self.journal, guest)
            else:
                cid = command.select
        except KizunaError as e:
            plain.warn(self, self.tr("Create contact"), i18n_message(e))
            return None
        if command is None:
            self._changed({"contacts", "interactions"})
        return cid

    def _push_guest(self, guest: int, contact_id: int | None):
        """Create contact (``contact_id`` None) or Match… as one step of the window's undo
        stack; None without one (the caller does it directly)."""
        stack = getattr(self.window_ref, "undo_stack", None)
        if stack is None:
            return None
        from kizuna_desktop.ui import commands
        from kizuna_desktop.ui.meetings_commands import GuestToContact

        label = next((g.label for m in self.meetings for g in m.guests if g.id == guest), "")
        return commands.push(stack, GuestToContact(self.journal, self.window_ref.notify,
                                                   guest, label, contact_id))

    def match_by_hand(self, spec: str | None = None) -> bool:
        guest = self.selected_guest_id()
        if guest is None:
            return False
        if spec is None:
            spec, ok = plain.get_text(self, self.tr("Match to a contact"),
                                      self.tr("Which contact is this? (a name in any script, "
                                              "an e-mail or an id)"))
            if not ok or not spec.strip():
                return False
        try:
            contact = lookup.resolve(self.journal, spec)
            if self._push_guest(guest, contact.id) is None:
                meetings.match_guest(self.journal, guest, contact.id)
                self._changed({"contacts", "interactions"})
        except KizunaError as e:
            plain.warn(self, self.tr("Match to a contact"), i18n_message(e))
            return False
        return True

    def ignore(self) -> None:
        """Ignore the selected attendee; in the window one step of the undo stack (a
        mis-click would otherwise hide that address at every meeting for good)."""
        guest = self.selected_guest_id()
        if guest is None:
            return
        stack = getattr(self.window_ref, "undo_stack", None)
        if stack is None:
            meetings.ignore_guest(self.journal, guest)
            self.refresh()
            return
        from kizuna_desktop.ui import commands
        from kizuna_desktop.ui.meetings_commands import IgnoreGuest

        label = next((g.label for m in self.meetings for g in m.guests if g.id == guest), "")
        try:
            commands.push(stack, IgnoreGuest(self.journal, self.window_ref.notify, guest,
                                             label))
        except KizunaError as e:
            plain.warn(self, self.tr("Ignore"), i18n_message(e))

    # "How did it go?" ---------------------------------------------------------------------
    def _ask(self, due: list) -> None:
        """Ask once per meeting that has ended (and not while a question is open)."""
        if self.review_dialog is not None and self.review_dialog.isVisible():
            return
        due = [m for m in due if m.id not in self.asked]
        if not due:
            return
        from kizuna_desktop.ui.meeting_review_dialog import MeetingReviewDialog

        m = due[0]
        self.asked.add(m.id)
        window = self.window_ref
        dialog = MeetingReviewDialog(
            self.journal, m, self, now_fn=self.now_fn, tz=self._tz(),
            stack=getattr(window, "undo_stack", None),
            notify=getattr(window, "notify", None))
        dialog.reviewed.connect(lambda: self._changed({"interactions", "followups"}))
        self.review_dialog = dialog
        self.review_requested.emit(m.id)
        dialog.open()


def install(window) -> MeetingsView:
    """Add the view to the main window (View > Meetings ahead, Ctrl+Shift+E: Ctrl+Shift+M is
    Tools > Meishi) and its line to the status bar."""
    view = MeetingsView(window.journal, window=window)
    name = QCoreApplication.translate("MeetingsView", "Meetings ahead")
    window.add_view(name, view, shortcut="Ctrl+Shift+E")
    view.status_label = plain.label()
    view.status_label.setObjectName("nextMeeting")
    window.statusBar().addPermanentWidget(view.status_label)
    view._update_status_line()
    QTimer.singleShot(0, view.ask_reviews)
    return view
