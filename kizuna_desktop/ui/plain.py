"""User text is data: shown as typed, never interpreted as markup (issues 18.10, 19.6).

Qt guesses whether a string is rich text (``Qt::mightBeRichText``) in labels, message boxes
and tooltips: a contact named ``<a href="file:///…">`` became a live link and ``<img src>``
loaded a local file into a tooltip. Labels and message boxes take ``Qt.PlainText``; a tooltip
has no such switch, so its text is escaped into rich text of our own making."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui  # Qt::mightBeRichText lives in QtGui
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows exactly these characters (line breaks kept): as it is
    when Qt would take it for plain text anyway, else escaped into rich text of our own."""
    if not text or not QtGui.mightBeRichText(text):
        return text
    return ("<p style='white-space:pre-wrap'>"
            + html.escape(text).replace("\n", "<br>") + "</p>")


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text."""
    w = QLabel(parent)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setText(text)
    return w


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
                ) -> QMessageBox:
    """A message box whose text is plain and has no clickable links."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = (QMessageBox.StandardButton.Yes
                                               | QMessageBox.StandardButton.No),
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.No,
        ) -> QMessageBox.StandardButton:
    """QMessageBox.question with plain text."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default)
    return QMessageBox.StandardButton(box.exec())


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning with plain text."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.information with plain text."""
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def _plain_labels(dialog: QWidget) -> None:
    for lb in dialog.findChildren(QLabel):
        lb.setTextFormat(Qt.TextFormat.PlainText)


def get_text(parent: QWidget | None, title: str, label_text: str,
             echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
             text: str = "") -> tuple[str, bool]:
    """QInputDialog.getText whose label (often naming a file or a person) is plain text."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label_text)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(text)
    _plain_labels(dialog)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.textValue() if ok else ""), ok


def get_item(parent: QWidget | None, title: str, label_text: str, items: list[str],
             current: int = 0) -> tuple[str, bool]:
    """QInputDialog.getItem (not editable) with a plain-text label."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label_text)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[min(max(current, 0), len(items) - 1)])
    _plain_labels(dialog)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.textValue() if ok else ""), ok
