"""Help > About in Japanese (issue 22, review ja4 item 3): the notes beside a font's and a
library's licence are Japanese too (「IPAmj明朝からの派生フォント」; '(derived from IPAmj
Mincho)' and '(Qt 6 under the LGPL v3)' were English); licence names stay as written."""

from __future__ import annotations

from kizuna_desktop import i18n
from kizuna_desktop.ui.about_dialog import about_text


def test_the_about_text_has_no_english_sentence_in_japanese(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    try:
        text = about_text(tmp_path / "j.kizuna")
    finally:
        i18n.install(qapp, "en")
    assert "IPAmj明朝からの派生フォント" in text and "LGPL v3 のもとで利用" in text
    for english in ("derived from", "under the", "Fonts", "Libraries", "Where things are"):
        assert english not in text, english
    assert "IPA Font License Agreement v1.0" in text and "LGPL-3.0-only" in text
    assert "(derived from IPAmj Mincho)" in about_text(tmp_path / "j.kizuna")  # English
