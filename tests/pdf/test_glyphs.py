"""Every character printed with a real glyph (issue 20.1), read back from the glyphs the PDF's
embedded font programs draw, not from extracted text: the hard names (𠮷 outside IPAex, 﨑,
髙, the variation sequence 葛󠄀, ！？：； on vertical faces) on cards and in a briefing; a
character no font has refused with its field and code point named, in the layout, the PDF
writer and the CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace

import pytest

from kizuna_desktop import cli
from kizuna_desktop.pdf import briefing as pdf_briefing
from kizuna_desktop.pdf import fonts, tategaki
from kizuna_desktop.pdf.meishi import MeishiOverflowError
from kizuna_desktop.pdf.meishi_layout import MeishiOptions, layout
from kizuna_desktop.services import briefing, cards, contacts, meishi
from tests.conftest import DEMO_TODAY

from .glyphcheck import drawn
from .pdfcheck import reader
from .test_meishi import PROFILE

KATSURA = "葛\U000E0100"  # 葛 with VS17: the Adobe-Japan1 variant (CID 1481)
HARD = replace(PROFILE, name_ja="𠮷田 髙﨑", reading_ja="よしだ たかさき",
               name_en="Takasaki YOSHIDA", company_ja="株式会社𠮷田﨑製作所！？：；",
               department_ja=f"{KATSURA}城営業部", title_ja="部長")


@pytest.mark.parametrize("options", [MeishiOptions(ja="vertical"),
                                     MeishiOptions(ja="vertical", orientation="landscape"),
                                     MeishiOptions(), MeishiOptions(style="bilingual")],
                         ids=["vertical", "vertical-landscape", "horizontal", "bilingual"])
def test_hard_names_print_with_real_glyphs(options):
    card = layout(HARD, options, cards.qr_matrix(HARD))
    assert card.problems == []
    glyphs = drawn(cards.render(HARD, options))
    assert glyphs and not [g for g in glyphs if g.gid == 0]  # no .notdef anywhere
    by_text = {}
    for g in glyphs:
        by_text.setdefault(g.text, []).append(g)
    for ch in ("𠮷", "﨑", "髙", KATSURA):
        assert ch in by_text, ch
        assert all(g.outline for g in by_text[ch]), ch  # a glyph with contours
    # IPAex has none: the Mincho name's from Names Mincho, the Gothic company's from Names
    # Gothic (the same family as the text around it).
    assert {g.font for g in by_text["𠮷"]} == {"KizunaNamesMincho", "KizunaNamesGothic"}
    if options.ja == "vertical":
        for ch in "！？：；":  # IPAex has no ︕︖︓︔: the full-width glyph, upright or turned
            assert ch in by_text and all(g.outline for g in by_text[ch]), ch


def test_a_variation_sequence_prints_the_fonts_variant_glyph():
    p = replace(PROFILE, company_ja=f"{KATSURA}城 葛城")  # the variant, then the plain form
    glyphs = [g for g in drawn(cards.render(p, MeishiOptions())) if g.text[:1] == "葛"]
    variant = {g.outline for g in glyphs if g.text == KATSURA}
    plain = {g.outline for g in glyphs if g.text == "葛"}
    assert variant and plain and variant.isdisjoint(plain)  # another glyph, not the base
    # Copied out of the PDF, the text is the sequence again (ToUnicode maps it back).
    assert f"{KATSURA}城" in reader(cards.render(p, MeishiOptions())).pages[0].extract_text()


def test_vertical_forms_only_where_the_font_has_them():
    kinds = {c.text: c.kind for c in tategaki.cells("「株式会社」、！？：；", 8, fonts.GOTHIC)}
    assert kinds["﹁"] == "upright" and kinds["﹂"] == "upright" and kinds["︑"] == "upright"
    assert not fonts.has_glyph(fonts.GOTHIC, "︕") and not fonts.has_glyph(fonts.GOTHIC, "︓")
    assert kinds["！"] == kinds["？"] == "upright"  # centred in the em box: upright
    assert kinds["："] == kinds["；"] == "rotated"


def test_a_private_use_character_is_refused_naming_field_and_code_point():
    p = replace(PROFILE, company_ja="ノルドリヒト\ue000センサーズ")
    for options in (MeishiOptions(), MeishiOptions(ja="vertical")):
        card = layout(p, options)
        assert any("company_ja" in x and "U+E000" in x for x in card.problems), card.problems
        with pytest.raises(MeishiOverflowError, match=re.escape("U+E000 (a private-use")):
            cards.render(p, options)


def test_a_private_code_point_used_for_a_variant_glyph_is_still_refused_when_typed():
    cards.render(replace(PROFILE, company_ja=f"{KATSURA}城"), MeishiOptions())  # uses U+F0000…
    typed = next(iter(fonts.PUA_TEXT))
    card = layout(replace(PROFILE, company_ja=f"株式会社{typed}"), MeishiOptions())
    assert any(f"U+{ord(typed):04X}" in p for p in card.problems), card.problems


def test_the_cli_refuses_a_character_no_font_has(demo_journal, demo_path, tmp_path, capsys):
    (profile,) = meishi.list_all(demo_journal)
    data = meishi.MeishiInput(**{k: getattr(profile, k) for k in (
        "profile_name", "name_ja", "reading_ja", "name_en", "title_ja", "title_en",
        "department_ja", "department_en", "company_ja", "company_en", "address_ja",
        "address_en", "phone", "email", "web", "line_id", "include_qr")})
    meishi.update(demo_journal, profile.id, replace(data, title_ja="代表\U000F8000取締役"))
    demo_journal.close()
    out = tmp_path / "card.pdf"
    code = cli.main(["--db", str(demo_path), "meishi", "Main card", "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists()
    assert "title_ja" in err and "U+F8000" in err, err


def test_a_briefing_prints_the_hard_name_without_a_box(demo_journal):
    person = contacts.create(demo_journal, contacts.ContactInput(
        family_name="𠮷田", given_name="髙﨑", family_reading="よしだ",
        given_reading="たかさき", family_latin="Yoshida", given_latin="Takasaki",
        notes=f"{KATSURA}城の工場を見学"))
    b = briefing.assemble(demo_journal, [person.id], briefing.Meeting(title="𠮷田様と面談"),
                          made_on=DEMO_TODAY)
    data = pdf_briefing.render(b, "a4")
    glyphs = drawn(data)
    assert not [g for g in glyphs if g.gid == 0]
    tags = {}  # and each font its own subset tags (ReportLab gave all of them AAAAAA+)
    for page in reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            tag, name = str(font.get_object()["/BaseFont"])[1:].split("+", 1)
            assert tags.setdefault(tag, name) == name
    assert sum(g.text == "𠮷" for g in glyphs) >= 2  # the name and the header at least
    assert all(g.outline for g in glyphs if g.text in ("𠮷", "髙", "﨑"))
    # 𠮷 in Gothic text (the title, the page header, the address line) is drawn in a Gothic
    # face; in the Mincho name, in Mincho.
    faces = {g.font for g in glyphs if g.text == "𠮷"}
    assert faces == {"KizunaNamesGothic", "KizunaNamesMincho"}, faces


def test_the_fallback_chain_keeps_gothic_text_gothic():
    from kizuna_desktop.pdf import fonts as pdf_fonts

    gothic = pdf_fonts.resolve("株式会社𠮷田﨑製作所", pdf_fonts.GOTHIC).runs
    assert [(r.font, r.text) for r in gothic] == [
        (pdf_fonts.GOTHIC, "株式会社"), (pdf_fonts.NAMES_GOTHIC, "𠮷"),
        (pdf_fonts.GOTHIC, "田﨑製作所")]
    mincho = pdf_fonts.resolve("𠮷田", pdf_fonts.MINCHO).runs
    assert mincho[0].font == pdf_fonts.NAMES  # Mincho text never borrows the Gothic face
    assert pdf_fonts.NAMES_GOTHIC not in pdf_fonts.chain(pdf_fonts.MINCHO)


def test_the_large_ipamj_font_is_loaded_only_when_a_character_needs_it():
    """Rendering the demo card (and the hard names, all in the bundled fonts) never loads
    the 46 MB IPAmj Mincho; a character only it has does, where it is installed."""
    script = ("from kizuna_desktop.pdf import fonts\n"
              "from kizuna_desktop.services import cards\n"
              "from tests.pdf.test_glyphs import HARD\n"
              "from kizuna_desktop.pdf.meishi_layout import MeishiOptions\n"
              "cards.render(HARD, MeishiOptions(ja='vertical'))\n"
              "print(fonts._mj_state)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
    if fonts.font_path(fonts.SYSTEM_MJ) is None:
        pytest.skip("IPAmj Mincho is not installed (Debian: fonts-ipamj-mincho)")
    from fontTools.ttLib import TTFont

    mj = TTFont(str(fonts.font_path(fonts.SYSTEM_MJ)), lazy=True).getBestCmap()
    fonts.register()
    rare = next(chr(c) for c in sorted(mj) if c > 0x20000
                and not fonts.has_glyph(fonts.MINCHO, chr(c))
                and not fonts.has_glyph(fonts.NAMES, chr(c)))
    r = fonts.resolve(rare, fonts.MINCHO)
    assert r.missing == () and r.runs[0].font == fonts.SYSTEM_MJ
    glyphs = drawn(cards.render(replace(PROFILE, company_ja=f"株式会社{rare}"), MeishiOptions()))
    assert [g.font for g in glyphs if g.text == rare] == ["IPAmjMincho"]
    assert not [g for g in glyphs if g.gid == 0]
