"""A contact with more ties than the circle's ring holds (review 6, finding 1): someone tied to
the contact is never drawn on the two-hop ring, the real two-hop people are, and the picture
(and its SVG export) says how many it leaves out."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

from kizuna_desktop.services import contacts, interactions, network
from kizuna_desktop.store.models import InteractionKind
from kizuna_desktop.ui import network_view
from tests.services.network_journal import JST, NOW

SVG = "{http://www.w3.org/2000/svg}"


def _person(journal, family: str, given: str) -> int:
    return contacts.create(journal, contacts.ContactInput(family_name=family,
                                                          given_name=given)).id


def _met(journal, who: list[int], when: datetime, kind=InteractionKind.MEETING) -> None:
    interactions.create(journal, interactions.InteractionInput(
        kind=kind, occurred_at=when, participant_ids=who, zone="Asia/Tokyo"))


def _crowd(journal):
    """中心 met 15 people, each once (the first five at a meal, stronger); five others met
    only 山田 1 (one of the strongest five), at one meeting each, without 中心."""
    centre = _person(journal, "中心", "太郎")
    ties = []
    for k in range(15):
        p = _person(journal, "山田", str(k + 1))
        ties.append(p)
        _met(journal, [centre, p], datetime(2026, 1 + k % 10, 10, 12, 0, tzinfo=JST),
             InteractionKind.MEAL if k < 5 else InteractionKind.EMAIL)
    far = []
    for k in range(5):
        p = _person(journal, "遠方", str(k + 1))
        far.append(p)
        _met(journal, [ties[0], p], datetime(2026, 5, 1 + k, 10, 0, tzinfo=JST))
    return centre, ties, far


def test_a_tie_of_the_contact_is_never_on_the_two_hop_ring(qtbot, journal, tmp_path):
    centre, ties, far = _crowd(journal)
    c = network.circle(journal, centre, now=NOW)
    ring = {n.id: n.ring for n in c.nodes}
    assert c.ring1_total == 15
    assert sum(1 for n in c.nodes if n.ring == 1 and n.id != network.ME) == 12
    # the five met at a meal are the strongest: all on ring one
    assert all(ring[p] == 1 for p in ties[:5])
    # the three ties left out are left out, not drawn as two hops away
    assert not [p for p in ties if ring.get(p) == 2]
    assert sum(1 for p in ties if p not in ring) == 3
    # the two-hop ring holds those two hops away: the five 山田 1 met without 中心
    assert all(ring[p] == 2 for p in far)
    assert c.ring2_total == 5 and sum(1 for n in c.nodes if n.ring == 2) == 5

    w = network_view.CircleWidget()
    qtbot.addWidget(w)
    w.set_circle(c)
    out = tmp_path / "crowded.svg"
    w.export_svg(out)
    texts = ["".join(t.itertext()).strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert "The 12 strongest of 15 ties are drawn." in texts
    assert not any("two hops away are drawn" in t for t in texts)  # all five are drawn
    w.resize(900, 800)
    w.grab().save("/tmp/network-shots/circle-crowded.png")


def test_everyone_drawn_no_note(qtbot, journal):
    centre, ties, _far = _crowd(journal)
    c = network.circle(journal, centre, per_ring=20, now=NOW)
    assert c.ring1_total == 15 and network_view.left_out_note(c) == ""
    lay = network_view.layout(c, "you", network_view.left_out_note(c))
    assert lay.note is None


def test_in_the_window_at_1366_by_768_names_stay_readable(qtbot, qapp, journal):
    """The dock is narrow: the picture scrolls (the contact in the middle) rather than being
    shrunk until its names are 4 px high (review 6, finding 6)."""
    from kizuna_desktop.ui import fonts
    from kizuna_desktop.ui.main_window import MainWindow

    fonts.install(qapp)
    centre, _ties, _far = _crowd(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.network
    [action] = [a for a in w.view_menu.actions() if a.text() == "Circle and introductions"]
    if not view.isVisible():  # (the dock's state is kept between windows)
        action.trigger()
    qtbot.waitUntil(view.isVisible)
    w.card.show_contact(centre)
    qtbot.waitUntil(lambda: view.contact_id == centre and view.picture.lay is not None)
    assert view.scroll.viewport().width() < 500  # the dock is narrower than the picture
    qtbot.waitUntil(lambda: view.scroll.horizontalScrollBar().maximum() > 0)
    assert view.picture.scale() >= network_view.MIN_SCALE
    assert network_view.FONT_PX * view.picture.scale() >= 9.5  # names of ~10 px
    h = view.scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: abs(h.value() - h.maximum() / 2) <= 1)  # the contact in view
    w.grab().save("/tmp/network-shots/window-circle-crowded.png")
    action.trigger()  # the dock closed again, as the next window expects it
