"""Colours for meaning (overdue, muted, suggestion, warning) computed from the current QPalette
(issue 18.9), so that text keeps at least 4.5:1 contrast (WCAG 2 relative luminance) against
the backgrounds it is drawn on, in a light scheme and in a dark one alike.

Each role has a design colour (the one a white background gets). Against the palette's
``Window``, ``Base`` and ``AlternateBase`` the colour keeps its hue and saturation and is made
only as much darker (light scheme) or lighter (dark scheme) as the contrast needs. Nothing here
holds a colour for long: widgets tinted with :func:`tint` and tree items marked with
:func:`set_item_role` are recoloured when the application's or the widget's palette changes
(``QEvent.PaletteChange`` / ``ApplicationPaletteChange``), e.g. when the desktop switches to
dark while the app runs; item models ask :func:`brush` at paint time."""

from __future__ import annotations

import enum
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

#: The contrast every role colour keeps against every background (WCAG 2, AA, normal text).
MINIMUM_CONTRAST = 4.5


class Role(enum.Enum):
    """What a coloured text means; the value is its colour on white."""

    ALERT = "#b3261e"    # overdue follow-ups, going cold, errors in a form
    WARNING = "#7a5a00"  # worth a look, not an error (e.g. a meishi line that is long)
    ACCENT = "#1f5fa8"   # suggestions ("Get in touch"), things still to come or pending
    MUTED = "#5f6b7a"    # done, notes under an item, quiet detail


#: The backgrounds text of a role may be drawn on: a dialog or label (Window), an item view
#: (Base), its alternate rows (AlternateBase).
BACKGROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
               QPalette.ColorRole.AlternateBase)

_ITEM_ROLE = Qt.ItemDataRole.UserRole + 0x4C6F  # where a tree item keeps its Role's name


def _channel(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""
    return (0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF())
            + 0.0722 * _channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21)."""
    la, lb = luminance(a), luminance(b)
    if la < lb:
        la, lb = lb, la
    return (la + 0.05) / (lb + 0.05)


def backgrounds(pal: QPalette) -> list[QColor]:
    """The active-group backgrounds a role colour must stand out from."""
    return [pal.color(QPalette.ColorGroup.Active, r) for r in BACKGROUNDS]


def _worst(colour: QColor, bgs: list[QColor]) -> float:
    return min(contrast(colour, bg) for bg in bgs)


def _hsl(h: float, s: float, lightness: float) -> QColor:
    """An HSL colour as the 8-bit RGB it will be drawn in (the contrast is checked on that)."""
    return QColor.fromRgba(QColor.fromHslF(h, s, lightness).rgba())


@lru_cache(maxsize=256)
def _solve(design: str, bg_rgbs: tuple[int, ...]) -> int:
    bgs = [QColor.fromRgba(v) for v in bg_rgbs]
    start = QColor(design)
    if _worst(start, bgs) >= MINIMUM_CONTRAST:
        return start.rgba()
    h, s, lightness, _ = start.getHslF()
    h = max(h, 0.0)  # greys have hue -1
    mean_bg = sum(luminance(bg) for bg in bgs) / len(bgs)
    # Towards black on light backgrounds, towards white on dark ones; of the two ends the one
    # that meets the minimum (or comes closest to it) decides when neither is obvious.
    ends = [0.0, 1.0] if mean_bg > 0.18 else [1.0, 0.0]
    best, best_score = start, _worst(start, bgs)
    for end in ends:
        far = _hsl(h, s, end)
        if _worst(far, bgs) < MINIMUM_CONTRAST:
            if _worst(far, bgs) > best_score:
                best, best_score = far, _worst(far, bgs)
            continue
        # The smallest change of lightness from the design colour that meets the minimum.
        near, bound = lightness, end
        for _ in range(24):
            mid = (near + bound) / 2
            if _worst(_hsl(h, s, mid), bgs) >= MINIMUM_CONTRAST:
                bound = mid
            else:
                near = mid
        return _hsl(h, s, bound).rgba()
    return best.rgba()


_BY_PALETTE: dict[tuple[Role, int], int] = {}  # (role, QPalette.cacheKey()) -> rgba


def colour(role: Role, pal: QPalette | None = None) -> QColor:
    """``role``'s colour for text on ``pal``'s backgrounds (the application's by default).
    Cheap to ask at paint time: a palette's state is remembered by its cache key."""
    if pal is None:
        pal = QApplication.palette()
    key = (role, pal.cacheKey())
    rgba = _BY_PALETTE.get(key)
    if rgba is None:
        if len(_BY_PALETTE) > 512:
            _BY_PALETTE.clear()
        rgba = _BY_PALETTE[key] = _solve(role.value,
                                         tuple(bg.rgba() for bg in backgrounds(pal)))
    return QColor.fromRgba(rgba)


def brush(role: Role, pal: QPalette | None = None) -> QBrush:
    """``colour`` as a brush, e.g. for an item model's ``ForegroundRole``."""
    return QBrush(colour(role, pal))


def dark_palette() -> QPalette:
    """A dark scheme (Fusion-like greys), for tests and screenshots where the platform has none."""
    p = QPalette()
    C = QPalette.ColorRole
    for role, value in ((C.Window, "#323232"), (C.WindowText, "#f0f0f0"), (C.Base, "#1e1e1e"),
                        (C.AlternateBase, "#2a2a2a"), (C.Text, "#f0f0f0"),
                        (C.Button, "#3c3c3c"), (C.ButtonText, "#f0f0f0"),
                        (C.BrightText, "#ff6b6b"), (C.Highlight, "#2a82da"),
                        (C.HighlightedText, "#ffffff"), (C.ToolTipBase, "#202020"),
                        (C.ToolTipText, "#f0f0f0"), (C.PlaceholderText, "#a0a0a0"),
                        (C.Link, "#8ab4f8"), (C.LinkVisited, "#c58af9"), (C.Light, "#505050"),
                        (C.Midlight, "#424242"), (C.Mid, "#5a5a5a"), (C.Dark, "#1a1a1a"),
                        (C.Shadow, "#000000")):
        p.setColor(role, QColor(value))
    for role in (C.WindowText, C.Text, C.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return p


class _Follower(QObject):
    """Recolours its widget when a palette changes (the app's or the widget's own)."""

    EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)

    def __init__(self, widget: QWidget, apply) -> None:
        super().__init__(widget)
        self._apply = apply
        self._busy = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self.EVENTS and not self._busy:
            self._busy = True
            try:
                self._apply()
            finally:
                self._busy = False
        return False


def _apply_tint(widget: QWidget) -> None:
    name = widget.property("kizunaColourRole")
    if not name:
        return
    c = colour(Role[name], widget.palette())
    pal = widget.palette()
    if (pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText) == c
            and pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text) == c):
        return
    own = QPalette()  # only the text roles are the widget's own; backgrounds still inherit
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        own.setColor(group, QPalette.ColorRole.WindowText, c)
        own.setColor(group, QPalette.ColorRole.Text, c)
    widget.setPalette(own)


def tint(widget: QWidget, role: Role | None) -> None:
    """Draw ``widget``'s text (a label, an error line) in ``role``'s colour from now on, kept
    readable when the palette changes; ``None`` gives it the palette's own text colour back."""
    if role is None:
        if widget.property("kizunaColourRole"):
            widget.setProperty("kizunaColourRole", "")
            widget.setPalette(QPalette())
        return
    widget.setProperty("kizunaColourRole", role.name)
    if widget.findChild(_Follower, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _Follower(widget, lambda: _apply_tint(widget))
    _apply_tint(widget)


def tinted_role(widget: QWidget) -> Role | None:
    """The role :func:`tint` gave ``widget`` (None when it has the palette's own colour)."""
    name = widget.property("kizunaColourRole")
    return Role[name] if name else None


def set_item_role(item: QTreeWidgetItem, role: Role | None, column: int = 0) -> None:
    """Colour one column of a tree item by ``role`` (None: the palette's text colour). The tree
    must follow palette changes through :func:`follow_items`."""
    tree = item.treeWidget()
    # A colour is not an edit: a tree's itemChanged (a checkbox ticked, for the follow-ups)
    # must not fire for it.
    was = tree.blockSignals(True) if tree is not None else False
    try:
        item.setData(column, _ITEM_ROLE, role.name if role else None)
        if role is None:
            item.setData(column, Qt.ItemDataRole.ForegroundRole, None)
        else:
            item.setForeground(column, brush(role, tree.palette() if tree else None))
    finally:
        if tree is not None:
            tree.blockSignals(was)


def _recolour_items(tree: QTreeWidget) -> None:
    pal = tree.palette()
    was = tree.blockSignals(True)  # no itemChanged: nothing was edited
    try:
        it = QTreeWidgetItemIterator(tree)
        while it.value() is not None:
            item = it.value()
            for column in range(item.columnCount()):
                name = item.data(column, _ITEM_ROLE)
                if name:
                    item.setForeground(column, brush(Role[name], pal))
            it += 1
    finally:
        tree.blockSignals(was)
    tree.viewport().update()


def follow_items(tree: QTreeWidget) -> None:
    """Recolour the items marked by :func:`set_item_role` whenever ``tree``'s palette changes."""
    if tree.property("kizunaFollowsPalette"):
        return
    tree.setProperty("kizunaFollowsPalette", True)
    _Follower(tree, lambda: _recolour_items(tree))


def _relayout(label: QLabel) -> None:
    text = label.text()
    if text:
        label.setText("")
        label.setText(text)


def follow_links(label: QLabel) -> None:
    """A rich-text label's links take the palette's link colour when the text is set; this
    sets it again when the palette changes, so that a tel:/mailto: link is not left in the
    light scheme's dark blue on a dark background."""
    if label.property("kizunaFollowsLinks"):
        return
    label.setProperty("kizunaFollowsLinks", True)
    _Follower(label, lambda: _relayout(label))
