"""The organisation's dependency view and "who can introduce me" for an organisation
(issue 24), opened from View > Organisations. The same figures as ``kizuna dependency``: the
customers and people reached only through the partner, the partner's people it hangs on, the
last business review, interactions per quarter, and the warning-sign checklist (ticking a
sign keeps it in the journal, dated today; each tick and untick is a step of the window's
undo stack, Ctrl+Z in the dialog too)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n
from kizuna_desktop.i18n import evidence_text
from kizuna_desktop.services import dependency, files, network
from kizuna_desktop.store import Journal
from kizuna_desktop.text import zones


def _label(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    return lab


def _day(day) -> str:
    """2026-06-15, 2026年6月15日 in Japanese: as the paths' evidence and the report write it."""
    return i18n.format_date(day, "ja", weekday=False) if i18n.current() == "ja" \
        else day.isoformat()


class TiesChart(QWidget):
    """The chart of ties, as the report draws it: you on the left, the partner's people in
    the middle, those reached only through them on the right (each beside the rows of its
    roads); a red line where a tie breaks if that person leaves, a dashed one where they are
    one of several roads."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.staff: list[dependency.Person] = []
        self.only: list[dependency.Person] = []
        self.breaks: dict[int, list[int]] = {}
        self.shared: dict[int, list[int]] = {}
        self.setMinimumHeight(40)

    def set_data(self, d: dependency.Dependency) -> None:
        self.staff = list(d.partner_people)
        self.breaks = {h.person.id: [b.id for b in h.breaks] for h in d.people_it_hangs_on}
        self.shared = {h.person.id: [b.id for b in h.one_of_several]
                       for h in d.people_it_hangs_on}
        row = {p.id: k for k, p in enumerate(self.staff)}
        by: dict[int, list[int]] = {}
        for sid, k in row.items():
            for b in self.breaks.get(sid, []) + self.shared.get(sid, []):
                by.setdefault(b, []).append(k)
        n = len(self.staff)
        self.only = sorted(d.people_only_through, key=lambda p: (
            sum(by.get(p.id, [n])) / len(by.get(p.id, [n])), p.name))
        self.setMinimumHeight(self.ROW * max(len(self.staff), len(self.only), 1) + 12)
        self.setAccessibleName(self.tr("Chart of ties: %1 at the partner, %2 only through "
                                       "them").replace("%1", str(len(self.staff)))
                               .replace("%2", str(len(self.only))))
        self.update()

    def _y(self, k: int, n: int) -> float:
        return self.height() / 2 - n * self.ROW / 2 + k * self.ROW + self.ROW / 2

    def paintEvent(self, _e) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        w = self.width()
        xs = (8.0, w * 0.38, w * 0.66)
        you = self.tr("you")
        you_y = self.height() / 2
        text = self.palette().text().color()
        staff_y = {s.id: self._y(k, len(self.staff)) for k, s in enumerate(self.staff)}
        only_y = {o.id: self._y(k, len(self.only)) for k, o in enumerate(self.only)}
        mid_end = xs[1] + max([fm.horizontalAdvance(s.name) for s in self.staff] + [0]) + 8
        for s in self.staff:
            p.setPen(QPen(QColor("#c9ced6"), 1))
            p.drawLine(QPointF(xs[0] + fm.horizontalAdvance(you) + 6, you_y),
                       QPointF(xs[1] - 4, staff_y[s.id]))
            for b in self.shared.get(s.id, []):
                if b in only_y:
                    p.setPen(QPen(QColor("#5a6470"), 1, Qt.PenStyle.DashLine))
                    p.drawLine(QPointF(mid_end, staff_y[s.id]), QPointF(xs[2] - 4, only_y[b]))
            for b in self.breaks.get(s.id, []):
                if b in only_y:
                    p.setPen(QPen(QColor("#a33b20"), 1.6))
                    p.drawLine(QPointF(mid_end, staff_y[s.id]), QPointF(xs[2] - 4, only_y[b]))
        p.setPen(text)
        half = fm.ascent() / 2 - 1
        p.drawText(QPointF(xs[0], you_y + half), you)
        for s in self.staff:
            p.drawText(QPointF(xs[1], staff_y[s.id] + half), s.name)
        for o in self.only:
            label = o.name + (f"（{o.organization}）" if o.organization else "")
            p.drawText(QPointF(xs[2], only_y[o.id] + half),
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(w - xs[2] - 4)))
        p.end()


class QuarterBars(QWidget):
    """Interactions per quarter: four bars, oldest first, each with its count."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: list[int] = []
        self.labels: list[str] = []
        self.setMinimumHeight(90)

    def set_counts(self, counts: list[int], labels: list[str]) -> None:
        self.counts, self.labels = counts, labels
        lines = max([lab.count("\n") + 1 for lab in labels] + [1])
        self.setMinimumHeight(90 + (lines - 1) * self.fontMetrics().height())
        self.setAccessibleName(self.tr("Interactions per quarter: %1").replace(
            "%1", ", ".join(f"{lab} {n}" for lab, n in zip(labels, counts, strict=True))))
        self.update()

    def paintEvent(self, _e) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(self.counts + [1])
        n = max(1, len(self.counts))
        w = self.width() / n
        text_h = self.fontMetrics().height()
        lines = max([lab.count("\n") + 1 for lab in self.labels] + [1])  # Japanese: two
        label_h = text_h * lines
        for k, c in enumerate(self.counts):
            h = (self.height() - text_h - label_h - 6) * c / top
            bar = QRectF(k * w + w * 0.25, self.height() - label_h - 2 - h, w * 0.5, max(1.0, h))
            p.fillRect(bar, self.palette().highlight())
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(k * w, bar.top() - text_h, w, text_h),
                       int(Qt.AlignmentFlag.AlignCenter), str(c))
            p.drawText(QRectF(k * w, self.height() - label_h, w, label_h),
                       int(Qt.AlignmentFlag.AlignCenter), self.labels[k])
        p.end()


class DependencyDialog(QDialog):
    def __init__(self, journal: Journal, organization_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.organization_id = organization_id
        # the window's undo stack (through the Organisations view), when there is one
        window = getattr(parent, "window_", None)
        self.stack = getattr(window, "undo_stack", None)
        self.notify = getattr(window, "notify", None)
        if self.stack is not None:
            for act, keys in ((self.stack.createUndoAction(self, self.tr("Undo")),
                               ["Ctrl+Z"]),
                              (self.stack.createRedoAction(self, self.tr("Redo")),
                               ["Ctrl+Shift+Z", "Ctrl+Y"])):  # as the window's Edit menu
                act.setShortcuts([QKeySequence(k) for k in keys])
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
            self.stack.indexChanged.connect(self._stack_changed)
        self.resize(760, 720)
        self.heading = _label()
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.heading.setFont(f)
        self.review = _label()
        self.customers = QTreeWidget()
        self.customers.setHeaderLabels([self.tr("Customer only through the partner"),
                                        self.tr("People")])
        self.customers.setAccessibleName(self.tr("Customers only through the partner"))
        self.hangs = QTreeWidget()
        self.hangs.setHeaderLabels([self.tr("At the partner"),
                                    self.tr("Lost entirely if they leave"),
                                    self.tr("One of several roads to")])
        self.hangs.setAccessibleName(self.tr("The people it hangs on"))
        self.ties = TiesChart()
        self.bars = QuarterBars()
        self.signs_box = QGroupBox(self.tr("Warning signs"))
        self.signs_grid = QGridLayout(self.signs_box)
        self.checks: dict[str, QCheckBox] = {}
        self.dates: dict[str, QLabel] = {}
        self.seen_on: dict[str, QDateEdit] = {}  # the day each sign was seen
        export = self.export_button = QPushButton(self.tr("Export PDF…"))
        export.setEnabled(False)  # once the figures are read
        export.clicked.connect(lambda: self.export_dialog())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export)
        buttons.addWidget(close)
        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.review)
        root.addWidget(self.customers, 2)
        root.addWidget(self.hangs, 1)
        root.addWidget(_label(self.tr("Chart of ties")))
        root.addWidget(self.ties)
        root.addWidget(_label(self.tr("Interactions with the partner's people per quarter")))
        root.addWidget(self.bars)
        root.addWidget(self.signs_box)
        root.addLayout(buttons)
        self.data: dependency.Dependency | None = None
        self._job = None
        self.heading.setText(self.tr("Reading…"))
        self._after_tick()  # the checklist at once (the figures follow)
        self.reload()

    def reload(self) -> None:
        """Read the figures off the UI thread (the analysis reads every interaction with the
        partner's people) and show them when read."""
        from kizuna_desktop.ui.jobs import run_in_background

        if self._job is not None:
            self._job.cancel()
        journal, oid = self.journal, self.organization_id
        self._job = run_in_background(lambda: dependency.analyse(journal, oid), self._read,
                                      self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.heading.setText(i18n.message(error))

    def _read(self, d: dependency.Dependency) -> None:
        self._job = None
        self.data = d
        self.export_button.setEnabled(True)
        self.setWindowTitle(self.tr("Partner dependency: %1").replace("%1", d.partner))
        self.heading.setText(self.tr("Partner dependency: %1").replace("%1", d.partner))
        self.review.setText(self.tr("Last business review: %1").replace(
            "%1", _day(d.last_business_review) if d.last_business_review
            else self.tr("none recorded")))
        self.customers.clear()
        for c in d.customers_only_through:
            self.customers.addTopLevelItem(QTreeWidgetItem(
                [c.name, "、".join(p.name for p in c.people)]))
        loose = [p for p in d.people_only_through if not p.organization]
        for p in loose:
            self.customers.addTopLevelItem(QTreeWidgetItem([self.tr("(no organisation)"),
                                                            p.name]))
        self.hangs.clear()
        for h in d.people_it_hangs_on:
            self.hangs.addTopLevelItem(QTreeWidgetItem(
                [h.person.name, "、".join(b.name for b in h.breaks),
                 "、".join(b.name for b in h.one_of_several)]))
        for tree in (self.customers, self.hangs):
            tree.setRootIsDecorated(False)
            tree.resizeColumnToContents(0)
        self.hangs.resizeColumnToContents(1)  # its header says what the column means
        self.ties.set_data(d)
        # the quarters dated as the dialog's other dates (2025年12月3日 – / 2026年3月2日)
        self.bars.set_counts(d.interactions_per_quarter,
                             [f"{_day(a + timedelta(days=1))} –\n{_day(b)}"
                              if i18n.current() == "ja"
                              else f"{a + timedelta(days=1):%Y-%m-%d} – {b:%Y-%m-%d}"
                              for a, b in d.quarters])
        self._after_tick()  # as they are now (a tick made while the figures were read)

    def _words(self) -> dict[str, str]:
        return {"controls_access": self.tr("The partner controls all access to the customers"),
                 "no_direct_contacts": self.tr("We have no direct contacts of our own at the "
                                               "customers"),
                 "no_business_review": self.tr("No business review for a year or more"),
                 "one_person": self.tr("The relationship hangs on one person at the partner"),
                 "obligation_over_data": self.tr("Decisions are made from obligation, not from "
                                                 "data")}

    def _after_tick(self) -> None:
        if self.journal.closed:  # (a read delivered after the journal was closed)
            return
        self._show_signs(dependency.signs(self.journal, self.organization_id))  # one small read

    def _show_signs(self, signs: list[dependency.Sign]) -> None:
        words = self._words()
        for row, s in enumerate(signs):
            box = self.checks.get(s.key)
            if box is None:
                box = self.checks[s.key] = QCheckBox(words.get(s.key, s.label))
                box.toggled.connect(lambda on, key=s.key: self._tick(key, on))
                self.dates[s.key] = _label()
                seen = self.seen_on[s.key] = QDateEdit()
                seen.setCalendarPopup(True)
                seen.setDisplayFormat("yyyy年M月d日" if i18n.current() == "ja" else "yyyy-MM-dd")
                seen.setAccessibleName(self.tr("Seen on"))
                seen.setToolTip(self.tr("The day the sign was seen (a tick is dated with it)"))
                seen.dateChanged.connect(lambda _d, key=s.key: self._redate(key))
                self.signs_grid.addWidget(box, row, 0)
                self.signs_grid.addWidget(self.dates[s.key], row, 1)
                self.signs_grid.addWidget(seen, row, 2)
            today = zones.today()
            seen = self.seen_on[s.key]
            seen.blockSignals(True)
            seen.setMaximumDate(QDate(today.year, today.month, today.day))
            day = s.checked_on if s.checked and s.checked_on else today
            seen.setDate(QDate(day.year, day.month, day.day))
            seen.blockSignals(False)
            box.blockSignals(True)
            box.setChecked(s.checked)
            box.blockSignals(False)
            self.dates[s.key].setText(
                self.tr("ticked %1").replace("%1", _day(s.checked_on))
                if s.checked and s.checked_on else "")

    def _seen(self, key: str) -> date:
        q = self.seen_on[key].date()
        return date(q.year(), q.month(), q.day())

    def _redate(self, key: str) -> None:
        """A ticked sign's date changed: the tick is dated anew (one undo step)."""
        if self.checks[key].isChecked():
            self._tick(key, True)

    def _tick(self, key: str, on: bool) -> None:
        day = self._seen(key) if on else None
        if self.stack is not None:
            from kizuna_desktop.ui import commands, dependency_commands

            commands.push(self.stack, dependency_commands.TickSign(
                self.journal, self.notify, self.organization_id, key, on, day))
        else:
            dependency.tick(self.journal, self.organization_id, key, on, on=day)
        self._after_tick()

    def _stack_changed(self, _index: int) -> None:
        if self.isVisible() and not self.journal.closed:  # an undo or redo: as it is now
            self._after_tick()
            self.reload()

    def export_dialog(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"),
                                                  "dependency.pdf", "PDF (*.pdf)")
        if not path:
            return None
        from kizuna_desktop.pdf import dependency_report

        out = Path(path)
        files.write_atomically(out, dependency_report.render(self.data.as_json(),
                                                             zones.today()))
        return out


class OrganizationPathsDialog(QDialog):
    """Who can introduce me to anyone at this organisation (or in its group)."""

    def __init__(self, journal: Journal, organization_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(760, 480)
        self.found: network.Paths | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Chain"), self.tr("Strength"), self.tr("Evidence")])
        self.tree.setAccessibleName(self.tr("Who can introduce you"))
        self.note = _label(self.tr("Searching…"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.tree)
        from kizuna_desktop.ui.jobs import run_in_background

        # off the UI thread: a whole group of a thousand people takes a good part of a second
        run_in_background(lambda: network.paths(journal, organization_id=organization_id),
                          self._found, lambda e: self.note.setText(i18n.message(e)),
                          owner=self)

    def _found(self, found: network.Paths) -> None:
        self.found = found
        self.setWindowTitle(self.tr("Who can introduce you to %1").replace("%1", found.target))
        you = self.tr("you")
        for c in found.chains:
            top = QTreeWidgetItem([" → ".join([you, *c.people]), f"{c.strength:.2f}",
                                   self.tr("1 hop") if c.hops == 1
                                   else self.tr("%1 hops").replace("%1", str(c.hops))])
            for link in c.links:
                a = you if link.from_id == network.ME else link.from_name
                top.addChild(QTreeWidgetItem([f"{a} → {link.to_name}", f"{link.strength:.2f}",
                                              evidence_text(link)]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        self.note.setText("" if found.chains
                          else self.tr("No chain of at most 3 hops reaches anyone there."))
        self.note.setVisible(not found.chains)


def buttons(view) -> list[QPushButton]:
    """The Organisations view's two buttons (for the selected organisation)."""
    dep = QPushButton(view.tr("Dependency…"))
    dep.setToolTip(view.tr("Where the road to customers runs only through this partner"))
    intro = QPushButton(view.tr("Who can introduce me…"))

    def open_with(cls):
        oid = view.current_id()
        if oid is not None:
            dlg = cls(view.journal, oid, view)
            view.last_network_dialog = dlg
            dlg.show()

    dep.clicked.connect(lambda: open_with(DependencyDialog))
    intro.clicked.connect(lambda: open_with(OrganizationPathsDialog))
    return [dep, intro]
