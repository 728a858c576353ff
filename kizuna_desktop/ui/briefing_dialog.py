"""The briefing dialog: what the command line's `kizuna brief` asks, in the window.

The meeting's date and time (in the meeting's own zone), title, place and the people
attending, the paper size and where to save. It remembers the paper and the folder only:
nothing about people or meetings is kept in the settings. The suggested file name carries
the meeting's date, never a person's name (a file name is visible outside an encrypted
journal)."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n
from kizuna_desktop import settings as preferences
from kizuna_desktop.ui import palette

PAPERS = (("a4", "A4"), ("letter", "Letter"))


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) moves to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def settings() -> QSettings:
    return QSettings("Kizuna", "Kizuna Desktop")


def system_zone() -> str:
    """The laptop's current IANA zone (UTC when it cannot be told)."""
    try:
        import tzlocal

        return tzlocal.get_localzone_name() or "UTC"
    except Exception:  # noqa: BLE001 - a zone is a suggestion; UTC is always valid
        return "UTC"


@dataclass(frozen=True)
class BriefingRequest:
    contact_ids: list[int]
    title: str
    when: datetime | None  # aware, in the meeting's zone
    day: date | None  # the date when no time is given
    place: str
    paper: str
    path: Path
    language: str = "en"  # the briefing's language: "en" or "ja" (default: the interface's)


class BriefingDialog(QDialog):
    """Asks for a briefing's meeting and file; ``request()`` gives what was chosen."""

    def __init__(self, people: list[tuple[int, str]], parent: QWidget | None = None, *,
                 title: str = "", when: datetime | None = None, place: str = "",
                 home_zone: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing"))
        self.setAccessibleName(self.tr("Write a pre-meeting briefing"))
        form = QFormLayout()

        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People attending"))
        self.people.setMaximumHeight(110)
        for cid, name in people:
            item = QListWidgetItem(name)  # plain text: a name is data, never markup
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.people.addItem(item)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove the selected person from the briefing"))
        remove.clicked.connect(self._remove_person)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people, 1)
        people_row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(_buddy(self.tr("Atte&nding:"), self.people), people_row)

        self.title = QLineEdit(title)
        self.title.setAccessibleName(self.tr("Meeting title"))
        form.addRow(self.tr("&Title:"), self.title)

        zone = when.tzinfo.key if when is not None and hasattr(when.tzinfo, "key") else (
            home_zone or system_zone())
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Meeting date"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")  # 24-hour in every language
        self.time.setAccessibleName(self.tr("Meeting time"))
        self.timed = QCheckBox(self.tr("at"))
        self.timed.setAccessibleName(self.tr("The meeting has a time"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Time zone of the meeting"))
        first = [z for z in dict.fromkeys((zone, home_zone or "", system_zone())) if z]
        self.zone.addItems(first)
        self.zone.insertSeparator(len(first))
        self.zone.addItems(sorted(zoneinfo.available_timezones() - set(first)))
        self.zone.setCurrentText(zone)
        local = when if when is not None else None
        if local is not None:
            self.date.setDate(QDate(local.year, local.month, local.day))
            self.time.setTime(QTime(local.hour, local.minute))
            self.timed.setChecked(True)
        else:
            self.date.setDate(QDate.currentDate())
            self.time.setTime(QTime(10, 0))
            self.timed.setChecked(False)
        self.timed.toggled.connect(self._timed_changed)
        when_row = QHBoxLayout()
        for w in (self.date, self.timed, self.time, self.zone):
            when_row.addWidget(w)
        form.addRow(_buddy(self.tr("&Date:"), self.date), when_row)

        self.place = QLineEdit(place)
        self.place.setAccessibleName(self.tr("Meeting place"))
        form.addRow(self.tr("&Place:"), self.place)

        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for value, label in PAPERS:
            self.paper.addItem(label, value)
        s = settings()
        prefs = preferences.preferences()
        remembered = str(s.value("briefing/paper", prefs["paper"]))
        self.paper.setCurrentIndex(max(0, self.paper.findData(remembered)))
        form.addRow(self.tr("P&aper:"), self.paper)

        self.language = QComboBox()  # a choice per briefing; the interface's language first
        self.language.setAccessibleName(self.tr("Language of the briefing"))
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(i18n.current()))
        form.addRow(_buddy(self.tr("&Language:"), self.language), self.language)

        folder = (prefs["briefings_dir"] or str(s.value("briefing/folder", ""))
                  or QStandardPaths.writableLocation(
                      QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
        self.path = QLineEdit(str(Path(folder) / self._suggested_name()))
        self.path.setAccessibleName(self.tr("Save the briefing as"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose where to save the briefing"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(_buddy(self.tr("&Save as:"), self.path), path_row)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the briefing"))
        palette.tint(self.error, palette.Role.ALERT)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._timed_changed(self.timed.isChecked())
        self._request: BriefingRequest | None = None
        self.date.dateChanged.connect(self._rename)
        self.time.timeChanged.connect(self._rename)

    # -----------------------------------------------------------------------------------
    def _suggested_name(self) -> str:
        d = self.date.date() if hasattr(self, "date") else QDate.currentDate()
        stamp = d.toString("yyyy-MM-dd")
        if getattr(self, "timed", None) is not None and self.timed.isChecked():
            stamp += " " + self.time.time().toString("HHmm")
        return f"Briefing {stamp}.pdf"

    def _rename(self) -> None:
        """Keeps a suggested name in step with the date until the user types their own."""
        current = Path(self.path.text())
        if current.name.startswith("Briefing ") and current.suffix == ".pdf":
            self.path.setText(str(current.with_name(self._suggested_name())))

    def _timed_changed(self, on: bool) -> None:
        self.time.setEnabled(on)
        self.zone.setEnabled(on)
        self._rename()

    def _remove_person(self) -> None:
        for item in self.people.selectedItems():
            self.people.takeItem(self.people.row(item))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the briefing as"),
                                                self.path.text(), self.tr("PDF (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _accept(self) -> None:
        ids = [self.people.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.people.count())]
        if not ids:
            return self._fail(self.tr("Nobody is attending: add people from the contacts list."))
        text = self.path.text().strip()
        if not text:
            return self._fail(self.tr("Say where to save the briefing."))
        path = Path(text).expanduser()
        if path.is_dir():
            return self._fail(self.tr("“{0}” is a folder: give a file name.").format(path))
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        qd = self.date.date()
        day = date(qd.year(), qd.month(), qd.day())
        when = None
        if self.timed.isChecked():
            try:
                tz = zoneinfo.ZoneInfo(self.zone.currentText().strip())
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                return self._fail(self.tr("“{0}” is not a time zone (e.g. Asia/Tokyo).")
                                  .format(self.zone.currentText()))
            qt = self.time.time()
            when = datetime.combine(day, time(qt.hour(), qt.minute()), tzinfo=tz)
        s = settings()
        s.setValue("briefing/paper", self.paper.currentData())
        s.setValue("briefing/folder", str(path.parent))
        self._request = BriefingRequest(
            contact_ids=ids, title=self.title.text().strip(), when=when,
            day=None if when else day, place=self.place.text().strip(),
            paper=self.paper.currentData(), path=path, language=self.language.currentData())
        self.accept()

    def request(self) -> BriefingRequest | None:
        return self._request
