"""Quick log (Ctrl+L): what happened, when (now by default), where, who else was there (a
completer over contacts), a summary and notes. Also edits a logged interaction.

The time typed is the wall-clock time in the zone chosen beside it: the journal's home zone by
default, the laptop's current zone and the zones used lately one click away, any IANA zone
typed. The field itself is zone-less (UTC spec), so the laptop's own DST gaps never move it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import QKeySequence, QShortcut
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
from kizuna_desktop.i18n import message as i18n_message
from kizuna_desktop.services import clock, search
from kizuna_desktop.services.interactions import InteractionInput, InteractionView
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import InteractionKind
from kizuna_desktop.text import zones
from kizuna_desktop.ui import palette, plain
from kizuna_desktop.ui.contacts_pane import family_first
from kizuna_desktop.ui.icons import kind_icon, label

ROLE_ID = Qt.ItemDataRole.UserRole
_UTC = QTimeZone(QTimeZone.Initialization.UTC)


def _wall(d: datetime) -> QDateTime:
    """A wall-clock time for the time field (which holds it as UTC, i.e. as written)."""
    return QDateTime(QDate(d.year, d.month, d.day), QTime(d.hour, d.minute), _UTC)


class ZoneChooser(QComboBox):
    """The zone a typed time means: home, this computer's, recent ones; any IANA name typed."""

    def __init__(self, home: str, here: str, recent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.home, self.here = home, here
        for name in dict.fromkeys([home, here, *recent]):
            notes = [w for w, z in ((self.tr("home"), home), (self.tr("this computer"), here))
                     if z == name]
            self.addItem(f"{name} ({', '.join(notes)})" if notes else name, name)
        everything = QCompleter(zones.all_names(), self)
        everything.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        everything.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(everything)
        longest = max(len(self.itemText(i)) for i in range(self.count()))
        self.setMinimumContentsLength(min(max(longest, 18), 34))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.lineEdit().setCursorPosition(0))
        self.lineEdit().setCursorPosition(0)

    def zone(self) -> str:
        """The chosen zone's IANA name (raises zones.ZoneError for a name that is none)."""
        i = self.findText(self.currentText())
        name = self.itemData(i) if i >= 0 else self.currentText().strip()
        return zones.canonical(name)

    def set_zone(self, name: str) -> None:
        i = self.findData(name)
        if i < 0:
            self.addItem(name, name)
            i = self.count() - 1
        self.setCurrentIndex(i)


class QuickLogDialog(QDialog):
    def __init__(self, journal: Journal, on_save: Callable[[InteractionInput], None],
                 people: list[tuple[int, str]], interaction: InteractionView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.on_save = on_save
        self.setWindowTitle(self.tr("Edit interaction") if interaction
                            else self.tr("Log an interaction"))
        self.resize(520, 520)
        self.kind = QComboBox()
        for k in InteractionKind:
            self.kind.addItem(kind_icon(k.value), label(k.value), k.value)
        home = clock.home_zone(journal)
        self.zone = ZoneChooser(home, zones.system_zone_name(), clock.recent_zones(journal))
        self.zone.setToolTip(self.tr("The zone where it happened: the time is read in it"))
        self.zone_note = QLabel()  # "JST · UTC+09:00", or what is wrong with a typed zone
        self.zone_note.setTextFormat(Qt.TextFormat.PlainText)
        self.when = QDateTimeEdit()
        self.when.setTimeZone(_UTC)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._default_when = _wall(zones.local(zones.now_utc(), home))
        self.when.setDateTime(self._default_when)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Their office, an izakaya in Shimbashi, video call…"))
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        self.add_person = QLineEdit()
        self.add_person.setPlaceholderText(self.tr("Add someone else who was there…"))
        self._matches: dict[str, int] = {}
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.add_person.setCompleter(completer)
        self.add_person.textEdited.connect(self._complete)
        self.add_person.returnPressed.connect(lambda: self._picked(self.add_person.text()))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.people.takeItem(self.people.currentRow()))
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What it was about, in one line"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the field, never typed
        self.notes.setPlaceholderText(self.tr("What was discussed, what was promised, personal "
                                              "details worth remembering…"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.error, palette.Role.ALERT)
        self.error.setWordWrap(True)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.zone.setAccessibleName(self.tr("Time zone where it happened"))
        self.people.setAccessibleName(self.tr("Who was there"))
        self.add_person.setAccessibleName(self.tr("Add someone else who was there"))

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.zone, 1)
        when_row.addWidget(self.zone_note)
        form.addRow(self.tr("When"), when_row)
        # The chosen zone as the journal's home (where new entries happen by default).
        self.make_home = QPushButton(self.tr("Make home zone"))
        self.make_home.setToolTip(self.tr("New entries will default to this zone"))
        self.make_home.clicked.connect(self._make_home)
        when_row.addWidget(self.make_home)
        form.addRow(self.tr("Where"), self.place)
        people_box = QVBoxLayout()
        people_box.addWidget(self.people)
        row = QHBoxLayout()
        row.addWidget(self.add_person, 1)
        row.addWidget(remove)
        people_box.addLayout(row)
        form.addRow(self.tr("Who was there"), people_box)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # Enter in a one-line field moves on (or picks the person typed); it never saves.
        # Ctrl+Enter saves from anywhere, the notes included.
        for b in buttons.buttons():
            b.setAutoDefault(False)
            b.setDefault(False)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        root = QVBoxLayout(self)
        root.addLayout(form, 1)
        root.addWidget(self.error)
        root.addWidget(buttons)

        if interaction is not None:
            self.kind.setCurrentIndex(self.kind.findData(interaction.kind.value))
            self.zone.set_zone(interaction.zone)
            self.when.setDateTime(_wall(interaction.local))
            self._default_when = None
            self.place.setText(interaction.place)
            self.summary.setText(interaction.summary)
            self.notes.setPlainText(interaction.notes)
            people = [(p.id, p.name) for p in interaction.participants]
        for cid, name in people:
            self.add(cid, name)
        self.zone.currentTextChanged.connect(self._zone_changed)
        self.when.dateTimeChanged.connect(lambda _dt: self._show_zone())
        self._show_zone()
        self._initial = self.snapshot()
        self.summary.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter (without Ctrl) in a one-line field or list moves to the next field; the
        people picker's own Enter picks the person (see _picked)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.focusWidget() is not self.add_person or not self.add_person.text():
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def wall_time(self) -> datetime:
        """The time typed, as written (naive)."""
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def _zone_changed(self, _text: str) -> None:
        # "Now" follows the zone until the time is typed: now there, not here.
        if self._default_when is not None and self.when.dateTime() == self._default_when:
            try:
                self._default_when = _wall(zones.local(zones.now_utc(), self.zone.zone()))
                self.when.setDateTime(self._default_when)
            except zones.ZoneError:
                pass
        self._show_zone()

    def _show_zone(self) -> None:
        try:
            # The offset really used: a time in a gap moves forward, one that happens twice
            # is its first occurrence (zones.place, the rule of kizuna log and brief).
            placed = zones.place(self.wall_time(), zones.get(self.zone.zone()))
            at = placed.when
        except zones.ZoneError as e:
            self.zone_note.setText(i18n_message(e))
            palette.tint(self.zone_note, palette.Role.ALERT)
            self.make_home.setEnabled(False)
            return
        off = at.utcoffset()
        minutes = int(off.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        self.zone_note.setText(f"{zones.abbreviation(at)} · UTC{sign}{abs(minutes) // 60:02d}:"
                               f"{abs(minutes) % 60:02d}"
                               + (f" — {placed.short}" if placed.short else ""))
        # the whole sentence, as kizuna log says it (it quotes the zone as typed)
        self.zone_note.setToolTip(plain.tooltip(placed.note))
        palette.tint(self.zone_note, None)
        self.make_home.setEnabled(self.zone.zone() != self.zone.home)

    def _make_home(self) -> None:
        try:
            name = clock.set_home_zone(self.journal, self.zone.zone())
        except (zones.ZoneError, ValidationError) as e:
            self.error.setText(i18n_message(e))
            return
        self.zone.home = name
        for i in range(self.zone.count()):  # the "(home)" note moves with it
            z = self.zone.itemData(i)
            notes = [w for w, h in ((QCoreApplication.translate("ZoneChooser", "home"), name),
                                    (QCoreApplication.translate("ZoneChooser", "this computer"),
                                     self.zone.here)) if h == z]
            self.zone.setItemText(i, f"{z} ({', '.join(notes)})" if notes else z)
        self._show_zone()

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
            found = search.page(self.journal, search.ContactFilter(text=text), 0, 50)
            for c in family_first(text, found)[:15]:  # family names first
                shown = f"{c.display} — {c.role}" if c.role else c.display
                self._matches[shown] = c.id
        self._completions.setStringList(list(self._matches))

    def _picked(self, text: str) -> None:
        cid = self._matches.get(text)
        if cid is None and self._matches:  # Enter with none chosen: the first (best) match
            text, cid = next(iter(self._matches.items()))
        if cid is not None:
            self.add(cid, text.split(" — ")[0])
            self.add_person.clear()
            # The completer writes its choice into the field after this: cleared again then.
            QTimer.singleShot(0, self.add_person.clear)

    def data(self) -> InteractionInput:
        """What was typed; the time is read in the chosen zone (zones.ZoneError if the zone
        typed is none)."""
        zone = self.zone.zone()
        return InteractionInput(
            kind=InteractionKind(self.kind.currentData()),
            occurred_at=zones.place(self.wall_time(), zones.get(zone)).when, zone=zone,
            participant_ids=self.participant_ids(), place=self.place.text(),
            summary=self.summary.text(), notes=self.notes.toPlainText())

    def snapshot(self) -> tuple:
        return (self.kind.currentData(), self.when.dateTime().toString(), self.place.text(),
                tuple(self.participant_ids()), self.summary.text(), self.notes.toPlainText(),
                self.zone.currentText())

    def save(self) -> None:
        left = self.add_person.text().strip()
        if left:  # never saved without the person typed, silently
            self.error.setText(self.tr("Not saved: “{0}” is not among the people yet: pick "
                                       "them with Enter, or clear the field.").format(left))
            return
        try:
            data = self.data()
        except zones.ZoneError as e:
            self.error.setText(self.tr("Not saved: {0}").format(e))
            return
        try:
            self.on_save(data)
        except ValidationError as e:
            self.error.setText(self.tr("Not saved: {0}").format("; ".join(e.errors.values())))
            return
        self._initial = self.snapshot()
        self.accept()

    def reject(self) -> None:
        if self.snapshot() != self._initial:
            answer = QMessageBox.question(
                self, self.tr("Unsaved interaction"), self.tr("Discard what you typed?"),
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
        self.notes.setTabChangesFocus(True)  # Tab leaves the field, never typed
        self.notes.setMaximumHeight(100)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette.tint(self.error, palette.Role.ALERT)
        form = QFormLayout(self)
        form.addRow(self.tr("What to do"), self.title)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Notes"), self.notes)
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
