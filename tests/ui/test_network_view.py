"""The circle picture and the card's health section (issue 24): a deterministic layout whose
names never overlap, line width by strength, exports read back (SVG nodes, edges and widths;
PNG; PDF), and the view in the main window following the selected contact."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from kizuna_desktop.services import network
from kizuna_desktop.ui import network_view
from kizuna_desktop.ui.main_window import MainWindow
from tests.pdf import pdfcheck
from tests.services import network_journal as nj

SHOTS = Path("/tmp/network-shots")
SVG = "{http://www.w3.org/2000/svg}"


def _circle(journal):
    ids = nj.build(journal)
    return ids, network.circle(journal, ids.inoue, now=nj.NOW)


def test_svg_reads_back_nodes_edges_and_widths(qtbot, journal, tmp_path):
    ids, circle = _circle(journal)
    w = network_view.CircleWidget()
    qtbot.addWidget(w)
    w.set_circle(circle)
    out = tmp_path / "circle.svg"
    w.export_svg(out)
    root = ET.parse(out).getroot()
    circles = root.findall(f".//{SVG}circle")
    assert len(circles) == 5  # 井上, you, 上田, 青木, 江藤
    texts = ["".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")]
    # each name one text element (Qt writes words apart: joined again), then the legend
    assert sorted(texts) == sorted(["井上 真一", "you", "上田 香織", "青木 健", "江藤 誠",
                                    "東雲物産", "白鷺重工"])
    widths = []
    for g in root.iter(f"{SVG}g"):
        # a straight line is a polyline, one bent round a node a path
        if g.get("stroke") != "#7b8794":  # the lines' colour (label boxes are paths too)
            continue
        for _line in g.findall(f"{SVG}polyline") + g.findall(f"{SVG}path"):
            widths.append(float(g.get("stroke-width")))
    assert sorted(widths) == sorted(network_view.line_width(e.strength) for e in circle.edges)
    assert len(widths) == 6
    # the strongest tie (you–青木, 0.972) is the widest line
    assert max(widths) == network_view.line_width(0.972) == 5.46


def test_layout_is_the_same_every_time_and_names_never_overlap(qtbot, journal):
    _ids, circle = _circle(journal)
    a = network_view.layout(circle, "you")
    b = network_view.layout(circle, "you")
    assert [(p.node.id, p.at.x(), p.at.y()) for p in a.nodes] == [
        (p.node.id, p.at.x(), p.at.y()) for p in b.nodes]
    assert (a.nodes[0].at.x(), a.nodes[0].at.y()) == (0.0, 0.0)  # the contact in the middle
    # a crowded circle: twelve long names on each ring
    many = network.Circle(center=1, nodes=[
        network.CircleNode(id=1, name="中心", ring=0, organization="")] + [
        network.CircleNode(id=10 + k, name=f"長い名前の人 {k} 株式会社", ring=1 + k // 12,
                           organization=f"会社{k % 4}", organization_id=100 + k % 4)
        for k in range(24)], edges=[])
    lay = network_view.layout(many, "you")
    rects = [p.label for p in lay.nodes]
    for i, r in enumerate(rects):
        for s in rects[i + 1:]:
            assert not r.intersects(s)
    # colour by organisation: the same organisation, the same colour
    by_org = {}
    for p in lay.nodes[1:]:
        by_org.setdefault(p.node.organization, set()).add(p.colour)
    assert all(len(c) == 1 for c in by_org.values()) and len(by_org) == 4
    # and the same in every picture: a circle showing only 会社2 paints it as above
    other = network.Circle(center=1, nodes=[
        network.CircleNode(id=1, name="中心", ring=0, organization="会社2", organization_id=102),
        network.CircleNode(id=2, name="別の人", ring=1, organization="会社2", organization_id=102)],
        edges=[])
    small = network_view.layout(other, "you")
    assert {p.colour for p in small.nodes} == by_org["会社2"]
    # with a legend naming each organisation in its colour, below every name
    assert [(c, n) for _r, c, n in small.legend] == [(next(iter(by_org["会社2"])), "会社2")]
    assert [n for _r, _c, n in lay.legend] == ["会社0", "会社1", "会社2", "会社3"]
    lowest = max(p.label.bottom() for p in lay.nodes)
    assert all(r.top() > lowest for r, _c, _n in lay.legend)
    assert all(lay.bounds.contains(r) for r, _c, _n in lay.legend)


def test_png_and_pdf_exports(qtbot, journal, tmp_path):
    _ids, circle = _circle(journal)
    w = network_view.CircleWidget()
    qtbot.addWidget(w)
    w.set_circle(circle)
    w.export_png(tmp_path / "c.png")
    from PySide6.QtGui import QImage

    img = QImage(str(tmp_path / "c.png"))
    assert not img.isNull() and img.width() > 300
    w.export_pdf(tmp_path / "c.pdf")
    data = (tmp_path / "c.pdf").read_bytes()
    # Qt's PDF writer maps a glyph back to the first code point the font gives it: IPAex
    # gives 田 and the Kangxi radical ⽥ one glyph, so the text layer holds radicals (what a
    # reader copies out of this picture's PDF; the drawing is right). Known, in the README;
    # the names must still all be there, read as NFKC folds radicals back.
    import unicodedata

    text = unicodedata.normalize("NFKC", pdfcheck.text(data))
    assert "井上" in text and "上田" in text
    assert all(pdfcheck.fonts(data).values())


def test_the_view_in_the_window_follows_the_contact(qtbot, journal):
    ids = nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    view = w.network
    action = [a for a in w.view_menu.actions() if a.text() == "Circle and introductions"][0]
    if not view.isVisible():  # (the dock's state is kept between windows)
        action.trigger()
    qtbot.waitUntil(view.isVisible)
    w.card.show_contact(ids.ueda)
    qtbot.waitUntil(lambda: view.contact_id == ids.ueda and view.chains.topLevelItemCount() > 0)
    first = view.chains.topLevelItem(0)
    assert first.text(0) == "you → 井上 真一 → 上田 香織"
    assert first.child(1).text(2) == "colleagues at 東雲物産 2017–2023"
    # the contacts list's context menu
    assert view.ask_action in w.contacts.view.actions()
    qtbot.waitUntil(lambda: w.contacts.select(ids.eto, notify=False))
    view.ask_action.trigger()
    qtbot.waitUntil(lambda: view.contact_id == ids.eto)
    assert view.title.text() == "Circle of 江藤 誠"
    # the card's health section
    w.card.show_contact(ids.aoki)
    sections = w.card.findChildren(network_view.HealthSection)
    qtbot.waitUntil(lambda: bool(w.card.findChildren(network_view.HealthSection)))
    sections = w.card.findChildren(network_view.HealthSection)
    assert sections[0].status.text().startswith("Going cold · ")
    assert "every 30 days" in sections[0].status.text()
    assert sections[0].balance.text() == ("Given 0, received 2 (gifts, favours, introductions)"
                                          " · 1 promise overdue")
    assert sections[0].hint.text().startswith("Give before you ask")
    SHOTS.mkdir(parents=True, exist_ok=True)
    w.card.show_contact(ids.inoue)
    qtbot.waitUntil(lambda: view.contact_id == ids.inoue)
    w.grab().save(str(SHOTS / "window-circle.png"))
    view.grab().save(str(SHOTS / "circle-view.png"))


def test_no_line_passes_through_a_node_it_does_not_join(qtbot, journal, tmp_path):
    """A tie between two people on opposite sides of the circle would cross the contact in
    the middle: it is drawn as a curve round it (every point of every line keeps clear of
    the nodes it does not join), and the picture shows it."""
    import math

    # the contact (1) in the middle, four around it; 2–4 and 3–5 face each other across it,
    # 6 and 7 on the outer ring behind 2 and 3
    circle = network.Circle(center=1, nodes=[
        network.CircleNode(id=1, name="中心 一郎", ring=0, organization=""),
        *(network.CircleNode(id=i, name=n, ring=1, organization="東雲物産", organization_id=7)
          for i, n in ((2, "北 二郎"), (3, "東 三郎"), (4, "南 四郎"), (5, "西 五郎"))),
        network.CircleNode(id=6, name="外 六郎", ring=2, organization=""),
        network.CircleNode(id=7, name="外 七郎", ring=2, organization="")],
        edges=[network.CircleEdge(a=1, b=i, strength=0.5) for i in (2, 3, 4, 5)] + [
            network.CircleEdge(a=2, b=4, strength=0.8), network.CircleEdge(a=3, b=5, strength=0.3),
            network.CircleEdge(a=6, b=4, strength=0.4), network.CircleEdge(a=2, b=6, strength=0.6),
            network.CircleEdge(a=7, b=5, strength=0.4)])
    lay = network_view.layout(circle, "you")
    where = {p.node.id: p for p in lay.nodes}
    drawn = [e for e in circle.edges if e.a in where and e.b in where]
    assert any(c is not None for c in lay.bends)  # the case is there: one line is bent
    for e, c in zip(drawn, lay.bends, strict=True):
        a, z = where[e.a].at, where[e.b].at
        for k in range(1, 100):
            t = k / 100
            q = (a + (z - a) * t) if c is None else (
                a * ((1 - t) ** 2) + c * (2 * (1 - t) * t) + z * (t * t))
            for p in lay.nodes:
                if p.node.id in (e.a, e.b):
                    continue
                r = network_view.NODE * (1.35 if p.node.ring == 0 else 1.0)
                assert math.hypot(q.x() - p.at.x(), q.y() - p.at.y()) > r, (e, p.node.name)
    w = network_view.CircleWidget()
    qtbot.addWidget(w)
    w.set_circle(circle)
    w.resize(640, 560)
    w.grab().save("/tmp/network_circle_routed.png")


def test_curves_go_round_the_names_too(qtbot, tmp_path):
    """A line bent round a node keeps off the other nodes' names as well (the leftover of
    the first routing: a curve round the contact ran through the contact's name)."""
    nodes = [network.CircleNode(id=1, name="中心 一郎", ring=0, organization="")]
    nodes += [network.CircleNode(id=i, name=f"一環 {i:02d}郎", ring=1, organization="",
                                 organization_id=i) for i in range(2, 14)]
    nodes += [network.CircleNode(id=i, name=f"二環 {i:02d}子", ring=2, organization="")
              for i in range(14, 26)]
    edges = [network.CircleEdge(a=1, b=i, strength=0.5) for i in range(2, 14)]
    edges += [network.CircleEdge(a=i, b=(i + 4) % 12 + 2, strength=0.4) for i in range(2, 8)]
    edges += [network.CircleEdge(a=i, b=(i - 9) % 12 + 14, strength=0.3) for i in range(14, 26)]
    edges += [network.CircleEdge(a=i, b=i - 12, strength=0.6) for i in range(14, 26)]
    circle = network.Circle(center=1, nodes=nodes, edges=edges)
    lay = network_view.layout(circle, "you")
    where = {p.node.id: p for p in lay.nodes}
    curves = [(e, c) for e, c in zip(circle.edges, lay.bends, strict=True) if c is not None]
    assert len(curves) >= 3  # across the middle: bent round the contact
    for e, c in curves:
        a, z = where[e.a].at, where[e.b].at
        for k in range(1, 200):
            q = network_view.curve_point(a, c, z, k / 200)
            for p in lay.nodes:
                if p.node.id not in (e.a, e.b):
                    assert not p.label.contains(q), (e, p.node.name)
                    assert (q - p.at).manhattanLength() > network_view.NODE, (e, p.node.name)
    w = network_view.CircleWidget()
    qtbot.addWidget(w)
    w.set_circle(circle)
    w.resize(760, 700)
    w.grab().save(str(tmp_path / "curves.png"))
    w.grab().save("/tmp/network_circle_curves.png")
