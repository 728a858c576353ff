"""The Meetings ahead view in its dock at 1366×768 (about 510 px wide): the columns fit the
view (no horizontal scrolling), and every line of a meeting, and of an attendee's card at a
glance, fits its cell, wrapped at " · " when the card is long, in a row tall enough for its
lines (a kanji line measured with the view font's line height was cut to one elided line)."""

from __future__ import annotations

import pytest

from tests.ui.test_meetings_view import SHOTS, settle
from tests.ui.test_meetings_view import setup as setup  # noqa: F401 - the fixture


@pytest.mark.parametrize("width", [513, 700, 1100])
def test_nothing_is_cut_at_the_right(setup, qtbot, width):  # noqa: F811
    view, _, _ = setup
    view.resize(width, 680)
    qtbot.waitUntil(lambda: view.tree.viewport().width() > width - 60)
    settle(qtbot, view)
    tree, fm = view.tree, view.tree.fontMetrics()
    header = tree.header()
    room = tree.viewport().width()
    shown = [c for c in range(4) if not tree.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= room
    assert (width < 760) == tree.isColumnHidden(3)  # the card column only when there is room
    checked = 0
    for item in view.meeting_items():
        for c in shown[:3]:
            lines = item.text(c).split("\n")
            assert max(fm.horizontalAdvance(x) for x in lines) <= header.sectionSize(c), \
                (item.text(c), width)
        for j in range(item.childCount()):
            child = item.child(j)
            rect = tree.visualItemRect(child)
            lines = child.text(0).split("\n")
            assert rect.right() <= room
            assert max(fm.horizontalAdvance(x) for x in lines) <= rect.width() - 20, \
                (child.text(0), width)
            if len(lines) > 1:
                assert rect.height() >= len(lines) * fm.height() * 1.3
            checked += 1
    assert checked == 5
    # the long card (部長, 三星商事 · never met · 1 open promise · 1 overdue) wraps when narrow
    yamada = [view.meeting_items()[0].child(j) for j in range(2)
              if view.meeting_items()[0].child(j).text(1) == "山田 太郎"][0]
    assert ("\n" in yamada.text(0)) == (width == 513)
    assert yamada.text(3).endswith("1 overdue")  # the whole card is kept for the tooltip
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / f"meetings-{width}.png"))
