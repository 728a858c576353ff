"""Coloured text stays readable (issue 18.9): every role colour of ui/palette.py has at least
4.5:1 contrast (WCAG 2) against every background it is drawn on, in the light Fusion scheme and
in a dark one; the coloured text the real main window shows (follow-ups, contacts, timeline)
and the dialogs' error lines meet it too; and colours follow a palette switched while the app
runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QStyleFactory,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop.ui import palette
from kizuna_desktop.ui.palette import Role, colour, contrast


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


SCHEMES = {"light": light_palette, "dark": palette.dark_palette}


@pytest.fixture
def scheme(qapp):
    """Sets the application palette by name and puts the one before back afterwards."""
    before = QPalette(qapp.palette())

    def use(name: str) -> QPalette:
        qapp.setPalette(SCHEMES[name]())
        return qapp.palette()

    yield use
    qapp.setPalette(before)


def figures(pal: QPalette) -> dict[str, list[float]]:
    return {r.name: [round(contrast(colour(r, pal), bg), 2) for bg in palette.backgrounds(pal)]
            for r in Role}


@pytest.mark.parametrize("name", list(SCHEMES))
def test_every_role_meets_the_minimum_in_both_schemes(qapp, name):
    pal = SCHEMES[name]()
    table = figures(pal)
    print(f"\n{name}: role: contrast against Window, Base, AlternateBase")
    for role, values in table.items():
        print(f"  {role:8} {colour(Role[role], pal).name()}  {values}")
    for role in Role:  # unrounded: 4.497 must not pass as 4.5
        worst = min(contrast(colour(role, pal), bg) for bg in palette.backgrounds(pal))
        assert worst >= palette.MINIMUM_CONTRAST, (name, role, worst)


def test_the_fixed_colours_fail_on_dark(qapp):
    # What the check catches: the old fixed colours (the role's design value) on the dark scheme.
    dark = palette.dark_palette()
    for role in Role:
        fixed = QColor(role.value)
        assert min(contrast(fixed, bg) for bg in palette.backgrounds(dark)) < 4.5, role


def test_light_scheme_keeps_the_design_colours(qapp):
    # Nothing changes where nothing needed to: on Fusion's light palette every role is its own
    # design colour, and on the dark one it keeps its hue.
    light, dark = light_palette(), palette.dark_palette()
    for role in Role:
        assert colour(role, light).name() == role.value
        if role is not Role.MUTED:
            assert abs(colour(role, dark).hslHue() - QColor(role.value).hslHue()) <= 3, role


@pytest.mark.parametrize("grey", range(0, 256, 15))
def test_any_grey_background(qapp, grey):
    # A desktop theme may have any background: every grey from black to white, Base and
    # Window a little apart as themes have them.
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(grey, grey, grey))
    shade = max(0, grey - 12) if grey > 128 else min(255, grey + 12)
    pal.setColor(QPalette.ColorRole.Base, QColor(shade, shade, shade))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(grey, grey, grey))
    for role in Role:
        worst = min(contrast(colour(role, pal), bg) for bg in palette.backgrounds(pal))
        assert worst >= 4.5, (grey, role, worst)


def test_contrast_formula(qapp):
    # WCAG's own reference points.
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_kind_icons_glyphs_are_readable(qapp):
    # The timeline's kind tiles draw a white kanji on a fixed colour (not on the palette).
    from kizuna_desktop.ui.icons import KINDS

    for kind, (_glyph, tile) in KINDS.items():
        assert contrast(QColor("white"), QColor(tile)) >= 4.5, kind


def test_a_tinted_label_follows_the_palette(qtbot, scheme):
    scheme("light")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Family name is required", dialog)
    QVBoxLayout(dialog).addWidget(label)
    palette.tint(label, Role.ALERT)
    dialog.show()

    def shown() -> QColor:
        return label.palette().color(QPalette.ColorRole.WindowText)

    assert shown().name() == Role.ALERT.value
    scheme("dark")
    qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.Window).name() == "#323232")
    qtbot.waitUntil(lambda: contrast(shown(), label.palette().color(QPalette.ColorRole.Window))
                    >= 4.5)
    assert shown().name() != Role.ALERT.value
    scheme("light")
    qtbot.waitUntil(lambda: shown().name() == Role.ALERT.value)
    palette.tint(label, None)
    assert shown() == QApplication.palette().color(QPalette.ColorRole.WindowText)


def test_tree_items_follow_the_palette(qtbot, scheme):
    scheme("light")
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    palette.follow_items(tree)
    parent = QTreeWidgetItem(["Overdue"])
    child = QTreeWidgetItem(["Send the photos"])
    parent.addChild(child)
    tree.addTopLevelItem(parent)
    palette.set_item_role(parent, Role.ALERT)
    palette.set_item_role(child, Role.MUTED)
    changed = []  # a recolouring is not an edit (the follow-ups pane reads a tick from it)
    tree.itemChanged.connect(lambda item, column: changed.append(item.text(0)))
    tree.show()
    assert child.foreground(0).color().name() == Role.MUTED.value
    scheme("dark")
    base = palette.dark_palette().color(QPalette.ColorRole.Base)
    qtbot.waitUntil(lambda: contrast(child.foreground(0).color(), base) >= 4.5)
    assert contrast(parent.foreground(0).color(), base) >= 4.5
    assert changed == []


# --- what the real window shows ------------------------------------------------------------

def _columns(model, parent: QModelIndex) -> int:
    try:
        return max(1, model.columnCount(parent))
    except TypeError:  # a list model's columnCount is private to PySide
        return 1


def _coloured_cells(view: QAbstractItemView):
    """(text, colour) of every cell of ``view`` that has a foreground of its own."""
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
                if isinstance(fg, QBrush):
                    fg = fg.color()
                if isinstance(fg, QColor):
                    yield str(model.data(index) or ""), fg
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                stack.append(first)


def _coloured_texts(root: QWidget):
    for view in root.findChildren(QAbstractItemView):
        pal = view.palette()
        for text, fg in _coloured_cells(view):
            for bg_role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
                yield f"{type(view).__name__}: {text!r}", fg, pal.color(bg_role)
    for label in root.findChildren(QLabel):
        if label.testAttribute(Qt.WidgetAttribute.WA_SetPalette) and label.text():
            pal = label.palette()
            yield (f"QLabel {label.text()!r}", pal.color(QPalette.ColorRole.WindowText),
                   pal.color(QPalette.ColorRole.Window))


def _window(qtbot, journal):
    from kizuna_desktop.ui.main_window import MainWindow

    w = MainWindow(journal, is_demo=True)
    qtbot.addWidget(w)
    w.show()
    # The follow-ups and the contacts are filled off the UI thread.
    qtbot.waitUntil(lambda: w.follow_ups.tree.topLevelItemCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: w.contacts.model.rowCount() > 0, timeout=10_000)
    return w


@pytest.mark.parametrize("name", list(SCHEMES))
def test_main_window_coloured_text(qtbot, scheme, demo_journal, name):
    scheme(name)
    w = _window(qtbot, demo_journal)
    app = QApplication.instance()
    # Walk through a few contacts so the timeline shows coloured lines too.
    found = []
    for row in range(min(w.contacts.model.rowCount(), 12)):
        w.contacts.view.selectRow(row)
        app.processEvents()
        found.extend(_coloured_texts(w))
    assert found, "the demo shows overdue follow-ups and suggestions in colour"
    low = [(where, fg.name(), bg.name(), round(contrast(fg, bg), 2)) for where, fg, bg in found
           if contrast(fg, bg) < 4.5]
    assert low == []


def test_main_window_recolours_when_the_scheme_changes(qtbot, scheme, demo_journal):
    scheme("light")
    w = _window(qtbot, demo_journal)
    done_before = [f.id for f in w.follow_ups.pane.recently_done]
    light = list(_coloured_texts(w))
    assert light and all(contrast(fg, bg) >= 4.5 for _w, fg, bg in light)
    scheme("dark")  # the desktop switched to dark while the window is open
    base = palette.dark_palette().color(QPalette.ColorRole.Base)

    def on_dark() -> list:
        return [(where, fg, bg) for where, fg, bg in _coloured_texts(w) if bg == base]

    qtbot.waitUntil(lambda: len(on_dark()) >= len(light) // 2)
    assert [(where, fg.name(), round(contrast(fg, bg), 2)) for where, fg, bg in on_dark()
            if contrast(fg, bg) < 4.5] == []
    # Recolouring ticked nothing: no follow-up was marked done, nothing to undo.
    QApplication.processEvents()
    assert w.undo_stack.count() == 0
    assert [f.id for f in w.follow_ups.pane.recently_done] == done_before


def _ink(widget: QWidget, background: QColor) -> QColor:
    """The commonest colour of ``widget``'s pixels other than its background."""
    image = widget.grab().toImage()
    counts: dict[int, int] = {}
    for x in range(image.width()):
        for y in range(image.height()):
            rgb = image.pixel(x, y)
            if rgb != background.rgba():
                counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgba(max(counts, key=counts.get))


def test_links_follow_the_palette(qtbot, scheme):
    # A rich-text label's link colour is fixed when its text is set; follow_links sets it
    # again, so that a tel: link is not left in the light scheme's blue on dark grey.
    scheme("light")
    label = QLabel()
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText('<a href="tel:+81355550101">03-5555-0101</a>')
    palette.follow_links(label)
    label.show()
    QApplication.processEvents()
    light_ink = _ink(label, QApplication.palette().color(QPalette.ColorRole.Window))
    scheme("dark")
    window = palette.dark_palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: _ink(label, window) != light_ink)
    assert contrast(_ink(label, window), window) >= 4.5
