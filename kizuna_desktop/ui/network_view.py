"""A contact's circle and "who can introduce me" (issue 24).

The picture: the contact in the middle; on the first ring the user and the people one hop
away, on the second those two hops away, each ring ordered by strength clockwise from the
top, so the same journal always gives the same picture. A ring is made wide enough that no
two names can overlap (neighbouring nodes are at least a label's width plus its height
apart, and the rings a label's width plus its height apart). Lines are as wide as the tie is
strong; a node's colour is its organisation's. The one painting function draws on screen and
into PNG, SVG (QSvgGenerator) and PDF (QPdfWriter).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.i18n import evidence_text
from kizuna_desktop.services import health, network
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.wording import plural

NODE = 9.0  # node radius
FONT_PX = 12
MIN_SCALE = 0.8  # never drawn smaller on screen (names stay ~10 px); the view scrolls instead
RING_MIN = 110.0
PALETTE = ("#1f6f8b", "#b0305a", "#2e6b3a", "#8a5a00", "#6a3d7a", "#a33b20", "#00707a",
           "#4a5a6a", "#7a6a00", "#3f6e8c")
NO_ORG = "#8a8f96"
YOU = "#1d232b"


@dataclass(frozen=True)
class Placed:
    node: network.CircleNode
    at: QPointF
    label: QRectF
    colour: str


@dataclass(frozen=True)
class Layout:
    nodes: list[Placed]
    edges: list[tuple[QPointF, QPointF, float, float]]  # from, to, strength, line width
    bounds: QRectF
    legend: list[tuple[QRectF, str, str]] = ()  # swatch, colour, organisation name
    bends: list[QPointF | None] = ()  # per edge: the control point of a curve around nodes
    note: tuple[QRectF, str] | None = None  # under the legend: who is left out of the picture


_SVG_TEXT = re.compile(r'<text ([^>]*?)\s*>([^<]*)</text>', re.S)
_SVG_X = re.compile(r'\sx="[^"]*"')


def merge_svg_text(svg: str) -> str:
    """Qt writes a name's words (and the space between them) as ``<text>`` elements of their
    own; one name becomes one ``<text>`` again: consecutive ones with nothing but white space
    between them and the same attributes but ``x`` are joined into the first."""
    out: list[str] = []
    last_end = 0
    run: list[re.Match] = []

    def flush() -> None:
        if run:
            first = run[0]
            out.append(f"<text {first.group(1)}\n >"
                       + "".join(m.group(2) for m in run) + "</text>")
            run.clear()

    for m in _SVG_TEXT.finditer(svg):
        gap = svg[last_end:m.start()]
        if run and not gap.strip() and (_SVG_X.sub("", m.group(1))
                                        == _SVG_X.sub("", run[0].group(1))):
            run.append(m)
        else:
            flush()
            out.append(gap)
            run.append(m)
        last_end = m.end()
    flush()
    out.append(svg[last_end:])
    return "".join(out)


def org_colour(org_id: int | None) -> str:
    """An organisation's colour, the same in every picture (drawn from its id)."""
    return NO_ORG if org_id is None else PALETTE[org_id % len(PALETTE)]


def line_width(strength: float) -> float:
    return round(0.6 + 5.0 * strength, 2)


def _font() -> QFont:
    from kizuna_desktop.ui import fonts

    fonts.register()  # else Qt falls back to a system font (radicals in the PDF's text)
    f = QFont("IPAexGothic")
    f.setPixelSize(FONT_PX)
    return f


def left_out_note(circle: network.Circle) -> str:
    """What the picture leaves out, in a sentence ("" when it draws everyone): ring one
    holds the strongest of the contact's ties, ring two the strongest of those two hops
    away through them."""
    shown = {r: sum(1 for n in circle.nodes if n.ring == r and n.id != network.ME)
             for r in (1, 2)}
    out = []
    if circle.ring1_total > shown[1]:
        out.append(QCoreApplication.translate(
            "CircleWidget", "The %1 strongest of %2 ties are drawn.")
            .replace("%1", str(shown[1])).replace("%2", str(circle.ring1_total)))
    if circle.ring2_total > shown[2]:
        out.append(QCoreApplication.translate(
            "CircleWidget", "The %1 strongest of %2 people two hops away are drawn.")
            .replace("%1", str(shown[2])).replace("%2", str(circle.ring2_total)))
    return " ".join(out)


def layout(circle: network.Circle, you: str, note: str = "") -> Layout:
    """Where everything goes: deterministic, names never overlapping; ``note`` (what is
    left out) under the legend."""
    fm = QFontMetricsF(_font())
    text = {n.id: (you if n.id == network.ME else n.name) for n in circle.nodes}
    h = fm.height()
    widths = {i: fm.horizontalAdvance(t) + 6 for i, t in text.items()}
    orgs = sorted({(n.organization, n.organization_id) for n in circle.nodes
                   if n.organization_id is not None and n.id != network.ME})
    rings: dict[int, list[network.CircleNode]] = {}
    for n in circle.nodes:
        rings.setdefault(n.ring, []).append(n)
    widest = max(widths.values(), default=40.0)
    radius = {0: 0.0}
    for r in (1, 2):
        count = len(rings.get(r, []))
        need = (widest + h + 2 * NODE) / (2 * math.sin(math.pi / count)) if count > 1 else 0
        inner = radius[r - 1] + (widest + h + 2 * NODE if r > 1 else RING_MIN)
        radius[r] = max(RING_MIN * r, need, inner)
    placed: list[Placed] = []
    for r, nodes in sorted(rings.items()):
        for k, n in enumerate(nodes):
            angle = -math.pi / 2 + 2 * math.pi * k / len(nodes)
            at = QPointF(radius[r] * math.cos(angle), radius[r] * math.sin(angle))
            w = widths[n.id]
            label = QRectF(at.x() - w / 2, at.y() + NODE + 2, w, h)
            c = YOU if n.id == network.ME else org_colour(n.organization_id)
            placed.append(Placed(n, at, label, c))
    where = {p.node.id: p.at for p in placed}
    drawn = [e for e in circle.edges if e.a in where and e.b in where]
    edges = [(where[e.a], where[e.b], e.strength, line_width(e.strength)) for e in drawn]
    bends = [_bend(where[e.a], where[e.b],
                   [(p.at, _radius(p)) for p in placed if p.node.id not in (e.a, e.b)],
                   [p.label for p in placed if p.node.id not in (e.a, e.b)])
             for e in drawn]
    bounds = QRectF()
    for p in placed:
        bounds = bounds.united(p.label).united(
            QRectF(p.at.x() - NODE, p.at.y() - NODE, 2 * NODE, 2 * NODE))
    legend: list[tuple[QRectF, str, str]] = []
    y = bounds.bottom() + 12
    for name, org_id in orgs:  # the legend under the circle: one line per organisation
        swatch = QRectF(bounds.left(), y + (h - 10) / 2, 10, 10)
        legend.append((swatch, org_colour(org_id), name))
        bounds = bounds.united(QRectF(bounds.left(), y, 16 + fm.horizontalAdvance(name) + 6, h))
        y += h + 2
    written = None
    if note:
        box = QRectF(bounds.left(), y + 4, fm.horizontalAdvance(note) + 6, h)
        written = (box, note)
        bounds = bounds.united(box)
    return Layout(placed, edges, bounds.marginsAdded(QMarginsF(16, 16, 16, 16)), legend, bends,
                  written)


def _radius(p: Placed) -> float:
    return NODE * (1.35 if p.node.ring == 0 else 1.0)


CLEAR = 5.0  # room kept between a line and a node it passes


def curve_point(a: QPointF, c: QPointF | None, z: QPointF, t: float) -> QPointF:
    """The point at ``t`` (0..1) of the line a–z, or of its quadratic curve through ``c``."""
    if c is None:
        return a + (z - a) * t
    u = 1 - t
    return a * (u * u) + c * (2 * u * t) + z * (t * t)


def _clears(a: QPointF, c: QPointF | None, z: QPointF,
            others: list[tuple[QPointF, float]], names: list[QRectF] = ()) -> bool:
    boxes = [n.adjusted(-CLEAR / 2, -CLEAR / 2, CLEAR / 2, CLEAR / 2) for n in names]
    for k in range(1, 40):
        q = curve_point(a, c, z, k / 40)
        for at, r in others:
            if math.hypot(q.x() - at.x(), q.y() - at.y()) < r + CLEAR:
                return False
        if any(b.contains(q) for b in boxes):
            return False
    return True


def _bend(a: QPointF, z: QPointF, others: list[tuple[QPointF, float]],
          names: list[QRectF] = ()) -> QPointF | None:
    """None when the straight line a–z passes no other node; else the control point of a
    curve that goes round them (the smallest bend that clears them, either side), and round
    the other nodes' names too where some bend does; None again when none clears the nodes
    (the line then runs under the node, drawn on top)."""
    if _clears(a, None, z, others):
        return None
    d = z - a
    length = math.hypot(d.x(), d.y()) or 1.0
    normal = QPointF(-d.y() / length, d.x() / length)
    mid = (a + z) * 0.5
    for avoid in (names, ()):  # names as well if it can be done, else the nodes alone
        for step in range(1, 13):
            for side in (1, -1):
                c = mid + normal * (side * step * (NODE + CLEAR) * 1.5)
                if _clears(a, c, z, others, avoid):
                    return c
    return None


def fit_scale(lay: Layout, target: QRectF) -> float:
    """The scale at which ``lay`` fits ``target`` (keeping its proportions)."""
    b = lay.bounds
    return min(target.width() / b.width(), target.height() / b.height()) if b.width() else 1


def paint(painter: QPainter, lay: Layout, target: QRectF, you: str) -> None:
    """Draw ``lay`` scaled into ``target`` (keeping its proportions)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    b = lay.bounds
    scale = fit_scale(lay, target)
    painter.translate(target.center())
    painter.scale(scale, scale)
    painter.translate(-b.center())
    bends = list(lay.bends) or [None] * len(lay.edges)
    for (a, z, _s, width), c in zip(lay.edges, bends, strict=True):
        pen = QPen(QColor("#7b8794"), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if c is None:
            painter.drawLine(a, z)
        else:  # round the nodes in its way
            path = QPainterPath(a)
            path.quadTo(c, z)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
    painter.setFont(_font())
    for p in lay.nodes:
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor(p.colour))
        r = NODE * (1.35 if p.node.ring == 0 else 1.0)
        painter.drawEllipse(p.at, r, r)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))  # names stay legible over the lines
        painter.drawRoundedRect(p.label, 3, 3)
        painter.setPen(QColor("#1d232b"))
        name = you if p.node.id == network.ME else p.node.name
        painter.drawText(p.label, int(Qt.AlignmentFlag.AlignCenter), name)
    for swatch, colour, org in lay.legend:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRect(swatch)
        painter.setPen(QColor("#1d232b"))
        painter.drawText(QPointF(swatch.right() + 6, swatch.bottom()), org)
    if lay.note is not None:
        painter.setPen(QColor("#1d232b"))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(lay.note[0], int(left), lay.note[1])
    painter.restore()


class CircleWidget(QWidget):
    """The picture of one contact's circle."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.circle: network.Circle | None = None
        self.lay: Layout | None = None
        self.setMinimumSize(320, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Circle of the contact"))

    def you(self) -> str:
        return self.tr("you")

    def set_circle(self, circle: network.Circle | None) -> None:
        self.circle = circle
        self.lay = layout(circle, self.you(), left_out_note(circle)) if circle else None
        # on screen never smaller than MIN_SCALE: a full circle in a narrow dock scrolls
        # (in a QScrollArea) rather than shrinking its names out of reading
        if self.lay is not None:
            b = self.lay.bounds
            self.setMinimumSize(max(320, math.ceil(b.width() * MIN_SCALE) + 12),
                                max(260, math.ceil(b.height() * MIN_SCALE) + 12))
        else:
            self.setMinimumSize(320, 260)
        self.update()

    def scale(self) -> float:
        """The scale the picture is drawn at on screen now."""
        if self.lay is None:
            return 1.0
        return fit_scale(self.lay, QRectF(self.rect()).adjusted(6, 6, -6, -6))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        if self.lay is not None:
            paint(p, self.lay, QRectF(self.rect()).adjusted(6, 6, -6, -6), self.you())
        else:
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                       self.tr("Select a contact to see their circle."))
        p.end()

    # export --------------------------------------------------------------------------------
    def _size(self) -> QSize:
        b = self.lay.bounds
        return QSize(int(math.ceil(b.width())), int(math.ceil(b.height())))

    def export_png(self, path: Path, scale: float = 2.0) -> None:
        size = self._size() * scale
        img = QImage(size, QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        paint(p, self.lay, QRectF(0, 0, size.width(), size.height()), self.you())
        p.end()
        if not img.save(str(path), "PNG"):
            raise OSError(self.tr("Could not write %1").replace("%1", str(path)))

    def export_svg(self, path: Path) -> None:
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        size = self._size()
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle(self.tr("Circle of %1").replace("%1", self.circle.nodes[0].name))
        p = QPainter(gen)
        paint(p, self.lay, QRectF(0, 0, size.width(), size.height()), self.you())
        p.end()
        path.write_text(merge_svg_text(path.read_text(encoding="utf-8")), encoding="utf-8")

    def export_pdf(self, path: Path) -> None:
        w = QPdfWriter(str(path))
        size = self._size()
        w.setPageSize(QPageSize(QSizeF(size.width() * 0.75, size.height() * 0.75),
                                QPageSize.Unit.Point))
        w.setPageMargins(QMarginsF(0, 0, 0, 0))
        w.setResolution(96)
        w.setTitle(self.tr("Circle of %1").replace("%1", self.circle.nodes[0].name))
        p = QPainter(w)
        paint(p, self.lay, QRectF(0, 0, p.device().width(), p.device().height()), self.you())
        p.end()


class NetworkView(QWidget):
    """View > Circle and introductions: the selected contact's circle, and the chains by
    which the user can be introduced to them."""

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.contact_id: int | None = None  # the contact shown
        self.wanted: int | None = None  # the contact asked for (shown once read)
        self._job = None
        self.picture = CircleWidget()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.chains = QTreeWidget()
        self.chains.setHeaderLabels([self.tr("Chain"), self.tr("Strength"), self.tr("Evidence")])
        self.chains.setAccessibleName(self.tr("Who can introduce you"))
        buttons = QHBoxLayout()
        self.export_buttons = {}
        for fmt, label in (("png", self.tr("Export PNG…")), ("svg", self.tr("Export SVG…")),
                           ("pdf", self.tr("Export PDF…"))):
            b = QPushButton(label)
            b.clicked.connect(lambda _c=False, fmt=fmt: self.export_dialog(fmt))
            buttons.addWidget(b)
            self.export_buttons[fmt] = b
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Circle of the contact"))
        lay.addWidget(self.scroll, 3)
        lay.addLayout(buttons)
        lay.addWidget(QLabel(self.tr("Who can introduce you")))
        lay.addWidget(self.chains, 2)
        self.show_contact(None)

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.show_contact(None)

    def showEvent(self, event) -> None:  # noqa: N802  (it follows the selection while hidden)
        super().showEvent(event)
        self.show_contact(self.wanted)

    def data_changed(self, _what) -> None:
        self.show_contact(self.wanted)

    def show_contact(self, contact_id: int | None) -> None:
        """Show ``contact_id``'s circle and chains: read off the UI thread (a path search
        at 100,000 contacts takes a good part of a second), shown when read, unless another
        contact was asked for meanwhile."""
        self.wanted = contact_id
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if contact_id is None:
            self.contact_id = None
            self.chains.clear()
            for b in self.export_buttons.values():
                b.setEnabled(False)
            self.title.setText(self.tr("No contact selected"))
            self.picture.set_circle(None)
            return
        from kizuna_desktop.ui.jobs import run_in_background

        journal = self.journal

        def read():
            return (network.circle(journal, contact_id),
                    network.paths(journal, contact_id=contact_id, limit=5))

        def done(got) -> None:
            if self.wanted == contact_id and self.journal is journal:
                self._job = None
                self._show(contact_id, *got)

        def failed(_error) -> None:  # a contact deleted meanwhile
            if self.wanted == contact_id and self.journal is journal:
                self._job = None
                self.show_contact(None)

        self._job = run_in_background(read, done, failed, owner=self)

    def _show(self, contact_id: int, circle: network.Circle, found: network.Paths) -> None:
        self.contact_id = contact_id
        self.chains.clear()
        for b in self.export_buttons.values():
            b.setEnabled(True)
        self.picture.set_circle(circle)
        QTimer.singleShot(0, self._centre)  # once the scroll area has its new range
        self.title.setText(self.tr("Circle of %1").replace("%1", circle.nodes[0].name))
        for c in found.chains:
            top = QTreeWidgetItem([" → ".join([self.tr("you"), *c.people]), f"{c.strength:.2f}",
                                   self.tr("1 hop") if c.hops == 1
                                   else self.tr("%1 hops").replace("%1", str(c.hops))])
            for link in c.links:
                a = self.tr("you") if link.from_id == network.ME else link.from_name
                top.addChild(QTreeWidgetItem([f"{a} → {link.to_name}", f"{link.strength:.2f}",
                                              evidence_text(link)]))
            self.chains.addTopLevelItem(top)
        self.chains.expandAll()
        for col in range(3):
            self.chains.resizeColumnToContents(col)

    def _centre(self) -> None:
        """The contact in the middle of what shows."""
        for bar in (self.scroll.horizontalScrollBar(), self.scroll.verticalScrollBar()):
            bar.setValue((bar.maximum() + bar.minimum()) // 2)

    def export_dialog(self, fmt: str) -> None:
        if self.picture.lay is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the circle"),
                                              f"circle.{fmt}", f"{fmt.upper()} (*.{fmt})")
        if path:
            getattr(self.picture, f"export_{fmt}")(Path(path))


def health_section(journal: Journal, contact_id: int) -> QWidget | None:
    """The card's "Relationship health" section: days since against the cadence, a
    sparkline of the last four quarters, the balance, overdue promises, the hint."""
    got = health.for_contacts(journal, [contact_id]).get(contact_id)
    if got is None:
        return None
    return HealthSection(got)


class Sparkline(QWidget):
    def __init__(self, counts: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.counts = counts
        self.setFixedSize(72, 22)
        self.setAccessibleName(self.tr("Interactions per quarter: %1").replace(
            "%1", ", ".join(str(n) for n in counts)))

    def paintEvent(self, _e) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(self.counts + [1])
        w = self.width() / max(1, len(self.counts))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.palette().highlight())
        for k, n in enumerate(self.counts):
            h = (self.height() - 3) * n / top
            p.drawRect(QRectF(k * w + 2, self.height() - 1 - h, w - 4, max(1.0, h)))
        p.end()


class HealthSection(QWidget):
    def __init__(self, h: health.Health, parent: QWidget | None = None):
        super().__init__(parent)
        words = {"cold": self.tr("Going cold"), "due": self.tr("Due"), "ok": self.tr("Fine"),
                 "never": self.tr("Never met"), "unset": self.tr("No cadence set")}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        if h.days_since is None:
            since = self.tr("no contact yet")
        elif h.cadence_days:
            since = self.tr("%1 days since the last contact, every %2 days").replace(
                "%1", str(h.days_since)).replace("%2", str(h.cadence_days))
        else:
            since = self.tr("%1 days since the last contact").replace("%1", str(h.days_since))
        self.status = QLabel(f"{words[h.status]} · {since}")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        line.addWidget(self.status)
        line.addWidget(Sparkline(h.per_quarter))
        line.addStretch(1)
        lay.addLayout(line)
        # the health figures count introductions too: said so, unlike the gifts section's
        self.balance = QLabel(self.tr("Given %1, received %2 (gifts, favours, introductions)")
                              .replace("%1", str(h.given)).replace("%2", str(h.received))
                              + (" · " + plural(self, "%n promise overdue", "%n promises overdue",
                                                h.overdue_promises)
                                 if h.overdue_promises else ""))
        self.balance.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.balance)
        self.hint = QLabel(self.tr("Give before you ask: an introduction, a useful article, a "
                                   "small gift.") if h.hint else "")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)  # parented first: a parentless label shown is a window
        self.hint.setVisible(bool(h.hint))


def install(window) -> NetworkView:
    """View > Circle and introductions (follows the selected contact), and the card's
    Relationship health section."""
    view = NetworkView(window.journal)
    dock = window.add_view(view.tr("Circle and introductions"), view, shortcut="Ctrl+Shift+K")
    ask = QAction(view.tr("Who can introduce me…"), window)
    ask.setStatusTip(view.tr("Chains of introductions to the selected contact"))

    def show_for_selected() -> None:
        dock.show()
        dock.raise_()
        view.show_contact(window.current_contact_id())

    ask.triggered.connect(lambda _checked=False: show_for_selected())
    window.contacts.view.addAction(ask)  # the contacts list's context menu
    view.ask_action = ask
    window.card.add_section(view.tr("Relationship health"), health_section)
    original = window.card.show_contact

    def follow(contact_id, _show=original):
        _show(contact_id)
        if view.isVisible():
            view.show_contact(contact_id)
        else:
            view.wanted = contact_id  # read when the view is shown

    window.card.show_contact = follow
    return view
