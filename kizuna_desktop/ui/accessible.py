"""Names for screen readers (issue 18, "Screen readers").

Qt names a field after the label whose buddy it is; a form row whose field is a small layout or
a container (an input with its message line under it, a date with its "known" box) has no buddy,
so the reader announced "edit text" and nothing more. :func:`name_fields` walks a dialog's form
layouts once it is built and gives each row's input the row's label as its buddy and its
accessible name; controls outside a form get theirs where they are made (``setAccessibleName``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: What a person operates (and so what a screen reader must be able to name).
INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QAbstractSlider)


def clean(text: str) -> str:
    """A label's text as a name: no mnemonic ampersand, no trailing colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def first_input(obj: QWidget | QLayout | None) -> QWidget | None:
    """The first thing to type into or pick from inside a field (itself if it is one)."""
    if obj is None:
        return None
    if isinstance(obj, QWidget):
        if isinstance(obj, INTERACTIVE) and not isinstance(obj, QAbstractButton):
            return obj
        if obj.focusProxy() is not None:
            return first_input(obj.focusProxy())
        if obj.layout() is not None:
            return first_input(obj.layout())
        return None
    for i in range(obj.count()):
        item = obj.itemAt(i)
        found = first_input(item.widget() or item.layout())
        if found is not None:
            return found
    return None


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Set ``widget``'s accessible name (and description); returns the widget."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def name_fields(root: QWidget) -> None:
    """Every form row of ``root``: its label becomes the buddy and the accessible name of the
    row's first input, unless the input has a name of its own already."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            if not isinstance(label, QLabel) or not clean(label.text()):
                continue
            target = first_input(field_item.widget() or field_item.layout())
            if target is None:
                continue
            if label.buddy() is None or label.buddy() is not target:
                label.setBuddy(target)
            if not target.accessibleName():
                target.setAccessibleName(clean(label.text()))
