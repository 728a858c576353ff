"""View > Organisations' buttons, clicked: Merge into… asks which organisation and merges the
selected one into it (clicked(bool) once passed its "checked" False as the target id)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from kizuna_desktop.services import organizations
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.organizations_view import OrganizationsView


def _answer(kind, act) -> None:
    """Act on the real modal box of ``kind`` once it is open."""
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, kind):
            act(box)
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(0, answer)


def test_merge_into_button_merges_the_selected_into_the_chosen(qtbot, journal):
    a = organizations.create(journal, organizations.OrganizationInput(name_ja="東雲物産"))
    b = organizations.create(journal, organizations.OrganizationInput(name_ja="東雲物産株式会社"))
    w = MainWindow(journal)
    qtbot.addWidget(w)
    view = OrganizationsView(w)
    qtbot.addWidget(view)
    view.select(a.id)
    button = next(x for x in view.findChildren(QPushButton) if x.text() == "Merge into…")

    def choose(box: QInputDialog) -> None:
        box.setTextValue(next(o.both_names for o in organizations.list_all(journal)
                              if o.id == b.id))
        _answer(QMessageBox, lambda m: m.button(QMessageBox.StandardButton.Yes).click())
        box.accept()

    _answer(QInputDialog, choose)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [o.id for o in organizations.list_all(journal)] == [b.id])
