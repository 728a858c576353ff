"""Builds kizuna-names-gothic.ttf, the Gothic fallback for the characters IPAex Gothic lacks,
so that 𠮷 in Gothic text is drawn in a Gothic face (not in Kizuna Names Mincho).

The file is a Derived Program of MigMix 2P (IPA Font License v1.0, shipped beside it as
IPA_Font_License.txt; its glyphs are from IPA Gothic and M+ FONTS, whose licence is
unlimited permission to use, copy and distribute, with or without modification): a subset of
its glyphs, renamed as the IPA licence requires (Article 3.1(4)). This script is the means to
rebuild it (Debian: fonts-migmix):

    python kizuna_desktop/resources/fonts/make_names_gothic.py \
        /usr/share/fonts/truetype/migmix/migmix-2p-regular.ttf

What it keeps: the characters Kizuna Names Mincho keeps (JIS X 0213:2004 beyond IPAex, and
name characters outside JIS) that IPAex Gothic lacks and MigMix has. MigMix has few of them
(𠮷 among them): the rest stay in Mincho, the only free TrueType face that has them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_names_font import NAME_CHARS, jis_x_0213  # noqa: E402

OUT = HERE / "kizuna-names-gothic.ttf"
FAMILY = "Kizuna Names Gothic"
PS_NAME = "KizunaNamesGothic"


def build(source: Path) -> Path:
    ipaex = TTFont(HERE / "ipaexg.ttf", lazy=True).getBestCmap()
    mig = TTFont(source, lazy=True).getBestCmap()
    wanted = {c for c in jis_x_0213() if c not in ipaex} | {ord(c) for c in NAME_CHARS}
    keep = sorted(c for c in wanted if c in mig and c not in ipaex and c > 0x2E7F)
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
    for nid, text in ((0, "Derived from MigMix 2P (c) IPA, M+ FONTS PROJECT, Itou Hiroki; "
                          "IPA Font License v1.0"),
                      (1, FAMILY), (2, "Regular"), (3, f"{PS_NAME}-subset"),
                      (4, FAMILY), (5, "Version 1.0 (subset of MigMix 2P 2020.0307)"),
                      (6, PS_NAME), (13, "IPA Font License Agreement v1.0"),
                      (14, "https://mix-mplus-ipa.osdn.jp/migmix/")):
        name.setName(text, nid, 3, 1, 0x409)
        name.setName(text, nid, 1, 0, 0)
    font.save(OUT)
    print(f"{OUT.name}: {len(keep)} characters ({''.join(map(chr, keep))}), "
          f"{OUT.stat().st_size // 1024} KiB")
    return OUT


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else
               "/usr/share/fonts/truetype/migmix/migmix-2p-regular.ttf"))
