import pytest

from kizuna_desktop.services import japanese as ja


def test_kana_checks_accept_both_scripts_and_widths():
    assert ja.is_kana("やまだ")
    assert ja.is_kana("ヤマダ タロウ")
    assert ja.is_kana("ｻﾄｳ")
    assert ja.is_kana("スミス・エミリー")
    assert not ja.is_kana("山田")
    assert not ja.is_kana("yamada")


def test_half_width_kana_is_normalised_to_full_width():
    assert ja.normalize_kana(" ｻﾄｳ ﾀﾛｳ ") == "サトウ タロウ"
    assert ja.to_hiragana("ﾀﾞｲｽｹ") == "だいすけ"


def test_fold_makes_scripts_widths_case_and_accents_alike():
    assert ja.fold("ヤマダ") == ja.fold("やまだ") == ja.fold("ﾔﾏﾀﾞ")
    assert ja.fold("YAMADA") == "yamada"
    assert ja.fold("Ōno") == "ono"
    assert ja.fold("Müller") == "muller"
    assert ja.fold("ＡＢＣ　商事") == "abc 商事"
    assert ja.fold("がぎぐ") == "がぎぐ"  # dakuten survive accent stripping


def test_romaji_suggestion_uses_the_business_card_form():
    assert ja.romaji("やまだ") == "yamada"
    assert ja.romaji("たろう") == "taro"
    assert ja.romaji("タロウ") == "taro"
    assert ja.romaji("きょうこ") == "kyoko"
    assert ja.romaji("しんいち") == "shinichi"
    assert ja.romaji("まっちゃ") == "matcha"
    assert ja.romaji("山田") == ""  # not kana: no guess offered
    assert ja.suggest_latin("さとう", "はなこ") == ("Sato", "Hanako")


def test_romaji_variants_cover_strict_and_card_spellings():
    assert ja.romaji_variants("たろう") == ["taro", "tarou"]
    assert ja.romaji_variants("じゅんいちろう") == ["junichiro", "junichirou"]


def test_sort_key_follows_gojuon_not_code_points():
    readings = ["わたなべ", "いとう", "がもう", "かとう", "きむら", "あべ", "さとう", "すずき",
                "ばば", "はやし", "まえだ", "やまだ", "らん", "なかむら", "たなか"]
    ordered = sorted(readings, key=lambda r: ja.sort_key(r, "", ""))
    assert ordered == ["あべ", "いとう", "かとう", "がもう", "きむら", "さとう", "すずき", "たなか",
                       "なかむら", "ばば", "はやし", "まえだ", "やまだ", "らん", "わたなべ"]


def test_katakana_and_hiragana_readings_sort_together():
    keys = {r: ja.sort_key(r, "", "") for r in ("スミス", "すずき", "ジョンソン", "しみず")}
    assert sorted(keys, key=keys.get) == ["しみず", "ジョンソン", "すずき", "スミス"]


def test_latin_names_sort_alphabetically_before_kana():
    keys = [ja.sort_key("", "Smith Emily", ""), ja.sort_key("", "adams john", ""),
            ja.sort_key("あべ", "", "")]
    assert sorted(keys) == [keys[1], keys[0], keys[2]]


@pytest.mark.parametrize("text", ["  Yamada\tTARO \x0b", "T.Yamada@Example.CO.JP", "a\x1cb",
                                  "#Golf", "", "   "])
def test_fold_of_plain_ascii_matches_the_full_normalisation(text):
    import re
    import unicodedata

    full = re.sub(r"\s+", " ", ja._strip_marks(unicodedata.normalize("NFKC", text))
                  .casefold()).strip()
    assert ja.fold(text) == full
