"""Meishi fix (issue 20): no hiragana furigana over a katakana name (it is its own reading),
on horizontal and vertical faces; a kanji name keeps its furigana."""

from __future__ import annotations

from dataclasses import replace

from kizuna_desktop.pdf.meishi_layout import MeishiOptions, layout

from .test_meishi import PROFILE


def _readings(p, options) -> list[str]:
    face = layout(p, options).faces[0]
    return [x.text for x in face.lines if x.field == "reading_ja"] + [
        c.text for c in face.columns if c.field == "reading_ja"]


def test_no_furigana_over_a_katakana_name():
    kata = replace(PROFILE, name_ja="スミス エミリー", reading_ja="すみす えみりー",
                   name_en="Emily SMITH")
    kanji = replace(PROFILE, name_ja="渡邊 央一郎", reading_ja="わたなべ おういちろう")
    for options in (MeishiOptions(), MeishiOptions(style="bilingual"),
                    MeishiOptions(ja="vertical")):
        assert _readings(kata, options) == [], options
        assert _readings(kanji, options), options
    card = layout(kata, MeishiOptions())
    assert not card.problems


def test_the_sheet_message_names_the_paper_as_it_is_written(demo_path, tmp_path, capsys):
    from kizuna_desktop import cli

    for paper, said in (("letter", "sheet on Letter"), ("a4", "sheet on A4")):
        out = tmp_path / f"{paper}.pdf"
        assert cli.main(["--db", str(demo_path), "meishi", "Main card", "-o", str(out),
                         "--sheet", "--paper", paper]) == 0
        printed = capsys.readouterr().out
        assert said in printed and "LETTER" not in printed
