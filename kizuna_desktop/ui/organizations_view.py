"""View > Organisations: every organisation with its kind, group and number of people, a
search and a kind filter; New, Edit (double-click) and Merge into…, all undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.kinds import ORGANIZATION_KIND_LABELS
from kizuna_desktop.services import organizations
from kizuna_desktop.ui import plain
from kizuna_desktop.ui import record_commands as rc
from kizuna_desktop.ui.commands import push
from kizuna_desktop.ui.organization_editor import OrganizationEditor
from kizuna_desktop.ui.wording import plural

# kinds.ORGANIZATION_KIND_LABELS (plain Python) marked for the catalogue, context "Kinds"
# (translated with QCoreApplication.translate: self.tr of a variable is never collected)
_KIND_MARKS = (
    QT_TRANSLATE_NOOP("Kinds", "Client"), QT_TRANSLATE_NOOP("Kinds", "Distributor"),
    QT_TRANSLATE_NOOP("Kinds", "Partner"), QT_TRANSLATE_NOOP("Kinds", "Supplier"),
    QT_TRANSLATE_NOOP("Kinds", "Competitor"), QT_TRANSLATE_NOOP("Kinds", "Association"),
    QT_TRANSLATE_NOOP("Kinds", "Chamber of commerce"),
    QT_TRANSLATE_NOOP("Kinds", "University"), QT_TRANSLATE_NOOP("Kinds", "Public body"),
    QT_TRANSLATE_NOOP("Kinds", "Other"),
)

ROLE_ID = Qt.ItemDataRole.UserRole


class OrganizationsView(QDialog):
    """Needs the window's journal, undo stack and notify (to push commands)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Organisations"))
        self.resize(900, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, readings or a group…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, words in ORGANIZATION_KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("Kinds", words), kind.value)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("English name"),
                                              self.tr("Kind"), self.tr("Group"),
                                              self.tr("People")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit())
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.kind.setAccessibleName(self.tr("Show organisations of kind"))
        self.table.setAccessibleName(self.tr("Organisations"))
        self.count = QLabel()
        new = QPushButton(self.tr("New…"))
        new.clicked.connect(self.new)
        edit = QPushButton(self.tr("Edit…"))
        # no argument: clicked(bool) would pass its False as the id
        edit.clicked.connect(lambda: self.edit())
        merge = QPushButton(self.tr("Merge into…"))
        merge.setToolTip(self.tr("Merge the selected organisation into another: its people "
                                 "follow"))
        merge.clicked.connect(lambda: self.merge())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete an organisation nobody has a position at"))
        self.delete_button.clicked.connect(lambda: self.delete())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        from kizuna_desktop.ui import dependency_view  # issue 24

        for b in (new, edit, merge, self.delete_button, *dependency_view.buttons(self)):
            buttons.addWidget(b)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.table, 1)
        root.addLayout(buttons)
        self._typing = QTimer(self, singleShot=True, interval=150)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        window.undo_stack.indexChanged.connect(self._stack_changed)
        self.reload()

    def _stack_changed(self, _index: int) -> None:
        if self.isVisible() and not self.journal.closed:  # an undo or redo elsewhere
            self.reload()

    @property
    def journal(self):
        return self.window_.journal

    def reload(self) -> None:
        current = self.current_id()
        rows = organizations.list_all(self.journal, self.search.text(), limit=2000,
                                      kind=self.kind.currentData())
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, o in enumerate(rows):
            people = self.tr("{0} now, {1} before").format(o.people_now, o.people_before)
            kind = QCoreApplication.translate("Kinds", o.kind_label)
            for c, text in enumerate((o.name_ja, o.name_en, kind, o.group_name, people)):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, o.id)
                self.table.setItem(r, c, item)
        self.count.setText(plural(self, "%n organisation", "%n organisations", len(rows)))
        if current is not None:
            self.select(current)

    def current_id(self) -> int | None:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        return item.data(ROLE_ID) if item else None

    def select(self, organization_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(ROLE_ID) == organization_id:
                self.table.setCurrentCell(r, 0)
                return

    def _push(self, command) -> None:
        push(self.window_.undo_stack, command)

    def new(self) -> OrganizationEditor:
        def save(data):
            command = rc.CreateOrganization(self.journal, self.window_.notify, data)
            self._push(command)
            self.reload()
            self.select(command.view.id)

        self.editor = OrganizationEditor(self.journal, save, None, self)
        self.editor.open()
        return self.editor

    def edit(self, organization_id: int | None = None) -> OrganizationEditor | None:
        oid = organization_id or self.current_id()
        if oid is None:
            return None
        before = organizations.get(self.journal, oid)

        def save(data):
            self._push(rc.EditOrganization(self.journal, self.window_.notify, oid,
                                           before.to_input(), data))
            self.reload()

        self.editor = OrganizationEditor(self.journal, save, before, self)
        self.editor.open()
        return self.editor

    def delete(self) -> bool:
        oid = self.current_id()
        if oid is None:
            return False
        o = organizations.get(self.journal, oid)
        if o.people_now + o.people_before:
            plain.inform(self, self.tr("Delete organisation"), self.tr(
                "{0} has people with positions there; merge it into another instead.").format(
                o.both_names))
            return False
        self._push(rc.DeleteOrganization(self.journal, self.window_.notify, oid))
        self.reload()
        return True

    def merge(self, target_id: int | None = None, confirm: bool = True) -> None:
        oid = self.current_id()
        if oid is None:
            return
        source = organizations.get(self.journal, oid)
        if target_id is None:
            others = [o for o in organizations.list_all(self.journal, limit=5000) if o.id != oid]
            if not others:
                return
            labels = [o.both_names for o in others]
            choice, ok = plain.get_item(
                self, self.tr("Merge organisations"),
                self.tr("Merge {0} into:").format(source.both_names), labels, 0)
            if not ok:
                return
            target_id = others[labels.index(choice)].id
        target = organizations.get(self.journal, target_id)
        if confirm and plain.ask(
            self, self.tr("Merge organisations"),
            self.tr("Merge {0} into {1}? The people there now and before ({2}) move with "
                    "their positions; {0} is removed. You can undo this (Ctrl+Z).").format(
                source.both_names, target.both_names, source.people_now + source.people_before)
        ) != QMessageBox.StandardButton.Yes:
            return
        self._push(rc.MergeOrganizations(self.journal, self.window_.notify, oid, target_id,
                                         self.tr("Merge {0} into {1}").format(source.name,
                                                                              target.name)))
        self.reload()
        self.select(target_id)
