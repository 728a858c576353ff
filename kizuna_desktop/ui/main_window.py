"""The main window. For now a simple three-pane view (contacts, timeline, follow-ups) over the
services; the full panes come with the main-window issue."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import briefing, followups, interactions, search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.jobs import run_in_background

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

        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._build_actions()
        self.search.textChanged.connect(self.refresh_contacts)
        self.contacts.currentItemChanged.connect(self._show_timeline)
        self.refresh_contacts()
        self.refresh_follow_ups()

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu("&Contact")
        self.brief_action = QAction("&Briefing…", self)
        self.brief_action.setShortcut(QKeySequence("Ctrl+B"))
        self.brief_action.setStatusTip("Write a pre-meeting briefing PDF for the selected contacts")
        self.brief_action.triggered.connect(self.brief_selected)
        menu.addAction(self.brief_action)
        self.brief_meeting_action = QAction("Briefing for this &meeting…", self)
        self.brief_meeting_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.brief_meeting_action.triggered.connect(self.brief_meeting)
        menu.addAction(self.brief_meeting_action)
        self.timeline.addAction(self.brief_meeting_action)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.contacts.addAction(self.brief_action)
        self.contacts.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tools = self.menuBar().addMenu("&Tools")
        self.meishi_action = QAction("&Meishi…", self)
        self.meishi_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.meishi_action.setStatusTip("Design and print your bilingual business cards")
        self.meishi_action.triggered.connect(self.open_meishi)
        tools.addAction(self.meishi_action)

    def open_meishi(self) -> None:
        from kizuna_desktop.ui.meishi_dialog import MeishiDialog

        self.meishi_dialog = MeishiDialog(self.journal, self)
        self.meishi_dialog.show()

    def selected_contact_ids(self) -> list[int]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.contacts.selectedItems()]

    def brief_selected(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            self.statusBar().showMessage("Select one or more contacts for a briefing.", 5000)
            return
        self.write_briefing(ids, briefing.Meeting())

    def brief_meeting(self) -> None:
        item = self.timeline.currentItem()
        if item is None:
            self.statusBar().showMessage("Select a meeting in the timeline first.", 5000)
            return
        i = interactions.get(self.journal, item.data(Qt.ItemDataRole.UserRole))
        meeting = briefing.Meeting(title=i.summary, when=i.occurred_at.astimezone(),
                                   place=i.place)
        self.write_briefing([p.id for p in i.participants], meeting)

    def write_briefing(self, ids: list[int], meeting: briefing.Meeting) -> None:
        """Writes the PDF off the UI thread, then opens it in the system's viewer."""
        names = [c.written or c.latin for c in search.by_ids(self.journal, ids)]
        stamp = datetime.now().strftime("%Y-%m-%d %H%M")
        label = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        target = paths.data_dir() / "briefings" / _safe_name(f"Briefing {label} {stamp}.pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        self.brief_action.setEnabled(False)
        self.brief_meeting_action.setEnabled(False)
        self.statusBar().showMessage(f"Writing the briefing for {label}…")
        self.setCursor(Qt.CursorShape.BusyCursor)
        run_in_background(
            lambda: briefing.write_pdf(self.journal, ids, target, meeting),
            self._briefing_done, self._briefing_failed)

    def _briefing_finished(self) -> None:
        self.brief_action.setEnabled(True)
        self.brief_meeting_action.setEnabled(True)
        self.unsetCursor()

    def _briefing_done(self, path) -> None:
        self._briefing_finished()
        self.last_briefing = path
        self.statusBar().showMessage(f"Briefing written to {path}", 10000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _briefing_failed(self, error: Exception) -> None:
        self._briefing_finished()
        message = str(error) if isinstance(error, KizunaError) else (
            f"The briefing could not be written: {error}")
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, "Briefing", message)

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
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, i.id)
            self.timeline.addItem(row)

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


def _safe_name(name: str) -> str:
    return "".join("_" if ch in '/\\:*?"<>|' else ch for ch in name)


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
