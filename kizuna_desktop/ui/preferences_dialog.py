"""Edit > Preferences (Ctrl+,), issue 22.5: language, Latin name order, the journal's home
zone (kept in the journal), default paper, card size and keep-in-touch cadence, where
briefings and proofs go, the backup folder and how many backups are kept.

Everything but the home zone is stored by settings.py (plain JSON the CLI reads too); the
language applies at the next start, and the dialog says so."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n, settings
from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.services import clock
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import accessible, palette, plain

# Retranslating the running window is not done (its menus, panes and open dialogs are built
# once): a new language applies at the next start, said in both languages.
LANGUAGE_NOTE = ("A new language is used from the next start of Kizuna Desktop.\n"
                 "新しい言語は、Kizuna Desktop の次回起動時から使われます。")


class FolderField(QWidget):
    """A folder: typed, or picked with Choose…; empty means the default named beside it."""

    def __init__(self, value: str, default_hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(value)
        self.edit.setPlaceholderText(default_hint)
        self.edit.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(choose)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"),
                                                  self.edit.text())
        if folder:
            self.edit.setText(folder)

    def value(self) -> str:
        return self.edit.text().strip()


class PreferencesDialog(QDialog):
    def __init__(self, journal: Journal | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Preferences"))
        prefs = settings.preferences()

        # language and names
        self.language = QComboBox()
        system = i18n.system_language()
        self.language.addItem(self.tr("As the system ({0})").format(
            i18n.LANGUAGE_NAMES[system]), "system")
        self.language.addItem("English", "en")
        self.language.addItem("日本語", "ja")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs["language"])))
        # in both languages, whichever the window speaks now: the one who picks the other
        # language may read only that one (the window is not retranslated while it runs)
        from kizuna_desktop.i18n import current

        first, second = LANGUAGE_NOTE.split("\n")  # the interface's own language first
        self.language_note = plain.label(f"{second}\n{first}" if current() == "ja"
                                         else LANGUAGE_NOTE)
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.latin_first = QCheckBox(self.tr("Show Latin names first (Taro Yamada)"))
        self.latin_first.setChecked(prefs["latin_first"])
        self.era = QCheckBox(self.tr("Japanese dates with the era (令和8年12月1日)"))
        self.era.setChecked(prefs["era"])
        self.era.setToolTip(plain.tooltip(self.tr("Applied at the next start.")))

        # the journal's home zone
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.home_zone = ""
        if journal is not None:
            self.home_zone = clock.home_zone(journal)
            self.zone.addItems(clock.zone_choices(journal))
            self.zone.setCurrentText(self.home_zone)
        else:
            self.zone.setEnabled(False)
        self.zone_note = plain.label(self.tr(
            "Kept in the journal: times without a zone are read in it, on every computer."))
        self.zone_note.setWordWrap(True)

        # printing
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(prefs["paper"]))
        self.card_size = QComboBox()
        for key, label in (("jp", self.tr("Japan 91 × 55 mm")), ("us", self.tr("US 3.5 × 2 in")),
                           ("eu", self.tr("Europe 85 × 55 mm"))):
            self.card_size.addItem(label, key)
        self.card_size.setCurrentIndex(self.card_size.findData(prefs["card_size"]))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setSpecialValueText(self.tr("no cadence"))
        self.cadence.setValue(prefs["cadence_days"] or 0)
        self.briefings_dir = FolderField(prefs["briefings_dir"],
                                         self.tr("the folder used last"))
        self.proofs_dir = FolderField(prefs["proofs_dir"], self.tr("your home folder"))

        # backups
        self.backup_dir = FolderField(prefs["backup_dir"],
                                      self.tr("the app's data folder (backups)"))
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 1000)
        self.backup_keep.setValue(prefs["backup_keep"])
        self.backup_keep.setToolTip(plain.tooltip(self.tr(
            "Of each kind: daily, weekly and monthly backups, and those made before an "
            "import, a restore or an encryption change.")))

        general = QGroupBox(self.tr("Language and names"))
        f = QFormLayout(general)
        f.addRow(self.tr("Language"), self.language)
        f.addRow("", self.language_note)
        f.addRow("", self.latin_first)
        f.addRow("", self.era)
        journal_box = QGroupBox(self.tr("This journal"))
        f = QFormLayout(journal_box)
        f.addRow(self.tr("Home time zone"), self.zone)
        f.addRow("", self.zone_note)
        printing = QGroupBox(self.tr("New documents and contacts"))
        f = QFormLayout(printing)
        f.addRow(self.tr("Paper"), self.paper)
        f.addRow(self.tr("Business card size"), self.card_size)
        f.addRow(self.tr("Keep in touch every"), self.cadence)
        f.addRow(self.tr("Briefings go to"), self.briefings_dir)
        f.addRow(self.tr("Meishi proofs go to"), self.proofs_dir)
        backups = QGroupBox(self.tr("Backups"))
        f = QFormLayout(backups)
        f.addRow(self.tr("Backup folder"), self.backup_dir)
        f.addRow(self.tr("Backups kept of each kind (daily, weekly, monthly, before a change)"),
                 self.backup_keep)
        # labels above their fields: beside them, the long one squeezed the folder
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.error = plain.label()
        self.error.setWordWrap(True)
        problems = settings.preference_problems()  # an edited file: each bad value named
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        for w in (general, journal_box, printing, backups, self.error, buttons):
            root.addWidget(w)
        # wide enough for the folders' default texts (「アプリのデータフォルダー（backups）」)
        fm = self.fontMetrics()
        self.setMinimumWidth(max(self.sizeHint().width(), 220 + fm.horizontalAdvance(
            self.tr("Backup folder") + self.backup_dir.edit.placeholderText())))
        palette.tint(self.error, palette.Role.ALERT)
        accessible.name_fields(self)  # the folder rows' line edits get their row's label

    def values(self) -> dict:
        return {
            "language": self.language.currentData(),
            "latin_first": self.latin_first.isChecked(),
            "era": self.era.isChecked(),
            "paper": self.paper.currentData(),
            "card_size": self.card_size.currentData(),
            "cadence_days": self.cadence.value() or None,
            "briefings_dir": self.briefings_dir.value(),
            "proofs_dir": self.proofs_dir.value(),
            "backup_dir": self.backup_dir.value(),
            "backup_keep": self.backup_keep.value(),
        }

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _language_chosen(self) -> None:
        """The note stands out while the choice would change the language at the next start."""
        choice = self.language.currentData()
        chosen = i18n.system_language() if choice == "system" else choice
        font = self.language_note.font()
        font.setBold(chosen != i18n.current())
        self.language_note.setFont(font)

    def save(self) -> None:
        """Stores everything, or nothing and says why: a zone that is not one is named and the
        settings are left as they were."""
        for label, field in ((self.tr("Briefings go to"), self.briefings_dir),
                             (self.tr("Meishi proofs go to"), self.proofs_dir),
                             (self.tr("Backup folder"), self.backup_dir)):
            if not settings.is_folder_value(field.value()):
                self._fail(self.tr("{0}: “{1}” is not a full folder path; give one from the "
                                   "root (such as /home/…) or leave it empty.").format(
                    label, field.value()))
                return
        zone = self.zone.currentText().strip()
        if self.journal is not None and zone and zone != self.home_zone:
            try:
                self.home_zone = clock.set_home_zone(self.journal, zone)
            except ValidationError as e:
                self._fail(self.tr("Home time zone: {0}").format(
                    "; ".join(e.errors.values())))
                return
            except KizunaError as e:
                self._fail(i18n.message(e))
                return
        try:
            settings.save_preferences(self.values())
        except OSError as e:
            self._fail(self.tr("The preferences could not be saved ({0}).").format(
                e.strerror or e))
            return
        self.accept()


# the main window's hook --------------------------------------------------------------------
def _menu_holding(window, action):
    for item in window.menuBar().actions():
        menu = item.menu()
        if menu is not None and action in menu.actions():
            return menu
    return None


def install(window) -> None:
    """Called once the window is built (after its layout is restored): Edit > Preferences…
    (Ctrl+,) in the menu holding Undo (else a new Edit menu). The Latin name order is one
    preference: the View menu's toggle and the dialog both store it in the settings file, and
    the window starts with it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence

    translate = QCoreApplication.translate
    action = QAction(translate("PreferencesDialog", "&Preferences…"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if action.shortcut().isEmpty():  # Linux and Windows have no standard key for it
        action.setShortcut(QKeySequence("Ctrl+,"))
    action.setStatusTip(translate(
        "PreferencesDialog", "Language, home time zone, paper, card size, folders and backups"))
    action.triggered.connect(lambda _checked=False: open_preferences(window))
    undo = getattr(window, "undo_action", None)
    edit_menu = (_menu_holding(window, undo) if undo is not None else None) or \
        window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addSeparator()
    edit_menu.addAction(action)
    window.addAction(action)  # the shortcut works wherever the focus is
    window.preferences_action = action
    latin = getattr(window, "latin_first_action", None)
    if latin is not None:
        wanted = settings.preference("latin_first")
        if latin.isChecked() != wanted:
            latin.trigger()
        latin.toggled.connect(_remember_latin_first)


def _remember_latin_first(on: bool) -> None:
    try:
        settings.save_preferences({"latin_first": bool(on)})
    except OSError:
        pass  # a read-only config folder costs the preference, not the view


def open_preferences(window) -> PreferencesDialog:
    """The dialog, modal to the window; on OK the window follows what applies at once (the
    Latin order)."""
    dialog = PreferencesDialog(getattr(window, "journal", None), window)
    latin = getattr(window, "latin_first_action", None)
    if latin is not None:
        dialog.latin_first.setChecked(latin.isChecked())

    def applied() -> None:
        if latin is not None and latin.isChecked() != settings.preference("latin_first"):
            latin.trigger()

    dialog.accepted.connect(applied)
    dialog.open()
    return dialog


def open_about(window) -> None:
    from kizuna_desktop.ui.about_dialog import AboutDialog

    journal = getattr(window, "journal", None)
    dialog = AboutDialog(getattr(journal, "path", None), window)
    dialog.open()
    window.about_dialog = dialog
