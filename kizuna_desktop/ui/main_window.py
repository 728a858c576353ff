"""The main window. For now a simple three-pane view (contacts, timeline, follow-ups) over the
services; the full panes come with the main-window issue."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.services import followups, interactions, search
from kizuna_desktop.store import Journal

PAGE = 200


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal, *, is_demo: bool = False):
        super().__init__()
        self.journal = journal
        title = "Kizuna Desktop — " + journal.path.name + (" (demo)" if is_demo else "")
        self.setWindowTitle(title)
        self.resize(1200, 760)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search: kanji, kana, romaji, company, e-mail, #tag")
        self.contacts = QListWidget()
        self.timeline = QListWidget()
        self.follow_ups = QListWidget()
        left = _column("Contacts", self.search, self.contacts)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(_column("Timeline", self.timeline))
        splitter.addWidget(_column("Follow-ups", self.follow_ups))
        splitter.setSizes([380, 480, 340])
        self.setCentralWidget(splitter)

        self.search.textChanged.connect(self.refresh_contacts)
        self.contacts.currentItemChanged.connect(self._show_timeline)
        self.refresh_contacts()
        self.refresh_follow_ups()

    def refresh_contacts(self) -> None:
        f = search.ContactFilter(text=self.search.text())
        rows = search.page(self.journal, f, 0, PAGE)
        total = search.count(self.journal, f)
        self.contacts.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.display}\n{r.reading}  {r.role}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.contacts.addItem(item)
        shown = f"{len(rows)} of {total}" if total > len(rows) else f"{total}"
        self.statusBar().showMessage(f"{shown} contacts — {self.journal.path}")

    def _show_timeline(self, item: QListWidgetItem | None) -> None:
        self.timeline.clear()
        if item is None:
            return
        cid = item.data(Qt.ItemDataRole.UserRole)
        for i in interactions.timeline(self.journal, cid, 0, PAGE):
            when = i.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
            others = ", ".join(p.name for p in i.others(cid))
            text = f"{when}  {i.kind.value}  {i.summary}" + (f"\nwith {others}" if others else "")
            self.timeline.addItem(text)

    def refresh_follow_ups(self) -> None:
        pane = followups.pane(self.journal, datetime.now().date())
        self.follow_ups.clear()
        for label, items in (("Overdue", pane.overdue), ("Today", pane.today),
                             ("This week", pane.this_week), ("Later", pane.later)):
            if not items:
                continue
            header = QListWidgetItem(label)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.follow_ups.addItem(header)
            for f in items:
                self.follow_ups.addItem(f"  {_due(f.effective_due)}  {f.title} — {f.contact_name}")


def _due(d: date) -> str:
    return d.strftime("%m-%d")


def _column(title: str, *widgets: QWidget) -> QWidget:
    w = QWidget()
    layout = QVBoxLayout(w)
    layout.setContentsMargins(4, 4, 4, 4)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    for x in widgets:
        layout.addWidget(x)
    return w
