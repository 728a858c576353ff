"""The timeline pane: the selected contact's interactions, gifts and favours, and introductions,
newest first, grouped by month; an interaction's notes open beneath it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n
from kizuna_desktop.i18n import occasion_label
from kizuna_desktop.services import timeline
from kizuna_desktop.services.timeline import Entry
from kizuna_desktop.store import Journal
from kizuna_desktop.text import zones
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import palette, plain
from kizuna_desktop.ui.icons import kind_icon, label
from kizuna_desktop.ui.timeline_delegate import WrappingTree, preview

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_FULL = Qt.ItemDataRole.UserRole + 2  # a note's whole text
ROLE_EXPANDED = Qt.ItemDataRole.UserRole + 3  # the whole note is shown
MORE = "more"


PAGE = 100  # interactions loaded at a time: a few screenfuls; "Show older entries…" for more

class TimelinePane(QWidget):
    interaction_activated = Signal(int)
    record_activated = Signal(str, int)  # a gift, introduction or career step: (kind, id)

    def __init__(self, journal: Journal):
        super().__init__()
        self.journal = journal
        self.contact_id: int | None = None
        self.next_offset: int | None = None
        self._month_items: dict[str, QTreeWidgetItem] = {}
        self.title = QLabel(self.tr("<b>Timeline</b>"))
        self.tree = WrappingTree()  # summaries, places and notes wrap (timeline_delegate)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Timeline"))
        palette.follow_items(self.tree)  # recoloured when the palette changes
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(14)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.space_pressed.connect(self._space)
        self.photo = QLabel()  # the contact's photo beside their name (Records)
        self.photo.setFixedSize(48, 48)
        self.photo.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        head.addWidget(self.photo)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        layout.addWidget(self.tree, 1)
        self.show_contact(None)  # the hint of what to do first

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.show_contact(None)

    def show_contact(self, contact_id: int | None, name: str = "") -> None:
        self.contact_id = contact_id
        self.tree.clear()
        self._month_items.clear()
        self.next_offset = None
        if contact_id is None:
            self.title.setText(self.tr("<b>Timeline</b>"))
            self.photo.hide()
            hint = QTreeWidgetItem([self.tr(
                "Select a contact in the list (or a follow-up) to see their interactions, "
                "gifts and introductions here. Ctrl+L logs an interaction.")])
            hint.setFlags(Qt.ItemFlag.ItemIsEnabled)
            hint.setData(0, ROLE_KIND, "hint")
            self.tree.addTopLevelItem(hint)
            return
        self.title.setText(self.tr("<b>Timeline</b> — {0}").format(_esc(name)))
        self._show_photo(contact_id)
        self._load(0)

    def _show_photo(self, contact_id: int) -> None:
        from PySide6.QtGui import QPixmap

        from kizuna_desktop.errors import NotFoundError
        from kizuna_desktop.services import photos

        try:
            data = photos.get_photo(self.journal, contact_id)
        except NotFoundError:  # deleted (an undone creation): nothing to show
            data = None
        pix = QPixmap()
        if data is None or not pix.loadFromData(data):
            self.photo.hide()
            return
        self.photo.setPixmap(pix.scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))
        self.photo.show()

    # The kinds of change (ui/commands.py) that change what the timeline shows.
    WATCHES = frozenset({cmd.INTERACTIONS, cmd.LEDGER, cmd.INTRODUCTIONS, cmd.POSITIONS,
                         cmd.ORGANIZATIONS, cmd.PHOTOS, cmd.CONTACTS})

    def changed(self, what: frozenset[str]) -> None:
        if what & self.WATCHES:
            self.reload()

    def reload(self) -> None:
        if self.contact_id is not None:
            from kizuna_desktop.services import search

            found = search.by_ids(self.journal, [self.contact_id])
            if found:  # the name as it is now (renamed, or written in another script)
                self.title.setText(self.tr("<b>Timeline</b> — {0}").format(_esc(found[0].display)))
            current = self.current_interaction_id()
            self._show_photo(self.contact_id)
            self.tree.clear()
            self._month_items.clear()
            self._load(0)
            if current is not None:
                self.select_interaction(current)

    def _load(self, offset: int) -> None:
        page = timeline.page(self.journal, self.contact_id, offset, limit=PAGE)
        more = self._more_item()
        if more is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(more))
        for e in page.entries:
            self._add(e)
        self.next_offset = page.next_offset
        if page.next_offset is not None:
            item = QTreeWidgetItem([self.tr("Show older entries…")])
            item.setData(0, ROLE_KIND, MORE)
            palette.set_item_role(item, palette.Role.ACCENT)
            self.tree.addTopLevelItem(item)
        if not page.entries and offset == 0:
            empty = QTreeWidgetItem([self.tr(
                "Nothing logged yet. Press Ctrl+L to log an interaction.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)

    def _more_item(self) -> QTreeWidgetItem | None:
        n = self.tree.topLevelItemCount()
        last = self.tree.topLevelItem(n - 1) if n else None
        return last if last is not None and last.data(0, ROLE_KIND) == MORE else None

    def _month(self, key: str) -> QTreeWidgetItem:
        item = self._month_items.get(key)
        if item is None:  # key "2026-07": shown "2026年7月" / "July 2026"
            item = QTreeWidgetItem([i18n.format_month(int(key[:4]), int(key[5:7]))])
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            self._month_items[key] = item
        return item

    def _add(self, e: Entry) -> None:
        parent = self._month(e.month)
        when = e.local_day  # the date where it happened
        if e.interaction is not None:
            i = e.interaction
            others = ", ".join(p.name for p in i.others(self.contact_id))
            # Its time where it happened, with the zone when the laptop's differs (JST); an
            # all-day entry (a card app's 名刺交換日, an all-day calendar item) its date alone.
            day = i18n.short_date(i.local.date(), weekday=False)
            at = day if i.all_day else \
                zones.label(i.local, day.replace("%", "%%") + " %H:%M")  # 11月20日 10:00
            summary = i.summary or self._no_summary(i.kind.value)
            text = f"{at} · {label(i.kind.value)}\n{summary}"
            where = " · ".join(x for x in (i.place, self.tr("with {0}").format(others)
                                           if others else "") if x)
            if where:
                text += f"\n{where}"
            item = QTreeWidgetItem(parent, [text])
            item.setToolTip(0, plain.tooltip(text))
            item.setIcon(0, kind_icon(i.kind.value))
            item.setData(0, ROLE_KIND, "interaction")
            item.setData(0, ROLE_ID, i.id)
            if i.notes:
                child = QTreeWidgetItem(item)
                child.setData(0, ROLE_FULL, i.notes)
                palette.set_item_role(child, palette.Role.MUTED)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                child.setData(0, ROLE_KIND, "notes")
                child.setData(0, ROLE_ID, i.id)
                self._show_note(child, False)
                item.setExpanded(True)  # the note's first lines are shown under it
        elif e.ledger is not None:
            g = e.ledger
            arrow = self.tr("Given") if g.direction.value == "given" else self.tr("Received")
            value = f" ({g.value:,} {g.currency})" if g.value is not None else ""
            words = occasion_label(g.occasion, short=True)  # お歳暮 oseibo, never the raw value
            occasion = f" · {words}" if words else ""
            text = f"{i18n.short_date(when, weekday=False)} · {arrow} " \
                   f"{label(g.kind.value).lower()}{occasion}\n" \
                   f"{g.description}{value}"
            if g.other_names or (g.contact_id != self.contact_id and g.contact_name):
                names = [n for cid, n in ((g.contact_id, g.contact_name),
                                          *zip(g.others, g.other_names, strict=True))
                         if cid != self.contact_id]
                text += "\n" + self.tr("with {0}").format(", ".join(names))
            item = QTreeWidgetItem(parent, [text])
            item.setIcon(0, kind_icon(g.kind.value))
            item.setData(0, ROLE_KIND, "ledger")
            item.setData(0, ROLE_ID, g.id)
        elif e.career is not None:  # a transfer, promotion or move (Records)
            step = e.career
            heading = {"promotion": self.tr("Promotion"), "transfer": self.tr("Transfer"),
                       "move": self.tr("New organisation"),
                       "concurrent": self.tr("Concurrent role (兼務)")}.get(step.kind,
                                                                          self.tr("Position"))
            item = QTreeWidgetItem(parent, [f"{i18n.short_date(e.local_day, weekday=False)} · "
                                            f"{heading}\n"
                                            f"{step.sentence()}"])
            item.setIcon(0, kind_icon("career"))
            item.setData(0, ROLE_KIND, "career")
            item.setData(0, ROLE_ID, step.position.id)
        else:
            intro = e.introduction
            note = f"\n{intro.note}" if intro.note else ""
            heading = self.tr("Introduction")
            item = QTreeWidgetItem(parent, [f"{i18n.short_date(when, weekday=False)} · "
                                            f"{heading}\n{intro.sentence()}{note}"])
            item.setIcon(0, kind_icon("introduction"))
            item.setData(0, ROLE_KIND, "introduction")
            item.setData(0, ROLE_ID, intro.id)

    def _no_summary(self, kind: str) -> str:
        """What an interaction with no summary says instead: a meishi exchange (as an
        import records one from 名刺交換日) that meishi were exchanged."""
        if kind == "meishi_exchange":
            return self.tr("Exchanged meishi")
        return self.tr("(no summary)")

    def _show_note(self, item: QTreeWidgetItem, full: bool) -> None:
        """A note's first lines, or (full) the whole of it."""
        note = item.data(0, ROLE_FULL)
        short, cut = preview(note)
        if full or not cut:
            text = note + ("\n" + self.tr("▴ Show less") if cut else "")
        else:
            text = short + "…\n" + self.tr("▾ Show the whole note ({0:,} characters)").format(
                len(note))
        item.setText(0, text)
        item.setData(0, ROLE_EXPANDED, bool(full and cut))

    def toggle_note(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ROLE_KIND) == "notes":
            self._show_note(item, not item.data(0, ROLE_EXPANDED))

    def _space(self) -> None:
        """Space on an interaction or its note shows or hides the whole note."""
        item = self.tree.currentItem()
        if item is not None and item.data(0, ROLE_KIND) == "interaction" \
                and item.childCount():
            item = item.child(0)
        if item is not None:
            self.toggle_note(item)

    def note_items(self) -> list[QTreeWidgetItem]:
        return [i.child(k) for i in self.interaction_items() for k in range(i.childCount())
                if i.child(k).data(0, ROLE_KIND) == "notes"]

    def _clicked(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ROLE_KIND) == MORE and self.next_offset is not None:
            self._load(self.next_offset)
        elif item.data(0, ROLE_KIND) == "notes":
            self.toggle_note(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ROLE_KIND) == MORE:
            self._clicked(item)
        elif item.data(0, ROLE_KIND) in ("interaction", "notes"):
            self.interaction_activated.emit(item.data(0, ROLE_ID))
        elif item.data(0, ROLE_KIND) in ("ledger", "introduction", "career"):
            self.record_activated.emit(item.data(0, ROLE_KIND), item.data(0, ROLE_ID))

    def current_kind(self) -> str | None:
        """What the selected line is: "interaction", "ledger", "introduction",
        "career", or None for a month header, a note's line, a hint or nothing."""
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        kind = item.data(0, ROLE_KIND)
        return kind if kind in ("interaction", "ledger", "introduction", "career") else None

    def current_record(self) -> tuple[str | None, int | None]:
        """The kind ("ledger", "introduction", "career") and id of the selected record."""
        item = self.tree.currentItem()
        if item is not None and item.data(0, ROLE_KIND) in ("ledger", "introduction",
                                                            "career"):
            return item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
        return None, None

    def record_items(self, kind: str) -> list[QTreeWidgetItem]:
        out = []
        for m in range(self.tree.topLevelItemCount()):
            month = self.tree.topLevelItem(m)
            out += [month.child(i) for i in range(month.childCount())
                    if month.child(i).data(0, ROLE_KIND) == kind]
        return out

    def current_interaction_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, ROLE_KIND) in ("interaction", "notes"):
            return item.data(0, ROLE_ID)
        return None

    def interaction_items(self) -> list[QTreeWidgetItem]:
        out = []
        for m in range(self.tree.topLevelItemCount()):
            month = self.tree.topLevelItem(m)
            out += [month.child(i) for i in range(month.childCount())
                    if month.child(i).data(0, ROLE_KIND) == "interaction"]
        return out

    def entry_kinds(self) -> list[str]:
        out = []
        for m in range(self.tree.topLevelItemCount()):
            month = self.tree.topLevelItem(m)
            out += [month.child(i).data(0, ROLE_KIND) for i in range(month.childCount())]
        return out

    def select_interaction(self, interaction_id: int) -> None:
        for item in self.interaction_items():
            if item.data(0, ROLE_ID) == interaction_id:
                self.tree.setCurrentItem(item)
                return


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
