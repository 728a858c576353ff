"""The follow-ups pane: overdue (marked), today, this week, later, recently done, and contacts
whose keep-in-touch cadence has lapsed as suggestions. Space marks done."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout, QWidget
from shiboken6 import isValid

from kizuna_desktop import i18n
from kizuna_desktop.services import followups
from kizuna_desktop.services.followups import FollowUpView
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import palette, plain
from kizuna_desktop.ui.timeline_delegate import WrappingTree

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_CONTACT = Qt.ItemDataRole.UserRole + 2
OVERDUE = palette.Role.ALERT  # colours come from the palette (light or dark), never fixed
PER_SECTION = 50  # items a section shows at first; "Show more" adds MORE at a time
MORE = 100


class FollowUpTree(WrappingTree):  # long titles wrap instead of ending in "…"
    space_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.space_pressed.emit()
            return
        super().keyPressEvent(event)


class FollowUpsPane(QWidget):
    contact_selected = Signal(int)
    toggle_done = Signal(int)  # follow-up id
    edit_requested = Signal(int)
    suggestion_activated = Signal(int)  # contact id

    def __init__(self, journal: Journal):
        super().__init__()
        self.journal = journal
        self.tree = FollowUpTree()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Follow-ups"))
        palette.follow_items(self.tree)  # recoloured when the palette changes
        self.tree.setIndentation(10)
        self.tree.setUniformRowHeights(False)
        self.tree.currentItemChanged.connect(self._current)
        self.tree.itemActivated.connect(self._activated)
        self.tree.space_pressed.connect(self._space)
        self.tree.itemChanged.connect(self._checked)
        self.summary = QLabel()
        self.limits: dict[str, int] = {}  # sections the user asked to see more of
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel(self.tr("<b>Follow-ups</b>")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.pane: followups.Pane | None = None
        self.summary.setText(self.tr("Loading follow-ups…"))

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.limits = {}
        self.reload()

    loaded = Signal()

    # The kinds of change (ui/commands.py) that change the sections: names and cadences
    # (suggestions) are the contacts', last contact comes from interactions.
    WATCHES = frozenset({cmd.FOLLOWUPS, cmd.CONTACTS, cmd.INTERACTIONS})

    def changed(self, what: frozenset[str]) -> None:
        if what & self.WATCHES:
            self.reload()

    def reload(self) -> None:
        today = datetime.now().date()
        self.show_pane(followups.pane(self.journal, today, PER_SECTION, limits=self.limits),
                       today)

    def reload_in_background(self) -> None:
        """At start-up: the sections are computed off the UI thread, so the window shows at
        once on a large journal and fills this pane a moment later."""
        from kizuna_desktop.ui.jobs import run_in_background

        today = datetime.now().date()
        journal = self.journal
        limits = dict(self.limits)
        run_in_background(lambda: followups.pane(journal, today, PER_SECTION, limits=limits),
                          lambda pane: self.show_pane(pane, today)
                          if isValid(self) and journal is self.journal else None,
                          lambda e: self.summary.setText(self.tr("Follow-ups: {0}").format(e))
                          if isValid(self) else None)

    def show_pane(self, pane: followups.Pane, today) -> None:
        keep = self.current_follow_up_id()
        self.pane = pane
        self.tree.blockSignals(True)
        self.tree.clear()
        sections = [("overdue", self.tr("Overdue"), pane.overdue, OVERDUE),
                    ("today", self.tr("Today"), pane.today, None),
                    ("this_week", self.tr("This week"), pane.this_week, None),
                    ("later", self.tr("Later"), pane.later, None),
                    ("recently_done", self.tr("Recently done"), pane.recently_done,
                     palette.Role.MUTED)]
        for key, title, items, colour in sections:
            if not items:
                continue
            head = self._header(f"{title} ({pane.shown(key)})", colour)
            for f in items:
                self._add(head, f, today, colour)
            self._more(head, key, pane)
        if pane.suggestions:
            head = self._header(self.tr("Get in touch ({0})").format(pane.shown("suggestions")),
                                palette.Role.ACCENT)
            for s in pane.suggestions:
                since = (self.tr("never") if s.days_since is None
                         else self.tr("today") if s.days_since == 0
                         else self.tr("1 day ago") if s.days_since == 1
                         else self.tr("{0} days ago").format(s.days_since))
                line = self.tr("last {0}; every {1} d").format(since, s.cadence_days)
                item = QTreeWidgetItem(head, [f"{s.contact_name}\n{line}"])
                item.setData(0, ROLE_KIND, "suggestion")
                item.setData(0, ROLE_CONTACT, s.contact_id)
            self._more(head, "suggestions", pane)
        self.tree.blockSignals(False)
        self.summary.setText(self.tr("{0} overdue").format(pane.shown("overdue")) if pane.overdue
                             else self.tr("Nothing overdue"))
        if keep is not None:
            self.select_follow_up(keep)
        self.loaded.emit()

    def _more(self, head: QTreeWidgetItem, key: str, pane: followups.Pane) -> None:
        """A last item of a section cut at its limit: activating it shows MORE of it."""
        if key not in pane.more:
            return
        item = QTreeWidgetItem(head, [self.tr("Show {0} more…").format(MORE)])
        palette.set_item_role(item, palette.Role.ACCENT)
        item.setData(0, ROLE_KIND, "more")
        item.setData(0, ROLE_ID, key)
        item.setToolTip(0, self.tr("Double-click or press Enter"))

    def show_more(self, key: str) -> None:
        shown = self.limits.get(key, PER_SECTION)
        self.limits[key] = shown + MORE
        self.reload()

    def _header(self, text: str, colour: palette.Role | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        if colour is not None:
            palette.set_item_role(item, colour)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setExpanded(True)
        return item

    def _add(self, head: QTreeWidgetItem, f: FollowUpView, today, colour) -> None:
        due = f.effective_due
        when = self.tr("today") if due == today else i18n.short_date(due)  # 12月1日(火)
        snoozed = self.tr(" (snoozed)") if f.state.value == "snoozed" else ""
        item = QTreeWidgetItem(head, [f"{f.title}\n{f.contact_name} · {when}{snoozed}"])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        done = f.state.value == "done"
        item.setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        item.setToolTip(0, plain.tooltip(f"{f.title}\n{f.contact_name}, due {due:%Y-%m-%d}"
                                         f"{snoozed}"))
        item.setData(0, ROLE_KIND, "follow_up")
        item.setData(0, ROLE_ID, f.id)
        item.setData(0, ROLE_CONTACT, f.contact_id)
        if colour is not None:
            palette.set_item_role(item, colour)

    def items(self) -> list[QTreeWidgetItem]:
        out = []
        for h in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(h)
            out += [head.child(i) for i in range(head.childCount())]
        return out

    def section_titles(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def current_follow_up_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, ROLE_KIND) == "follow_up":
            return item.data(0, ROLE_ID)
        return None

    def select_follow_up(self, follow_up_id: int) -> bool:
        for item in self.items():
            if item.data(0, ROLE_KIND) == "follow_up" and item.data(0, ROLE_ID) == follow_up_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _current(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is not None and item.data(0, ROLE_CONTACT) is not None:
            self.contact_selected.emit(item.data(0, ROLE_CONTACT))

    def _checked(self, item: QTreeWidgetItem, column: int) -> None:
        """The checkbox was clicked: the window records it (undoably) and reloads."""
        if column == 0 and item.data(0, ROLE_KIND) == "follow_up":
            fid = item.data(0, ROLE_ID)
            # Later, not inside this signal: the reload it causes rebuilds the tree.
            QTimer.singleShot(0, lambda: self.toggle_done.emit(fid))

    def _space(self) -> None:
        fid = self.current_follow_up_id()
        if fid is not None:
            self.toggle_done.emit(fid)

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ROLE_KIND) == "follow_up":
            self.edit_requested.emit(item.data(0, ROLE_ID))
        elif item.data(0, ROLE_KIND) == "suggestion":
            self.suggestion_activated.emit(item.data(0, ROLE_CONTACT))
        elif item.data(0, ROLE_KIND) == "more":
            key = item.data(0, ROLE_ID)
            QTimer.singleShot(0, lambda: self.show_more(key))  # not while the tree signals
