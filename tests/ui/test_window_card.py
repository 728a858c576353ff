"""The contact card (issue 18.1): every line a standard, selectable label with plain user
text, tel:/mailto: links, photo, gift balance, how we met and who introduced, cadence and last
contact; extra sections through ContactCard.add_section; the card/timeline split remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kizuna_desktop.services import contacts, search
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MethodKind
from kizuna_desktop.ui.contact_card import ContactCard, mailto_href, position_line, tel_href
from kizuna_desktop.ui.main_window import MainWindow


def test_the_card_shows_the_whole_contact_in_selectable_lines(qtbot, demo_journal):
    w = MainWindow(demo_journal)
    qtbot.addWidget(w)
    w.show()
    yamada = search.resolve(demo_journal, "yamada taro").id
    w.contacts.select(yamada)
    card = w.card
    assert card.contact_id == yamada
    text = card.text()
    for expected in ("山田 太郎", "やまだ たろう", "Taro YAMADA", "山田様", "三星商事株式会社",
                     "部長", "General Manager", "03-5555-0101", "t.yamada@", "#golf",
                     "Niigata sake", "age ", "東京都", "Sato-san", "佐藤 花子",
                     "keep in touch every 30 days", "given", "received"):
        assert expected in text, expected
    # Japanese order first: company, department, title; then the English.
    assert card.lines["position"].text().startswith("三星商事株式会社 機械プラント部 部長")
    for label in card.lines.values():
        assert isinstance(label, QLabel)
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    phone = card.lines["phone"]
    assert phone.textFormat() == Qt.TextFormat.RichText
    assert 'href="tel:0355550101"' in phone.text()
    assert 'href="mailto:t.yamada@' in card.lines["email"].text()
    assert card.lines["name"].textFormat() == Qt.TextFormat.PlainText


def test_user_text_on_the_card_stays_text_and_links_are_tel_and_mailto_only(qtbot, journal):
    c = contacts.create(journal, contacts.ContactInput(
        family_name="<b>Bold</b>", how_we_met='<a href="file:///etc/passwd">x</a>',
        methods=[contacts.Method(kind=MethodKind.PHONE, value="03-1234-5678",
                                 label="<img src=x>"),
                 contacts.Method(kind=MethodKind.EMAIL, value="a@example.jp")]))
    card = ContactCard(journal)
    qtbot.addWidget(card)
    card.show_contact(c.id)
    assert card.lines["name"].text().startswith("<b>Bold</b>")  # shown as typed
    assert card.lines["how_we_met"].textFormat() == Qt.TextFormat.PlainText
    phone = card.lines["phone"].text()
    assert "<img" not in phone and "(&lt;img src=x&gt;)" in phone
    assert 'href="tel:0312345678"' in phone
    opened: list[str] = []
    card.link_opened.connect(opened.append)
    card._open_link("file:///etc/passwd")
    assert opened == []


def test_sections_added_by_other_parts_show_for_each_contact(qtbot, demo_journal):
    card = ContactCard(demo_journal)
    qtbot.addWidget(card)
    shown: list[int] = []

    def health(journal: Journal, contact_id: int):
        shown.append(contact_id)
        return QLabel(f"Health of {contact_id}")

    card.add_section("Relationship health", health)
    suzuki = search.resolve(demo_journal, "suzuki ichiro").id
    card.show_contact(suzuki)
    assert shown[-1] == suzuki
    labels = [lb.text() for lb in card.findChildren(QLabel) if lb.isVisibleTo(card)]
    assert "Relationship health" in labels and f"Health of {suzuki}" in labels
    card.show_contact(None)
    assert "Select a contact" in card.lines["hint"].text()


def test_links_and_lines_helpers():
    assert tel_href("+81 3-5555-0101") == "tel:+81355550101"
    assert mailto_href(" a.b@example.jp ") == "mailto:a.b@example.jp"

    class P:
        organization_ja, department_ja, title_ja = "北斗物流", "営業部", "課長"
        organization_en, department_en, title_en = "Hokuto Logistics", "Sales", "Manager"
    assert position_line(P()) == "北斗物流 営業部 課長 / Manager, Sales, Hokuto Logistics"


def test_the_card_and_timeline_split_is_remembered(qtbot, demo_path):
    j = Journal.open(demo_path)
    w = MainWindow(j)
    qtbot.addWidget(w)
    w.show()
    w.middle.setSizes([150, 600])
    kept = w.middle.sizes()
    w.close()
    j.close()
    j2 = Journal.open(demo_path)
    w2 = MainWindow(j2)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.middle.sizes() == kept
    w2.close()
    j2.close()
