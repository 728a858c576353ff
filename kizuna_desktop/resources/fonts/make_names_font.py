"""Builds kizuna-names-mincho.ttf, the fallback font for the characters IPAex lacks.

The file is a Derived Program of IPAmj Mincho (IPA Font License v1.0, shipped beside it as
IPA_Font_License.txt): a subset of its glyphs, renamed as the licence requires (Article 3.1(4):
the name of the original may not be used). This script is the means the licence asks for to
rebuild it, and README-fonts.txt says how to replace it with the original: install IPAmj Mincho
(Debian: fonts-ipamj-mincho) and Kizuna uses the whole original font, loaded only when a
character needs it.

    python kizuna_desktop/resources/fonts/make_names_font.py \
        /usr/share/fonts/truetype/ipamj/ipamjm.ttf

What it keeps: every JIS X 0213:2004 character that IPAex Mincho does not have, and a list of
characters common in Japanese names outside JIS (𠮷 and its kin).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "kizuna-names-mincho.ttf"
FAMILY = "Kizuna Names Mincho"
PS_NAME = "KizunaNamesMincho"
# Characters of names that are outside JIS X 0213 (or where families insist on the variant).
NAME_CHARS = "𠮷𡈽𣘺𩸽𠀋𡵅𥔎𦚰𣜿𤀄𥝱𦹀𧿒𨗉𪚲𠮟𡌛𡚴𣇃𥒎𦤶𧄍"


def jis_x_0213() -> set[int]:
    chars: set[int] = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            for raw in (bytes([lead, trail]), bytes([0x8F, lead, trail])):
                try:
                    text = raw.decode("euc_jis_2004")
                except UnicodeDecodeError:
                    continue
                if len(text) == 1:
                    chars.add(ord(text))
    return chars


def build(source: Path) -> Path:
    ipaex = TTFont(HERE / "ipaexm.ttf", lazy=True).getBestCmap()
    mj = TTFont(source, lazy=True).getBestCmap()
    wanted = {c for c in jis_x_0213() if c not in ipaex} | {ord(c) for c in NAME_CHARS}
    keep = sorted(c for c in wanted if c in mj)
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = []  # the names are written below, none of the original's kept
    options.notdef_outline = True
    options.glyph_names = False
    font = subset.load_font(str(source), options)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=keep)
    sub.subset(font)
    name = font["name"]
    name.names = []
    for nid, text in ((0, "Derived from IPAmj Mincho (c) Information-technology Promotion "
                          "Agency, Japan (IPA); IPA Font License v1.0"),
                      (1, FAMILY), (2, "Regular"), (3, f"{PS_NAME}-subset"),
                      (4, FAMILY), (5, "Version 1.0 (subset of IPAmj Mincho 005.01)"),
                      (6, PS_NAME), (13, "IPA Font License Agreement v1.0"),
                      (14, "https://moji.or.jp/mojikiban/font/")):
        name.setName(text, nid, 3, 1, 0x409)
        name.setName(text, nid, 1, 0, 0)
    font.save(OUT)
    print(f"{OUT.name}: {len(keep)} characters, {OUT.stat().st_size // 1024} KiB")
    return OUT


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else
               "/usr/share/fonts/truetype/ipamj/ipamjm.ttf"))
