"""The main window: contacts, the selected contact's card above its timeline, and the
follow-ups side by side, with menus, a toolbar, one undo stack and a layout that is remembered.

Structure (issue 18): the window holds three controllers (composition, no mixins):
``journal_ctl`` (ui/journal_actions.py: import, export, backups, opening journals, other
programs' changes), ``records`` (ui/record_actions.py: contacts, interactions, follow-ups,
gifts, introductions) and ``tools`` (ui/tool_actions.py: briefings, meishi, check). Their
public methods are reachable on the window too (``window.new_contact()``), see FORWARDED.

Every change is announced by :meth:`MainWindow.notify` with the kinds of data it touched
(ui/commands.py: CONTACTS, INTERACTIONS, FOLLOWUPS, …); each pane, the card and every view
added with :meth:`MainWindow.add_view` decides from them what to refresh (``changed(what)``
or ``data_changed(what)``).

Hooks for other parts of the window: ``window.add_view(name, widget)`` (a dock of its own,
a View menu entry, change notifications) and ``window.card.add_section(title, factory)``
(ui/contact_card.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from kizuna_desktop import __version__
from kizuna_desktop.services import search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import plain
from kizuna_desktop.ui.contact_card import ContactCard
from kizuna_desktop.ui.contacts_pane import ContactsPane
from kizuna_desktop.ui.followups_pane import FollowUpsPane
from kizuna_desktop.ui.journal_actions import JournalController, settings
from kizuna_desktop.ui.record_actions import RecordController
from kizuna_desktop.ui.timeline_pane import TimelinePane
from kizuna_desktop.ui.tool_actions import ToolController
from kizuna_desktop.ui.wording import plural

# Controller methods and attributes reachable on the window (menus, tests, other modules).
FORWARDED = {
    "journal_ctl": (
        "import_contacts", "export", "backup_now", "start_daily_backup", "restore_backup",
        "encrypt_journal", "new_journal", "open_journal", "switch_journal", "start_watching",
        "stop_watching", "poll_other_hands", "absorb_own_change", "check_journal_file",
        "save_copy_as", "undo_refused", "journal_damaged", "backups_in_flight",
        "import_dialog"),
    "records": (
        "new_contact", "edit_contact", "toggle_archive", "delete_selected", "delete_contact",
        "merge_contacts", "log_interaction", "offer_thank_you", "edit_interaction",
        "new_follow_up", "new_follow_up_for", "toggle_current_follow_up", "toggle_follow_up",
        "snooze", "edit_follow_up", "new_gift", "edit_gift", "new_introduction",
        "edit_introduction", "edit_timeline_item", "delete_timeline_record",
        "show_organizations", "editor", "quick_log", "follow_up_dialog", "gift_dialog",
        "introduction_dialog", "merge_dialog", "organizations_view", "last_logged"),
    "tools": ("brief_selected", "brief_meeting", "write_briefing", "open_meishi",
              "check_journal", "briefing_dialog", "meishi_dialog", "last_briefing"),
}


MIDDLE_MIN = 180  # the card and timeline's narrowest width, in pixels
FOLLOW_UPS_MIN = 160  # the follow-ups pane's


def _forward(controller: str, name: str) -> property:
    return property(lambda self: getattr(getattr(self, controller), name),
                    doc=f"``self.{controller}.{name}``")


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal, *, is_demo: bool = False):
        super().__init__()
        self.journal = journal
        self.is_demo = is_demo
        self.undo_stack = QUndoStack(self)
        self.journal_ctl = JournalController(self)
        self.records = RecordController(self)
        self.tools = ToolController(self)
        self.views: dict[str, QWidget] = {}  # added with add_view
        self._pending_views: dict[str, QDockWidget] = {}  # add_lazy_view's, not built yet
        self._view_builders: dict[str, object] = {}
        self.contacts = ContactsPane(journal)
        self.card = ContactCard(journal)
        self.timeline = TimelinePane(journal)
        self.follow_ups = FollowUpsPane(journal)
        self.middle = QSplitter(Qt.Orientation.Vertical)  # the card above the timeline
        self.middle.addWidget(self.card)
        self.middle.addWidget(self.timeline)
        self.middle.setChildrenCollapsible(False)
        self.middle.setStretchFactor(0, 2)
        self.middle.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.contacts, self.middle, self.follow_ups):
            self.splitter.addWidget(pane)
        self.splitter.setChildrenCollapsible(False)
        for i, stretch in enumerate((4, 4, 3)):
            self.splitter.setStretchFactor(i, stretch)
        self.setCentralWidget(self.splitter)
        # Each pane keeps a width it can be read at (a follow-up's title wraps in two or
        # three lines, the card's labels beside their values) however the handles are
        # dragged; the three fit a window of 780 pixels.
        self.middle.setMinimumWidth(MIDDLE_MIN)
        self.follow_ups.setMinimumWidth(FOLLOW_UPS_MIN)
        # Until a layout is remembered (or the user drags a handle), the panes share the
        # window by default_sizes() at whatever width it gets (maximised on a 1366 × 768
        # laptop, or on a 1920 × 1080 screen), not by the splitter's stretch from 1280.
        self._default_layout = True
        self.splitter.splitterMoved.connect(self._layout_chosen)
        self.resize(1280, 800)
        self._fit_screen()
        self.splitter.setSizes(self.default_sizes(self.width()))
        self.middle.setSizes([360, 420])
        # The status bar: the temporary message in a label of its own on the left (elided
        # when long, the whole of it in the tooltip), a gap, then the permanent counts and
        # the journal's path: a long message never runs into them.
        self.message_line = MessageLine()
        self.message_line.setObjectName("status-message")
        self.statusBar().messageChanged.connect(self.message_line.set_message)
        self.statusBar().addPermanentWidget(self.message_line, 1)
        self.status_line = QLabel()  # the permanent line: counts and the journal's path
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line.setObjectName("status-counts")
        self.status_line.setContentsMargins(12, 0, 0, 0)  # apart from the message
        self.statusBar().addPermanentWidget(self.status_line)

        self._build_actions()
        self._build_keyboard()
        self.contacts.selection_changed.connect(self._contacts_selected)
        self.contacts.activated.connect(lambda _cid: self.edit_contact())
        self.contacts.empty_action.connect(self._empty_action)
        self.timeline.interaction_activated.connect(self.edit_interaction)
        self.timeline.record_activated.connect(self.edit_timeline_item)
        self.follow_ups.contact_selected.connect(self._follow_up_contact)
        self.follow_ups.toggle_done.connect(self.toggle_follow_up)
        self.follow_ups.edit_requested.connect(self.edit_follow_up)
        self.follow_ups.suggestion_activated.connect(self.new_follow_up_for)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.follow_ups.loaded.connect(self.update_status)
        self.contacts.model.counted.connect(self.update_status)
        self.follow_ups.reload_in_background()
        self.update_title()
        self.update_status()
        from kizuna_desktop.ui import meetings_view  # View > Meetings ahead (issue 23)

        self.meetings = meetings_view.install(self)
        from kizuna_desktop.ui import network_view  # View > Circle and introductions (24)

        self.network = network_view.install(self)
        self.new_year = None  # View > New Year cards (issue 25): built when first shown
        self.add_lazy_view(QCoreApplication.translate("NewYearView", "New Year cards"),
                           self._build_new_year, shortcut="Ctrl+Shift+Y")
        self.restore_layout()
        from kizuna_desktop.ui import preferences_dialog  # Edit > Preferences (issue 22)

        preferences_dialog.install(self)  # after the layout: the Latin order is a preference
        self.journal_ctl._remember_journal(journal.path)
        self.start_watching()  # changes by other programs refresh the panes

    # hooks for other parts of the window -------------------------------------------------
    def add_view(self, name: str, widget: QWidget, *, shortcut: str | None = None,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 visible: bool = False) -> QDockWidget:
        """Add a view of its own (Meetings ahead, Who can introduce me, …): a dock titled
        ``name`` with an entry in the View menu that shows it. If the widget has
        ``data_changed(what: frozenset[str])`` it is called after every change (the kinds of
        ui/commands.py); ``set_journal(journal)`` when another journal is opened.
        For a view announced with :meth:`add_lazy_view`, its dock and menu entry are
        used."""
        dock = self._pending_views.pop(name, None)
        if dock is not None:
            dock.setWidget(widget)
            self.views[name] = widget
            return dock
        dock = self._new_dock(name, area, shortcut, widget)
        dock.setVisible(visible)
        self.views[name] = widget
        return dock

    def _new_dock(self, name: str, area: Qt.DockWidgetArea, shortcut: str | None,
                  widget: QWidget | None = None) -> QDockWidget:
        """A view's dock (its object name is what a saved layout restores it by) and its
        entry in the View menu."""
        dock = QDockWidget(name, self)
        dock.setObjectName(f"view-{name}")
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        action = dock.toggleViewAction()
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.view_menu.addAction(action)
        return dock

    def add_lazy_view(self, name: str, build, *, shortcut: str | None = None,
                      area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
                      ) -> QDockWidget:
        """A view that is not on the first screen, built the first time it is shown (its
        View menu entry or shortcut, or a layout restored with it open): the dock and the
        menu entry now, ``build()`` then, which calls :meth:`add_view` with the same name.
        Nothing of it is imported or read at start-up."""
        dock = self._new_dock(name, area, shortcut)
        dock.setVisible(False)
        self._pending_views[name] = dock
        self._view_builders[name] = build

        def first_shown(visible: bool) -> None:
            if visible and self._pending_views.get(name) is dock:
                build()

        dock.visibilityChanged.connect(first_shown)
        return dock

    def _build_restored_views(self) -> None:
        """A layout restored with a lazy view open: it is on the first screen, so it is
        built now, before the window lays itself out (not a moment after, shifting it)."""
        for name, dock in list(self._pending_views.items()):
            if not dock.isHidden():
                self._view_builders[name]()

    def _build_new_year(self) -> None:
        from kizuna_desktop.ui import new_year_view

        self.new_year = new_year_view.install(self)

    # actions ------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        return a

    def _build_actions(self) -> None:
        A = self._action
        K = QKeySequence.StandardKey
        self.new_journal_action = A(self.tr("&New journal…"),
                                    self.new_journal)  # Ctrl+N: new contact
        self.open_journal_action = A(self.tr("&Open journal…"), self.open_journal, K.Open)
        self.quit_action = A(self.tr("&Quit"), self.close, K.Quit)
        self.import_action = A(self.tr("&Import contacts…"), self.import_contacts, "Ctrl+I",
                               self.tr("vCard or CSV (LinkedIn, business-card apps, Excel)"))
        self.export_actions = {
            fmt: A(label, lambda fmt=fmt: self.export(fmt)) for fmt, label in (
                ("vcard", self.tr("Contacts as vCard 3.0…")),
                ("vcard4", self.tr("Contacts as vCard 4.0…")),
                ("csv", self.tr("Contacts as CSV (Excel)…")),
                ("ics", self.tr("Follow-ups and birthdays as a calendar (.ics)…")),
                ("archive", self.tr("Whole journal as an archive…")))}
        self.backup_action = A(self.tr("&Back up now"), self.backup_now)
        self.restore_action = A(self.tr("&Restore from a backup…"), self.restore_backup)
        self.save_copy_action = A(self.tr("Save a &copy as…"), self.save_copy_as)
        self.encrypt_action = A(self.tr("&Encrypt journal…"), self.encrypt_journal)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = A(self.tr("&Find contact"), self.focus_search, "Ctrl+F")
        self.new_contact_action = A(self.tr("&New contact…"), self.new_contact, "Ctrl+N",
                                    self.tr("Add a contact"))
        self.edit_contact_action = A(self.tr("&Edit contact…"), self.edit_contact,
                                     "Ctrl+E")
        self.archive_action = A(self.tr("&Archive or unarchive"), self.toggle_archive,
                                "Ctrl+Shift+A")
        self.delete_action = A(self.tr("&Delete…"), self.delete_selected,
                               QKeySequence.StandardKey.Delete,
                               self.tr("Delete the selected contact, interaction or follow-up"))
        self.log_action = A(self.tr("&Log interaction…"), self.log_interaction, "Ctrl+L",
                            self.tr("Log a meeting, meal, call… with the selected contact"))
        self.edit_interaction_action = A(self.tr("Edit &interaction…"), self.edit_interaction)
        self.new_follow_up_action = A(self.tr("New &follow-up…"), self.new_follow_up,
                                      "Ctrl+Shift+F")
        self.gift_action = A(self.tr("New &gift or favour…"), self.new_gift, "Ctrl+G",
                             self.tr("Record a gift or favour given to or received "
                                     "from the contact"))
        self.introduction_action = A(self.tr("Record an &introduction…"), self.new_introduction,
                                     "Ctrl+Shift+I", self.tr("Who introduced whom to whom"))
        self.organizations_action = A(self.tr("&Organisations"), self.show_organizations,
                                      "Ctrl+Shift+O",
                                      self.tr("Organisations, their kinds and groups"))
        self.brief_action = A(self.tr("&Briefing…"), self.brief_selected, "Ctrl+B",
                              self.tr("Write a pre-meeting briefing PDF for the "
                                      "selected contacts"))
        self.brief_meeting_action = A(self.tr("Briefing for this &meeting…"), self.brief_meeting,
                                      "Ctrl+Shift+B")
        self.done_action = A(self.tr("Mark &done / not done"), self.toggle_current_follow_up)
        self.snooze_day_action = A(self.tr("Snooze &1 day"), lambda: self.snooze(1))
        self.snooze_week_action = A(self.tr("Snooze 1 &week"), lambda: self.snooze(7))
        self.snooze_pick_action = A(self.tr("Snooze &until…"), lambda: self.snooze(None))
        self.edit_follow_up_action = A(self.tr("&Edit follow-up…"), self.edit_follow_up)
        self.latin_first_action = A(self.tr("Show &Latin names first"), self.toggle_latin_first)
        self.latin_first_action.setCheckable(True)
        self.meishi_action = A(self.tr("&Meishi…"), self.open_meishi, "Ctrl+Shift+M",
                               self.tr("Design and print your bilingual business cards"))
        self.check_action = A(self.tr("&Check journal"), self.check_journal)
        self.about_action = A(self.tr("&About Kizuna Desktop"), self.about)
        self.shortcuts_action = A(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")

        mb = self.menuBar()
        file = mb.addMenu(self.tr("&File"))
        file.addActions([self.new_journal_action, self.open_journal_action])
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.journal_ctl.fill_recent)
        file.addSeparator()
        file.addAction(self.import_action)
        export = file.addMenu(self.tr("&Export"))
        export.addActions(list(self.export_actions.values()))
        file.addSeparator()
        file.addActions([self.backup_action, self.restore_action, self.save_copy_action])
        file.addSeparator()
        file.addAction(self.quit_action)
        edit = mb.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.delete_action])
        contact = mb.addMenu(self.tr("&Contact"))
        contact.addActions([self.new_contact_action, self.edit_contact_action,
                            self.archive_action])
        self.merge_action = contact.addAction(self.tr("&Merge contacts…"),
                                              lambda: self.merge_contacts())
        contact.addSeparator()
        contact.addActions([self.log_action, self.edit_interaction_action,
                            self.new_follow_up_action])
        contact.addActions([self.gift_action, self.introduction_action])
        contact.addSeparator()
        contact.addActions([self.brief_action, self.brief_meeting_action])
        fu = contact.addMenu(self.tr("Follow-&up"))
        fu.addActions([self.done_action, self.snooze_day_action, self.snooze_week_action,
                       self.snooze_pick_action, self.edit_follow_up_action])
        view = self.view_menu = mb.addMenu(self.tr("&View"))
        view.addAction(self.latin_first_action)
        view.addAction(self.organizations_action)
        view.addSeparator()  # views added with add_view come after this
        tools = mb.addMenu(self.tr("&Tools"))
        tools.addActions([self.meishi_action, self.check_action, self.encrypt_action])
        help_ = mb.addMenu(self.tr("&Help"))
        help_.addActions([self.shortcuts_action, self.about_action])

        bar = QToolBar("Main")
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.new_contact_action, self.log_action, self.new_follow_up_action,
                        self.brief_action])
        bar.addSeparator()
        # Undo/Redo on the toolbar keep their width whatever the step's name ("Undo Log
        # meeting" is the Edit menu's and the tooltip's): actions of their own on the stack.
        self.undo_button_action = QAction(self.tr("Undo"), self)
        self.redo_button_action = QAction(self.tr("Redo"), self)
        for action, do, can, changed in (
                (self.undo_button_action, self.undo_stack.undo, self.undo_stack.canUndo,
                 self.undo_stack.canUndoChanged),
                (self.redo_button_action, self.undo_stack.redo, self.undo_stack.canRedo,
                 self.undo_stack.canRedoChanged)):
            action.triggered.connect(lambda _c=False, do=do: do())
            action.setEnabled(can())
            changed.connect(action.setEnabled)
        bar.addActions([self.undo_button_action, self.redo_button_action])
        self.addToolBar(bar)
        for action in (self.undo_button_action, self.redo_button_action):
            button = bar.widgetForAction(action)
            width = max(button.fontMetrics().horizontalAdvance(a.text())
                        for a in (self.undo_button_action, self.redo_button_action)) + 24
            button.setFixedWidth(width)

        for widget, actions in (
            (self.contacts.view, [self.edit_contact_action, self.log_action, self.brief_action,
                                  self.new_follow_up_action, self.gift_action,
                                  self.introduction_action, self.archive_action,
                                  self.delete_action]),
            (self.timeline.tree, [self.edit_interaction_action, self.brief_meeting_action,
                                  self.new_follow_up_action, self.gift_action,
                                  self.introduction_action, self.delete_action]),
            (self.follow_ups.tree, [self.done_action, self.snooze_day_action,
                                    self.snooze_week_action, self.snooze_pick_action,
                                    self.edit_follow_up_action, self.delete_action]),
        ):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            widget.addActions(actions)

    # keyboard -------------------------------------------------------------------------------
    def pane_widgets(self) -> list[QWidget]:
        """The widgets F6 and Tab move between: contacts, the card, timeline, follow-ups
        (Ctrl+1/2/3: contacts, timeline, follow-ups)."""
        first = self.contacts.view
        if self.contacts.is_empty_journal():  # the empty journal's first step instead
            first = self.contacts.empty_buttons["add"]
        return [first, self.card, self.timeline.tree, self.follow_ups.tree]

    def _build_keyboard(self) -> None:
        """Tab and Shift+Tab move from pane to pane (no table keeps Tab to walk its cells);
        F6/Shift+F6 cycle the panes; Ctrl+1/2/3 jump to contacts, timeline, follow-ups."""
        for view in (self.contacts.view, self.timeline.tree, self.follow_ups.tree):
            view.setTabKeyNavigation(False)
        c = self.contacts
        empty = [c.empty_buttons[k] for k in ("add", "import", "demo")]  # hidden: skipped
        order = [c.search, c.tag, c.org, c.cold, c.archived, c.view, *empty,
                 self.card, self.timeline.tree, self.follow_ups.tree]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        for i, (key, name) in ((0, ("Ctrl+1", self.tr("Go to contacts"))),
                               (2, ("Ctrl+2", self.tr("Go to the timeline"))),
                               (3, ("Ctrl+3", self.tr("Go to follow-ups")))):
            a = self._action(name, lambda i=i: self.focus_pane(i), key)
            self.addAction(a)
        self.next_pane_action = self._action(self.tr("Next pane"), lambda: self.cycle_pane(1),
                                             "F6")
        self.previous_pane_action = self._action(self.tr("Previous pane"),
                                                 lambda: self.cycle_pane(-1), "Shift+F6")
        self.addActions([self.next_pane_action, self.previous_pane_action])
        self._search_keys = _SearchKeys(self)
        c.search.installEventFilter(self._search_keys)

    def focus_pane(self, index: int) -> None:
        view = self.pane_widgets()[index]
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if index == 0 and not self.contacts.selected_ids() and self.contacts.model.rows:
            self.contacts.view.selectRow(0)
        elif view is not self.card and index > 0 and view.currentItem() is None \
                and view.topLevelItemCount():
            first = view.topLevelItem(0)
            view.setCurrentItem(first.child(0) if first.childCount() else first)

    def cycle_pane(self, step: int) -> None:
        panes = self.pane_widgets()
        focus = QApplication.focusWidget()
        here = next((i for i, p in enumerate(panes) if focus is p or (
            focus is not None and p.isAncestorOf(focus))), -1)
        if focus in self.contacts.empty_buttons.values():
            here = 0
        if here < 0 and step < 0:
            here = 0
        self.focus_pane((here + step) % len(panes))

    def focused_pane(self) -> str | None:
        """"contacts", "card", "timeline" or "follow_ups": the pane the keyboard focus is
        in."""
        focus = QApplication.focusWidget()
        for name, pane in (("contacts", self.contacts.view), ("card", self.card),
                           ("timeline", self.timeline.tree),
                           ("follow_ups", self.follow_ups.tree)):
            if focus is pane or (focus is not None and pane.isAncestorOf(focus)):
                return name
        return None

    # refreshing ---------------------------------------------------------------------------
    def notify(self, what: frozenset[str], select: int | None) -> None:
        """Called by every command after it changed the journal, with the kinds of data it
        changed (ui/commands.py) and the contact to show (or None: keep the selection).
        Each pane decides from ``what`` whether it has anything to refresh."""
        self.absorb_own_change()
        what = frozenset(what)
        self.contacts.changed(what, select)
        self._sync_selection()  # after a delete: nobody's timeline stays on screen
        self.card.changed(what)
        self.timeline.changed(what)
        self.follow_ups.changed(what)
        for view in self.views.values():
            hook = getattr(view, "data_changed", None)
            if hook is not None:
                hook(what)
        self.update_status()

    def _sync_selection(self) -> None:
        ids = self.contacts.selected_ids()
        shown = ids[0] if len(ids) == 1 else None
        if shown is None and self.timeline.contact_id is not None \
                and self.timeline.contact_id not in self.contacts.model.row_ids() \
                and not self._exists(self.timeline.contact_id):
            self._show_contact(None)
        elif shown is not None and shown != self.timeline.contact_id:
            self._show_contact(shown)
        elif shown is None and len(ids) != 1 and self.timeline.contact_id in ids:
            self._show_contact(None)

    def _exists(self, contact_id: int) -> bool:
        return bool(search.by_ids(self.journal, [contact_id]))

    def _contacts_selected(self, ids: list[int]) -> None:
        shown = ids[0] if len(ids) == 1 else None
        # The same contact selected again (a refresh keeps the selection): notify's
        # changed() decides whether the card and timeline reload, not a second load here.
        if shown is None or shown != self.timeline.contact_id \
                or shown != self.card.contact_id:
            self._show_contact(shown)
        self.update_status()

    def _show_contact(self, contact_id: int | None) -> None:
        """The card and the timeline show this contact (or the hint, for None)."""
        if contact_id is None:
            self.timeline.show_contact(None)
            self.card.show_contact(None)
            return
        c = search.by_ids(self.journal, [contact_id])
        if not c:
            self._show_contact(None)
            return
        self.timeline.show_contact(contact_id, c[0].display)
        self.card.show_contact(contact_id)

    def _follow_up_contact(self, contact_id: int) -> None:
        """A follow-up or suggestion was selected: its contact in the list, and in the card
        and timeline even when the list's filter hides them (said in the status line)."""
        if self.contacts.select(contact_id):
            return
        self.contacts.view.selectionModel().blockSignals(True)
        self.contacts.view.clearSelection()
        self.contacts.view.selectionModel().blockSignals(False)
        self._show_contact(contact_id)
        found = search.by_ids(self.journal, [contact_id])
        if found:
            self.statusBar().showMessage(self.tr("{0} is not in the list as it is filtered; "
                                                 "shown in the card and timeline.")
                                         .format(found[0].display), 8000)

    def reveal_contact(self, contact_id: int) -> bool:
        """Select a contact in the list, clearing the search and filters that hide them
        (with a note in the status line); False if they are not in the journal."""
        if self.contacts.select(contact_id):
            return True
        found = search.by_ids(self.journal, [contact_id])
        if not found:
            return False
        self.contacts.clear_filters(include_archived=found[0].archived)
        ok = self.contacts.select(contact_id)
        self.statusBar().showMessage(self.tr("The search was cleared to show {0}.")
                                     .format(found[0].display), 8000)
        return ok

    def update_status(self) -> None:
        p = self.follow_ups.pane
        overdue = len(p.overdue) if p else 0
        if p is not None and "overdue" in p.more:
            text = self.tr("{0} follow-ups overdue").format(p.shown("overdue"))
        else:
            text = plural(self, "%n follow-up overdue", "%n follow-ups overdue", overdue)
        self.status_line.setText(f"{self.contacts.count_text()} · {text} · {self.journal.path}")

    def _undo_index_changed(self, _index: int) -> None:
        if not isValid(self.undo_stack):
            return
        self.undo_button_action.setToolTip(f"{self.tr('Undo')} {self.undo_stack.undoText()}")
        self.redo_button_action.setToolTip(f"{self.tr('Redo')} {self.undo_stack.redoText()}")
        before = getattr(self, "_undo_index", 0)
        self._undo_index = _index
        if _index < before and self.undo_stack.redoText():  # an undo: say what was undone
            self.statusBar().showMessage(self.tr("Undone: {0}").format(
                self.undo_stack.redoText()), 4000)
        elif self.undo_stack.undoText():
            self.statusBar().showMessage(self.tr("Done: {0}").format(
                self.undo_stack.undoText()), 4000)

    def update_title(self) -> None:
        notes = []
        if self.is_demo:
            notes.append(self.tr("demo"))
        if self.journal.read_only:
            notes.append(self.tr("read-only: open in another window"))
        name = self.journal.path.stem
        extra = f" ({'; '.join(notes)})" if notes else ""
        self.setWindowTitle(self.tr("{0}{1} — Kizuna Desktop").format(name, extra))

    def selected_contact_ids(self) -> list[int]:
        return self.contacts.selected_ids()

    def current_contact_id(self) -> int | None:
        ids = self.selected_contact_ids()
        if ids:
            return ids[0]
        if self.contacts.view.hasFocus():
            return None
        return self.timeline.contact_id  # shown from a follow-up while filtered out

    def focus_search(self) -> None:
        self.contacts.search.setFocus()
        self.contacts.search.selectAll()

    def _empty_action(self, which: str) -> None:
        """The buttons of an empty journal."""
        if which == "add":
            self.new_contact()
        elif which == "import":
            self.import_contacts()
        elif which == "demo":
            self.open_demo()

    def open_demo(self) -> bool:
        """Open (making it if need be) the demo journal beside the user's journals."""
        from kizuna_desktop import paths
        from kizuna_desktop.services import demo

        path = paths.demo_path()  # the one `kizuna --demo-if-missing` opens
        if not self.switch_journal(path, create=True):
            return False
        if demo.is_empty(self.journal):
            demo.write_demo(self.journal)
            self.notify(cmd.ALL, None)
        self.is_demo = True
        self.update_title()
        return True

    # view and help ------------------------------------------------------------------------
    def toggle_latin_first(self) -> None:
        self.contacts.model.set_latin_first(self.latin_first_action.isChecked())
        self.contacts.refresh()

    def about_text(self) -> str:
        return self.tr("Kizuna Desktop {0}\nAn offline relationship journal for business in "
                       "Japan.\nJapanese fonts: IPAex (IPA Font License).").format(__version__)

    def about(self) -> None:
        """Help > About: version, licences, where things are (ui/about_dialog.py)."""
        from kizuna_desktop.ui.preferences_dialog import open_about

        open_about(self)

    def show_shortcuts(self) -> None:
        """F1: every shortcut in two aligned columns, grouped by menu (ui/shortcuts_dialog)."""
        from kizuna_desktop.ui.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self, [
            (self.tr("Mark the selected follow-up done"), self.tr("Space")),
            (self.tr("Open the selected contact or entry"), self.tr("Enter")),
            (self.tr("From the search box into the list"), self.tr("Down"))])
        self.shortcuts_dialog.open()

    # layout -------------------------------------------------------------------------------
    def _fit_screen(self) -> None:
        """The first size no taller than the screen's free height (a 1366 × 768 laptop has
        about 730 pixels under its panel: 800 put the status bar below the screen's edge)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            if 0 < free.height() < self.height():
                self.resize(self.width(), max(free.height(), self.minimumSizeHint().height()))

    def default_sizes(self, width: int) -> list[int]:
        """The panes' widths for a window ``width`` wide: the contact list as wide as its
        columns need (every header whole, the organisation column ORG_MIN) between a third
        and 45 % of the window, the follow-ups a quarter, the card and timeline the rest
        (at least 30 %, else the list gives way)."""
        avail = max(width - 2 * self.splitter.handleWidth() - 2, 3)
        floor = self.contacts.minimumSizeHint().width()
        contacts = max(floor, min(self.contacts.needed_width(), round(avail * 0.45)),
                       round(avail * 0.34))
        follow_ups = max(FOLLOW_UPS_MIN, round(avail * 0.25))
        middle_wanted = max(MIDDLE_MIN, round(avail * 0.30))
        if avail - contacts - follow_ups < middle_wanted:
            contacts = max(floor, avail - follow_ups - middle_wanted)
        return [contacts, max(avail - contacts - follow_ups, MIDDLE_MIN), follow_ups]

    def _layout_chosen(self) -> None:
        self._default_layout = False  # the user dragged a handle: theirs from now on

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._default_layout and event.size().width() != event.oldSize().width():
            # the splitter is laid out before this runs: its width leaves out open docks
            self.splitter.setSizes(self.default_sizes(self.splitter.width() + 2
                                                      if self.splitter.isVisible()
                                                      else event.size().width()))

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/card-splitter", self.middle.saveState())
        s.setValue("contacts/header", self.contacts.view.horizontalHeader().saveState())
        s.sync()

    def restore_layout(self) -> None:
        s = settings()
        for key, fn in (("window/geometry", self.restoreGeometry),
                        ("window/state", self.restoreState),
                        ("window/splitter", self.splitter.restoreState),
                        ("window/card-splitter", self.middle.restoreState),
                        ("contacts/header",
                         self.contacts.view.horizontalHeader().restoreState)):
            value = s.value(key)
            if value is not None:
                fn(value)
                if key == "window/splitter":
                    self._default_layout = False  # the remembered widths, as they were
        self._build_restored_views()
        # Column widths are kept, not a sort by another column: the window opens in the
        # list's own order (a remembered sort would load and sort thousands at start-up).
        self.contacts.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # The Latin name order is a preference (settings.py), set by preferences_dialog.install;
        # QSettings keeps only geometry and layout.

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.check_journal_file)  # replaced, moved or deleted?
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.save_layout()
        self.stop_watching()
        super().closeEvent(event)


for _controller, _names in FORWARDED.items():
    for _name in _names:
        setattr(MainWindow, _name, _forward(_controller, _name))


class MessageLine(QLabel):
    """The status bar's temporary message (QStatusBar.showMessage, an action's status tip):
    shown elided to the width it has, the whole message in its tooltip, plain text."""

    def __init__(self):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message = ""

    def set_message(self, text: str) -> None:
        self.message = text
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.message, Qt.TextElideMode.ElideRight,
                                              max(self.width() - 4, 0))
        self.setText(shown)
        self.setToolTip(plain.tooltip(self.message) if shown != self.message else "")
        self.setAccessibleName(self.message)


class _SearchKeys(QObject):
    """Down (or Enter) in the search box enters the list with the first row selected."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            c = self.w.contacts
            c.apply_filter_now()
            if c.model.rows:
                c.view.setFocus(Qt.FocusReason.TabFocusReason)
                c.view.selectRow(0)
                return True
        return False
