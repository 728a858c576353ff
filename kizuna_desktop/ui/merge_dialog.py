"""Contact > Merge contacts…: two selected contacts side by side with what the merged contact
will hold; the user picks which one is kept (its id, photo and list place stay) and merges.
The merge goes through the undo stack (ui/commands.MergeContacts)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.i18n import message
from kizuna_desktop.services import contacts, merge
from kizuna_desktop.services.contacts import ContactDetail
from kizuna_desktop.services.names import display
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MethodKind
from kizuna_desktop.ui import plain


def _birthday(d: ContactDetail) -> str:
    from kizuna_desktop.services.dossier import partial_date

    return partial_date(d.birth_year, d.birth_month, d.birth_day) or ""


def _role(d: ContactDetail) -> str:
    cur = d.current_position
    if cur is None:
        return ""
    return ", ".join(x for x in (cur.title, cur.department_ja or cur.department_en,
                                 cur.organization) if x)


ROWS: list[tuple[str, Callable[[ContactDetail], str]]] = [
    (QT_TRANSLATE_NOOP("MergeDialog", "Name"), lambda d: display(d.name_parts)),
    (QT_TRANSLATE_NOOP("MergeDialog", "Reading"),
     lambda d: " ".join(x for x in (d.family_reading, d.given_reading) if x)),
    (QT_TRANSLATE_NOOP("MergeDialog", "Nickname"), lambda d: d.nickname),
    (QT_TRANSLATE_NOOP("MergeDialog", "E-mail"),
     lambda d: "\n".join(m.value for m in d.methods_of(MethodKind.EMAIL))),
    (QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
     lambda d: "\n".join(m.value for m in d.methods_of(MethodKind.PHONE))),
    (QT_TRANSLATE_NOOP("MergeDialog", "Other"),
     lambda d: "\n".join(f"{m.kind.value}: {m.value}" for m in d.methods
                                  if m.kind not in (MethodKind.EMAIL, MethodKind.PHONE))),
    (QT_TRANSLATE_NOOP("MergeDialog", "Address"), lambda d: "\n".join(a.text for a in d.addresses)),
    (QT_TRANSLATE_NOOP("MergeDialog", "Now at"), _role),
    (QT_TRANSLATE_NOOP("MergeDialog", "Positions"),
     lambda d: str(len(d.positions)) if d.positions else ""),
    (QT_TRANSLATE_NOOP("MergeDialog", "Birthday"), _birthday),
    (QT_TRANSLATE_NOOP("MergeDialog", "Tags"), lambda d: ", ".join(d.tags)),
    (QT_TRANSLATE_NOOP("MergeDialog", "Interests"), lambda d: d.interests),
    (QT_TRANSLATE_NOOP("MergeDialog", "Notes"), lambda d: d.notes),
]


class MergeDialog(QDialog):
    def __init__(self, journal: Journal, first_id: int, second_id: int,
                 on_merge: Callable[[int, int, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.on_merge = journal, on_merge
        self.setWindowTitle(self.tr("Merge contacts"))
        self.resize(900, 560)
        self.details = {cid: contacts.get(journal, cid) for cid in (first_id, second_id)}
        self.ids = (first_id, second_id)
        intro = QLabel(self.tr(
            "These two contacts become one. The one you keep keeps its id and "
            "list place; it gains the other's e-mails, phones, addresses, tags, "
            "positions, interactions, follow-ups, gifts and introductions, and "
            "its empty fields are filled. Undo (Ctrl+Z) splits them again."))
        intro.setWordWrap(True)
        self.keep_buttons = QButtonGroup(self)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Keep:")))
        for n, cid in enumerate(self.ids):
            b = QRadioButton(display(self.details[cid].name_parts)
                             + self.tr("  (contact {0})").format(cid))
            self.keep_buttons.addButton(b, n)
            choose.addWidget(b)
        choose.addStretch(1)
        self.keep_buttons.button(0).setChecked(True)
        self.keep_buttons.idToggled.connect(lambda _id, on: on and self._fill())
        self.table = QTableWidget(len(ROWS), 3)
        self.table.setVerticalHeaderLabels([self.tr(label) for label, _ in ROWS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("The two contacts and the result, field by field"))
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(intro)
        root.addLayout(choose)
        root.addWidget(self.table, 1)
        root.addWidget(buttons)
        self._fill()

    @property
    def keep_id(self) -> int:
        return self.ids[self.keep_buttons.checkedId()]

    @property
    def other_id(self) -> int:
        return self.ids[1 - self.keep_buttons.checkedId()]

    def _fill(self) -> None:
        keep, other = self.details[self.keep_id], self.details[self.other_id]
        self.result = merge.preview(self.journal, self.keep_id, self.other_id)
        self.table.setHorizontalHeaderLabels([self.tr("Kept (contact {0})").format(keep.id),
                                              self.tr("Merged in (contact {0})").format(other.id),
                                              self.tr("Result")])
        for r, (_label, value) in enumerate(ROWS):
            for c, d in enumerate((keep, other, self.result)):
                self.table.setItem(r, c, QTableWidgetItem(value(d)))  # plain text
        self.table.resizeRowsToContents()

    def merge(self) -> None:
        keep, other = self.details[self.keep_id], self.details[self.other_id]
        text = self.tr("Merge {0} into {1}").format(display(other.name_parts),
                                                   display(keep.name_parts))
        try:
            self.on_merge(self.keep_id, self.other_id, text)
        except ValidationError as e:
            plain.warn(self, self.tr("Merge contacts"), "\n".join(e.errors.values()))
            return
        except KizunaError as e:
            plain.warn(self, self.tr("Merge contacts"), message(e))
            return
        self.accept()
