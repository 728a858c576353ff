"""A card to an address abroad (review 5 finding 4): a Paris address was set vertically on
the postcard, its Latin letters sideways, one column a line. A Japanese user sending a
nengajō abroad writes it horizontally in the letters of the country, the name first and the
country last, as the post there reads it: the card is printed so, its red postal-code boxes
left empty (Japan Post's sorting code, not the French one), the name as written there
(Ms Marie Dupont, no 様), and `nengajo print` says both. Real journal, the CLI in process,
the PDF read back."""

from __future__ import annotations

from kizuna_desktop.cli import main
from kizuna_desktop.pdf import postcard
from kizuna_desktop.services import contacts, nengajo
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal
from tests.pdf import glyphcheck, pdfcheck

PT = 25.4 / 72


def _journal(path):
    with Journal.open(path) as j:
        ids = {
            "dupont": contacts.create(j, ContactInput(
                family_name="Dupont", given_name="Marie", name_prefix="Ms",
                addresses=[AddressInput(label="home",
                                        text="12 Rue de Rivoli, 75001 Paris, France")])).id,
            "smith": contacts.create(j, ContactInput(
                family_name="Smith", given_name="John", addresses=[AddressInput(
                    label="work",
                    latin="1 Infinite Loop, Cupertino, CA 95014-2083, USA")])).id,
            "yamada": contacts.create(j, ContactInput(
                family_name="山田", given_name="太郎", addresses=[AddressInput(
                    label="home", text="〒100-0005 東京都千代田区丸の内1-2-3")])).id,
        }
        for cid in ids.values():
            nengajo.mark(j, cid, 2027, send=True)
        nengajo.set_sender(j, name="鈴木 一郎", postal_code="150-0002",
                           address="東京都渋谷区渋谷2-21-1")
    return ids


def test_a_card_abroad_is_set_horizontally_in_latin_letters(tmp_path, capsys):
    db = tmp_path / "j.kizuna"
    _journal(db)
    pdf = tmp_path / "cards.pdf"
    assert main(["--db", str(db), "nengajo", "print", "--year", "2027", "-o", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "Wrote 3 cards" in out, out
    assert ("Note: Marie Dupont 様: an address abroad, printed horizontally in Latin letters "
            "(the red boxes stay empty; a card abroad needs international postage)") in out
    assert "Note: Marie Dupont 様: written Ms Marie Dupont (an address abroad: no 様)" in out
    assert "山田" not in out  # a card in Japan: nothing to say
    data = pdf.read_bytes()
    assert pdfcheck.page_sizes_mm(data) == [(100.0, 148.0)] * 3
    assert all(pdfcheck.fonts(data).values())
    assert not [d for d in glyphcheck.drawn(data) if d.gid == 0]
    order = [r.family_name for r in _list(db)]
    for family, lines in (("Dupont", ["Ms Marie Dupont", "12 Rue de Rivoli", "75001 Paris",
                                      "France"]),
                          ("Smith", ["John Smith", "1 Infinite Loop", "Cupertino",
                                     "CA 95014-2083", "USA"])):
        page = order.index(family)
        drawn = {t: (x * PT, 148 - y * PT) for t, x, y in glyphcheck.text_positions(data, page)}
        at = [drawn[x] for x in lines]  # each line whole, one under the other, one left edge
        assert all(abs(a[0] - postcard.ABROAD_LEFT) < 0.01 for a in at), drawn
        assert all(a[1] < b[1] for a, b in zip(at, at[1:], strict=False)), drawn
        assert all(postcard.ABROAD_TOP < y < postcard.ABROAD_BOTTOM for _, y in at)
        # the red boxes' row (12-20 mm from the top, right of 44 mm) holds no digit
        assert not [t for t, (x, y) in drawn.items() if 11 < y < 21 and x > 44], drawn
        assert not any("様" in t for t in drawn)
    page = order.index("山田")  # the Japanese card is as before: vertical, digits boxed
    drawn = glyphcheck.text_positions(data, page)
    assert [t for t, x, y in drawn if 11 < 148 - y * PT < 21 and x * PT > 44] == list(
        "1000005")


def _list(db):
    with Journal.open(db) as j:
        return nengajo.new_year_list(j, 2027).to_print


def test_the_test_print_stays_over_a_japanese_card(tmp_path, capsys):
    db = tmp_path / "j.kizuna"
    _journal(db)
    pdf = tmp_path / "test.pdf"
    assert main(["--db", str(db), "nengajo", "print", "--year", "2027", "--test-print",
                 "-o", str(pdf)]) == 0
    assert "Note:" not in capsys.readouterr().out
    text = [t for t, *_ in glyphcheck.text_positions(pdf.read_bytes(), 0)]
    assert "Ms Marie Dupont" not in text and "山" in text


def test_an_address_in_japan_in_latin_letters_keeps_its_code_and_sama(tmp_path, capsys):
    db = tmp_path / "j.kizuna"
    with Journal.open(db) as j:
        cid = contacts.create(j, ContactInput(
            family_name="Brown", given_name="Emma", addresses=[AddressInput(
                label="home", text="1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan")])).id
        nengajo.mark(j, cid, 2027, send=True)
    pdf = tmp_path / "cards.pdf"
    assert main(["--db", str(db), "nengajo", "print", "--year", "2027", "-o", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "Note: Emma Brown 様: the address is in Latin letters, printed horizontally" in out
    assert "international postage" not in out and "no 様" not in out
    drawn = [(t, x * PT, 148 - y * PT) for t, x, y in glyphcheck.text_positions(
        pdf.read_bytes(), 0)]
    texts = [t for t, _, _ in drawn]
    assert "Emma Brown 様" in texts and "1-2-3 Marunouchi" in texts, texts[7:]
    # the code in the red boxes, one digit a box, left to right
    assert [t for t, x, y in sorted(drawn, key=lambda d: d[1]) if 11 < y < 21 and x > 44] \
        == list("1000005")
