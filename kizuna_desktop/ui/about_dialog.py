"""Help > About (issue 22.6): the version, the licences of the bundled fonts and of the
libraries the app ships with, and where this journal, its backups, the settings and the log
are. Plain text throughout (paths are user data)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import __version__, paths, settings
from kizuna_desktop.ui import plain

translate = QCoreApplication.translate  # module functions: context "AboutDialog"

# (distribution, what it does for the app, its licence)
LIBRARIES = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python (the window)"),
     QT_TRANSLATE_NOOP("AboutDialog", "LGPL-3.0-only (Qt 6 under the LGPL v3)")),
    ("SQLAlchemy", QT_TRANSLATE_NOOP("AboutDialog", "the journal's database layer"), "MIT"),
    ("alembic", QT_TRANSLATE_NOOP("AboutDialog", "journal upgrades"), "MIT"),
    ("sqlcipher3-binary", QT_TRANSLATE_NOOP("AboutDialog", "encrypted journals (SQLCipher)"),
     "MIT; SQLCipher: BSD-3-Clause"),
    ("sqlcipher3", QT_TRANSLATE_NOOP("AboutDialog", "encrypted journals (SQLCipher)"),
     "zlib; SQLCipher: BSD-3-Clause"),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "PDF briefings and business cards"),
     "BSD-3-Clause"),
    ("pikepdf", QT_TRANSLATE_NOOP("AboutDialog", "PDF/X for print shops"),
     "MPL-2.0 (qpdf: Apache-2.0)"),
    ("fonttools", QT_TRANSLATE_NOOP("AboutDialog", "font coverage for print"), "MIT"),
    ("budoux", QT_TRANSLATE_NOOP("AboutDialog", "Japanese line breaking"), "Apache-2.0"),
    ("pykakasi", QT_TRANSLATE_NOOP("AboutDialog", "readings and romaji"), "GPL-3.0-or-later"),
    ("jaconv", QT_TRANSLATE_NOOP("AboutDialog", "kana conversion"), "MIT"),
    ("segno", QT_TRANSLATE_NOOP("AboutDialog", "QR codes"), "BSD-3-Clause"),
    ("vobject", QT_TRANSLATE_NOOP("AboutDialog", "vCard"), "Apache-2.0"),
    ("icalendar", QT_TRANSLATE_NOOP("AboutDialog", "calendar export"), "BSD-2-Clause"),
    ("phonenumbers", QT_TRANSLATE_NOOP("AboutDialog", "phone numbers"), "Apache-2.0"),
    ("charset-normalizer", QT_TRANSLATE_NOOP("AboutDialog", "CSV files in any encoding"),
     "MIT"),
    ("pillow", QT_TRANSLATE_NOOP("AboutDialog", "contact photos"), "MIT-CMU"),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "the app's folders"), "MIT"),
    ("tzlocal", QT_TRANSLATE_NOOP("AboutDialog", "the computer's time zone"), "MIT"),
    ("tzdata", QT_TRANSLATE_NOOP("AboutDialog", "time zone rules"), "Apache-2.0"),
)

FONTS = (
    ("IPAex Gothic, IPAex Mincho", "IPA Font License Agreement v1.0"),
    (QT_TRANSLATE_NOOP("AboutDialog", "Kizuna Names Mincho (derived from IPAmj Mincho)"),
     "IPA Font License Agreement v1.0"),
)


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def about_text(journal_path: Path | None = None) -> str:
    """The About text: version, fonts, libraries (those installed, with their versions),
    and where things are."""
    from kizuna_desktop import log
    from kizuna_desktop.services import backup

    lines = [f"Kizuna Desktop {__version__}",
             translate("AboutDialog", "An offline relationship journal for business in Japan."),
             "", translate("AboutDialog", "Fonts (in resources/fonts, licence text beside them):")]
    lines += [f"  {translate('AboutDialog', name)} — {licence}" for name, licence in FONTS]
    lines += ["", translate("AboutDialog", "Libraries:")]
    for dist, what, licence in LIBRARIES:
        version = _version(dist)
        if version is not None:
            lines.append(f"  {dist} {version} — {translate('AboutDialog', what)} — "
                         f"{translate('AboutDialog', licence)}")
    lines += ["", translate("AboutDialog", "Where things are:")]
    if journal_path is not None:
        lines.append(translate("AboutDialog", "  This journal: {0}").format(journal_path))
        lines.append(translate("AboutDialog", "  Its backups: {0}").format(
            backup.backups_dir(journal_path)))
    lines.append(translate("AboutDialog", "  The log: {0}").format(log.log_file()))
    lines.append(translate("AboutDialog", "  Preferences: {0}").format(settings.settings_file()))
    lines.append(translate("AboutDialog", "  The app's data folder: {0}").format(
        paths.data_dir()))
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, journal_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Kizuna Desktop"))
        self.resize(680, 520)
        head = plain.label(f"Kizuna Desktop {__version__}")
        font = head.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        head.setFont(font)
        self.text = QPlainTextEdit(about_text(journal_path))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        root = QVBoxLayout(self)
        root.addWidget(head)
        root.addWidget(self.text, 1)
        root.addWidget(buttons)
