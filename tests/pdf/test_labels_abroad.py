"""Names not in Japanese and addresses in Latin letters on labels (review 5): a contact whose
only address was in Latin letters was skipped as having none; on a vertical sheet a Latin
address was set sideways, a column a line; an Arabic name was refused as "the address…".
Now: a Latin address abroad prints as a horizontal label, on a vertical sheet too (said);
its Latin name reads as written there (Ms Marie Dupont, no 様: said); an Arabic name prints
from the contact's Latin name in the order written (Mohammed Al-Ali 様, said); one with no
Latin form is named, never dropped silently. Real journal, the CLI, the PDF read back."""

from __future__ import annotations

from kizuna_desktop.cli import main
from kizuna_desktop.pdf import labels
from kizuna_desktop.services import contacts, nengajo
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store import Journal
from tests.pdf import glyphcheck

PT = 25.4 / 72


def _journal(path) -> dict[str, int]:
    with Journal.open(path) as j:
        def person(**kw):
            return contacts.create(j, ContactInput(tags=["お歳暮"], **kw)).id
        return {
            "dupont": person(family_name="Dupont", given_name="Marie", name_prefix="Ms",
                             addresses=[AddressInput(
                                 label="home", text="12 Rue de Rivoli, 75001 Paris, France")]),
            "smith": person(family_name="Smith", given_name="John", addresses=[AddressInput(
                label="work", latin="1 Infinite Loop, Cupertino, CA 95014, USA")]),
            "alali": person(family_name="العلي", given_name="محمد", family_latin="Al-Ali",
                            given_latin="Mohammed", addresses=[AddressInput(
                                label="home", text="〒150-0002 東京都渋谷区渋谷2-21-1")]),
            "haddad": person(family_name="حداد", given_name="ليلى", addresses=[AddressInput(
                label="home", text="〒530-0001 大阪府大阪市北区梅田2-4-9")]),
            "yamada": person(family_name="山田", given_name="太郎", addresses=[AddressInput(
                label="home", text="〒100-0005 東京都千代田区丸の内1-2-3")]),
        }


def _lines(pdf: bytes) -> dict[str, tuple[float, float]]:
    return {t: (x * PT, 297 - y * PT) for t, x, y in glyphcheck.text_positions(pdf, 0)}


def _horizontal(drawn, lines) -> bool:
    """The lines one under the other at one left edge, top to bottom (not sideways)."""
    at = [drawn[x] for x in lines]
    return all(abs(a[0] - at[0][0]) < 0.01 for a in at) and all(
        a[1] < b[1] for a, b in zip(at, at[1:], strict=False))


def test_latin_and_arabic_labels_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "j.kizuna"
    _journal(db)
    for vertical in (False, True):
        out_pdf = tmp_path / f"l{vertical}.pdf"
        rc = main(["--db", str(db), "labels", "--tag", "お歳暮", "-o", str(out_pdf),
                   *(["--vertical"] if vertical else [])])
        out = capsys.readouterr()
        assert rc == 1  # the Arabic name without a Latin form is left out, named
        assert "Wrote 4 labels" in out.out, out
        assert "حداد ليلى 様: the name is written in Arabic script (right to left) and has " \
               "no Latin form" in out.out
        assert "no address" not in out.out  # John Smith's Latin address is one
        assert "Note: Marie Dupont 様: written Ms Marie Dupont (an address abroad: no 様)" \
            in out.out
        assert "Note: Mohammed Al-Ali: the name is written in Arabic script; printed from " \
               "its Latin form" in out.out
        said = "printed horizontally on the vertical sheet"
        assert (f"Note: John Smith 様: an address abroad in Latin letters, {said}"
                in out.out) == vertical
        drawn = _lines(out_pdf.read_bytes())
        assert _horizontal(drawn, ["12 Rue de Rivoli", "75001 Paris", "France",
                                   "Ms Marie Dupont"]), drawn
        assert _horizontal(drawn, ["1 Infinite Loop", "Cupertino", "CA 95014", "USA",
                                   "John Smith"]), drawn
        assert not any("様" in t and "Dupont" in t for t in drawn)
        if not vertical:
            assert "Mohammed Al-Ali 様" in drawn and "山田 太郎 様" in drawn
        else:  # the Japanese ones stay vertical: a glyph a cell
            assert "山" in drawn and "山田 太郎 様" not in drawn


def test_the_new_year_list_reads_an_arabic_name_from_its_latin_form(tmp_path):
    db = tmp_path / "j.kizuna"
    ids = _journal(db)
    with Journal.open(db) as j:
        for cid in ids.values():
            nengajo.mark(j, cid, 2027, send=True)
        got = {r.contact_id: r for r in nengajo.new_year_list(j, 2027).to_print}
    assert got[ids["alali"]].name_lines == ["Mohammed Al-Ali 様"]
    assert got[ids["haddad"]].name_lines == ["حداد ليلى 様"]  # kept; the card names it
    assert got[ids["smith"]].address.usable and labels.abroad(got[ids["smith"]])
    assert labels.name_lines_of(got[ids["dupont"]]) == ["Ms Marie Dupont"]
    assert labels.name_lines_of(got[ids["yamada"]]) == ["山田 太郎 様"]


def test_joint_names_stand_under_the_given_name_on_both_sheets(tmp_path):
    """連名 on a label as on the card: 佐藤 一郎 様 with 花子 様 and 健太 様 under 一郎 (they
    started at the label's edge, under 佐藤)."""
    from collections import Counter

    from kizuna_desktop.pdf import fonts
    from tests.services import nengajo_journal as nj

    with Journal.open(tmp_path / "n.kizuna") as j:
        nj.build(j)
        cards = nengajo.new_year_list(j, nj.YEAR).to_print
    sato = next(r for r in cards if r.family_name == "佐藤")
    lines = labels.name_lines_of(sato)
    assert lines == ["佐藤 一郎 様", "\u3000\u3000 花子 様", "\u3000\u3000 健太 様"]
    assert fonts.width("佐藤 ", labels.FONT, 11) == fonts.width("\u3000\u3000 ", labels.FONT, 11)
    res = labels.render(cards, labels.SHEETS["a-one-28185"])
    drawn = {t: (x, y) for t, x, y in glyphcheck.text_positions(res.pdf, 0)}
    assert drawn["\u3000\u3000 花子 様"][0] == drawn["佐藤 一郎 様"][0]  # the same left edge
    vertical = labels.render(cards, labels.SHEETS["kokuyo-kpc-e1121"], vertical=True)
    sama = Counter(round(y, 1) for t, _x, y in glyphcheck.text_positions(vertical.pdf, 0)
                   if t == "様")
    assert max(sama.values()) == 3  # the three 様 of one card on one line
